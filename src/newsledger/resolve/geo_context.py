"""Choosing among gazetteer candidates by context, the way Mordecai does: the article's country and
admin1 focus (each distinct place mentioned votes once), nearness to the other resolved places, the
other names' senses nearby, population and feature type, and an admin1 qualifier right after a town
("Jasper, Ala.").  One scoring function, documented in docs/gazetteer.md.  Also the feature -> ACLED
``geo_precision`` mapping.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsledger.records import PlaceResolution
from newsledger.resolve.gazetteer import (
    Candidate,
    Gazetteer,
    get_gazetteer,
    haversine_km,
    normalise_name,
)
from newsledger.resolve.gazetteer_index import SUBDIVISION_SOURCE
from newsledger.resolve.geo_names import demonym_place, known_part, names_landform
from newsledger.resolve.geo_names import name_part_words as name_part_words  # re-exported for the finders

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
    # country -> how many of the places are first-order divisions of it ("Ohio, Texas and Georgia")
    division_votes: Counter[str] = field(default_factory=Counter)

    def country_share(self, code: str, own: Counter[str] | None = None) -> float:
        votes = self.country_votes - (own or Counter())
        total = sum(votes.values())
        return votes[code] / total if total else 0.0

    def admin1_share(self, key: tuple[str, str]) -> float:
        total = sum(self.admin1_votes.values())
        return self.admin1_votes[key] / total if total else 0.0


# Weights of the context terms of :meth:`_Scorer.score` (documented in docs/gazetteer.md).
COUNTRY_WEIGHT = 2.0      # x share of the other mentions' votes for the candidate's country
ADMIN1_WEIGHT = 1.5       # x share of their votes for its admin1 region
NEAR_BONUS = ((50.0, 0.8), (200.0, 0.4))  # (km to the nearest other place, bonus)
COUNTRY_NAME_BONUS = 3.0  # prior of a country named by its own name: it rarely means a town
DIVISION_LIST_WEIGHT = 1.5  # x share of the other places that are first-order divisions of its country
SUPPORT_KM, SUPPORT_WEIGHT, SUPPORT_CAP = 50.0, 0.3, 3  # other names with a sense this close
SEAT_SHARE = 0.1          # a division's namesake town with this share of its people is its seat (see seat_town)
_ABBREVIATION = re.compile(r"^[A-Z]{2,3}$")
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$|^\s*\(\s*$")  # "Jasper, Ala." / "Jasper (Georgia)"
GUESSED_MATCHES = frozenset({"part", "skeleton"})  # senses that stand only in the article's countries


def _prior(cand: Candidate) -> float:
    """Context-free plausibility: population, feature type, curated entry, exact-name match.  A
    worldwide subdivision's population is the sum of its towns': it counts one tenth."""
    population = cand.population // 10 if cand.source == SUBDIVISION_SOURCE else cand.population
    score = math.log10(population + 10) / 7.0
    if cand.population >= 1_000_000 and cand.feature not in COUNTRY_LEVEL:
        score += 0.8  # a world city is what a bare "Paris" or "Ottawa" usually means
    elif cand.population >= 100_000 and cand.feature not in COUNTRY_LEVEL:
        score += 0.3
    if cand.feature == "PCLI":
        score += 1.6 if cand.matched == "alternate" else COUNTRY_NAME_BONUS  # a country's name rarely means a town
    elif cand.feature == "CONT":
        score += 1.6
    elif cand.feature == "ADM1":
        score += 0.3 if cand.source == SUBDIVISION_SOURCE else 1.1  # curated regions and US states: 1.1
    elif cand.feature == "ADM2" and cand.matched != "name":
        score -= 0.3  # a bare "Jasper" is the town more often than Jasper County
    elif cand.feature == "PPLC":
        score += 0.4
    if cand.source not in ("geonames", SUBDIVISION_SOURCE):
        score += 1.5  # curated or user entries: chosen on purpose
    if cand.matched == "name":
        score += 0.8  # GeoNames alternate names hold odd entries ("Liverpool" for Washington)
    elif cand.matched == "skeleton":
        score -= 0.6
    return score


def score_candidate(cand: Candidate, context: PlaceContext | None, own: Counter[str] | None = None) -> float:
    """Context score of one candidate (see :func:`best_candidate`)."""
    return _Scorer(context, own).score(cand)


class _Scorer:
    """Scores candidates of one name in one context; shares are computed once per name.

    score = prior + COUNTRY_WEIGHT x country share + ADMIN1_WEIGHT x admin1 share (towns and
    districts only) + a bonus by the distance to the nearest other place of the article (NEAR_BONUS)
    + :meth:`division_bonus` (first-order divisions named by their main name only).
    """

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
        self.division_share = {code: n / total for code, n in context.division_votes.items()} if total else {}

    def division_bonus(self, cand: Candidate) -> float:
        """Among states, "Georgia" is the state, not the country: DIVISION_LIST_WEIGHT x the share of
        the other places that are first-order divisions of the candidate's country."""
        if self.context is None or cand.feature != "ADM1" or cand.matched != "name":
            return 0.0
        return DIVISION_LIST_WEIGHT * min(1.0, self.division_share.get(cand.country_code, 0.0))

    def score(self, cand: Candidate) -> float:
        score = _prior(cand)
        if self.context is None:
            return score
        if cand.country_code:
            score += COUNTRY_WEIGHT * self.country_share.get(cand.country_code, 0.0)
        score += self.division_bonus(cand)
        if cand.feature not in COUNTRY_LEVEL and cand.admin1_code:
            score += ADMIN1_WEIGHT * self.admin1_share.get((cand.country_code, cand.admin1_code), 0.0)
        if cand.feature not in COUNTRY_LEVEL and self.points:
            lat0, lon0 = cand.latitude, cand.longitude
            # only points in a box around the candidate can be near it: skip the trigonometry for the rest
            close = [(lat, lon) for lat, lon in self.points if abs(lat - lat0) < 4.0 and abs(lon - lon0) < 10.0]
            nearest = min((haversine_km(lat0, lon0, lat, lon) for lat, lon in close), default=float("inf"))
            score += next((bonus for km, bonus in NEAR_BONUS if nearest < km), 0.0)
        return score


