"""Numbers, durations and sets: "three years" → ``P3Y``, "the past five days" (an interval ending on the
publication day), "several weeks" → ``PXW``, "10-day", "recent months", "each year" → ``P1Y``; and the
unit arithmetic (N units back, forward, shifted) the relative rules share."""

from __future__ import annotations

import datetime as dt
import re

from newsledger.resolve.timex_lexicon import (
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    SET_PERIODS,
    UNIT_CODES,
    VAGUE_WORDS,
    WEEKDAYS,
)
from newsledger.resolve.timex_values import (
    NO_ANCHOR,
    Context,
    TimexValue,
    add_months,
    add_years,
    day_value,
    group_lower,
    month_value,
    quarter_value,
    resolved,
    week_value,
    weekday_date,
    weekend_value,
    year_value,
)


def year_number(text: str) -> int:
    """A year in digits or words: "1996", "nineteen ninety-six", "the year two thousand"."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t.isdigit():
        return int(t)
    if t.startswith("the year "):
        t = t[len("the year "):]
    if t.startswith("two thousand"):
        rest = t[len("two thousand"):].replace(" and ", " ").strip()
        return 2000 + int(parse_number(rest) or 0)
    first, _, rest = t.partition(" ")
    century = int(NUMBER_WORDS[first])
    if rest == "hundred":
        return century * 100
    rest = rest.removeprefix("oh ")
    return century * 100 + int(parse_number(rest) or 0)


def parse_number(text: str | None) -> float | None:
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


def format_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
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
    return f"P{t}{format_number(n)}{code}"


def span_days(n: float, unit: str) -> int | None:
    unit = unit.lower().rstrip("s")
    per = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "weekend": 2}
    if unit in per:
        return max(int(round(n * per[unit])), 1)
    return None


def start_back(anchor: dt.date, n: float, unit: str) -> dt.date:
    """The first day of an N-unit period that ends on (and counts) ``anchor``."""
    unit = unit.lower().rstrip("s")
    days = span_days(n, unit)
    if days is not None:
        return anchor - dt.timedelta(days=days - 1)
    if unit in ("month", "quarter"):
        months = int(round(n * (3 if unit == "quarter" else 1)))
        return add_months(anchor, -months) + dt.timedelta(days=1)
    if unit in ("year", "decade", "century", "centurie"):
        years = int(round(n * {"year": 1, "decade": 10}.get(unit, 100)))
        return add_years(anchor, -years) + dt.timedelta(days=1)
    return anchor  # hours, minutes: the publication day


def end_forward(anchor: dt.date, n: float, unit: str) -> dt.date:
    unit = unit.lower().rstrip("s")
    days = span_days(n, unit)
    if days is not None:
        return anchor + dt.timedelta(days=days)
    if unit in ("month", "quarter"):
        return add_months(anchor, int(round(n * (3 if unit == "quarter" else 1))))
    if unit in ("year", "decade", "century", "centurie"):
        return add_years(anchor, int(round(n * {"year": 1, "decade": 10}.get(unit, 100))))
    return anchor


def shift_unit(base: dt.date, n: int, unit: str) -> TimexValue:
    """The unit-sized period ``n`` units from ``base`` (negative: before), at the unit's granularity."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "night"):
        return day_value(base + dt.timedelta(days=n))
    if unit in ("week", "fortnight"):
        return week_value(base + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        sat = weekday_date(5, base, "same-or-past") + dt.timedelta(days=7 * n)
        return weekend_value(sat)
    if unit == "month":
        d = add_months(base, n)
        return month_value(d.year, d.month)
    if unit == "quarter":
        d = add_months(base, 3 * n)
        return quarter_value(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year_value(base.year + n)
    if unit == "decade":
        y = base.year + 10 * n
        dec = y // 10
        return resolved(str(dec), dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31))
    if unit in ("century", "centurie"):
        y = base.year + 100 * n
        c = y // 100
        return resolved(f"{c:02d}", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31))
    if unit in ("hour", "minute", "second"):
        return day_value(base)
    return day_value(base)


