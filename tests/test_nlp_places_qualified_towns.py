"""A capitalised name right before ", <state, province or country>" is a town when the gazetteer has
a town of that name inside that region, whatever the model labelled it; not a person's name before
the state a politician represents."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.text: (p.resolution.name if p.resolution else None) for p in nlp(text)._.places or []}


def test_town_before_its_province_abbreviation(places_nlp: Language) -> None:
    found = _places(places_nlp, "She grew up in Flin Flon, Man. before moving west.")
    assert found.get("Flin Flon") == "Flin Flon" and found.get("Man.") == "Manitoba"


def test_org_tagged_town_before_its_state(places_nlp: Language) -> None:
    assert _places(places_nlp, "The plant in Sandpoint, Idaho, closed.").get("Sandpoint") == "Sandpoint"


def test_person_before_a_state_is_no_town(places_nlp: Language) -> None:
    assert "Adams" not in _places(places_nlp, "Sen. Jo Adams, Mass., voted no.")
