"""The read/query API of the ledger, used by the exporters and the web app.

Every function takes an open :class:`~newsledger.store.Store` and returns plain dicts (column name →
value; dates are ``datetime.date``), so that callers can serialise them as they like.  List functions
return a :class:`Page` (``items``, ``total``, ``limit``, ``offset``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, func, or_, select

from newsledger.store import schema as t
from newsledger.store.connection import Store

MAX_LIMIT = 10_000


@dataclass
class EventFilter:
    """Filters of events (per-article or canonical).  ``actor`` matches actor1, actor2 or the
    associated actors (case-insensitive substring); ``country`` is exact (case-insensitive)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    article_id: str | None = None
    canonical_id: str | None = None


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _rows(result: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in result]


def _like(col: Any, text: str) -> ColumnElement[bool]:
    return func.lower(col).contains(text.lower(), autoescape=True)


def event_conditions(table: Table, f: EventFilter) -> list[ColumnElement[bool]]:
    c = table.c
    conds: list[ColumnElement[bool]] = []
    if f.date_from:  # an event overlaps the range when it ends on or after date_from
        conds.append(func.coalesce(c.date_end, c.date_start) >= f.date_from)
    if f.date_to:
        conds.append(c.date_start <= f.date_to)
    if f.country:
        conds.append(func.lower(c.country) == f.country.lower())
    if f.event_type:
        conds.append(func.lower(c.event_type) == f.event_type.lower())
    if f.sub_event_type:
        conds.append(func.lower(c.sub_event_type) == f.sub_event_type.lower())
    if f.actor:
        cols = [c.actor1, c.actor2] + ([c.assoc_actor_1, c.assoc_actor_2] if "assoc_actor_1" in c else [])
        conds.append(or_(*[_like(col, f.actor) for col in cols]))
    if f.article_id and "article_id" in c:
        conds.append(c.article_id == f.article_id)
    if f.canonical_id:
        conds.append((c.canonical_id if "canonical_id" in c else c.id) == f.canonical_id)
    return conds


def page_of(store: Store, query: Select[Any], conds: list[ColumnElement[bool]], order: list[Any],
          limit: int, offset: int) -> Page:
    limit = max(0, min(limit, MAX_LIMIT))
    if conds:
        query = query.where(and_(*conds))
    count = select(func.count()).select_from(query.order_by(None).subquery())
    with store.connect("reading the ledger") as conn:
        total = conn.execute(count).scalar_one()
        items = _rows(conn.execute(query.order_by(*order).limit(limit).offset(offset)))
    return Page(items=items, total=total, limit=limit, offset=offset)


EVENT_SORTS = ("date_start", "event_type", "country", "location", "fatalities_best", "actor1", "id")


def _order(table: Table, sort: str, descending: bool) -> list[Any]:
    if sort not in EVENT_SORTS and sort not in table.c:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(EVENT_SORTS)}")
    col = table.c[sort] if sort in table.c else table.c.id
    primary = col.desc().nulls_last() if descending else col.asc().nulls_last()
    return [primary, table.c.id]


def list_events(store: Store, filters: EventFilter | None = None, *, sort: str = "date_start",
                descending: bool = True, limit: int = 50, offset: int = 0) -> Page:
    """Per-article events with their article's title, publisher and publication date."""
    f = filters or EventFilter()
    e, a = t.events, t.articles
    query = select(e, a.c.title.label("article_title"), a.c.publisher.label("publisher"),
                   a.c.published.label("published"), a.c.url.label("article_url")).join(a, a.c.id == e.c.article_id)
    return page_of(store, query, event_conditions(e, f), _order(e, sort, descending), limit, offset)


def list_canonical_events(store: Store, filters: EventFilter | None = None, *, sort: str = "date_start",
                          descending: bool = True, limit: int = 50, offset: int = 0) -> Page:
    """Canonical events (clusters of reports of one incident, made by ``newsledger merge``)."""
    f = filters or EventFilter()
    ce = t.canonical_events
    conds = event_conditions(ce, f)
    if f.article_id:
        conds.append(ce.c.id.in_(select(t.events.c.canonical_id).where(t.events.c.article_id == f.article_id)))
    return page_of(store, select(ce), conds, _order(ce, sort, descending), limit, offset)


