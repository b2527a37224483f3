"""Canonical events in the ledger: run the merge of :mod:`newsledger.resolve.merge` over the stored
per-article events, write the clusters with the reason of every merge, and undo merges."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from newsledger.resolve.merge import (
    DEFAULT_THRESHOLD,
    FATALITIES_RULE,
    ClaimFigure,
    Cluster,
    Report,
    cluster_reports,
    fatalities_from_claims,
)
from newsledger.store import schema as t
from newsledger.store.connection import Store

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass
class MergeSummary:
    events: int
    canonical_events: int
    merged: int  # events joined to another report

    def text(self) -> str:
        return (f"{self.events} per-article event(s) → {self.canonical_events} canonical event(s); "
                f"{self.merged} merge(s) recorded")


def _sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - limit), start)), default=max(0, start - limit))
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    return text[left:m.start() + 1 if m else min(len(text), end + limit)].strip()


def load_reports(conn: Connection) -> tuple[list[Report], dict[str, dt.date | None]]:
    """Every stored per-article event as a merge Report, and the publication date of every claim."""
    e, a, c, ev = t.events, t.articles, t.claims, t.evidence
    rows = conn.execute(select(e, a.c.published, a.c.text.label("article_text"))
                        .join(a, a.c.id == e.c.article_id).order_by(e.c.id)).all()
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in conn.execute(select(ev.c.record_id, ev.c.start, ev.c.end).where(ev.c.record_type == "event")):
        spans.setdefault(r.record_id, []).append((r.start, r.end))
    claims: dict[str, list[ClaimFigure]] = {}
    claim_published: dict[str, dt.date | None] = {}
    for r in conn.execute(select(c, a.c.published).join(a, a.c.id == c.c.article_id)
                          .where(c.c.event_id.is_not(None))):
        claims.setdefault(r.event_id, []).append(ClaimFigure(
            id=r.id, value=r.value, low=r.low, high=r.high, category=r.category, scope=r.scope,
            qualifier=r.qualifier, date=r.date))
        claim_published[r.id] = r.published
    reports = []
    for r in rows:
        sentences = dict.fromkeys(_sentence_around(r.article_text, s, x) for s, x in spans.get(r.id, []))
        reports.append(Report(
            id=r.id, article_id=r.article_id, event_type=r.event_type, sub_event_type=r.sub_event_type,
            actor1=r.actor1, actor2=r.actor2, country=r.country, location=r.location, latitude=r.latitude,
            longitude=r.longitude, geo_precision=r.geo_precision, date_start=r.date_start, date_end=r.date_end,
            published=r.published, fatalities=r.fatalities_best,
            text=" ".join(sentences) or r.article_text[:400], claims=claims.get(r.id, [])))
    return reports, claim_published


def _mode(values: list[Any]) -> Any:
    present = [v for v in values if v is not None]
    return Counter(present).most_common(1)[0][0] if present else None


def canonical_id(members: list[str]) -> str:
    """Stable while the cluster's smallest member id stays (new reports joining keep the id)."""
    return "ce-" + hashlib.sha1(min(members).encode()).hexdigest()[:16]


def _canonical_row(cid: str, reports: list[Report], published: dict[str, dt.date | None],
                   now: dt.datetime) -> dict[str, Any]:
    place = min(reports, key=lambda r: (r.geo_precision or 9, r.latitude is None, r.id))
    claims = [c for r in reports for c in r.claims]
    low, best, high = fatalities_from_claims(claims, published)
    rule = FATALITIES_RULE
    if best is None:
        dated = [r for r in reports if r.fatalities is not None]
        if dated:
            latest = max(dated, key=lambda r: (r.published or dt.date.min, r.id))
            figures = [r.fatalities for r in dated]
            low, best, high = min(figures), latest.fatalities, max(figures)  # type: ignore[type-var]
            rule = "no incident-scope killed claims: the reports' own fatalities, best = most recent report"
    starts = [r.date_start for r in reports]
    ends = [r.date_end or r.date_start for r in reports]
    return {
        "id": cid, "event_type": reports[0].event_type, "sub_event_type": _mode([r.sub_event_type for r in reports]),
        "actor1": _mode([r.actor1 for r in reports]), "actor2": _mode([r.actor2 for r in reports]),
        "country": place.country, "admin1": None, "location": place.location, "latitude": place.latitude,
        "longitude": place.longitude, "geo_precision": place.geo_precision, "date_start": _mode(starts),
        "date_end": max((d for d in ends if d is not None), default=None), "time_precision": None,
        "fatalities_low": low, "fatalities_best": best, "fatalities_high": high, "fatalities_rule": rule,
        "n_reports": len(reports), "updated_at": now,
    }


