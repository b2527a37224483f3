"""Speakers: 'he' and 'she' agree in gender with the person they resolve to; a name in an apposition or a
dateline is not taken for the speaker; a clause opening a paragraph after a closed quotation is still reported."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import run

statements_nlp = statement_fixtures.statements_nlp


def said(statements: list, content_start: str):  # type: ignore[type-arg]
    return next(s for s in statements if s.text.startswith(content_start))


def test_he_skips_the_last_named_woman(statements_nlp: Language) -> None:
    s = said(run(statements_nlp, "Laura Benn criticized Tom Hale on Friday. He said the audit was unfair."), "the audit")
    assert s.speaker == "Tom Hale"
    assert s.speaker_evidence is not None and s.speaker_evidence.text == "He"


def test_she_skips_a_man_named_by_title(statements_nlp: Language) -> None:
    text = "Mr. Dov Harel met Ms. Ines Korr in the capital. She said the border talks had stalled."
    assert said(run(statements_nlp, text), "the border").speaker == "Ines Korr"


def test_she_skips_a_spokesman_and_he_keeps_him(statements_nlp: Language) -> None:
    text = ("Tova Rinn, a spokeswoman for the port, met Paul Varga, a spokesman for the union. "
            "Paul Varga said the strike would go on. She said the port would stay shut. He said the talks were over.")
    statements = run(statements_nlp, text)
    assert said(statements, "the port").speaker == "Tova Rinn"
    assert said(statements, "the talks").speaker == "Paul Varga"


def test_she_still_resolves_to_the_last_person_when_gender_is_unknown(statements_nlp: Language) -> None:
    text = "Judge Corin Abate said the hearing would resume. She said the court would sit late."
    assert said(run(statements_nlp, text), "the court").speaker == "Corin Abate"


def test_an_organisation_in_the_apposition_after_a_dateline_is_not_the_speaker(statements_nlp: Language) -> None:
    text = "ATLANTA (Wire) - Kara Lind, a member of the Georgia Senate, told reporters that the vote was rigged."
    s = said(run(statements_nlp, text), "the vote")
    assert s.speaker == "Kara Lind"


def test_a_clause_after_a_closed_quotation_paragraph_is_reported(statements_nlp: Language) -> None:
    text = ('"We will not wait," Ada Brenner said. "The money is gone. The schools are empty."\n\n'
            'Pension rules cost every town far too much, said Holt, a Pellham Democrat who ran a bakery.\n\n'
            '"Nobody reads the rules," he said.')
    statements = run(statements_nlp, text)
    s = said(statements, "Pension rules")
    assert s.text == "Pension rules cost every town far too much"
    assert s.speaker == "Holt"
    assert said(statements, "Nobody").speaker == "Holt"
