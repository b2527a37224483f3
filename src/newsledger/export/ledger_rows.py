"""The rows an export writes: canonical events or per-article reports in ACLED's columns, claims,
statements and victims, filtered by date range, country, actor and event type."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select

from newsledger.errors import NewsLedgerError
from newsledger.export.acled import EVENT_COLUMNS, acled_row
from newsledger.store import schema as t
from newsledger.store.connection import Store
from newsledger.store.query import EventFilter, event_conditions

WHATS = ("events", "reports", "claims", "statements", "victims")
PAGE = 500


class ExportError(NewsLedgerError):
    code = "export_error"


def _notes(title: str | None, text: str | None) -> str:
    if title:
        return title
    text = " ".join((text or "").split())
    return text[:200] + ("…" if len(text) > 200 else "")


def _pages(store: Store, query: Select[Any], key: Any) -> Iterator[list[dict[str, Any]]]:
    last = None
    while True:  # keyset paging: constant memory and no long read transaction
        q = query.order_by(key).limit(PAGE)
        if last is not None:
            q = q.where(key > last)
        with store.connect("exporting") as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        if not rows:
            return
        yield rows
        last = rows[-1][key.name]


def _members(store: Store, event_ids: list[str] | None, canonical_ids: list[str] | None) -> list[dict[str, Any]]:
    e, a = t.events, t.articles
    q = select(e.c.id, e.c.canonical_id, e.c.article_id, a.c.publisher, a.c.url, a.c.title,
               func.substr(a.c.text, 1, 300).label("lede")).join(a, a.c.id == e.c.article_id)
    q = q.where(e.c.canonical_id.in_(canonical_ids)) if canonical_ids is not None else q.where(e.c.id.in_(event_ids or []))
    with store.connect("exporting") as conn:
        members = [dict(r._mapping) for r in conn.execute(q.order_by(e.c.id))]
        ids = [m["id"] for m in members]
        claims: dict[str, list[str]] = {}
        if ids:
            for r in conn.execute(select(t.claims.c.id, t.claims.c.event_id).where(t.claims.c.event_id.in_(ids))
                                  .order_by(t.claims.c.id)):
                claims.setdefault(r.event_id, []).append(r.id)
    for m in members:
        m["claim_ids"] = claims.get(m["id"], [])
    return members


def _uniq(values: list[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v))


def canonical_event_rows(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    ce = t.canonical_events
    with store.connect("exporting") as conn:
        if conn.execute(select(func.count()).select_from(ce)).scalar_one() == 0 and \
                conn.execute(select(func.count()).select_from(t.events)).scalar_one() > 0:
            raise ExportError("the ledger has no canonical events yet",
                              hint="run `newsledger merge` first, or export per-article events with --what reports")
    conds = event_conditions(ce, f)
    query = select(ce).where(and_(*conds)) if conds else select(ce)
    for page in _pages(store, query, ce.c.id):
        members = _members(store, None, [r["id"] for r in page])
        by_cluster: dict[str, list[dict[str, Any]]] = {}
        for m in members:
            by_cluster.setdefault(m["canonical_id"], []).append(m)
        for row in page:
            ms = by_cluster.get(row["id"], [])
            yield acled_row(row, sources=_uniq([m["publisher"] for m in ms]),
                            notes=_notes(ms[0]["title"], ms[0]["lede"]) if ms else "",
                            report_ids=[m["id"] for m in ms], article_ids=_uniq([m["article_id"] for m in ms]),
                            claim_ids=[c for m in ms for c in m["claim_ids"]], urls=_uniq([m["url"] for m in ms]),
                            event_id=row["id"], canonical_id=row["id"], updated=row["updated_at"],
                            n_reports=len(ms))


def report_rows(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    e = t.events
    conds = event_conditions(e, f)
    query = select(e, t.articles.c.ingested_at).join(t.articles, t.articles.c.id == e.c.article_id)
    if conds:
        query = query.where(and_(*conds))
    for page in _pages(store, query, e.c.id):
        members = {m["id"]: m for m in _members(store, [r["id"] for r in page], None)}
        for row in page:
            m = members[row["id"]]
            yield acled_row(row, sources=_uniq([m["publisher"]]), notes=_notes(m["title"], m["lede"]),
                            report_ids=[row["id"]], article_ids=[row["article_id"]], claim_ids=m["claim_ids"],
                            urls=_uniq([m["url"]]), event_id=row["id"], canonical_id=row["canonical_id"],
                            updated=row["ingested_at"], n_reports=1)


def _matching_events(f: EventFilter) -> Select[Any] | None:
    conds = event_conditions(t.events, EventFilter(country=f.country, actor=f.actor, event_type=f.event_type,
                                                    sub_event_type=f.sub_event_type))
    return select(t.events.c.id).where(and_(*conds)) if conds else None


def record_rows(store: Store, what: str, f: EventFilter) -> Iterator[dict[str, Any]]:
    """Claims, statements or victims.  Dates filter on the record's date (else its article's
    publication date); country, actor and event type keep records of matching events (statements:
    records of articles that report a matching event)."""
    table = t.metadata.tables[what]
    a = t.articles
    query = select(table, a.c.publisher, a.c.published, a.c.url.label("article_url")).join(a, a.c.id == table.c.article_id)
    day = func.coalesce(table.c.date, a.c.published) if "date" in table.c else a.c.published
    conds: list[ColumnElement[bool]] = []
    if f.date_from:
        conds.append(day >= f.date_from)
    if f.date_to:
        conds.append(day <= f.date_to)
    matching = _matching_events(f)
    if matching is not None:
        if "event_id" in table.c:
            conds.append(table.c.event_id.in_(matching))
        else:
            conds.append(table.c.article_id.in_(select(t.events.c.article_id).where(t.events.c.id.in_(matching))))
    if conds:
        query = query.where(and_(*conds))
    for page in _pages(store, query, table.c.id):
        for row in page:
            if "relay" in row:
                row["relay"] = "; ".join(json.loads(row["relay"] or "[]"))
            yield row


def columns_for(what: str) -> list[str]:
    if what in ("events", "reports"):
        return EVENT_COLUMNS
    table = t.metadata.tables[what]
    return [c.name for c in table.c] + ["publisher", "published", "article_url"]


def export_rows(store: Store, what: str, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    f = f or EventFilter()
    if what == "events":
        return canonical_event_rows(store, f)
    if what == "reports":
        return report_rows(store, f)
    if what in ("claims", "statements", "victims"):
        return record_rows(store, what, f)
    raise ExportError(f"cannot export {what!r}; choose one of {', '.join(WHATS)}")
