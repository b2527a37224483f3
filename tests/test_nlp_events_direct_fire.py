"""Direct fire at close range ('sniped', 'with firearms') told beside remote weapons of the same actor is a
ground engagement: ACLED codes it an Armed clash, not a shelling.  Firearms turned on civilians stay an
Attack — on our own sentences."""

from __future__ import annotations


def first_type(parse, text: str) -> str | None:  # type: ignore[no-untyped-def]
    events = parse(text, "2024-05-16")._.events
    return events[0].sub_event_type if events else None


def test_sniping_beside_mortar_fire_is_an_armed_clash(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("On 3 May 2024, Al Shabaab militants fired mortars at Somali troops near Afgooye. Al Shabaab gunmen "
            "also sniped two Somali conscripts in the same area.")
    assert first_type(parse, text) == "Armed clash"


def test_firearms_beside_rockets_against_troops_is_an_armed_clash(parse) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2024, Al Shabaab militants attacked Somali troops with firearms and rockets near Afgooye."
    assert first_type(parse, text) == "Armed clash"


def test_firearms_turned_on_civilians_stay_an_attack(parse) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2024, Al Shabaab militants executed four villagers with firearms near Afgooye."
    assert first_type(parse, text) == "Attack"


def test_firearms_seized_or_possessed_tell_no_attack(parse) -> None:  # type: ignore[no-untyped-def]
    """'firearms' only sets the type of a violent act it serves; seized or possessed, it tells no attack."""
    events = parse("Police in Denver seized firearms and cash from an apartment on Oak Avenue on Tuesday and "
                   "arrested three men.", "2024-05-16")._.events
    assert [e.sub_event_type for e in events] == ["Arrests"]
    assert parse("A Dayton woman was sentenced on Thursday to eight years in prison for possessing firearms and "
                 "selling heroin.", "2024-05-16")._.events == []


def test_gunmen_with_firearms_who_kill_still_attack(parse) -> None:  # type: ignore[no-untyped-def]
    assert first_type(parse, "Gunmen with firearms killed three villagers near Jenin on Tuesday.") == "Attack"


def test_figurative_sniping_is_no_clash(parse) -> None:  # type: ignore[no-untyped-def]
    """'sniped' tells a clash only with an armed agent or people harmed."""
    assert parse("Board members sniped at one another during a tense meeting on the school budget in Columbus on "
                 "Wednesday.", "2024-05-16")._.events == []
    assert first_type(parse, "Al Shabaab gunmen sniped at Somali soldiers near Afgooye on Tuesday.") == "Armed clash"
