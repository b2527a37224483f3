"""``newsledger eval geo``: toponym recognition and resolution on the geoparsing sets (GeoWebNews, LGL,
TR-News, GeoVirus).

Recognition: precision/recall/F1 of the ``newsledger_place_mentions`` spans against the gold toponyms,
with exact spans and with overlapping spans (one-to-one matching in both cases).  Annotations that a
set's own scheme marks as no toponym (GeoWebNews's location expressions, non-toponyms, homonyms,
demonyms and languages: :data:`NOT_TOPONYM_TYPES`) are left out.

Resolution, on gold toponyms that have coordinates (all distances great-circle):

- ``acc161_matched``: share of those gold toponyms overlapped by a predicted mention whose resolution
  is within 161 km (an unresolved prediction counts as wrong); the denominator is the gold toponyms
  that a prediction overlaps.
- ``acc161_all``: the same correct count over *all* gold toponyms with coordinates (a gold toponym
  the recogniser missed counts as wrong): end-to-end geoparsing.
- ``acc161_gold_spans``: the resolver given the gold spans themselves (all of an article's gold
  toponyms resolved together, as the component resolves its own mentions): resolution alone, the
  figure Mordecai 3 reports.
- ``mean_error_km_matched`` / ``median_error_km_matched``: over matched, resolved toponyms.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from newsledger.evaluation.report import EvalReport, f1, ratio, read_jsonl
from newsledger.nlp.doc_cache import shared_doc_values
from newsledger.nlp.pipeline import add_components, load_model
from newsledger.resolve.gazetteer import Candidate, get_gazetteer, haversine_km
from newsledger.resolve.geo_context import resolve_names

ACCURACY_KM = 161.0
# GeoWebNews annotates, besides toponyms, the common-noun location expressions ("the church",
# "citizens"), look-alikes that are not toponyms (organisations, people), and demonyms and language
# names of people; its scheme counts none of them as toponyms (none has coordinates).  Sets without
# a ``type`` field count every annotation.
NOT_TOPONYM_TYPES = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Homonym",
                               "Language", "Demonym"})


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match_overlapping(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> pred index, one-to-one, exact matches first, then by largest overlap."""
    pairs = sorted(((-(g == p), -_overlap(g, p), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(pred) if _overlap(g, p) > 0))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def _distance(cand_lat: float, cand_lon: float, topo: dict[str, Any]) -> float:
    return haversine_km(cand_lat, cand_lon, float(topo["lat"]), float(topo["lon"]))


def run(gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    started = time.perf_counter()
    records = read_jsonl(gold, limit)
    nlp = add_components(load_model(model), only=["newsledger_place_mentions"])
    gazetteer = get_gazetteer()
    report = EvalReport(task="geo", gold=str(gold), n=len(records))
    n_gold = n_pred = tp_exact = tp_overlap = 0
    n_coord = n_coord_matched = correct = correct_gold_spans = n_not_toponyms = 0
    errors_km: list[float] = []
    for record in records:
        text: str = record["text"]
        doc_id = record.get("doc_id")
        toponyms = [t for t in record.get("toponyms", []) if t.get("type") not in NOT_TOPONYM_TYPES]
        n_not_toponyms += len(record.get("toponyms", [])) - len(toponyms)
        with shared_doc_values():
            doc = nlp(text)
        predicted = list(doc._.places or [])
        pred_spans = [(p.start, p.end) for p in predicted]
        gold_spans = [(int(t["start"]), int(t["end"])) for t in toponyms]
        n_gold += len(gold_spans)
        n_pred += len(pred_spans)
        tp_exact += len(set(gold_spans) & set(pred_spans))
        matching = _match_overlapping(gold_spans, pred_spans)
        tp_overlap += len(matching)
        for gi, (start, end) in enumerate(gold_spans):
            if gi not in matching:
                report.errors.append({"doc_id": doc_id, "kind": "missed_toponym", "text": text[start:end],
                                      "start": start, "end": end})
        matched_preds = set(matching.values())
        for pi, mention in enumerate(predicted):
            if pi not in matched_preds:
                report.errors.append({"doc_id": doc_id, "kind": "spurious_mention", "text": mention.text,
                                      "start": mention.start, "end": mention.end})
        gold_chosen = resolve_names([t["text"] for t in toponyms], gazetteer=gazetteer, text=text, spans=gold_spans)
        for gi, topo in enumerate(toponyms):
            if topo.get("lat") is None or topo.get("lon") is None:
                continue
            n_coord += 1
            chosen: Candidate | None = gold_chosen[gi]
            if chosen is not None and _distance(chosen.latitude, chosen.longitude, topo) <= ACCURACY_KM:
                correct_gold_spans += 1
            if gi not in matching:
                continue
            n_coord_matched += 1
            mention = predicted[matching[gi]]
            if mention.resolution is None:
                report.errors.append({"doc_id": doc_id, "kind": "unresolved", "text": mention.text,
                                      "reason": mention.reason, "gold_lat": topo["lat"], "gold_lon": topo["lon"]})
                continue
            km = _distance(mention.resolution.latitude, mention.resolution.longitude, topo)
            errors_km.append(km)
            if km <= ACCURACY_KM:
                correct += 1
            else:
                report.errors.append({"doc_id": doc_id, "kind": "wrong_place", "text": mention.text,
                                      "predicted": mention.resolution.name,
                                      "predicted_country": mention.resolution.country_code,
                                      "predicted_feature": mention.resolution.feature,
                                      "gold_lat": topo["lat"], "gold_lon": topo["lon"],
                                      "gold_name": topo.get("name"), "error_km": round(km)})
    p_exact, r_exact = ratio(tp_exact, n_pred), ratio(tp_exact, n_gold)
    p_over, r_over = ratio(tp_overlap, n_pred), ratio(tp_overlap, n_gold)
    report.metrics = {
        "recognition_precision_exact": p_exact, "recognition_recall_exact": r_exact,
        "recognition_f1_exact": f1(p_exact, r_exact),
        "recognition_precision_overlap": p_over, "recognition_recall_overlap": r_over,
        "recognition_f1_overlap": f1(p_over, r_over),
        "acc161_matched": ratio(correct, n_coord_matched),
        "acc161_all": ratio(correct, n_coord),
        "acc161_gold_spans": ratio(correct_gold_spans, n_coord),
        "mean_error_km_matched": statistics.fmean(errors_km) if errors_km else 0.0,
        "median_error_km_matched": statistics.median(errors_km) if errors_km else 0.0,
    }
    report.goals = {"acc161_matched": 0.90, "acc161_gold_spans": 0.90}
    report.counts = {"gold_toponyms": n_gold, "gold_not_toponyms": n_not_toponyms, "predicted": n_pred, "exact_matches": tp_exact,
                     "overlap_matches": tp_overlap, "gold_with_coordinates": n_coord,
                     "gold_with_coordinates_matched": n_coord_matched, "correct_161km": correct,
                     "correct_161km_gold_spans": correct_gold_spans}
    report.seconds = time.perf_counter() - started
    return report
