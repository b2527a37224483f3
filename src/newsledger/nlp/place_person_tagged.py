"""Cities the small NER model took for a person: a one-word PERSON entity that is the main name of a
city of 100,000 people or more ("the levy would cost Torland two million", "Torland aldermen") and that the article
never writes as a person's (in a longer PERSON name, after a title, or as a common first name) is
the city.  News introduces a person by the full name before using the surname alone, so a bare
one-word "person" the article never introduces is, for a large city's name, most often the city.
Used by :mod:`newsledger.nlp.places`."""

from __future__ import annotations

from spacy.tokens import Doc
from wordfreq import zipf_frequency

from newsledger.nlp.statement_speakers import given_names
from newsledger.resolve.gazetteer import Gazetteer

PERSON_TAGGED_CITY = 100_000  # people: a smaller town's name is as often a surname ("Marshall", "Wright")
# wordfreq Zipf frequency from which a word is as common as a public figure's surname or an English word
# ("Kennedy" 4.3, "Bush" 4.5, "Lincoln" 4.3): such a word alone is the person or the word
FAMOUS_NAME_ZIPF = 4.25


def person_tagged_city_spans(doc: Doc, gazetteer: Gazetteer, person_titles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of one-word PERSON entities that name a city of PERSON_TAGGED_CITY people or more by its
    main name, unless the article writes the word as part of a longer PERSON entity ("Tom Torland" ...
    "Torland"), after a title of ``data/geo_person_titles.txt`` ("Gov. Torland"), or the word is a
    common first name (``data/given_names.json``: "George", "Madison") or as frequent as a famous
    surname (FAMOUS_NAME_ZIPF).  Such a city stays only in a country of the article's other places
    (:func:`newsledger.nlp.place_article_countries.outside_the_article`)."""
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    person_words = {t.text for e in ents if len(e) > 1 for t in e}
    titled = {t.text for t in doc if t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in person_titles}
    first_names = given_names()
    out = []
    for ent in ents:
        word = ent.text
        if len(ent) != 1 or not word.istitle() or word in person_words or word in titled \
                or word.lower() in first_names or zipf_frequency(word.lower(), "en") >= FAMOUS_NAME_ZIPF:
            continue
        if any(c.matched == "name" and c.feature.startswith("PPL") and c.population >= PERSON_TAGGED_CITY
               for c in gazetteer.candidates(word)):
            out.append((ent.start_char, ent.end_char))
    return out