def resolve_duration(m: re.Match[str], c: Context) -> TimexValue | None:
    unit = group_lower(m, "unit")
    raw_n = group_lower(m, "n")
    rel = group_lower(m, "rel")
    det = group_lower(m, "det")
    if raw_n and " ".join(raw_n.split()) in ("a", "an") and not rel and not det and not m["half"]:
        # "a day", "a week": durations, but also "once a week" (handled by the SET rule)
        pass
    n = parse_number(raw_n) if raw_n and " ".join(raw_n.split()) not in VAGUE_WORDS else None
    if n is None and raw_n and " ".join(raw_n.split()) not in VAGUE_WORDS:
        return None
    if m["half"] and n is not None:
        n += 0.5
    value = duration_value(n, unit)  # type: ignore[arg-type]
    rel = " ".join(rel.split()) if rel else None
    if rel in ("past", "last", "previous", "preceding", "latest", "recent") or m["ahead"] and "run" in m["ahead"]:
        if c.anchor is None:
            return TimexValue(value=value, timex_type="DURATION", resolved=False, reason=NO_ANCHOR)
        if n is None:
            return TimexValue(value=value, timex_type="DURATION", interval_end=c.anchor, resolved=True)
        s = start_back(c.anchor, n, unit)  # type: ignore[arg-type]
        return resolved(value, s, c.anchor, "DURATION")
    if rel in ("next", "coming", "following") or (m["ahead"] and "ahead" in m["ahead"]):
        if c.anchor is None:
            return TimexValue(value=value, timex_type="DURATION", resolved=False, reason=NO_ANCHOR)
        if n is None:
            return TimexValue(value=value, timex_type="DURATION", interval_start=c.anchor, resolved=True)
        return resolved(value, c.anchor + dt.timedelta(days=1), end_forward(c.anchor, n, unit), "DURATION")  # type: ignore[arg-type]
    return TimexValue(value=value, timex_type="DURATION", resolved=True)


def resolve_plural(m: re.Match[str], c: Context) -> TimexValue | None:
    """"for weeks", "within days", "for the first time in years": vague durations (PXW)."""
    return TimexValue(value=duration_value(None, group_lower(m, "unit")), timex_type="DURATION",  # type: ignore[arg-type]
                      resolved=True)


def resolve_recent(m: re.Match[str], c: Context) -> TimexValue | None:
    """"recent weeks": TimeBank values these as vague durations (PXW) ending now; "recent years" as PAST_REF."""
    if group_lower(m, "unit") in ("years", "decades"):
        return TimexValue(value="PAST_REF", interval_end=c.anchor, resolved=True)
    return TimexValue(value=duration_value(None, group_lower(m, "unit")), timex_type="DURATION",  # type: ignore[arg-type]
                      interval_end=c.anchor, resolved=c.anchor is not None,
                      reason=None if c.anchor is not None else NO_ANCHOR)


def resolve_hyphdur(m: re.Match[str], c: Context) -> TimexValue | None:
    raw, unit = (m["n"], m["unit"]) if m["unit"] else (m["n2"], m["unit2"])
    n = parse_number(raw) if raw else 1.0
    if n is None:
        return None
    return TimexValue(value=duration_value(n, unit.lower()), timex_type="DURATION", resolved=True)


def resolve_set(m: re.Match[str], c: Context) -> TimexValue | None:
    t = " ".join(m.group(0).lower().split())
    wd = group_lower(m, "swd") or group_lower(m, "swd2")
    if wd:
        return TimexValue(value=f"XXXX-WXX-{WEEKDAYS[wd.rstrip('.').rstrip('s')] + 1}", timex_type="SET",
                          resolved=True)
    mon = group_lower(m, "smon")
    if mon:  # "each July": TimeML's XXXX-07
        day = f"-{int(m['sday']):02d}" if m["sday"] else ""
        return TimexValue(value=f"XXXX-{MONTHS[mon]:02d}{day}", timex_type="SET", resolved=True)
    season = group_lower(m, "sseason")
    if season:  # "every spring": XXXX-SP
        return TimexValue(value=f"XXXX-{SEASONS[season]}", timex_type="SET", resolved=True)
    last = t.split()[-1]
    if t.startswith("every other"):
        v = SET_PERIODS.get(last, "P1D")
        return TimexValue(value=v.replace("P1", "P2").replace("PT1", "PT2"), timex_type="SET", resolved=True)
    return TimexValue(value=SET_PERIODS.get(last, "P1D"), timex_type="SET", resolved=True)
