"""Helpers that read token attributes from a doc's arrays instead of making a Token per word: they pick
the same tokens as the per-token tests they replace."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from newsledger.nlp.place_patterns import token_offsets_and_breaks, with_plurals
from newsledger.nlp.statement_cues import cue_candidates
from newsledger.nlp.statement_speakers import name_and_subject_starts


def test_token_offsets_and_breaks_count_sentence_ends_and_blank_lines() -> None:
    doc = spacy.blank("en")("Rain fell. Then the Upper Valley flooded;\n\nroads closed")
    starts, ends, breaks = token_offsets_and_breaks(doc)
    assert [doc.text[a:b] for a, b in zip(starts, ends, strict=True)] == [t.text for t in doc]
    assert len(breaks) == len(doc) + 1 and breaks[0] == 0
    for k, tok in enumerate(doc):  # one more break after each ".", ";" and whitespace token
        assert breaks[k + 1] - breaks[k] == int(tok.is_space or tok.text in {".", "!", "?", ";"})
    assert token_offsets_and_breaks(spacy.blank("en")("")) == ([], [], [0])


def test_with_plurals_adds_an_s_to_each_word() -> None:
    assert with_plurals(frozenset({"region", "state"})) == {"region", "regions", "state", "states"}


def test_cue_candidates_are_content_words_and_according(parse: Callable[..., Doc]) -> None:
    doc = parse("According to the mayor, the bridge was closed. She said it would reopen soon.")
    expected = [t.i for t in doc if t.pos_ in {"NOUN", "VERB", "AUX", "ADJ", "ADV"} or t.lower_ == "according"]
    assert cue_candidates(doc) == expected
    assert doc[0].i in cue_candidates(doc)


def test_name_and_subject_starts(parse: Callable[..., Doc]) -> None:
    doc = parse("Maria Lopez said the council met. Officials told John Smith that the road was open.")
    names, subjects = name_and_subject_starts(doc)
    assert names == [t.i for t in doc if t.ent_iob_ == "B" and t.ent_type_ == "PERSON"]
    assert subjects == [t.i for t in doc if t.dep_ in {"nsubj", "nsubjpass"}]
    assert doc[names[0]].text == "Maria"
