"""The grammar: one :class:`Rule` per kind of expression (a pattern and the function that resolves it), and
:func:`find_time_expressions`, which runs each pattern over a text only in windows around the trigger words of
its classes (``trigger_words`` in ``data/time_lexicon.json``), found in one pass of one trie-shaped regex."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsledger.resolve.timex_dates import (
    resolve_century,
    resolve_date,
    resolve_decade,
    resolve_half,
    resolve_holiday,
    resolve_iso,
    resolve_month,
    resolve_month_rel,
    resolve_month_year,
    resolve_quarter,
    resolve_slash,
    resolve_weekof,
    resolve_year,
    resolve_yearago,
)
from newsledger.resolve.timex_durations import (
    resolve_duration,
    resolve_hyphdur,
    resolve_plural,
    resolve_recent,
    resolve_set,
)
from newsledger.resolve.timex_lexicon import (
    MODIFIER_RE,
    MONTH_ABBR_RE,
    MONTH_FULL_RE,
    NUMBER_RE,
    NUMBER_WORD_RE,
    ORDINAL_RE,
    PART_OF_DAY_RE,
    QUANTIFIER_RE,
    TRIGGER,
    TRIGGER_ANYCASE,
    TRIGGER_CLASSES,
    TRIGGER_WORDS,
    UNIT_RE,
    VAGUE_RE,
    WEEKDAY_RE,
    YEAR_RE,
)
from newsledger.resolve.timex_relative import (
    resolve_ago,
    resolve_anaphor,
    resolve_clock,
    resolve_dayrel,
    resolve_endof,
    resolve_inthe,
    resolve_midpart,
    resolve_overnight,
    resolve_partofday,
    resolve_ref,
    resolve_relday,
    resolve_relunit,
    resolve_season,
    resolve_the_year,
    resolve_weekday,
)
from newsledger.resolve.timex_values import Context, TimexMatch, TimexValue

Handler = Callable[[re.Match[str], Context], "TimexValue | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    handler: Handler
    detect: re.Pattern[str]
    full: re.Pattern[str]
    searched: bool = True  # False: normalised when asked, never looked for in running text
    triggers: frozenset[str] = frozenset()  # classes of trigger words (data/time_lexicon.json), one of which it needs


def rule(name: str, pattern: str, handler: Handler, triggers: str = "", searched: bool = True) -> Rule:
    """A rule: ``pattern`` (``{MON}``: a month name or abbreviation, case-sensitive in running text;
    ``{MONFULL}``: a full month name) and the trigger classes (space-separated) it needs one word of."""
    detect_src = pattern.replace("{MON}", rf"(?-i:{MONTH_FULL_RE}|{MONTH_FULL_RE.upper()}|{MONTH_ABBR_RE})").replace(
        "{MONFULL}", rf"(?-i:{MONTH_FULL_RE}|{MONTH_FULL_RE.upper()})")
    full_src = pattern.replace("{MON}", rf"(?:{MONTH_FULL_RE}|{MONTH_ABBR_RE})").replace("{MONFULL}", rf"(?:{MONTH_FULL_RE})")
    detect = re.compile(rf"(?<![\w$£€/.-])(?:{detect_src})(?![\w/]|-(?!\s))", re.IGNORECASE)
    full = re.compile(rf"(?:{full_src})", re.IGNORECASE)
    unknown = set(triggers.split()) - set(TRIGGER_CLASSES)
    if unknown or (searched and not triggers):
        raise ValueError(f"rule {name}: trigger classes {sorted(unknown) or 'missing'}")
    return Rule(name, handler, detect, full, searched, frozenset(triggers.split()))


RULES: list[Rule] = [
    rule("iso", r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<Mi>\d{2})(?::\d{2})?)?", resolve_iso, "four_digits"),
    rule("slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})", resolve_slash, "digit"),
    rule("mdy", rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<mon>{{MON}})\s+"
                 rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:,]\d)(?:,?\s+(?P<y>{YEAR_RE})(?!\d))?", resolve_date, "month"),
    rule("dmy", rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                 rf"(?P<mon>{{MON}})(?:,?\s+(?P<y>{YEAR_RE})(?!\d))?", resolve_date, "month"),
    rule("weekof", rf"the\s+week\s+of\s+(?P<mon>{{MON}})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:,]\d)"
                    rf"(?:,?\s+(?P<y>{YEAR_RE})(?!\d))?", resolve_weekof, "month"),
    rule("month_year", rf"(?:(?P<mod>{MODIFIER_RE})[\s-]+)?(?P<mon>{{MON}})(?:\s+of)?,?\s+(?P<y>{YEAR_RE})(?!\d)", resolve_month_year, "month"),
    rule("month_rel", r"(?P<mon>{MON})\s+(?P<yrel>this|last|next)\s+year", resolve_month_rel, "month"),
    rule("month", rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|early|mid|late|{MODIFIER_RE})[\s-]+)?"
                   rf"(?P<mon>{{MONFULL}})", resolve_month, "month"),
    rule("half", r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?P<y>\d{4}|this\s+year|last\s+year|next\s+year|"
                  r"the\s+year)", resolve_half, "half quarter"),
    rule("year", rf"(?:(?P<mod>{MODIFIER_RE})[\s-]+)?(?:(?:fiscal|calendar)(?:\s+year)?\s+|FY\s*|the\s+year\s+|"
                  r"the\s+(?=\d{4}\s+(?:fiscal|financial|calendar|budget)\s+year))?"
                  rf"(?P<y>{YEAR_RE})(?:\s+(?:fiscal|financial|calendar|budget)\s+year)?(?!\s*(?:%|percent|\d))", resolve_year, "four_digits spelled_year"),
    rule("century", rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>{ORDINAL_RE})[\s-]+century(?!-)", resolve_century, "century"),
    rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|"
                    r"'(?P<dec2>\d0)s)|the\s+(?:(?P<mod2>early|mid|late)[\s-]+)?(?:(?P<cent>nineteen|eighteen)[\s-])?"
                    r"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", resolve_decade, "digit spelled_year"),
    rule("relday", r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<special>the\s+day\s+before\s+yesterday|"
                    r"the\s+day\s+after\s+tomorrow)|(?P<day>today|yesterday|tomorrow|tonight)"
                    rf"(?:\s+(?P<part>{PART_OF_DAY_RE}))?)", resolve_relday, "dayword"),
    rule("partofday", rf"(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+"
                       rf"(?P<part>{PART_OF_DAY_RE})", resolve_partofday, "dayword"),
    rule("midpart", rf"mid[\s-]?(?P<part>morning|afternoon|evening)(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY_RE}|today|"
                     r"yesterday|tomorrow))?", resolve_midpart, "dayword"),
    rule("overnight", rf"overnight(?:\s+(?:on\s+)?(?P<wd1>{WEEKDAY_RE}))?(?:\s+(?:and\s+)?(?:into|through|to|until)\s+"
                       rf"(?:early\s+)?(?P<into>{WEEKDAY_RE}|today|yesterday))?", resolve_overnight, "dayword"),
    rule("weekday", r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+preceding|"
                     r"the\s+following|the\s+next|early|late|earlier|later|early\s+on|late\s+on|earlier\s+on|"
                     rf"later\s+on)\s+)?(?P<wd>{WEEKDAY_RE})(?:,?\s+(?P<part>{PART_OF_DAY_RE}|overnight))?(?!,?\s+{{MON}})", resolve_weekday, "weekday"),
    rule("clock", rf"(?:(?:about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|"
                   rf"just\s+before)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m|"
                   rf"p\.m|am|pm)|(?P<nm>noon|midnight|midday))(?:\s+(?:GMT|UTC|EST|EDT|ET|local\s+time))?"
                   rf"(?:,?\s+(?:on\s+)?(?:(?P<day>{WEEKDAY_RE}|today|yesterday|tomorrow)|(?P<dmon>{{MON}})\s+"
                   rf"(?P<dd>\d{{1,2}})(?!\d)))?(?!\w)"
                   # "9 a.m. (0600 GMT) Monday": the day after the other zone's time (TimeML keeps them apart)
                   rf"(?:(?=\s+\((?:\d{{3,4}}|\d{{1,2}}[:.]\d\d)\s+(?:GMT|UTC)\),?\s+(?:on\s+)?(?P<zday>{WEEKDAY_RE})))?",
                   resolve_clock, "digit dayword"),
    rule("relunit", rf"(?:(?P<mod>{MODIFIER_RE}|earlier|later)[\s-]+)?(?P<rel>this|last|next|the\s+past|the\s+last|"
                     r"the\s+previous|the\s+preceding|the\s+prior|the\s+latest(?=\s+(?:fiscal\s+)?year)|the\s+coming|the\s+next|the\s+following|"
                     r"the\s+current|the\s+same|that|this\s+past|this\s+coming)\s+(?P<unit>week|weekend|month|"
                     r"year|quarter|decade|century|spring|summer|fall|autumn|winter|fiscal\s+year)(?!-)", resolve_relunit, "unit season"),
    rule("weekend", r"(?P<rel>the)\s+(?P<unit>weekend)", resolve_relunit, "unit"),
    rule("fullyear", r"the\s+full\s+(?P<unit>year)", resolve_relunit, "unit"),
    rule("theyear", r"the\s+(?P<fiscal>fiscal\s+)?year(?P<ended>(?=\s+(?:ended|ending)\b))?(?!\s+(?:before|after|"
                    r"earlier|later|ago|when|in\s+which|since|that|two)\b)", resolve_the_year, "unit"),
    rule("inthe", r"(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<unit>day|week|month|year|morning|"
                   r"afternoon|evening)", resolve_inthe, "unit dayword"),
    rule("endof", r"(?:(?P<mod>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
                   r"the\s+rest\s+of|the\s+remainder\s+of)\s+the\s+(?P<unit>week|month|year|decade))|"
                   r"(?P<unit2>year-end|year\s+end|year['’]s\s+end|month-end)", resolve_endof, "unit"),
    rule("quarter", r"(?P<the>the\s+)?(?:(?P<y1>\d{4})\s+|(?P<yrel>last\s+year's|this\s+year's|next\s+year's)\s+)?"
                     r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|"
                     r"past|most\s+recent|recent|year-ago|year-earlier|prior-year|year\s+ago|year\s+earlier|"
                     r"prior\s+year|same|comparable|fiscal|this|next|coming)(?:[\s-]+(?P<ord2>first|second|third|"
                     r"fourth|fiscal|year-ago|year-earlier))?[\s-]+)?(?:fiscal\s+)?quarter(?!s)(?:\s+of\s+(?:"
                     r"(?:fiscal\s+)?(?P<y2>\d{4})|(?P<yrel2>this\s+year|last\s+year|next\s+year)))?"
                     r"(?P<qago>\s+a\s+year\s+(?:ago|earlier))?|"
                     r"Q(?P<qn>[1-4])(?:\s+(?P<y3>\d{4}))?", resolve_quarter, "quarter"),
    rule("season", r"(?:(?P<rel>this|last|next|early|mid|late|this\s+past|this\s+coming|the(?:\s+(?:early|mid|late))?)"
                    r"[\s-]+)?"
                    rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR_RE})(?!\d))?", resolve_season, "season"),
    rule("ago", rf"(?:{QUANTIFIER_RE}\s+)?(?P<n>{NUMBER_RE}|{VAGUE_RE})?\s*(?P<unit>{UNIT_RE}|quarters?)(?:\s+or\s+so)?\s+(?P<dir>ago|"
                 r"(?:earlier|later)(?!\s+(?:than|that|this|in|on))|from\s+now|hence)", resolve_ago, "unit"),
    rule("duration", rf"(?:(?P<q>{QUANTIFIER_RE})\s+(?!the\s))?(?:(?P<det>the|these|those|its|their|his|her|our)\s+)?"
                      r"(?:(?P<rel>past|last|next|first|previous|coming|following|final|initial|preceding|latest|"
                      r"same|remaining|entire|full|whole|subsequent|ensuing|year-earlier|year-ago|comparable)\s+)?"
                      rf"(?P<n>{NUMBER_RE}|{VAGUE_RE})(?:\s*(?:to|or|-|–)\s*(?P<n2>{NUMBER_RE}))?(?:\s+(?:more|full|long|straight|consecutive|successive|additional|"
                      rf"further|extra|short|whole|entire|more\s+long))?\s+(?P<unit>{UNIT_RE}|quarters|weekends)"
                      r"(?P<half>\s+and\s+a\s+half)?(?:\s+(?P<ahead>ahead|running|straight|in\s+a\s+row))?", resolve_duration, "unit"),
    rule("plural", r"(?:(?<=for\s)|(?<=within\s)|(?<=in\s)|(?<=over\s))(?P<unit>days|weeks|months|years|decades|"
                    r"centuries)(?!\s+(?:ago|of|before|after|later|earlier|old|since|from))", resolve_plural, "unit"),
    rule("theyears", r"(?:(?<=over\s)|(?<=in\s)|(?<=during\s)|(?<=through\s))the\s+(?:early\s+|first\s+)?"
                      r"(?P<unit>years|decades)(?!\s+(?:ago|of|before|after|later|earlier|old|since|from|\d))",
         resolve_plural, "unit"),
    rule("recent", r"recent\s+(?P<unit>days|weeks|months|years|decades)", resolve_recent, "unit"),
    rule("hyphdur", rf"(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD_RE}|a|one)?-?(?P<unit>second|minute|hour|day|night|week|month|year|"
                     r"decade|century)(?:-long)(?!-)|(?P<n2>\d+(?:\.\d+)?|" + NUMBER_WORD_RE + r")-(?P<unit2>second|minute|"
                     r"hour|day|night|week|month|year|decade|century)(?:-long)?(?!-)", resolve_hyphdur, "unit"),
    rule("ref", r"now|right\s+now|just\s+now|currently|(?:then[\s-])?current(?=\s+[a-z])|nowadays|these\s+days|at\s+present|presently|recently|"
                 r"lately|the\s+past|the\s+future|the\s+near\s+future|the\s+near\s+term|the\s+foreseeable\s+future|"
                 r"the\s+coming\s+(?:days|weeks|months|years)|coming\s+(?:days|weeks|months|years)|"
                 r"in\s+the\s+past|at\s+the\s+moment|"
                 r"the\s+present", resolve_ref, "reference unit"),
    rule("set", r"daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|fortnightly|every\s+(?:other\s+|"
                 r"single\s+)?(?:day|week|month|quarter|year|morning|evening|night|hour|weekend)|each\s+(?:day|week|month|"
                 r"quarter|year|morning|evening|night)|per\s+(?:day|week|month|year|hour)|(?:every\s+)?(?P<swd>(?:Mondays|"
                 r"Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))|(?:every|each)\s+(?P<swd2>Monday|Tuesday|"
                 r"Wednesday|Thursday|Friday|Saturday|Sunday)|(?:every|each)\s+(?P<smon>{MONFULL})(?:\s+(?P<sday>\d{1,2})(?!\d))?|(?:every|each)\s+"
                 r"(?P<sseason>spring|summer|fall|autumn|winter)|(?:(?<=times\s)|(?<=twice\s)|"
                 r"(?<=once\s))a\s+(?:day|week|month|year)", resolve_set, "set unit weekday month season"),
    rule("yearago", r"(?:the\s+)?(?:year-ago|year-earlier|year\s+earlier)(?:\s+(?:period|year|levels?|results?))?", resolve_yearago, "unit"),
    rule("anaphor", r"(?:(?:earlier|later)\s+)?(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior)"
                     r"\s+(?P<unit>day|night|morning|afternoon|evening|week|weekend|month|year)", resolve_anaphor, "unit dayword"),
    rule("dayrel", r"the\s+(?:day|night)\s+(?:before|after)|the\s+eve\s+of", resolve_dayrel, "", searched=False),
    rule("holiday", r"(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|"
                     r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Halloween|Valentine['’]s\s+Day|"
                     r"Independence\s+Day|the\s+Fourth\s+of\s+July|July\s+Fourth|Labor\s+Day|Memorial\s+Day)"
                     rf"(?:,?\s+(?P<y>{YEAR_RE}))?", resolve_holiday, "holiday month unit weekday"),
]


RULES_BY_NAME = {r.name: r for r in RULES}
SEARCHED_RULES = [r for r in RULES if r.searched]


_WINDOW = 45


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened by ``_WINDOW`` characters each side, then out to whitespace."""
    n = len(text)
    s = max(0, start - _WINDOW)
    e = min(n, end + _WINDOW)
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < n and not text[e].isspace():
        e += 1
    return s, e


