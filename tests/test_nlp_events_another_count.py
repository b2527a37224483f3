"""A count told as more of the same ('another 40 people were wounded', 'a further 12') in the event's paragraph
adds to the event told just before it and is never read as a total; on another day, after a paragraph break, or
told as another ('another attack', 'elsewhere', 'in an unrelated incident') it does not join."""

from __future__ import annotations

LEDE = ("Gunmen shelled a displacement camp outside Nyala on Tuesday, killing at least 17 people, a local "
        "relief committee said.")


def test_another_count_of_wounded_joins_the_event(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + " A group of doctors said that another 35 people were wounded.", "2024-05-04")
    assert len(doc._.events) == 1
    assert [(c.category, c.value, c.event_id) for c in doc._.claims] == [("killed", 17, "e1"), ("injured", 35, "e1")]


def test_another_count_of_dead_adds_to_the_toll(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + " The committee said that another 6 people were killed.", "2024-05-04")
    assert len(doc._.events) == 1 and doc._.events[0].fatalities.best == 23


def test_another_attack_another_day_or_another_story_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + "\n\nElsewhere, another 6 people were killed, the committee said on Wednesday.", "2024-05-04")
    assert len(doc._.events) == 2
    doc = parse(LEDE + "\n\nOn Thursday, another 9 people were killed in the camp, the committee said.", "2024-05-10")
    assert doc._.events[0].fatalities.best == 17
    doc = parse(LEDE + "\n\nSeparately, another 30 people died of cholera in camps across Darfur, officials said.",
                "2024-05-04")
    assert doc._.events[0].fatalities.best == 17
