"""Region qualifiers in any span order, a region qualified by its country, plural and regional
demonyms, landform names, division-type names and spelling guesses outside the article's countries."""

from __future__ import annotations

from newsledger.resolve.gazetteer import get_gazetteer
from newsledger.resolve.geo_context import lookup, resolve_names


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_region_qualified_by_its_country_is_that_region() -> None:
    text = "The champion grew up in Queensland, Australia before moving abroad."
    chosen = resolve_names(["Queensland", "Australia"], text=text, spans=_spans(text, ["Queensland", "Australia"]))
    assert chosen[0] is not None and (chosen[0].feature, chosen[0].country_code) == ("ADM1", "AU")


def test_qualifier_applies_whatever_the_order_of_the_spans() -> None:
    text = "Crews drove from Richmond, Virginia to a depot near Lexington, Kentucky on Monday."
    names = ["Kentucky", "Lexington", "Virginia", "Richmond"]
    chosen = resolve_names(names, text=text, spans=_spans(text, names))
    assert chosen[3] is not None and chosen[3].admin1_code == "VA"
    assert chosen[1] is not None and chosen[1].admin1_code == "KY"


def test_list_of_two_states_is_not_a_qualifier() -> None:
    text = "Storms crossed Alabama, Georgia and the Carolinas."
    chosen = resolve_names(["Alabama", "Georgia"], text=text, spans=_spans(text, ["Alabama", "Georgia"]))
    assert chosen[0] is not None and chosen[0].feature == "ADM1"


def test_plural_demonym_names_the_country() -> None:
    assert get_gazetteer().demonym_country("Latvians") == "LV"
    assert get_gazetteer().demonym_country("Swiss") != "SW"  # no plural to strip


def test_regional_demonym_names_the_region() -> None:
    found = lookup("Tasmanians")
    assert found and found[0].name == "Tasmania" and found[0].feature == "ADM1"
    assert not lookup("Qwertyian")


def test_river_is_not_a_county_by_its_short_alias() -> None:
    assert all(c.feature != "ADM2" for c in lookup("Red River"))


def test_province_name_is_not_guessed_as_a_town() -> None:
    found = lookup("Kunduz Province")
    assert found and all(c.feature not in ("PPL", "PPLC") for c in found)  # the province, not Kunduz town


def test_spelling_guess_abroad_is_left_unresolved() -> None:
    names = ["Muskoka", "Toronto", "Ontario", "Barrie"]
    chosen = resolve_names(names)
    assert chosen[0] is None or chosen[0].country_code == "CA"


def test_country_named_in_the_plural_is_no_demonym() -> None:
    assert get_gazetteer().demonym_country("Philippines") is None
    assert get_gazetteer().demonym_country("Germans") == "DE"

