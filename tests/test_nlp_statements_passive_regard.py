"""A passive verb of regarding with an 'as' predicate and no agent ('is widely seen as ...') attributes the
predicate to no one named.  Our own sentences."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_seen_as_is_an_unsourced_belief(statements_nlp: Language) -> None:
    statement = only(run(statements_nlp, "The harbour is widely seen as a safe place for the fleet."))
    assert statement.speaker is None
    assert statement.kind == "belief"
    assert statement.text == "as a safe place for the fleet"


def test_described_as_with_an_adjective(statements_nlp: Language) -> None:
    statement = only(run(statements_nlp, "The new envoy was described as calm and patient."))
    assert statement.speaker is None
    assert statement.text == "as calm and patient"


def test_as_of_time_is_no_predicate(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The checkpoint was closed as the convoy approached.") == []
