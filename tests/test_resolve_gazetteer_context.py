"""Disambiguation by the article's context, and the feature -> geo_precision mapping."""

from __future__ import annotations

from newsledger.records import PlaceResolution
from newsledger.resolve.gazetteer import haversine_km
from newsledger.resolve.geo_context import context_from_names, geo_precision, resolve_names, resolve_place


def _country(names: list[str], index: int) -> str | None:
    chosen = resolve_names(names)[index]
    return chosen.country_code if chosen else None


def test_rafah_follows_the_articles_country_focus() -> None:
    assert _country(["Rafah", "Khan Younis", "Gaza Strip"], 0) == "PS"
    assert _country(["Rafah", "Sinai", "Egypt", "Cairo"], 0) == "EG"


def test_pokrovsk_in_a_ukraine_story_is_in_ukraine() -> None:
    assert _country(["Pokrovsk", "Donetsk Oblast", "Ukraine", "Kramatorsk"], 0) == "UA"
    assert _country(["Pokrovsk", "Yakutsk", "Russia", "Sakha"], 0) == "RU"


def test_us_town_name_in_a_us_story_is_in_the_us() -> None:
    assert _country(["Toledo", "Sandusky", "Findlay"], 0) == "US"
    assert _country(["Toledo", "Segovia", "Cuenca"], 0) == "ES"


def test_resolve_place_with_context_object() -> None:
    context = context_from_names(["Gaza Strip", "Khan Younis"])
    resolution = resolve_place("Rafah", context)
    assert resolution is not None and resolution.country_code == "PS"


def test_city_dash_neighbourhood_resolves_to_the_neighbourhood() -> None:
    resolution = resolve_place("Gaza - Shujaiyya")
    assert resolution is not None
    assert resolution.feature == "neighbourhood"
    assert haversine_km(resolution.latitude, resolution.longitude, 31.5, 34.47) < 5


def test_unknown_place_is_not_resolved() -> None:
    assert resolve_place("Qorblemash Heights") is None


def _resolution(feature: str) -> PlaceResolution:
    return PlaceResolution(name="x", latitude=0.0, longitude=0.0, feature=feature, source="test")


def test_geo_precision_by_feature() -> None:
    assert geo_precision(_resolution("PPL")) == 1
    assert geo_precision(_resolution("camp")) == 1
    assert geo_precision(_resolution("neighbourhood")) == 1
    assert geo_precision(_resolution("corridor")) == 2
    assert geo_precision(_resolution("ADM1")) == 3
    assert geo_precision(_resolution("PCLI")) == 3
    assert geo_precision(_resolution("neighbourhood"), approximate=True) == 2
    assert geo_precision(_resolution("ADM1"), approximate=True) == 3
    assert geo_precision(None) is None


def test_a_town_wins_over_the_region_named_after_it_by_a_short_name() -> None:
    [kherson] = resolve_names(["Kherson"])
    assert kherson is not None and kherson.feature.startswith("PPL")  # the town, not "Khersonska oblast"


def test_a_village_sharing_a_regions_short_name_does_not_win() -> None:
    [place] = resolve_names(["Zaporizhzhia"])
    assert place is not None and not (place.feature.startswith("PPL") and (place.population or 0) < 20_000)
