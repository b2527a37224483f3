"""The geo evaluation task on a small gold file written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.evaluation.geo_task import run


def _toponym(text: str, name: str, lat: float | None, lon: float | None) -> dict[str, object]:
    start = text.index(name)
    return {"text": name, "start": start, "end": start + len(name), "lat": lat, "lon": lon}


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    first = "Officials in Kyiv said a convoy had left Odesa for the front."
    second = "Rescuers in Nairobi searched the rubble, and aid came from Brumblewick."
    records = [
        {"doc_id": "a", "text": first,
         "toponyms": [_toponym(first, "Kyiv", 50.45, 30.52), _toponym(first, "Odesa", -33.9, 18.4)]},
        {"doc_id": "b", "text": second,
         "toponyms": [_toponym(second, "Nairobi", -1.29, 36.82), _toponym(second, "Brumblewick", None, None)]},
    ]
    path = tmp_path_factory.mktemp("geo") / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_metrics_count_correct_and_wrong_resolutions(gold: Path) -> None:
    report = run(gold, limit=None, model=None)
    assert report.n == 2
    assert report.counts["gold_toponyms"] == 4
    assert report.counts["gold_with_coordinates"] == 3
    # Kyiv and Nairobi are right; the gold "Odesa" was put in South Africa on purpose, so it is wrong.
    assert report.counts["correct_161km_gold_spans"] == 2
    assert report.metrics["acc161_gold_spans"] == pytest.approx(2 / 3)
    wrong = [e for e in report.errors if e["kind"] == "wrong_place"]
    assert [e["text"] for e in wrong] == ["Odesa"]
    assert report.metrics["acc161_all"] <= report.metrics["acc161_matched"]
    assert 0.0 <= report.metrics["recognition_f1_exact"] <= report.metrics["recognition_f1_overlap"] <= 1.0


def test_limit_reads_only_the_first_records(gold: Path) -> None:
    report = run(gold, limit=1, model=None)
    assert report.n == 1
    assert report.counts["gold_toponyms"] == 2
