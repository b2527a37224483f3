"""Expressions relative to the publication date or to the last date mentioned: "yesterday", "on Tuesday",
"overnight", "last week", "this spring", "earlier in the year", "three days ago", "the next day", "now"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsledger.resolve.timex_durations import parse_number, shift_unit, start_back, year_number
from newsledger.resolve.timex_lexicon import MONTHS, PARTS, SEASONS, WEEKDAYS
from newsledger.resolve.timex_values import (
    Context,
    NeedAnchor,
    TimexValue,
    acled_precision,
    anaphor_base,
    day_value,
    group_lower,
    iso_day,
    month_end,
    narrow,
    need_anchor,
    reference_day,
    resolved,
    season_bounds,
    season_value,
    weekday_date,
    weekend_value,
    year_for_month,
    year_value,
)


def resolve_relday(m: re.Match[str], c: Context) -> TimexValue | None:
    word = group_lower(m, "day")
    part = group_lower(m, "part")
    special = group_lower(m, "special")
    mod = group_lower(m, "mod")
    if special:
        shift = -2 if "yesterday" in special else 2
        anchor = need_anchor(c, None)
        return day_value(anchor + dt.timedelta(days=shift))
    if word == "tonight":
        anchor = need_anchor(c, "XXXX-XX-XXTNI", "TIME")
        return day_value(anchor, "night")
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]  # type: ignore[index]
    if c.anchor is None:
        if word == "today" and not part:
            raise NeedAnchor("PRESENT_REF")
        raise NeedAnchor(None, "TIME" if part else "DATE")
    tv = day_value(c.anchor + dt.timedelta(days=shift), part)
    return tv if not mod or part else narrow(tv, mod, None)


def resolve_partofday(m: re.Match[str], c: Context) -> TimexValue | None:
    rel = group_lower(m, "rel")
    part = group_lower(m, "part")
    anchor = need_anchor(c, f"XXXX-XX-XXT{PARTS[part]}", "TIME")  # type: ignore[index]
    if rel == "last" and part in ("night", "evening"):
        return day_value(anchor - dt.timedelta(days=1), part)
    if rel == "last":
        return day_value(anchor - dt.timedelta(days=1), part)
    if rel == "yesterday":
        return day_value(anchor - dt.timedelta(days=1), part)
    if rel == "tomorrow":
        return day_value(anchor + dt.timedelta(days=1), part)
    return day_value(anchor, part)


def resolve_midpart(m: re.Match[str], c: Context) -> TimexValue | None:
    """ "mid-afternoon", "by mid-morning on Tuesday": the part of that day (of the publication day alone)."""
    part = group_lower(m, "part")
    day = group_lower(m, "day")
    if day:
        if c.anchor is None:
            raise NeedAnchor(None, "TIME")
        return day_value(dayword_date(day, c), part)
    return day_value(need_anchor(c, f"XXXX-XX-XXT{PARTS[part]}", "TIME"), part)  # type: ignore[index]


def dayword_date(word: str, c: Context, default_direction: str | None = None) -> dt.date:
    word = word.lower().rstrip(".")
    anchor = need_anchor(c, None)
    if word == "today" or word == "tonight":
        return anchor
    if word == "yesterday":
        return anchor - dt.timedelta(days=1)
    if word == "tomorrow":
        return anchor + dt.timedelta(days=1)
    wd = WEEKDAYS[word]
    if default_direction:
        return weekday_date(wd, anchor, default_direction)
    if wd == anchor.weekday():
        return anchor
    return weekday_date(wd, anchor, "future" if c.tense == "future" else "past")


def resolve_overnight(m: re.Match[str], c: Context) -> TimexValue | None:
    into = m["into"] or m["wd1"]
    if c.anchor is None:
        raise NeedAnchor("XXXX-XX-XXTNI", "TIME")
    day = dayword_date(into, c) if into else c.anchor
    night = day - dt.timedelta(days=1)
    return resolved(f"{iso_day(night)}TNI", night, day, "TIME", 1)


def resolve_weekday(m: re.Match[str], c: Context) -> TimexValue | None:
    wd = WEEKDAYS.get(group_lower(m, "wd").rstrip("."))  # type: ignore[union-attr]
    if wd is None:
        return None
    rel = group_lower(m, "rel")
    rel = " ".join(rel.split()) if rel else None
    part = group_lower(m, "part")
    if part == "overnight":
        part = "night"
    if c.anchor is None and rel not in ("the previous", "the following", "the next", "the preceding"):
        raise NeedAnchor(f"XXXX-WXX-{wd + 1}" + (f"T{PARTS[part]}" if part else ""), "TIME" if part else "DATE")
    if rel in ("last", "this past", "past"):
        d = weekday_date(wd, c.anchor, "past")  # type: ignore[arg-type]
    elif rel in ("next", "this coming", "coming"):
        d = weekday_date(wd, c.anchor, "future")  # type: ignore[arg-type]
    elif rel in ("the previous", "the preceding"):
        d = weekday_date(wd, reference_day(c), "past")
    elif rel in ("the following", "the next"):
        d = weekday_date(wd, reference_day(c), "future")
    else:
        d = dayword_date(group_lower(m, "wd"), c)  # type: ignore[arg-type]
    return day_value(d, part)


def clock_time(m: re.Match[str]) -> str | None:
    nm = group_lower(m, "nm")
    if nm:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[nm]
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    ap = (group_lower(m, "ap") or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def resolve_clock(m: re.Match[str], c: Context) -> TimexValue | None:
    hm = clock_time(m)
    if hm is None:
        return None
    dayword = group_lower(m, "day") or group_lower(m, "zday")
    dmon = group_lower(m, "dmon")
    if dmon and MONTHS.get(dmon.rstrip(".")) and c.anchor is not None:
        mon, dd = MONTHS[dmon.rstrip(".")], int(m["dd"])
        try:
            d = dt.date(year_for_month(mon, dd, c), mon, dd)
        except ValueError:
            return None
    elif c.anchor is None and (dayword or c.reference is None):
        raise NeedAnchor(f"XXXX-XX-XXT{hm}", "TIME")
    else:
        # a bare time of day is on the day the text is talking about: the last day mentioned, else publication
        d = dayword_date(dayword, c) if dayword else reference_day(c)
    if hm == "24:00":
        return resolved(f"{iso_day(d)}T24:00", d, d + dt.timedelta(days=1), "TIME", 1)
    return resolved(f"{iso_day(d)}T{hm}", d, d, "TIME", 1)


_REL_PAST = {"last", "the past", "the last", "the previous", "past", "previous", "the preceding", "the prior",
             "the latest"}
_REL_NEXT = {"next", "the coming", "the next", "coming", "the following"}
_REL_THIS = {"this", "the current", "current", "this current"}
_REL_THAT = {"that", "the same"}


def resolve_relunit(m: re.Match[str], c: Context) -> TimexValue | None:
    rel = " ".join((group_lower(m, "rel") or "").split())
    unit = " ".join((group_lower(m, "unit") or "").split())
    mod = group_lower(m, "mod")
    mod = " ".join(mod.replace("-", " ").split()) if mod else None
    if unit in SEASONS:
        return season_of(rel, SEASONS[unit], mod, c)
    if unit == "fiscal year":
        unit = "year"
    base_ref = rel in ("the following", "the next", "the previous", "the preceding", "the prior") or rel in _REL_THAT
    if base_ref and c.reference is None and c.anchor is None:
        raise NeedAnchor(None)
    if base_ref and rel != "the next":
        anchor = anaphor_base(c, "year" if unit == "fiscal year" else unit)
    else:
        anchor = reference_day(c) if base_ref else need_anchor(c, None)
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
        tv = shift_unit(anchor, -1, unit)
        if unit == "decade":
            return resolved("P10Y", start_back(anchor, 1, unit), anchor, "DURATION", 3)
        return replace(tv, interval_start=start_back(anchor, 1, unit), interval_end=anchor,
                       precision=acled_precision(start_back(anchor, 1, unit), anchor))
    if unit == "weekend":
        sat = weekday_date(5, anchor, "same-or-past")
        if n == 0 and anchor.weekday() < 5 and rel != "this past" and (
                c.tense == "future" or c.tense != "past" and anchor.weekday() >= 3):
            sat = weekday_date(5, anchor, "future")
        if n == -1:
            sat = weekday_date(5, anchor - dt.timedelta(days=1), "same-or-past")
            if anchor.weekday() == 6 and rel == "last":
                sat -= dt.timedelta(days=7)
        elif n == 1:
            sat = weekday_date(5, anchor, "future")
        return weekend_value(sat)
    if unit == "quarter":
        cur = (anchor.month - 1) // 3 + 1
        q0 = dt.date(anchor.year, 3 * cur - 2, 1)
        tv = shift_unit(q0, n, "quarter")
    else:
        tv = shift_unit(anchor, n, unit)
    return narrow(tv, mod, anchor)


def season_of(rel: str | None, code: str, mod: str | None, c: Context, year: int | None = None) -> TimexValue:
    if year is not None:
        return narrow(season_value(year, code), mod, c.anchor)
    anchor = need_anchor(c, f"XXXX-{code}")
    if rel in ("last", "this past", "past", "the past", "the last"):
        y = anchor.year
        while season_bounds(y, code)[1] >= anchor:
            y -= 1
    elif rel in ("next", "this coming", "the coming", "coming", "the next"):
        y = anchor.year
        while season_bounds(y, code)[0] <= anchor:
            y += 1
    else:
        y = anchor.year
        if code == "WI" and anchor.month <= 2:
            y -= 1
    return narrow(season_value(y, code), mod, anchor)


def resolve_season(m: re.Match[str], c: Context) -> TimexValue | None:
    rel = group_lower(m, "rel")
    rel = " ".join(rel.replace("-", " ").split()) if rel else None
    y = m["y"]
    season = group_lower(m, "s")
    if not y and (not rel or rel == "the" and season == "fall"):
        return None  # a bare "summer", "the fall" (of a city, of prices): not taken as a time
    if rel and rel.startswith("the"):
        rel = rel[4:] or None  # "the summer" is this year's; "the early summer" narrows it
    mod = rel if rel in ("early", "mid", "late") else None
    return season_of(rel if not mod else None, SEASONS[season], mod, c,  # type: ignore[index]
                   year_number(y) if y else None)


def resolve_inthe(m: re.Match[str], c: Context) -> TimexValue | None:
    mod = (group_lower(m, "mod") or "").replace("-", " ")
    unit = group_lower(m, "unit")
    anchor = need_anchor(c, None)
    if unit in ("day", "morning", "afternoon", "evening"):
        base = c.reference or anchor
        return day_value(base)
    tv = shift_unit(anchor, 0, unit)  # type: ignore[arg-type]
    return narrow(tv, " ".join(mod.split()), anchor)


def resolve_endof(m: re.Match[str], c: Context) -> TimexValue | None:
    anchor = need_anchor(c, None)
    u2 = group_lower(m, "unit2")
    if u2:  # "year-end", "year's end", "month-end": the coming one, the last one in the past ("since year-end")
        if u2.startswith("year"):
            return day_value(dt.date(anchor.year - (c.tense == "past"), 12, 31))
        if c.tense == "past" and month_end(anchor.year, anchor.month) > anchor:
            first = anchor.replace(day=1) - dt.timedelta(days=1)
            return day_value(first)
        return day_value(month_end(anchor.year, anchor.month))
    tv = shift_unit(anchor, 0, group_lower(m, "unit"))  # type: ignore[arg-type]
    return narrow(tv, " ".join(group_lower(m, "mod").split()), anchor)  # type: ignore[union-attr]


def resolve_ago(m: re.Match[str], c: Context) -> TimexValue | None:
    unit = group_lower(m, "unit").rstrip("s")  # type: ignore[union-attr]
    if unit == "centurie":
        unit = "century"
    n = parse_number(m["n"])
    direction = group_lower(m, "dir")
    anaphoric = direction in ("earlier", "later")
    if anaphoric and c.reference is None and c.anchor is None or not anaphoric and c.anchor is None:
        raise NeedAnchor(None)
    base = (c.reference or c.anchor) if anaphoric else c.anchor
    sign = -1 if direction in ("ago", "earlier", "back", "previously") else 1
    if n is None:
        # "days ago", "a few weeks ago": the vague past (or future)
        return TimexValue(value="PAST_REF" if sign < 0 else "FUTURE_REF", resolved=True,
                          interval_end=base if sign < 0 else None, interval_start=base if sign > 0 else None)
    if unit in ("hour", "minute", "second"):
        return day_value(base)  # type: ignore[arg-type]
    if unit in ("day", "night"):
        return day_value(base + dt.timedelta(days=sign * int(round(n))))  # type: ignore[operator]
    if n != int(n):
        return TimexValue(value=None, resolved=False, reason="fractional offset")
    if unit in ("decade", "century"):
        return shift_unit(base, sign * int(n) * (10 if unit == "decade" else 100), "year")  # type: ignore[arg-type]
    return shift_unit(base, sign * int(n), unit)  # type: ignore[arg-type]


def resolve_ref(m: re.Match[str], c: Context) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    anchor = c.anchor
    if t in ("now", "right now", "just now", "currently", "current", "nowadays", "these days", "at present", "presently",
             "today's", "at the moment", "the present"):
        return TimexValue(value="PRESENT_REF", resolved=True, interval_start=anchor, interval_end=anchor,
                          precision=1 if anchor else None)
    if t.startswith(("the future", "the near", "the foreseeable", "the coming", "coming", "the long")):
        return TimexValue(value="FUTURE_REF", resolved=True, interval_start=anchor)
    return TimexValue(value="PAST_REF", resolved=True, interval_end=anchor)


def resolve_anaphor(m: re.Match[str], c: Context) -> TimexValue | None:
    rel = " ".join((group_lower(m, "rel") or "").split())
    unit = group_lower(m, "unit")
    if c.reference is None and c.anchor is None and not c.mentions:
        raise NeedAnchor(None)
    base = anaphor_base(c, unit) if rel != "the next" else reference_day(c)  # type: ignore[arg-type]
    n = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
         "the prior": -1, "the day before": -1, "the day after": 1, "the night before": -1}.get(rel, 0)
    if unit in ("morning", "afternoon", "evening", "night"):
        return day_value(base + dt.timedelta(days=n), unit)
    return shift_unit(base, n, unit)  # type: ignore[arg-type]


def resolve_dayrel(m: re.Match[str], c: Context) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    if c.reference is None and c.anchor is None:
        raise NeedAnchor(None)
    base = reference_day(c)
    shift = -1 if "before" in t or "eve" in t else 1
    part = "night" if "night" in t else None
    return day_value(base + dt.timedelta(days=shift), part)


def resolve_the_year(m: re.Match[str], c: Context) -> TimexValue | None:
    """ "the year" / "the fiscal year": the publication year ("for the year, sales rose"); "the year ended
    June 30" is a twelve-month period, a duration (``P1Y``) as TimeML has it."""
    if m["ended"] is not None:
        return TimexValue(value="P1Y", timex_type="DURATION", resolved=True)
    return year_value(need_anchor(c, None).year)
