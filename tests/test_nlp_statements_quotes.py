"""Finding quotations in raw text (no model needed)."""

from __future__ import annotations

from newsledger.nlp.statement_quotes import find_quotes


def test_curly_and_straight_quotes() -> None:
    text = 'He said “we stay” and then "we go," twice.'
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["we stay", "we go"]
    assert text[quotes[0].mark_start] == "“" and text[quotes[0].mark_end - 1] == "”"


def test_mixed_marks_close_each_other() -> None:
    text = 'She said "we stay” today.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["we stay"]


def test_open_quote_continues_into_next_paragraph() -> None:
    text = '"First part of it.\n\n"Second part of it," she said.'
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].open_ended and not quotes[0].continued
    assert quotes[1].continued


def test_closed_quote_does_not_continue() -> None:
    text = '"Done," he said.\n\n"New words," she said.'
    assert [q.continued for q in find_quotes(text)] == [False, False]


def test_typewriter_double_single_quotes() -> None:
    text = "''We stay,'' she said, and he's ''not leaving.''"
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["We stay", "not leaving."]
