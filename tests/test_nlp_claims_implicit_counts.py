"""Casualty counts the text gives without a plain number: a single person, a pronoun, shared objects,
'the death of N', a toll after its noun and phrases the parse misreads — on our own sentences."""

from __future__ import annotations


def killed(parse, text: str) -> list[tuple[int | None, str]]:  # type: ignore[no-untyped-def]
    return [(c.value, c.qualifier) for c in parse(text, "2024-05-16")._.claims if c.category == "killed"]


def test_claims_a_single_person_killed(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "A drone hit a tent near the beach, killing a Sudanese and wounding two others.") == [
        (1, "exact")]
    assert killed(parse, "Soldiers opened fire at a farmer near the fence, killing him.") == [(1, "exact")]
    assert killed(parse, "A sniper shot dead a man near the crossing on Monday.") == [(1, "exact")]


def test_claims_killing_and_injuring_share_their_object(parse) -> None:  # type: ignore[no-untyped-def]
    parse_doc = parse("Jets bombed a school in the north, killing and injuring several people.", "2024-05-16")
    got = {(c.category, c.qualifier) for c in parse_doc._.claims}
    assert got == {("killed", "several"), ("injured", "several")}


def test_claims_death_of_and_partitive_counts(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "The blast at the depot resulted in the death of 14 workers.") == [(14, "exact")]
    assert killed(parse, "Gunmen stopped a bus of pilgrims on the road, killing 6 of them.") == [(6, "exact")]


def test_claims_toll_after_its_noun_is_one_count(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Shells fell on two villages overnight. Total fatalities 9.") == [(9, "exact")]
    assert killed(parse, "The army confirmed the raid. The confirmed fatalities were 4.") == [(4, "exact")]


def test_claims_no_count_without_casualties(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "A sniper shot at a man near the crossing but missed him.") == []
    assert killed(parse, "The death of the peace talks was announced by 3 envoys.") == []


def test_claims_single_victim_where_the_parse_attaches_it_elsewhere(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Gunboats shelled a beach north of the port, killing a fisherman and hurting others.") == [
        (1, "exact")]
    assert killed(parse, "Troops killed a Palestinian southwest of the city on Friday.") == [(1, "exact")]
    assert killed(parse, "Among those killed a nurse was named by the hospital.") == []


def test_claims_no_count_under_negation_threats_or_modals(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Militants vowed to kill him before dawn.") == []
    assert killed(parse, "Gunmen threatened to kill a guard at the gate.") == []
    assert killed(parse, "The patrol did not kill a civilian, the army said.") == []
    assert killed(parse, "Rebels threatened to kill 5 hostages held in the village.") == []


def test_claims_part_of_a_count_is_not_a_new_count(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Jets struck a market in the north on Monday, killing 6 people. Two of the dead were "
                         "children.") == [(6, "exact")]


def test_claims_coordinated_people_add_up(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Shells fell on a farm, killing a shepherd and his 3 sons and wounding a neighbour.") == [
        (4, "exact")]
    assert killed(parse, "Gunmen killed a teacher and his wife near the market.") == [(2, "exact")]


def test_claims_state_word_after_the_number_is_what_is_counted(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("A rocket hit a bus station, resulting in eleven dead and many injuries.", "2024-05-16")
    assert [(c.category, c.value) for c in doc._.claims if c.value is not None] == [("killed", 11)]


def test_claims_coordinated_casualty_nouns_each_count(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("A shell landed near the well, leaving deaths and injuries among the herders.", "2024-05-16")
    assert {(c.category, c.qualifier) for c in doc._.claims} == {("injured", "unspecified"),
                                                                 ("killed", "unspecified")}


def test_claims_one_named_by_role_or_kin(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "A drone strike killed the militia's commander near the river.") == [(1, "exact")]
    assert killed(parse, "Gunmen killed his brother outside the mosque.") == [(1, "exact")]
    assert killed(parse, "The blast near the bridge led to the death of a Ukrainian.") == [(1, "exact")]


def test_claims_plural_conjunct_without_number_is_a_lower_bound(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Gunmen killed a farmer and his sons near the well on Monday.", "2024-05-16")
    assert [(c.value, c.low, c.qualifier) for c in doc._.claims if c.category == "killed"] == [(None, 3, "at least")]
    [e] = doc._.events
    assert e.fatalities.best == 3


def test_claims_a_range_is_one_count_between_its_figures(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Twenty-five were killed and seven-eight wounded when shells hit the depot.", "2024-05-16")
    got = sorted((c.category, c.low, c.high, c.qualifier) for c in doc._.claims)
    assert got == [("injured", 7, 8, "between"), ("killed", 25, 25, "exact")]
    assert [(c.value, c.category) for c in parse("The score was 5-3.", "2024-05-16")._.claims] == []


def test_claims_the_dead_told_again_are_not_counted_again(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Two guards were killed in a raid on the depot. The army said the two men killed "
                         "were armed.") == [(2, "exact")]
    assert killed(parse, "Gunmen killed four farmers near the well. Their bodies were found at dawn.") == [(4, "exact")]
    # a new count after "the" is still a count: the figures differ
    assert killed(parse, "Two guards were killed on Monday. The 5 men killed on Tuesday were farmers.") == [
        (2, "exact"), (5, "exact")]


def test_claims_who_shot_is_not_counted_among_the_dead(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Gunmen shot dead 3 herders near the river on Monday.") == [(3, "exact")]
    assert killed(parse, "Civilians died when shells hit the market.") == [(None, "unspecified")]


def test_claims_the_harmed_subject_and_a_new_count_after_the(parse) -> None:  # type: ignore[no-untyped-def]
    assert killed(parse, "Gunmen stormed the village. Several villagers lost their lives.") == [(None, "several")]
    assert killed(parse, "Gunmen killed two farmers on Monday. On Wednesday they returned and killed the two sons "
                         "of the village chief.") == [(2, "exact"), (2, "exact")]
