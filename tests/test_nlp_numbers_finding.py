"""Numbers found in text: digits with thousands separators, number words (hyphenated or with 'and'), vague
quantities, and two numbers side by side kept apart — read from the doc's arrays, on our own sentences."""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsledger.nlp.numbers import find_numbers, indices_where, parse_number
from newsledger.resolve.casualty_lexicon import casualty_lexicon


def numbers(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    doc = nlp(text)
    return [(doc[n.start:n.end].text, n.value) for n in find_numbers(doc, casualty_lexicon().vague)]


def test_numbers_digits_words_and_vague_quantities(nlp: Language) -> None:
    assert numbers(nlp, "Thirty-two fishermen and one hundred and five farmers, 1,250 goats and dozens of cows.") == [
        ("Thirty-two", 32), ("one hundred and five", 105), ("1,250", 1250), ("dozens", None)]


def test_numbers_side_by_side_stay_apart(nlp: Language) -> None:
    assert numbers(nlp, "Rooms 12 15 were hit; the score was 4-2 and a well-known singer came.") == [
        ("12", 12), ("15", 15), ("4", 4), ("2", 2)]


def test_numbers_parse_words_and_scales() -> None:
    assert parse_number("twenty-five") == 25 and parse_number("2 million") == 2_000_000
    assert parse_number("no number") is None


def test_indices_where_reads_attributes_without_tokens() -> None:
    doc = spacy.blank("en")("Seven goats and seven sheep")
    assert indices_where(doc, "LOWER", {"seven"}) == [0, 3]
    assert indices_where(spacy.blank("en")(""), "LOWER", {"seven"}) == []
    assert indices_where(doc, "LOWER", ()) == [] and indices_where(doc, "LOWER", {"never-seen-word"}) == []
    assert indices_where(doc, "ORTH", ("Seven", "sheep")) == [0, 4]  # a tuple as well as a set


def test_numbers_hyphen_joins_tens_and_units_and_makes_ranges(nlp: Language) -> None:
    doc = nlp("twenty - five men, seven-eight boats and a 5-3 score")
    found = [(doc[n.start:n.end].text, n.value, n.low, n.high) for n in find_numbers(doc, casualty_lexicon().vague)]
    assert found == [("twenty - five", 25, 25, 25), ("seven-eight", None, 7, 8), ("5", 5, 5, 5), ("3", 3, 3, 3)]
