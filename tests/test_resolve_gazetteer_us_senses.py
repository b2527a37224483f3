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


def test_town_in_a_california_story_is_in_california() -> None:
    valencia, state = resolve_names(["Valencia", "Calif.", "Santa Clarita"])[:2]
    assert valencia is not None and (valencia.country_code, valencia.admin1_code) == ("US", "CA")
    assert state is not None and state.feature == "ADM1"


def test_admin1_qualifier_decides() -> None:
    for abbreviation, code in (("Tenn.", "TN"), ("Ala.", "AL")):
        text = f"A teacher from Jasper, {abbreviation}, won the state spelling prize on Friday."
        names = ["Jasper", abbreviation]
        town = resolve_names(names, text=text, spans=_spans(text, names))[0]
        assert town is not None and (town.country_code, town.admin1_code) == ("US", code)


def test_neighbouring_towns_support_each_other() -> None:
    alone = resolve_names(["Bethlehem"])[0]
    assert alone is not None and alone.country_code != "US"
    chosen = resolve_names(["Bethlehem", "Allentown", "Easton"])
    assert all(c is not None and (c.country_code, c.admin1_code) == ("US", "PA") for c in chosen)
