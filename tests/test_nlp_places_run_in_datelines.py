"""A dateline in capitals is a place also where a feed runs it into the text: after the headline's
full stop, after a filing date, or before a colon; not a word in capitals that the gazetteer lacks or
an organisation's acronym."""

from __future__ import annotations

from spacy.language import Language


def _texts(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.text: (p.resolution.country_code if p.resolution else None) for p in nlp(text)._.places or []}


def test_dateline_after_the_headline_is_a_place(places_nlp: Language) -> None:
    text = "Library roof repaired before winter. SPOKANE — Volunteers cleared the gutters on Saturday."
    assert _texts(places_nlp, text).get("SPOKANE") == "US"


def test_dateline_after_a_filing_date_is_a_place(places_nlp: Language) -> None:
    text = "April 12, 2011 TULSA -- A new footbridge opened over the creek on Monday."
    assert _texts(places_nlp, text).get("TULSA") == "US"


def test_dateline_before_a_colon_is_a_place(places_nlp: Language) -> None:
    text = "Bakery reopens. AMMAN: A family bakery reopened its doors after the floods."
    assert _texts(places_nlp, text).get("AMMAN") == "JO"


def test_capitals_that_are_no_place_are_no_dateline(places_nlp: Language) -> None:
    text = "Meeting held. NATO: Ministers met to discuss budgets. It ended. UPDATE — More soon."
    found = _texts(places_nlp, text)
    assert "NATO" not in found and "UPDATE" not in found


def test_an_acronym_is_no_dateline(places_nlp: Language) -> None:
    for text in ("Aid convoys were halted. PKK: Drones struck the hills.", "Talks ended. IMF: Growth will slow."):
        assert _texts(places_nlp, text) == {}, text
