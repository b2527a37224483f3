"""Casualty claims: value, qualifier, category, victims, scope, claimant and relay, on our own sentences."""

from __future__ import annotations


def claims_of(parse, text: str, published: str = "2024-05-16"):  # type: ignore[no-untyped-def]
    return parse(text, published)._.claims


def test_claims_qualifiers_and_number_words(parse) -> None:  # type: ignore[no-untyped-def]
    [c] = claims_of(parse, "At least 17 villagers were killed in the raid on Tuesday.")
    assert (c.value, c.low, c.high, c.qualifier, c.category) == (17, 17, None, "at least", "killed")
    assert c.victims == "villagers"
    [c] = claims_of(parse, "Nearly twelve people died after the boat capsized under fire.")
    assert (c.value, c.qualifier, c.high) == (12, "nearly", 12)
    [c] = claims_of(parse, "The shelling wounded more than 30 residents.")
    assert (c.value, c.low, c.category) == (30, 31, "injured")


def test_claims_categories_beyond_deaths(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen abducted 23 students from a school. Police arrested 40 people after the riot. "
            "Some 5,000 families were displaced by the fighting. Eight fishermen are still missing.")
    got = {(c.value, c.category) for c in claims_of(parse, text)}
    assert {(23, "hostages"), (40, "arrested"), (5000, "displaced"), (8, "missing")} <= got


def test_claims_skip_ages_dates_and_money(parse) -> None:  # type: ignore[no-untyped-def]
    text = "A 34-year-old farmer lost 200 dollars on 3 May 2024, when 15 percent of the harvest burned."
    assert claims_of(parse, text) == []


def test_claims_scope_cumulative_period_and_incident(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("More than 9,000 people have been killed in the region since January 2023. "
            "In the past 24 hours alone, 60 people were killed across the province. "
            "On Wednesday, a drone strike killed four people in a market.")
    claims = {c.value: c for c in claims_of(parse, text)}
    assert claims[9000].scope == "cumulative"
    assert claims[9000].period is not None and claims[9000].period.start.isoformat() == "2023-01-01"
    assert claims[60].scope == "period"
    assert claims[4].scope == "incident"


def test_claims_claimant_and_relay(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("At least 14 people were killed, according to health officials cited by Reuters. "
            "The interior ministry said 6 police officers were injured. "
            "Three more bodies were recovered, the Associated Press reported.")
    claims = {c.value: c for c in claims_of(parse, text)}
    assert claims[14].claimant == "health officials" and claims[14].relay == ["Reuters"]
    assert "interior ministry" in (claims[6].claimant or "") and claims[6].category == "injured"
    assert claims[3].claimant is None and claims[3].relay == ["Associated Press"]


def test_claims_evidence_points_at_the_text(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Rescuers said dozens of people were killed when the bridge was bombed."
    [c] = claims_of(parse, text)
    assert c.value is None and c.low == 24 and c.qualifier == "dozens"
    assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    assert "dozens" in c.evidence.text


def test_claims_part_of_the_dead_is_no_new_count(parse) -> None:  # type: ignore[no-untyped-def]
    text = ("A drone hit a minibus near Tarvel on Friday, killing six passengers. "
            "Relatives said one of the men killed was a teacher, and two of those wounded were drivers.")
    assert [(c.value, c.category) for c in claims_of(parse, text)] == [(6, "killed")]


def test_claims_bracketed_aside_attributes_only_its_own_figures(parse) -> None:  # type: ignore[no-untyped-def]
    [c] = claims_of(parse, "Shells hit the grain depot, killing 3 guards [according to the governor, the depot "
                           "also stored fuel].")
    assert c.claimant is None  # the governor spoke of the depot, not of the dead
    [c] = claims_of(parse, "Shells hit the grain depot, killing 3 guards, according to the governor.")
    assert c.claimant == "the governor"
    [c] = claims_of(parse, "Shells hit the grain depot, killing 3 guards (according to the governor).")
    assert c.claimant == "the governor"  # a bracket that only attributes attributes the figure


def test_claims_based_on_names_the_source(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Gunmen ambushed a patrol near Gao, killing 3 of the soldiers, based on a statement by the group.")
    [claim] = [c for c in doc._.claims if c.category == "killed"]
    assert claim.value == 3 and claim.claimant is not None and "statement" in claim.claimant
