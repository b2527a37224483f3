"""Cue shapes beyond 'said': objects, predicates, prepositions, phrasal verbs, passives, labels."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.records import Statement


@pytest.fixture(scope="session")
def statements_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_statements"])


def run(nlp: Language, text: str) -> list[Statement]:
    return list(nlp(text)._.statements)


def test_announced_object_is_the_content(statements_nlp: Language) -> None:
    s = run(statements_nlp, "The Ruvan army announced a three-day ceasefire in the south.")[0]
    assert s.cue == "announced"
    assert s.text.startswith("a three-day ceasefire")
    assert s.direct is False


def test_called_object_and_predicate(statements_nlp: Language) -> None:
    s = run(statements_nlp, "Mayor Olga Brant called the evacuation plan a disgrace.")[0]
    assert s.text == "the evacuation plan a disgrace"
    assert s.speaker == "Olga Brant"


def test_called_for_takes_the_prepositional_object(statements_nlp: Language) -> None:
    s = run(statements_nlp, "Rina Calder called for an immediate truce.")[0]
    assert s.text == "an immediate truce"


def test_phrasal_speech_verb_introduces_a_quote(statements_nlp: Language) -> None:
    text = 'Ilse Varga shot back, "Nobody asked the farmers what they wanted."'
    s = run(statements_nlp, text)[0]
    assert (s.speaker, s.cue, s.direct) == ("Ilse Varga", "shot back", True)


def test_when_asked_is_not_a_cue_of_the_subject(statements_nlp: Language) -> None:
    """The one asked is not the speaker: the question is recorded as put by someone not named."""
    text = "Teo Marsh smiled when asked whether the bridge would reopen."
    statements = run(statements_nlp, text)
    assert [(s.speaker, s.cue, s.kind, s.text) for s in statements] == [
        (None, "asked", "speech", "the bridge would reopen")]


def test_passive_with_agent_names_the_agent(statements_nlp: Language) -> None:
    text = "The closure of the crossing was announced by the Ruvan interior ministry."
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    assert statements[0].speaker is not None and "ministry" in statements[0].speaker


def test_paragraph_label_before_a_colon_is_the_speaker(statements_nlp: Language) -> None:
    text = "Governor Amos Pell: Our rivers will be clean again\n\nThe governor spoke in Tarvik on Monday."
    s = run(statements_nlp, text)[0]
    assert s.cue == ":"
    assert s.text == "Our rivers will be clean again"
    assert s.speaker == "Amos Pell"
