"""Names the gazetteer lacks, resolved from a known part; curated places in the admin1 focus."""

from __future__ import annotations

import pytest

from newsledger.resolve.geo_context import name_part_words, resolve_names


def test_facility_after_a_county_resolves_to_the_county() -> None:
    jail, town = resolve_names(["Pike County Jail", "Elkhorn City"])  # Pike County of Kentucky, not of another state
    assert jail is not None and jail.feature == "ADM2" and jail.admin1_code == "KY"
    assert jail.matched == "part" and town is not None


def test_compass_word_and_of_forms() -> None:
    west = resolve_names(["West Tucson"])[0]
    assert west is not None and west.name == "Tucson" and west.matched == "part"
    republic = resolve_names(["Republic of Estonia"])[0]
    assert republic is not None and republic.country_code == "EE"


def test_a_facility_resolves_to_its_town() -> None:
    airport = resolve_names(["Boise Airport"])[0]
    assert airport is not None and airport.name == "Boise" and airport.admin1_code == "ID"


@pytest.mark.parametrize("name", ["Tacoma Times", "Bank of Ghana", "Tulsa University", "Sandusky Yacht Club",
                                  "Yukon River", "Lake Segovia", "Gulf of Cuenca"])
def test_organisations_and_waters_are_not_guessed_from_their_place_name(name: str) -> None:
    assert resolve_names([name])[0] is None


def test_name_part_words_are_read_from_the_data_file() -> None:
    words = name_part_words()
    assert "south" in words["compass"] and "street" in words["street"]
    assert "university" in words["organisation"] and "river" in words["landform"]


def test_a_street_is_not_guessed_from_its_name() -> None:
    assert resolve_names(["Al Sikkah street", "Gaza City"])[0] is None


def test_part_guess_outside_the_articles_countries_is_dropped() -> None:
    assert resolve_names(["Wadi Qorblemash", "Gaza City", "Khan Younis"])[0] is None


def test_curated_neighbourhood_wins_in_a_gaza_city_story() -> None:
    chosen = resolve_names(["Gaza - Nasr", "Gaza City", "Gaza Strip"])
    assert chosen[0] is not None and chosen[0].feature == "neighbourhood"
    assert chosen[1] is not None and chosen[1].source == "local"
