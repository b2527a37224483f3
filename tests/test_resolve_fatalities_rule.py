"""The documented rule that turns claims into an event's fatalities low/best/high."""

from __future__ import annotations

from newsledger.records import Claim, Evidence
from newsledger.resolve.fatalities import event_fatalities

EV = Evidence(start=0, end=1, text="x")


def claim(cid: str, value: int | None, qualifier: str = "exact", claimant: str | None = None,
          scope: str = "incident", category: str = "killed") -> Claim:
    return Claim(id=cid, value=value, qualifier=qualifier, claimant=claimant, scope=scope,  # type: ignore[arg-type]
                 category=category, evidence=EV)  # type: ignore[arg-type]


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
