"""'X claimed (responsibility for) the attack' names X as the perpetrator (actor1) of the attack just told when its
agent is unnamed or generic, as ACLED codes claimed attacks; the claim itself tells no event."""

from __future__ import annotations


def test_the_claimant_is_the_attacker(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed a gendarmerie post near Mopti on Sunday, killing nine gendarmes, officials said. "
            "JNIM claimed the attack in a message posted online.")
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 1
    assert events[0].actor1 == "JNIM: Jama'a Nusrat al-Islam wal-Muslimin" and events[0].fatalities.best == 9


def test_claimed_responsibility_for_the_attack(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked a convoy near Mopti on Sunday, killing nine gendarmes, officials said.\n\n"
            "JNIM later claimed responsibility for the ambush.")
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 1 and events[0].actor1 == "JNIM: Jama'a Nusrat al-Islam wal-Muslimin"


def test_a_named_attacker_is_kept(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Malian soldiers attacked a camp near Mopti on Sunday, killing nine people, officials said. "
            "JNIM claimed the attack in a message posted online.")
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 1 and events[0].actor1 == "Military Forces of Mali"


def test_jihadists_are_unnamed_armed_men(parse) -> None:  # type: ignore[no-untyped-def]
    events = parse("Jihadists stormed a gendarmerie post near Mopti on Sunday, killing two gendarmes.", "2024-05-04")._.events
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Mali)"]


def test_a_denied_claim_or_a_new_act_names_no_attacker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a church near Kaya on Sunday, killing 15 worshippers. The Islamic State has not claimed the attack."
    [event] = parse(text, "2024-05-16")._.events
    assert event.actor1 != "Islamic State"
    text = ("Russian forces shelled Kharkiv on Tuesday, killing three civilians. Ukraine's army took responsibility for "
            "the strike on a Russian depot in Belgorod the same day.")
    events = parse(text, "2024-05-16")._.events
    assert any(e.location is not None and e.location.name == "Belgorod" for e in events)
