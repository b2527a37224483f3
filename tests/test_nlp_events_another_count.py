"""A count told as more of the same ('another 40 people were wounded', 'a further 12') adds to the event told
just before it, also after a paragraph break and whatever date the sentence gives (that of the saying); 'another
attack' or 'elsewhere' tells a new event."""

from __future__ import annotations

LEDE = ("Gunmen shelled a displacement camp outside Nyala on Tuesday, killing at least 17 people, a local "
        "relief committee said.\n\n")


def test_another_count_of_wounded_joins_the_event(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + "A group of doctors said on Wednesday that another 35 people were wounded.", "2024-05-04")
    assert len(doc._.events) == 1
    assert [(c.category, c.value, c.event_id) for c in doc._.claims] == [("killed", 17, "e1"), ("injured", 35, "e1")]


def test_another_count_of_dead_adds_to_the_toll(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + "The committee said on Wednesday that another 6 people were killed.", "2024-05-04")
    assert len(doc._.events) == 1 and doc._.events[0].fatalities.best == 23


def test_another_attack_stays_apart(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(LEDE + "Elsewhere, another 6 people were killed, the committee said on Wednesday.", "2024-05-04")
    assert len(doc._.events) == 2