def best_candidate(candidates: tuple[Candidate, ...], context: PlaceContext | None = None,
                   own: Counter[str] | None = None, support: dict[Candidate, int] | None = None) -> Candidate | None:
    """The candidate with the best score: prior (population, feature, curated, exact name) plus the
    share of the article's votes for its country and admin1, plus nearness to the article's places,
    plus SUPPORT_WEIGHT for each other name of the article (up to SUPPORT_CAP) that has some sense
    within SUPPORT_KM of it (``support``, see :func:`_support`)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    capitals = {c.country_code for c in candidates if c.feature == "PPLC"}
    towns: dict[tuple[str, str], int] = {}
    for c in candidates:
        if c.feature.startswith("PPL") and c.matched == "name":
            key = (c.country_code, c.admin1_code)
            towns[key] = max(towns.get(key, 0), c.population)
    # a town that is a seat or of some size, not a village that shares the name ("Zaporizhzhia", 656 people)
    seats = {key for key, population in towns.items() if population >= 20_000} | {
        (c.country_code, c.admin1_code) for c in candidates
        if c.feature in ("PPLA", "PPLA2", "PPLC") and c.matched == "name"}
    namesake_cities = {key for key, population in towns.items() if population >= 100_000}
    scorer = _Scorer(context, own)

    def score(cand: Candidate) -> float:
        value = scorer.score(cand)
        if support:
            value += SUPPORT_WEIGHT * min(support.get(cand, 0), SUPPORT_CAP)
        key = (cand.country_code, cand.admin1_code)
        if cand.feature == "ADM1" and cand.matched != "name" and key in seats:
            value -= 10.0  # "Kherson": the town, whatever its size; the region is "Kherson region" ("… oblast")
        elif cand.feature == "ADM1" and (cand.country_code in capitals or key in namesake_cities):
            # "Washington", "Aleppo": the capital or city, not the region of the same name, even among
            # states (a list of states does not overturn the capital)
            value -= 1.5 + scorer.division_bonus(cand)
        return value

    return max(candidates, key=score)


def seat_town(region: Candidate, candidates: tuple[Candidate, ...]) -> Candidate | None:
    """The town of a first-order division's main name inside it that holds SEAT_SHARE or more of the
    division's recorded people (its seat, in all likelihood: Kidal in Kidal Region, Gao, Diffa, Magway),
    or None: not for a division of no recorded people, nor for a village or small town that merely
    shares a large region's name (Goiás).  Such a bare name stays the region unless the text gives a
    cue of the town (:mod:`newsledger.nlp.place_divisions`): region populations are often the sum of
    the listed towns', too low for the share alone to tell which is meant."""
    if region.feature != "ADM1" or region.matched != "name" or region.population <= 0:
        return None
    towns = [c for c in candidates if c.feature.startswith("PPL") and c.matched == "name"
             and (c.country_code, c.admin1_code) == (region.country_code, region.admin1_code)
             and c.population >= SEAT_SHARE * region.population]
    return max(towns, key=lambda c: c.population, default=None)


