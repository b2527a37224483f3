"""A town's name before a civic word at the start of an organisation ("Moorefield Police Chief", "the
Lakeview City Council") is a place; so is a town of 20,000 people or more the model tagged ORG after a
locative preposition ("to Enfield"); a common word of the name-part list ("Police") is never taken
for a town the model left unlabelled, and a university keeps its name; nor is the bare first word of a
longer organisation the article names ("Kirkwood Academy" ... "at Kirkwood")."""

from __future__ import annotations

from spacy.language import Language


def _texts(nlp: Language, text: str) -> list[str]:
    return [p.text for p in nlp(text)._.places or []]


def test_town_before_a_civic_word_is_a_place(places_nlp: Language) -> None:
    assert _texts(places_nlp, "Moorefield Police Chief Dan Ross said the road was closed.") == ["Moorefield"]
    assert _texts(places_nlp, "The Lakeview City Council met on Monday.") == ["Lakeview"]


def test_org_tagged_town_after_a_preposition_is_a_place(places_nlp: Language) -> None:
    assert "Enfield" in _texts(places_nlp, "Volunteers drove the supplies to Enfield on Monday.")


def test_university_is_not_its_town(places_nlp: Language) -> None:
    assert _texts(places_nlp, "She studied at Stanford University.") == []


def test_bare_word_of_a_longer_organisation_is_no_town(places_nlp: Language) -> None:
    text = "Students of Kirkwood Academy fell ill, and a nurse at Kirkwood said the school would close."
    assert _texts(places_nlp, text) == []
