"""The capture of an opponent's equipment ('downed and captured a drone', 'seized an army jeep') is coded as
ACLED codes it, Looting/property destruction, above the downing; the capture of people, weapons or ground is
not — on our own sentences."""

from __future__ import annotations


def first(parse, text: str):  # type: ignore[no-untyped-def]
    events = parse(text, "2024-05-16")._.events
    return (events[0].sub_event_type, events[0].actor1, events[0].actor2) if events else None


def test_a_captured_drone_is_property_seized(parse) -> None:  # type: ignore[no-untyped-def]
    got = first(parse, "On 2 May 2024, Hezbollah fighters downed and captured an Israeli Hermes drone near Bint Jbeil.")
    assert got is not None and got[0] == "Looting/property destruction" and got[2] == "Military Forces of Israel"
    got = first(parse, "On 2 May 2024, a Russian army truck was seized by Ukrainian troops near Vovchansk.")
    assert got is not None and got[0] == "Looting/property destruction"


def test_a_downed_drone_alone_stays_disrupted_weapons_use(parse) -> None:  # type: ignore[no-untyped-def]
    got = first(parse, "On 2 May 2024, Hezbollah fighters shot down an Israeli Hermes drone near Bint Jbeil.")
    assert got is not None and got[0] == "Disrupted weapons use"


def test_captured_ground_or_people_is_no_seizure_of_property(parse) -> None:  # type: ignore[no-untyped-def]
    got = first(parse, "On 2 May 2024, Russian troops captured the town of Ocheretyne.")
    assert got is None or got[0] != "Looting/property destruction"
    got = first(parse, "On 2 May 2024, Ukrainian troops captured three Russian soldiers near Vovchansk.")
    assert got is None or got[0] != "Looting/property destruction"
