"""Find and normalise English time expressions: TIMEX3 values and date intervals, given an anchor date.

Pure functions, no spaCy here.  :func:`normalise` turns one expression ("on Tuesday", "the last three
days", "since October 7, 2023") into a :class:`TimexValue`; :func:`find_time_expressions` finds every
expression of the grammar in a text (the spaCy component :mod:`newsledger.nlp.times` adds its own
checks around it).

Values follow TimeML/TIMEX3 as annotated in TimeBank: ``2025-03-20``, ``2025-03``, ``2025-W12``,
``2025-W11-WE`` (a weekend), ``2025-Q1``, ``2025-SU`` (a season), ``199`` (a decade), ``2025-03-19TNI``
(a night), ``2025-03-20T15:00``, durations ``P3D`` / ``PT2H`` / ``PXY`` (vague), sets ``P1D`` /
``XXXX-WXX-1``, and ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``.

News-relative rules (the anchor is the publication date):

* a bare weekday equal to the publication weekday is the publication day; any other bare weekday is the
  most recent such day before publication, unless the clause is in the future tense (then the next one);
* "overnight" is the night before publication: value ``<anchor-1>TNI``, interval anchor-1 .. anchor;
* "the last/past N days|weeks|…" is a duration (``P3D``) whose interval ends on the publication day and
  counts it: "in the last three days" published 2025-03-20 is 2025-03-18 .. 2025-03-20;
* "earlier this week" is the ISO week (``2025-W12``) with the interval Monday .. the day before
  publication (the publication day itself when that is a Monday); "later this week" is the day after
  publication .. Sunday; the same for month and year;
* "since <date>" runs from the start of <date> to the publication date;
* a month (or month and day) without a year is in the publication year, unless that lies more than half a
  year ahead (then the year before); in a past- or future-tense clause it is the nearest such month, a
  candidate on the wrong side of the publication date counting three times as far ("agreed in August"
  published in March is last August; "extended the offer to Nov. 20" published on 2 November is this one);
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
* "early/mid/late March" and "early/mid/late 2024" keep the value and narrow the interval to a third;
* precision (ACLED ``time_precision``) follows the interval: one day → 1, up to two weeks → 2, longer → 3;
  a night ("overnight", ``TNI``) is 1.

Without an anchor, relative expressions keep an underspecified value (``XXXX-WXX-2``) and are not resolved
(reason ``"no publication date"``); absolute dates and plain durations still resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

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


@dataclass(frozen=True)
class _Ctx:
    anchor: dt.date | None
    tense: Tense | None
    reference: dt.date | None


class _NeedAnchor(Exception):
    """Raised by a rule that needs the publication date when there is none."""

    def __init__(self, value: str | None, timex_type: str = "DATE") -> None:
        super().__init__(value)
        self.value = value
        self.timex_type = timex_type


# --- lexicon -------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})

SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(SMALL)}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(TENS) if w})
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "a dozen": 12, "dozen": 12, "a hundred": 100,
                     "hundred": 100, "half a": 0.5, "half an": 0.5, "a half": 0.5, "a couple of": 2,
                     "a couple": 2, "couple of": 2, "a pair of": 2, "a fortnight": 1})
VAGUE_WORDS = {"several", "a few", "few", "some", "many", "dozens of", "hundreds of", "a number of",
               "numerous", "countless", "multiple", "the", "recent", "coming"}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
         "midday": "MI", "dawn": "MO", "dusk": "EV"}
UNIT_CODES = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
              "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
              "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
              "quarter": ("Q", False), "weekend": ("WE", False)}

# Case-sensitive month names (so that "may" the verb and "march" the verb are not months); the
# normaliser uses a case-insensitive copy of every pattern.
_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
_WD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
       r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
_SMALLS = "|".join(sorted(SMALL[1:], key=len, reverse=True))
_TENS = "|".join(w for w in TENS if w)
_NUMW = rf"(?:(?:{_TENS})(?:[-\s](?:{_SMALLS}))?|{_SMALLS})"
_NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_NUMW}|a\s+dozen|a\s+hundred|a\s+single|a\s+couple(?:\s+of)?|a\s+pair\s+of|"
        r"couple\s+of|half\s+an?|an?)")
_VAGUE = r"(?:several|a\s+few|few|some|many|dozens\s+of|hundreds\s+of|a\s+number\s+of|numerous|countless|multiple)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
_PART = r"(?:morning|afternoon|evening|night)"
_DAYWORD = rf"(?:{_WD}|today|yesterday|tomorrow|tonight)"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPELLED_YEAR = (rf"(?:(?:nineteen|eighteen|twenty)[\s-](?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|(?:{_TEENS})|oh[\s-](?:{_ONES})|"
                 rf"hundred)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?)")
_YEAR = rf"(?:1[6-9]\d\d|20\d\d|{_SPELLED_YEAR})"
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_MOD = (r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
        r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|the\s+remainder\s+of|"
        r"the\s+turn\s+of)")

# --- date helpers ----------------------------------------------------------------------------------


def _d(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: dt.date, n: int) -> dt.date:
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _precision(start: dt.date | None, end: dt.date | None) -> int | None:
    if start is None or end is None:
        return None
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 14 else 3


def _mk(value: str | None, start: dt.date | None, end: dt.date | None, timex_type: str = "DATE",
        precision: int | None = None) -> TimexValue:
    return TimexValue(value=value, timex_type=timex_type, interval_start=start, interval_end=end,
                      precision=precision if precision is not None else _precision(start, end), resolved=True)


def _day(d: dt.date, part: str | None = None) -> TimexValue:
    if part:
        return _mk(f"{_d(d)}T{PARTS[part]}", d, d, "TIME", 1)
    return _mk(_d(d), d, d)


def _month_v(y: int, m: int) -> TimexValue:
    return _mk(f"{y}-{m:02d}", dt.date(y, m, 1), _month_end(y, m))


def _year_v(y: int) -> TimexValue:
    return _mk(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31))


def _week_v(d: dt.date) -> TimexValue:
    mon = _monday(d)
    return _mk(_week(d), mon, mon + dt.timedelta(days=6))


def _weekend_v(saturday: dt.date) -> TimexValue:
    return _mk(f"{_week(saturday)}-WE", saturday, saturday + dt.timedelta(days=1))


def _quarter_v(y: int, q: int) -> TimexValue:
    start = dt.date(y, 3 * q - 2, 1)
    return _mk(f"{y}-Q{q}", start, _month_end(y, 3 * q))


def _half_v(y: int, h: int) -> TimexValue:
    return _mk(f"{y}-H{h}", dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h))


def _season_bounds(y: int, code: str) -> tuple[dt.date, dt.date]:
    if code == "SP":
        return dt.date(y, 3, 1), dt.date(y, 5, 31)
    if code == "SU":
        return dt.date(y, 6, 1), dt.date(y, 8, 31)
    if code == "FA":
        return dt.date(y, 9, 1), dt.date(y, 11, 30)
    return dt.date(y, 12, 1), _month_end(y + 1, 2)


def _season_v(y: int, code: str) -> TimexValue:
    s, e = _season_bounds(y, code)
    return _mk(f"{y}-{code}", s, e)


def _narrow(tv: TimexValue, mod: str | None, anchor: dt.date | None) -> TimexValue:
    """Narrow the interval of ``tv`` for a modifier (early, mid, late, earlier, later, …); value unchanged."""
    if not mod or tv.interval_start is None or tv.interval_end is None:
        return tv
    mod = " ".join(mod.lower().replace("-", " ").split())
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
                   precision=max(tv.precision or 1, 1) if tv.timex_type == "TIME" else _precision(s, e))


def _need(c: _Ctx, underspecified: str | None, timex_type: str = "DATE") -> dt.date:
    if c.anchor is None:
        raise _NeedAnchor(underspecified, timex_type)
    return c.anchor


def _pick(candidates: list[tuple[dt.date, dt.date]], anchor: dt.date, tense: Tense | None) -> int:
    """Index of the candidate interval meant (candidates are one year apart, in order, the middle one in
    the anchor's year).  With a tense, the nearest to the anchor where a candidate on the wrong side (after
    the anchor in a past-tense clause, before it in a future-tense one) counts three times as far: tense
    is a poor guide on its own ("extended the offer to Nov. 20" is past tense about a future day).  Without
    one, the anchor's year, unless that lies more than half a year ahead ("on December 28" published on
    5 January is the December before)."""
    if tense in ("past", "future"):

        def dist(iv: tuple[dt.date, dt.date]) -> float:
            s, e = iv
            if s <= anchor <= e:
                return 0.0
            if s > anchor:
                return (s - anchor).days * (3.0 if tense == "past" else 1.0)
            return (anchor - e).days * (3.0 if tense == "future" else 1.0)

        return min(range(len(candidates)), key=lambda i: (dist(candidates[i]), candidates[i][0] > anchor))
    mid = len(candidates) // 2
    if (candidates[mid][0] - anchor).days > 183:
        return mid - 1
    return mid


def _year_for_month(month: int, day: int | None, c: _Ctx) -> int:
    anchor = _need(c, None)
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None:
            try:
                d = dt.date(y, month, day)
            except ValueError:
                d = _month_end(y, month)
            cands.append((d, d))
        else:
            cands.append((dt.date(y, month, 1), _month_end(y, month)))
    return anchor.year - 1 + _pick(cands, anchor, c.tense)


def _weekday_date(wd: int, base: dt.date, direction: str) -> dt.date:
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


def _year_num(text: str) -> int:
    """A year in digits or words: "1996", "nineteen ninety-six", "the year two thousand"."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.isdigit():
        return int(t)
    if t.startswith("the year "):
        t = t[len("the year "):]
    if t.startswith("two thousand"):
        rest = t[len("two thousand"):].replace(" and ", " ").strip()
        return 2000 + int(_number(rest) or 0)
    first, _, rest = t.partition(" ")
    century = int(NUMBER_WORDS[first])
    if rest == "hundred":
        return century * 100
    rest = rest.removeprefix("oh ")
    return century * 100 + int(_number(rest) or 0)


