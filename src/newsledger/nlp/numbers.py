"""Numbers in text: digits ("1,200"), words ("twelve", "one hundred and twenty") and vague quantities
("dozens", "hundreds").  Word numbers are parsed with the text2num library."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from text_to_num import text2num

from newsledger.nlp.doc_cache import token_column
from newsledger.nlp.sentences import doc_text

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "and",
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


@dataclass(frozen=True)
class NumberMention:
    start: int  # token offsets [start, end)
    end: int
    value: int | None
    low: int | None = None
    high: int | None = None
    vague: bool = False
    counted: int | None = None  # token index of the counted noun when the number is implicit ("a woman")
    qualifier: str | None = None  # set when the count itself says it ("a man and his sons": at least 3)


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if _DIGITS.match(tok.text):
        return True
    if low in _NUMBER_WORDS and low != "and":
        return True
    parts = low.split("-")
    return len(parts) == 2 and all(p in _NUMBER_WORDS for p in parts)


_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _tens_hyphen_units(doc: Doc, j: int) -> bool:
    """'twenty - five' split by the tokenizer is one number; 'seven-eight' is a range, two numbers."""
    return doc[j].text == "-" and 0 < j < len(doc) - 1 and doc[j - 1].lower_ in _TENS and doc[j + 1].lower_ in _UNITS


def _range_end(doc: Doc, j: int, low: int | None) -> tuple[int, int] | None:
    """(end token, upper value) when the number ending before token ``j`` starts a range: a dash or "to" and
    a larger number ("seven-eight", "7–9", "5 to 10"); a score ("5-3") is no range."""
    if low is None or j + 1 >= len(doc) or doc[j].text not in {"-", "–", "to"} or not _is_number_token(doc[j + 1]):
        return None
    k = j + 2
    while k < len(doc) and _is_number_token(doc[k]):
        k += 1
    high = parse_number(doc[j + 1:k].text)
    return (k, high) if high is not None and high > low else None


def parse_number(text: str) -> int | None:
    """Parse '1,200', '49,000', 'twelve', 'twenty-five', 'one hundred and twenty', '2 million' to an int."""
    t = re.sub(r"\s*-\s*", "-", text.strip().lower().replace(",", ""))  # "twenty - five" as tokenized
    if not t:
        return None
    if t.isdigit():
        return int(t)
    words = t.split()
    if len(words) == 2 and words[0].replace(".", "", 1).isdigit() and words[1] in _SCALES:
        return int(float(words[0]) * _SCALES[words[1]])
    try:
        return int(text2num(t, "en"))
    except ValueError:
        return None


@lru_cache(maxsize=256)
def _sorted_hashes(values: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted({get_string_id(v) for v in values}), dtype="uint64")


def indices_where(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (LOWER, LEMMA, DEP: attributes stored as string hashes) is one of
    ``values``, read from the doc's arrays without making a Token object per word."""
    wanted = _sorted_hashes(values if isinstance(values, frozenset) else frozenset(values))
    if not len(doc) or not len(wanted):
        return []
    column = token_column(doc, attr)
    at = numpy.searchsorted(wanted, column)  # each hash's place among the wanted ones, then: is it there?
    at[at == len(wanted)] = 0
    return numpy.flatnonzero(wanted[at] == column).tolist()


def find_numbers(doc: Doc, vague: dict[str, tuple[int | None, ...]]) -> list[NumberMention]:
    """Every number in ``doc`` (contiguous number tokens grouped), plus vague quantities from ``vague``."""
    out: list[NumberMention] = []
    n = len(doc)
    vague_first: dict[str, list[tuple[list[str], tuple[int | None, ...]]]] = {}
    for phrase, bounds in vague.items():
        vague_first.setdefault(phrase.split()[0], []).append((phrase.split(), bounds))
    if not n:
        return out
    like_num = token_column(doc, "LIKE_NUM").astype(bool)
    hyphenated = [span.start for m in _HYPHENATED.finditer(doc_text(doc))
                  if m[1].lower() in _NUMBER_WORDS and m[2].lower() in _NUMBER_WORDS
                  and (span := doc.char_span(m.start(), m.end(), alignment_mode="expand")) is not None]
    candidates = sorted(set(numpy.nonzero(like_num)[0].tolist()) | set(hyphenated)
                        | set(indices_where(doc, "LOWER", _NUMBER_WORDS - {"and"} | set(vague_first))))
    i = 0
    for c in candidates:
        if c < i:
            continue
        i = c
        tok = doc[i]
        if _is_number_token(tok):
            j = i + 1
            while j < n and (_is_number_token(doc[j]) or (doc[j].lower_ == "and" and j + 1 < n
                                                           and _is_number_token(doc[j + 1])
                                                           and not _DIGITS.match(doc[j + 1].text))
                             or _tens_hyphen_units(doc, j)
                             or (doc[j].lower_ in _SCALES and j > i)):
                if _DIGITS.match(doc[j].text) and _DIGITS.match(doc[j - 1].text):
                    break  # "12 15" are two numbers
                j += 1
            value = parse_number(doc[i:j].text)
            upper = _range_end(doc, j, value)
            if upper is not None:  # "seven-eight people", "7 to 9 wounded": one count between two figures
                out.append(NumberMention(i, upper[0], None, value, upper[1], qualifier="between"))
                i = upper[0]
                continue
            if value is not None:
                out.append(NumberMention(i, j, value, value, value))
            i = j
            continue
        for words, (low, high, *_rest) in vague_first.get(tok.lower_, []):
            if [t.lower_ for t in doc[i:i + len(words)]] == words:
                out.append(NumberMention(i, i + len(words), None, low, high, vague=True))
                i += len(words) - 1
                break
        i += 1
    return out
