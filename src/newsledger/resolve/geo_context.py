"""Choosing among gazetteer candidates by context, the way Mordecai does: the article's country focus
(countries and admin1 regions mentioned, other resolved places), nearby places, population and
feature type.  Also the feature -> ACLED ``geo_precision`` mapping.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from newsledger.records import PlaceResolution
from newsledger.resolve.gazetteer import Candidate, Gazetteer, get_gazetteer, haversine_km, normalise_name

# Feature codes and local kinds by ACLED geo_precision (1 town or site, 2 part of / near a region,
# 3 region or larger).  Documented in docs/gazetteer.md.
PRECISION_3 = frozenset({"PCLI", "CONT", "ADM1", "region", "governorate"})
PRECISION_2 = frozenset({"ADM2", "county", "corridor", "area", "humanitarian zone", "island", "coast", "sea"})
COUNTRY_LEVEL = frozenset({"PCLI", "CONT", "region", "ADM1", "governorate"})
_DASH_FORM = re.compile(r"^\s*(?P<outer>[^-–—]+?)\s+[-–—]\s+(?P<inner>.+?)\s*$")


def geo_precision(resolution: PlaceResolution | None, approximate: bool = False) -> int | None:
    """ACLED geo_precision for a resolved place: 1 town/site, 2 part of a region, 3 region or larger.
    ``approximate``: the text places the event only near the place ("east of", "outskirts of"), which
    makes a town-level place precision 2."""
    if resolution is None:
        return None
    feature = resolution.feature or ""
    if feature in PRECISION_3:
        return 3
    if feature in PRECISION_2:
        return 2
    return 2 if approximate else 1


@dataclass
class PlaceContext:
    """What the article says about where it is: country and admin1 votes, resolved points."""

    country_votes: Counter[str] = field(default_factory=Counter)
    admin1_votes: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)

    def country_share(self, code: str, own: Counter[str] | None = None) -> float:
        votes = self.country_votes - (own or Counter())
        total = sum(votes.values())
        return votes[code] / total if total else 0.0

    def admin1_share(self, key: tuple[str, str]) -> float:
        total = sum(self.admin1_votes.values())
        return self.admin1_votes[key] / total if total else 0.0


def _prior(cand: Candidate) -> float:
    score = math.log10(cand.population + 10) / 7.0
    if cand.population >= 1_000_000 and cand.feature not in COUNTRY_LEVEL:
        score += 0.8  # a world city is what a bare "Paris" or "Ottawa" usually means
    elif cand.population >= 100_000 and cand.feature not in COUNTRY_LEVEL:
        score += 0.3
    if cand.feature == "PCLI":
        score += 1.6 if cand.matched == "alternate" else 3.0  # a country's own name rarely means a town
    elif cand.feature == "CONT":
        score += 1.6
    elif cand.feature == "ADM1":
        score += 1.1
    elif cand.feature == "PPLC":
        score += 0.4
    if cand.source != "geonames":  # curated or user entries: chosen on purpose
        score += 1.5
    if cand.matched == "name":
        score += 0.8  # GeoNames alternate names hold odd entries ("Liverpool" for Washington)
    elif cand.matched == "skeleton":
        score -= 0.6
    return score


def score_candidate(cand: Candidate, context: PlaceContext | None, own: Counter[str] | None = None) -> float:
    """Context score of one candidate (see :func:`best_candidate`)."""
    return _Scorer(context, own).score(cand)


class _Scorer:
    """Scores candidates of one name in one context; shares are computed once per name."""

    def __init__(self, context: PlaceContext | None, own: Counter[str] | None) -> None:
        self.context = context
        if context is None:
            return
        votes = context.country_votes - own if own else context.country_votes
        total = sum(votes.values())
        self.country_share = {code: n / total for code, n in votes.items()} if total else {}
        admin_total = sum(context.admin1_votes.values())
        self.admin1_share = ({key: n / admin_total for key, n in context.admin1_votes.items()}
                             if admin_total else {})
        self.points = list(set(context.points))

    def score(self, cand: Candidate) -> float:
        score = _prior(cand)
        if self.context is None:
            return score
        if cand.country_code:
            score += 2.0 * self.country_share.get(cand.country_code, 0.0)
        if cand.feature not in COUNTRY_LEVEL and cand.admin1_code:
            score += 1.5 * self.admin1_share.get((cand.country_code, cand.admin1_code), 0.0)
        if cand.feature not in COUNTRY_LEVEL and self.points:
            lat0, lon0 = cand.latitude, cand.longitude
            # only points in a box around the candidate can be within 200 km: skip the trigonometry for the rest
            close = [(lat, lon) for lat, lon in self.points if abs(lat - lat0) < 2.0 and abs(lon - lon0) < 6.0]
            nearest = min((haversine_km(lat0, lon0, lat, lon) for lat, lon in close), default=float("inf"))
            if nearest < 50:
                score += 0.8
            elif nearest < 200:
                score += 0.4
        return score


def best_candidate(candidates: tuple[Candidate, ...], context: PlaceContext | None = None,
                   own: Counter[str] | None = None) -> Candidate | None:
    """The candidate with the best score: prior (population, feature, curated, exact name) plus the
    share of the article's votes for its country and admin1, plus nearness to the article's places."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    capitals = {c.country_code for c in candidates if c.feature == "PPLC"}
    scorer = _Scorer(context, own)

    def score(cand: Candidate) -> float:
        value = scorer.score(cand)
        if cand.feature == "ADM1" and cand.country_code in capitals:
            value -= 1.5  # "Washington": the capital, not the region of the same name
        return value

    return max(candidates, key=score)


