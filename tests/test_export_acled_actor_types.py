"""ACLED's actor types (inter1/inter2) and interaction in the events export, derived from the actor table."""

from __future__ import annotations

import csv
import io

import pytest

import ledger_fixtures
from ledger_fixtures import result_for
from newsledger.export.ledger_export import export_ledger
from newsledger.resolve.actors import acled_actor_type, acled_interaction
from newsledger.store import Store
from newsledger.store.canonical import merge_events
from newsledger.store.write import save_result

store = ledger_fixtures.store  # the parametrised fixture: SQLite and PostgreSQL


@pytest.mark.parametrize(("actor", "country", "expected"), [
    ("Military Forces of Sudan", "Sudan", "State forces"),
    ("Military Forces of Sudan (2019-)", "Sudan", "State forces"),  # ACLED's period suffix
    ("Police Forces of Kenya", "Kenya", "State forces"),  # built from a demonym, not in the alias table
    ("Military Forces of Russia", "Ukraine", "External/Other forces"),  # a state's forces abroad
    ("Rapid Support Forces", "Sudan", "Rebel group"),
    ("Unidentified Armed Group (Chad)", "Chad", "Political militia"),
    ("Civilians (Chad)", "Chad", "Civilians"),
    ("Protesters (Kenya)", "Kenya", "Protesters"),
    ("Wagner Group", "Mali", "External/Other forces"),
    ("Northern Valley Defence League", "Kenya", None),  # unknown: no guess
    (None, "Kenya", None),
])
def test_actor_type_follows_the_table_kind_and_the_event_country(actor: str | None, country: str,
                                                                 expected: str | None) -> None:
    assert acled_actor_type(actor, country) == expected


def test_interaction_orders_the_pair_as_the_codebook_does() -> None:
    assert acled_interaction("Civilians", "State forces") == "State forces-Civilians"
    assert acled_interaction("External/Other forces", "Rebel group") == "Rebel group-External/Other forces"
    assert acled_interaction("Rebel group", "Rebel group") == "Rebel group-Rebel group"
    assert acled_interaction("Protesters", None) == "Protesters only"
    assert acled_interaction(None, None) is None


def test_events_export_fills_inter_columns(store: Store) -> None:
    abroad = result_for("Russian jets struck a market in the town of Ostrovets on Monday, killing five people.",
                        actor1="Military Forces of Russia", place="Ostrovets", country="Ukraine", lat=48.0, lon=37.0)
    abroad.events[0].actor2 = "Civilians (Ukraine)"
    unknown = result_for("Gunmen of the Valley League raided Amsel on Sunday, killing three people.",
                         actor1="Valley League", place="Amsel", country="Kenya", lat=1.0, lon=36.0)
    unknown.events[0].actor2 = "Civilians (Kenya)"
    alone = result_for("Soldiers fired shells at Quillon on Friday, killing two people.", actor1="Military Forces of Kenya",
                       place="Quillon", country="Kenya", lat=1.5, lon=36.5, published="2024-05-11")
    for n, result in enumerate((abroad, unknown, alone)):
        save_result(store, result, source=f"{n}.txt")
    merge_events(store)
    out = io.StringIO()
    export_ledger(store, stream=out, what="events", fmt="csv")
    rows = {r["location"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (rows["Ostrovets"]["inter1"], rows["Ostrovets"]["inter2"]) == ("External/Other forces", "Civilians")
    assert rows["Ostrovets"]["interaction"] == "Civilians-External/Other forces"
    assert rows["Amsel"]["inter1"] == "" and rows["Amsel"]["inter2"] == "Civilians"
    assert rows["Amsel"]["interaction"] == ""  # one side unknown: no pair is claimed
    assert rows["Quillon"]["inter1"] == "State forces" and rows["Quillon"]["interaction"] == "State forces only"
    assert (rows["Ostrovets"]["region"], rows["Quillon"]["region"]) == ("Europe", "Eastern Africa")
