"""Unnamed armed men followed by a bracketed group name are that group: '(Hamas)', '[Hamas]', '(likely X and
Y)' — only right after an unnamed armed actor, and only for a name of the actor table."""

from __future__ import annotations


def actor1(parse, text: str) -> str | None:  # type: ignore[no-untyped-def]
    events = parse(text, "2024-05-16")._.events
    return events[0].actor1 if events else None


def test_bracketed_group_names_the_unnamed_armed_men(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor1(parse, "On Monday, militants (Hamas) clashed with Israeli troops in Rafah.") == "Hamas Movement"
    assert actor1(parse, "On Monday, gunmen [Hamas] fired rockets at Sderot.") == "Hamas Movement"
    assert actor1(parse, "On Monday, gunmen (likely PIJ and Hamas) clashed with Israeli troops in Rafah.") == \
        "PIJ: Palestinian Islamic Jihad"


def test_bracket_without_a_known_group_changes_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    assert actor1(parse, "On Monday, gunmen (about twenty) clashed with Israeli troops in Rafah.") == \
        "Unidentified Armed Group (Palestine)"