def to_resolution(cand: Candidate, gazetteer: Gazetteer | None = None) -> PlaceResolution:
    gaz = gazetteer or get_gazetteer()
    country = gaz.country_name(cand.country_code) if cand.country_code else None
    return PlaceResolution(name=cand.name, country=country, country_code=cand.country_code or None,
                           admin1=cand.admin1 or None, latitude=round(cand.latitude, 5),
                           longitude=round(cand.longitude, 5), feature=cand.feature, source=cand.source,
                           source_id=cand.source_id, population=cand.population or None)


def lookup(name: str, gazetteer: Gazetteer | None = None) -> tuple[Candidate, ...]:
    """Candidates for a place name, trying the "City - Neighbourhood" form's inner name first."""
    gaz = gazetteer or get_gazetteer()
    match = _DASH_FORM.match(name)
    if match:
        inner = gaz.candidates(match.group("inner"))
        if inner:
            return inner
    iso = gaz.demonym_country(name)
    if iso:  # "Syrian" is Syria, not a town whose name looks like it
        country = tuple(c for c in gaz.candidates(gaz.country_name(iso) or iso) if c.feature == "PCLI")
        if country:
            return country
    cands = gaz.candidates(name)
    if not cands:
        stripped = re.sub(r"^(?:the|The)\s+", "", name).strip()
        stripped = re.sub(r"['’]s$", "", stripped)
        if stripped != name:
            cands = gaz.candidates(stripped)
    return cands


def resolve_place(name: str, context: PlaceContext | None = None,
                  gazetteer: Gazetteer | None = None) -> PlaceResolution | None:
    """Resolve one place name (e.g. for an event's location) in an article's context; None when the
    gazetteer has no entry for it."""
    gaz = gazetteer or get_gazetteer()
    cand = best_candidate(lookup(name, gaz), context)
    return to_resolution(cand, gaz) if cand else None


def context_from_names(names: list[str], extra_countries: list[str] | None = None,
                       gazetteer: Gazetteer | None = None) -> PlaceContext:
    """Build an article's context from its place names (and country codes of demonyms, which count
    half), by a first, context-free resolution of each name."""
    gaz = gazetteer or get_gazetteer()
    context = PlaceContext()
    for code in extra_countries or []:
        context.country_votes[code] += 0.5  # type: ignore[assignment]
    for name in names:
        cand = best_candidate(lookup(name, gaz))
        if cand is None:
            continue
        _vote(context, cand)
    return context


def _vote(context: PlaceContext, cand: Candidate) -> None:
    if cand.country_code:
        context.country_votes[cand.country_code] += 1
    if cand.feature == "ADM1" or (cand.admin1_code and cand.feature not in COUNTRY_LEVEL):
        context.admin1_votes[(cand.country_code, cand.admin1_code)] += 1
    if cand.feature not in COUNTRY_LEVEL:
        context.points.append((cand.latitude, cand.longitude))


def resolve_names(names: list[str], extra_countries: list[str] | None = None,
                  gazetteer: Gazetteer | None = None) -> list[Candidate | None]:
    """Resolve every name of one article together: a context-free pass gives the article's country
    focus; each name is then chosen in the context of the *other* names' choices (all repetitions of
    the name itself left out: a name does not vote for itself), twice."""
    gaz = gazetteer or get_gazetteer()
    cand_lists = [lookup(n, gaz) for n in names]
    keys = [normalise_name(n) for n in names]
    chosen = [best_candidate(c) for c in cand_lists]
    for _ in range(2):
        contexts = {key: _context_without(key, keys, chosen, extra_countries) for key in set(keys)}
        chosen = [best_candidate(cands, contexts[key]) for cands, key in zip(cand_lists, keys, strict=True)]
    return chosen


def _context_without(key: str, keys: list[str], chosen: list[Candidate | None],
                     extra_countries: list[str] | None) -> PlaceContext:
    context = PlaceContext()
    for code in extra_countries or []:
        context.country_votes[code] += 0.5  # type: ignore[assignment]
    for other_key, cand in zip(keys, chosen, strict=True):
        if cand is not None and other_key != key:
            _vote(context, cand)
    return context
