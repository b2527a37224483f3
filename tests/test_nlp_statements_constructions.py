"""General constructions of attribution beyond a verb and its clause: attitude adjectives, hearsay adverbs,
questions put by no one named, evidence nouns, stance nouns and objects, characterising verbs, and the
boundaries between a quote, its cue and a participle that follows."""

from __future__ import annotations

import pytest
from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_an_attitude_adjective_takes_its_clause(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The ferry company stays confident that bookings will recover."))
    assert (s.kind, s.cue, s.speaker, s.text) == ("belief", "confident", "The ferry company", "bookings will recover")


def test_an_attitude_adjective_takes_its_prepositional_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The fishermen were angry about the new quota."))
    assert (s.kind, s.speaker, s.text) == ("stance", "The fishermen", "the new quota")


def test_an_adjective_without_complement_is_no_statement(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The fishermen were angry.") == []
    assert run(statements_nlp, "The northern road is open to trucks.") == []


def test_a_hearsay_adverb_attributes_its_clause_to_no_one(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The militia is reportedly moving heavy guns to the north."))
    assert (s.speaker, s.cue, s.kind) == (None, "reportedly", "speech")
    assert s.text.startswith("The militia") and s.text.endswith("to the north")


def test_a_hearsay_adverb_on_a_speech_verb_leaves_the_verb_its_statement(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The envoy allegedly said the deal was off."))
    assert (s.cue, s.speaker, s.text) == ("said", "The envoy", "the deal was off")


def test_asked_about_reports_a_question_with_no_speaker(statements_nlp: Language) -> None:
    statements = run(statements_nlp, "Asked about the curfew, the governor smiled.")
    assert [(s.cue, s.speaker, s.text) for s in statements] == [("Asked", None, "the curfew")]


def test_what_a_survey_shows_is_a_finding_but_not_what_a_video_shows(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "A new survey shows the mayor trailing her rival."))
    assert (s.kind, s.text) == ("finding", "the mayor trailing her rival")
    assert run(statements_nlp, "The video shows soldiers firing.") == []


def test_a_stance_verb_with_no_physical_reading_takes_any_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The senator opposed an increase in the fuel tax."))
    assert (s.kind, s.text) == ("stance", "an increase in the fuel tax")


def test_a_characterising_verb_takes_object_and_predicate(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "She portrayed her rival as a reckless gambler."))
    assert (s.speaker, s.text) == ("She", "her rival as a reckless gambler")


def test_a_stance_noun_with_a_possessive_takes_its_prepositional_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The mayor's criticism of the police drew anger."))
    assert (s.kind, s.cue, s.speaker, s.text) == ("stance", "criticism", "The mayor", "the police")


def test_an_attack_noun_is_no_statement(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The army's attack on the camp killed nine people.") == []


def test_a_support_verb_with_a_stance_noun_and_preposition(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The dock workers voiced support for the strike."))
    assert (s.cue, s.text) == ("voiced support", "the strike")


def test_a_quote_before_the_cue_is_its_content_not_the_clause_after(statements_nlp: Language) -> None:
    text = "“We will rebuild the bridge,” Mayor Ana Kell said on Monday, adding that work would start in May."
    statements = run(statements_nlp, text)
    said = next(s for s in statements if s.cue == "said")
    assert (said.text, said.direct, said.speaker) == ("We will rebuild the bridge", True, "Ana Kell")
    adding = next(s for s in statements if s.cue == "adding")
    assert adding.text == "work would start in May"


def test_a_long_apposition_between_quote_and_cue(statements_nlp: Language) -> None:
    text = "“The wells are dry,” Tomas Berg, the head of the regional water authority in the north, told reporters."
    s = only(run(statements_nlp, text))
    assert (s.text, s.speaker, s.direct) == ("The wells are dry", "Tomas Berg", True)


def test_a_speech_participle_ends_the_content_before_it_and_shares_the_speaker(statements_nlp: Language) -> None:
    text = "Lina Ort said her brother would help, saying that he knows the mountain roads."
    statements = run(statements_nlp, text)
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("said", "Lina Ort", "her brother would help"), ("saying", "Lina Ort", "he knows the mountain roads")]


def test_a_split_quote_in_typewriter_marks(statements_nlp: Language) -> None:
    text = "''That, sadly,'' he said, ''is the cost of the flood.''"
    statements = run(statements_nlp, text)
    assert [(s.cue, s.speaker_evidence.text if s.speaker_evidence else None) for s in statements] == [
        ("said", "he"), ("said", "he")]


def test_a_one_word_answer_is_the_content(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Most of the farmers said yes."))
    assert (s.speaker, s.text) == ("Most of the farmers", "yes")


def test_a_noun_cue_without_possessor_has_no_speaker(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Complaints about the new curfew grew."))
    assert (s.cue, s.speaker, s.kind, s.text) == ("Complaints", None, "speech", "the new curfew")


def test_a_noun_cue_object_of_a_verb_is_said_by_its_subject(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The senator leveled accusations of fraud against the board."))
    assert (s.cue, s.speaker) == ("accusations", "The senator")
    faced = only(run(statements_nlp, "The mayor faced criticism for the delay."))
    assert (faced.speaker, faced.text) == (None, "the delay")  # the one criticised is not the critic


def test_a_clause_ends_at_its_paragraph(statements_nlp: Language) -> None:
    text = "Lina Ort pointed out that the roads were closed:\n\nAs the rain fell, the mayor said the bridge held."
    statements = run(statements_nlp, text)
    assert [(s.cue, s.text) for s in statements] == [
        ("pointed out", "the roads were closed"), ("said", "the bridge held")]


@pytest.mark.parametrize(("text", "expected"), [
    # a document "saying" something is said by its issuer
    ("The foreign office issued a statement saying the border would stay closed.",
     ("saying", "The foreign office", "the border would stay closed")),
    # "in a statement" belongs to the speech verb: no statement of its own
    ("The ministry said in a statement on Monday that the border was closed.",
     ("said in a statement", "The ministry", "the border was closed")),
])
def test_one_statement_per_cue_phrase(statements_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    s = only(run(statements_nlp, text))
    assert (s.cue, s.speaker, s.text) == expected


@pytest.mark.parametrize("text", [
    "The survey found mass graves near the village.",  # a physical find, not a finding
    "The soldiers are confident in their equipment.",  # no proposition held
    "The wounded were asked to wait outside the clinic.",  # a request, not a question
])
def test_cues_that_hold_no_attribution(statements_nlp: Language, text: str) -> None:
    assert run(statements_nlp, text) == []
