"""Speakers: roles, organisations, pronouns, surnames and organisation anaphors."""

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


def test_title_before_the_name_is_the_role(statements_nlp: Language) -> None:
    s = run(statements_nlp, 'Prime Minister Ilan Varo said the border would stay closed.')[0]
    assert (s.speaker, s.role) == ("Ilan Varo", "Prime Minister")


def test_organisation_and_role_before_the_name(statements_nlp: Language) -> None:
    s = run(statements_nlp, 'Ruvan Police spokesman Teo Marsh said that two officers had been wounded.')[0]
    assert s.speaker == "Teo Marsh"
    assert s.role == "spokesman"
    assert s.organisation == "Ruvan Police"


def test_senator_with_party_letter(statements_nlp: Language) -> None:
    s = run(statements_nlp, 'Sen. Mara Quill, D-Ohio, posted on X: "This must stop now."')[0]
    assert s.speaker == "Mara Quill"
    assert s.role == "Senator"
    assert s.organisation == "Democratic Party"
    assert s.platform == "X"


def test_pronoun_resolves_to_the_last_person(statements_nlp: Language) -> None:
    text = 'Judge Corin Abate said the hearing would resume. "Nobody is above the law," she added.'
    statements = run(statements_nlp, text)
    assert [s.speaker for s in statements] == ["Corin Abate", "Corin Abate"]
    assert statements[1].speaker_evidence is not None and statements[1].speaker_evidence.text == "she"


def test_surname_resolves_to_the_full_name(statements_nlp: Language) -> None:
    text = ('Defense Minister Ilan Varo said the strike had worked. '
            '"We will go on," Varo said on Wednesday.')
    statements = run(statements_nlp, text)
    assert statements[-1].speaker == "Ilan Varo"
    assert statements[-1].role == "Defense Minister"
    assert statements[-1].speaker_evidence is not None and statements[-1].speaker_evidence.text == "Varo"


def test_organisation_speaker_and_participle_cue(statements_nlp: Language) -> None:
    text = 'The Kestrel Front claimed responsibility for the blast, stating: "This is our answer."'
    statements = run(statements_nlp, text)
    claim = next(s for s in statements if s.cue == "claimed")
    assert claim.text == "responsibility for the blast"
    s = next(s for s in statements if s.direct)
    assert s.text == "This is our answer."
    assert s.speaker == "The Kestrel Front"
    assert s.organisation == s.speaker
    assert s.cue == "stating"


def test_the_group_refers_to_the_last_organisation(statements_nlp: Language) -> None:
    text = ('The Kestrel Front said it had fired the rockets. '
            'The group said that more attacks would follow.')
    statements = run(statements_nlp, text)
    assert statements[-1].speaker == "The Kestrel Front"


def test_speaker_seen_in_footage_is_the_object(statements_nlp: Language) -> None:
    text = ("Footage filmed by a local crew showed the girl's uncle, Omar Dalil, carrying her schoolbag, "
            'saying, "She was only nine."')
    s = next(s for s in run(statements_nlp, text) if s.direct)  # "showed ..." is a finding of the footage
    assert s.speaker == "Omar Dalil"


def test_apposition_gives_role_and_organisation(statements_nlp: Language) -> None:
    text = "Mira Osei, a spokeswoman for the Ruvan army, told reporters that the road was closed."
    s = run(statements_nlp, text)[0]
    assert (s.speaker, s.role, s.organisation) == ("Mira Osei", "spokeswoman", "the Ruvan army")


def test_they_resolves_to_the_last_organisation(statements_nlp: Language) -> None:
    text = "The Tarvik water board said it would ration supplies. They said the pumps had failed."
    statements = run(statements_nlp, text)
    assert statements[-1].speaker == "The Tarvik water board"
    assert statements[-1].speaker_evidence is not None and statements[-1].speaker_evidence.text == "They"


def test_common_noun_speaker_keeps_its_whole_phrase(statements_nlp: Language) -> None:
    s = run(statements_nlp, "The talks have failed, according to a senior Ruvan official.")[0]
    assert s.speaker == "a senior Ruvan official"
    assert s.role == "official"


def test_fronted_platform_is_not_part_of_the_cue(statements_nlp: Language) -> None:
    s = run(statements_nlp, "In a statement, the Ruvan foreign ministry said the talks had failed.")[0]
    assert s.cue == "said"
    assert s.platform == "statement"
    assert s.speaker is not None and s.speaker.endswith("ministry")
    assert s.organisation == s.speaker
