"""Mentions a finder took for a town against the model's label or on weak evidence, kept only where the
article's other places are.  Each kind of mention has its own test:

- a one-word ORG entity ("sales of Toyota") and a one-word PERSON entity found only by the PERSON-city rule
  (:mod:`newsledger.nlp.place_person_tagged`): dropped when it resolves to a country none of the article's
  other places is in (:func:`labelled_otherwise_outside`);
- a three-letter name the model did not label a place ("Gao"): it stands in a country of the article's
  other places, or, when the article names no other place, when it is the main name of a town of
  SHORT_TOWN_ALONE people or more (:func:`short_town_outside`);
- a common English word found only before a resident or civic word ("a Union man", "Liberty Police"):
  it stands in a state (admin1) of the article's other places, or as the main name of the town that
  holds most (DOMINANT_SHARE) of its namesakes' people ("a Temple man": Temple, Texas) (:func:`common_word_town_outside`).

A span another finder also found (a place entity, "in Sumy", a gazetteer match, a dateline) is none of
these kinds: the country test never removes it.  Used by :mod:`newsledger.nlp.places`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from newsledger.nlp.place_words import COMMON_WORD_ZIPF, PLACE_LABELS, word_zipf
from newsledger.resolve.gazetteer import Candidate, Gazetteer
from newsledger.resolve.geo_context import COUNTRY_LEVEL

SHORT_TOWN_ALONE = 20_000  # people: a three-letter town alone in its article ("near Gao")
NOTABLE_PLACE = 100_000    # a common word that is a city of this size, a region or a country is no common word here
DOMINANT_SHARE = 0.6       # the town of a common word's name holding this share of its namesakes' people or more
DOMINANT_TOWN = 20_000     # ... and at least this many people

Span2 = tuple[int, int]
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z']+)\b")


@dataclass(frozen=True)
class ArticlePlaces:
    """The article's mentions with their names and chosen senses, in one order."""

    names: list[str]
    spans: list[Span2]
    chosen: list[Candidate | None]

    def others(self, span: Span2) -> list[Candidate]:
        """The chosen senses of the article's mentions of other names than the one at ``span``."""
        name = self.names[self.spans.index(span)]
        return [c for n, c in zip(self.names, self.chosen, strict=True) if c is not None and n != name]


def common_word_town(name: str, candidates: tuple[Candidate, ...]) -> bool:
    """"a Union man", "Liberty Police": a one-word name that is a common English word (``wordfreq`` Zipf
    frequency COMMON_WORD_ZIPF or more) and whose places are only towns under NOTABLE_PLACE people (no
    region or country of that main name: "a Boston man", "Orange Police" are plain)."""
    if " " in name.strip() or any(c.matched == "name" and (
            c.population >= NOTABLE_PLACE or c.feature in ("ADM1", "PCLI", "CONT")) for c in candidates):
        return False
    return word_zipf(name) >= COMMON_WORD_ZIPF


def labelled_otherwise_outside(cand: Candidate, others: list[Candidate]) -> bool:
    """A one-word ORG entity or a PERSON-tagged city found by its name alone, in a country none of the
    article's other places is in: more likely the company, club or person than the town."""
    countries = {c.country_code for c in others}
    return bool(countries) and cand.country_code not in countries


def short_town_outside(cand: Candidate, others: list[Candidate]) -> bool:
    """A three-letter name ("Gao") is as likely a person's or a company's ("Yao", "San"): it stands in a
    country of the article's other places, or alone as the main name of a town of SHORT_TOWN_ALONE people."""
    countries = {c.country_code for c in others}
    if countries:
        return cand.country_code not in countries
    return not (cand.matched == "name" and cand.feature.startswith("PPL") and cand.population >= SHORT_TOWN_ALONE)


def common_word_town_outside(cand: Candidate, others: list[Candidate], candidates: tuple[Candidate, ...]) -> bool:
    """A common word before a resident or civic word ("a Liberty woman") names a town when the article's
    other places lie in the state (admin1) of the chosen town ("police in Missouri said"), or when the
    chosen town is the one of that name that holds most of its namesakes' people (DOMINANT_SHARE or more, and
    DOMINANT_TOWN people: "a Temple man" is from Temple, Texas, 79 % of the Temples' people; the twenty Unions
    and sixteen Libertys have no such one: a reader cannot tell which is meant)."""
    if any((c.country_code, c.admin1_code) == (cand.country_code, cand.admin1_code) for c in others if c.admin1_code):
        return False
    towns = [c.population for c in candidates if c.matched == "name" and c.feature.startswith("PPL")]
    dominant = cand.matched == "name" and cand.population >= DOMINANT_TOWN and \
        cand.population >= DOMINANT_SHARE * sum(towns)
    return not dominant


def outside_the_article(text: str, span: Span2, cand: Candidate | None, ents: list[Span], article: ArticlePlaces,
                         gazetteer: Gazetteer, person_only: frozenset[Span2] = frozenset(),
                         common_only: frozenset[Span2] = frozenset()) -> bool:
    """Whether the mention at ``span`` is dropped by the test of its kind (see the module's text):
    ``person_only`` are the spans only the PERSON-city rule found, ``common_only`` those of a common word
    only the resident or civic-body rule found."""
    if cand is None or cand.feature in COUNTRY_LEVEL:
        return False
    written, others = text[span[0]:span[1]], article.others(span)
    if len(written) == 3 and written.istitle() and not any(
            e.label_ in PLACE_LABELS and (e.start_char, e.end_char) == span for e in ents):
        return short_town_outside(cand, others)
    if span in common_only:
        return common_word_town_outside(cand, others, gazetteer.candidates(written))
    if span in person_only or any(e.label_ == "ORG" and len(e) == 1 and (e.start_char, e.end_char) == span
                                  for e in ents):
        return labelled_otherwise_outside(cand, others)
    return False


def weak_spans(text: str, ents: list[Span], entity_spans: list[Span2], strong: list[Span2], residents: list[Span2],
               person_cities: list[Span2], gazetteer: Gazetteer, cue_words: frozenset[str]) -> tuple[frozenset[Span2], frozenset[Span2]]:
    """(spans only the PERSON-city rule found, spans of a common word (:func:`common_word_town`) right before
    a resident or civic word of ``cue_words`` that neither the model labelled a place nor another finder
    found, here or elsewhere in the article).  ``entity_spans`` come from the entity finder (with the
    civic-body rule), ``strong`` from the gazetteer, dateline, party-home, "Town, Region" and typed-division
    finders."""
    found = set(entity_spans) | set(strong)
    person_only = frozenset(s for s in person_cities if not any(a < s[1] and s[0] < b for a, b in found))
    sure = set(strong) | {(e.start_char, e.end_char) for e in ents if e.label_ in PLACE_LABELS}

    def common_alone(span: Span2) -> bool:
        word, nxt = text[span[0]:span[1]], _NEXT_WORD.match(text, span[1])
        return nxt is not None and nxt.group(1).lower() in cue_words and span not in sure \
            and common_word_town(word, gazetteer.candidates(word))

    weak = {s for s in found | set(residents) if common_alone(s)}
    elsewhere = {text[a:b] for a, b in (found | set(residents)) - weak}
    return person_only, frozenset(s for s in weak if text[s[0]:s[1]] not in elsewhere)


def with_repeats(text: str, weak: frozenset[Span2], repeated: list[Span2]) -> frozenset[Span2]:
    """``weak`` with the other occurrences of its names that only one sense per article found: they
    stand or fall with it."""
    names = {text[a:b] for a, b in weak}
    return weak | {s for s in repeated if text[s[0]:s[1]] in names}
