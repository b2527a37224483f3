"""Unnamed armed men followed by a bracketed group name are that group: '(X)', '[X]', '(likely X and Y)' —
only right after an unnamed armed actor, and only for a name of the actor table."""

from __future__ import annotations


def actor1(parse, text: str) -> str | None:  # type: ignore[no-untyped-def]
    events = parse(text, "2024-05-16")._.events
    return events[0].actor1 if events else None


def test_bracketed_group_names_the_unnamed_armed_men(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor1(parse, "On Monday, gunmen (al Shabaab) attacked a Somali army base near Baidoa.") == "Al Shabaab"
    assert actor1(parse, "On Monday, fighters [RSF] shelled a market in El Fasher.") == "Rapid Support Forces"
    assert actor1(parse, "On Monday, gunmen (likely M23 and ADF) clashed with Congolese troops near Goma.") == \
        "M23: March 23 Movement"


def test_bracket_without_a_known_group_changes_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor1(parse, "On Monday, Somali gunmen (about twenty) clashed with soldiers near Baidoa.") == \
        "Unidentified Armed Group (Somalia)"
