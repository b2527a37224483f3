"""The documented rule that turns claims into an event's fatalities low/best/high."""

from __future__ import annotations

from newsledger.records import Claim, Evidence
from newsledger.resolve.fatalities import event_fatalities

EV = Evidence(start=0, end=1, text="x")


def claim(cid: str, value: int | None, qualifier: str = "exact", claimant: str | None = None,
          scope: str = "incident", category: str = "killed", words: str | None = None) -> Claim:
    told = Evidence(start=0, end=1, text=words or f"{value} people {category}")
    return Claim(id=cid, value=value, qualifier=qualifier, claimant=claimant, scope=scope,  # type: ignore[arg-type]
                 category=category, evidence=told)  # type: ignore[arg-type]


def test_fatalities_conflicting_sources_stay_a_range() -> None:
    f = event_fatalities([claim("c1", 58, "at least", "hospital"), claim("c2", 45, "more than", "medics")], {}, set())
    assert (f.low, f.best, f.high) == (45, 58, 58)  # both lower bounds: 58 or more satisfies both
    g = event_fatalities([claim("c1", 5, claimant="police"), claim("c2", 7, claimant="residents")], {}, set())
    assert (g.low, g.best, g.high) == (5, 5, 7)  # exact figures disagree: ACLED's conservative choice


def test_fatalities_ignore_cumulative_period_and_other_categories() -> None:
    claims = [claim("c1", 3), claim("c2", 40000, scope="cumulative"), claim("c3", 400, scope="period"),
              claim("c4", 9, category="injured")]
    f = event_fatalities(claims, {}, set())
    assert (f.low, f.best, f.high) == (3, 3, 3)


def test_fatalities_sum_separate_strikes_unless_total_given() -> None:
    claims = [claim("c1", 2), claim("c2", 7)]
    assert event_fatalities(claims, {"c1": 0, "c2": 1}, set()).best == 9
    assert event_fatalities(claims + [claim("c3", 8)], {"c1": 0, "c2": 1, "c3": 2}, {"c3"}).best == 8
    assert event_fatalities(claims, {"c1": 0, "c2": 0}, set()).best == 7  # one mention: alternatives


def test_fatalities_unattributed_aside_and_vague_and_named_victims() -> None:
    f = event_fatalities([claim("c1", 30, "at least", "ministry"), claim("c2", 12)], {}, set())
    assert f.best == 30 and f.low == 30
    vague = Claim(id="c1", value=None, low=2, qualifier="unspecified", evidence=EV, category="killed")
    assert event_fatalities([vague], {}, set()).best == 3  # ACLED's convention for "killing people"
    assert event_fatalities([], {}, set(), named_killed=2).best == 2
    assert event_fatalities([], {}, set()).best is None


def test_fatalities_unattributed_figure_of_another_strike_stays_beside_an_attributed_one() -> None:
    claims = [claim("c1", 40, claimant="medics"), claim("c2", 2)]
    f = event_fatalities(claims, {"c1": 0, "c2": 1}, set())
    assert (f.low, f.best, f.high) == (42, 42, 42)  # the narrator's other strike adds to the medics' count
    two = [claim("c1", 40, claimant="medics"), claim("c3", 35, claimant="the army"), claim("c2", 2)]
    g = event_fatalities(two, {"c1": 0, "c3": 0, "c2": 1}, set())
    assert (g.low, g.best, g.high) == (37, 37, 42)  # to each source's count; they still disagree
    same = event_fatalities([claim("c1", 9, claimant="medics"), claim("c2", 3)], {"c1": 0, "c2": 0}, set())
    assert (same.low, same.best, same.high) == (9, 9, 9)  # an unattributed aside of the same mention
    aside = event_fatalities([claim("c1", 9, claimant="medics"), claim("c2", 3)], {"c1": 0, "c2": 1}, set(),
                             asides={"c2"})
    assert (aside.low, aside.best, aside.high) == (9, 9, 9)  # told in a sentence without an event of its own


def test_fatalities_victims_named_without_a_count_are_a_lower_bound() -> None:
    commander = claim("c3", 1, claimant="the army", words="killed the unit's deputy chief")
    medics = claim("c1", 9, claimant="medics")
    f = event_fatalities([medics, commander], {"c1": 0, "c3": 0}, set())
    assert (f.low, f.best, f.high) == (1, 9, 9)  # naming a victim does not say no one else died
    one = claim("c4", 1, claimant="the army", words="killed one fighter")
    assert event_fatalities([medics, one], {"c1": 0, "c4": 0}, set()).best == 1  # a count that disagrees
    a_man = claim("c5", 1, claimant="witnesses", words="killed a man")
    assert event_fatalities([medics, a_man], {"c1": 0, "c5": 0}, set()).best == 1  # "a man" is one, exactly


def test_fatalities_a_source_that_only_names_a_victim_does_not_take_the_narrators_count() -> None:
    chief = claim("c3", 1, claimant="the army", words="killed the unit's deputy chief")
    f = event_fatalities([claim("c1", 4), claim("c2", 6), chief], {"c1": 0, "c2": 1, "c3": 2}, set())
    assert (f.low, f.best, f.high) == (1, 10, 10)  # the narrator's 4 + 6; the named victim is a lower bound
