"""Sentence bounds: no sentence starts right after a spaced dash, a comma or an opening bracket, or before a
lower-case word; a paragraph break always ends a sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger.nlp.sentences import sentences


def bounds(nlp, words: list[str], starts: list[bool], spaces: list[bool] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    return [s.text for s in sentences(doc)]


def test_sentences_not_split_after_a_dash_comma_or_bracket(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ["Shells", "hit", "Harbour", "-", "Old", "Quarter", "(", "Port", "Town", ")", ",", "killing", "two", "."]
    starts = [True] + [False] * 3 + [True] + [False] * 2 + [True] + [False] * 3 + [True, False, False]
    assert bounds(nlp, words, starts) == ["Shells hit Harbour - Old Quarter ( Port Town ) , killing two ."]


def test_sentences_joined_before_a_lower_case_word(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ["Drones", "struck", "the", "bridge", ".", "then", "they", "left", ".", "Rescuers", "came", "."]
    starts = [True, False, False, False, False, True, False, False, False, True, False, False]
    assert bounds(nlp, words, starts) == ["Drones struck the bridge . then they left .", "Rescuers came ."]


def test_sentences_paragraph_break_stays_a_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ["Shelling", "hit", "the", "market", "-", "\n\n", "the", "clinic", "closed", "."]
    spaces = [True, True, True, True, False, False, True, True, False, False]
    starts = [True, False, False, False, False, False, True, False, False, False]
    assert len(bounds(nlp, words, starts, spaces)) == 2


def test_sentences_blank_line_splits_what_the_parser_joined(nlp) -> None:  # type: ignore[no-untyped-def]
    words = ["Shells", "kill", "four", ",", "medics", "say", "\n\n", "PORT", "TOWN", "-", "Shells", "hit", "."]
    spaces = [True, True, False, True, True, False, False, True, False, True, True, False, False]
    starts = [True] + [False] * 12  # the parser saw one sentence
    got = bounds(nlp, words, starts, spaces)
    assert len(got) == 2 and got[0].startswith("Shells kill") and got[1].startswith("PORT TOWN")


def test_paragraph_index_counts_blank_lines_of_any_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsledger.nlp.sentences import paragraph_of

    text = "One.\n\nTwo.\n  \nThree.\n\n\n\nFour."
    doc = nlp.make_doc(text)
    assert [paragraph_of(doc, text.index(w)) for w in ("One", "Two", "Three", "Four")] == [0, 1, 2, 3]


def test_doc_text_is_the_text_the_doc_was_made_from(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract import _make_doc, extract_text
    from newsledger.ingest.article import make_article
    from newsledger.nlp.sentences import doc_text

    text = "Two  drones hit a depot,killing one guard.\n\n  A second strike followed at dawn. "
    made = _make_doc(nlp, make_article(text))
    assert doc_text(made) == made.text == text
    assert doc_text(nlp.make_doc(text)) == text  # built from the tokens when not remembered
    first, second = extract_text(text, nlp), extract_text("A shell hit a school.", nlp)
    assert first.pipeline.model == second.pipeline.model == \
        f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
