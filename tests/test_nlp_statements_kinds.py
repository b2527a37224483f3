"""Attributions that are not speech (beliefs, intentions, stances, findings), impersonal cues,
noun cues and parenthetical speech verbs: every attribution is recorded with its ``kind``."""

from __future__ import annotations

from spacy.language import Language

import statement_fixtures
from newsledger.records import Statement
from statement_fixtures import only, run

statements_nlp = statement_fixtures.statements_nlp


def test_a_belief_is_recorded_as_a_belief(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Ana Varga believes the old bridge will hold."))
    assert (s.kind, s.speaker, s.text, s.direct) == ("belief", "Ana Varga", "the old bridge will hold", False)


def test_an_intention_takes_the_infinitive(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Governor Lena Holt wants to close the northern port."))
    assert (s.kind, s.speaker, s.text) == ("intention", "Lena Holt", "to close the northern port")


def test_a_stance_takes_the_object(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Senator Paul Ries opposed the new tariff on grain."))
    assert (s.kind, s.text) == ("stance", "the new tariff on grain")
    assert s.speaker == "Paul Ries"


def test_a_finding_is_recorded_as_a_finding(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The Ruvan Institute found that most farmers had lost income."))
    assert (s.kind, s.text) == ("finding", "most farmers had lost income")


def test_speech_verbs_stay_speech(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Marta Ilves said that the talks had failed."))
    assert s.kind == "speech"


def test_a_belief_inside_what_was_said_is_part_of_it(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Mara Tein said she believes the vote was rigged."))
    assert (s.kind, s.cue, s.text) == ("speech", "said", "she believes the vote was rigged")


def test_an_impersonal_cue_gives_a_statement_without_speaker(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The harbour minister is expected to resign next week."))
    assert s.speaker is None and s.speaker_evidence is None
    assert s.kind == "belief"
    assert s.text == "to resign next week"  # the complement, without the cue "is expected"


def test_a_noun_cue_with_a_possessive_source(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Omar Lisk's claim that the dam was sabotaged drew sharp criticism."))
    assert (s.kind, s.speaker, s.text) == ("speech", "Omar Lisk", "the dam was sabotaged")


def test_a_parenthetical_speech_verb_takes_its_sentence(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "The new ceasefire, Ivo Dask said, will hold until the end of the month."))
    assert s.kind == "speech"
    assert s.speaker == "Ivo Dask"
    assert "will hold until the end of the month" in s.text and "said" not in s.text


def test_the_object_of_a_speech_verb_without_clause_is_the_content(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Dana Ocho said the same thing about the budget."))
    assert s.text.startswith("the same thing")
    assert s.speaker == "Dana Ocho"


def test_statement_json_carries_the_kind(statements_nlp: Language) -> None:
    s = only(run(statements_nlp, "Ana Varga believes the old bridge will hold."))
    assert s.model_dump(mode="json")["kind"] == "belief"
    assert Statement.model_validate(s.model_dump(mode="json")) == s
