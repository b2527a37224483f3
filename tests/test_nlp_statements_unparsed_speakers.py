"""Speakers the parser did not make the cue's subject: the name right before a finite cue, and the speaker after a
quotation whose subject the parser took from inside the quote.  Our own sentences."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_name_right_before_the_cue_speaks(statements_nlp: Language) -> None:
    text = "In a long letter to the members of the River Council Ilsa Brandt wrote that the bridge would reopen in May."
    statement = only(run(statements_nlp, text))
    assert statement.speaker is not None and "Ilsa Brandt" in statement.speaker
    assert statement.text == "the bridge would reopen in May"


def test_speaker_after_the_quote_not_a_quoted_word(statements_nlp: Language) -> None:
    text = '"Power is out in every street. #Eastvale," tweeted a night-shift nurse.'
    statement = only(run(statements_nlp, text))
    assert statement.speaker == "a night-shift nurse"
    assert statement.text.startswith("Power is out in every street.")


def test_place_before_a_participle_is_no_speaker(statements_nlp: Language) -> None:
    text = 'The minister toured the camp in Eastvale, telling the families, "Help is coming."'
    speakers = {s.speaker for s in run(statements_nlp, text) if s.cue == "telling"}
    assert speakers == {"The minister"}
