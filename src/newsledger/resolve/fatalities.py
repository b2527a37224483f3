"""Fatalities of an event (low, best, high) from the claims linked to it — the documented rule.

Only claims of category ``killed`` and scope ``incident`` count: a period toll ("400 on Tuesday alone") or a
cumulative toll ("49,000 since October 2023") never becomes an incident's fatalities.

1. If some counting claims name a claimant, claims without one are set aside (an unattributed aside such
   as "one family reportedly lost 12 members" is part of, not beside, an attributed toll).
2. Claims are grouped by claimant (who counted).  In a group, a claim that states a total ("total
   fatalities were 9", or a figure in a sentence without an event that is at least what was told before it:
   "... leaving 8 dead. Eight people died there.") wins; otherwise figures from different event mentions are
   added (separate strikes folded into one ACLED event: "killing 2 ... also, warplanes struck ..., leaving
   7"; a later death told on its own: "A child later died of his wounds"), and figures of one mention are
   alternatives, of which the largest is kept.
3. Across groups (different sources): ``low`` is the smallest group figure and ``high`` the largest.
   ``best`` is the largest when every group figure is a lower bound ("at least 58", "more than 45" both hold
   when 58 or more died), and otherwise ACLED's conservative choice, the smallest.
4. With no counting claim but named victims killed, low = best = the number of named victims; high stays
   open.  With nothing at all, all three are None (exports write ACLED's 0).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsledger.records import Claim, Fatalities
from newsledger.resolve.casualty_lexicon import casualty_lexicon

LOWER_BOUND = {"at least", "more than"}
RULE = ("killed/incident claims only; per claimant: total or summing-up claim, else sum over separate mentions, "
        "else max; "
        "low=min and high=max over claimants; best=max if all are lower bounds else min; "
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


def event_fatalities(claims: Sequence[Claim], mention_of: dict[str, int], totals: set[str],
                     named_killed: int = 0) -> Fatalities:
    counting = [c for c in claims if c.category == "killed" and c.scope == "incident" and claim_figure(c) is not None]
    if any(c.claimant for c in counting):
        counting = [c for c in counting if c.claimant]
    if not counting:
        if named_killed:
            return Fatalities(low=named_killed, best=named_killed, high=None, rule=RULE)
        return Fatalities(rule=RULE)
    groups: dict[str, list[Claim]] = {}
    for c in counting:
        groups.setdefault((c.claimant or "").lower(), []).append(c)
    figures: list[tuple[int, bool]] = []
    for members in groups.values():
        total = [c for c in members if c.id in totals]
        if total:
            figures.append((max(claim_figure(c) or 0 for c in total), all(c.qualifier in LOWER_BOUND for c in total)))
            continue
        by_mention: dict[int, list[Claim]] = {}
        for c in members:
            by_mention.setdefault(mention_of.get(c.id, -1), []).append(c)
        value = sum(max(claim_figure(c) or 0 for c in cs) for cs in by_mention.values())
        figures.append((value, all(c.qualifier in LOWER_BOUND for c in members)))
    values = [v for v, _ in figures]
    best = max(values) if all(lb for _, lb in figures) else min(values)
    return Fatalities(low=min(values), best=best, high=max(values), rule=RULE)