def _merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in windows:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _class_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the windows (in text order, not merged) around its words in ``text``."""
    by_class: dict[str, list[tuple[int, int]]] = {}
    lower = text.lower()
    hits = TRIGGER.finditer(lower) if len(lower) == len(text) else TRIGGER_ANYCASE.finditer(text)
    for m in hits:
        if m.lastgroup == "digit":
            classes = ("digit", "four_digits") if m.end() - m.start() == 4 else ("digit",)
        else:
            classes = TRIGGER_WORDS[m.group().lower()]
        win = _window(text, m.start(), m.end())
        for c in classes:
            by_class.setdefault(c, []).append(win)
    return by_class


def find_time_expressions(text: str) -> list[TimexMatch]:
    """Every expression of the grammar in ``text``, longest first where they overlap, in text order.

    A rule runs only in the windows around the trigger words of its classes (every expression it finds
    contains one), so that text without a time word costs one scan of one regex."""
    found: list[TimexMatch] = []
    by_class = _class_windows(text)
    merged: dict[frozenset[str], list[tuple[int, int]]] = {}
    for rule in SEARCHED_RULES:
        windows = merged.get(rule.triggers)
        if windows is None:
            windows = merged[rule.triggers] = _merge(sorted(w for c in rule.triggers for w in by_class.get(c, ())))
        detect = rule.detect
        for ws, we in windows:
            for m in detect.finditer(text, ws, we):
                if m.end() > m.start() and m.group(0).strip():
                    found.append(TimexMatch(m.start(), m.end(), rule.name, m))
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[TimexMatch] = []
    taken = bytearray(len(text))  # 1 where a kept expression lies
    for f in found:
        if taken.find(1, f.start, f.end) != -1:
            continue
        kept.append(f)
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    kept.sort(key=lambda f: f.start)
    return kept
