"""Events read across a whole story: the headline is the lede's event, the dateline is where the story was
filed (not where the strike was), an agent blamed later names an event told without one, and a sentence that
only gives a toll tells no event of its own."""

from __future__ import annotations

STORY = (
    "Shelling of Baidoa bus station kills at least nine, medics say\n\n"
    "MOGADISHU, June 3 (Example Wire) - Shells hit the bus station in Baidoa on Monday, killing at least nine people "
    "and wounding 30, medics said.\n\n"
    "Local officials blamed al Shabaab for the attack. The group did not comment.\n\n"
    "At least 300 people have been killed in the region since fighting began in January, the Red Cross says."
)


def test_story_headline_lede_blame_and_toll(parse) -> None:  # type: ignore[no-untyped-def]
    events = parse(STORY, "2024-06-04")._.events
    [e] = events  # headline and lede are one event; the toll sentence adds none
    assert e.location.name == "Baidoa" and e.fatalities.best == 9
    assert e.actor1 == "Al Shabaab" and e.date.start.isoformat() == "2024-06-03"


def test_story_blame_does_not_override_a_named_agent(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Somali army troops shelled a market in Baidoa on Monday, killing four people.\n\n"
            "Residents blamed al Shabaab for the attack.")
    [e] = parse(text, "2024-06-04")._.events
    assert e.actor1 == "Military Forces of Somalia"
