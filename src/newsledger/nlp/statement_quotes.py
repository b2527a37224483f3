"""Quotations in an article's text: where each quoted passage starts and ends.

A quote is found by its marks, paragraph by paragraph: curly marks open (“) and close (”); a straight
mark (") or a typewriter double mark ('') opens when no quote is open and closes otherwise.  A quote still open at the end of a
paragraph ends there (``open_ended``); when the next paragraph starts with an opening mark, that
quote is a *continuation* of the previous one (news style for multi-paragraph quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSING = {"”", '"', "»"}
MARKS = re.compile("''|[“”\"«»„]")  # every opening or closing mark, the typewriter double mark first


@dataclass
class Quote:
    mark_start: int  # offset of the opening mark
    mark_end: int  # offset just after the closing mark (or the paragraph end)
    start: int  # the words inside the marks, stripped of spaces and a trailing comma
    end: int
    open_ended: bool = False
    continued: bool = False  # continues the quote of the previous paragraph

    def contains(self, offset: int) -> bool:
        return self.mark_start <= offset < self.mark_end


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def paragraph_separator(text: str) -> str:
    """A blank line when the text has any (then single line breaks are wrapping), else a line break."""
    return "\n\n" if "\n\n" in text else "\n"


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    separator = paragraph_separator(text)
    paragraph_start = 0
    previous_open_ended = False
    while paragraph_start <= len(text):
        paragraph_end = text.find(separator, paragraph_start)
        if paragraph_end < 0:
            paragraph_end = len(text)
        first_in_paragraph = True
        open_at: int | None = None
        closer = ""
        width = 1  # of the opening mark: 2 for the typewriter double mark ''
        for mark in MARKS.finditer(text, paragraph_start, paragraph_end):  # only the marks, not every character
            ch, i = mark.group(), mark.start()
            step = len(ch)
            if open_at is None and (ch in OPENING or ch == "''"):
                open_at, closer, width = i, OPENING.get(ch, "''"), step
            elif open_at is not None and (ch == closer or ch in CLOSING):
                start, end = _inner(text, open_at + width, i)
                if end > start:
                    continued = first_in_paragraph and previous_open_ended and not text[paragraph_start:open_at].strip()
                    quotes.append(Quote(open_at, i + step, start, end, continued=continued))
                first_in_paragraph = False
                previous_open_ended = False
                open_at = None
        if open_at is not None:
            start, end = _inner(text, open_at + width, paragraph_end)
            if end > start:
                continued = first_in_paragraph and previous_open_ended and not text[paragraph_start:open_at].strip()
                quotes.append(Quote(open_at, paragraph_end, start, end, open_ended=True, continued=continued))
                previous_open_ended = True
        elif text[paragraph_start:paragraph_end].strip():
            previous_open_ended = False
        paragraph_start = paragraph_end + len(separator)
    return quotes


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The quote around ``offset`` (quotes in text order, not overlapping)."""
    i = bisect.bisect_right(quotes, offset, key=lambda q: q.mark_start) - 1
    return quotes[i] if i >= 0 and quotes[i].contains(offset) else None
