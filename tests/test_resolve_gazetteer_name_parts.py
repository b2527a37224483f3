"""Names the gazetteer lacks, resolved from a known part; curated places in the admin1 focus."""

from __future__ import annotations

from newsledger.resolve.geo_context import resolve_names


def test_facility_after_a_county_resolves_to_the_county() -> None:
    jail, state = resolve_names(["Henderson County Jail", "Kentucky"])
    assert jail is not None and jail.feature == "ADM2" and jail.admin1_code == "KY"
    assert jail.matched == "part" and state is not None


def test_compass_word_and_of_forms() -> None:
    south = resolve_names(["South Philadelphia", "Pennsylvania"])[0]
    assert south is not None and south.name == "Philadelphia"
    republic = resolve_names(["Republic of Armenia"])[0]
    assert republic is not None and republic.country_code == "AM"


def test_a_street_is_not_guessed_from_its_name() -> None:
    assert resolve_names(["Al Sikkah street", "Gaza City"])[0] is None


def test_part_guess_outside_the_articles_countries_is_dropped() -> None:
    assert resolve_names(["Wadi Qorblemash", "Gaza City", "Khan Younis"])[0] is None


def test_curated_neighbourhood_wins_in_a_gaza_city_story() -> None:
    chosen = resolve_names(["Gaza - Nasr", "Gaza City", "Gaza Strip"])
    assert chosen[0] is not None and chosen[0].feature == "neighbourhood"
    assert chosen[1] is not None and chosen[1].source == "local"
