"""A common English word that is also the name of small towns ("a Union man", "Liberty Police") is not
taken for a town by the resident or civic-body rule alone (``wordfreq`` frequency) unless the article names
a place of its state or one town holds most of its namesakes' people; a plain town name ("a Boise man") or
a large city's ("a Boston woman") still is."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> set[str]:
    return {p.text for p in nlp(text)._.places or []}


def test_common_word_before_a_resident_word_is_no_town(places_nlp: Language) -> None:
    # Arizona has no town called Union or Liberty: nothing tells which of their many namesakes is meant
    found = _places(places_nlp, "A Union man was fined on Friday after a Liberty woman lost her purse, police in Arizona said.")
    assert "Union" not in found and "Liberty" not in found
    assert "Arizona" in found


def test_town_names_before_a_resident_word_stay(places_nlp: Language) -> None:
    found = _places(places_nlp, "A Boise man and a Boston woman were fined on Friday for fishing without a permit.")
    assert {"Boise", "Boston"} <= found


def test_common_word_before_a_civic_word_is_no_town(places_nlp: Language) -> None:
    found = _places(places_nlp, "Officers of the Liberty Police Department arrested a driver, the Boise Police Department said.")
    assert "Liberty" not in found and "Boise" in found
