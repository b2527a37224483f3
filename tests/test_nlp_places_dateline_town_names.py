"""A dateline in capitals names the town by its own name ("GAO —" is Gao, Mali), not by an airport code
or abbreviation that only differs from the name in case (Guantánamo's "GAO")."""

from __future__ import annotations

from spacy.language import Language


def test_three_letter_dateline_is_the_town(places_nlp: Language) -> None:
    doc = places_nlp("GAO — Gunmen on motorbikes raided a cattle market north of the town, Malian officials said.")
    first = doc._.places[0]
    assert first.text == "GAO" and first.resolution is not None
    assert (first.resolution.name, first.resolution.country_code) == ("Gao", "ML")
