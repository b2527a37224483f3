"""Fatalities of an event (low, best, high) from the claims linked to it — the documented rule.

Only claims of category ``killed`` and scope ``incident`` count: a period toll ("400 on Tuesday alone") or a
cumulative toll ("49,000 since October 2023") never becomes an incident's fatalities.

1. When some claims name a claimant, an unattributed claim told in the same mention as one of them, or in a
   sentence without an event of its own, is set aside (an unattributed aside such as "one family reportedly
   lost 12 members" is part of, not beside, an attributed toll); an unattributed figure of a separate event
   mention ("Also, warplanes struck a house, killing 5") is the narrator's own count of another strike: it is
   added to each source's count ("killing 40, medics said. Also, ... killing 2" is 42), except to a source
   that only names victims without counting them.
2. Claims are grouped by claimant (who counted).  In a group, a claim that states a total ("total
   fatalities were 9", or a figure in a sentence without an event that is at least what was told before it:
   "... leaving 8 dead. Eight people died there.") wins; otherwise figures from different event mentions are
   added (separate strikes folded into one ACLED event: "killing 2 ... also, warplanes struck ..., leaving
   7"; a later death told on its own: "A child later died of his wounds"), and figures of one mention are
   alternatives, of which the largest is kept.
3. Across groups (different sources): ``low`` is the smallest group figure and ``high`` the largest.
   A lower bound ("at least 58", "more than 45", or victims named without a count: "the army said it killed
   the commander") does not contradict a larger figure, so ``best`` is ACLED's conservative choice, the
   smallest of the figures that are not lower bounds, and the largest when every figure is a lower bound.
4. With no counting claim but named victims killed, low = best = the number of named victims; high stays
   open.  With nothing at all, all three are None (exports write ACLED's 0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsledger.records import Claim, Fatalities
from newsledger.resolve.casualty_lexicon import casualty_lexicon

LOWER_BOUND = {"at least", "more than"}
# a figure told with a numeral or an article ("killed a man" is one); without one, the claim names or describes
# victims ("killed the unit's deputy chief")
_NUMERAL = re.compile(r"\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                      r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                      r"ninety|hundreds?|thousands?|dozens?|scores?)\b", re.IGNORECASE)
RULE = ("killed/incident claims only; per claimant: total or summing-up claim, else sum over separate mentions, "
        "else max; "
        "low=min and high=max over claimants; best=min over figures that are not lower bounds, else max; "
        "named victims when no count")


def claim_figure(claim: Claim) -> int | None:
    """The figure a claim gives; for a vague count ('several', 'dozens', 'killing people') ACLED's convention
    figure (3, 12, 100...) from data/casualty_lexicon.json."""
    if claim.value is not None:
        return claim.value
    vague = casualty_lexicon().vague.get(claim.qualifier)
    if vague is not None and len(vague) > 2:
        return vague[2]
    return claim.low


def uncounted(claim: Claim) -> bool:
    """Victims named or described without a count ('the army said it killed the unit's deputy chief')."""
    return not _NUMERAL.search(claim.evidence.text)


def lower_bound(claim: Claim) -> bool:
    """A claim that at least its figure died: 'at least 58', 'more than 45', or victims named without a count,
    which does not say no one else died."""
    return claim.qualifier in LOWER_BOUND or uncounted(claim)


def event_fatalities(claims: Sequence[Claim], mention_of: dict[str, int], totals: set[str],
                     named_killed: int = 0, asides: set[str] | frozenset[str] = frozenset(),
                     more: set[str] | frozenset[str] = frozenset()) -> Fatalities:
    """``mention_of`` maps a claim to the event mention it was told in, ``totals`` holds the claims that sum
    up, ``asides`` the claims told in a sentence without an event of its own, ``more`` the counts told as more of
    the same ("another 6 were killed"): they add to every source's count, whoever tells them."""
    counting = [c for c in claims if c.category == "killed" and c.scope == "incident" and claim_figure(c) is not None]
    attributed_in = {mention_of.get(c.id, -1) for c in counting if c.claimant}
    counting = [c for c in counting if c.claimant or not attributed_in or (
        c.id not in asides and mention_of.get(c.id, -1) not in attributed_in)]
    if not counting:
        if named_killed:
            return Fatalities(low=named_killed, best=named_killed, high=None, rule=RULE)
        return Fatalities(rule=RULE)
    groups: dict[str, list[Claim]] = {}
    for c in counting:
        groups.setdefault((c.claimant or "").lower(), []).append(c)
    extra = [c for c in counting if c.id in more]
    others = {k: [c for c in cs if c.id not in more] for k, cs in groups.items()}
    if extra and any(others.values()):  # "another 6 were killed": more dead, added to each source's count
        groups = {k: [*cs, *extra] for k, cs in others.items() if cs}
    narrator = groups.pop("", [])
    merged = False
    for members in groups.values():  # the narrator's other strikes add to each source's count of its own
        if all(uncounted(c) for c in members):
            continue  # a source that only names victims counted nothing to add to
        told = {mention_of.get(c.id, -1) for c in members}
        members.extend(c for c in narrator if mention_of.get(c.id, -1) not in told)
        merged = True
    if narrator and not merged:
        groups[""] = narrator
    figures: list[tuple[int, bool]] = []
    for members in groups.values():
        total = [c for c in members if c.id in totals]
        if total:
            figures.append((max(claim_figure(c) or 0 for c in total), all(lower_bound(c) for c in total)))
            continue
        by_mention: dict[int, list[Claim]] = {}
        for c in members:
            by_mention.setdefault(mention_of.get(c.id, -1), []).append(c)
        value = sum(max(claim_figure(c) or 0 for c in cs) for cs in by_mention.values())
        figures.append((value, all(lower_bound(c) for c in members)))
    values = [v for v, _ in figures]
    exact = [v for v, lb in figures if not lb]
    best = min(exact) if exact else max(values)  # a lower bound under an exact figure does not contradict it
    return Fatalities(low=min(values), best=best, high=max(values), rule=RULE)
