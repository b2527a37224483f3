"""Verbs of liking and disliking (VerbNet admire-31.2) take any object as what someone holds a stance on, and a
participle describing a group ('a group supporting the plan') is that group's stance.  Our own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_liking_an_object_is_an_attitude(statements_nlp: Language) -> None:
    statement = only(run(statements_nlp, "Councillor Pia Moss loves the new budget."))
    assert statement.speaker is not None and "Pia Moss" in statement.speaker
    assert statement.text == "the new budget"
    assert statement.kind == "intention"


def test_participle_describing_a_group_is_its_stance(statements_nlp: Language) -> None:
    statement = only(run(statements_nlp, "A residents' group supporting the new road plan met on Monday."))
    assert statement.kind == "stance"
    assert statement.text == "the new road plan"
    assert statement.speaker == "A residents' group"


@pytest.mark.parametrize("text", [
    "An armoured unit supporting the troops entered the town.",
    "A convoy carrying the wounded left the port.",
])
def test_physical_participles_are_no_stance(statements_nlp: Language, text: str) -> None:
    assert run(statements_nlp, text) == []
