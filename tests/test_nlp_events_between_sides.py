"""'Clashes between X and Y': the actors joined by 'and' after 'between' are the two sides of the fight (actor1,
actor2) when they are a state's forces and a non-state group, or two states' forces; not associated actors —
on our own sentences."""

from __future__ import annotations


def coded(parse, text: str):  # type: ignore[no-untyped-def]
    e = parse(text, "2024-05-16")._.events[0]
    return e.sub_event_type, e.actor1, e.actor2, e.assoc_actor_1


def test_clashes_between_troops_and_a_group_have_two_sides(parse) -> None:  # type: ignore[no-untyped-def]
    got = coded(parse, "On 3 May 2024, heavy clashes occurred between Somali troops and Al Shabaab in Afgooye. "
                       "Casualties unknown.")
    assert got[:3] == ("Armed clash", "Military Forces of Somalia", "Al Shabaab") and not got[3]


def test_a_bracketed_guess_does_not_hide_the_other_side(parse) -> None:  # type: ignore[no-untyped-def]
    got = coded(parse, "On 3 May 2024, an exchange of fire occurred between Ukrainian troops (likely the Ukrainian "
                       "army) and Russian forces near Vovchansk.")
    assert got[:3] == ("Armed clash", "Military Forces of Ukraine", "Military Forces of Russia") and not got[3]