def to_resolution(cand: Candidate, gazetteer: Gazetteer | None = None) -> PlaceResolution:
    gaz = gazetteer or get_gazetteer()
    country = gaz.country_name(cand.country_code) if cand.country_code else None
    return PlaceResolution(name=cand.name, country=country, country_code=cand.country_code or None,
                           admin1=gaz.admin1_name(cand.country_code, cand.admin1_code) or cand.admin1 or None,
                           latitude=round(cand.latitude, 5),
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
    region = gaz.demonym_region(name)
    if region:  # "European" is Europe
        regions = tuple(c for c in gaz.candidates(region) if c.feature in ("CONT", "region")
                        or (c.feature == "ADM1" and c.matched == "name"))  # "English": England
        if regions:
            return regions
    cands = gaz.candidates(name)
    if cands and names_landform(name):  # "Red River" is the river, not Red River County by its short alias
        cands = tuple(c for c in cands if c.matched == "name" or c.source not in ("geonames", SUBDIVISION_SOURCE))
    if _ABBREVIATION.match(name):  # "EU" is the European Union, not the town of Eu
        kept = tuple(c for c in cands if c.matched != "name" or c.name == name)
        cands = kept or cands
    if not cands:
        stripped = re.sub(r"^(?:the|The)\s+", "", name).strip()
        stripped = re.sub(r"['’]s$", "", stripped)
        if stripped != name:
            cands = gaz.candidates(stripped)
    if not cands:
        cands = demonym_place(name, gaz) or known_part(name, gaz)
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
    if cand.feature == "ADM1" and cand.country_code:
        context.division_votes[cand.country_code] += 1
    if cand.feature == "ADM1" or (cand.admin1_code and cand.feature not in COUNTRY_LEVEL):
        context.admin1_votes[(cand.country_code, cand.admin1_code)] += 1
    if cand.feature not in COUNTRY_LEVEL:
        context.points.append((cand.latitude, cand.longitude))


def resolve_names(names: list[str], extra_countries: list[str] | None = None,
                  gazetteer: Gazetteer | None = None, text: str | None = None,
                  spans: list[tuple[int, int]] | None = None) -> list[Candidate | None]:
    """Resolve every name of one article together: a context-free pass gives the article's country
    focus; each name is then chosen in the context of the *other* names' choices (all repetitions of
    the name itself left out: a name does not vote for itself), twice.

    With the article ``text`` and the names' ``spans``, a name followed by ", <region>" ("Jasper,
    Ala.", "Jasper, Ga.", "Toledo, Spain", "Queensland, Australia") keeps only the candidates inside
    that region (and the region only its senses that contain such a candidate), when there are any."""
    gaz = gazetteer or get_gazetteer()
    cand_lists = [lookup(n, gaz) for n in names]
    if text is not None and spans is not None:
        _apply_qualifiers(cand_lists, text, spans)
    keys = [normalise_name(n) for n in names]
    support = _support(cand_lists, keys)
    # a name repeated with the same candidates is scored once per pass
    distinct = {(key, id(cands)): cands for cands, key in zip(cand_lists, keys, strict=True)}
    best = {ident: best_candidate(cands) for ident, cands in distinct.items()}
    chosen = [best[(key, id(cands))] for cands, key in zip(cand_lists, keys, strict=True)]
    for _ in range(2):
        contexts = _contexts_without(keys, chosen, extra_countries)
        best = {ident: best_candidate(cands, contexts[ident[0]], support=support)
                for ident, cands in distinct.items()}
        chosen = [best[(key, id(cands))] for cands, key in zip(cand_lists, keys, strict=True)]
    # a sense guessed from part of a name or from a similar spelling stands only in a country the
    # article's other places are in
    return [None if c is not None and c.matched in GUESSED_MATCHES and contexts[key].country_votes
            and not contexts[key].country_votes.get(c.country_code) else c
            for c, key in zip(chosen, keys, strict=True)]


def _support(cand_lists: list[tuple[Candidate, ...]], keys: list[str]) -> dict[Candidate, int]:
    """For each town-level candidate, how many *other* names of the article have a town-level sense
    within SUPPORT_KM: "Bethlehem", "Allentown" and "Easton" together point to the senses that lie
    near each other (Pennsylvania).  Points are bucketed in one-degree cells to keep this linear."""
    cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for cands, key in zip(cand_lists, keys, strict=True):
        for cand in cands:
            if cand.feature not in COUNTRY_LEVEL and cand.matched != "part":  # a guess gives no support
                cells[(math.floor(cand.latitude), math.floor(cand.longitude))].append(
                    (cand.latitude, cand.longitude, key))
    support: dict[Candidate, int] = {}
    for cands, key in zip(cand_lists, keys, strict=True):
        for cand in cands:
            if cand.feature in COUNTRY_LEVEL or cand in support:
                continue
            cy, cx = math.floor(cand.latitude), math.floor(cand.longitude)
            near = {other for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    for lat, lon, other in cells.get((cy + dy, cx + dx), ())
                    if other != key and haversine_km(cand.latitude, cand.longitude, lat, lon) < SUPPORT_KM}
            support[cand] = len(near)
    return support


def _within(cand: Candidate, region: Candidate) -> bool:
    if region.feature == "PCLI":
        return cand.country_code == region.country_code
    return (cand.country_code, cand.admin1_code) == (region.country_code, region.admin1_code)


def _apply_qualifiers(cand_lists: list[tuple[Candidate, ...]], text: str, spans: list[tuple[int, int]]) -> None:
    """Narrow "Town, Region" pairs in place (see :func:`resolve_names`); ``spans`` in any order."""
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    for i, j in zip(order, order[1:], strict=False):
        (_, end), (start, _) = spans[i], spans[j]
        if start < end or not _QUALIFIER_GAP.match(text[end:start]):
            continue
        first = cand_lists[i]
        if any(c.feature in ("PCLI", "CONT") and c.matched == "name" for c in first):
            continue  # "China, Japan and Korea": a list, not a qualifier
        # "Alabama, Georgia" is a list; "Queensland, Australia" a region qualified by its country
        region_first = any(c.feature in COUNTRY_LEVEL and c.matched == "name" for c in first)
        regions = [r for r in cand_lists[j] if r.feature == "PCLI" or (r.feature == "ADM1" and not region_first)]
        inner = [c for c in first if c.feature not in ("PCLI", "CONT")]
        pairs = [(c, r) for c in inner for r in regions if c != r and _within(c, r)]
        if pairs:
            cand_lists[i] = tuple(dict.fromkeys(c for c, _ in pairs))
            cand_lists[j] = tuple(dict.fromkeys(r for _, r in pairs))


def _contexts_without(keys: list[str], chosen: list[Candidate | None],
                      extra_countries: list[str] | None) -> dict[str, PlaceContext]:
    """For each distinct name, the article's context without that name's own votes: each distinct
    place votes once per name, however often it is named (the votes of all names, less the name's)."""
    own: dict[str, PlaceContext] = defaultdict(PlaceContext)
    seen: set[tuple[str, int]] = set()
    for key, cand in zip(keys, chosen, strict=True):
        if cand is not None and cand.matched != "part" and (key, id(cand)) not in seen:
            seen.add((key, id(cand)))
            _vote(own[key], cand)
    total = PlaceContext()
    for code in extra_countries or []:
        total.country_votes[code] += 0.5  # type: ignore[assignment]
    for part in own.values():
        total.country_votes.update(part.country_votes)
        total.admin1_votes.update(part.admin1_votes)
        total.division_votes.update(part.division_votes)
        total.points.extend(part.points)
    out: dict[str, PlaceContext] = {}
    all_points = Counter(total.points)  # counted once, not once per name
    for key in set(keys):
        mine = own.get(key)
        out[key] = total if mine is None else PlaceContext(
            country_votes=total.country_votes - mine.country_votes,
            admin1_votes=total.admin1_votes - mine.admin1_votes,
            division_votes=total.division_votes - mine.division_votes,
            points=list((all_points - Counter(mine.points)).elements()))
    return out
