"""A town name resolved to its US sense in a US-state story, by the article's focus, by the other
places near it, or by an admin1 qualifier right after it."""

from __future__ import annotations

from newsledger.resolve.geo_context import resolve_names


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + len(name)
    return spans


def test_town_in_a_georgia_story_is_in_georgia() -> None:
    dublin, georgia = resolve_names(["Dublin", "Georgia", "Macon", "Savannah"])[:2]
    assert dublin is not None and (dublin.country_code, dublin.admin1_code) == ("US", "GA")
    assert georgia is not None and georgia.feature == "ADM1"


def test_admin1_qualifier_decides() -> None:
    text = "A teacher from Decatur, Ga., won the state spelling prize on Friday."
    names = ["Decatur", "Ga."]
    town = resolve_names(names, text=text, spans=_spans(text, names))[0]
    assert town is not None and (town.country_code, town.admin1_code) == ("US", "GA")
    other = "A teacher from Decatur, Ala., won the state spelling prize on Friday."
    names = ["Decatur", "Ala."]
    town = resolve_names(names, text=other, spans=_spans(other, names))[0]
    assert town is not None and (town.country_code, town.admin1_code) == ("US", "AL")


def test_neighbouring_towns_support_each_other() -> None:
    chosen = resolve_names(["Lebanon", "Annville", "Hershey"])
    assert all(c is not None and (c.country_code, c.admin1_code) == ("US", "PA") for c in chosen)

