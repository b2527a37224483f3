"""Sentence look-ups that stay cheap on long documents.

spaCy's ``Token.sent`` and ``Span.sent`` check ``doc.has_annotation("SENT_START")`` on every call, which walks
the whole document: called once per number, trigger or quote, that made our components quadratic.  Here the
sentence boundaries are computed once per doc (kept in ``doc.user_data`` as plain integers, so the doc still
serialises) and looked up by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

from newsledger.nlp.doc_cache import token_column

_KEY = "newsledger_sentence_bounds"


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(starts, ends) of the sentences, as token offsets."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1], cached[2]
    if doc.has_annotation("SENT_START"):
        bounds = []
        for s in doc.sents:
            if bounds and _continues(doc, s.start):
                bounds[-1] = (bounds[-1][0], s.end)
            else:
                bounds.append((s.start, s.end))
    else:
        bounds = [(0, len(doc))]
    bounds = _split_at_blank_lines(doc, bounds)
    starts = [b[0] for b in bounds]
    ends = [b[1] for b in bounds]
    doc.user_data[_KEY] = (len(doc), starts, ends)
    return starts, ends


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


def _split_at_blank_lines(doc: Doc, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """No sentence runs over a blank line: a headline or a dateline paragraph ends there, whatever the
    parser joined ("... kills 23, activists say" + blank line + "KHARTOUM, May 14 - ...")."""
    text = doc_text(doc)
    if "\n" not in text or not len(doc):
        return bounds
    idx = token_column(doc, "IDX").tolist()
    breaks = {bisect_left(idx, m.end()) for m in _BLANK_LINE.finditer(text)}
    out: list[tuple[int, int]] = []
    for start, end in bounds:
        cuts = sorted(b for b in breaks if start < b < end)
        for cut in cuts:
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


_JOINING = frozenset({"-", "–", "—", ",", "(", "[", "/"})


def _continues(doc: Doc, start: int) -> bool:
    """A boundary the parser put where no sentence can end: right after a dash, comma or opening bracket
    ("Port Town - Old Quarter"), or before a lower-case word on the same line."""
    prev = doc[start - 1]
    if "\n" in prev.text or "\n" in prev.whitespace_:
        return False
    return prev.text in _JOINING or (doc[start].is_lower and doc[start].is_alpha)


def paragraph_of(doc: Doc, char: int) -> int:
    """The index of the paragraph holding character ``char``: paragraphs are separated by blank lines, the
    same breaks that always end a sentence (:func:`_split_at_blank_lines`)."""
    cached = doc.user_data.get("newsledger_paragraph_starts")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), [m.end() for m in _BLANK_LINE.finditer(doc_text(doc))])
        doc.user_data["newsledger_paragraph_starts"] = cached
    return bisect_right(cached[1], char)


def sent_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``."""
    starts, ends = sentence_bounds(doc)
    k = max(0, bisect_right(starts, i) - 1)
    return doc[starts[k]:ends[k]]


def sentences(doc: Doc) -> list[Span]:
    starts, ends = sentence_bounds(doc)
    return [doc[s:e] for s, e in zip(starts, ends, strict=True)]


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was tokenized from (spaCy's tokenizer loses no character, so it is
    ``doc.text``), for :func:`doc_text`."""
    doc.user_data["newsledger_text"] = (len(doc), text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token's text on each access."""
    cached = doc.user_data.get("newsledger_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["newsledger_text"] = cached
    return cached[1]
