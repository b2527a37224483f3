"""A seizure or control verb whose object is a place ('seized the town of X', 'overran an army base', 'took
control of the village') is Battles / Non-state actor overtakes territory, or Government regains territory when
a state's forces retake it; the seizure of equipment stays Looting/property destruction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "M23 rebels seized the town of Rubaya on Thursday.",
    "M23 rebels overran an army base near Rubaya on Thursday.",
    "M23 rebels took control of the village of Rubaya on Thursday after clashes with soldiers.",
])
def test_a_non_state_actor_takes_a_place(parse, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = parse(sentence, "2024-05-04")._.events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Non-state actor overtakes territory")]


def test_the_army_retakes_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    events = parse("The Congolese army recaptured Rubaya on Saturday.", "2024-05-04")._.events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Government regains territory")]


def test_seized_equipment_stays_looting(parse) -> None:  # type: ignore[no-untyped-def]
    events = parse("M23 rebels seized two army trucks near Rubaya on Thursday.", "2024-05-04")._.events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_territory_needs_an_armed_taker_and_foreign_forces_overtake(parse) -> None:  # type: ignore[no-untyped-def]
    [event] = parse("Russian forces captured the village of Ocheretyne in Donetsk region on Sunday.", "2024-05-16")._.events
    assert (event.event_type, event.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    police = parse("Police cleared the protest camp at the university in Boston on Tuesday and took control of the "
                   "area.", "2024-05-16")._.events
    assert all(e.event_type != "Battles" for e in police)
    assert not parse("Democrats captured the district in a special election in Ohio on Tuesday.", "2024-05-16")._.events
