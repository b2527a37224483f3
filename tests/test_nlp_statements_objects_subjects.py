"""Contents that are objects (what a poll shows, what a speaker backs, the topic of 'told' and 'asked') and speakers
the parser left off the cue ('X did A, then says B', 'About 3 in 10 say ...')."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_what_a_survey_shows_is_its_finding_even_as_a_plain_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "A new survey shows Mayor Lina Torvik with a wide lead."))
    assert (s.kind, s.speaker, s.text) == ("finding", "A new survey", "Mayor Lina Torvik with a wide lead")


def test_what_a_video_shows_is_still_no_finding(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The video shows a wide plume of smoke.") == []


def test_backing_a_plan_is_a_stance_and_backing_a_truck_is_not(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The union backed the wage plan."))
    assert (s.kind, s.speaker, s.text) == ("stance", "The union", "the wage plan")
    assert run(statements_nlp, "The driver backed the truck into the yard.") == []


def test_the_topic_of_told_and_asked_is_the_content(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The senator told the story of her first campaign."))
    assert (s.cue, s.text) == ("told", "the story of her first campaign")
    s = only(run(statements_nlp, "The senator asked questions about the budget."))
    assert (s.cue, s.text) == ("asked", "questions about the budget")


def test_the_audience_of_told_is_not_the_content(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The senator addressed the crowd.") == []
    assert run(statements_nlp, "The senator thanked the firefighters.") == []


def test_a_subject_the_parser_hung_on_an_earlier_verb_still_speaks(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Ada Brenner toured the harbor on Monday, then says the docks will reopen."))
    assert (s.speaker, s.text) == ("Ada Brenner", "the docks will reopen")


def test_a_share_of_respondents_speaks(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Roughly 6 in 10 say the ferry fare is too high."))
    assert s.text == "the ferry fare is too high"
    assert s.speaker_evidence is not None and s.speaker_evidence.text.startswith("Roughly 6")


def test_an_imperative_speech_verb_still_has_no_speaker(statements_nlp: Language) -> None:
    assert run(statements_nlp, "Say what you want about the plan.") == []


def test_the_noun_a_relative_clause_describes_is_what_its_verb_takes_a_stance_on(statements_nlp: Language) -> None:
    statements = run(statements_nlp, "It was the plan the mayor rejected last year.")
    s = next(s for s in statements if s.cue == "rejected")
    assert (s.kind, s.speaker, s.text) == ("stance", "the mayor", "the plan")


def test_a_relative_clause_with_its_own_object_is_no_gap(statements_nlp: Language) -> None:
    assert not any(s.cue == "supported" for s in run(statements_nlp, "The troops that she supported left."))


def test_a_passive_announcement_without_agent_has_no_speaker(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The ceasefire was announced on Monday."))
    assert (s.kind, s.speaker, s.text) == ("speech", None, "The ceasefire")
    s = only(run(statements_nlp, "The harbor plan was rejected."))
    assert (s.kind, s.speaker, s.text) == ("stance", None, "The harbor plan")


def test_a_passive_with_a_physical_reading_is_no_statement(statements_nlp: Language) -> None:
    assert run(statements_nlp, "The convoy was supported with air cover.") == []
    assert run(statements_nlp, "He was criticized.") == []


def test_a_perfect_tense_in_a_subordinate_clause_is_a_cue(statements_nlp: Language) -> None:
    statements = run(statements_nlp, "The mayor wants a new port, while the governor has condemned the plan.")
    s = next(s for s in statements if s.cue == "condemned")
    assert (s.speaker, s.text) == ("the governor", "the plan")


def test_a_bare_participle_clause_is_still_a_question_by_no_one(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "When asked about the port, the mayor smiled."))
    assert (s.speaker, s.cue, s.text) == (None, "asked", "the port")
