"""Which place of a sentence is an event's location: not a street or building named after a town, not a
namesake abroad when the story's country is named beside it."""

from __future__ import annotations

from newsledger.nlp.event_mentions import (
    names_a_facility,
    outside_the_story,
    story_country,
)
from newsledger.records import PlaceMention, PlaceResolution


def mention(text: str, phrase: str, country: str | None = None, lat: float = 0.0) -> PlaceMention:
    start = text.index(phrase)
    resolution = PlaceResolution(name=phrase, country_code=country, latitude=lat, longitude=0.0, source="test") \
        if country else None
    return PlaceMention(id=phrase, text=phrase, start=start, end=start + len(phrase), resolution=resolution)


def test_location_street_named_after_a_town_is_no_location() -> None:
    text = "A drone hit a car at Nablus roundabout and later struck Hebron."
    assert names_a_facility(text, mention(text, "Nablus"))
    assert not names_a_facility(text, mention(text, "Hebron"))
    town = "Shells hit a Hebron school and the Jenin market."
    assert not names_a_facility(town, mention(town, "Hebron"))
    assert not names_a_facility(town, mention(town, "Jenin"))


def test_location_namesake_abroad_loses_to_the_story_country() -> None:
    text = "Jets struck a house in Karama north of Riverton, near Lakeside."
    karama = mention(text, "Karama", "JO")
    riverton, lakeside = mention(text, "Riverton", "PS"), mention(text, "Lakeside", "PS")
    sentence = [karama, riverton, lakeside]
    assert outside_the_story(karama, sentence, story_country(sentence))
    assert not outside_the_story(riverton, sentence, story_country(sentence))
    alone = [karama]
    assert not outside_the_story(karama, alone, story_country(alone))


def test_location_town_before_a_building_stays_the_location(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("On 14 May 2024, Israeli artillery shelled a Beit Lahia school, killing 3 people.",
                "2024-05-16")._.events
    assert e.location.name is not None and e.location.latitude is not None and abs(e.location.latitude - 31.55) < 0.05


def test_location_road_named_after_a_town_even_with_an_article() -> None:
    text = "Shells fell near the Hebron road and on a house in Jenin."
    assert names_a_facility(text, mention(text, "Hebron"))  # a street word: article or not
    assert not names_a_facility(text, mention(text, "Jenin"))


def test_location_street_named_after_a_country_is_not_the_location(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Shelling hit Khan Younis on Sunday.\n\nOn Monday, two people were killed by drone fire near Egypt roundabout."
    events = parse(text, "2024-05-16")._.events
    assert all(e.location.country != "Egypt" for e in events)


def test_location_road_named_after_a_nearby_town_is_near_it(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed three traders in Borno on Sunday.\n\n"
            "On Monday, gunmen ambushed a convoy on the Maiduguri road, killing five soldiers.")
    events = parse(text, "2024-05-16")._.events
    convoy = next(e for e in events if e.fatalities.best == 5)
    assert convoy.location.name == "Maiduguri" and convoy.location.geo_precision == 2


def test_location_a_namesake_abroad_is_not_the_place_told_relative_to_an_anchor(parse) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2024, Israeli soldiers shot a farmer in the Irbid area north of Hebron, killing him."
    [e] = parse(text, "2024-05-03")._.events
    assert e.location.name == "Hebron" and e.actor2 == "Civilians (Palestine)"  # not Irbid in Jordan


def test_location_a_far_town_of_the_same_country_keeps_its_place(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("On 3 May 2024, jihadist gunmen attacked an army post in Djibo, north of Ouagadougou, killing 6 "
                "soldiers.", "2024-05-03")._.events
    assert e.location.name == "Djibo"


def test_location_a_dateline_run_into_the_text_is_where_the_story_was_filed() -> None:
    from newsledger.nlp.event_mentions import is_dateline
    from newsledger.records import PlaceMention

    def mention(text: str, name: str) -> PlaceMention:
        start = text.index(name)
        return PlaceMention(id="p1", text=name, start=start, end=start + len(name))

    for text in ("Market reopens. KHERSON -- Drones hit a market.", "May 3, 2024 KHERSON: Drones hit a market.",
                 "KHERSON, May 3 (Wire) - Drones hit a market."):
        assert is_dateline(text, mention(text, "KHERSON")), text
    text = "Drones hit a market. KHERSON officials said two people died."
    assert not is_dateline(text, mention(text, "KHERSON"))


def test_location_where_the_attacker_fired_from_is_not_where_it_hit(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("Russian artillery stationed in Oleshky shelled homes in Kherson on Friday, killing two people.",
                "2024-05-04")._.events
    assert e.location.name == "Kherson"
    [e] = parse("Ukrainian drones hit Russian troops stationed in Oleshky on Friday.", "2024-05-04")._.events
    assert e.location.name == "Oleshky"  # the target's post is where the strike happened


def test_location_a_corridor_is_an_area(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("Israeli tanks shelled the Netzarim Corridor on Friday.", "2024-05-04")._.events
    assert e.location.name == "Netzarim Corridor" and e.location.geo_precision == 2


def test_location_where_the_attacker_was_when_the_sentence_names_no_other(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("Russian soldiers positioned in Oleshky opened fire on Friday, killing two people.",
                "2024-05-04")._.events
    assert e.location.name == "Oleshky"


def test_location_the_post_of_the_attacked_in_a_passive_sentence(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("Ukrainian soldiers stationed in Vovchansk were shelled on Friday by Russian artillery firing from "
                "Belgorod.",
                "2024-05-04")._.events
    assert e.location.name == "Vovchansk"


def test_location_a_struck_town_the_model_calls_an_organisation(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = parse("Russian artillery stationed in Belgorod shelled Kharkiv on Friday, killing two people.",
                "2024-05-04")._.events
    assert e.location.name == "Kharkiv" and e.actor2 == "Civilians (Ukraine)"
