"""When and where a statement was made: its date and platform, read from the cue's own modifiers.

Modifiers are the cue verb's ``prep``/``npadvmod``/``advmod``/``tmod``/``agent``/``dobj``/``dative``/
``advcl`` children ("said *on Wednesday*", "stated *Thursday*", "said *in a statement*", "posted *on X*"),
minus any that overlap the statement's content, so that a date or a platform word inside what was
said ("... agreed in January") is not taken for the statement's own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Token

from newsledger.records import TimeExpression

MODIFIER_DEPS = {"prep", "npadvmod", "advmod", "tmod", "agent", "dobj", "dative", "obl", "advcl"}


def modifier_ranges(cue: Token, lex: dict[str, Any], content: tuple[int, int]) -> list[tuple[int, int]]:
    ranges = []
    for child in cue.children:
        if child.dep_ not in MODIFIER_DEPS or child.lemma_.lower() in lex["speech_verbs"]:
            continue
        sub = list(child.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        if start < content[1] and content[0] < end:
            if start >= content[0]:
                continue
            end = content[0]  # "said in a statement [that ...]": keep the words before the content
        ranges.append((start, end))
    return ranges


def platform_in(text: str, lex: dict[str, Any]) -> str | None:
    """The first platform phrase of the lexicon found, word-bounded, in ``text``."""
    padded = f" {text} ".lower().replace(":", " ").replace(",", " ")
    for phrase, name in lex["platforms"]:
        if f" {phrase} " in padded:
            return name
    return None


def statement_platform(cue: Token, lex: dict[str, Any], content: tuple[int, int], text: str) -> str | None:
    parts = [text[s:e] for s, e in modifier_ranges(cue, lex, content)]
    return platform_in(" ".join(parts) + " " + cue.lemma_.lower(), lex)


def statement_date(cue: Token, lex: dict[str, Any], content: tuple[int, int],
                   times: list[TimeExpression] | None) -> dt.date | None:
    """``interval_start`` of the first time expression inside the cue's modifiers (None without times)."""
    if not times:
        return None
    for start, end in modifier_ranges(cue, lex, content):
        for time in times:
            if start <= time.start and time.end <= end and time.interval_start is not None:
                return time.interval_start
    return None
