"""Direct speech: quotations attributed to the cue before or after them."""

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


def test_quote_before_cue_is_attributed_to_the_subject(statements_nlp: Language) -> None:
    text = 'Farmers left the valley overnight. "The water is gone," Mayor Olga Brant said.'
    statements = run(statements_nlp, text)
    assert len(statements) == 1
    s = statements[0]
    assert s.direct is True
    assert s.text == "The water is gone"
    assert s.speaker == "Olga Brant"
    assert s.cue == "said"
    assert text[s.evidence.start:s.evidence.end] == s.evidence.text == s.text
    assert s.speaker_evidence is not None
    assert text[s.speaker_evidence.start:s.speaker_evidence.end] == "Olga Brant"


def test_quote_after_colon_and_comma(statements_nlp: Language) -> None:
    text = ('Teo Marsh told the assembly: "We will open the road tomorrow." '
            'Rina Calder added, "Nobody should travel at night."')
    statements = run(statements_nlp, text)
    pairs = [(s.speaker, s.text, s.cue) for s in statements]
    assert ("Teo Marsh", "We will open the road tomorrow.", "told") in pairs
    assert ("Rina Calder", "Nobody should travel at night.", "added") in pairs


def test_split_quote_gives_two_statements_with_one_speaker(statements_nlp: Language) -> None:
    text = '"We did not start this," Ilse Varga said, "but we will finish it."'
    statements = run(statements_nlp, text)
    assert [s.text for s in statements] == ["We did not start this", "but we will finish it."]
    assert {s.speaker for s in statements} == {"Ilse Varga"}
    assert [s.id for s in statements] == ["s1", "s2"]


def test_multi_paragraph_quote_keeps_the_speaker(statements_nlp: Language) -> None:
    text = ('Governor Amos Pell said: "The bridge was hit twice in one hour.\n\n'
            '"Our engineers cannot reach it until the shelling stops."')
    statements = run(statements_nlp, text)
    assert len(statements) == 2
    assert statements[1].text.startswith("Our engineers")
    assert statements[1].speaker == statements[0].speaker == "Amos Pell"


def test_unattributed_quote_takes_the_speaker_of_the_previous_sentence(statements_nlp: Language) -> None:
    text = ('Doctor Hana Sorel said the clinic had no fuel left. '
            '"We are treating people by torchlight in the corridors."')
    statements = run(statements_nlp, text)
    quoted = [s for s in statements if s.direct]
    assert len(quoted) == 1
    assert quoted[0].speaker == "Hana Sorel"


def test_scare_quotes_without_a_cue_are_not_statements(statements_nlp: Language) -> None:
    text = 'The army described the raid as a "limited operation" in the north.'
    assert all(s.text != "limited operation" for s in run(statements_nlp, text))
