"""A quoted phrase inside another verb's phrase (a scare quote, a name, a label) is not what the next or previous
speech verb reports; that verb keeps its own content.  Our own sentences."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import run

statements_nlp = statement_fixtures.statements_nlp


def test_scare_quote_before_a_cue_is_not_its_content(statements_nlp: Language) -> None:
    text = 'After mocking the "luxury" of the new stadium in several speeches, the minister announced a plan to sell it.'
    by_cue = {s.cue: s.text for s in run(statements_nlp, text)}
    assert by_cue.get("announced") == "a plan to sell it"


def test_quote_in_the_cues_own_phrase_stays_its_content(statements_nlp: Language) -> None:
    text = 'The mayor referred to the plan as "a gift to the valley," and the council agreed.'
    by_cue = {s.cue: s.text for s in run(statements_nlp, text)}
    assert by_cue.get("referred") == "a gift to the valley"
