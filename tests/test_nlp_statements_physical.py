"""Physical actions are not attributions: conflict-news sentences where a verb that can express a stance or a
finding ("supported", "found", "defended") describes what someone did.  Our own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


@pytest.mark.parametrize("text", [
    "Israeli forces attacked the camp on Monday.",
    "Militants blocked the road.",
    "The army offered safe passage.",
    "Fighters ignored the ceasefire.",
    "The army supported the troops with tanks.",
    "Rescuers found five bodies in the rubble.",
    "Police found the body of a man.",
    "Police found the man dead in his car.",
    "Rescuers found the family buried under the rubble.",
    "Doctors discovered a second victim in the basement.",
    "The drone footage showed the damage to the bridge.",
    "The army pursued the gunmen into the hills.",
    "The rebels backed the trucks into the square.",
    "Troops defended the town through the night.",
    "Police charged the protesters near the gate.",
    "The army posted troops at the border crossing.",
    "Soldiers pushed the crowd back.",
    "Gunmen shot back at the soldiers.",
    "Residents felt the blast across the valley.",
    "The soldiers saw the convoy on the ridge.",
])
def test_a_physical_action_is_not_a_statement(statements_nlp: Language, text: str) -> None:
    assert run(statements_nlp, text) == []


def test_a_belief_of_an_organisation(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The ministry believes the toll will rise."))
    assert (s.kind, s.speaker, s.text) == ("belief", "The ministry", "the toll will rise")


def test_a_finding_needs_a_clause(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Investigators found that the shell came from the east."))
    assert (s.kind, s.speaker, s.text) == ("finding", "Investigators", "the shell came from the east")


def test_a_finding_with_a_finite_clause_without_that(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The inquiry found the army had fired first."))
    assert (s.kind, s.text) == ("finding", "the army had fired first")


def test_a_stance_on_an_abstract_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The militia rejected the truce."))
    assert (s.kind, s.text) == ("stance", "the truce")
    s = only(run(statements_nlp, "The minister supported the proposal to reopen the crossing."))
    assert (s.kind, s.text) == ("stance", "the proposal to reopen the crossing")


def test_a_stance_on_a_person_by_a_judgement_verb(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The mayor rebuked the police chief."))
    assert (s.kind, s.text) == ("stance", "the police chief")


def test_an_impersonal_statement_does_not_hold_its_cue(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The building seems to be empty."))
    assert (s.kind, s.speaker, s.cue, s.text) == ("belief", None, "seems", "to be empty")


def test_it_seems_that_has_no_speaker(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "It seems that the talks have failed."))
    assert (s.speaker, s.cue, s.text) == (None, "seems", "the talks have failed")
