"""A speech verb the parser joined to the clause it reports ('..., said its manager'): the clause before the comma
is what was said.  Our own sentences."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_clause_before_a_trailing_cue_is_the_content(statements_nlp: Language) -> None:
    text = "By the end of the week, the ferry will run again, but fares will rise, said the harbour master, Ole Dahl."
    statement = only(run(statements_nlp, text))
    assert statement.speaker == "Ole Dahl"
    assert statement.text.endswith("the ferry will run again, but fares will rise")


def test_joined_verb_with_an_object_reports_nothing(statements_nlp: Language) -> None:
    text = "The convoy reached the port at noon, and the driver said nothing."
    assert all(s.text != "The convoy reached the port at noon" for s in run(statements_nlp, text))


def test_speaker_the_parse_hung_on_the_reported_clause(statements_nlp: Language) -> None:
    text = "Among the dead were a 9-year-old boy and his father, Ivan Petrenko, 44, the governor said on Telegram."
    statement = only(run(statements_nlp, text))
    assert statement.speaker == "the governor"
    assert statement.text.startswith("Among the dead were a 9-year-old boy") and "Ivan Petrenko" in statement.text
