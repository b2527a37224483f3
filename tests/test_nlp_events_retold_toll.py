"""A lede tells a strike with no word on casualties; a later paragraph gives the toll of a strike of the same kind
at the same place, with no agent and not told as another one: it is the lede's event told again, and its toll
is that event's.  The lede's event stays the story's first."""

from __future__ import annotations

LEDE = ("A Russian drone strike hit a grain warehouse in Balakliia on Tuesday. There was no immediate word on "
        "casualties.\n\nMoscow said its forces had repelled three Ukrainian assaults further east.\n\n")


def test_the_later_toll_is_the_ledes_event(parse) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "Local officials said three farm workers were killed in the drone strike in Balakliia."
    events = parse(text, "2024-05-16")._.events
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Russia" and events[0].fatalities.best == 3
    assert events[0].date.start.isoformat() == "2024-05-14"


def test_another_strike_at_the_same_place_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "Local officials said three farm workers were killed in another drone strike in Balakliia."
    events = parse(text, "2024-05-16")._.events
    assert len(events) == 2 and events[0].fatalities.best is None and events[1].fatalities.best == 3


def test_a_lede_with_its_own_toll_keeps_it(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("A Russian drone strike hit a grain warehouse in Balakliia on Tuesday, killing a guard.\n\n"
            "Local officials said three farm workers were killed in a drone strike in Balakliia.")
    events = parse(text, "2024-05-16")._.events
    assert events[0].fatalities.best == 1