def _evidence(conn: Any, record_type: str, record_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {rid: [] for rid in record_ids}
    if not record_ids:
        return out
    ev = t.evidence
    rows = conn.execute(select(ev).where(ev.c.record_type == record_type, ev.c.record_id.in_(record_ids))
                        .order_by(ev.c.start))
    for r in _rows(rows):
        out[r["record_id"]].append({k: r[k] for k in ("role", "start", "end", "text")})
    return out


def _decode_claim(row: dict[str, Any]) -> dict[str, Any]:
    row["relay"] = json.loads(row["relay"]) if row.get("relay") else []
    return row


def _article(conn: Any, article_id: str, with_text: bool = True) -> dict[str, Any] | None:
    a = t.articles
    cols = [c for c in a.c if c.name not in ("raw", "result_json") and (with_text or c.name != "text")]
    row = conn.execute(select(*cols).where(a.c.id == article_id)).first()
    if row is None:
        return None
    art = dict(row._mapping)
    art["sources"] = _rows(conn.execute(select(t.sources.c.location, t.sources.c.kind, t.sources.c.first_seen)
                                        .where(t.sources.c.article_id == article_id)
                                        .order_by(t.sources.c.id)))
    return art


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One per-article event with ``claims``, ``victims``, ``evidence`` (spans), ``article`` (with its
    text and ``sources``) and ``other_reports`` (the events merged with it into one canonical event)."""
    e = t.events
    with store.connect("reading an event") as conn:
        row = conn.execute(select(e).where(e.c.id == event_id)).first()
        if row is None:
            return None
        event = dict(row._mapping)
        claims = [_decode_claim(r) for r in _rows(conn.execute(
            select(t.claims).where(t.claims.c.event_id == event_id).order_by(t.claims.c.evidence_start)))]
        event["claims"] = claims
        event["victims"] = _rows(conn.execute(select(t.victims).where(t.victims.c.event_id == event_id)))
        event["evidence"] = _evidence(conn, "event", [event_id])[event_id]
        event["article"] = _article(conn, event["article_id"])
        event["other_reports"] = []
        if event["canonical_id"]:
            event["other_reports"] = _rows(conn.execute(
                select(e.c.id, e.c.article_id, e.c.event_type, e.c.date_start, e.c.location,
                       e.c.fatalities_best, t.articles.c.publisher, t.articles.c.title)
                .join(t.articles, t.articles.c.id == e.c.article_id)
                .where(e.c.canonical_id == event["canonical_id"], e.c.id != event_id).order_by(e.c.id)))
    return event


def get_canonical_event(store: Store, canonical_id: str) -> dict[str, Any] | None:
    """A canonical event with its ``reports`` (per-article events with publisher, title, article id and
    published date), every ``claims`` of them (side by side, never adjudicated), ``articles`` (with text)
    and ``merge_decisions`` (the reason of every merge; ``undone_at`` set when undone)."""
    ce, e, a = t.canonical_events, t.events, t.articles
    with store.connect("reading a canonical event") as conn:
        row = conn.execute(select(ce).where(ce.c.id == canonical_id)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["reports"] = _rows(conn.execute(
            select(e, a.c.publisher, a.c.title.label("article_title"), a.c.published)
            .join(a, a.c.id == e.c.article_id).where(e.c.canonical_id == canonical_id).order_by(a.c.published, e.c.id)))
        ids = [r["id"] for r in out["reports"]]
        out["claims"] = [_decode_claim(r) for r in _rows(conn.execute(
            select(t.claims, a.c.publisher, a.c.published).join(a, a.c.id == t.claims.c.article_id)
            .where(t.claims.c.event_id.in_(ids)).order_by(a.c.published, t.claims.c.id)))] if ids else []
        out["articles"] = [art for aid in sorted({r["article_id"] for r in out["reports"]})
                           if (art := _article(conn, aid)) is not None]
        out["merge_decisions"] = _rows(conn.execute(
            select(t.merge_decisions).where(t.merge_decisions.c.canonical_id == canonical_id)
            .order_by(t.merge_decisions.c.id)))
    return out


def get_article(store: Store, article_id: str, *, with_records: bool = True) -> dict[str, Any] | None:
    """An article with its text, ``sources`` and (``with_records``) its events, claims, statements,
    victims and places."""
    with store.connect("reading an article") as conn:
        art = _article(conn, article_id)
        if art is None or not with_records:
            return art
        for name in ("events", "claims", "statements", "victims", "places"):
            table = t.metadata.tables[name]
            rows = _rows(conn.execute(select(table).where(table.c.article_id == article_id).order_by(table.c.id)))
            art[name] = [_decode_claim(r) for r in rows] if name == "claims" else rows
    return art


def list_articles(store: Store, *, publisher: str | None = None, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, limit: int = 50, offset: int = 0) -> Page:
    a = t.articles
    cols = [c for c in a.c if c.name not in ("raw", "result_json", "text")]
    conds = []
    if publisher:
        conds.append(_like(a.c.publisher, publisher))
    if date_from:
        conds.append(a.c.published >= date_from)
    if date_to:
        conds.append(a.c.published <= date_to)
    return page_of(store, select(*cols), conds, [a.c.published.desc().nulls_last(), a.c.id], limit, offset)


def _record_conditions(table: Table, *, article_id: str | None, event_id: str | None,
                       date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if article_id:
        conds.append(table.c.article_id == article_id)
    if event_id and "event_id" in table.c:
        conds.append(table.c.event_id == event_id)
    day = func.coalesce(table.c.date, t.articles.c.published) if "date" in table.c else t.articles.c.published
    if date_from:
        conds.append(day >= date_from)
    if date_to:
        conds.append(day <= date_to)
    return conds


def _with_article(table: Table) -> Select[Any]:
    a = t.articles
    return select(table, a.c.publisher, a.c.published, a.c.title.label("article_title")).join(
        a, a.c.id == table.c.article_id)


def list_claims(store: Store, *, article_id: str | None = None, event_id: str | None = None,
                category: str | None = None, scope: str | None = None, claimant: str | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None,
                limit: int = 50, offset: int = 0) -> Page:
    c = t.claims
    conds = _record_conditions(c, article_id=article_id, event_id=event_id, date_from=date_from, date_to=date_to)
    if category:
        conds.append(c.c.category == category)
    if scope:
        conds.append(c.c.scope == scope)
    if claimant:
        conds.append(_like(c.c.claimant, claimant))
    page = page_of(store, _with_article(c), conds, [t.articles.c.published.desc().nulls_last(), c.c.id], limit, offset)
    page.items = [_decode_claim(r) for r in page.items]
    return page


def list_statements(store: Store, *, article_id: str | None = None, speaker: str | None = None,
                    direct: bool | None = None, kind: str | None = None, date_from: dt.date | None = None,
                    date_to: dt.date | None = None, limit: int = 50, offset: int = 0) -> Page:
    s = t.statements
    conds = _record_conditions(s, article_id=article_id, event_id=None, date_from=date_from, date_to=date_to)
    if speaker:
        conds.append(_like(s.c.speaker, speaker))
    if direct is not None:
        conds.append(s.c.direct == direct)
    if kind:
        conds.append(s.c.kind == kind)
    return page_of(store, _with_article(s), conds, [t.articles.c.published.desc().nulls_last(), s.c.id], limit, offset)


def list_victims(store: Store, *, article_id: str | None = None, event_id: str | None = None,
                 name: str | None = None, status: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, limit: int = 50, offset: int = 0) -> Page:
    v = t.victims
    conds = _record_conditions(v, article_id=article_id, event_id=event_id, date_from=date_from, date_to=date_to)
    if name:
        conds.append(_like(v.c.name, name))
    if status:
        conds.append(v.c.status == status)
    return page_of(store, _with_article(v), conds, [t.articles.c.published.desc().nulls_last(), v.c.id], limit, offset)


def count_events_by_type(store: Store, filters: EventFilter | None = None, *, canonical: bool = False
                         ) -> list[dict[str, Any]]:
    """``[{"event_type", "sub_event_type", "count", "fatalities"}]``, most frequent first."""
    table = t.canonical_events if canonical else t.events
    conds = event_conditions(table, filters or EventFilter())
    q = select(table.c.event_type, table.c.sub_event_type, func.count().label("count"),
               func.coalesce(func.sum(table.c.fatalities_best), 0).label("fatalities"))
    if conds:
        q = q.where(and_(*conds))
    q = q.group_by(table.c.event_type, table.c.sub_event_type).order_by(func.count().desc(), table.c.event_type)
    with store.connect("counting events") as conn:
        return _rows(conn.execute(q))


def count_events_by_day(store: Store, filters: EventFilter | None = None, *, canonical: bool = False
                        ) -> list[dict[str, Any]]:
    """``[{"day", "count", "fatalities"}]`` by event start date, oldest first (undated events left out)."""
    table = t.canonical_events if canonical else t.events
    conds = [*event_conditions(table, filters or EventFilter()), table.c.date_start.is_not(None)]
    q = (select(table.c.date_start.label("day"), func.count().label("count"),
                func.coalesce(func.sum(table.c.fatalities_best), 0).label("fatalities"))
         .where(and_(*conds)).group_by(table.c.date_start).order_by(table.c.date_start))
    with store.connect("counting events") as conn:
        return _rows(conn.execute(q))


def list_failures(store: Store, *, unresolved_only: bool = True, limit: int = 100, offset: int = 0) -> Page:
    f = t.failures
    conds = [f.c.resolved_at.is_(None)] if unresolved_only else []
    return page_of(store, select(f), conds, [f.c.id.desc()], limit, offset)


def ledger_summary(store: Store) -> dict[str, int]:
    """Row counts: articles, events, canonical_events, claims, statements, victims, places, failures
    (unresolved)."""
    out: dict[str, int] = {}
    with store.connect("counting rows") as conn:
        for name in ("articles", "events", "canonical_events", "claims", "statements", "victims", "places"):
            out[name] = conn.execute(select(func.count()).select_from(t.metadata.tables[name])).scalar_one()
        out["failures"] = conn.execute(select(func.count()).select_from(t.failures)
                                       .where(t.failures.c.resolved_at.is_(None))).scalar_one()
    return out
