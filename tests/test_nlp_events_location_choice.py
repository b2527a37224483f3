"""Which place of a sentence is an event's location: not a bracketed qualifier of another place, not a
street or building named after a town, not a namesake abroad when the story's country is named beside it."""

from __future__ import annotations

from newsledger.nlp.event_mentions import (
    event_lexicon,
    names_a_facility,
    outside_the_story,
    qualifies_place_before,
)
from newsledger.records import PlaceMention, PlaceResolution


def mention(text: str, phrase: str, country: str | None = None, lat: float = 0.0) -> PlaceMention:
    start = text.index(phrase)
    resolution = PlaceResolution(name=phrase, country_code=country, latitude=lat, longitude=0.0, source="test") \
        if country else None
    return PlaceMention(id=phrase, text=phrase, start=start, end=start + len(phrase), resolution=resolution)


def test_location_bracketed_place_qualifies_the_one_before() -> None:
    text = "Shells fell on Old Harbour (Port Town, Coast Province) at dawn."
    harbour, town, province = (mention(text, p) for p in ("Old Harbour", "Port Town", "Coast Province"))
    places = [harbour, town, province]
    assert qualifies_place_before(text, town, places)
    assert qualifies_place_before(text, province, places)
    assert not qualifies_place_before(text, harbour, places)
    lone = "Shells fell (mostly on Port Town) at dawn."
    assert not qualifies_place_before(lone, mention(lone, "Port Town"), [mention(lone, "Port Town")])


def test_location_street_named_after_a_town_is_no_location() -> None:
    text = "A drone hit a car at the Nablus roundabout and later struck Hebron."
    assert names_a_facility(text, mention(text, "Nablus"), event_lexicon())
    assert not names_a_facility(text, mention(text, "Hebron"), event_lexicon())


def test_location_namesake_abroad_loses_to_the_story_country() -> None:
    text = "Jets struck a house in Karama north of Riverton, near Lakeside."
    karama = mention(text, "Karama", "JO")
    riverton, lakeside = mention(text, "Riverton", "PS"), mention(text, "Lakeside", "PS")
    sentence = [karama, riverton, lakeside]
    assert outside_the_story(karama, sentence, sentence)
    assert not outside_the_story(riverton, sentence, sentence)
    alone = [karama]
    assert not outside_the_story(karama, alone, alone)
