"""Claims, statements and victims filtered like the events: by date (the record's date, else the
article's publication date), by the events they belong to (country, actor, type, has fatalities) and
by source, plus their own fields (claimant, speaker, name, category, status …)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select

from newsledger.store import schema as t
from newsledger.store.connection import Store
from newsledger.store.query import Page, page_of
from newsledger.web.event_search import EventSearch

RECORD_TABLES: dict[str, Table] = {"claims": t.claims, "statements": t.statements, "victims": t.victims}


def search_records(store: Store, kind: str, search: EventSearch, *, contains: dict[str, str | None] | None = None,
                   equals: dict[str, Any] | None = None, limit: int = 50, offset: int = 0) -> Page:
    """Records of ``kind`` (claims, statements, victims) with their article's publisher, published date
    and title.  ``contains``: column → case-insensitive substring; ``equals``: column → value (None
    values are ignored).  Statements belong to the events of their article."""
    table, a, e = RECORD_TABLES[kind], t.articles, t.events
    query = select(table, a.c.publisher, a.c.published, a.c.title.label("article_title")).join(
        a, a.c.id == table.c.article_id)
    conds: list[ColumnElement[bool]] = []
    day = func.coalesce(table.c.date, a.c.published) if "date" in table.c else a.c.published
    if search.ledger.date_from:
        conds.append(day >= search.ledger.date_from)
    if search.ledger.date_to:
        conds.append(day <= search.ledger.date_to)
    by_event = EventSearch(ledger=replace(search.ledger, date_from=None, date_to=None),
                           has_fatalities=search.has_fatalities).conditions(e)
    if by_event:
        if "event_id" in table.c:
            conds.append(table.c.event_id.in_(select(e.c.id).where(*by_event)))
        else:
            conds.append(table.c.article_id.in_(select(e.c.article_id).where(*by_event)))
    if search.source:
        conds.extend(EventSearch(source=search.source).conditions(table))
    for column, text in (contains or {}).items():
        if text:
            conds.append(func.lower(table.c[column]).contains(text.lower(), autoescape=True))
    for column, value in (equals or {}).items():
        if value is not None:
            conds.append(table.c[column] == value)
    page = page_of(store, query, conds, [a.c.published.desc().nulls_last(), table.c.id], limit, offset)
    if kind == "claims":
        for row in page.items:
            row["relay"] = json.loads(row["relay"]) if row.get("relay") else []
    return page
