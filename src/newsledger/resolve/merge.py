"""Merging reports of the same incident into canonical events.

:func:`cluster_reports` is a pure function from per-article event reports to clusters.  Two reports
can only be merged when they are *compatible* (hard rules: same event type, dates that overlap within
a tolerance, places within a radius scaled by geo precision, same country, different articles, not
kept apart by a user's undo).  Compatible pairs are scored on sub-event type, place distance, date
overlap, actors, figures and text similarity (rapidfuzz); pairs scoring at least ``threshold`` are
merged greedily, best first, and two clusters are only joined when *every* cross pair is compatible
(so a chain of near matches cannot glue two incidents together).  Every merge carries a reason.

:func:`fatalities_from_claims` derives a canonical event's fatalities (low, best, high) from the
casualty claims of its reports by the rule in :data:`FATALITIES_RULE`.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsledger.resolve.gazetteer import haversine_km

# km within which two reports can be of one place, by the coarser ACLED geo_precision of the two
RADIUS_KM = {1: 15.0, 2: 40.0, 3: 150.0}
DATE_TOLERANCE_DAYS = 1  # a "yesterday" resolved against a late publication date
WEIGHTS = {"place": 0.25, "date": 0.15, "actors": 0.2, "figures": 0.1, "text": 0.2, "sub_event": 0.1}
DEFAULT_THRESHOLD = 0.65  # chosen on benchmarks/merge_clusters (F1 plateau 0.65–0.7)

FATALITIES_RULE = (
    "killed claims of incident scope only (cumulative and period tolls never count); "
    "low = smallest figure, high = largest figure (ranges count by their ends); "
    "best = the most recent figure (claim date, else publication date), preferring exact figures over "
    "'at least'/'up to' ones, the lower median when several disagree on that day")


@dataclass(frozen=True)
class ClaimFigure:
    """A casualty claim as the merge sees it."""

    id: str
    value: int | None
    low: int | None = None
    high: int | None = None
    category: str = "killed"
    scope: str = "incident"
    qualifier: str = "exact"
    date: dt.date | None = None


@dataclass
class Report:
    """One per-article event, with what the merge compares."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    published: dt.date | None = None
    fatalities: int | None = None
    text: str = ""  # the sentences of its evidence
    claims: list[ClaimFigure] = field(default_factory=list)


@dataclass
class Link:
    event_id: str
    linked_to: str | None
    score: float | None
    reason: str


@dataclass
class Cluster:
    members: list[str]
    links: list[Link]


distance_km = haversine_km  # great-circle distance in km


def _interval(r: Report) -> tuple[dt.date, dt.date] | None:
    start = r.date_start or r.published
    if start is None:
        return None
    return start, max(start, r.date_end or start)


def _norm(s: str | None) -> str:
    return (s or "").strip().lower()


