"""The read/query API the web app uses: filters, sorting, paging, counts per type and per day."""

from __future__ import annotations

import datetime as dt

import pytest

import ledger_fixtures
from ledger_fixtures import result_for
from newsledger.store import Store
from newsledger.store.query import (
    EventFilter,
    count_events_by_day,
    count_events_by_type,
    get_event,
    list_events,
    list_statements,
    list_victims,
)
from newsledger.store.write import save_result

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL

TYPES = [("Battles", "Armed clash"), ("Protests", "Peaceful protest"), ("Battles", "Armed clash")]


def _fill(store: Store) -> list[str]:
    ids = []
    for n in range(6):
        etype, sub = TYPES[n % 3]
        text = f"Item {n}: fighting was reported near Ostrel on day {n}, and \"we are afraid\" said Ada Venn {n}."
        r = result_for(text, event_type=etype, sub_event_type=sub, date=dt.date(2024, 1, 1 + n % 2),
                       killed=n, actor1="Ostrel Guard" if n < 3 else "Hill Brigade",
                       country="Kenya" if n % 2 else "Freedonia", speaker=f"Ada Venn {n}", quote="we are afraid",
                       victim=f"Ada Venn {n}")
        save_result(store, r, source=f"{n}.txt")
        ids.append(f"{r.article.id}:e1")
    return ids


def test_filters_sorting_and_paging(store: Store) -> None:
    _fill(store)
    page = list_events(store, EventFilter(event_type="battles"), sort="fatalities_best", descending=True, limit=2)
    assert page.total == 4 and [e["fatalities_best"] for e in page.items] == [5, 3]
    nxt = list_events(store, EventFilter(event_type="battles"), sort="fatalities_best", limit=2, offset=2)
    assert [e["fatalities_best"] for e in nxt.items] == [2, 0]
    assert list_events(store, EventFilter(actor="hill")).total == 3
    assert list_events(store, EventFilter(country="KENYA")).total == 3
    assert list_events(store, EventFilter(date_from=dt.date(2024, 1, 2))).total == 3
    assert all(e["publisher"] == "Valdoro Times" for e in page.items)
    with pytest.raises(ValueError):
        list_events(store, sort="no_such_column")


def test_counts_per_type_and_day(store: Store) -> None:
    _fill(store)
    by_type = count_events_by_type(store)
    assert [(r["event_type"], r["count"], r["fatalities"]) for r in by_type] == [
        ("Battles", 4, 0 + 2 + 3 + 5), ("Protests", 2, 1 + 4)]
    by_day = count_events_by_day(store, EventFilter(event_type="Battles"))
    assert [(r["day"], r["count"]) for r in by_day] == [(dt.date(2024, 1, 1), 2), (dt.date(2024, 1, 2), 2)]


def test_get_event_and_record_lists(store: Store) -> None:
    ids = _fill(store)
    assert get_event(store, "nope:e1") is None
    event = get_event(store, ids[0])
    assert event is not None and event["victims"][0]["name"] == "Ada Venn 0"
    assert event["article"]["text"].startswith("Item 0:")
    assert list_statements(store, speaker="venn 3").total == 1
    assert list_victims(store, event_id=ids[1]).items[0]["name"] == "Ada Venn 1"
    assert list_victims(store, status="killed").total == 6
