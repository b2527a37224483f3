"""``newsledger eval time``: time expressions against TimeML gold (TimeBank/AQUAINT as JSONL).

Each record has ``text``, ``dct_value`` (the document creation time, our publication date) and ``timexes[]``
(text, start, end, type, value).  The pipeline runs with ``published = dct_value``; predicted and gold
expressions are paired one-to-one (exact spans first, then overlapping ones, in text order).

Metrics: detection precision/recall/F1, strict (same span) and relaxed (overlapping span); type and value
accuracy on the relaxed pairs; and value precision/recall/F1, where a prediction is correct when it
overlaps a gold expression and has the same value (TempEval-3's "value F1").
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from newsledger.evaluation.report import EvalReport, f1, ratio, read_jsonl
from newsledger.nlp.doc_cache import shared_doc_values
from newsledger.nlp.pipeline import add_components, load_model

GOALS = {"value_f1": 0.80}
CONTEXT = 60


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): exact spans first, then the largest overlaps."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_p and g["start"] == p["start"] and g["end"] == p["end"]:
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    overlaps = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p:
                continue
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                overlaps.append((-ov, gi, pi))
    for _ov, gi, pi in sorted(overlaps):
        if gi in used_g or pi in used_p:
            continue
        pairs.append((gi, pi))
        used_g.add(gi)
        used_p.add(pi)
    return pairs


def _value_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> int:
    """Predictions that overlap a (not yet used) gold expression with the same value."""
    used: set[int] = set()
    correct = 0
    for p in pred:
        if p["value"] is None:
            continue
        for gi, g in enumerate(gold):
            if gi in used or g.get("value") != p["value"]:
                continue
            if min(g["end"], p["end"]) > max(g["start"], p["start"]):
                used.add(gi)
                correct += 1
                break
    return correct


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _brief(t: dict[str, Any] | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"text": t["text"], "start": t["start"], "end": t["end"], "type": t["type"], "value": t["value"]}


def evaluate_documents(records: list[dict[str, Any]], predictions: list[list[dict[str, Any]]],
                       report: EvalReport) -> None:
    """Fill ``report`` from gold records and, for each, the predicted expressions (dicts with text, start,
    end, type, value)."""
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = value_correct = 0
    for rec, pred in zip(records, predictions, strict=True):
        gold = rec.get("timexes") or []
        text = rec["text"]
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = _pairs(gold, pred)
        paired_g = {gi for gi, _ in pairs}
        paired_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            relaxed += 1
            exact = g["start"] == p["start"] and g["end"] == p["end"]
            strict += exact
            same_type = g["type"] == p["type"]
            same_value = g.get("value") == p["value"]
            type_ok += same_type
            value_ok += same_value
            if not (exact and same_type and same_value):
                kind = "value" if not same_value else "type" if not same_type else "span"
                report.errors.append({"doc_id": rec.get("doc_id"), "kind": kind, "dct": rec.get("dct_value"),
                                      "gold": _brief(g), "predicted": _brief(p),
                                      "context": _context(text, min(g["start"], p["start"]),
                                                          max(g["end"], p["end"]))})
        for gi, g in enumerate(gold):
            if gi not in paired_g:
                report.errors.append({"doc_id": rec.get("doc_id"), "kind": "missed", "dct": rec.get("dct_value"),
                                      "gold": _brief(g), "predicted": None,
                                      "context": _context(text, g["start"], g["end"])})
        for pi, p in enumerate(pred):
            if pi not in paired_p:
                report.errors.append({"doc_id": rec.get("doc_id"), "kind": "spurious", "dct": rec.get("dct_value"),
                                      "gold": None, "predicted": _brief(p),
                                      "context": _context(text, p["start"], p["end"])})
        value_correct += _value_pairs(gold, pred)
    sp, sr = ratio(strict, n_pred), ratio(strict, n_gold)
    rp, rr = ratio(relaxed, n_pred), ratio(relaxed, n_gold)
    vp, vr = ratio(value_correct, n_pred), ratio(value_correct, n_gold)
    report.metrics.update({
        "strict_precision": sp, "strict_recall": sr, "strict_f1": f1(sp, sr),
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": f1(rp, rr),
        "type_accuracy": ratio(type_ok, relaxed), "value_accuracy": ratio(value_ok, relaxed),
        "value_precision": vp, "value_recall": vr, "value_f1": f1(vp, vr),
    })
    report.counts.update({"gold": n_gold, "predicted": n_pred, "strict_matches": strict,
                          "relaxed_matches": relaxed, "value_correct": value_correct})


def run(gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    started = time.perf_counter()
    records = read_jsonl(gold, limit)
    nlp = add_components(load_model(model), only=["newsledger_time_expressions"])
    docs = []
    for rec in records:
        doc = nlp.make_doc(rec["text"])
        doc._.published = _date(rec.get("dct_value"))
        docs.append(doc)
    predictions = []
    with shared_doc_values():
        for doc in nlp.pipe(docs, batch_size=16):
            predictions.append([{"text": t.text, "start": t.start, "end": t.end, "type": t.timex_type,
                                 "value": t.value} for t in (doc._.times or [])])
    report = EvalReport(task="time", gold=str(gold), n=len(records), goals=dict(GOALS))
    evaluate_documents(records, predictions, report)
    report.seconds = time.perf_counter() - started
    return report