def incompatibility(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` cannot be one incident, or None when they can."""
    if a.article_id == b.article_id:
        return "same article (an article's events are distinct)"
    if _norm(a.event_type) != _norm(b.event_type):
        return f"different types ({a.event_type} vs {b.event_type})"
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return f"different countries ({a.country} vs {b.country})"
    if _norm(a.event_type) == "explosions/remote violence" and a.sub_event_type and b.sub_event_type and \
            _norm(a.sub_event_type) != _norm(b.sub_event_type):  # an air strike is not a shelling
        return f"different weapons ({a.sub_event_type} vs {b.sub_event_type})"
    if a.actor1 and b.actor1 and _norm(a.actor1) != _norm(b.actor1):
        return f"different perpetrators ({a.actor1} vs {b.actor1})"
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:  # undated reports could be months apart: never merged on a guess
        return "no event or publication date on one side"
    gap = max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days)
    if gap > DATE_TOLERANCE_DAYS:
        return f"dates {gap} days apart"
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        d = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        radius = RADIUS_KM.get(max(a.geo_precision or 1, b.geo_precision or 1), RADIUS_KM[3])
        if d > radius:
            return f"{d:.0f} km apart (radius {radius:.0f} km)"
    elif a.location and b.location and fuzz.token_set_ratio(_norm(a.location), _norm(b.location)) < 60:
        return f"different places ({a.location} vs {b.location})"
    return None


def _actor_similarity(a: Report, b: Report) -> tuple[float, str]:
    xs = [_norm(x) for x in (a.actor1, a.actor2) if x]
    ys = [_norm(y) for y in (b.actor1, b.actor2) if y]
    if not xs or not ys:
        return 0.5, "actors unknown on one side"
    best = max(fuzz.token_set_ratio(x, y) for x in xs for y in ys) / 100
    return best, f"actors {best:.2f} ({a.actor1 or '?'} / {b.actor1 or '?'})"


def _figures_compatible(a: Report, b: Report) -> tuple[float, str]:
    fa, fb = a.fatalities, b.fatalities
    if fa is None or fb is None:
        return 0.5, "figures unknown on one side"
    lo, hi = sorted((fa, fb))
    if hi == lo or hi - lo <= 3 or lo >= 0.3 * hi:
        return 1.0, f"figures compatible ({fa} vs {fb})"
    return 0.0, f"figures far apart ({fa} vs {fb})"


def pair_score(a: Report, b: Report) -> tuple[float, str]:
    """Score in [0, 1] of two compatible reports, with a readable reason."""
    parts: dict[str, float] = {}
    reasons: list[str] = [f"same type {a.event_type}"]
    parts["sub_event"] = 1.0 if _norm(a.sub_event_type) == _norm(b.sub_event_type) else 0.0
    if parts["sub_event"]:
        reasons.append(f"same sub-event {a.sub_event_type}")
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        d = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        radius = RADIUS_KM.get(max(a.geo_precision or 1, b.geo_precision or 1), RADIUS_KM[3])
        parts["place"] = max(0.0, 1 - d / radius)
        reasons.append(f"{d:.1f} km apart (radius {radius:.0f} km)")
    else:
        sim = fuzz.token_set_ratio(_norm(a.location), _norm(b.location)) / 100 if a.location and b.location else 0.5
        parts["place"] = sim
        reasons.append(f"place names {sim:.2f}")
    ia, ib = _interval(a), _interval(b)
    if ia and ib:
        overlap = ia[0] <= ib[1] and ib[0] <= ia[1]
        parts["date"] = 1.0 if overlap else 0.5
        reasons.append("dates overlap" if overlap else "dates within a day")
    else:
        parts["date"] = 0.0
        reasons.append("date unknown on one side")
    parts["actors"], why = _actor_similarity(a, b)
    reasons.append(why)
    parts["figures"], why = _figures_compatible(a, b)
    reasons.append(why)
    if a.text and b.text:
        parts["text"] = fuzz.token_set_ratio(a.text.lower(), b.text.lower()) / 100
        reasons.append(f"text similarity {parts['text']:.2f}")
    else:
        parts["text"] = 0.5
    score = sum(WEIGHTS[k] * v for k, v in parts.items())
    return score, "; ".join(reasons) + f"; score {score:.2f}"


def _candidate_pairs(reports: Sequence[Report]) -> Iterable[tuple[Report, Report]]:
    """Pairs of the same type whose dates are within the tolerance (undated reports pair with none):
    a sweep over reports sorted by date, not all n² pairs."""
    blocks: dict[str, list[Report]] = {}
    for r in reports:
        blocks.setdefault(_norm(r.event_type), []).append(r)
    slack = dt.timedelta(days=DATE_TOLERANCE_DAYS)
    for block in blocks.values():
        dated = sorted((r for r in block if _interval(r)), key=lambda r: (_interval(r), r.id))  # type: ignore[arg-type,return-value]
        for i, a in enumerate(dated):
            end = _interval(a)[1] + slack  # type: ignore[index]
            for b in dated[i + 1:]:
                if _interval(b)[0] > end:  # type: ignore[index]
                    break
                yield a, b


def cluster_reports(reports: Sequence[Report], *, threshold: float = DEFAULT_THRESHOLD,
                    keep_apart: Iterable[tuple[str, str]] = ()) -> list[Cluster]:
    """Cluster reports of the same incident.  ``keep_apart`` pairs (undone merges) never share a cluster."""
    by_id = {r.id: r for r in reports}
    apart = {frozenset(p) for p in keep_apart}
    pairs: list[tuple[float, str, str, str]] = []
    for a, b in _candidate_pairs(reports):
        if frozenset((a.id, b.id)) in apart or incompatibility(a, b):
            continue
        score, reason = pair_score(a, b)
        if score >= threshold:
            pairs.append((score, a.id, b.id, reason))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    cluster_of = {r.id: r.id for r in reports}
    members: dict[str, list[str]] = {r.id: [r.id] for r in reports}
    links: dict[str, list[Link]] = {r.id: [Link(r.id, None, None, "first report of the incident")] for r in reports}
    for score, x, y, reason in pairs:
        cx, cy = cluster_of[x], cluster_of[y]
        if cx == cy:
            continue
        if any(frozenset((m, n)) in apart or incompatibility(by_id[m], by_id[n])
               for m in members[cx] for n in members[cy]):
            continue
        keep, gone = (cx, cy) if len(members[cx]) >= len(members[cy]) else (cy, cx)
        joined, anchor = (y, x) if gone == cy else (x, y)
        # the joined cluster is no longer an incident of its own: its "first report" link becomes this merge
        links[gone] = [link for link in links[gone] if link.linked_to is not None]
        links[gone].append(Link(joined, anchor, score, reason))
        for m in members[gone]:
            cluster_of[m] = keep
        members[keep].extend(members.pop(gone))
        links[keep].extend(links.pop(gone))
    return [Cluster(sorted(members[k]), links[k]) for k in sorted(members, key=lambda k: min(members[k]))]


def fatalities_from_claims(claims: Iterable[ClaimFigure], published: dict[str, dt.date | None] | None = None
                           ) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of an incident from its killed claims, by :data:`FATALITIES_RULE`.
    ``published`` maps a claim id to its article's publication date (used when the claim has no date)."""
    published = published or {}
    usable = [c for c in claims if c.category == "killed" and c.scope == "incident"
              and (c.value is not None or c.low is not None or c.high is not None)]
    if not usable:
        return None, None, None
    lows = [c.low if c.low is not None else (c.value if c.value is not None else c.high) for c in usable]
    highs = [c.high if c.high is not None else (c.value if c.value is not None else c.low) for c in usable]

    def when(c: ClaimFigure) -> dt.date:
        return c.date or published.get(c.id) or dt.date.min

    latest = max(when(c) for c in usable)
    recent = [c for c in usable if when(c) == latest]
    exact = [c for c in recent if c.qualifier == "exact" and c.value is not None]
    pool = exact or [c for c in recent if c.value is not None] or recent
    values = sorted(c.value if c.value is not None else (c.low or c.high or 0) for c in pool)
    best = int(statistics.median_low(values))
    low, high = min(x for x in lows if x is not None), max(x for x in highs if x is not None)
    return min(low, best), best, max(high, best)
