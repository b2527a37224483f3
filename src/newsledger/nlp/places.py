"""The ``newsledger_place_mentions`` component: every place mention of the article, resolved in context.

Mentions come from two finders.  spaCy's GPE/LOC/FAC entities (less organisations the small model
takes for places, listed in ``data/geo_not_places.txt``, and demonyms used as adjectives); and the
gazetteer itself, for names the small model mislabels ("Khan Younis" as PERSON, "Muwasi" as ORG):
capitalised token n-grams whose normalised form is a curated place, a GeoNames place of a matched
country (``data/geo_match_countries.txt``) or a multi-word city of 100,000 people or more, unless
the name is a clear person (a title before it, or a longer PERSON entity around it).

All mentions of an article are resolved together (:func:`newsledger.resolve.geo_context.resolve_names`);
one the gazetteer does not know stays in the output with ``resolved=False`` and a reason.  A
"City - Neighbourhood" form ("Gaza - Shuja'iyya") is one mention resolved to the neighbourhood.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsledger.nlp.attributes import get_list
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import PlaceMention
from newsledger.resolve.gazetteer import (
    Gazetteer,
    get_gazetteer,
    haversine_km,
    normalise_name,
    read_list_file,
)
from newsledger.resolve.geo_context import resolve_names, to_resolution

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
MAX_NGRAM = 5
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-")
_DASH_BETWEEN = re.compile(r"^\s+[-–—]\s+$")
_DASH_NAME = re.compile(r"[ \t]+-[ \t]+(?!The\b)(?P<name>(?:(?:[A-Z][\w'’]*|al|el|ad|an|ar|as|ash|at|az)[ \t-]?){1,4})")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])"
                       r"(?=(?:,[ \t]*[A-Z][\w. ]{1,30})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–]|--?)[ \t])")




@lru_cache(maxsize=1)
def unlabelled_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """One-word main names of towns of 20,000 people or more, regions and countries: matched on a
    proper noun the NER model left without any label."""
    return gazetteer.match_keys("unlabelled")


@lru_cache(maxsize=1)
def matchable_keys(gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """(keys matchable as one capitalised token, keys matchable as several tokens)."""
    single, multi = set(gazetteer.match_keys("single")), set(gazetteer.match_keys("multi"))
    for label in gazetteer.local_names:
        key = normalise_name(label)
        (multi if " " in key else single).add(key)
    return frozenset(single), frozenset(multi)


class PlaceMentionFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = get_gazetteer()
        self.not_places = frozenset(normalise_name(n) for n in read_list_file("geo_not_places.txt"))
        self.person_titles = frozenset(read_list_file("geo_person_titles.txt"))
        self.single_keys, self.multi_keys = matchable_keys(self.gazetteer)
        self.multi_last_words = frozenset(key.rsplit(" ", 1)[-1] for key in self.multi_keys)
        self.unlabelled_keys = unlabelled_keys(self.gazetteer)
        self.region_keys = self.gazetteer.match_keys("region") | frozenset(
            normalise_name(n) for n in self.gazetteer.local_names)

    def __call__(self, doc: Doc) -> Doc:
        text, ents = doc_text(doc), list(doc.ents)
        spans = sorted(self._entity_spans(text, ents))
        spans = _merge(spans, self._gazetteer_spans(doc, ents, spans) + self._dateline_spans(text))
        spans = _join_dash_forms(text, self._extend_dash_forms(text, spans))
        demonym_countries = [code for ent in ents if ent.label_ == "NORP"
                             if (code := self.gazetteer.demonym_country(ent.text))]
        names = [text[start:end] for start, end in spans]
        chosen = resolve_names(names, demonym_countries, self.gazetteer, text=text, spans=spans)
        places = get_list(doc, "places")
        for index, ((start, end), cand) in enumerate(zip(spans, chosen, strict=True), start=1):
            name = text[start:end]
            mention = PlaceMention(id=f"p{index}", text=name, start=start, end=end)
            if cand is None:
                mention.reason = f"no gazetteer entry for {name!r}"
            else:
                mention.resolution = to_resolution(cand, self.gazetteer)
                mention.resolved = True
            places.append(mention)
        return doc

    # --- finders -----------------------------------------------------------------------------------

    def _entity_spans(self, doc_text: str, ents: list[Span]) -> list[tuple[int, int]]:
        def place_end(ent: Span) -> int:
            """"Illinois State" before "Police": a subdivision's name with its type, followed by a
            capitalised word, starts an organisation's name; the place is the name alone."""
            if len(ent) > 1 and ent.end < len(ent.doc) and ent.doc[ent.end].text[:1].isupper() \
                    and ent.doc[ent.end].ent_type_ not in ("DATE", "TIME") and self.gazetteer.is_type_alias(ent.text):
                return ent[-2].idx + len(ent[-2].text)
            return ent.end_char

        out = []
        for ent in ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start, end = _trim(doc_text, ent.start_char, place_end(ent))
            text = doc_text[start:end]
            key = normalise_name(text)
            if not key or key in self.not_places or self.gazetteer.demonym_country(text):
                continue
            if not any(ch.isupper() for ch in text):
                continue
            out.append((start, end))
        for ent in ents:
            # The small model often calls a country or state ORG ("Ohio said..."): a whole ORG
            # entity that is exactly a country, admin1 region or curated place name is a place.
            if ent.label_ == "ORG" and _key(ent.text) in self.region_keys and ent.text[:1].isupper():
                out.append(_trim(doc_text, ent.start_char, place_end(ent)))
        return out

    def _gazetteer_spans(self, doc: Doc, ents: list[Span], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        text = doc_text(doc)
        words = [t.text for t in doc]
        starts = [t.idx for t in doc]
        ends = [i + len(w) for i, w in zip(starts, words, strict=True)]
        # breaks[k]: sentence or paragraph breaks among the first k tokens (a name never runs across one)
        breaks = [0]
        for t in doc:
            breaks.append(breaks[-1] + (t.is_space or t.text in {".", "!", "?", ";"}))
        token_keys: dict[int, str] = {}

        def token_key(k: int) -> str:
            if k not in token_keys:
                token_keys[k] = _key(words[k])
            return token_keys[k]

        found: list[tuple[int, int]] = []
        i = 0
        n_tokens = len(words)
        while i < n_tokens:
            word = words[i]
            if not word[:1].isupper() and not word.lower().startswith(_ARTICLE_PREFIXES):
                i += 1
                continue
            match_end = None
            for length in range(min(MAX_NGRAM, n_tokens - i), 0, -1):
                last, size = i + length - 1, length
                if not words[last][:1].isalnum() or breaks[last + 1] != breaks[i]:
                    continue
                if length > 1:  # cheap test first: the name's last word must end some multi-word name
                    last_word = token_key(last).rsplit(" ", 1)[-1]
                    if not last_word or last_word not in self.multi_last_words:
                        continue
                    key = _key(text[starts[i]:ends[last]])
                    hit = " " in key and key in self.multi_keys
                    if hit and last_word in self.gazetteer.subdivision_types and last + 1 < n_tokens \
                            and words[last + 1][:1].isupper() and doc[last + 1].ent_type_ not in ("DATE", "TIME") \
                            and self.gazetteer.is_type_alias(text[starts[i]:ends[last]]):
                        # "Illinois State Police" is an organisation: the place is "Illinois", not "Illinois State"
                        head = _key(text[starts[i]:ends[last - 1]])
                        hit, size = head in self.region_keys or head in self.multi_keys, length - 1
                else:
                    key = token_key(i)  # one token may hold a multi-word key: "N.D." is "n d"
                    hit = key in self.single_keys or (" " in key and key in self.multi_keys) or \
                        self._unlabelled_town(doc[i], key) or self._town_after_preposition(doc[i], key)
                if hit:
                    if self._is_person(doc, ents, doc[i:i + size]):
                        break
                    match_end = i + size
                    break
            if match_end is None:
                i += 1
                continue
            start, end = _trim_span(doc[i:match_end])
            if not any(s <= start and end <= e for s, e in taken):
                found.append((start, end))
            i = match_end
        return found

    def _town_after_preposition(self, token: Token, key: str) -> bool:
        """A town the small model took for a one-word PERSON, after a locative preposition and not before
        another name: 'districts of Kherson', 'fighting near Pokrovsk'."""
        if token.ent_type_ != "PERSON" or token.i == 0 or key not in self.unlabelled_keys:
            return False
        doc = token.doc
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        one_word = token.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")
        return (one_word and doc[token.i - 1].lower_ in LOCATIVE_PREPOSITIONS
                and not (nxt is not None and nxt.pos_ == "PROPN"))

    def _unlabelled_town(self, token: Token, key: str) -> bool:
        return (key in self.unlabelled_keys and token.pos_ == "PROPN" and not token.ent_type_
                and not token.is_upper and sent_of(token.doc, token.i).start != token.i)

    def _extend_dash_forms(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"Gaza - Az Zaytun": a place, a spaced hyphen (not a dateline's dash) and a capitalised name the recogniser missed but the
        gazetteer knows (by any spelling) within 50 km of the place -> a part of that place, joined to it
        below.  ("PARIS - French officials": no French place lies in Paris.)"""
        taken = set(spans)
        out = list(spans)
        for start, end in spans:
            match = _DASH_NAME.match(text, end)
            if match is None or any(s <= match.start("name") < e for s, e in taken):
                continue
            outer = self.gazetteer.candidates(text[start:end])
            words = match.group("name").split()
            for n in range(len(words), 0, -1):  # the longest run of words the gazetteer knows
                name = " ".join(words[:n])
                inner = () if normalise_name(name) in self.not_places else self.gazetteer.candidates(name)
                if any(haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 50.0
                       for a in outer for b in inner):
                    name_start = match.start("name")
                    out.append((name_start, name_start + len(name)))
                    break
        return sorted(out)

    def _dateline_spans(self, text: str) -> list[tuple[int, int]]:
        """A news dateline in capitals ("KHARKIV, Ukraine (Reuters) —") names the place of the story."""
        out = []
        for match in _DATELINE.finditer(text):
            start, end = match.span("place")
            if self.gazetteer.candidates(text[start:end].title()):
                out.append((start, end))
        return out

    def _is_person(self, doc: Doc, ents: list[Span], span: Span) -> bool:
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in self.person_titles:
            return True
        for ent in ents:
            if ent.label_ in BLOCKING_LABELS and ent.start_char < span.end_char and span.start_char < ent.end_char:
                if ent.label_ == "PERSON" and (ent.start < span.start or ent.end > span.end):
                    return True
                if ent.label_ in {"WORK_OF_ART", "LAW", "PRODUCT"}:
                    return True
        return False


LOCATIVE_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "to", "toward", "towards", "outside",
                                   "around", "into", "across", "inside", "on"})


@lru_cache(maxsize=100_000)
def _key(text: str) -> str:
    return normalise_name(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from an entity span."""
    piece = text[start:end]
    lead = _LEADING_THE.match(piece)
    if lead and len(piece) > lead.end():
        start += lead.end()
    piece = text[start:end]
    poss = _POSSESSIVE.search(piece)
    if poss and poss.start() > 0:
        end = start + poss.start()
    return start, end


def _trim_span(span: Span) -> tuple[int, int]:
    start, end = _trim(span.text, 0, len(span.text))
    return span.start_char + start, span.start_char + end


def _merge(entities: list[tuple[int, int]], matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _join_dash_forms(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Gaza - Shuja'iyya": a place, a spaced dash, a place -> one mention."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _DASH_BETWEEN.match(text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


@Language.factory("newsledger_place_mentions", requires=["doc.ents"], assigns=["doc._.places"])
def make_place_mentions(nlp: Language, name: str) -> PlaceMentionFinder:
    return PlaceMentionFinder(nlp, name)
