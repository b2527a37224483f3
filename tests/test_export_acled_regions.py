"""ACLED's region column from the country: UN subregions for most of the world, ACLED's own split of Africa,
Latin America and the Caucasus, and nothing for a country the package does not know."""

from __future__ import annotations

import pytest

from newsledger.export.acled import acled_region


@pytest.mark.parametrize(("country", "region"), [
    ("Syria", "Middle East"), ("Iran", "Middle East"), ("Armenia", "Caucasus and Central Asia"),
    ("Nigeria", "Western Africa"), ("Chad", "Middle Africa"), ("Uganda", "Eastern Africa"),
    ("Namibia", "Southern Africa"), ("Libya", "Northern Africa"), ("Honduras", "Central America"),
    ("Peru", "South America"), ("Jamaica", "Caribbean"), ("Nepal", "South Asia"), ("Laos", "Southeast Asia"),
    ("Mongolia", "East Asia"), ("Poland", "Europe"), ("Canada", "North America"), ("Fiji", "Oceania"),
])
def test_region_of_a_country(country: str, region: str) -> None:
    assert acled_region(country) == region


def test_region_unknown_country_is_empty() -> None:
    assert acled_region("Freedonia") is None and acled_region(None) is None and acled_region("") is None
