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


def no_looting(parse, text: str) -> bool:  # type: ignore[no-untyped-def]
    return all(e.sub_event_type != "Looting/property destruction" for e in parse(text, "2024-05-16")._.events)


def test_police_and_customs_seizures_are_no_looting(parse) -> None:  # type: ignore[no-untyped-def]
    """The seizer must be a military force or an armed group: police, deputies, agents and customs enforce law."""
    assert no_looting(parse, "County deputies seized a pickup truck and 12 pounds of heroin during a traffic stop "
                             "near Bakersfield on Friday.")
    assert no_looting(parse, "Federal agents seized two trucks loaded with marijuana near Laredo on Friday.")
    assert no_looting(parse, "Customs officers in Chad confiscated a truck carrying smuggled cigarettes near the "
                             "border with Cameroon, officials said.")


def test_a_camera_that_captured_a_car_seized_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    assert no_looting(parse, "A traffic camera captured the car speeding through a red light in Flint on Friday, "
                             "police said.")


def test_what_is_seized_is_the_head_noun_not_a_modifier(parse) -> None:  # type: ignore[no-untyped-def]
    """'a car carrier ship' is a ship; 'a truck driver' a person."""
    assert no_looting(parse, "Houthi fighters seized a car carrier ship off Hodeidah on Sunday.")
    assert no_looting(parse, "Houthi fighters seized a truck driver near Marib on Sunday.")
    got = first(parse, "On 2 May 2024, Hezbollah fighters downed and captured an Israeli surveillance UAV west of "
                       "Bint Jbeil.")
    assert got is not None and got[0] == "Looting/property destruction"
