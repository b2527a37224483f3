"""Calendar expressions that name their date, month, year, quarter, half, decade or holiday ("March 20,
2024", "June", "fiscal 1988", "the third quarter", "the 1990s", "Christmas"); a missing year comes from the
publication date and the clause's tense."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsledger.resolve.timex_durations import year_number
from newsledger.resolve.timex_lexicon import (
    DECADE_WORDS,
    LEXICON,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    QUARTER_ORDINALS,
    WEEKDAYS,
)
from newsledger.resolve.timex_values import (
    Context,
    NeedAnchor,
    TimexValue,
    day_value,
    group_lower,
    half_value,
    iso_day,
    month_end,
    month_value,
    narrow,
    need_anchor,
    pick_candidate,
    quarter_value,
    resolved,
    week_value,
    year_for_month,
    year_value,
)


def resolve_iso(m: re.Match[str], c: Context) -> TimexValue | None:
    try:
        d = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"]:
        return resolved(f"{iso_day(d)}T{m['H']}:{m['Mi']}", d, d, "TIME", 1)
    return day_value(d)


def resolve_slash(m: re.Match[str], c: Context) -> TimexValue | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, d = (a, b) if a <= 12 else (b, a)
    try:
        return day_value(dt.date(y, mo, d))
    except ValueError:
        return None


def resolve_date(m: re.Match[str], c: Context) -> TimexValue | None:
    mon = MONTHS.get(group_lower(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    y = m["y"]
    if y:
        try:
            d = dt.date(year_number(y), mon, day)
        except ValueError:  # "February 30, 2024": kept, unresolved, with the reason
            return TimexValue(value=None, timex_type="DATE", interval_start=None, interval_end=None,
                              precision=None, resolved=False,
                              reason=f"no such date: day {day} of month {mon} in {year_number(y)}")
        return narrow(day_value(d), group_lower(m, "mod"), c.anchor)
    if c.anchor is None:
        raise NeedAnchor(f"XXXX-{mon:02d}-{day:02d}")
    wd = group_lower(m, "wd")
    year = year_for_month(mon, day, c)
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
    return day_value(d)


def resolve_weekof(m: re.Match[str], c: Context) -> TimexValue | None:
    """ "the week of March 6": the (ISO) week holding that day."""
    tv = resolve_date(m, c)
    if tv is None or not tv.resolved or tv.interval_start is None:
        return tv
    return week_value(tv.interval_start)


def resolve_month_year(m: re.Match[str], c: Context) -> TimexValue | None:
    mon = MONTHS.get(group_lower(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    return narrow(month_value(year_number(m["y"]), mon), group_lower(m, "mod"), c.anchor)


def resolve_month_rel(m: re.Match[str], c: Context) -> TimexValue | None:
    mon = MONTHS.get(group_lower(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    anchor = need_anchor(c, f"XXXX-{mon:02d}")
    return month_value(anchor.year + {"this": 0, "last": -1, "next": 1}[group_lower(m, "yrel")], mon)  # type: ignore[index]


def resolve_month(m: re.Match[str], c: Context) -> TimexValue | None:
    mon = MONTHS.get(group_lower(m, "mon").rstrip("."))  # type: ignore[union-attr]
    if mon is None:
        return None
    rel = group_lower(m, "rel")
    rel = " ".join(rel.replace("-", " ").split()) if rel else None
    anchor = need_anchor(c, f"XXXX-{mon:02d}")
    if rel in ("last", "this past", "past"):
        y = anchor.year if mon < anchor.month else anchor.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = anchor.year if mon > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    else:
        y = year_for_month(mon, None, c)
    tv = month_value(y, mon)
    if rel in ("early", "mid", "late", "the end of", "the beginning of", "the start of", "the middle of",
               "the first half of", "the second half of", "the rest of", "the remainder of"):
        tv = narrow(tv, rel, anchor)
    return tv


def resolve_year(m: re.Match[str], c: Context) -> TimexValue | None:
    y = year_number(m["y"])
    return narrow(year_value(y), group_lower(m, "mod"), c.anchor)


def resolve_decade(m: re.Match[str], c: Context) -> TimexValue | None:
    if group_lower(m, "dw"):
        digit = DECADE_WORDS[group_lower(m, "dw")]  # type: ignore[index]
        cent = group_lower(m, "cent")
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
    tv = resolved(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))
    return narrow(tv, group_lower(m, "mod") or group_lower(m, "mod2"), c.anchor)




def resolve_quarter(m: re.Match[str], c: Context) -> TimexValue | None:
    ords = [o for o in (group_lower(m, "ord"), group_lower(m, "ord2")) if o]
    ords = [" ".join(o.split()) for o in ords]
    qn = group_lower(m, "qn")
    the = group_lower(m, "the")
    y1, y2 = m["y1"] or m["y2"] or m["y3"], None
    yrel = group_lower(m, "yrel") or group_lower(m, "yrel2")
    if not ords and not qn and not the and not y1 and not yrel:
        return None
    q = int(qn) if qn else next((QUARTER_ORDINALS[o] for o in ords if o in QUARTER_ORDINALS), None)
    rel = next((o for o in ords if o not in QUARTER_ORDINALS and o != "fiscal"), None)
    if q is None and rel is None and not the and not yrel:
        return None
    year_ago = any(o.replace(" ", "-") in ("year-ago", "year-earlier", "prior-year") for o in ords) or bool(
        group_lower(m, "qago"))  # "the quarter a year ago"
    if y1 is not None and q is not None:
        return quarter_value(int(y1), q)
    if c.anchor is None:
        raise NeedAnchor(f"XXXX-Q{q}" if q else None)
    anchor = c.anchor
    cur = (anchor.month - 1) // 3 + 1
    latest_y, latest_q = (anchor.year, cur - 1) if cur > 1 else (anchor.year - 1, 4)
    if yrel:
        y2 = anchor.year + {"last year's": -1, "last year": -1, "this year's": 0, "this year": 0,
                            "next year's": 1, "next year": 1}[" ".join(yrel.split())]
    if q is not None:
        if y2 is not None:
            return quarter_value(y2, q)
        y = anchor.year
        if dt.date(y, 3 * q - 2, 1) > anchor and c.tense != "future":
            y -= 1
        return quarter_value(y - year_ago, q)
    if y1 is not None:
        return quarter_value(int(y1), latest_q)
    if year_ago:
        return quarter_value(latest_y - 1, latest_q)
    if rel in ("current", "this"):
        return quarter_value(anchor.year, cur)
    if rel in ("next", "coming"):
        return quarter_value(anchor.year + (cur == 4), cur % 4 + 1)
    if rel in ("year-ago", "year-earlier", "prior-year", "year ago", "year earlier", "prior year"):
        return quarter_value(latest_y - 1, latest_q)
    # "the quarter", "the latest quarter", "last quarter", "the previous quarter": the last completed one
    if y2 is not None:
        return quarter_value(y2, latest_q)
    return quarter_value(latest_y, latest_q)


def resolve_half(m: re.Match[str], c: Context) -> TimexValue | None:
    h = 1 if group_lower(m, "ord") == "first" else 2  # second, last, latter
    y = m["y"]
    if y and y.isdigit():
        return half_value(int(y), h)
    anchor = need_anchor(c, f"XXXX-H{h}")
    yr = (group_lower(m, "y") or "this year").split()[0]
    base = anchor.year + {"last": -1, "next": 1}.get(yr, 0)
    return half_value(base, h)


def year_ago_quarter(anchor: dt.date) -> TimexValue:
    """The quarter a year before the last completed one: what "a year ago" means in a quarterly report
    published on ``anchor`` (TimeBank's convention: "net rose from $5 million a year ago" is ``1988-Q3``)."""
    cur = (anchor.month - 1) // 3 + 1
    y, q = (anchor.year, cur - 1) if cur > 1 else (anchor.year - 1, 4)
    return quarter_value(y - 1, q)


def quarter_of_year(year: int, anchor: dt.date | None) -> TimexValue:
    """ "the 1988 period" in a quarterly report: the quarter of ``year`` matching the last completed one."""
    if anchor is None:
        return year_value(year)
    cur = (anchor.month - 1) // 3 + 1
    q = cur - 1 if cur > 1 else 4
    return quarter_value(year, q)


def resolve_yearago(m: re.Match[str], c: Context) -> TimexValue | None:
    anchor = need_anchor(c, None)
    return year_value(anchor.year - 1)


def easter_sunday(y: int) -> dt.date:
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


def nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(y, month)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def resolve_holiday(m: re.Match[str], c: Context) -> TimexValue | None:
    name = " ".join(group_lower(m, "hol").replace("’", "'").split())  # type: ignore[union-attr]
    fn = HOLIDAYS.get(name)
    if fn is None:
        return None
    if m["y"]:
        return day_value(fn(int(m["y"])))
    anchor = need_anchor(c, None)
    cands = [(fn(y), fn(y)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return day_value(cands[pick_candidate(cands, anchor, c.tense)][0])


def _holiday_rules() -> dict[str, Callable[[int], dt.date]]:
    rules: dict[str, Callable[[int], dt.date]] = {}
    for name, (month, day) in LEXICON["holidays_fixed"].items():
        rules[name] = lambda y, month=month, day=day: dt.date(y, month, day)
    for name, (month, wd, n) in LEXICON["holidays_nth_weekday"].items():
        rules[name] = lambda y, month=month, wd=wd, n=n: nth_weekday(y, month, wd, n)
    for name, offset in LEXICON["holidays_from_easter"].items():
        rules[name] = lambda y, offset=offset: easter_sunday(y) + dt.timedelta(days=offset)
    return rules


HOLIDAYS = _holiday_rules()


def resolve_century(m: re.Match[str], c: Context) -> TimexValue | None:
    """ "the 20th century", "the twenty-first century": TIMEX3 writes the century's first two digits ("19",
    "20")."""
    raw = " ".join((group_lower(m, "ord") or "").replace("-", " ").split())
    n = int(raw[:-2]) if raw[:1].isdigit() else ORDINAL_WORDS.get(raw) or ORDINAL_WORDS.get(raw.replace(" ", "-"))
    if not n or not 1 <= n <= 30:
        return None
    first = (n - 1) * 100
    tv = resolved(f"{n - 1:02d}", dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31))
    return narrow(tv, group_lower(m, "mod"), c.anchor)
