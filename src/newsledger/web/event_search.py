"""Event searches of the web app: the ledger's :class:`EventFilter` plus the two filters the browse
pages add (has fatalities, source), and the points the map and the timeline draw.

Built on :mod:`newsledger.store.query` (same conditions, sorts and paging), so the web app shows what
``newsledger export`` would export for the same filters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, func, or_, select

from newsledger.store import schema as t
from newsledger.store.connection import Store
from newsledger.store.query import EVENT_SORTS, EventFilter, Page, event_conditions, page_of

MAP_LIMIT = 10_000  # most events the map and the timeline draw at once


@dataclass
class EventSearch:
    """What the events table, the map and the timeline are filtered by."""

    ledger: EventFilter = field(default_factory=EventFilter)
    has_fatalities: bool | None = None  # True: best estimate > 0; False: none reported
    source: str | None = None  # substring of the publisher, article URL or source location

    def conditions(self, table: Table) -> list[ColumnElement[bool]]:
        conds = event_conditions(table, self.ledger)
        if self.has_fatalities is True:
            conds.append(table.c.fatalities_best > 0)
        elif self.has_fatalities is False:
            conds.append(or_(table.c.fatalities_best.is_(None), table.c.fatalities_best == 0))
        if self.source and "article_id" in table.c:
            needle = self.source.lower()
            a, s = t.articles, t.sources
            conds.append(or_(
                table.c.article_id.in_(select(a.c.id).where(or_(
                    func.lower(a.c.publisher).contains(needle, autoescape=True),
                    func.lower(a.c.url).contains(needle, autoescape=True)))),
                table.c.article_id.in_(select(s.c.article_id).where(
                    func.lower(s.c.location).contains(needle, autoescape=True))),
            ))
        return conds


def search_events(store: Store, search: EventSearch, *, sort: str = "date_start", descending: bool = True,
                  limit: int = 50, offset: int = 0) -> Page:
    """Per-article events (with article title, publisher, published, URL) matching ``search``."""
    if sort not in EVENT_SORTS:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(EVENT_SORTS)}")
    e, a = t.events, t.articles
    query = select(e, a.c.title.label("article_title"), a.c.publisher.label("publisher"),
                   a.c.published.label("published"), a.c.url.label("article_url")).join(a, a.c.id == e.c.article_id)
    col = e.c[sort]
    order = [col.desc().nulls_last() if descending else col.asc().nulls_last(), e.c.id]
    return page_of(store, query, search.conditions(e), order, limit, offset)


def event_points(store: Store, search: EventSearch) -> list[dict[str, Any]]:
    """The events the map and the timeline draw: id, type, actors, place, coordinates, dates and
    fatalities (events without coordinates are included, with ``latitude`` None, for the timeline)."""
    e = t.events
    cols = [e.c.id, e.c.event_type, e.c.sub_event_type, e.c.actor1, e.c.actor2, e.c.location, e.c.country,
            e.c.latitude, e.c.longitude, e.c.date_start, e.c.date_end, e.c.fatalities_best]
    page = page_of(store, select(*cols), search.conditions(e), [e.c.date_start.asc().nulls_last(), e.c.id],
                 MAP_LIMIT, 0)
    return page.items


def counts_by_type(store: Store, search: EventSearch) -> list[dict[str, Any]]:
    """``[{event_type, count, fatalities}]`` (sub-event types summed), most frequent first."""
    e = t.events
    q = select(e.c.event_type, func.count().label("count"),
               func.coalesce(func.sum(e.c.fatalities_best), 0).label("fatalities"))
    conds = search.conditions(e)
    if conds:
        q = q.where(*conds)
    q = q.group_by(e.c.event_type).order_by(func.count().desc(), e.c.event_type)
    with store.connect("counting events") as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def counts_by_day(store: Store, search: EventSearch) -> list[dict[str, Any]]:
    """``[{day, count, fatalities}]`` by start date, oldest first (undated events left out)."""
    e = t.events
    q = (select(e.c.date_start.label("day"), func.count().label("count"),
                func.coalesce(func.sum(e.c.fatalities_best), 0).label("fatalities"))
         .where(*search.conditions(e), e.c.date_start.is_not(None))
         .group_by(e.c.date_start).order_by(e.c.date_start))
    with store.connect("counting events") as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def facet_values(store: Store) -> dict[str, list[str]]:
    """The distinct event types, countries and publishers of the ledger (for the filter menus)."""
    e, a = t.events, t.articles
    out: dict[str, list[str]] = {}
    with store.connect("reading filter values") as conn:
        for name, col in (("event_types", e.c.event_type), ("countries", e.c.country), ("publishers", a.c.publisher)):
            rows = conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col))
            out[name] = [r[0] for r in rows]
    return out


def parse_day(value: str | None, name: str) -> dt.date | None:
    """``YYYY-MM-DD`` (or empty) → date; ValueError naming the parameter otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None
