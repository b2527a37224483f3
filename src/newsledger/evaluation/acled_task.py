"""``newsledger eval acled``: event coding against ACLED's own coding of short reports.

Each record's ``text`` is extracted with ``published`` as the publication date; the first event of the output
is compared with the gold event.  Actor names are compared without ACLED's period suffix (" (2022-)"); an
empty actor matches an empty gold actor; fatalities compare ``best`` (None counts as ACLED's 0) with the gold
figure; the date compares ``date.start`` with ``event_date``; the location is right within 5 km of the gold
coordinates.

Scores count a record with no event as wrong; ``*_given_event`` repeats the main scores over the records
where an event was found, so that the share of rows with nothing to code (``no_event_share``) and the
quality of the coding can be read apart.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsledger.evaluation.report import EvalReport, ratio, read_jsonl
from newsledger.extract import extract_records
from newsledger.records import ErrorResult, Event
from newsledger.resolve.actors import strip_period
from newsledger.resolve.gazetteer import haversine_km

GOALS = {"event_type": 0.95, "sub_event_type": 0.90, "actor1": 0.90, "fatalities_exact": 0.90, "date": 0.98,
         "location_5km": 0.80}


def _norm(name: str | None) -> str:
    return (strip_period(name) or "").strip().lower()


def compare(event: Event | None, gold: dict[str, Any]) -> dict[str, bool]:
    if event is None:
        return {k: False for k in ("event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1",
                                   "civilian_targeting", "fatalities_exact", "date", "location_5km", "geo_precision")}
    loc = event.location
    km = None
    if loc.latitude is not None and gold.get("latitude") is not None:
        km = haversine_km(loc.latitude, loc.longitude or 0.0, float(gold["latitude"]), float(gold["longitude"]))
    return {
        "event_type": event.event_type == gold["event_type"],
        "sub_event_type": event.sub_event_type == gold["sub_event_type"],
        "actor1": _norm(event.actor1) == _norm(gold["actor1"]),
        "actor2": _norm(event.actor2) == _norm(gold["actor2"]),
        "assoc_actor_1": _norm(event.assoc_actor_1) == _norm(gold["assoc_actor_1"]),
        "civilian_targeting": event.civilian_targeting == bool(gold.get("civilian_targeting")),
        "fatalities_exact": (event.fatalities.best or 0) == int(gold["fatalities"] or 0),
        "date": event.date.start is not None and event.date.start.isoformat() == gold["event_date"],
        "location_5km": km is not None and km <= 5.0,
        "geo_precision": event.location.geo_precision == gold.get("geo_precision"),
    }


def run(gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    started = time.perf_counter()
    rows = read_jsonl(gold, limit)
    report = EvalReport(task="acled", gold=str(gold), n=len(rows), goals=dict(GOALS))
    hits: dict[str, int] = {}
    no_event = failed = 0
    records = ({"id": r["id"], "text": r["text"], "published": r.get("published")} for r in rows)
    for row, result in zip(rows, extract_records(records, processes=1, model=model), strict=True):
        g = row["gold"]
        if isinstance(result, ErrorResult):
            failed += 1
            event = None
        else:
            event = result.events[0] if result.events else None
        no_event += event is None
        outcome = compare(event, g)
        for key, ok in outcome.items():
            hits[key] = hits.get(key, 0) + ok
        wrong = [k for k, ok in outcome.items() if not ok]
        if wrong:
            report.errors.append({
                "id": row["id"], "wrong": wrong, "text": row["text"],
                "gold": {k: g.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2", "fatalities",
                                                "event_date", "location", "latitude", "longitude", "geo_precision")},
                "predicted": None if event is None else {
                    "event_type": event.event_type, "sub_event_type": event.sub_event_type, "actor1": event.actor1,
                    "actor2": event.actor2, "fatalities": event.fatalities.best,
                    "date": event.date.start.isoformat() if event.date.start else None,
                    "location": event.location.name, "latitude": event.location.latitude,
                    "longitude": event.location.longitude, "geo_precision": event.location.geo_precision},
            })
    n = len(rows)
    for key in ("event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "civilian_targeting",
                "fatalities_exact", "date", "location_5km", "geo_precision"):
        report.metrics[key] = ratio(hits.get(key, 0), n)
    report.metrics["no_event_share"] = ratio(no_event, n)
    # the same figures over the records where an event was found: how right the coding is when it codes
    # (ACLED rows whose note is only a coder remark such as "Casualties unknown." leave nothing to code)
    for key in ("event_type", "sub_event_type", "fatalities_exact", "date"):
        report.metrics[f"{key}_given_event"] = ratio(hits.get(key, 0), n - no_event)
    report.counts = {"records": n, "no_event": no_event, "failed": failed}
    report.seconds = time.perf_counter() - started
    return report
