"""Place names read with the words around them: a settlement word after the name ('the Tal al-Hawa
neighbourhood', whatever label the model gave it), a lower-case direction before it ('west Gaza city'), and
'the town of' before it (the town, not the division of the same name)."""

from __future__ import annotations


def places_of(parse, text: str):  # type: ignore[no-untyped-def]
    return [(p.text, p.resolution.name if p.resolution else None) for p in parse(text, "2024-05-16")._.places]


def test_places_name_before_a_settlement_word_is_a_place(parse) -> None:  # type: ignore[no-untyped-def]
    found = places_of(parse, "Troops raided the Tal al-Hawa neighbourhood on Monday.")  # "the Tal al-Hawa": PERSON
    assert [name for _, name in found] == ["Tal al-Hawa"], found
    assert places_of(parse, "Police said Kennedy camp staff were safe.") == []  # no article or preposition before
    assert places_of(parse, "A spokesman for the Clinton camp said the senator would speak.") == []  # supporters


def test_places_lower_case_direction_is_not_part_of_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    assert places_of(parse, "Warplanes struck a house in west Gaza city on Monday.") == [("Gaza city", "Gaza City")]
    assert ("West Bank", "West Bank") in places_of(parse, "Troops raided a village in the West Bank on Monday.")


def test_places_the_town_of_a_name_is_the_town_not_the_division(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Troops raided the West Bank town of Jenin on Monday.", "2024-05-16")
    jenin = next(p for p in doc._.places if p.text == "Jenin")
    assert jenin.resolution is not None and jenin.resolution.feature.startswith("PPL")
