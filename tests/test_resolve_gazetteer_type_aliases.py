"""The "<name> <type>" aliases of subdivisions ("Sumy Oblast", "Yunnan Province"): a place on their
own; before a capitalised word they start an organisation's name ("Sumy Oblast Military
Administration"), whose place is the name alone ("Sumy")."""

from __future__ import annotations

from spacy.language import Language

from newsledger.resolve.gazetteer import get_gazetteer
from newsledger.resolve.gazetteer_index import subdivision_types


def _texts(nlp: Language, text: str) -> list[str]:
    return [p.text for p in nlp(text)._.places or []]


def test_type_words_are_read_from_the_data_file() -> None:
    assert {"state", "province", "oblast", "county"} <= subdivision_types()
    assert get_gazetteer().subdivision_types == subdivision_types()


def test_name_and_type_before_a_capitalised_word_starts_an_organisation(places_nlp: Language) -> None:
    # the organisation is not a place "Sumy Oblast"; the place in its name is Sumy
    found = _texts(places_nlp, "The Sumy Oblast Military Administration said shelling hit the border villages.")
    assert "Sumy Oblast" not in found and "Sumy" in found
    found = _texts(places_nlp, "The Yunnan Province Tourism Bureau said visitors to Kunming rose.")
    assert "Yunnan Province" not in found and "Yunnan" in found and "Kunming" in found


def test_name_and_type_alone_is_a_place(places_nlp: Language) -> None:
    assert "Sumy Oblast" in _texts(places_nlp, "Shelling hit villages across Sumy Oblast on Tuesday.")
