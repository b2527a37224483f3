""""City - Neighbourhood" forms: the part after a spaced hyphen is a place of the city even when the
recogniser misses it, but only when the gazetteer has it near the city; datelines are left alone."""

from __future__ import annotations


def places_of(parse, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(p.text, p.resolution.name if p.resolution else None) for p in parse(text, "2024-05-16")._.places]


def test_dash_form_resolves_to_the_neighbourhood(parse) -> None:  # type: ignore[no-untyped-def]
    got = places_of(parse, "Artillery hit homes east of Gaza - Az Zaytun on Monday.")
    assert ("Gaza - Az Zaytun", "Zeitoun") in got


def test_dash_before_a_sentence_is_no_place(parse) -> None:  # type: ignore[no-untyped-def]
    got = places_of(parse, "KHARKIV - The city council met on Monday to discuss repairs.")
    assert all("The" not in text for text, _ in got)
