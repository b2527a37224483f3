"""Shared helpers of the statement tests: a pipeline with the statements component only, and checks that
every statement's text is the evidence it points at."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.records import Statement


@pytest.fixture(scope="session")
def statements_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_statements"])


def run(nlp: Language, text: str) -> list[Statement]:
    statements = list(nlp(text)._.statements)
    for s in statements:
        assert text[s.evidence.start:s.evidence.end] == s.text
    return statements


def only(statements: list[Statement]) -> Statement:
    assert len(statements) == 1, statements
    return statements[0]
