"""Word classes shared by the place finders (:mod:`newsledger.nlp.places` and its helper modules): the
entity labels of places, the locative prepositions, and the ``wordfreq`` cut-offs that tell a common English
word or a famous surname from a town's name."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token
from wordfreq import zipf_frequency

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "of", "near", "at", "from", "to", "toward", "towards", "outside",
                                   "around", "into", "across", "inside", "on"})

# wordfreq Zipf frequencies (log10 of a word's frequency per billion words; the lower-cased word):
# a common English word ("union" 5.1, "liberty" 4.3, "temple" 4.5): a town of that name is told by the
# resident or civic-body rule only with support (newsledger.nlp.place_article_countries)
COMMON_WORD_ZIPF = 4.0
# as common as a public figure's surname or an English word ("Kennedy" 4.3, "Bush" 4.5, "Lincoln" 4.3):
# such a word alone, tagged PERSON, is the person or the word (newsledger.nlp.place_person_tagged)
FAMOUS_NAME_ZIPF = 4.25


@lru_cache(maxsize=10_000)
def word_zipf(word: str) -> float:
    """The wordfreq Zipf frequency of the lower-cased word in English."""
    return zipf_frequency(word.lower(), "en")

DIVISION_FEATURES = frozenset({"ADM1", "ADM2", "ADM3", "region", "governorate"})


def after_a_modifier(before: Token, modifiers: frozenset[str]) -> Token:
    """The token before a name, or, when that is a lower-case modifier of ``modifiers`` (compass, regional
    and locative adjectives, ``data/geo_region_modifiers.txt``; a hyphenated one is several tokens:
    "war-torn") right after a locative preposition, that preposition: "in neighbouring Niger", "in
    war-torn Torland" read as "in Niger", "in Torland"; "in young Jordan" does not."""
    doc, first = before.doc, before.i
    while first > 0 and not doc[first - 1].whitespace_ and (doc[first - 1].is_lower or doc[first - 1].text == "-"):
        first -= 1
    word = doc[first:before.i + 1].text.lower()
    if word in modifiers and before.is_lower and first > 0 and doc[first - 1].lower_ in LOCATIVE_PREPOSITIONS:
        return doc[first - 1]
    return before
