"""The ``newsledger_place_mentions`` component: every place mention of the article, resolved in context.

Mentions come from two finders.  spaCy's GPE/LOC/FAC entities (less organisations the small model
takes for places, listed in ``data/geo_not_places.txt``, and demonyms used as adjectives), the place
an ORG entity is named after ("Fresno Water Board") and ORG/PERSON entities that are exactly a
region's or large city's name; and the
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

from newsledger.nlp import place_article_countries as article_places
from newsledger.nlp.attributes import get_list
from newsledger.nlp.doc_cache import entities
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.place_divisions import settle_divisions
from newsledger.nlp.place_patterns import (
    dateline_name,
    dateline_spans,
    extend_dash_forms,
    join_dash_forms,
    merge_spans,
    party_home_spans,
    qualified_town_spans,
    resident_spans,
    token_offsets_and_breaks,
    with_plurals,
)
from newsledger.nlp.place_person_tagged import person_tagged_city_spans
from newsledger.nlp.place_words import (
    DIVISION_FEATURES,
    LOCATIVE_PREPOSITIONS,
    PLACE_LABELS,
    after_a_modifier,
)
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import PlaceMention
from newsledger.resolve.gazetteer import (
    Gazetteer,
    get_gazetteer,
    normalise_name,
    read_list_file,
)
from newsledger.resolve.geo_context import name_part_words, resolve_names, to_resolution

BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
MAX_NGRAM = 5
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-")
# a leading "the" and a lower-case direction before a capitalised name ("west Gaza city"); "West Bank" stays
_LEADING_ARTICLE_OR_DIRECTION = re.compile(
    r"^(?:(?:the|The)\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)"
    r"(?:-(?:east|west)(?:ern)?)?\s+(?=[A-Z]))?")
_POSSESSIVE = re.compile(r"['’]s?$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


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
        self.disease_words = frozenset(w.lower() for w in read_list_file("geo_disease_words.txt"))
        self.person_titles = frozenset(read_list_file("geo_person_titles.txt"))
        self.settlement_words = frozenset(w.lower() for w in read_list_file("geo_settlement_words.txt"))
        self.resident_words = frozenset(w.lower() for w in read_list_file("geo_resident_words.txt"))
        self.civic_words = frozenset(w.lower() for w in read_list_file("geo_civic_words.txt"))
        self.place_object_verbs = frozenset(w.lower() for w in read_list_file("geo_place_object_verbs.txt"))
        self.short_town_prepositions = frozenset(read_list_file("geo_short_town_prepositions.txt"))
        self.region_modifiers = frozenset(read_list_file("geo_region_modifiers.txt"))
        self.single_keys, self.multi_keys = matchable_keys(self.gazetteer)
        self.multi_last_words = frozenset(key.rsplit(" ", 1)[-1] for key in self.multi_keys)
        self.unlabelled_keys = unlabelled_keys(self.gazetteer)
        lexicon = name_part_words()
        self.part_words = frozenset().union(*lexicon.values())
        self.region_keys = self.gazetteer.match_keys("region") | frozenset(
            normalise_name(n) for n in self.gazetteer.local_names)

    def __call__(self, doc: Doc) -> Doc:
        text, ents = doc_text(doc), list(entities(doc))
        spans = sorted(self._entity_spans(text, ents))
        typed = self._typed_division_spans(doc, spans)
        datelines = dateline_spans(text, self.gazetteer, self.not_places)
        strong = datelines + party_home_spans(text, self.gazetteer) + qualified_town_spans(doc, self.gazetteer) \
            + typed + self._gazetteer_spans(doc, ents, spans)
        residents = resident_spans(doc, self.gazetteer, self.resident_words)
        person_cities = person_tagged_city_spans(doc, self.gazetteer, self.person_titles)
        # what only the PERSON-city rule, or only the resident and civic-body rules for a common word, found
        person_only, common_only = article_places.weak_spans(text, ents, spans, strong, residents, person_cities, self.gazetteer,
                                              self.civic_words | self.resident_words)
        spans = merge_spans(spans, strong + residents + person_cities)
        repeated = self._repeated_spans(doc, text, ents, spans)
        spans = merge_spans(spans, repeated)
        person_only = article_places.with_repeats(text, person_only, repeated)
        common_only = article_places.with_repeats(text, common_only, repeated)
        spans = join_dash_forms(text, extend_dash_forms(text, spans, self.gazetteer, self.not_places))
        spans = [span for span in spans if not self._names_a_disease(text, span)]
        demonym_countries = [code for ent in ents if ent.label_ == "NORP"
                             if (code := self.gazetteer.demonym_country(ent.text))]
        names = [dateline_name(text[s:e]) if (s, e) in datelines else text[s:e] for s, e in spans]
        chosen = resolve_names(names, demonym_countries, self.gazetteer, text=text, spans=spans)
        settle_divisions(doc, text, spans, names, chosen, typed, datelines, self.gazetteer)
        article = article_places.ArticlePlaces(names, spans, chosen)
        kept = [(span, cand) for span, cand in zip(spans, chosen, strict=True)
                if not article_places.outside_the_article(text, span, cand, ents, article, self.gazetteer, person_only, common_only)
                or self._struck_town_at(doc, span)]  # "artillery in Belgorod shelled Kharkiv": Kharkiv stays
        places = get_list(doc, "places")
        for index, ((start, end), cand) in enumerate(kept, start=1):
            name = text[start:end]
            mention = PlaceMention(id=f"p{index}", text=name, start=start, end=end)
            if cand is None:
                mention.reason = f"no gazetteer entry for {name!r}"
            else:
                mention.resolution = to_resolution(cand, self.gazetteer)
                mention.resolved = True
            places.append(mention)
        return doc

    def _names_a_disease(self, text: str, span: tuple[int, int]) -> bool:
        """"West Nile virus", "Lassa fever": a name followed by a disease word
        (``data/geo_disease_words.txt``) names the disease, not a place."""
        match = _NEXT_WORD.match(text, span[1])
        return match is not None and match.group(1).lower() in self.disease_words

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
            if ent.label_ == "ORG" and len(ent) > 1:
                head = self._leading_place(ent)
                if head is not None:
                    out.append(head)
            elif ent.label_ == "ORG" and self._names_a_civic_body(ent[:]):  # "[Torland] Police said"
                out.append((ent.start_char, ent.end_char))
        for ent in ents:
            # The small model often calls a country or state ORG ("Ohio said...") and a two-word
            # region PERSON: such an entity that is exactly a place's name is the place.
            if ent.label_ in ("ORG", "PERSON") and (
                    (ent.text[:1].isupper() and self._is_place_name(ent)) or self._before_a_settlement_word(ent)):
                out.append(_trim(doc_text, ent.start_char, place_end(ent)))
        return out

    def _leading_place(self, ent: Span) -> tuple[int, int] | None:
        """The place an organisation is named after, at the start of its name ("Fresno Water
        Board", "Marion County Library Trust", "Vermont Rowing Federation"): the longest
        leading run of up to three capitalised words, short of the whole name, that is a matched
        multi-word place name or the main name of an admin1 or admin2 division; or one word that is
        a country, an admin1 region, a curated place or a city of 100,000 people or more, and neither
        a demonym ("Russian Geographical Society") nor a word of ``data/geo_name_part_words.csv``
        ("University Hospital Board", "East Bank School": not the region called "East"); or a town of
        any size before a civic word ("Torland Police Department", :meth:`_names_a_civic_body`).  A
        subdivision's name with its type ("Iowa State Fair") is left to the type-alias rule.  Failing that, the same after its "of" ("Bank of Ghana",
        "Library of Alaska")."""
        start = 1 if ent[0].lower_ == "the" else 0
        runs = [ent[start:end] for end in range(min(len(ent) - 1, start + 3), start, -1)]
        of = next((t.i for t in ent[1:-1] if t.lower_ == "of"), None)  # "University of Kent"
        if of is not None:
            runs += [ent.doc[of + 1:end] for end in range(ent.end, of + 1, -1)]
        for words in runs:
            if self._names_a_place(words) or self._names_a_civic_body(words):
                return words.start_char, words.end_char
        return None

    def _names_a_civic_body(self, words: Span) -> bool:
        """"Torland Police Department", "Torland City Council": a town's name (any size) right before a
        word of ``data/geo_civic_words.txt`` at the start of an organisation names the town."""
        nxt = words.doc[words.end] if words.end < len(words.doc) else None
        return nxt is not None and nxt.lower_ in self.civic_words and all(t.is_title for t in words) and any(
            c.matched == "name" and c.feature.startswith("PPL") for c in self.gazetteer.candidates(words.text))

    def _names_a_place(self, words: Span) -> bool:
        """Whether words inside an organisation's name name a place (see :meth:`_leading_place`)."""
        if not all(t.text[:1].isupper() for t in words):
            return False
        key = _key(words.text)
        if len(words) > 1:
            return not self.gazetteer.is_type_alias(words.text) and (
                key in self.multi_keys or key in self.region_keys or any(
                    c.matched == "name" and c.feature in ("ADM1", "ADM2") for c in self.gazetteer.candidates(words.text)))
        return key not in self.part_words and not self.gazetteer.demonym_country(words.text) and (
            key in self.region_keys or self._large_place(words.text))

    def _large_place(self, name: str) -> bool:
        """A city of 100,000 people or more, an admin1 region or a country, by its main name."""
        return any(c.matched == "name" and (c.population >= LARGE_CITY or c.feature in ("ADM1", "PCLI"))
                   for c in self.gazetteer.candidates(name))

    def _before_a_settlement_word(self, ent: Span) -> bool:
        """'the Kafr Dan neighbourhood', 'east of the Tal Zuhur camp': a name the gazetteer knows, right before a
        lower-case word of a settlement (``data/geo_settlement_words.txt``), is a place whatever the label."""
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        name = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent  # "the Tal al-Hawa", one entity
        before = "the" if name is not ent else ent.doc[ent.start - 1].lower_ if ent.start else ""
        if nxt is None or (ent.label_ == "PERSON" and nxt.text == "camp"):  # "the Clinton camp": supporters
            return False
        return nxt.text in self.settlement_words and before in _SETTLEMENT_LEAD and \
            name.text[:1].isupper() and bool(self.gazetteer.candidates(name.text))

    def _is_place_name(self, ent: Span) -> bool:
        """An ORG entity that is exactly the name of a country, a curated region or a US state; an ORG
        or PERSON entity of two words or more that is exactly the name of an admin1 region (any
        country's) or of a city of 100,000 people or more ("Tamil Nadu", "Rio de Janeiro").  One word
        is too often a brand, a club or a person's name ("Toyota", "Lincoln", "Austin")."""
        if ent.label_ == "ORG" and _key(ent.text) in self.region_keys:
            return True
        if len(ent) < 2:
            return False
        return any(c.matched == "name" and (c.feature == "ADM1" or c.population >= LARGE_CITY)
                   and c.feature != "ADM2" for c in self.gazetteer.candidates(ent.text))

    def _gazetteer_spans(self, doc: Doc, ents: list[Span], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        text = doc_text(doc)
        # token offsets as arrays: creating spaCy Token objects for every token is this finder's main cost
        starts, ends, breaks = token_offsets_and_breaks(doc)  # a name never runs across a break
        words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        token_keys: dict[int, str] = {}
        multi_ends: dict[int, bool] = {}

        def token_key(k: int) -> str:
            if k not in token_keys:
                token_keys[k] = _key(words[k])
            return token_keys[k]

        def ends_multi(k: int) -> bool:
            """Whether token k can end a multi-word name (its last word ends one): a cheap first test."""
            if k not in multi_ends:
                multi_ends[k] = words[k][:1].isalnum() and token_key(k).rsplit(" ", 1)[-1] in self.multi_last_words
            return multi_ends[k]

        found: list[tuple[int, int]] = []
        i = 0
        n_tokens = len(words)
        while i < n_tokens:
            word = words[i]
            if not word[:1].isupper() and not word.lower().startswith(_ARTICLE_PREFIXES):
                i += 1
                continue
            match_end = None
            longest = 1  # a name never runs across a sentence or paragraph break
            while longest < MAX_NGRAM and i + longest < n_tokens and breaks[i + longest + 1] == breaks[i]:
                longest += 1
            for length in range(longest, 0, -1):
                last, size = i + length - 1, length
                if length > 1:
                    if not ends_multi(last):
                        continue
                    last_word = token_key(last).rsplit(" ", 1)[-1]
                    key = _key(text[starts[i]:ends[last]])
                    hit = " " in key and key in self.multi_keys
                    if hit and last_word in self.gazetteer.subdivision_types and last + 1 < n_tokens \
                            and words[last + 1][:1].isupper() and doc[last + 1].ent_type_ not in ("DATE", "TIME") \
                            and self.gazetteer.is_type_alias(text[starts[i]:ends[last]]):
                        # "Illinois State Police" is an organisation: the place is "Illinois", not "Illinois State"
                        head = _key(text[starts[i]:ends[last - 1]])
                        hit, size = head in self.region_keys or head in self.multi_keys, length - 1
                else:
                    if not word[:1].isalnum():
                        continue
                    key = token_key(i)  # one token may hold a multi-word key: "N.D." is "n d"
                    hit = key in self.single_keys or (" " in key and key in self.multi_keys) or (
                        key in self.unlabelled_keys
                        and (self._unlabelled_town(doc[i], key) or self._town_after_preposition(doc[i], key))
                    ) or self._town_as_object(doc[i])
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

    def _repeated_spans(self, doc: Doc, text: str, ents: list[Span], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One sense per article: a place name found once is a place wherever else the article writes it
        the same way, though the small model labels that occurrence ORG, NORP or nothing ("Edmonton
        needs ...", "rebels from Aleppo"); not where it is part of a PERSON, date, number, law or work
        entity ("Paris Hilton"), nor a name that is also a word of a person's name in the article
        ("Tom Walker" ... "Walker"), nor a one-word name the article also writes in lower case or that
        is a word of ``data/geo_name_part_words.csv`` ("Police", "Spring", "Western": a common word a
        finder took for a place once)."""
        person_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        names = {text[start:end] for start, end in spans}
        lower_case = set(_LOWER_WORD.findall(text)) if names else set()
        names = {n for n in names if n[:1].isupper() and len(n) > 2 and n not in person_words
                 and not (" " not in n and (n.lower() in self.part_words or n.lower() in lower_case))
                 and self.gazetteer.candidates(n)}
        if not names:
            return []
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?![\w-])")
        taken = set(spans)
        blocked = [(e.start_char, e.end_char) for e in ents if e.label_ in NOT_PLACE_LABELS]
        out = []
        for match in pattern.finditer(text):
            start, end = match.span()
            if (start, end) in taken or any(s < end and start < e for s, e in spans) \
                    or any(s < end and start < e for s, e in blocked):
                continue
            span = doc.char_span(start, end)
            if span is not None and not self._is_person(doc, ents, span):
                out.append((start, end))
        return out

    def _typed_division_spans(self, doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'in Rakhine state', 'over the Sumy and Poltava regions': capitalised names right before a
        subdivision word (or coordinated before a plural one) are those subdivisions, whatever label the
        model gave them, when the gazetteer has a division of that name."""
        types = self.gazetteer.subdivision_types
        found: list[tuple[int, int]] = []
        for t in indices_where(doc, "LOWER", with_plurals(types)):
            tok, low = doc[t], doc[t].lower_
            if not tok.is_lower:
                continue
            names = [tok.i - 1]
            k = tok.i - 2
            while k >= 1 and doc[k].lower_ in {"and", "or", ","} and low not in types:  # plural: "X and Y regions"
                names.append(k - 1)
                k -= 2
            for i in names:
                if i < 0 or not doc[i].is_title or doc[i].pos_ not in {"PROPN", "NOUN", "ADJ"}:
                    continue
                start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
                if any(s <= start < e for s, e in taken) or not any(
                        c.feature in DIVISION_FEATURES for c in self.gazetteer.candidates(doc[i].text)):
                    continue
                found.append((start, end))
        return found

    def _town_after_preposition(self, token: Token, key: str) -> bool:
        """A town of 20,000 people or more the small model took for a one-word PERSON, ORG or NORP, after a
        locative preposition, and not before another name nor a possessive (a person's: "the lawyer of
        Parker's family"): 'districts of Kherson', 'fighting near Pokrovsk', 'a rally in Winnipeg'; a city
        of 100,000 people or more taken for an ORG also after "between" or coordinated with a place
        the model did label ('flights between Lusaka and Harare', 'Kisumu and Nairobi') (an ORG only
        where the article's other places are: see :func:`newsledger.nlp.place_article_countries.outside_the_article`)."""
        if token.ent_type_ not in ("PERSON", "ORG", "NORP") or token.i == 0 or key not in self.unlabelled_keys:
            return False
        if token.ent_type_ == "NORP" and self.gazetteer.demonym_country(token.text) is not None:
            return False  # "in Kidal" is a town the model took for a people's name; "in Russian" is not
        doc = token.doc
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        one_word = token.ent_iob_ == "B" and (nxt is None or nxt.ent_iob_ != "I")
        if not one_word or (nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("'s", "’s"))):
            return False
        before = after_a_modifier(doc[token.i - 1], self.region_modifiers)  # "in neighbouring Niger", not "in young Jordan"
        if len(key) == 3 and before.lower_ not in self.short_town_prepositions:
            return False  # "a call to Sue": a three-letter name only after "in", "near"...
        if before.lower_ in LOCATIVE_PREPOSITIONS:
            return token.ent_type_ in ("PERSON", "NORP") or not self._short_for_an_organisation(token)
        # an ORG only: "between Bush and Putin" names people
        return token.ent_type_ == "ORG" and (doc[token.i - 1].lower_ == "between" or _coordinated_with_place(token)) \
            and self._large_place(token.text)

    def _town_as_object(self, token: Token) -> bool:
        """'Russian forces shelled Avdiivka', 'rebels entered Kidal': a one-word proper noun, whatever the model
        labelled it, that is the object of a verb of striking or reaching (``data/geo_place_object_verbs.txt``)
        and a name (main or alternate) of a town of 20,000 people or more."""
        if token.dep_ != "dobj" or token.pos_ != "PROPN" or token.head.lemma_.lower() not in self.place_object_verbs:
            return False
        if token.ent_type_ not in ("", "PERSON", "ORG", "NORP", "PRODUCT") or (
                token.ent_type_ and not (token.ent_iob_ == "B" and (token.i + 1 == len(token.doc)
                                                                     or token.nbor().ent_iob_ != "I"))):
            return False  # part of a longer name ("attacked Joe Biden")
        if self.gazetteer.demonym_country(token.text) is not None or any(
                t.text == token.text and t.i > 0 and t.nbor(-1).pos_ == "PROPN" for t in token.doc):
            return False  # a demonym, or a surname the article gives in full elsewhere ("Ann Bell ... shot Bell")
        return any(c.feature.startswith("PPL") and (c.population or 0) >= 20_000
                   for c in self.gazetteer.candidates(token.text))

    def _struck_town_at(self, doc: Doc, span: tuple[int, int]) -> bool:
        words = doc.char_span(*span)
        return words is not None and len(words) == 1 and self._town_as_object(words[0])

    def _short_for_an_organisation(self, token: Token) -> bool:
        """"pupils of Kirkwood Academy ... a nurse at Kirkwood": the article also writes the word at
        the start of a longer organisation, product or building name (not a civic body's: "Kirkwood
        Police"), so the bare word is short for that name."""
        return any(len(ent) > 1 and ent[0].text == token.text and ent.label_ in _NAMED_THINGS
                   and ent[1].lower_ not in self.civic_words for ent in entities(token.doc))

    def _unlabelled_town(self, token: Token, key: str) -> bool:
        # The 'unlabelled' keys hold three-letter names ("gao") since gazetteer_index schema 12, for the
        # preposition rule ("in Gao", _town_after_preposition); a bare unlabelled proper noun of three letters
        # ("Roy", "Ely") is as often a person's name or an acronym, so this finder still needs four or more.
        return (len(key) > 3 and key in self.unlabelled_keys and key not in self.part_words and token.pos_ == "PROPN"
                and not token.ent_type_ and not token.is_upper and sent_of(token.doc, token.i).start != token.i)

    def _is_person(self, doc: Doc, ents: list[Span], span: Span) -> bool:
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in self.person_titles:
            return True
        for ent in ents:
            if ent.label_ in BLOCKING_LABELS and ent.start_char < span.end_char and span.start_char < ent.end_char:
                if ent.label_ == "PERSON" and (ent.start < span.start or ent.end > span.end):
                    return True
                if ent.label_ in {"WORK_OF_ART", "LAW", "PRODUCT"}:
                    return not (ent.label_ == "PRODUCT" and len(span) == 1 and self._town_as_object(span[0]))
        return False


LARGE_CITY = 100_000
NOT_PLACE_LABELS = frozenset({"PERSON", "WORK_OF_ART", "LAW", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                              "PERCENT", "QUANTITY"})


_NAMED_THINGS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART"})
_SETTLEMENT_LEAD = frozenset({"the", "of", "in", "near", "at", "from", "into", "to", "outside", "inside", "around"})


def _coordinated_with_place(token: Token) -> bool:
    """"Zambia and Lusaka": the token follows "and"/"or" right after a GPE or LOC entity."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ in ("and", "or") and doc[token.i - 2].ent_type_ in ("GPE", "LOC")


@lru_cache(maxsize=100_000)
def _key(text: str) -> str:
    return normalise_name(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" or lower-case direction and a trailing possessive from an entity span."""
    piece = text[start:end]
    lead = _LEADING_ARTICLE_OR_DIRECTION.match(piece)
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


@Language.factory("newsledger_place_mentions", requires=["doc.ents"], assigns=["doc._.places"])
def make_place_mentions(nlp: Language, name: str) -> PlaceMentionFinder:
    return PlaceMentionFinder(nlp, name)
