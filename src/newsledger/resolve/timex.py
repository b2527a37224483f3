"""Find and normalise English time expressions: TIMEX3 values and date intervals, given an anchor date.

Pure functions, no spaCy here.  :func:`normalise` turns one expression ("on Tuesday", "the last three
days", "since October 7, 2023") into a :class:`TimexValue`; :func:`find_time_expressions` finds every
expression of the grammar in a text (the spaCy component :mod:`newsledger.nlp.times` adds its own
checks around it).

The work is split by job: ``timex_lexicon`` (words, from ``data/time_lexicon.json``, and regex fragments),
``timex_values`` (value types and calendar arithmetic), ``timex_dates`` (named dates, months, years,
quarters, holidays), ``timex_relative`` (expressions relative to the publication date or to the last date
mentioned), ``timex_durations`` (durations and sets), ``timex_grammar`` (the rules and the finder); this
module is the entry point and re-exports what the rest of the code uses.

Values follow TimeML/TIMEX3 as annotated in TimeBank: ``2025-03-20``, ``2025-03``, ``2025-W12``,
``2025-W11-WE`` (a weekend), ``2025-Q1``, ``2025-SU`` (a season), ``199`` (a decade), ``2025-03-19TNI``
(a night), ``2025-03-20T15:00``, durations ``P3D`` / ``PT2H`` / ``PXY`` (vague), sets ``P1D`` /
``XXXX-WXX-1``, and ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``.

News-relative rules (the anchor is the publication date):

* a bare weekday equal to the publication weekday is the publication day; any other bare weekday is the
  most recent such day before publication, unless the clause is in the future tense (then the next one);
* a bare clock time ("at 10 p.m.") is on the last single day mentioned (``reference``: the component passes it
  when it was mentioned in the same or the previous sentence), else the publication day;
* "overnight" is the night before publication: value ``<anchor-1>TNI``, interval anchor-1 .. anchor;
* "the last/past N days|weeks|…" is a duration (``P3D``) whose interval ends on the publication day and
  counts it: "in the last three days" published 2025-03-20 is 2025-03-18 .. 2025-03-20;
* "earlier this week" is the ISO week (``2025-W12``) with the interval Monday .. the day before
  publication (the publication day itself when that is a Monday); "later this week" is the day after
  publication .. Sunday; the same for month and year;
* "since <date>" runs from the start of <date> to the publication date;
* a month (or month and day) without a year is in the publication year, unless that lies more than half a
  year ahead (then the year before); in a past- or future-tense clause it is the nearest such month, a
  candidate on the wrong side of the publication date counting three times as far, and only within a month
  of it ("agreed in August" published in March is last August; "extended the offer to Nov. 20" published on
  2 November is this one; "changed in December" published in late October is last December);
* "the past year" is the previous calendar year as a value (TimeBank's convention) and the 12 months
  up to publication as an interval;
* "this week" is Monday .. Sunday of the publication week, "last week" the ISO week before; "the weekend"
  is the coming one in a future-tense clause or when published Thursday or Friday, else the last one;
* "a year ago" / "two weeks ago" shift the anchor and keep the unit's granularity (``2024``, ``2025-W10``);
  "two days later" / "the next day" count from the last single day mentioned before (the component passes
  it as ``reference``), else from the anchor;
* "the third quarter" is the most recent third quarter that has begun; "the quarter" / "the latest
  quarter" is the last completed one; in a sentence about quarterly results "a year ago" is that quarter a
  year earlier (the component decides that, :func:`year_ago_quarter`);
* "that year", "the following month", "the previous year" count from the last date the text gave at that
  granularity (a year written out or "last year", not the year of a weekday), else the last one at a finer
  granularity (the reference time of HeidelTime and SUTime), passed by the component as ``mentions``; else
  as above;
* "the year" / "the fiscal year" is the publication year; "the year ended June 30" is a duration ``P1Y``;
  "current" (an adjective) is ``PRESENT_REF``; "the 20th century" is ``19``; durations keep the unit
  written ("72 hours" is ``PT72H``);
* "early/mid/late March" and "early/mid/late 2024" keep the value and narrow the interval to a third;
* precision (ACLED ``time_precision``) follows the interval: one day → 1, up to two weeks → 2, longer → 3;
  a night ("overnight", ``TNI``) is 1.

Without an anchor, relative expressions keep an underspecified value (``XXXX-WXX-2``) and are not resolved
(reason ``"no publication date"``); absolute dates and plain durations still resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from newsledger.resolve.timex_dates import quarter_of_year, year_ago_quarter
from newsledger.resolve.timex_grammar import RULES, RULES_BY_NAME, Rule, find_time_expressions
from newsledger.resolve.timex_values import (
    NO_ANCHOR,
    NOT_RECOGNISED,
    Context,
    Mentions,
    NeedAnchor,
    Tense,
    TimexMatch,
    TimexValue,
    acled_precision,
    day_value,
    grain_of,
)

__all__ = ["NOT_RECOGNISED", "NO_ANCHOR", "Mentions", "Tense", "TimexMatch", "TimexValue", "find_time_expressions", "normalise",
           "grain_of", "quarter_of_year", "resolve_match", "year_ago_quarter"]

_PREP = re.compile(r"^(?:on|in|at|during|over|for|by|from|of|until|till|through|throughout|around|about)\s+",
                   re.IGNORECASE)
_SINCE = re.compile(r"^since\s+", re.IGNORECASE)


def _apply(rule: Rule, m: re.Match[str], c: Context) -> TimexValue | None:
    try:
        tv = rule.handler(m, c)
    except NeedAnchor as need:
        return TimexValue(value=need.value, timex_type=need.timex_type, resolved=False, reason=NO_ANCHOR)
    return tv


def _mentions(mentions: Mentions | None) -> Mentions:
    return mentions or ()


def resolve_match(found: TimexMatch, anchor: dt.date | None, *, tense: Tense | None = None,
                  reference: dt.date | None = None, since: bool = False,
                  mentions: Mentions | None = None) -> TimexValue | None:
    """Normalise a match returned by :func:`find_time_expressions` (None: not a time expression after all).
    ``mentions`` are the calendar dates mentioned before it, one (grain, first day) per granularity, most
    recent first (or a single one): see :class:`Context`."""
    c = Context(anchor, tense, reference, _mentions(mentions))
    tv = _apply(RULES_BY_NAME[found.rule], found.match, c)
    return _since(tv, anchor) if since and tv is not None else tv


def _since(tv: TimexValue, anchor: dt.date | None) -> TimexValue:
    if tv.interval_start is None:
        return tv
    end = anchor if anchor is not None and anchor >= tv.interval_start else tv.interval_end
    if anchor is None:
        end = None
    return replace(tv, interval_end=end, precision=acled_precision(tv.interval_start, end))


@lru_cache(maxsize=8192)
def _normalise_cached(text: str, anchor: dt.date | None, tense: Tense | None,
                      reference: dt.date | None, mentions: Mentions = ()) -> TimexValue:
    t = " ".join(text.split())
    since = False
    if _SINCE.match(t):
        since, t = True, _SINCE.sub("", t)
    else:
        t2 = _PREP.sub("", t)
        if t2 != t and any(r.full.fullmatch(t2) for r in RULES):
            t = t2
    c = Context(anchor, tense, reference, mentions)
    for rule in RULES:
        m = rule.full.fullmatch(t)
        if m is None:
            continue
        tv = _apply(rule, m, c)
        if tv is None:
            continue
        return _since(tv, anchor) if since else tv
    parsed = _dateparser_fallback(t)
    if parsed is not None:
        tv = day_value(parsed)
        return _since(tv, anchor) if since else tv
    return TimexValue(value=None, resolved=False, reason=NOT_RECOGNISED)


def normalise(text: str, anchor: dt.date | None = None, *, tense: Tense | None = None,
              reference: dt.date | None = None, mentions: Mentions | None = None) -> TimexValue:
    """Normalise one time expression ("on Tuesday", "the last three days", "March 20", "P3D"…).

    ``anchor`` is the publication date; ``tense`` ("past", "present", "future") of the clause the expression
    sits in picks between the last and the next Tuesday or March; ``reference`` is the date that anaphoric
    expressions ("the next day", "two days later") count from (default: the anchor); ``mentions`` the
    calendar dates mentioned before, one (grain, first day) per granularity, most recent first (or a single
    one), which "that year" or "the following month" refer to.  Leading prepositions
    ("on", "in", …) are ignored; a leading "since" makes the interval run to the anchor.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    return _normalise_cached(text, anchor, tense, reference, _mentions(mentions))


_DATEPARSER = None


def _dateparser_fallback(text: str) -> dt.date | None:
    """dateparser for explicit calendar dates in formats the rules do not know (day, month and year all
    given); never for relative expressions, which it gets wrong for news."""
    global _DATEPARSER
    if not re.search(r"\d{4}", text) or len(text) > 40:
        return None
    if _DATEPARSER is None:
        from dateparser.date import DateDataParser

        _DATEPARSER = DateDataParser(languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    try:
        data = _DATEPARSER.get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date()
