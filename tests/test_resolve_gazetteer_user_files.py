"""User gazetteer files (NEWSLEDGER_GAZETTEER): loaded like the curated file; errors name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import DataFileError
from newsledger.resolve.gazetteer import Gazetteer, get_gazetteer, read_place_file
from newsledger.resolve.geo_context import resolve_place

HEADER = "name,alternate_names,kind,country_code,admin1,lat,lon,source\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "my_places.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_user_place_is_resolved(tmp_path: Path) -> None:
    path = _write(tmp_path, "Brindlemoor Depot,Brindlemoor|Brindle Moor,depot,UA,Kharkiv Oblast,49.9,36.3,my notes\n")
    gazetteer = Gazetteer(index_path=get_gazetteer().index_path, user_files=[path])
    resolution = resolve_place("Brindle Moor", gazetteer=gazetteer)
    assert resolution is not None
    assert resolution.name == "Brindlemoor Depot"
    assert resolution.source == str(path)
    assert (resolution.latitude, resolution.longitude) == (49.9, 36.3)


def test_short_line_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "Good Place,,village,UA,,49.0,36.0,x\nBroken Place,,village,UA\n")
    with pytest.raises(DataFileError) as info:
        read_place_file(path)
    assert str(path) in info.value.message
    assert "line 3" in info.value.message


def test_coordinates_out_of_range_are_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "Nowhere,,village,UA,,95.0,36.0,x\n")
    with pytest.raises(DataFileError) as info:
        read_place_file(path)
    assert "line 2" in info.value.message and "out of range" in info.value.message


def test_non_numeric_coordinates_are_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "Nowhere,,village,UA,,north,36.0,x\n")
    with pytest.raises(DataFileError, match="line 2"):
        read_place_file(path)


def test_wrong_header_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("place,lat,lon\nX,1,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        read_place_file(path)


def test_curated_file_is_valid() -> None:
    rows = read_place_file(Path(__file__).resolve().parents[1] / "src/newsledger/data/places_local.csv")
    assert rows
    assert all(row["source"] for row in rows), "every curated coordinate needs a public source"
