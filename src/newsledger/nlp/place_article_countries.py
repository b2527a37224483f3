"""Mentions a finder took for a town against the model's label, kept only where the article's other
places are: a one-word ORG entity ("sales of Toyota"), a PERSON entity taken for a city by its name
alone and a three-letter name ("Gao").  Used by
:mod:`newsledger.nlp.places`."""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.resolve.gazetteer import Candidate
from newsledger.resolve.geo_context import COUNTRY_LEVEL

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def outside_the_article(text: str, span: tuple[int, int], cand: Candidate | None, ents: list[Span],
                         names: list[str], spans: list[tuple[int, int]], chosen: list[Candidate | None],
                         person_cities: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """A one-word ORG entity taken for a town ("sales of Toyota"), or a one-word PERSON entity taken
    for a city only because it names one (``person_cities``, see
    :mod:`newsledger.nlp.place_person_tagged`: "between Bush and Putin"), that resolves to a country
    none of the article's other places is in: more likely the company, club or person than the town.  A town of a
    three-letter name ("Gao") the model did not label a place stands only in a country of the article's
    other places: alone it is as likely a person's or a company's name ("Yao", "San")."""
    if cand is None or cand.feature in COUNTRY_LEVEL:
        return False
    name, written = names[spans.index(span)], text[span[0]:span[1]]
    short = len(written) == 3 and written.istitle() and not any(
        e.label_ in PLACE_LABELS and (e.start_char, e.end_char) == span for e in ents)
    if not short and span not in person_cities and not any(
            e.label_ == "ORG" and len(e) == 1 and (e.start_char, e.end_char) == span for e in ents):
        return False
    others = {c.country_code for n, c in zip(names, chosen, strict=True) if c is not None and n != name}
    return (bool(others) or short) and cand.country_code not in others
