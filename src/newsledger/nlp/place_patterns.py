"""Place mentions found by the layout of the text rather than by the NER model: news datelines
("KHARKIV, Ukraine (Reuters) -", "... on Friday. TORLAND — The council ..."), "City - Neighbourhood"
forms ("Gaza - Shuja'iyya"), a legislator's home ("D-Torland"), a person's town ("a Torland man") and a
town qualified by its region ("Torland, Ohio").  Used by :mod:`newsledger.nlp.places`."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Token

from newsledger.nlp.doc_cache import entities, token_column
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.sentences import doc_text
from newsledger.resolve.gazetteer import Candidate, Gazetteer, haversine_km, normalise_name

_DASH_BETWEEN = re.compile(r"^\s+[-–—]\s+$")
_DASH_NAME = re.compile(r"[ \t]+-[ \t]+(?!The\b)(?P<name>(?:(?:[A-Z][\w'’]*|al|el|ad|an|ar|as|ash|at|az)[ \t-]?){1,4})")
# A dateline: a name in capitals (with an optional ", Region" and "(Agency)") before a dash or a colon,
# at the start of a line, after the end of a sentence (a headline run into the story: "... mayor. TORLAND
# — The council ...") or after a date ("May 2, 2009 TORLAND -- ..."); "\x97" is the cp1252 em dash that
# survives in some feeds.
_DATELINE = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?])[ \t]+|(?<=\d{4})[ \t]+)(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])"
                       r"(?=(?:,[ \t]*[A-Z][\w. ]{1,30})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?"
                       r"(?:[—–\x97]|--?|:(?=[ \t]+[A-Z\"“]))[ \t])")
DATELINE_MAX_WORDS = 3
# A dateline opening a paragraph, up to its dash: a name in capitals, then optionally ", Region" or ", date" in
# capitalised words or numbers and "(Agency)": "KYIV, Oct 8 (Example Wire) - ", "TORLAND, Norland (AP) — "
DATELINE_PREFIX = re.compile(r"[ \t]*[A-Z][A-Z.'’\- ]*[A-Z.](?:,(?:[ \t]+(?:[A-Z][\w.'’\-]*|\d{1,4},?)){1,4})?"
                             r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:—|–|\x97|--?)[ \t]+")


def dateline_prefix_end(text: str, start: int, end: int) -> int:
    """Where the text from ``start`` begins after a dateline, when ``start`` opens a paragraph (or the article)
    with one; ``start`` otherwise ("RSF, which holds the city — and the roads — said ..." is no dateline)."""
    if start > 0 and text[start - 1] != "\n":
        return start
    match = DATELINE_PREFIX.match(text, start, end)
    return match.end() if match is not None and match.end() < end else start


def dateline_spans(text: str, gazetteer: Gazetteer, not_places: frozenset[str]) -> list[tuple[int, int]]:
    """A news dateline in capitals names the place of the story: at the start of a line ("KHARKIV,
    Ukraine (Reuters) —"), after a sentence's end ("... bridge. TORLAND — Crews ...") or a date, before a
    dash or a colon ("BEIRUT: ..."); when the gazetteer knows the name.  Words already in lower case
    or a name of more than three words are no dateline, nor an organisation of ``not_places`` ("NATO:"), nor
    a word of three letters or fewer that is only another spelling of a place (an airport code: "CIA", "ILO")."""
    out = []
    for match in _DATELINE.finditer(text):
        start, end = match.span("place")
        name = text[start:end].strip()
        if len(name.split()) > DATELINE_MAX_WORDS or len(name.replace(".", "")) < 3:
            continue
        if normalise_name(name) in not_places:
            continue
        candidates = gazetteer.candidates(name.title())
        if " " not in name and len(name.replace(".", "")) <= 3:  # "PKK:", "CIA:", "IMF:": an acronym, unless
            candidates = tuple(c for c in candidates if c.matched == "name")  # a town's own name ("GAO -")
        if candidates:
            out.append((start, start + len(name)))
    return out


def dateline_name(name: str) -> str:
    """The name a dateline in capitals is resolved by: the town's own name ("GAO" -> "Gao"), not an
    abbreviation or airport code that only differs from it in case (Guantánamo's "GAO")."""
    return name.title() if name.isupper() else name


def extend_dash_forms(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer,
                      not_places: frozenset[str]) -> list[tuple[int, int]]:
    """"Gaza - Az Zaytun": a place, a spaced hyphen (not a dateline's dash) and a capitalised name the recogniser missed but the
    gazetteer knows (by any spelling) within 50 km of the place -> a part of that place, joined to it
    by :func:`join_dash_forms`.  ("PARIS - French officials": no French place lies in Paris.)"""
    taken = set(spans)
    out = list(spans)
    for start, end in spans:
        match = _DASH_NAME.match(text, end)
        if match is None or any(s <= match.start("name") < e for s, e in taken):
            continue
        outer = gazetteer.candidates(text[start:end])
        words = match.group("name").split()
        for n in range(len(words), 0, -1):  # the longest run of words the gazetteer knows
            name = " ".join(words[:n])
            inner = () if normalise_name(name) in not_places else gazetteer.candidates(name)
            if any(haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 50.0
                   for a in outer for b in inner):
                name_start = match.start("name")
                out.append((name_start, name_start + len(name)))
                break
    return sorted(out)


def join_dash_forms(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Gaza - Shuja'iyya": a place, a spaced dash, a place -> one mention."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _DASH_BETWEEN.match(text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


# "Sen. Ann Roe, D-Torland," / "(R-Torland)": a legislator's party and home town or state
_PARTY_HOME = re.compile(r"(?:\(|,[ \t])[DRI]-(?P<place>[A-Z][a-z]+\.?(?:[ \t][A-Z][a-z]+)?)(?=[,);])")


def party_home_spans(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """US news names a legislator with party and home: "Rep. Ann Roe, D-Torland," or "(R-Calif.)";
    the name after the party letter is a place when the gazetteer knows it."""
    out = []
    for match in _PARTY_HOME.finditer(text):
        start, end = match.span("place")
        if gazetteer.candidates(text[start:end]) or gazetteer.candidates(text[start:end].rstrip(".") + "."):
            out.append((start, end))
    return out


_BREAKS = frozenset({".", "!", "?", ";"})


def token_offsets_and_breaks(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """(start offsets, end offsets, breaks) of the tokens of ``doc``, read from its arrays without making a
    Token object per word: ``breaks[k]`` counts the sentence or paragraph breaks (a whitespace token, or
    one of ". ! ? ;") among the first k tokens, so two tokens lie between the same breaks when their
    counts are equal."""
    if not len(doc):
        return [], [], [0]
    starts, lengths, spaces = (token_column(doc, attr) for attr in ("IDX", "LENGTH", "IS_SPACE"))
    is_break = spaces != 0
    is_break[indices_where(doc, "ORTH", _BREAKS)] = True
    return starts.tolist(), (starts + lengths).tolist(), [0, *numpy.cumsum(is_break).tolist()]


@lru_cache(maxsize=8)
def with_plurals(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each word with an "s" added ("region", "regions")."""
    return words | {w + "s" for w in words}


def resident_spans(doc: Doc, gazetteer: Gazetteer, resident_words: frozenset[str]) -> list[tuple[int, int]]:
    """"A Torland man was charged", "the 40-year-old Torland resident": up to three capitalised words
    between "a"/"an"/"the" (or an age) and a word of ``data/geo_resident_words.txt`` name a town or county
    the gazetteer has by its main name, whatever the model labelled them (not a PERSON entity)."""
    out = []
    for i in indices_where(doc, "ORTH", resident_words):
        tok = doc[i]
        if i == 0:
            continue
        first = tok.i
        while first > 0 and tok.i - first < 3 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first == tok.i or first == 0 or not _before_a_resident(doc[first - 1]):
            continue
        name = doc[first:tok.i]
        if any(t.ent_type_ == "PERSON" for t in name):
            continue
        if any(c.matched == "name" and (c.feature.startswith("PPL") or c.feature == "ADM2")
               for c in gazetteer.candidates(name.text)):  # a common word ("a Union man"): see place_article_countries
            out.append((name.start_char, name.end_char))
    return out


def _before_a_resident(token: Token) -> bool:
    """'a', 'an', 'the' or an age ('40-year-old') before "<Town> man"."""
    return token.lower_ in ("a", "an", "the") or token.lower_.endswith("year-old") or (
        token.lower_ == "old" and token.i >= 2 and token.nbor(-1).text == "-")


# "Sandpoint, Idaho", "Thompson, Man.", "Alba, Spain": up to three capitalised words, a comma and a region
_QUALIFIED_TOWN = re.compile(r"(?<![\w'’.-])(?P<town>[A-Z][\w'’-]*\.?(?:[ \t][A-Z][\w'’-]*){0,2}),[ \t]+"
                             r"(?P<region>[A-Z][A-Za-z]*\.?(?:[A-Z][a-z]*\.)?(?:[ \t][A-Z][a-z]+)?)")


def qualified_town_spans(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """"Sandpoint, Idaho", "Thompson, Man.": a capitalised name right before ", <admin1 region or
    country>" is a town when the gazetteer has a town of that main name inside that region (the last
    one to three words before the comma, longest first); the region is a place too.  Not a name inside
    a PERSON entity ("Sen. Jo Adams, Mass."), where the region only qualifies a person."""
    text = doc_text(doc)
    people = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "PERSON"]
    out: list[tuple[int, int]] = []
    for match in _QUALIFIED_TOWN.finditer(text):
        region_span = _region_of(match, gazetteer)
        if region_span is None:
            continue
        (r_start, r_end), regions = region_span
        words = match.group("town").split()
        for n in range(len(words), 0, -1):
            town = " ".join(words[-n:])
            start, end = match.end("town") - len(town), match.end("town")
            if any(s < end and start < e for s, e in people):
                break
            if any(c.matched == "name" and c.feature.startswith("PPL") and _inside(c, r) for c in gazetteer.candidates(town)
                   for r in regions):
                out += [(start, end), (r_start, r_end)]
                break
    return out


def _region_of(match: re.Match[str], gazetteer: Gazetteer) -> tuple[tuple[int, int], list[Candidate]] | None:
    """The admin1 regions or countries the qualifier after the comma names ("Idaho", "Man.", "New
    Mexico", "Spain"), with its span: two words if they name one, else the first."""
    region = match.group("region")
    start = match.start("region")
    for text in (region, region.split()[0]) if " " in region else (region,):
        found = [c for c in gazetteer.candidates(text) if c.feature in ("ADM1", "PCLI")]
        if found:
            return (start, start + len(text)), found
    return None


def _inside(town: Candidate, region: Candidate) -> bool:
    return town.country_code == region.country_code and (
        region.feature == "PCLI" or town.admin1_code == region.admin1_code)


def merge_spans(entities: list[tuple[int, int]], matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Entity spans plus gazetteer matches; where two overlap the longer wins."""
    spans = sorted(entities + matched, key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            if end - start > out[-1][1] - out[-1][0]:
                out[-1] = (start, end)
            continue
        out.append((start, end))
    return out