def _number(text: str | None) -> float | None:
    """A number written in digits or words ("three", "twenty-four", "2 1/2", "a", "a few" → None)."""
    if text is None:
        return None
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    half = 0.0
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t] + half
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        a, b = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if a >= 20 and a % 10 == 0 and b < 10:
            return a + b + half
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    """``P3D``, ``PT2H``, ``PXY`` (n None), ``P2Y6M`` (2.5 years), ``P20Y`` (two decades)."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code, is_time = UNIT_CODES.get(unit, ("D", False))
    t = "T" if is_time else ""
    if n is None:
        return f"P{t}X{code}"
    if unit == "fortnight":
        n, code = n * 2, "W"
    if unit == "hour" and n >= 24 and n % 24 == 0:
        n, code, t = n // 24, "D", ""
    if code == "DE":
        n, code = n * 10, "Y"
    elif code == "CE":
        n, code = n * 100, "Y"
    elif code == "Q" and n != int(n):
        n, code = n * 3, "M"
    elif code == "WE":
        n, code = n * 2, "D"
    if n != int(n):
        whole, frac = int(n), n - int(n)
        sub = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "S": (0, "")}
        if code in sub and code != "S" and not (code == "M" and is_time):
            k, c2 = sub[code] if not (is_time and code == "M") else (60, "S")
            extra = round(frac * k)
            if c2 in ("H",) and not is_time:
                return f"P{whole}{code}T{extra}H" if whole else f"PT{extra}H"
            if c2 == "M" and is_time:
                return f"PT{whole}H{extra}M" if whole else f"PT{extra}M"
            return f"P{t}{whole}{code}{extra}{c2}" if whole else f"P{t}{extra}{c2}"
        if is_time and code == "M":
            extra = round(frac * 60)
            return f"PT{whole}M{extra}S" if whole else f"PT{extra}S"
    return f"P{t}{_fmt_num(n)}{code}"


def _span_days(n: float, unit: str) -> int | None:
    unit = unit.lower().rstrip("s")
    per = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "weekend": 2}
    if unit in per:
        return max(int(round(n * per[unit])), 1)
    return None


def _back(anchor: dt.date, n: float, unit: str) -> dt.date:
    """The first day of an N-unit period that ends on (and counts) ``anchor``."""
    unit = unit.lower().rstrip("s")
    days = _span_days(n, unit)
    if days is not None:
        return anchor - dt.timedelta(days=days - 1)
    if unit in ("month", "quarter"):
        months = int(round(n * (3 if unit == "quarter" else 1)))
        return _add_months(anchor, -months) + dt.timedelta(days=1)
    if unit in ("year", "decade", "century", "centurie"):
        years = int(round(n * {"year": 1, "decade": 10}.get(unit, 100)))
        return _add_years(anchor, -years) + dt.timedelta(days=1)
    return anchor  # hours, minutes: the publication day


def _forward(anchor: dt.date, n: float, unit: str) -> dt.date:
    unit = unit.lower().rstrip("s")
    days = _span_days(n, unit)
    if days is not None:
        return anchor + dt.timedelta(days=days)
    if unit in ("month", "quarter"):
        return _add_months(anchor, int(round(n * (3 if unit == "quarter" else 1))))
    if unit in ("year", "decade", "century", "centurie"):
        return _add_years(anchor, int(round(n * {"year": 1, "decade": 10}.get(unit, 100))))
    return anchor


def _shift_unit(base: dt.date, n: int, unit: str) -> TimexValue:
    """The unit-sized period ``n`` units from ``base`` (negative: before), at the unit's granularity."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "night"):
        return _day(base + dt.timedelta(days=n))
    if unit in ("week", "fortnight"):
        return _week_v(base + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        sat = _weekday_date(5, base, "same-or-past") + dt.timedelta(days=7 * n)
        return _weekend_v(sat)
    if unit == "month":
        d = _add_months(base, n)
        return _month_v(d.year, d.month)
    if unit == "quarter":
        d = _add_months(base, 3 * n)
        return _quarter_v(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return _year_v(base.year + n)
    if unit == "decade":
        y = base.year + 10 * n
        dec = y // 10
        return _mk(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))
    if unit in ("century", "centurie"):
        y = base.year + 100 * n
        c = y // 100
        return _mk(f"{c:02d}", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31))
    if unit in ("hour", "minute", "second"):
        return _day(base)
    return _day(base)


