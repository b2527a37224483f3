"""A town of a three-letter name ("Gao") the model took for a person after "in" or "near" is a place
when the article's other places lie in its country; after "to" or "of", or alone, such a name is a
person's ("a call to Sue")."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.resolution.name, p.resolution.country_code) if p.resolution else (None, None)
            for p in nlp(text)._.places or []}


def test_three_letter_town_after_in_is_a_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "Soldiers arrived in Gao on Tuesday after an ambush near Mopti, the Malian army said.")
    assert found.get("Gao") == ("Gao", "ML")


def test_three_letter_name_after_to_is_a_person(places_nlp: Language) -> None:
    found = _places(places_nlp, "\"I spoke to Roy on Friday,\" the mayor of Provo, Utah, told reporters.")
    assert "Roy" not in found


def test_three_letter_town_outside_the_articles_countries_is_no_place(places_nlp: Language) -> None:
    found = _places(places_nlp, "The striker scored twice in Osh games for the club, fans in Lisbon said.")
    assert "Osh" not in found
