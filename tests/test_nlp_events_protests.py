"""Protests and riots as ACLED codes them: the crowd is actor1 (named after the event's country when the
text gives none), a force acting on it is actor2 and makes the protest one 'with intervention' (or 'excessive
force' when people are killed), and a crowd that burns or stones is a riot."""

from __future__ import annotations

from spacy.tokens import Doc


def events_of(parse, text: str) -> list:  # type: ignore[no-untyped-def]
    doc: Doc = parse(text, "2024-05-16")
    return list(doc._.events)


def test_protest_crowd_of_no_stated_country_takes_the_event_country(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Demonstrators gathered outside the parliament in Nairobi on Tuesday.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    assert e.actor1 == "Protesters (Kenya)" and e.actor2 is None
    [e] = events_of(parse, "Thousands of people protested in Lagos on Monday against fuel prices.")
    assert e.actor1 == "Protesters (Nigeria)"


def test_protest_with_a_force_acting_on_it(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Police fired tear gas at demonstrators in Nairobi on Tuesday.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
    assert (e.actor1, e.actor2) == ("Protesters (Kenya)", "Police Forces of Kenya")
    [e] = events_of(parse, "Police dispersed hundreds of protesters in Nairobi on Tuesday, killing two of them.")
    assert (e.sub_event_type, e.fatalities.best) == ("Excessive force against protesters", 2)
    assert e.actor2 == "Police Forces of Kenya"  # the shooting is the intervention, not a second event


def test_riot_when_the_crowd_burns_or_stones(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Rioters set fire to a police station in Mombasa on Friday.")
    assert (e.event_type, e.sub_event_type, e.actor1) == ("Riots", "Violent demonstration", "Rioters (Kenya)")
    [e] = events_of(parse, "Protesters threw stones at the police in Kisumu on Saturday.")
    assert (e.event_type, e.actor1) == ("Riots", "Rioters (Kenya)")
    [e] = events_of(parse, "Soldiers set fire to a market in Kisumu on Saturday.")
    assert e.event_type != "Riots"  # not a crowd


def test_riot_police_is_no_riot_and_arrests_are_the_intervention(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Riot police fired tear gas at mourners marching through Nairobi on Saturday and "
                           "detained 30 people.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
    assert e.actor2 == "Police Forces of Kenya"
    [e] = events_of(parse, "Police broke up a march of teachers in Nairobi on Saturday; forty people were arrested.")
    assert e.sub_event_type == "Protest with intervention"  # one event: the arrests are how it was broken up


def test_protest_words_that_tell_no_protest_or_no_intervention(parse) -> None:  # type: ignore[no-untyped-def]
    assert events_of(parse, "The minister condemned the protesters in Nairobi on Monday.") == []
    [e] = events_of(parse, "Police in Nairobi said on Monday that protesters had blocked a road.")
    assert (e.sub_event_type, e.actor2) == ("Peaceful protest", None)  # the police only speak of it


def test_riot_by_a_named_crowd_and_no_excessive_force_for_a_dead_policeman(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Kenyan protesters set fire to tyres in Kisumu on Monday.")
    assert (e.event_type, e.actor1) == ("Riots", "Rioters (Kenya)")
    [e] = events_of(parse, "Police fired tear gas at protesters in Kisumu on Monday; a policeman was killed by a stone.")
    assert e.sub_event_type == "Protest with intervention"


def test_crowd_described_or_speaking_or_planning_is_no_protest(parse) -> None:  # type: ignore[no-untyped-def]
    assert events_of(parse, "Police said the protesters in Nairobi were peaceful.") == []
    assert events_of(parse, "Protesters in Nairobi say they will return next week.") == []