def _ref(c: _Ctx) -> dt.date:
    return c.reference or _need(c, None)


# --- rules -------------------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], _Ctx], "TimexValue | None"]


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return v.lower() if v else None


def _h_iso(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    try:
        d = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"]:
        return _mk(f"{_d(d)}T{m['H']}:{m['Mi']}", d, d, "TIME", 1)
    return _day(d)


def _h_slash(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, d = (a, b) if a <= 12 else (b, a)
    try:
        return _day(dt.date(y, mo, d))
    except ValueError:
        return None


def _h_date(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    mon = MONTHS.get(_g(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    y = m["y"]
    if y:
        try:
            d = dt.date(_year_num(y), mon, day)
        except ValueError:  # "February 30, 2024": kept, unresolved, with the reason
            return TimexValue(value=None, timex_type="DATE", interval_start=None, interval_end=None,
                              precision=None, resolved=False,
                              reason=f"no such date: day {day} of month {mon} in {_year_num(y)}")
        return _narrow(_day(d), _g(m, "mod"), c.anchor)
    if c.anchor is None:
        raise _NeedAnchor(f"XXXX-{mon:02d}-{day:02d}")
    wd = _g(m, "wd")
    year = _year_for_month(mon, day, c)
    try:
        d = dt.date(year, mon, day)
    except ValueError:
        return None
    if wd and WEEKDAYS.get(wd.rstrip(".")) is not None and d.weekday() != WEEKDAYS[wd.rstrip(".")]:
        # the weekday names the year: try the neighbours
        for y2 in (year - 1, year + 1):
            try:
                d2 = dt.date(y2, mon, day)
            except ValueError:
                continue
            if d2.weekday() == WEEKDAYS[wd.rstrip(".")]:
                d = d2
                break
    return _day(d)


def _h_month_year(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    mon = MONTHS.get(_g(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    return _narrow(_month_v(_year_num(m["y"]), mon), _g(m, "mod"), c.anchor)


def _h_month_rel(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    mon = MONTHS.get(_g(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    anchor = _need(c, f"XXXX-{mon:02d}")
    return _month_v(anchor.year + {"this": 0, "last": -1, "next": 1}[_g(m, "yrel")], mon)  # type: ignore[index]


def _h_month(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    mon = MONTHS.get(_g(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    rel = _g(m, "rel")
    rel = " ".join(rel.replace("-", " ").split()) if rel else None
    anchor = _need(c, f"XXXX-{mon:02d}")
    if rel in ("last", "this past", "past"):
        y = anchor.year if mon < anchor.month else anchor.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = anchor.year if mon > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    else:
        y = _year_for_month(mon, None, c)
    tv = _month_v(y, mon)
    if rel in ("early", "mid", "late", "the end of", "the beginning of", "the start of", "the middle of",
               "the first half of", "the second half of", "the rest of", "the remainder of"):
        tv = _narrow(tv, rel, anchor)
    return tv


def _h_year(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    y = _year_num(m["y"])
    return _narrow(_year_v(y), _g(m, "mod"), c.anchor)


def _h_decade(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    if _g(m, "dw"):
        digit = _DECADE_WORDS[_g(m, "dw")]  # type: ignore[index]
        cent = _g(m, "cent")
        if cent:
            dec = int(NUMBER_WORDS[cent]) * 10 + digit
        else:
            anchor_year = c.anchor.year if c.anchor else 1999
            dec = anchor_year // 100 * 10 + digit
            if dec * 10 > anchor_year:
                dec -= 10
    elif m["dec"]:
        dec = int(m["dec"]) // 10
    else:
        two = int(m["dec2"])
        anchor_year = c.anchor.year if c.anchor else 2000
        century = anchor_year // 100 * 100
        full = century + two
        if full > anchor_year:
            full -= 100
        dec = full // 10
    tv = _mk(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))
    return _narrow(tv, _g(m, "mod") or _g(m, "mod2"), c.anchor)


def _h_relday(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    word = _g(m, "day")
    part = _g(m, "part")
    special = _g(m, "special")
    mod = _g(m, "mod")
    if special:
        shift = -2 if "yesterday" in special else 2
        anchor = _need(c, None)
        return _day(anchor + dt.timedelta(days=shift))
    if word == "tonight":
        anchor = _need(c, "XXXX-XX-XXTNI", "TIME")
        return _day(anchor, "night")
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]  # type: ignore[index]
    if c.anchor is None:
        if word == "today" and not part:
            raise _NeedAnchor("PRESENT_REF")
        raise _NeedAnchor(None, "TIME" if part else "DATE")
    tv = _day(c.anchor + dt.timedelta(days=shift), part)
    return tv if not mod or part else _narrow(tv, mod, None)


def _h_partofday(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    rel = _g(m, "rel")
    part = _g(m, "part")
    anchor = _need(c, f"XXXX-XX-XXT{PARTS[part]}", "TIME")  # type: ignore[index]
    if rel == "last" and part in ("night", "evening"):
        return _day(anchor - dt.timedelta(days=1), part)
    if rel == "last":
        return _day(anchor - dt.timedelta(days=1), part)
    if rel == "yesterday":
        return _day(anchor - dt.timedelta(days=1), part)
    if rel == "tomorrow":
        return _day(anchor + dt.timedelta(days=1), part)
    return _day(anchor, part)


def _resolve_dayword(word: str, c: _Ctx, default_direction: str | None = None) -> dt.date:
    word = word.lower().rstrip(".")
    anchor = _need(c, None)
    if word == "today" or word == "tonight":
        return anchor
    if word == "yesterday":
        return anchor - dt.timedelta(days=1)
    if word == "tomorrow":
        return anchor + dt.timedelta(days=1)
    wd = WEEKDAYS[word]
    if default_direction:
        return _weekday_date(wd, anchor, default_direction)
    if wd == anchor.weekday():
        return anchor
    return _weekday_date(wd, anchor, "future" if c.tense == "future" else "past")


def _h_overnight(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    into = m["into"] or m["wd1"]
    if c.anchor is None:
        raise _NeedAnchor("XXXX-XX-XXTNI", "TIME")
    day = _resolve_dayword(into, c) if into else c.anchor
    night = day - dt.timedelta(days=1)
    return _mk(f"{_d(night)}TNI", night, day, "TIME", 1)


def _h_weekday(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    wd = WEEKDAYS.get(_g(m, "wd").rstrip("."))  # type: ignore[union-attr]
    if wd is None:
        return None
    rel = _g(m, "rel")
    rel = " ".join(rel.split()) if rel else None
    part = _g(m, "part")
    if part == "overnight":
        part = "night"
    if c.anchor is None and rel not in ("the previous", "the following", "the next", "the preceding"):
        raise _NeedAnchor(f"XXXX-WXX-{wd + 1}" + (f"T{PARTS[part]}" if part else ""), "TIME" if part else "DATE")
    if rel in ("last", "this past", "past"):
        d = _weekday_date(wd, c.anchor, "past")  # type: ignore[arg-type]
    elif rel in ("next", "this coming", "coming"):
        d = _weekday_date(wd, c.anchor, "future")  # type: ignore[arg-type]
    elif rel in ("the previous", "the preceding"):
        d = _weekday_date(wd, _ref(c), "past")
    elif rel in ("the following", "the next"):
        d = _weekday_date(wd, _ref(c), "future")
    else:
        d = _resolve_dayword(_g(m, "wd"), c)  # type: ignore[arg-type]
    return _day(d, part)


def _clock(m: re.Match[str]) -> str | None:
    nm = _g(m, "nm")
    if nm:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[nm]
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    ap = (_g(m, "ap") or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _h_clock(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    hm = _clock(m)
    if hm is None:
        return None
    dayword = _g(m, "day")
    dmon = _g(m, "dmon")
    if dmon and MONTHS.get(dmon.rstrip(".")) and c.anchor is not None:
        mon, dd = MONTHS[dmon.rstrip(".")], int(m["dd"])
        try:
            d = dt.date(_year_for_month(mon, dd, c), mon, dd)
        except ValueError:
            return None
    elif c.anchor is None:
        raise _NeedAnchor(f"XXXX-XX-XXT{hm}", "TIME")
    else:
        d = _resolve_dayword(dayword, c) if dayword else c.anchor
    if hm == "24:00":
        return _mk(f"{_d(d)}T24:00", d, d + dt.timedelta(days=1), "TIME", 1)
    return _mk(f"{_d(d)}T{hm}", d, d, "TIME", 1)


_REL_PAST = {"last", "the past", "the last", "the previous", "past", "previous", "the preceding", "the prior"}
_REL_NEXT = {"next", "the coming", "the next", "coming", "the following"}
_REL_THIS = {"this", "the current", "current", "this current"}
_REL_THAT = {"that", "the same"}


def _h_relunit(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    rel = " ".join((_g(m, "rel") or "").split())
    unit = " ".join((_g(m, "unit") or "").split())
    mod = _g(m, "mod")
    mod = " ".join(mod.replace("-", " ").split()) if mod else None
    if unit in SEASONS:
        return _season(rel, SEASONS[unit], mod, c)
    if unit == "fiscal year":
        unit = "year"
    base_ref = rel in ("the following", "the next", "the previous", "the preceding", "the prior") or rel in _REL_THAT
    if base_ref and c.reference is None and c.anchor is None:
        raise _NeedAnchor(None)
    anchor = _ref(c) if base_ref else _need(c, None)
    if rel in _REL_THAT:
        n = 0
    elif rel in _REL_PAST:
        n = -1
    elif rel in _REL_NEXT:
        n = 1
    else:
        n = 0
    if rel in ("the past", "the last") and unit in ("year", "month", "week", "decade", "century") and not mod:
        # TimeBank values "the past year" as the previous calendar year; the interval is the rolling period.
        tv = _shift_unit(anchor, -1, unit)
        if unit == "decade":
            return _mk("P10Y", _back(anchor, 1, unit), anchor, "DURATION", 3)
        return replace(tv, interval_start=_back(anchor, 1, unit), interval_end=anchor,
                       precision=_precision(_back(anchor, 1, unit), anchor))
    if unit == "weekend":
        sat = _weekday_date(5, anchor, "same-or-past")
        if n == 0 and anchor.weekday() < 5 and rel != "this past" and (
                c.tense == "future" or c.tense != "past" and anchor.weekday() >= 3):
            sat = _weekday_date(5, anchor, "future")
        if n == -1:
            sat = _weekday_date(5, anchor - dt.timedelta(days=1), "same-or-past")
            if anchor.weekday() == 6 and rel == "last":
                sat -= dt.timedelta(days=7)
        elif n == 1:
            sat = _weekday_date(5, anchor, "future")
        return _weekend_v(sat)
    if unit == "quarter":
        cur = (anchor.month - 1) // 3 + 1
        q0 = dt.date(anchor.year, 3 * cur - 2, 1)
        tv = _shift_unit(q0, n, "quarter")
    else:
        tv = _shift_unit(anchor, n, unit)
    return _narrow(tv, mod, anchor)


def _season(rel: str | None, code: str, mod: str | None, c: _Ctx, year: int | None = None) -> TimexValue:
    if year is not None:
        return _narrow(_season_v(year, code), mod, c.anchor)
    anchor = _need(c, f"XXXX-{code}")
    if rel in ("last", "this past", "past", "the past", "the last"):
        y = anchor.year
        while _season_bounds(y, code)[1] >= anchor:
            y -= 1
    elif rel in ("next", "this coming", "the coming", "coming", "the next"):
        y = anchor.year
        while _season_bounds(y, code)[0] <= anchor:
            y += 1
    else:
        y = anchor.year
        if code == "WI" and anchor.month <= 2:
            y -= 1
    return _narrow(_season_v(y, code), mod, anchor)


def _h_season(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    rel = _g(m, "rel")
    rel = " ".join(rel.replace("-", " ").split()) if rel else None
    y = m["y"]
    if (not rel or rel == "the") and not y:
        return None
    if rel == "the":
        rel = None
    mod = rel if rel in ("early", "mid", "late") else None
    return _season(rel if not mod else None, SEASONS[_g(m, "s")], mod, c,  # type: ignore[index]
                   _year_num(y) if y else None)


def _h_inthe(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    mod = (_g(m, "mod") or "").replace("-", " ")
    unit = _g(m, "unit")
    anchor = _need(c, None)
    if unit in ("day", "morning", "afternoon", "evening"):
        base = c.reference or anchor
        return _day(base)
    tv = _shift_unit(anchor, 0, unit)  # type: ignore[arg-type]
    return _narrow(tv, " ".join(mod.split()), anchor)


def _h_endof(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    anchor = _need(c, None)
    u2 = _g(m, "unit2")
    if u2:
        if u2.startswith("year"):
            return _day(dt.date(anchor.year, 12, 31))
        return _day(_month_end(anchor.year, anchor.month))
    tv = _shift_unit(anchor, 0, _g(m, "unit"))  # type: ignore[arg-type]
    return _narrow(tv, " ".join(_g(m, "mod").split()), anchor)  # type: ignore[union-attr]


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _h_quarter(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    ords = [o for o in (_g(m, "ord"), _g(m, "ord2")) if o]
    ords = [" ".join(o.split()) for o in ords]
    qn = _g(m, "qn")
    the = _g(m, "the")
    y1, y2 = m["y1"] or m["y2"] or m["y3"], None
    yrel = _g(m, "yrel") or _g(m, "yrel2")
    if not ords and not qn and not the and not y1 and not yrel:
        return None
    q = int(qn) if qn else next((_ORD[o] for o in ords if o in _ORD), None)
    rel = next((o for o in ords if o not in _ORD and o != "fiscal"), None)
    if q is None and rel is None and not the and not yrel:
        return None
    year_ago = any(o.replace(" ", "-") in ("year-ago", "year-earlier", "prior-year") for o in ords)
    if y1 is not None and q is not None:
        return _quarter_v(int(y1), q)
    if c.anchor is None:
        raise _NeedAnchor(f"XXXX-Q{q}" if q else None)
    anchor = c.anchor
    cur = (anchor.month - 1) // 3 + 1
    latest_y, latest_q = (anchor.year, cur - 1) if cur > 1 else (anchor.year - 1, 4)
    if yrel:
        y2 = anchor.year + {"last year's": -1, "last year": -1, "this year's": 0, "this year": 0,
                            "next year's": 1, "next year": 1}[" ".join(yrel.split())]
    if q is not None:
        if y2 is not None:
            return _quarter_v(y2, q)
        y = anchor.year
        if dt.date(y, 3 * q - 2, 1) > anchor and c.tense != "future":
            y -= 1
        return _quarter_v(y - year_ago, q)
    if y1 is not None:
        return _quarter_v(int(y1), latest_q)
    if year_ago:
        return _quarter_v(latest_y - 1, latest_q)
    if rel in ("current", "this"):
        return _quarter_v(anchor.year, cur)
    if rel in ("next", "coming"):
        return _quarter_v(anchor.year + (cur == 4), cur % 4 + 1)
    if rel in ("year-ago", "year-earlier", "prior-year", "year ago", "year earlier", "prior year"):
        return _quarter_v(latest_y - 1, latest_q)
    # "the quarter", "the latest quarter", "last quarter", "the previous quarter": the last completed one
    if y2 is not None:
        return _quarter_v(y2, latest_q)
    return _quarter_v(latest_y, latest_q)


def _h_half(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    h = 1 if _g(m, "ord") == "first" else 2  # second, last, latter
    y = m["y"]
    if y and y.isdigit():
        return _half_v(int(y), h)
    anchor = _need(c, f"XXXX-H{h}")
    yr = (_g(m, "y") or "this year").split()[0]
    base = anchor.year + {"last": -1, "next": 1}.get(yr, 0)
    return _half_v(base, h)


def _h_ago(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    unit = _g(m, "unit").rstrip("s")  # type: ignore[union-attr]
    if unit == "centurie":
        unit = "century"
    n = _number(m["n"])
    direction = _g(m, "dir")
    anaphoric = direction in ("earlier", "later")
    if anaphoric and c.reference is None and c.anchor is None or not anaphoric and c.anchor is None:
        raise _NeedAnchor(None)
    base = (c.reference or c.anchor) if anaphoric else c.anchor
    sign = -1 if direction in ("ago", "earlier", "back", "previously") else 1
    if n is None:
        # "days ago", "a few weeks ago": the vague past (or future)
        return TimexValue(value="PAST_REF" if sign < 0 else "FUTURE_REF", resolved=True,
                          interval_end=base if sign < 0 else None, interval_start=base if sign > 0 else None)
    if unit in ("hour", "minute", "second"):
        return _day(base)  # type: ignore[arg-type]
    if unit in ("day", "night"):
        return _day(base + dt.timedelta(days=sign * int(round(n))))  # type: ignore[operator]
    if n != int(n):
        return TimexValue(value=None, resolved=False, reason="fractional offset")
    if unit in ("decade", "century"):
        return _shift_unit(base, sign * int(n) * (10 if unit == "decade" else 100), "year")  # type: ignore[arg-type]
    return _shift_unit(base, sign * int(n), unit)  # type: ignore[arg-type]


def _h_duration(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    unit = _g(m, "unit")
    raw_n = _g(m, "n")
    rel = _g(m, "rel")
    det = _g(m, "det")
    if raw_n and " ".join(raw_n.split()) in ("a", "an") and not rel and not det and not m["half"]:
        # "a day", "a week": durations, but also "once a week" (handled by the SET rule)
        pass
    n = _number(raw_n) if raw_n and " ".join(raw_n.split()) not in VAGUE_WORDS else None
    if n is None and raw_n and " ".join(raw_n.split()) not in VAGUE_WORDS:
        return None
    if m["half"] and n is not None:
        n += 0.5
    value = _duration_value(n, unit)  # type: ignore[arg-type]
    rel = " ".join(rel.split()) if rel else None
    if rel in ("past", "last", "previous", "preceding", "latest", "recent") or m["ahead"] and "run" in m["ahead"]:
        if c.anchor is None:
            return TimexValue(value=value, timex_type="DURATION", resolved=False, reason=NO_ANCHOR)
        if n is None:
            return TimexValue(value=value, timex_type="DURATION", interval_end=c.anchor, resolved=True)
        s = _back(c.anchor, n, unit)  # type: ignore[arg-type]
        return _mk(value, s, c.anchor, "DURATION")
    if rel in ("next", "coming", "following") or (m["ahead"] and "ahead" in m["ahead"]):
        if c.anchor is None:
            return TimexValue(value=value, timex_type="DURATION", resolved=False, reason=NO_ANCHOR)
        if n is None:
            return TimexValue(value=value, timex_type="DURATION", interval_start=c.anchor, resolved=True)
        return _mk(value, c.anchor + dt.timedelta(days=1), _forward(c.anchor, n, unit), "DURATION")  # type: ignore[arg-type]
    return TimexValue(value=value, timex_type="DURATION", resolved=True)


def _h_plural(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    """"for weeks", "within days", "for the first time in years": vague durations (PXW)."""
    return TimexValue(value=_duration_value(None, _g(m, "unit")), timex_type="DURATION",  # type: ignore[arg-type]
                      resolved=True)


def _h_recent(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    """"recent weeks": TimeBank values these as vague durations (PXW) ending now; "recent years" as PAST_REF."""
    if _g(m, "unit") in ("years", "decades"):
        return TimexValue(value="PAST_REF", interval_end=c.anchor, resolved=True)
    return TimexValue(value=_duration_value(None, _g(m, "unit")), timex_type="DURATION",  # type: ignore[arg-type]
                      interval_end=c.anchor, resolved=c.anchor is not None,
                      reason=None if c.anchor is not None else NO_ANCHOR)


def _h_hyphdur(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    raw, unit = (m["n"], m["unit"]) if m["unit"] else (m["n2"], m["unit2"])
    n = _number(raw) if raw else 1.0
    if n is None:
        return None
    return TimexValue(value=_duration_value(n, unit.lower()), timex_type="DURATION", resolved=True)


def _h_ref(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    anchor = c.anchor
    if t in ("now", "right now", "just now", "currently", "nowadays", "these days", "at present", "presently",
             "today's", "at the moment", "the present"):
        return TimexValue(value="PRESENT_REF", resolved=True, interval_start=anchor, interval_end=anchor,
                          precision=1 if anchor else None)
    if t.startswith(("the future", "the near", "the foreseeable", "the coming", "coming", "the long")):
        return TimexValue(value="FUTURE_REF", resolved=True, interval_start=anchor)
    return TimexValue(value="PAST_REF", resolved=True, interval_end=anchor)


_SET_UNITS = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
              "year": "P1Y", "yearly": "P1Y", "annually": "P1Y", "hour": "PT1H", "hourly": "PT1H",
              "nightly": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "weekend": "P1W",
              "biweekly": "P2W", "fortnightly": "P2W"}


def _h_set(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    wd = _g(m, "swd") or _g(m, "swd2")
    if wd:
        return TimexValue(value=f"XXXX-WXX-{WEEKDAYS[wd.rstrip('.').rstrip('s')] + 1}", timex_type="SET",
                          resolved=True)
    last = t.split()[-1]
    if t.startswith("every other"):
        v = _SET_UNITS.get(last, "P1D")
        return TimexValue(value=v.replace("P1", "P2").replace("PT1", "PT2"), timex_type="SET", resolved=True)
    return TimexValue(value=_SET_UNITS.get(last, "P1D"), timex_type="SET", resolved=True)


def year_ago_quarter(anchor: dt.date) -> TimexValue:
    """The quarter a year before the last completed one: what "a year ago" means in a quarterly report
    published on ``anchor`` (TimeBank's convention: "net rose from $5 million a year ago" is ``1988-Q3``)."""
    cur = (anchor.month - 1) // 3 + 1
    y, q = (anchor.year, cur - 1) if cur > 1 else (anchor.year - 1, 4)
    return _quarter_v(y - 1, q)


def quarter_of_year(year: int, anchor: dt.date | None) -> TimexValue:
    """ "the 1988 period" in a quarterly report: the quarter of ``year`` matching the last completed one."""
    if anchor is None:
        return _year_v(year)
    cur = (anchor.month - 1) // 3 + 1
    q = cur - 1 if cur > 1 else 4
    return _quarter_v(year, q)


def _h_yearago(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    anchor = _need(c, None)
    return _year_v(anchor.year - 1)


def _h_anaphor(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    rel = " ".join((_g(m, "rel") or "").split())
    unit = _g(m, "unit")
    if c.reference is None and c.anchor is None:
        raise _NeedAnchor(None)
    base = _ref(c)
    n = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
         "the prior": -1, "the day before": -1, "the day after": 1, "the night before": -1}.get(rel, 0)
    if unit in ("morning", "afternoon", "evening", "night"):
        return _day(base + dt.timedelta(days=n), unit)
    return _shift_unit(base, n, unit)  # type: ignore[arg-type]


def _h_dayrel(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    if c.reference is None and c.anchor is None:
        raise _NeedAnchor(None)
    base = _ref(c)
    shift = -1 if "before" in t or "eve" in t else 1
    part = "night" if "night" in t else None
    return _day(base + dt.timedelta(days=shift), part)


def _easter(y: int) -> dt.date:
    a, b, cc = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = cc // 4, cc % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(y, month)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "new year's": lambda y: dt.date(y, 1, 1),
    "halloween": lambda y: dt.date(y, 10, 31), "valentine's day": lambda y: dt.date(y, 2, 14),
    "independence day": lambda y: dt.date(y, 7, 4), "the fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
}


def _h_holiday(m: re.Match[str], c: _Ctx) -> TimexValue | None:
    name = " ".join(_g(m, "hol").replace("’", "'").split())  # type: ignore[union-attr]
    fn = _HOLIDAYS.get(name)
    if fn is None:
        return None
    if m["y"]:
        return _day(fn(int(m["y"])))
    anchor = _need(c, None)
    cands = [(fn(y), fn(y)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _day(cands[_pick(cands, anchor, c.tense)][0])


@dataclass(frozen=True)
class _Rule:
    name: str
    handler: Handler
    detect: re.Pattern[str]
    full: re.Pattern[str]
    searched: bool = True  # False: normalised when asked, never looked for in running text


def _rule(name: str, pattern: str, handler: Handler, searched: bool = True) -> _Rule:
    detect_src = pattern.replace("{MON}", rf"(?-i:{_MON_FULL}|{_MON_FULL.upper()}|{_MON_ABBR})").replace(
        "{MONFULL}", rf"(?-i:{_MON_FULL}|{_MON_FULL.upper()})")
    full_src = pattern.replace("{MON}", rf"(?:{_MON_FULL}|{_MON_ABBR})").replace("{MONFULL}", rf"(?:{_MON_FULL})")
    detect = re.compile(rf"(?<![\w$£€/.-])(?:{detect_src})(?![\w/]|-(?!\s))", re.IGNORECASE)
    full = re.compile(rf"(?:{full_src})", re.IGNORECASE)
    return _Rule(name, handler, detect, full, searched)


_Q = (r"(?:about|around|some|nearly|almost|more\s+than|over|less\s+than|under|just\s+over|just\s+under|up\s+to|"
      r"roughly|approximately|at\s+least|at\s+most|only|barely|a\s+full|a\s+total\s+of|fewer\s+than|within)")

RULES: list[_Rule] = [
    _rule("iso", r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<Mi>\d{2})(?::\d{2})?)?", _h_iso),
    _rule("slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})", _h_slash),
    _rule("mdy", rf"(?:(?P<wd>{_WD}),?\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<mon>{{MON}})\s+"
                 rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:,]\d)(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _h_date),
    _rule("dmy", rf"(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                 rf"(?P<mon>{{MON}})(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _h_date),
    _rule("month_year", rf"(?:(?P<mod>{_MOD})[\s-]+)?(?P<mon>{{MON}})(?:\s+of)?,?\s+(?P<y>{_YEAR})(?!\d)",
          _h_month_year),
    _rule("month_rel", r"(?P<mon>{MON})\s+(?P<yrel>this|last|next)\s+year", _h_month_rel),
    _rule("month", rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|mid|late|{_MOD})[\s-]+)?"
                   rf"(?P<mon>{{MONFULL}})", _h_month),
    _rule("half", r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+of\s+(?P<y>\d{4}|this\s+year|last\s+year|next\s+year|"
                  r"the\s+year)", _h_half),
    _rule("year", rf"(?:(?P<mod>{_MOD})[\s-]+)?(?:(?:fiscal|calendar)(?:\s+year)?\s+|FY\s*|the\s+year\s+)?"
                  rf"(?P<y>{_YEAR})(?!\s*(?:%|percent|\d))", _h_year),
    _rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|"
                    r"'(?P<dec2>\d0)s)|the\s+(?:(?P<mod2>early|mid|late)[\s-]+)?(?:(?P<cent>nineteen|eighteen)[\s-])?"
                    r"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", _h_decade),
    _rule("relday", r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<special>the\s+day\s+before\s+yesterday|"
                    r"the\s+day\s+after\s+tomorrow)|(?P<day>today|yesterday|tomorrow|tonight)"
                    rf"(?:\s+(?P<part>{_PART}))?)", _h_relday),
    _rule("partofday", rf"(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
                       rf"(?P<part>{_PART})", _h_partofday),
    _rule("overnight", rf"overnight(?:\s+(?:on\s+)?(?P<wd1>{_WD}))?(?:\s+(?:and\s+)?(?:into|through|to|until)\s+"
                       rf"(?:early\s+)?(?P<into>{_WD}|today|yesterday))?", _h_overnight),
    _rule("weekday", r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+preceding|"
                     r"the\s+following|the\s+next|early|late|earlier|later|early\s+on|late\s+on|earlier\s+on|"
                     rf"later\s+on)\s+)?(?P<wd>{_WD})(?:,?\s+(?P<part>{_PART}|overnight))?(?!,?\s+{{MON}})",
          _h_weekday),
    _rule("clock", rf"(?:(?:about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|"
                   rf"just\s+before)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m|"
                   rf"p\.m|am|pm)|(?P<nm>noon|midnight|midday))(?:\s+(?:GMT|UTC|EST|EDT|ET|local\s+time))?"
                   rf"(?:,?\s+(?:on\s+)?(?:(?P<day>{_WD}|today|yesterday|tomorrow)|(?P<dmon>{{MON}})\s+"
                   rf"(?P<dd>\d{{1,2}})(?!\d)))?(?!\w)", _h_clock),
    _rule("relunit", rf"(?:(?P<mod>{_MOD}|earlier|later)[\s-]+)?(?P<rel>this|last|next|the\s+past|the\s+last|"
                     r"the\s+previous|the\s+preceding|the\s+prior|the\s+coming|the\s+next|the\s+following|"
                     r"the\s+current|the\s+same|that|this\s+past|this\s+coming)\s+(?P<unit>week|weekend|month|"
                     r"year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal\s+year)(?!-)",
          _h_relunit),
    _rule("weekend", r"(?P<rel>the)\s+(?P<unit>weekend)", _h_relunit),
    _rule("fullyear", r"the\s+full\s+(?P<unit>year)", _h_relunit),
    _rule("inthe", r"(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year|morning|"
                   r"afternoon|evening)", _h_inthe),
    _rule("endof", r"(?:(?P<mod>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
                   r"the\s+rest\s+of|the\s+remainder\s+of)\s+the\s+(?P<unit>week|month|year|decade))|"
                   r"(?P<unit2>year-end|year\s+end|month-end)", _h_endof),
    _rule("quarter", r"(?P<the>the\s+)?(?:(?P<y1>\d{4})\s+|(?P<yrel>last\s+year's|this\s+year's|next\s+year's)\s+)?"
                     r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|"
                     r"past|most\s+recent|recent|year-ago|year-earlier|prior-year|year\s+ago|year\s+earlier|"
                     r"prior\s+year|same|comparable|fiscal|this|next|coming)(?:[\s-]+(?P<ord2>first|second|third|"
                     r"fourth|fiscal|year-ago|year-earlier))?[\s-]+)?(?:fiscal\s+)?quarter(?!s)(?:\s+of\s+(?:"
                     r"(?:fiscal\s+)?(?P<y2>\d{4})|(?P<yrel2>this\s+year|last\s+year|next\s+year)))?|"
                     r"Q(?P<qn>[1-4])(?:\s+(?P<y3>\d{4}))?", _h_quarter),
    _rule("season", r"(?:(?P<rel>this|last|next|early|mid|late|this\s+past|this\s+coming|the)[\s-]+)?"
                    rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d))?", _h_season),
    _rule("ago", rf"(?:{_Q}\s+)?(?P<n>{_NUM}|{_VAGUE})?\s*(?P<unit>{_UNIT}|quarters?)\s+(?P<dir>ago|"
                 r"(?:earlier|later)(?!\s+(?:than|that|this|in|on))|from\s+now|hence)", _h_ago),
    _rule("duration", rf"(?:(?P<q>{_Q})\s+(?!the\s))?(?:(?P<det>the|these|those|its|their|his|her|our)\s+)?"
                      r"(?:(?P<rel>past|last|next|first|previous|coming|following|final|initial|preceding|latest|"
                      r"same|remaining|entire|full|whole|subsequent|ensuing)\s+)?"
                      rf"(?P<n>{_NUM}|{_VAGUE})(?:\s*(?:to|or|-|–)\s*(?P<n2>{_NUM}))?(?:\s+(?:more|full|long|straight|consecutive|successive|additional|"
                      rf"further|extra|short|whole|entire|more\s+long))?\s+(?P<unit>{_UNIT}|quarters|weekends)"
                      r"(?P<half>\s+and\s+a\s+half)?(?:\s+(?P<ahead>ahead|running|straight|in\s+a\s+row))?",
          _h_duration),
    _rule("plural", r"(?:(?<=for\s)|(?<=within\s)|(?<=in\s)|(?<=over\s))(?P<unit>days|weeks|months|years|decades|"
                    r"centuries)(?!\s+(?:ago|of|before|after|later|earlier|old|since|from))", _h_plural),
    _rule("recent", r"recent\s+(?P<unit>days|weeks|months|years|decades)", _h_recent),
    _rule("hyphdur", rf"(?P<n>\d+(?:\.\d+)?|{_NUMW}|a|one)?-?(?P<unit>second|minute|hour|day|night|week|month|year|"
                     r"decade|century)(?:-long)(?!-)|(?P<n2>\d+(?:\.\d+)?|" + _NUMW + r")-(?P<unit2>second|minute|"
                     r"hour|day|night|week|month|year|decade|century)(?:-long)?(?!-)", _h_hyphdur),
    _rule("ref", r"now|right\s+now|just\s+now|currently|nowadays|these\s+days|at\s+present|presently|recently|"
                 r"lately|the\s+past|the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+foreseeable\s+future|"
                 r"the\s+coming\s+(?:days|weeks|months|years)|coming\s+(?:days|weeks|months|years)|"
                 r"in\s+the\s+past|at\s+the\s+moment|"
                 r"the\s+present", _h_ref),
    _rule("set", r"daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|fortnightly|every\s+(?:other\s+|"
                 r"single\s+)?(?:day|week|month|year|morning|evening|night|hour|weekend)|each\s+(?:day|week|month|year|"
                 r"morning|evening|night)|per\s+(?:day|week|month|year|hour)|(?:every\s+)?(?P<swd>(?:Mondays|"
                 r"Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))|(?:every|each)\s+(?P<swd2>Monday|Tuesday|"
                 r"Wednesday|Thursday|Friday|Saturday|Sunday)|(?:(?<=times\s)|(?<=twice\s)|"
                 r"(?<=once\s))a\s+(?:day|week|month|year)", _h_set),
    _rule("yearago", r"(?:the\s+)?(?:year-ago|year-earlier|year\s+earlier)(?:\s+(?:period|year|levels?|results?))?",
          _h_yearago),
    _rule("anaphor", r"(?:(?:earlier|later)\s+)?(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior)"
                     r"\s+(?P<unit>day|night|morning|afternoon|evening|week|weekend|month|year)", _h_anaphor),
    _rule("dayrel", r"the\s+(?:day|night)\s+(?:before|after)|the\s+eve\s+of", _h_dayrel, searched=False),
    _rule("holiday", r"(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|"
                     r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Halloween|Valentine['’]s\s+Day|"
                     r"Independence\s+Day|the\s+Fourth\s+of\s+July|July\s+Fourth|Labor\s+Day|Memorial\s+Day)"
                     rf"(?:,?\s+(?P<y>{_YEAR}))?", _h_holiday),
]


_BY_NAME = {r.name: r for r in RULES}

_PREP = re.compile(r"^(?:on|in|at|during|over|for|by|from|of|until|till|through|throughout|around|about)\s+",
                   re.IGNORECASE)
_SINCE = re.compile(r"^since\s+", re.IGNORECASE)


def _apply(rule: _Rule, m: re.Match[str], c: _Ctx) -> TimexValue | None:
    try:
        tv = rule.handler(m, c)
    except _NeedAnchor as need:
        return TimexValue(value=need.value, timex_type=need.timex_type, resolved=False, reason=NO_ANCHOR)
    return tv


def resolve_match(found: TimexMatch, anchor: dt.date | None, *, tense: Tense | None = None,
                  reference: dt.date | None = None, since: bool = False) -> TimexValue | None:
    """Normalise a match returned by :func:`find_time_expressions` (None: not a time expression after all)."""
    c = _Ctx(anchor, tense, reference)
    tv = _apply(_BY_NAME[found.rule], found.match, c)
    return _since(tv, anchor) if since and tv is not None else tv


def _since(tv: TimexValue, anchor: dt.date | None) -> TimexValue:
    if tv.interval_start is None:
        return tv
    end = anchor if anchor is not None and anchor >= tv.interval_start else tv.interval_end
    if anchor is None:
        end = None
    return replace(tv, interval_end=end, precision=_precision(tv.interval_start, end))


@lru_cache(maxsize=8192)
def _normalise_cached(text: str, anchor: dt.date | None, tense: Tense | None,
                      reference: dt.date | None) -> TimexValue:
    t = " ".join(text.split())
    since = False
    if _SINCE.match(t):
        since, t = True, _SINCE.sub("", t)
    else:
        t2 = _PREP.sub("", t)
        if t2 != t and any(r.full.fullmatch(t2) for r in RULES):
            t = t2
    c = _Ctx(anchor, tense, reference)
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
        tv = _day(parsed)
        return _since(tv, anchor) if since else tv
    return TimexValue(value=None, resolved=False, reason=NOT_RECOGNISED)


def normalise(text: str, anchor: dt.date | None = None, *, tense: Tense | None = None,
              reference: dt.date | None = None) -> TimexValue:
    """Normalise one time expression ("on Tuesday", "the last three days", "March 20", "P3D"…).

    ``anchor`` is the publication date; ``tense`` ("past", "present", "future") of the clause the expression
    sits in picks between the last and the next Tuesday or March; ``reference`` is the date that anaphoric
    expressions ("the next day", "two days later") count from (default: the anchor).  Leading prepositions
    ("on", "in", …) are ignored; a leading "since" makes the interval run to the anchor.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    return _normalise_cached(text, anchor, tense, reference)


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


# Every rule needs one of these words (or a digit): the rules only run in windows around them, which keeps
# the component cheap on text without any time expression.
_TRIGGER = re.compile(
    rf"\d|\b(?:{_MON_FULL}|{_MON_ABBR.replace(chr(92) + '.?', '').replace(chr(92) + '.', '')}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays|today|yesterday|tomorrow|tonight|night|nights|morning|afternoon|evening|overnight|week|weeks|weekend|"
    r"weekends|month|months|year|years|decade|decades|century|centuries|quarter|quarters|half|spring|summer|fall|autumn|"
    r"winter|now|currently|nowadays|present|presently|recent|recently|lately|past|future|near|term|moment|days|day|"
    r"daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|fortnightly|fortnight|noon|midnight|midday|ago|"
    r"earlier|later|hence|hour|hours|minute|minutes|second|seconds|christmas|easter|thanksgiving|halloween|"
    r"valentine|independence|labor|memorial|fourth|eve|nineteen|eighteen|twenty|thousand|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties|year-end|month-end|year-ago|year-earlier|fiscal|fy|q[1-4]|"
    r"year-long|[a-z]+-(?:year|month|week|day|hour|minute|second|decade|century)(?:-long)?)\b",
    re.IGNORECASE)
_WINDOW = 45


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` (cut at whitespace) around the trigger words, merged where they overlap."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _TRIGGER.finditer(text):
        s = max(0, m.start() - _WINDOW)
        e = min(n, m.end() + _WINDOW)
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        while e < n and not text[e].isspace():
            e += 1
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def find_time_expressions(text: str) -> list[TimexMatch]:
    """Every expression of the grammar in ``text``, longest first where they overlap, in text order."""
    found: list[TimexMatch] = []
    windows = _windows(text)
    for rule in RULES:
        if not rule.searched:
            continue
        for ws, we in windows:
            for m in rule.detect.finditer(text, ws, we):
                if m.end() > m.start() and m.group(0).strip():
                    found.append(TimexMatch(m.start(), m.end(), rule.name, m))
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[TimexMatch] = []
    taken: list[tuple[int, int]] = []
    for f in found:
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        kept.append(f)
        taken.append((f.start, f.end))
    kept.sort(key=lambda f: f.start)
    return kept
