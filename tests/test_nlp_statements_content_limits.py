"""What a reported statement's content leaves out: the dateline that opens the story, and a prepositional
phrase that says how or for whom someone spoke rather than what.  Our own sentences."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_dateline_is_not_part_of_what_was_said(statements_nlp: Language) -> None:
    for dateline in ("TORVIK, Norland (Example Wire) — ", "TORVIK, May 3 (Example Wire) - ", "TORVIK (AP) — "):
        text = dateline + "Gunmen raided a border post overnight, killing three guards, the interior ministry said."
        statement = only(run(statements_nlp, text))
        assert statement.text.startswith("Gunmen raided a border post"), dateline
        assert statement.evidence.start == len(dateline)


def test_speaking_on_condition_of_anonymity_is_no_statement(statements_nlp: Language) -> None:
    text = ("Five guards were wounded, according to a regional official, who spoke on condition of anonymity "
            "because he was not allowed to brief reporters.")
    assert not any("anonymity" in s.text for s in run(statements_nlp, text))
    text = "The lawyer spoke on behalf of the family at the hearing."
    assert not any(s.text.startswith("behalf") for s in run(statements_nlp, text))
    text = "The minister spoke on the crisis in the north for an hour."
    assert any(s.text.startswith("the crisis in the north") for s in run(statements_nlp, text))


def test_capitals_and_dashes_inside_a_statement_are_not_a_dateline(statements_nlp: Language) -> None:
    for text in ("NRF, which holds most of the valley — and the roads — will not attend the talks, a spokesman said.",
                 "The talks stalled.\n\nELN, the largest guerrilla group — and its most stubborn — will free the "
                 "hostages, a commander said."):
        statement = only(run(statements_nlp, text))
        assert "which holds" in statement.text or "the largest guerrilla group" in statement.text, statement.text


def test_manner_words_after_other_prepositions_stay_content(statements_nlp: Language) -> None:
    assert any(s.text == "the front line" for s in run(statements_nlp, "The general spoke about the front line on Friday."))
    said = run(statements_nlp, "The governor spoke on radio about the siege of the port on Monday.")
    assert any(s.text.startswith("the siege of the port") for s in said)
