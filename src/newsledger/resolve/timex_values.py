"""TIMEX3 values and the calendar arithmetic behind them: value types, the resolution context, one
constructor per granularity (day, week, month, quarter, season, year) and the ACLED precision of an interval."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from newsledger.resolve.timex_lexicon import PARTS

Tense = Literal["past", "present", "future"]

NO_ANCHOR = "no publication date"
NOT_RECOGNISED = "not a recognised time expression"


@dataclass(frozen=True)
class TimexValue:
    """The normalised meaning of one time expression."""

    value: str | None
    timex_type: str = "DATE"
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    precision: int | None = None
    resolved: bool = False
    reason: str | None = None


@dataclass(frozen=True)
class TimexMatch:
    """One expression found in a text: character offsets, the grammar rule and its regex match."""

    start: int
    end: int
    rule: str
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.group(0)


Mentions = tuple[tuple[str, dt.date], ...]


@dataclass(frozen=True)
class Context:
    """What a rule resolves against: the publication date, the clause's tense, the last single day mentioned
    (``reference``) and the calendar dates mentioned so far (``mentions``: one (grain, first day) per
    granularity, the last one the text gave at that grain, most recent first, e.g. ``(("day", 1988-03-05),
    ("year", 1988-01-01))``), which anaphoric expressions ("that year", "the following month") refer to: the
    reference time of HeidelTime and SUTime is the last date mentioned at the expression's granularity."""

    anchor: dt.date | None
    tense: Tense | None
    reference: dt.date | None
    mentions: Mentions = ()


class NeedAnchor(Exception):
    """Raised by a rule that needs the publication date when there is none."""

    def __init__(self, value: str | None, timex_type: str = "DATE") -> None:
        super().__init__(value)
        self.value = value
        self.timex_type = timex_type


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def monday_of(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def acled_precision(start: dt.date | None, end: dt.date | None) -> int | None:
    if start is None or end is None:
        return None
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 14 else 3


def resolved(value: str | None, start: dt.date | None, end: dt.date | None, timex_type: str = "DATE",
        precision: int | None = None) -> TimexValue:
    return TimexValue(value=value, timex_type=timex_type, interval_start=start, interval_end=end,
                      precision=precision if precision is not None else acled_precision(start, end), resolved=True)


def day_value(d: dt.date, part: str | None = None) -> TimexValue:
    if part:
        return resolved(f"{iso_day(d)}T{PARTS[part]}", d, d, "TIME", 1)
    return resolved(iso_day(d), d, d)


def month_value(y: int, m: int) -> TimexValue:
    return resolved(f"{y}-{m:02d}", dt.date(y, m, 1), month_end(y, m))


def year_value(y: int) -> TimexValue:
    return resolved(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))


def week_value(d: dt.date) -> TimexValue:
    mon = monday_of(d)
    return resolved(iso_week(d), mon, mon + dt.timedelta(days=6))


def weekend_value(saturday: dt.date) -> TimexValue:
    return resolved(f"{iso_week(saturday)}-WE", saturday, saturday + dt.timedelta(days=1))


def quarter_value(y: int, q: int) -> TimexValue:
    start = dt.date(y, 3 * q - 2, 1)
    return resolved(f"{y}-Q{q}", start, month_end(y, 3 * q))


def half_value(y: int, h: int) -> TimexValue:
    return resolved(f"{y}-H{h}", dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h))


def season_bounds(y: int, code: str) -> tuple[dt.date, dt.date]:
    if code == "SP":
        return dt.date(y, 3, 1), dt.date(y, 5, 31)
    if code == "SU":
        return dt.date(y, 6, 1), dt.date(y, 8, 31)
    if code == "FA":
        return dt.date(y, 9, 1), dt.date(y, 11, 30)
    return dt.date(y, 12, 1), month_end(y + 1, 2)


def season_value(y: int, code: str) -> TimexValue:
    s, e = season_bounds(y, code)
    return resolved(f"{y}-{code}", s, e)


