"""Numbers in text: digits ("1,200"), words ("twelve", "one hundred and twenty") and vague quantities
("dozens", "hundreds").  Word numbers are parsed with the text2num library."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from text_to_num import text2num

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "and",
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


@dataclass(frozen=True)
class NumberMention:
    start: int  # token offsets [start, end)
    end: int
    value: int | None
    low: int | None = None
    high: int | None = None
    vague: bool = False
    counted: int | None = None  # token index of the counted noun when the number is implicit ("a woman")


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if _DIGITS.match(tok.text):
        return True
    if low in _NUMBER_WORDS and low != "and":
        return True
    parts = low.split("-")
    return len(parts) == 2 and all(p in _NUMBER_WORDS for p in parts)


def parse_number(text: str) -> int | None:
    """Parse '1,200', '49,000', 'twelve', 'twenty-five', 'one hundred and twenty', '2 million' to an int."""
    t = text.strip().lower().replace(",", "")
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


def find_numbers(doc: Doc, vague: dict[str, tuple[int | None, ...]]) -> list[NumberMention]:
    """Every number in ``doc`` (contiguous number tokens grouped), plus vague quantities from ``vague``."""
    out: list[NumberMention] = []
    i = 0
    n = len(doc)
    vague_first = {}
    for phrase, bounds in vague.items():
        vague_first.setdefault(phrase.split()[0], []).append((phrase.split(), bounds))
    while i < n:
        tok = doc[i]
        if _is_number_token(tok):
            j = i + 1
            while j < n and (_is_number_token(doc[j]) or (doc[j].lower_ == "and" and j + 1 < n
                                                           and _is_number_token(doc[j + 1])
                                                           and not _DIGITS.match(doc[j + 1].text))
                             or (doc[j].lower_ in _SCALES and j > i)):
                if _DIGITS.match(doc[j].text) and _DIGITS.match(doc[j - 1].text):
                    break  # "12 15" are two numbers
                j += 1
            value = parse_number(doc[i:j].text)
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
