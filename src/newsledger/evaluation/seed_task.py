"""``newsledger eval seed ARTICLE``: the seed story against the record a careful coder would make of it.

The expected record is ``seed_expected.json`` beside this module (values only, not the story's text).  Each
expected event, claim, statement and victim is one item; an item is matched when some extracted record
agrees on every field it names.  The report gives the share matched per kind and lists what was missed.
"""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path
from typing import Any

from newsledger.evaluation.report import EvalReport, ratio
from newsledger.extract import extract_text
from newsledger.nlp.pipeline import load_pipeline
from newsledger.records import Claim, Event, ExtractionResult, Statement, Victim


def expected_record() -> dict[str, Any]:
    return json.loads((resources.files("newsledger.evaluation") / "seed_expected.json").read_text(encoding="utf-8"))


def _has(value: str | None, wanted: str) -> bool:
    return value is not None and wanted.lower() in value.lower()


def event_matches(e: Event, want: dict[str, Any], result: ExtractionResult) -> bool:
    claims = {c.id: c for c in result.claims}
    checks = [
        want.get("event_type") in (None, e.event_type),
        want.get("sub_event_type") in (None, e.sub_event_type),
        want.get("actor1") in (None, e.actor1),
        want.get("actor2") in (None, e.actor2),
        "date" not in want or (e.date.start is not None and e.date.start.isoformat() <= want["date"]
                               <= (e.date.end or e.date.start).isoformat()),
        "location" not in want or _has(e.location.name, want["location"]),
        "country" not in want or e.location.country == want["country"],
        "fatalities_best" not in want or e.fatalities.best == want["fatalities_best"],
        all(any(claims[c].value == v for c in e.claims if c in claims) for v in want.get("claims", [])),
        all(any(v.name == name and v.event_id == e.id for v in result.victims) for name in want.get("victims", [])),
    ]
    return all(checks)


def claim_matches(c: Claim, want: dict[str, Any]) -> bool:
    return all([
        c.value == want["value"],
        want.get("qualifier") in (None, c.qualifier),
        want.get("category") in (None, c.category),
        want.get("scope") in (None, c.scope),
        "claimant" not in want or _has(c.claimant, want["claimant"]),
        "relay" not in want or any(_has(r, want["relay"]) for r in c.relay),
        "period_start" not in want or (c.period is not None and c.period.start is not None
                                       and c.period.start.isoformat() == want["period_start"]),
    ])


def statement_matches(s: Statement, want: dict[str, Any]) -> bool:
    return all([
        _has(s.speaker, want["speaker"]),
        "platform" not in want or _has(s.platform, want["platform"]),
        "cue" not in want or _has(s.cue, want["cue"]),
        "date" not in want or (s.date is not None and s.date.isoformat() == want["date"]),
    ])


def victim_matches(v: Victim, want: dict[str, Any]) -> bool:
    return v.name == want["name"] and want.get("age") in (None, v.age) and want.get("sex") in (None, v.sex)


def _match_all(kind: str, wanted: list[dict[str, Any]], found: list[Any], match: Any,
               report: EvalReport) -> float:
    used: set[int] = set()
    hits = 0
    for want in wanted:
        idx = next((i for i, f in enumerate(found) if i not in used and match(f, want)), None)
        if idx is None:
            report.errors.append({"kind": kind, "missing": want})
        else:
            used.add(idx)
            hits += 1
    return ratio(hits, len(wanted))


def score(result: ExtractionResult, expected: dict[str, Any], report: EvalReport) -> None:
    report.metrics["events"] = _match_all("event", expected["events"], result.events,
                                          lambda e, w: event_matches(e, w, result), report)
    report.metrics["claims"] = _match_all("claim", expected["claims"], result.claims, claim_matches, report)
    report.metrics["statements"] = _match_all("statement", expected["statements"], result.statements,
                                              statement_matches, report)
    report.metrics["victims"] = _match_all("victim", expected["victims"], result.victims, victim_matches, report)
    report.counts = {"events": len(result.events), "claims": len(result.claims),
                     "statements": len(result.statements), "victims": len(result.victims)}


def run(gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    started = time.perf_counter()
    expected = expected_record()
    result = extract_text(gold.read_bytes(), load_pipeline(model), published=expected["published"],
                          source=str(gold))
    report = EvalReport(task="seed", gold=str(gold), n=1,
                        goals={"events": 1.0, "claims": 1.0, "statements": 1.0, "victims": 1.0})
    score(result, expected, report)
    report.seconds = time.perf_counter() - started
    return report
