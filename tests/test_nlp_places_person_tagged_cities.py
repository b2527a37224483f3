"""A one-word name the model calls a person that is a city of 100,000 people or more, in a place's position
(before a place noun, its possessive before one, after a preposition, in a list of places), is the city,
unless the article writes it as a person's: inside a longer person's name or after a title."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.text: (p.resolution.name if p.resolution else None) for p in nlp(text)._.places or []}


def test_city_taken_for_a_person_is_the_city(places_nlp: Language) -> None:
    found = _places(places_nlp, "The new levy would cost Clarksville taxpayers about two million dollars, the treasurer warned.")
    assert found.get("Clarksville") == "Clarksville"
    found = _places(places_nlp, "Jurors heard on Monday that Clarksville's mayor had signed the permit.")
    assert found.get("Clarksville") == "Clarksville"


def test_surname_of_a_person_named_in_full_is_no_city(places_nlp: Language) -> None:
    found = _places(places_nlp, "Lowe thanked Mayor Jo Clarksville. Several Clarksville aldermen opposed the levy.")
    assert "Clarksville" not in found
    found = _places(places_nlp, "Several Clarksville aldermen opposed the levy. Dr. Clarksville was absent.")
    assert "Clarksville" not in found
