"""An adverb between the cue and its 'that' ('said later that ...', 'said again that ...') modifies the cue: the
reported content starts after the 'that'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model


@pytest.fixture(scope="session")
def statements_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_statements"])


def test_the_content_starts_after_that(statements_nlp: Language) -> None:
    doc = statements_nlp("Port officials said later that three farm workers were hurt in the fire.")
    assert [s.text for s in doc._.statements] == ["three farm workers were hurt in the fire"]


def test_a_clause_without_an_adverb_is_unchanged(statements_nlp: Language) -> None:
    doc = statements_nlp("Port officials said that three farm workers were hurt in the fire.")
    assert [s.text for s in doc._.statements] == ["three farm workers were hurt in the fire"]
