"""A place's name followed by a disease word names the disease ("West Nile virus"); regional
demonyms the country lists lack ("Kansans", "Arkansan", "Vermonters") name their region; world regions and
oceans the GeoNames data lacks resolve to curated entries; a city the model took for an ORG is a place
after "between" or coordinated with a place it did label."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.resolve.geo_context import resolve_names, resolve_place


def _found(nlp: Language, text: str) -> list[str]:
    return [p.text for p in nlp(text)._.places or []]


def test_disease_named_after_a_place_is_no_mention(places_nlp: Language) -> None:
    found = _found(places_nlp, "Vets in Ohio traced a West Nile virus outbreak among horses, and clinics near "
                               "Kampala isolated a Marburg virus patient.")
    assert "Ohio" in found and "Kampala" in found
    assert "West Nile" not in found and "Marburg" not in found


def test_the_same_region_without_a_disease_word_is_a_mention(places_nlp: Language) -> None:
    found = _found(places_nlp, "Flooding in the West Nile region of Uganda displaced families in Arua.")
    assert "West Nile" in found


@pytest.mark.parametrize(("demonym", "country", "admin1"), [
    ("Kansans", "US", "KS"), ("Arkansan", "US", "AR"), ("Vermonters", "US", "VT"), ("New Yorker", "US", "NY")])
def test_regional_demonym_names_its_region(demonym: str, country: str, admin1: str) -> None:
    place = resolve_names([demonym])[0]
    assert place is not None and place.feature == "ADM1"
    assert (place.country_code, place.admin1_code) == (country, admin1)


def test_a_name_ending_like_a_demonym_is_not_forced_onto_a_region() -> None:
    assert resolve_names(["Packers"])[0] is None
    assert all(place is None for place in resolve_names(["Southerners", "Westerners", "Coasters"]))


@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Pacific Ocean", 0.0, -160.0), ("East Asia", 35.0, 115.0), ("Southern Europe", 41.0, 15.0)])
def test_world_regions_and_oceans_resolve(name: str, lat: float, lon: float) -> None:
    place = resolve_place(name)
    assert place is not None and (place.latitude, place.longitude) == (lat, lon)


def test_demonym_of_a_curated_world_region() -> None:
    place = resolve_place("North African")
    assert place is not None and place.name == "North Africa"


@pytest.mark.parametrize(("text", "city"), [
    ("Buses between Lusaka and Ndola were cancelled, Zambian officials said.", "Lusaka"),
    ("Flights between Harare and Bulawayo resumed in Zimbabwe on Monday.", "Harare"),
    ("Rail links to Zambia and Lusaka were cut.", "Lusaka"),
    ("The storm hit Zimbabwe and Harare lost power for hours.", "Harare")])
def test_city_tagged_org_between_or_beside_a_place_is_a_place(places_nlp: Language, text: str, city: str) -> None:
    assert city in _found(places_nlp, text)


def test_people_and_companies_between_or_beside_are_not_places(places_nlp: Language) -> None:
    assert _found(places_nlp, "A summit between Bush and Putin took place in Helsinki.") == ["Helsinki"]
    assert _found(places_nlp, "Talks between Google and Apple stalled in California.") == ["California"]


@pytest.mark.parametrize("text", ["Kerala farmers said the Centre had ignored their letters.",
                                  "Kerala doctors said the Ebola tests had come back negative."])
def test_government_or_disease_labelled_a_place_is_no_place(places_nlp: Language, text: str) -> None:
    """Indian English "the Centre" is the Union government and "Ebola" the disease, even where the
    model labels them GPE."""
    from spacy.tokens import Span

    with places_nlp.select_pipes(disable=["newsledger_place_mentions"]):
        doc = places_nlp(text)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 4, 5, label="GPE")]
    doc = places_nlp.get_pipe("newsledger_place_mentions")(doc)
    assert [p.text for p in doc._.places] == ["Kerala"]
