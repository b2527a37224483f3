"""The time evaluation task: metrics on hand-made gold and predictions, and one run on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.evaluation.report import EvalReport
from newsledger.evaluation.time_task import evaluate_documents, run


def _t(text: str, doc: str, value: str, typ: str = "DATE") -> dict[str, object]:
    start = doc.index(text)
    return {"text": text, "start": start, "end": start + len(text), "type": typ, "value": value}


DOC = "Talks resumed on Tuesday after three days of strikes, officials said last week."


def test_strict_relaxed_type_and_value_metrics() -> None:
    gold = [_t("Tuesday", DOC, "2025-03-18"), _t("three days", DOC, "P3D", "DURATION"),
            _t("last week", DOC, "2025-W11")]
    pred = [_t("on Tuesday", DOC, "2025-03-18"),  # overlapping span, right value
            _t("three days", DOC, "P3D", "DATE"),  # exact span, wrong type
            _t("officials", DOC, "2025-03-01")]  # spurious
    report = EvalReport(task="time", gold="-", n=1)
    evaluate_documents([{"doc_id": "d", "text": DOC, "timexes": gold}], [pred], report)
    m = report.metrics
    assert m["strict_precision"] == pytest.approx(1 / 3)
    assert m["relaxed_precision"] == pytest.approx(2 / 3) and m["relaxed_recall"] == pytest.approx(2 / 3)
    assert m["type_accuracy"] == pytest.approx(1 / 2)
    assert m["value_accuracy"] == pytest.approx(1.0)
    assert m["value_precision"] == pytest.approx(2 / 3) and m["value_recall"] == pytest.approx(2 / 3)
    kinds = sorted(e["kind"] for e in report.errors)
    assert kinds == ["missed", "span", "spurious", "type"]
    assert all("context" in e for e in report.errors)


def test_run_on_a_small_gold_file(tmp_path: Path) -> None:
    text = "The ministry said on Wednesday that 30 people died in the past two weeks."
    records = [{"doc_id": "x", "dct_value": "2025-03-20", "text": text,
                "timexes": [_t("Wednesday", text, "2025-03-19"),
                            _t("the past two weeks", text, "P2W", "DURATION")]}]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    report = run(gold, limit=None, model=None)
    assert report.n == 1
    assert report.metrics["value_f1"] == pytest.approx(1.0)
    assert report.goals["value_f1"] == 0.80
