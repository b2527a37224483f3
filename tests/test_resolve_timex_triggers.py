"""The finder runs each rule only around the trigger words of its classes; that must not lose expressions."""

from __future__ import annotations

import re

import pytest

from newsledger.resolve import timex_lexicon
from newsledger.resolve.timex import find_time_expressions
from newsledger.resolve.timex_grammar import RULES, SEARCHED_RULES
from newsledger.resolve.timex_lexicon import trie_pattern


def test_trie_pattern_matches_exactly_its_words() -> None:
    words = ["day", "days", "daily", "decade", "dec", "week"]
    pat = re.compile(rf"\b(?:{trie_pattern(words)})\b")
    for w in words:
        assert pat.fullmatch(w), w
    for w in ("da", "dailyx", "weeks", "decad"):
        assert not pat.fullmatch(w), w


def test_every_searched_rule_has_known_trigger_classes() -> None:
    for rule in SEARCHED_RULES:
        assert rule.triggers, rule.name
        assert rule.triggers <= set(timex_lexicon.TRIGGER_CLASSES), rule.name
    assert {r.name for r in RULES} - {r.name for r in SEARCHED_RULES} == {"dayrel"}


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Aid arrived on 2024-03-05 at the port.", "2024-03-05"),
        ("Aid arrived on 5/3/2024 at the port.", "5/3/2024"),
        ("The siege began in the spring of 2023.", "the spring of 2023"),
        ("Prices rose over the past several months.", "the past several months"),
        ("He spoke at noon on Friday.", "noon on Friday"),
        ("Crowds gathered on Christmas Eve.", "Christmas Eve"),
        ("The camp has grown daily.", "daily"),
        ("It was the worst flood of the nineties.", "the nineties"),
        ("Results for the first half of 2023 were weak.", "the first half of 2023"),
        ("Sales fell in Q3 2023.", "Q3 2023"),
        ("Exports grew in fiscal 2023.", "fiscal 2023"),
        ("The truce held for a ten-day period.", "ten-day"),
        ("Shops are shut for now.", "now"),
    ],
)
def test_expressions_are_found_around_their_triggers(text: str, expression: str) -> None:
    assert expression in [f.text for f in find_time_expressions(text)]


def test_text_without_trigger_words_finds_nothing() -> None:
    assert find_time_expressions("Convoys reached the northern districts through the mountain pass.") == []


def test_non_ascii_text_whose_lower_case_changes_length() -> None:
    text = "İstanbul officials met on Tuesday."  # "İ".lower() is two characters
    assert [f.text for f in find_time_expressions(text)] == ["Tuesday"]
