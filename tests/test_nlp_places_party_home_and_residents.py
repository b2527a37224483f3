"""A legislator's home after the party letter ("R-Moorefield", "(D-Vt.)") and a person's town before a
resident word ("a Boise man", "the 40-year-old Fresno resident") are places whatever the model
labelled them; a capitalised word the gazetteer lacks is not."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.text: (p.resolution.name if p.resolution else None) for p in nlp(text)._.places or []}


def test_party_home_is_a_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "Rep. Ann Lowe, D-Vt., and Rep. Tim Ford, R-Okla., backed the bill.")
    assert found.get("Vt.") == "Vermont" and found.get("Okla.") == "Oklahoma"
    found = _places(places_nlp, "Delegate Mark Hale, R-Moorefield, voted against the road plan.")
    assert "Moorefield" in found


def test_town_before_a_resident_word_is_a_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "A Boise man was charged on Monday with stealing a delivery van.")
    assert found.get("Boise") == "Boise"


def test_unknown_name_before_a_resident_word_is_no_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "A Qwertzville man was charged on Monday with stealing a delivery van.")
    assert "Qwertzville" not in found
