"""Towns the small model tags as a one-word PERSON (or NORP) are places after a locative preposition or as
the object of a strike ("shelled Avdiivka"), and a place name never runs across a paragraph break."""

from __future__ import annotations


def test_places_town_tagged_person_after_preposition(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Artillery hit residential districts of Kherson on Thursday, the governor said.")
    place = next(p for p in doc._.places if p.text == "Kherson")
    assert place.resolved and place.resolution is not None and place.resolution.country == "Ukraine"
    assert not any(p.text == "Kherson" for p in parse("Kherson Smith said on Thursday he would run.")._.places)


def test_places_person_tagged_name_after_preposition_and_modifier(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp("Troops patrolled the market.\n\nIn neighbouring Niger, gunmen killed 14 people on Monday.")
    assert [(p.text, p.resolution.country_code if p.resolution else None) for p in doc._.places] == [("Niger", "NE")]


def test_places_do_not_cross_paragraphs(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Drones were launched toward the Mykolaiv region.\n\nThe mayor said schools would close.")
    assert all("\n" not in p.text for p in doc._.places)
    assert any(p.text == "Mykolaiv region" for p in doc._.places)


def test_places_town_tagged_as_a_people_after_preposition(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp("Gunmen attacked an army post in Kidal on Monday.")
    assert [(p.text, p.resolution.country_code if p.resolution else None) for p in doc._.places] == [("Kidal", "ML")]
    assert not places_nlp("The leaflet was printed in Russian and in French.")._.places  # languages stay out


def test_places_town_as_the_object_of_a_strike(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp("Russian forces shelled Avdiivka overnight, officials said.")
    assert [(p.text, p.resolution.country_code if p.resolution else None) for p in doc._.places] == [
        ("Avdiivka", "UA")]
    doc = places_nlp("Officer Ann Bell chased a suspect. The suspect struck Bell with a pipe.")
    assert not [p for p in doc._.places if p.text == "Bell"]  # a surname the story gives in full


def test_places_a_politician_attacked_is_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    assert not places_nlp("Critics attacked Obama over the deal on Monday.")._.places
