"""Events in ACLED's vocabulary from short reports we wrote."""

from __future__ import annotations


def events_of(parse, text: str, published: str = "2024-05-16"):  # type: ignore[no-untyped-def]
    return parse(text, published)._.events


def test_events_air_strike_on_civilians(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On 14 May 2024, a house in Khan Younis was hit when Israeli warplanes struck, killing five people.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 == "Military Forces of Israel" and e.actor1_raw == "Israeli warplanes"
    assert e.actor2 == "Civilians (Palestine)" and e.civilian_targeting
    assert e.date.start.isoformat() == "2024-05-14" and e.date.precision == 1
    assert e.fatalities.best == 5
    assert e.location.country == "Palestine" and abs(e.location.latitude - 31.34) < 0.1


def test_events_clash_between_armed_groups(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On Sunday, RSF fighters clashed with Sudanese army troops near El Fasher.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1 == "Rapid Support Forces" and e.actor2 == "Military Forces of Sudan"
    assert e.date.start.isoformat() == "2024-05-12"


def test_events_other_types(parse) -> None:  # type: ignore[no-untyped-def]
    protest = events_of(parse, "On Monday, hundreds of Palestinians protested in Ramallah against the war.")[0]
    assert protest.event_type == "Protests" and protest.actor1 == "Protesters (Palestine)"
    demolition = events_of(parse, "Israeli forces demolished three homes in Jenin on Tuesday.")[0]
    assert demolition.sub_event_type == "Looting/property destruction"
    intercept = events_of(parse, "Ukrainian forces intercepted a missile launched by Russian forces on Monday.")[0]
    assert intercept.sub_event_type == "Disrupted weapons use"
    assert intercept.actor1 == "Military Forces of Ukraine" and intercept.actor2 == "Military Forces of Russia"


def test_events_not_from_negation_threats_or_quotes(parse) -> None:  # type: ignore[no-untyped-def]
    assert events_of(parse, "The army did not carry out airstrikes on the town.") == []
    assert events_of(parse, "The minister warned that warplanes would bomb the camp if talks failed.") == []
    assert events_of(parse, 'The commander said: "We will shell every position they hold."') == []


def test_events_one_event_per_actor_place_and_day(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("On 2 May 2024, Israeli artillery shelled Shujaiyya, killing two people. "
            "Also, Israeli warplanes struck a house in the same area, killing three people.")
    [e] = events_of(parse, text)
    assert e.sub_event_type == "Air/drone strike"  # the most serious mode of the event
    assert e.fatalities.best == 5 and len(e.claims) == 2


def test_events_link_claims_and_mark_event_places(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Russian forces shelled Kharkiv on Thursday, killing at least three civilians, the mayor said. "
                "Officials in Kyiv condemned the attack.")
    [e] = doc._.events
    assert e.actor1 == "Military Forces of Russia" and e.location.country == "Ukraine"
    claim = next(c for c in doc._.claims if c.value == 3)
    assert claim.event_id == e.id and claim.id in e.claims
    roles = {p.text: p.role for p in doc._.places}
    assert roles["Kharkiv"] == "event_location" and roles.get("Kyiv") == "mentioned"


def test_events_clash_outranks_remote_weapons_of_the_same_actor(parse) -> None:  # type: ignore[no-untyped-def]
    clash = events_of(parse, "On Sunday, RSF fighters clashed with Sudanese army troops and fired mortar shells at "
                             "their base near El Fasher.")[0]
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
    shelling = events_of(parse, "On Sunday, RSF fighters fired mortar shells at a Sudanese army base near El Fasher.")[0]
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"


def test_events_agentless_strike_joins_the_agent_told_before(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On 14 May 2024, Israeli jets hit a home in Khan Younis, killing 7 people. "
                           "Also, 4 people were killed in an airstrike on a clinic in Khan Younis.")
    assert e.actor1 == "Military Forces of Israel" and e.fatalities.best == 11
    assert len(e.evidence) == 2


def test_events_exchange_of_attacks_is_one_armed_clash(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On Sunday, RSF fighters fired mortar shells at Sudanese army troops near El Fasher. "
                           "The Sudanese army responded with artillery fire, killing 6 fighters.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.actor1 == "Rapid Support Forces" and e.actor2 == "Military Forces of Sudan"
    assert e.fatalities.best == 6
    separate = events_of(parse, "On Sunday, RSF fighters fired mortar shells at Sudanese army troops near El Fasher. "
                                "Sudanese army jets later bombed a market in El Fasher, killing 9 people.")
    assert [x.sub_event_type for x in separate] == ["Shelling/artillery/missile attack", "Air/drone strike"]


def test_events_casualties_before_the_agent_join_its_event(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On 14 May 2024, four people were killed in Khan Younis. Israeli warplanes had struck a "
                           "house in Khan Younis shortly before dawn.")
    assert e.actor1 == "Military Forces of Israel" and e.sub_event_type == "Air/drone strike"
    assert e.fatalities.best == 4


def test_events_passive_weapon_keeps_its_agent_untold(parse) -> None:  # type: ignore[no-untyped-def]
    events = events_of(parse, "On 14 May 2024, the army ordered residents of Jabalia to evacuate after a rocket was "
                              "fired from the area toward Sderot.")
    rocket = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert rocket and rocket[0].actor1 is None


def test_events_summary_figure_is_not_added_again(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On 14 May 2024, drones struck a house in Kherson, leaving at least 8 dead. Eight "
                           "people died there.")
    assert e.fatalities.best == 8


def test_events_later_death_adds_to_the_toll(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Shelling hit a school in Kherson on Monday, killing 3 people. A child later died of "
                           "his wounds in hospital.")
    assert e.fatalities.best == 4


def test_events_agentless_violence_only_joins_a_compatible_event(parse) -> None:  # type: ignore[no-untyped-def]
    events = events_of(parse, "A journalist was arrested in Kherson on Monday. Russian drones struck a bus in "
                              "Kherson, killing 2 people.")
    assert [e.sub_event_type for e in events] == ["Arrests", "Air/drone strike"]
    events = events_of(parse, "On 14 May 2024, four people were killed in Kherson. On 16 May 2024, Russian drones "
                              "struck a bus in Kherson.")
    assert len(events) == 2 and events[0].actor1 is None


def test_events_exchange_needs_the_same_day_and_place(parse) -> None:  # type: ignore[no-untyped-def]
    events = events_of(parse, "On Sunday, RSF fighters fired mortar shells at Sudanese army troops in El Fasher. "
                              "On Tuesday, the Sudanese army shelled RSF positions near Omdurman, killing 4 fighters.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"] * 2
    assert events[0].fatalities.best is None and events[1].fatalities.best == 4


def test_events_suspected_act_is_no_event(parse) -> None:  # type: ignore[no-untyped-def]
    events = events_of(parse, "On Tuesday, police searched houses in Jenin and arrested 12 men suspected of planting "
                              "a bomb near the bridge.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_events_clash_absorbs_the_opponents_fire_told_beside_it(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On Monday, RSF fighters clashed with Sudanese army troops near El Obeid amid "
                           "Sudanese army shelling.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Rapid Support Forces", "Military Forces of Sudan")


def test_events_killing_outranks_destruction_told_with_it(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "On Monday, Sudanese army troops killed four RSF fighters and destroyed a depot near El Obeid.")
    assert e.event_type == "Battles" and e.fatalities.best == 4
    [e] = events_of(parse, "On Monday, Sudanese army troops destroyed a depot near El Obeid.")
    assert e.sub_event_type == "Looting/property destruction"


def test_events_unnamed_gunmen_and_soldiers_are_two_sides(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Gunmen opened fire on soldiers at a checkpoint near Garissa on Monday, killing two soldiers.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Unidentified Armed Group (Kenya)",
                                                      "Military Forces of Kenya")


def test_events_the_rebels_refers_back_to_the_group_named(parse) -> None:  # type: ignore[no-untyped-def]
    events = events_of(parse, "RSF fighters entered El Fasher on Monday. The rebels killed ten civilians there.")
    killing = next(e for e in events if e.fatalities.best == 10)
    assert killing.actor1 == "Rapid Support Forces"


def test_events_target_the_perpetrator_says_it_struck(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("On 2 March 2024, Sudanese army warplanes struck a school sheltering families in Nyala, killing 6 "
            "people. The army said it targeted a unit of Rapid Support Forces fighters hiding in the school.")
    e = events_of(parse, text)[0]
    assert e.actor2 == "Rapid Support Forces" and not e.civilian_targeting and e.fatalities.best == 6
    other = ("On 2 March 2024, Sudanese army warplanes struck a school in Nyala, killing 6 people. The army said "
             "Rapid Support Forces fighters had shelled the city the day before.")
    assert events_of(parse, other)[0].actor2 == "Civilians (Sudan)"  # what the RSF did is no stated target
    denied = ("On 2 March 2024, Sudanese army warplanes struck a school in Nyala, killing 6 people. The army said "
              "it had not targeted Rapid Support Forces fighters there.")
    assert events_of(parse, denied)[0].actor2 == "Civilians (Sudan)"


def test_events_military_targets_name_their_forces(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Late on Friday, JNIM fighters shelled a Malian command centre outside Gao.",
                    "2024-05-18")
    assert e.actor2 == "Military Forces of Mali"
    [e] = events_of(parse, "Ukrainian air defence units shot down and recovered a Russian reconnaissance UAV over "
                           "Sumy on Friday.", "2024-05-18")
    assert e.sub_event_type == "Disrupted weapons use" and e.actor2 == "Military Forces of Russia"


def test_events_civilian_targets_set_alight_or_fired_on(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Myanmar soldiers set fire to dozens of Rohingya homes in Buthidaung on Friday.",
                    "2024-05-18")
    assert e.sub_event_type == "Looting/property destruction" and e.actor2 == "Civilians (Myanmar)"
    [e] = events_of(parse, "A Sudanese army patrol boat shot at Sudanese farmers tending fields beside Kosti on "
                           "Friday.", "2024-05-18")
    assert e.actor2 == "Civilians (Sudan)"
    [e] = events_of(parse, "On Friday JNIM fighters ambushed armoured military vehicles of the Malian army near "
                           "Gao with rocket-propelled grenades.", "2024-05-18")
    assert e.actor2 is not None and not e.actor2.startswith("Civilians")  # a military vehicle is no civilian target


def test_events_explosives_as_the_means_of_a_demolition(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Russian sappers demolished a row of shops in Vovchansk on Friday, using explosives.",
                    "2024-05-18")
    assert e.sub_event_type == "Looting/property destruction"
    [e] = events_of(parse, "On Friday, Ukrainian saboteurs wrecked a Russian supply train near Tokmak with "
                           "explosives.", "2024-05-18")
    assert e.sub_event_type == "Remote explosive/landmine/IED"  # a military target: an explosive attack


def test_events_platform_as_target_and_mixed_weapons(parse) -> None:  # type: ignore[no-untyped-def]
    [e] = events_of(parse, "Al Shabaab planted a roadside bomb aimed at an AMISOM tank outside Baidoa on Friday.",
                    "2024-05-18")
    assert e.sub_event_type == "Remote explosive/landmine/IED"  # the tank is the target, not tank fire
    [e] = events_of(parse, "A Malian army tank ran over a landmine near Gao on Friday, wounding two soldiers.",
                    "2024-05-18")
    assert e.sub_event_type == "Remote explosive/landmine/IED"  # the tank is the victim of the mine
    [e] = events_of(parse, "Russian tanks shelled Vovchansk on Friday.", "2024-05-18")
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    [e] = events_of(parse, "On Friday, RSF fighters pounded army trenches near Kosti with mortars and set off "
                           "a roadside bomb.", "2024-05-18")
    assert e.sub_event_type == "Shelling/artillery/missile attack"  # a mixed attack is coded with the shelling
