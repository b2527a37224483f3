"""A casualty sentence whose only event word is a definite reference to an event already told ("killed in the
clashes", "the strike killed"), with no agent or place of its own, is that event's toll: it joins the event
told just before it (same or previous paragraph); "another attack" or "elsewhere" tells a new one."""

from __future__ import annotations

LEDE = ("Rebels of the M23 movement seized the town of Rubaya on Thursday after two days of fighting with the "
        "Congolese army, residents said.\n\n")


def test_a_definite_reference_gives_the_toll_of_the_event_told(parse) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "At least 11 soldiers were killed in the clashes, according to a local councillor."
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 1
    assert events[0].actor1 == "M23: March 23 Movement" and events[0].location.name == "Rubaya"
    assert events[0].fatalities.best == 11 and events[0].date.start.isoformat() == "2024-05-02"


def test_another_clash_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "Elsewhere, at least 11 soldiers were killed in clashes, according to a local councillor."
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 2 and events[0].fatalities.best is None
