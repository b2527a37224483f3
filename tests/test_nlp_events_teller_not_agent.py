"""Who tells an act is not its agent when the act has a subject of its own: 'herdsmen attacked an army camp,
killing 12 soldiers, the army said' is not the army's attack; a subject that is a weapon or an event word ('the
strike killed ...', 'artillery fire shelled ...') leaves the teller's claim of its own act."""

from __future__ import annotations


def test_the_teller_of_an_attack_by_others_is_not_its_agent(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Herdsmen attacked an army camp near Mopti on Sunday, killing 12 soldiers, the army said."
    events = parse(text, "2024-05-04")._.events
    assert len(events) == 1 and events[0].actor1 != "Military Forces of Mali"
    assert events[0].actor2 == "Military Forces of Mali" and events[0].fatalities.best == 12


def test_the_teller_of_its_own_strike_stays_its_agent(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Malian army said on Sunday that the strike near Mopti killed a commander of the group."
    events = parse(text, "2024-05-04")._.events
    assert [e.actor1 for e in events] == ["Military Forces of Mali"]


def test_the_tellers_own_men_or_operation_stay_its_act(parse) -> None:  # type: ignore[no-untyped-def]
    for text, actor in (("The Sudanese army said its men killed 40 RSF fighters in Omdurman on Monday.",
                         "Military Forces of Sudan"),
                        ("The Nigerian army said an operation killed 20 Boko Haram fighters near Maiduguri on Tuesday.",
                         "Military Forces of Nigeria")):
        assert [e.actor1 for e in parse(text, "2024-05-16")._.events] == [actor], text
