"""A subject harmed by its own verb ('residents sustained injuries') is one count, of that subject; and the
speaker of a clause that tells deaths is not counted among them ('medics said four people were killed') —
on our own sentences."""

from __future__ import annotations


def claims(parse, text: str) -> list[tuple[int | None, str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(c.value, c.qualifier, c.category, c.victims) for c in parse(text, "2024-05-16")._.claims]


def test_claims_a_harmed_subject_and_its_injuries_are_one_count(parse) -> None:  # type: ignore[no-untyped-def]
    assert claims(parse, "Shells fell on the square in Orlitsa. Residents sustained injuries, the mayor said.") == [
        (None, "unspecified", "injured", "Residents")]
    assert claims(parse, "Villagers suffered wounds when the depot near the ridge exploded.") == [
        (None, "unspecified", "injured", "Villagers")]
    assert claims(parse, "Two herders suffered serious injuries when a mine went off near the ford.") == [
        (2, "exact", "injured", "herders")]


def test_claims_injuries_of_no_counted_subject_stay_a_count(parse) -> None:  # type: ignore[no-untyped-def]
    assert claims(parse, "He sustained injuries when a mine went off near the ford.") == [
        (None, "unspecified", "injured", None)]


def test_claims_who_reports_the_dead_is_not_among_them(parse) -> None:  # type: ignore[no-untyped-def]
    assert claims(parse, "Medics said four people were killed when a shell hit the bakery in Orlitsa.") == [
        (4, "exact", "killed", "people")]
