"""A region's demonym the country list lacks resolves to the region by the endings of
data/geo_demonym_endings.txt, also after a short stem ("Texans") or with the name's own last letter kept
("Ohioans", "Ontarians"); a first name that only looks like one ("Susan") does not."""

from __future__ import annotations

from newsledger.resolve.geo_context import lookup
from newsledger.resolve.geo_names import demonym_endings


def _first(name: str) -> tuple[str, str] | None:
    found = lookup(name)
    return (found[0].name, found[0].country_code) if found else None


def test_short_stem_demonyms_name_their_state() -> None:
    assert _first("Texans") == ("Texas", "US")
    assert _first("Iowans") == ("Iowa", "US")


def test_demonyms_that_keep_the_name_whole() -> None:
    assert _first("Ohioans") == ("Ohio", "US")
    assert _first("Ontarians") == ("Ontario", "CA")
    assert _first("Oregonians") == ("Oregon", "US")


def test_first_name_is_no_demonym() -> None:
    assert _first("Susan") is None
    assert _first("Londoners") is None  # a city's demonym stays out


def test_endings_are_read_from_the_data_file() -> None:
    endings = demonym_endings()
    assert ("ian", "ia") in endings and ("ans", "") in endings


def test_demonym_of_a_uk_nation_names_the_nation() -> None:
    assert _first("English") == ("England", "GB")
    assert _first("Welsh") == ("Wales", "GB")
