"""``merge_events`` and ``undo_merge`` on the ledger (SQLite and PostgreSQL): canonical events, the
reasons of merges, claims side by side, and undo that lasts."""

from __future__ import annotations

import datetime as dt

import ledger_fixtures
from ledger_fixtures import result_for
from newsledger.store import Store
from newsledger.store.canonical import merge_events, undo_merge
from newsledger.store.query import get_canonical_event, list_canonical_events
from newsledger.store.write import save_result

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL

D = dt.date(2024, 3, 3)


def _ledger(store: Store) -> None:
    reports = [
        ("Shells hit the harbour of Port Amsel on Sunday, killing five fishermen, officials said.", 5, "2024-03-04", "A"),
        ("The toll from Sunday's shelling of Port Amsel harbour rose to seven, officials said.", 7, "2024-03-05", "B"),
        ("Shelling of the Port Amsel harbour on Sunday killed 12 people, a rebel spokesman claimed.", 12, "2024-03-05", "C"),
    ]
    for text, killed, published, outlet in reports:
        save_result(store, result_for(text, published=published, publisher=outlet, killed=killed,
                                      claim_phrase=text.split(",")[1].strip() if killed != 7 else "rose to seven",
                                      trigger=text.split(" ")[0]), source=outlet)
    other = "Police broke up a march of dock workers in Port Amsel on Sunday, detaining twenty."
    save_result(store, result_for(other, event_type="Protests", sub_event_type="Protest with intervention",
                                  actor1="Protesters (Freedonia)", killed=None), source="D")


def test_reports_of_one_incident_become_one_canonical_event(store: Store) -> None:
    _ledger(store)
    summary = merge_events(store)
    assert (summary.events, summary.canonical_events, summary.merged) == (4, 2, 2)
    page = list_canonical_events(store, sort="n_reports")
    assert [e["n_reports"] for e in page.items] == [3, 1]
    shelling = get_canonical_event(store, page.items[0]["id"])
    assert shelling is not None
    assert sorted(c["value"] for c in shelling["claims"]) == [5, 7, 12]  # every claim kept, side by side
    assert (shelling["fatalities_low"], shelling["fatalities_best"], shelling["fatalities_high"]) == (5, 7, 12)
    assert "cumulative" in shelling["fatalities_rule"]
    reasons = [d["reason"] for d in shelling["merge_decisions"] if d["linked_to"]]
    assert len(reasons) == 2 and all("score" in r for r in reasons)
    assert {a["publisher"] for a in shelling["articles"]} == {"A", "B", "C"}


def test_merge_is_idempotent_and_ids_are_stable(store: Store) -> None:
    _ledger(store)
    merge_events(store)
    first = sorted(e["id"] for e in list_canonical_events(store).items)
    merge_events(store)
    assert sorted(e["id"] for e in list_canonical_events(store).items) == first


def test_undo_splits_and_stays_split(store: Store) -> None:
    _ledger(store)
    merge_events(store)
    big = list_canonical_events(store, sort="n_reports").items[0]
    event = get_canonical_event(store, big["id"])
    assert event is not None
    leaving = event["reports"][-1]["id"]
    summary = undo_merge(store, leaving)
    assert summary.canonical_events == 3
    assert sorted(e["n_reports"] for e in list_canonical_events(store).items) == [1, 1, 2]
    merge_events(store)  # a later merge keeps the user's split
    assert sorted(e["n_reports"] for e in list_canonical_events(store).items) == [1, 1, 2]
    after = get_canonical_event(store, big["id"])
    assert after is not None and any(d["undone_at"] is not None for d in after["merge_decisions"])
    undo_merge(store, big["id"])
    assert sorted(e["n_reports"] for e in list_canonical_events(store).items) == [1, 1, 1, 1]
