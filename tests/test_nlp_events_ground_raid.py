"""'Raid' alone does not say from the air: a raid by armed men on a village that kills civilians is Violence
against civilians / Attack; a raid by warplanes stays an Air/drone strike (told by the aircraft word)."""

from __future__ import annotations


def test_a_raid_on_a_village_is_an_attack(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Wagner fighters killed nine herders in a raid on a village near Mopti on Friday."
    events = parse(text, "2024-05-04")._.events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_a_raid_by_warplanes_is_an_air_strike(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Warplanes of the Malian army launched a raid on a village near Mopti on Friday, killing nine herders."
    events = parse(text, "2024-05-04")._.events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
