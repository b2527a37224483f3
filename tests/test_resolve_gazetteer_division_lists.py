"""A name shared by a first-order division and a foreign country, among other divisions of that
country, is the division ("Florida, Georgia and South Carolina"); alone, or among other countries, it
keeps its usual sense; a capital keeps its sense even among states.  And only the capital itself is
a capital: the many smaller US towns called Washington get no capital's prior."""

from __future__ import annotations

from newsledger.resolve.gazetteer import get_gazetteer
from newsledger.resolve.gazetteer_index import capital_ids
from newsledger.resolve.geo_context import resolve_names


def _sense(chosen: object) -> tuple[str, str, str]:
    assert chosen is not None
    return (chosen.country_code, chosen.admin1_code, chosen.feature)  # type: ignore[attr-defined]


def test_georgia_among_southern_states_is_the_state() -> None:
    chosen = resolve_names(["Florida", "Georgia", "South Carolina", "Ukraine"])
    assert _sense(chosen[1]) == ("US", "GA", "ADM1")


def test_georgia_alone_or_among_countries_is_the_country() -> None:
    assert _sense(resolve_names(["Georgia"])[0])[2] == "PCLI"
    chosen = resolve_names(["Armenia", "Georgia", "Azerbaijan", "Texas"])
    assert _sense(chosen[1]) == ("GE", "", "PCLI")


def test_a_list_of_states_does_not_overturn_the_capital() -> None:
    chosen = resolve_names(["Oregon", "Idaho", "Washington", "Montana", "Nevada"])
    assert _sense(chosen[2]) == ("US", "DC", "PPLC")


def test_washington_in_a_story_about_congress_is_the_capital() -> None:
    chosen = resolve_names(["Washington", "Ohio", "Chicago", "Boston"])
    assert _sense(chosen[0]) == ("US", "DC", "PPLC")


def test_only_the_largest_namesake_is_the_capital() -> None:
    countries = {"XQ": {"iso": "XQ", "capital": "Portvale"}}
    cities = {"1": {"geonameid": 1, "name": "Portvale", "countrycode": "XQ", "population": 900},
              "2": {"geonameid": 2, "name": "Portvale", "countrycode": "XQ", "population": 250000},
              "3": {"geonameid": 3, "name": "Elmside", "countrycode": "XQ", "population": 400000}}
    assert capital_ids(countries, cities) == {2}


def test_one_washington_is_a_capital() -> None:
    capitals = [c for c in get_gazetteer().candidates("Washington") if c.feature == "PPLC"]
    assert [(c.country_code, c.admin1_code) for c in capitals] == [("US", "DC")]
