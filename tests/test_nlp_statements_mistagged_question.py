"""A question put to the speaker, told by a participle the tagger took for a past tense ('Asked what ...,
the minister said ...'), is no statement of the speaker's: the reply after the speech verb is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model


@pytest.fixture(scope="session")
def statements_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_statements"])


def test_the_question_is_not_the_ministers_statement(statements_nlp: Language) -> None:
    text = "Asked what the navy would do next, the minister said the frigates would stay near the cape."
    got = [(s.cue, s.speaker, s.text) for s in statements_nlp(text)._.statements]
    assert ("said", "the minister", "the frigates would stay near the cape") in got
    assert all(s.speaker is None for s in statements_nlp(text)._.statements if s.cue == "Asked")


def test_a_past_tense_with_its_own_subject_still_speaks(statements_nlp: Language) -> None:
    text = "After the envoy asked whether the port would open, the minister said it would."
    got = [(s.cue, s.speaker) for s in statements_nlp(text)._.statements]
    assert ("asked", "the envoy") in got
