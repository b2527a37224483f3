"""Names right before a subdivision word are those subdivisions, whatever the model labelled them: 'in Rakhine
state', 'over the Sumy and Poltava regions' (the regions, not their capital towns)."""

from __future__ import annotations


def places(parse, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    doc = parse(text, "2024-05-16")
    return [(p.text, p.resolution.feature if p.resolution else None) for p in doc._.places]


def test_places_name_before_a_division_word_is_the_division(parse) -> None:  # type: ignore[no-untyped-def]
    assert places(parse, "Rebels captured a base in Rakhine state on Monday.") == [("Rakhine", "ADM1")]
    assert places(parse, "Drones were shot down over the Sumy and Poltava regions.") == [
        ("Sumy", "ADM1"), ("Poltava", "ADM1")]


def test_places_division_word_after_no_known_division_resolves_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    assert all(feature is None for _, feature in places(parse, "The Quorvell region has no gazetteer entry."))
