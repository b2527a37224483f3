"""Query parameters shared by the pages and the API: event filters, sorting and paging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query, Request

from newsledger.store.connection import Store
from newsledger.store.query import EVENT_SORTS, EventFilter
from newsledger.web.errors import BadFilter
from newsledger.web.event_search import EventSearch, parse_day

YES = {"yes", "true", "1", "on"}
NO = {"no", "false", "0", "off"}


def get_store(request: Request) -> Store:
    return request.app.state.store


def _day(value: str | None, name: str) -> dt.date | None:
    try:
        return parse_day(value, name)
    except ValueError as exc:
        raise BadFilter(str(exc)) from None


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def yes_no(value: str | None, name: str) -> bool | None:
    if value is None or not value.strip():
        return None
    low = value.strip().lower()
    if low in YES:
        return True
    if low in NO:
        return False
    raise BadFilter(f"{name} must be yes or no, not {value!r}")


def event_search(
    date_from: Annotated[str | None, Query(description="events ending on or after this day (YYYY-MM-DD)")] = None,
    date_to: Annotated[str | None, Query(description="events starting on or before this day (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(description="country name (exact, any case)")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name (actor 1, 2 or associated)")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type, e.g. Battles")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    has_fatalities: Annotated[str | None, Query(description="yes: best estimate above 0; no: none")] = None,
    source: Annotated[str | None, Query(description="part of the publisher, article URL or source location")] = None,
) -> EventSearch:
    """The event filters of a request (empty values mean no filter)."""
    start, end = _day(date_from, "date_from"), _day(date_to, "date_to")
    if start and end and end < start:
        raise BadFilter(f"date_to ({end}) is before date_from ({start})")
    ledger = EventFilter(date_from=start, date_to=end, country=_clean(country), actor=_clean(actor),
                         event_type=_clean(event_type), sub_event_type=_clean(sub_event_type))
    return EventSearch(ledger=ledger, has_fatalities=yes_no(has_fatalities, "has_fatalities"), source=_clean(source))


@dataclass
class Paging:
    sort: str
    descending: bool
    limit: int
    offset: int


def event_paging(
    sort: Annotated[str, Query(description=f"one of {', '.join(EVENT_SORTS)}")] = "date_start",
    order: Annotated[str, Query(description="asc or desc")] = "desc",
    limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Paging:
    if sort not in EVENT_SORTS:
        raise BadFilter(f"cannot sort by {sort!r}", hint=f"sort is one of {', '.join(EVENT_SORTS)}")
    if order not in ("asc", "desc"):
        raise BadFilter(f"order must be asc or desc, not {order!r}")
    return Paging(sort=sort, descending=order == "desc", limit=limit, offset=offset)


@dataclass
class RecordPaging:
    limit: int
    offset: int


def record_paging(limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
                  offset: Annotated[int, Query(ge=0)] = 0) -> RecordPaging:
    return RecordPaging(limit, offset)


def clean(value: str | None) -> str | None:
    return _clean(value)