def _write_clusters(conn: Connection, clusters: list[Cluster], by_id: dict[str, Report],
                    published: dict[str, dt.date | None]) -> int:
    now = dt.datetime.now(dt.UTC)
    conn.execute(update(t.events).values(canonical_id=None))
    conn.execute(delete(t.merge_decisions).where(t.merge_decisions.c.undone_at.is_(None)))
    conn.execute(delete(t.canonical_events))
    merged = 0
    rows, decisions = [], []
    admin1 = dict(conn.execute(select(t.events.c.id, t.events.c.admin1)).all())
    precision = dict(conn.execute(select(t.events.c.id, t.events.c.time_precision)).all())
    for cluster in clusters:
        cid = canonical_id(cluster.members)
        row = _canonical_row(cid, [by_id[m] for m in cluster.members], published, now)
        row["admin1"] = _mode([admin1.get(m) for m in cluster.members])
        row["time_precision"] = min((p for m in cluster.members if (p := precision.get(m))), default=None)
        rows.append(row)
        for link in cluster.links:
            merged += link.linked_to is not None
            decisions.append({"canonical_id": cid, "event_id": link.event_id, "linked_to": link.linked_to,
                              "score": link.score, "reason": link.reason, "decided_at": now})
    if rows:
        conn.execute(insert(t.canonical_events), rows)
        conn.execute(insert(t.merge_decisions), decisions)
        assign = update(t.events).where(t.events.c.id == bindparam("event_id")).values(
            canonical_id=bindparam("cid"))
        conn.execute(assign, [{"event_id": m, "cid": row["id"]}
                              for row, cluster in zip(rows, clusters, strict=True) for m in cluster.members])
    return merged


def merge_events(store: Store, *, threshold: float = DEFAULT_THRESHOLD) -> MergeSummary:
    """Rebuild every canonical event from the stored per-article events (one transaction).
    Pairs a user kept apart (:func:`undo_merge`) stay apart."""
    with store.begin("merging events") as conn:
        reports, published = load_reports(conn)
        apart = [(r.event_id, r.other_event_id) for r in conn.execute(select(t.merge_splits))]
        clusters = cluster_reports(reports, threshold=threshold, keep_apart=apart)
        merged = _write_clusters(conn, clusters, {r.id: r for r in reports}, published)
    return MergeSummary(events=len(reports), canonical_events=len(clusters), merged=merged)


def undo_merge(store: Store, target: str, *, threshold: float = DEFAULT_THRESHOLD) -> MergeSummary:
    """Undo merges: ``target`` is a canonical event id (all its reports are split apart) or a per-article
    event id (that report leaves its cluster).  The split is remembered, so later merges keep it."""
    from newsledger.errors import StoreError

    now = dt.datetime.now(dt.UTC)
    with store.begin("undoing a merge") as conn:
        e = t.events
        if target.startswith("ce-"):
            members = list(conn.execute(select(e.c.id).where(e.c.canonical_id == target)).scalars())
            pairs = [(x, y) for i, x in enumerate(members) for y in members[i + 1:]]
            md = t.merge_decisions.c.canonical_id == target
        else:
            cid = conn.execute(select(e.c.canonical_id).where(e.c.id == target)).scalar()
            members = list(conn.execute(select(e.c.id).where(e.c.canonical_id == cid)).scalars()) if cid else []
            pairs = [(target, y) for y in members if y != target]
            md = (t.merge_decisions.c.event_id == target) | (t.merge_decisions.c.linked_to == target)
        if not members:
            raise StoreError(f"no canonical event or merged event {target!r} in the ledger", code="not_found",
                             hint="list canonical events with `newsledger export --what canonical`")
        existing = {(r.event_id, r.other_event_id) for r in conn.execute(select(t.merge_splits))}
        new = [{"event_id": x, "other_event_id": y, "created_at": now} for x, y in pairs
               if (x, y) not in existing and (y, x) not in existing]
        if new:
            conn.execute(insert(t.merge_splits), new)
        conn.execute(update(t.merge_decisions).where(md, t.merge_decisions.c.linked_to.is_not(None),
                                                     t.merge_decisions.c.undone_at.is_(None)).values(undone_at=now))
    return merge_events(store, threshold=threshold)
