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


def test_story_dateline_date_speaker_pronoun_and_country_agents(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("ODESA, May 14 (Example Wire) - Russian drones hit a port warehouse in Izmail late on Monday, "
            "officials said.\n\n"
            "Ukraine's navy said it shot down nine drones launched by Russia overnight.\n\n"
            "Romanian shelling was not involved, and Moldova said Russia fired no missiles at its territory.")
    events = parse(text, "2024-05-14")._.events
    warehouse = events[0]
    assert warehouse.date.start.isoformat() == "2024-05-13"  # "late on Monday", not the dateline's May 14
    assert warehouse.location.latitude and abs(warehouse.location.latitude - 45.35) < 0.2  # Izmail, not Odesa
    assert warehouse.actor1 == "Military Forces of Russia"
    downing = next(e for e in events if e.sub_event_type == "Disrupted weapons use")
    assert (downing.actor1, downing.actor2) == ("Military Forces of Ukraine", "Military Forces of Russia")
    assert downing.location.name != "Russia"  # "launched by Russia": an agent, not a place


def test_story_agentless_lede_retells_the_headline(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Junta air strike on Sagaing village school kills 9, residents say\n\n"
            "YANGON, June 3 (Example Wire) - An air strike hit a school in a village in Sagaing on Monday, "
            "killing nine people, residents said.\n\n"
            "The junta's fighter jets struck the school at dawn, a teacher said.")
    [e] = parse(text, "2024-06-04")._.events
    assert e.actor1 == "Military Forces of Myanmar" and e.fatalities.best == 9
    assert e.date.start.isoformat() == "2024-06-03" and e.location.country == "Myanmar"


def test_story_blame_for_another_act_and_a_lede_from_elsewhere(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded in Mogadishu on Monday, killing four people.\n\n"
            "The government blamed al Shabaab for a separate attack in Kismayo last month.")
    assert [e.actor1 for e in parse(text, "2024-06-04")._.events] == [None]
    text = "Israeli strikes kill 10 in Rafah\n\nA car bomb killed three people in Beirut on Tuesday, officials said."
    beirut = [e for e in parse(text, "2024-06-04")._.events if e.location.country == "Lebanon"]
    assert beirut and beirut[0].actor1 is None


def test_story_a_country_that_strikes_a_deal_attacks_no_one(parse) -> None:  # type: ignore[no-untyped-def]
    assert parse("Russia struck a deal with Iran on drones in Tehran on Monday.", "2024-06-04")._.events == []


def test_story_blame_across_extra_blank_lines(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded in Mogadishu on Monday, killing four people.\n\n\n\n"
            "Officials blamed al Shabaab for the attack.")
    assert [e.actor1 for e in parse(text, "2024-06-04")._.events] == ["Al Shabaab"]


def test_story_strikes_folded_into_one_event_add_up_beside_a_claimed_kill(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("RSF drones hit a fuel depot in El Fasher on 2 March 2024, killing 4 workers. In a second raid on "
            "El Fasher that day, RSF drones destroyed a clinic, killing 6 patients. The RSF said it had killed "
            "the garrison's deputy chief in the raids.")
    e = parse(text, "2024-03-02")._.events[0]
    assert e.fatalities.best == 10  # two strikes of one day and place; the named kill does not cap the count


def test_story_victims_of_an_unplaced_strike_take_the_story_country(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Sudanese army warplanes struck a market in Nyala on Monday, killing 4 people.\n\n"
            "Separately, army drones hit a house in Tabarat Hamdan, killing 2.")
    events = parse(text, "2024-03-05")._.events
    assert len(events) == 2 and events[1].location.latitude is None  # a place the gazetteer does not know
    assert all(e.actor2 == "Civilians (Sudan)" for e in events), [e.actor2 for e in events]


def test_story_part_of_the_victims_tells_no_new_event(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone hit a minibus outside Nyala on Tuesday, killing five passengers. Relatives said one of the "
            "men killed was a teacher.")
    [e] = parse(text, "2024-03-06")._.events
    assert e.fatalities.best == 5


def test_story_a_trigger_word_with_nothing_to_code_is_no_event(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Critics blasted the budget plan, and the scandal destroyed the minister's career."
    assert parse(text, "2024-03-06")._.events == []
    [e] = parse("Shells hit the market in Kharkiv on Monday.", "2024-03-06")._.events  # a place is enough
    assert e.location.name == "Kharkiv"


def test_story_teller_of_its_own_losses_is_not_the_agent(parse) -> None:  # type: ignore[no-untyped-def]
    own = parse("The Malian army said two soldiers were killed near Gao on Tuesday.", "2024-03-13")._.events
    assert [e.actor1 for e in own] in ([], [None])  # the army reports its losses, it did not inflict them
    enemy = parse("The Malian army said ten militants were killed near Gao on Tuesday.", "2024-03-13")._.events
    assert [e.actor1 for e in enemy] == ["Military Forces of Mali"]  # a claim of its own act


def test_story_deaths_told_for_the_wider_region_are_the_toll_of_the_attack(parse) -> None:  # type: ignore[no-untyped-def]
    attack = "RSF fighters attacked an army base in El Fasher on Monday with mortars."
    wider = parse(f"{attack} The army said that a soldier and a driver were killed in North Darfur on Monday.",
                  "2024-06-04")._.events
    assert len(wider) == 1 and wider[0].location.name == "El Fasher" and wider[0].fatalities.best == 2
    elsewhere = parse(f"{attack} Elsewhere in North Darfur, two soldiers were killed on Monday.", "2024-06-04")._.events
    assert len(elsewhere) == 2 and elsewhere[0].fatalities.best is None


def test_story_a_war_toll_or_the_enemy_dead_keep_their_own_reading(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("RSF drones struck a market in El Fasher on Saturday, killing five people. The health ministry said "
            "1,500 people have been killed in North Darfur.")
    assert [e.fatalities.best for e in parse(text, "2024-06-04")._.events][0] == 5  # not 1,505
    enemy = parse("The Ukrainian army said 40 Russian soldiers were killed near Bakhmut on Monday.", "2024-05-04")
    assert [e.actor1 for e in enemy._.events] == ["Military Forces of Ukraine"]
    own = parse("The Malian army said one of its soldiers was killed near Gao on Monday.", "2024-05-04")._.events
    assert [(e.actor1, e.actor2, e.fatalities.best) for e in own] == [(None, "Military Forces of Mali", 1)]


def test_story_a_tally_with_its_agent_tells_no_event(parse) -> None:  # type: ignore[no-untyped-def]
    story = ("Drones struck a fuel depot in Torvik on Friday, officials said.\n\n"
             "Since the start of the year, Norland's air strikes have killed more than 300 civilians in the "
             "Torvik region alone, according to aid groups.")
    events = parse(story, "2024-06-04")._.events
    assert len(events) == 1 and events[0].date.start.isoformat() == "2024-05-31"
    named = parse("Since January, Russian air strikes have killed 300 civilians in Sumy region, the governor said.",
                  "2024-06-04")._.events
    assert not named  # nor the count's verb, when a named power's weapon did the harm
    shelled = parse("Artillery shelled the market in Baidoa on Monday; shelling has killed 200 people there this year.",
                    "2024-06-04")._.events
    assert len(shelled) == 1 and shelled[0].location.name == "Baidoa"  # the day's shelling is still an event
