"""The date of an event mention: the first date its sentence gives, the dateline's filing date only when the
sentence gives no other.  Used by :mod:`newsledger.nlp.events`."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsledger.records import TimeExpression

# "KYIV, Oct 8 (Example Wire) - ": a dateline, up to its dash
_DATELINE_PREFIX = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]+,[^\n]{0,60}?[ \t](?:—|–|--?)[ \t]")


def choose_time(sent: Span, times: list[TimeExpression]) -> TimeExpression | None:
    """The first date of the sentence, the dateline's filing date only when the sentence gives no other."""
    dated = [t for t in times if sent.start_char <= t.start < sent.end_char
             and t.timex_type in {"DATE", "TIME"} and t.interval_start is not None]
    prefix = _DATELINE_PREFIX.match(sent.text)
    if prefix is not None:
        told = [t for t in dated if t.start >= sent.start_char + prefix.end()]
        dated = told or dated
    return dated[0] if dated else None