def narrow(tv: TimexValue, mod: str | None, anchor: dt.date | None) -> TimexValue:
    """Narrow the interval of ``tv`` for a modifier (early, mid, late, earlier, later, …); value unchanged."""
    if not mod or tv.interval_start is None or tv.interval_end is None:
        return tv
    mod = " ".join(mod.lower().replace("-", " ").split())
    if mod.startswith(("end of", "beginning of", "start of", "middle of")):
        mod = "the " + mod  # "by end of 2023"
    s, e = tv.interval_start, tv.interval_end
    n = (e - s).days + 1
    third = max(n // 3, 1)
    sixth = max(n // 6, 1)
    if mod in ("the beginning of", "the start of"):
        e = s + dt.timedelta(days=sixth - 1)
    elif mod in ("the end of", "the turn of"):
        s = e - dt.timedelta(days=sixth - 1)
    elif mod in ("early", "early on"):
        s, e = s, s + dt.timedelta(days=third - 1)
    elif mod in ("mid", "the middle of"):
        s, e = s + dt.timedelta(days=third), e - dt.timedelta(days=third)
    elif mod in ("late", "late on"):
        s, e = e - dt.timedelta(days=third - 1), e
    elif mod == "the first half of":
        e = s + dt.timedelta(days=n // 2 - 1)
    elif mod == "the second half of":
        s = s + dt.timedelta(days=n // 2)
    elif mod in ("earlier", "earlier on") and anchor is not None and s <= anchor <= e:
        e = max(s, anchor - dt.timedelta(days=1))
    elif mod in ("later", "later on", "the rest of", "the remainder of") and anchor is not None and s <= anchor <= e:
        s = min(e, anchor + (dt.timedelta(days=0) if mod.startswith("the") else dt.timedelta(days=1)))
    else:
        return tv
    if e < s:
        e = s
    return replace(tv, interval_start=s, interval_end=e,
                   precision=max(tv.precision or 1, 1) if tv.timex_type == "TIME" else acled_precision(s, e))


def need_anchor(c: Context, underspecified: str | None, timex_type: str = "DATE") -> dt.date:
    if c.anchor is None:
        raise NeedAnchor(underspecified, timex_type)
    return c.anchor


# A whole month named in a past-tense clause lies ahead of the anchor only when it starts within a month of
# it: "changed in January" said in October is last January ("extended it to Nov. 20" may be a date ahead).
MONTH_WRONG_SIDE_DAYS = 31


def pick_candidate(candidates: list[tuple[dt.date, dt.date]], anchor: dt.date, tense: Tense | None,
                   wrong_side_days: int | None = None) -> int:
    """Index of the candidate interval meant (candidates are one year apart, in order, the middle one in
    the anchor's year).  With a tense, the nearest to the anchor where a candidate on the wrong side (after
    the anchor in a past-tense clause, before it in a future-tense one) counts three times as far, and not at
    all beyond ``wrong_side_days``: tense is a poor guide on its own ("extended the offer to Nov. 20" is past
    tense about a day a few weeks ahead).  Without
    one, the anchor's year, unless that lies more than half a year ahead ("on December 28" published on
    5 January is the December before)."""
    if tense in ("past", "future"):

        def dist(iv: tuple[dt.date, dt.date]) -> float:
            s, e = iv
            if s <= anchor <= e:
                return 0.0
            wrong = s > anchor if tense == "past" else e < anchor
            days = (s - anchor).days if s > anchor else (anchor - e).days
            if not wrong:
                return float(days)
            return days * 3.0 + (1000.0 if wrong_side_days is not None and days > wrong_side_days else 0.0)

        return min(range(len(candidates)), key=lambda i: (dist(candidates[i]), candidates[i][0] > anchor))
    mid = len(candidates) // 2
    if (candidates[mid][0] - anchor).days > 183:
        return mid - 1
    return mid


def year_for_month(month: int, day: int | None, c: Context) -> int:
    anchor = need_anchor(c, None)
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None:
            try:
                d = dt.date(y, month, day)
            except ValueError:
                d = month_end(y, month)
            cands.append((d, d))
        else:
            cands.append((dt.date(y, month, 1), month_end(y, month)))
    return anchor.year - 1 + pick_candidate(cands, anchor, c.tense, MONTH_WRONG_SIDE_DAYS if day is None else None)


def weekday_date(wd: int, base: dt.date, direction: str) -> dt.date:
    """The weekday ``wd`` relative to ``base``: 'same-or-past', 'past' (strictly), 'future' (strictly),
    'same-or-future'."""
    delta = (base.weekday() - wd) % 7
    if direction == "past":
        return base - dt.timedelta(days=delta or 7)
    if direction == "same-or-past":
        return base - dt.timedelta(days=delta)
    ahead = (wd - base.weekday()) % 7
    if direction == "future":
        return base + dt.timedelta(days=ahead or 7)
    return base + dt.timedelta(days=ahead)


def reference_day(c: Context) -> dt.date:
    return c.reference or need_anchor(c, None)


GRAINS = {"day": 0, "night": 0, "morning": 0, "afternoon": 0, "evening": 0, "week": 1, "weekend": 1, "month": 2,
          "quarter": 3, "half": 4, "year": 5, "decade": 6, "century": 7}
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?P<q>Q[1-4])|-(?P<h>H[12])|-W\d\d|-(?P<m>\d\d)(?P<d>-\d\d)?)?$")


def grain_of(value: str | None) -> str | None:
    """The granularity of a calendar value ("1988" → year, "1988-Q3" → quarter, "1988-03-05" → day), None for
    anything else (durations, references, times of day, underspecified values)."""
    m = _CALENDAR_VALUE.match(value or "")
    if m is None:
        return None
    if m["d"]:
        return "day"
    if m["m"]:
        return "month"
    if m["q"]:
        return "quarter"
    if m["h"]:
        return "half"
    return "week" if "-W" in value else "year"  # type: ignore[operator]


def anaphor_base(c: Context, unit: str) -> dt.date:
    """The date "that <unit>" / "the following <unit>" counts from: the last date mentioned at the unit's
    granularity ("that year" after "in 2019 … on Tuesday" is 2019), else the last one mentioned at a finer
    granularity, else the last day mentioned, else the publication date."""
    grain = GRAINS.get(unit, -1)
    for g, d in c.mentions:
        if GRAINS.get(g, 9) == grain:
            return d
    for g, d in c.mentions:
        if GRAINS.get(g, 9) < grain:
            return d
    return reference_day(c)


def group_lower(m: re.Match[str], name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return v.lower() if v else None
