"""Reported speech: complement clauses, 'according to', stance nouns, partly quoted clauses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.nlp.statements import StatementFinder
from newsledger.records import Statement


@pytest.fixture(scope="session")
def statements_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_statements"])


def run(nlp: Language, text: str) -> list[Statement]:
    return list(nlp(text)._.statements)


def test_that_clause_is_the_content_without_that(statements_nlp: Language) -> None:
    text = "Marta Ilves said that the talks had failed."
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    s = statements[0]
    assert (s.text, s.direct, s.speaker, s.cue) == ("the talks had failed", False, "Marta Ilves", "said")
    assert text[s.evidence.start:s.evidence.end] == s.text


def test_according_to_names_the_source_of_the_clause(statements_nlp: Language) -> None:
    text = "Four fishermen were detained near the harbour, according to the coast guard."
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    s = statements[0]
    assert s.cue == "according to"
    assert s.text.startswith("Four fishermen were detained")
    assert s.speaker == "the coast guard"


def test_expressed_hope_that_is_a_reported_statement(statements_nlp: Language) -> None:
    text = "Pavel Dorn arrived in the capital on Monday. He expressed hope that the convoy would pass."
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    s = statements[0]
    assert s.cue == "expressed hope"
    assert s.text == "the convoy would pass"
    assert s.speaker == "Pavel Dorn"
    assert s.speaker_evidence is not None and s.speaker_evidence.text == "He"


def test_partly_quoted_clause_is_one_reported_statement(statements_nlp: Language) -> None:
    text = 'Lena Okafor said that the budget was "a betrayal of every family" and would be challenged.'
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    assert statements[0].direct is False
    assert "a betrayal of every family" in statements[0].text


def test_text_without_attribution_has_no_statements(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The river rose by two metres after the storm.") == []


def test_a_cue_with_no_speaker_gives_no_statement(statements_nlp: Language) -> None:
    doc = statements_nlp("Ask the farmers whether the harvest failed.")
    finder = StatementFinder(doc)
    assert finder.drafts(), "the imperative has a cue and a clause"
    assert StatementFinder(doc).statements() == []
    assert doc._.statements == []
