"""The words of English time expressions, loaded from ``data/time_lexicon.json`` (month and weekday names,
number words, seasons, parts of the day, TIMEX3 unit codes, holidays), and the regular-expression fragments
the grammar builds from them."""

from __future__ import annotations

import json
import re
from importlib import resources


def _load() -> dict:
    return json.loads((resources.files("newsledger") / "data" / "time_lexicon.json").read_text(encoding="utf-8"))


LEXICON = _load()

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(LEXICON["months"], start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS.update(LEXICON["month_abbreviations"])

WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(LEXICON["weekdays"])}
WEEKDAYS.update(LEXICON["weekday_abbreviations"])

SMALL: list[str] = LEXICON["small_numbers"]
TENS: list[str] = ["", "", *LEXICON["tens"]]
NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(SMALL)}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(TENS) if w})
NUMBER_WORDS.update(LEXICON["number_phrases"])
VAGUE_WORDS: set[str] = set(LEXICON["vague_quantities"])

SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS: dict[str, str] = LEXICON["parts_of_day"]
UNIT_CODES: dict[str, tuple[str, bool]] = {k: (v[0], v[1]) for k, v in LEXICON["duration_units"].items()}
DECADE_WORDS: dict[str, int] = LEXICON["decade_words"]
QUARTER_ORDINALS: dict[str, int] = LEXICON["quarter_ordinals"]
SET_PERIODS: dict[str, str] = LEXICON["set_periods"]
PLAN_NOUNS: frozenset[str] = frozenset(LEXICON["plan_nouns"]["words"])
DATED_NOUNS: frozenset[str] = frozenset(LEXICON["dated_nouns"]["words"])

# Case-sensitive month names (so that "may" the verb and "march" the verb are not months); the
# normaliser uses a case-insensitive copy of every pattern.
MONTH_FULL_RE = "|".join(m.capitalize() for m in LEXICON["months"])
MONTH_ABBR_RE = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
WEEKDAY_RE = ("(?:" + "|".join(w.capitalize() for w in LEXICON["weekdays"]) + "|"
              r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)")
SMALL_NUMBER_RE = "|".join(sorted(SMALL[1:], key=len, reverse=True))
TENS_RE = "|".join(w for w in TENS if w)
NUMBER_WORD_RE = rf"(?:(?:{TENS_RE})(?:[-\s](?:{SMALL_NUMBER_RE}))?|{SMALL_NUMBER_RE})"
NUMBER_RE = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD_RE}|a\s+dozen|a\s+hundred|a\s+single|a\s+couple(?:\s+of)?|"
             r"a\s+pair\s+of|couple\s+of|half\s+an?|an?)")
VAGUE_RE = r"(?:several|a\s+few|few|some|many|dozens\s+of|hundreds\s+of|a\s+number\s+of|numerous|countless|multiple)"
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
PART_OF_DAY_RE = r"(?:morning|afternoon|evening|night)"
ONES_RE = "|".join(SMALL[1:10])
TEENS_RE = "|".join(SMALL[10:20])
SPELLED_YEAR_RE = (rf"(?:(?:nineteen|eighteen|twenty)[\s-](?:(?:{TENS_RE})(?:[\s-](?:{ONES_RE}))?|(?:{TEENS_RE})|"
                   rf"oh[\s-](?:{ONES_RE})|hundred)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:{ONES_RE}|{TEENS_RE}))?)")
YEAR_RE = rf"(?:1[6-9]\d\d|20\d\d|{SPELLED_YEAR_RE})"
MODIFIER_RE = (r"(?:early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|"
               r"(?:the\s+)?middle\s+of|"
               r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|the\s+remainder\s+of|"
               r"the\s+turn\s+of)")
QUANTIFIER_RE = (r"(?:about|around|some|nearly|almost|more\s+than|over|less\s+than|under|just\s+over|just\s+under|"
                 r"up\s+to|roughly|approximately|at\s+least|at\s+most|only|barely|a\s+full|a\s+total\s+of|fewer\s+than|"
                 r"within)")
ORDINAL_WORDS: dict[str, int] = LEXICON["ordinal_words"]
ORDINAL_RE = (r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")")


def trie_pattern(words: list[str]) -> str:
    """One regular expression for a list of literal words, as a trie (shared prefixes written once), which
    the regex engine tries far faster than a flat alternation."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# Trigger words by class (a rule of the grammar needs a word of one of its classes, or a digit).
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {}
for _cls, _words in LEXICON["trigger_words"].items():
    if _cls.startswith("_"):
        continue
    for _w in _words:
        TRIGGER_WORDS[_w] = (*TRIGGER_WORDS.get(_w, ()), _cls)
# "digit": any run of digits; "four_digits": a run of exactly four (a year).
TRIGGER_CLASSES: tuple[str, ...] = ("digit", "four_digits",
                                    *(c for c in LEXICON["trigger_words"] if not c.startswith("_")))
# Run over lower-cased text (case-insensitive matching is twice as slow); TRIGGER_ANYCASE for text whose
# lower-casing changes its length.
_TRIGGER_SRC = rf"(?P<digit>\d+)|\b(?P<word>{trie_pattern(sorted(TRIGGER_WORDS))})\b"
TRIGGER = re.compile(_TRIGGER_SRC)
TRIGGER_ANYCASE = re.compile(_TRIGGER_SRC, re.IGNORECASE)
