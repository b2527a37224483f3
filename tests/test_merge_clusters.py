"""Merging reports of one incident: hard rules, scoring with reasons, undo, and the fatalities rule."""

from __future__ import annotations

import datetime as dt

from newsledger.resolve.merge import (
    ClaimFigure,
    Report,
    cluster_reports,
    fatalities_from_claims,
    incompatibility,
)

D = dt.date(2024, 6, 10)


def report(rid: str, **kw: object) -> Report:
    base: dict[str, object] = {"article_id": rid, "event_type": "Explosions/Remote violence",
                               "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Astavia",
                               "country": "Astavia", "location": "Kelmar", "latitude": 12.10, "longitude": 33.20,
                               "geo_precision": 1, "date_start": D, "date_end": D, "published": D,
                               "fatalities": 5, "text": "An airstrike hit the central market of Kelmar, killing five."}
    base.update(kw)
    return Report(id=rid, **base)  # type: ignore[arg-type]


def groups(clusters: list) -> list[list[str]]:
    return sorted(c.members for c in clusters)


def test_copies_of_one_incident_merge_with_a_reason() -> None:
    clusters = cluster_reports([report("a"), report("b", fatalities=7, text="Kelmar market air raid toll rises to seven"),
                                report("c", date_start=D + dt.timedelta(days=1), date_end=D + dt.timedelta(days=1))])
    assert groups(clusters) == [["a", "b", "c"]]
    reasons = [link.reason for link in clusters[0].links if link.linked_to]
    assert len(reasons) == 2 and all("km apart" in r and "score" in r for r in reasons)


def test_hard_rules_keep_incidents_apart() -> None:
    a = report("a")
    assert incompatibility(a, report("b", event_type="Protests")) is not None
    assert "km apart" in (incompatibility(a, report("b", latitude=12.5)) or "")
    assert "days apart" in (incompatibility(a, report("b", date_start=D + dt.timedelta(days=3),
                                                      date_end=D + dt.timedelta(days=3))) or "")
    assert "countries" in (incompatibility(a, report("b", country="Peltia")) or "")
    assert "same article" in (incompatibility(a, report("b", article_id="a")) or "")
    assert "no event or publication date" in (incompatibility(a, report("b", date_start=None, date_end=None,
                                                                         published=None)) or "")
    # a region-level report (geo precision 3) may be 50 km away and still be the same incident
    assert incompatibility(a, report("b", latitude=12.5, geo_precision=3)) is None


def test_different_incidents_same_day_same_town_stay_apart() -> None:
    market = [report("m1"), report("m2")]
    hospital = [report(f"h{n}", sub_event_type="Shelling/artillery/missile attack", actor1="Sarn Liberation Front",
                       fatalities=None, latitude=12.13, text="Rebel artillery shelled the northern hospital, wounding three nurses.")
                for n in (1, 2)]
    assert groups(cluster_reports(market + hospital)) == [["h1", "h2"], ["m1", "m2"]]


def test_no_chaining_through_a_near_match() -> None:
    # b is within 15 km of a and of c, but a and c are 24 km apart: they cannot share a cluster
    a, b, c = report("a", latitude=12.00), report("b", latitude=12.11), report("c", latitude=12.22)
    members = groups(cluster_reports([a, b, c]))
    assert ["a", "b", "c"] not in members and len(members) == 2


def test_kept_apart_pairs_are_never_merged() -> None:
    assert groups(cluster_reports([report("a"), report("b")], keep_apart=[("b", "a")])) == [["a"], ["b"]]


def test_fatalities_rule_rolling_conflicting_and_cumulative() -> None:
    d1, d2 = dt.date(2024, 6, 10), dt.date(2024, 6, 11)
    rolling = [ClaimFigure("c1", 5, date=d1), ClaimFigure("c2", 7, date=d2),
               ClaimFigure("c3", 4300, scope="cumulative", date=d2), ClaimFigure("c4", 3, category="injured", date=d2)]
    assert fatalities_from_claims(rolling) == (5, 7, 7)
    conflicting = [ClaimFigure("c1", 58, date=d1), ClaimFigure("c2", 45, date=d1)]
    assert fatalities_from_claims(conflicting) == (45, 45, 58)
    exact_first = [ClaimFigure("c1", 10, qualifier="at least", date=d1), ClaimFigure("c2", 8, date=d1)]
    assert fatalities_from_claims(exact_first)[1] == 8
    ranged = [ClaimFigure("c1", None, low=3, high=6, date=d1)]
    assert fatalities_from_claims(ranged) == (3, 3, 6)
    assert fatalities_from_claims([ClaimFigure("c1", 900, scope="cumulative")]) == (None, None, None)
    undated = [ClaimFigure("c1", 2), ClaimFigure("c2", 4)]
    assert fatalities_from_claims(undated, {"c1": d2, "c2": d1})[1] == 2  # the later article's figure
