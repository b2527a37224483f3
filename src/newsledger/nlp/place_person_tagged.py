"""Cities the small NER model took for a person: a one-word PERSON entity that is the main name of a
city of 100,000 people or more, in a place's position ("the levy hit taxpayers across Torland",
"Torland aldermen", "Torland's mayor", "Fresno and Torland"), and that the article never writes as a
person's (in a longer PERSON name, after a title, or as a common first name) is the city.  News
introduces a person by the full name before using the surname alone, so a bare one-word "person" the
article never introduces is, for a large city's name in a place's position, most often the city; as
the subject of a verb ("Torland told jurors ...") it is the person.  Used by :mod:`newsledger.nlp.places`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger.nlp.numbers import indices_where
from newsledger.nlp.place_words import FAMOUS_NAME_ZIPF, PLACE_LABELS, word_zipf
from newsledger.nlp.statement_speakers import given_names
from newsledger.resolve.gazetteer import Gazetteer, read_list_file
from newsledger.resolve.geo_context import name_part_words

PERSON_TAGGED_CITY = 100_000  # people: a smaller town's name is as often a surname ("Marshall", "Wright")
# the object of these is a person's part, not a place: "a motion by Torland", "met with Torland"
_PERSON_PREPOSITIONS = frozenset({"by", "with"})


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns that after a name or its possessive tell a place: ``data/geo_place_nouns.txt`` with the civic
    and resident words."""
    return frozenset(w.lower() for f in ("geo_place_nouns.txt", "geo_civic_words.txt", "geo_resident_words.txt")
                     for w in read_list_file(f))


@lru_cache(maxsize=1)
def civic_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_list_file("geo_civic_words.txt"))


def street_words() -> frozenset[str]:
    return name_part_words()["street"]


def in_a_place_position(token: Token) -> bool:
    """Whether a one-word name stands where a place does: the object of a preposition ("across Torland",
    not "by Torland" nor "with Torland"); before a place noun of :func:`place_nouns` ("Torland officials")
    (a civic word also capitalised: "Torland Mayor Jo Lowe") or its possessive before one ("Torland's mayor");
    in a list with a place the model labelled ("Fresno and Torland", "Zlin, Brno and Torland") or after an
    address ("12 Elm Street, Torland": a street word of ``data/geo_name_part_words.csv``).  Not the subject
    of a verb nor the speaker of a statement ("Torland told jurors ..."), not the object of a verb ("met
    Torland")."""
    doc, nouns = token.doc, place_nouns()
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.dep_ == "pobj" and token.head.pos_ == "ADP" and token.head.lower_ not in _PERSON_PREPOSITIONS:
        return True
    if nxt is not None and nxt.lower_ in nouns and (nxt.is_lower or nxt.lower_ in civic_words()):
        return True  # "Torland officials", "Torland Mayor Jo Lowe"
    if nxt is not None and nxt.text in ("'s", "’s") and token.i + 2 < len(doc):
        possessed = doc[token.i + 2]
        head = possessed if possessed.dep_ not in ("amod", "compound") else possessed.head
        return possessed.lower_ in nouns or head.lower_ in nouns
    root = token
    while root.dep_ == "conj" and root.head.i != root.i:  # "in Zlin, Brno, Torland and Opava": the whole list
        root = root.head
    listed = [root, *(t for t in root.subtree if t.dep_ == "conj" and t.i != token.i)]
    if token.dep_ == "appos":  # "12 Elm Street, Torland": after an address
        listed.append(token.head)
        if token.head.lower_.rstrip(".") in street_words():
            return True
    return any(t.ent_type_ in PLACE_LABELS for t in listed if t.i != token.i)


def person_tagged_city_spans(doc: Doc, gazetteer: Gazetteer, person_titles: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of one-word PERSON entities in a place's position (:func:`in_a_place_position`) that name a
    city of PERSON_TAGGED_CITY people or more by its main name, unless the article writes the word as part
    of a longer PERSON entity ("Tom Torland" ... "Torland"), after a title of ``data/geo_person_titles.txt``
    ("Gov. Torland"), or the word is a common first name (``data/given_names.json``: "George", "Madison")
    or as frequent as a famous surname (FAMOUS_NAME_ZIPF).  Found by this rule alone, such a city stays
    only in a country of the article's other places (:mod:`newsledger.nlp.place_article_countries`)."""
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    person_words = {t.text for e in ents if len(e) > 1 for t in e}
    if not ents:
        return []
    title_forms = frozenset(f for title in person_titles for f in (title, f"{title}."))  # "gov", "gov."
    titled = {doc[i + 1].text for i in indices_where(doc, "LOWER", title_forms) if i + 1 < len(doc)}
    first_names = given_names()
    out = []
    for ent in ents:
        word = ent.text
        if len(ent) != 1 or not word.istitle() or word in person_words or word in titled \
                or word.lower() in first_names or word_zipf(word) >= FAMOUS_NAME_ZIPF \
                or not in_a_place_position(ent[0]):
            continue
        if any(c.matched == "name" and c.feature.startswith("PPL") and c.population >= PERSON_TAGGED_CITY
               for c in gazetteer.candidates(word)):
            out.append((ent.start_char, ent.end_char))
    return out
