"""Canonical actor names in ACLED's neutral style, from alias tables kept as data.

``data/actors.tsv`` maps mentions ("IDF", "Israeli warplanes", "the IOF", "Qassam Brigades") to canonical ACLED
names ("Military Forces of Israel", "Hamas Movement"); ``data/demonyms.tsv`` and ``data/actor_nouns.json`` turn
"<country adjective> <force noun>" into "Military Forces of <Country>", "Police Forces of <Country>",
"Civilians (<Country>)" or "Protesters (<Country>)".  Users extend the alias table with files of the same format
(``NEWSLEDGER_ACTOR_ALIASES``); a malformed line is reported with its file and line number.

Period suffixes such as " (2022-)" are not produced: they depend on the government of the day.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import product
from pathlib import Path

from newsledger.errors import DataFileError
from newsledger.resolve.gazetteer import read_pairs_file
from newsledger.settings import get_settings

KINDS = {"state", "police", "rebel", "militia", "political_militia", "political", "civilians", "protesters",
         "external", "armed"}
PERIOD_SUFFIX = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)")


@dataclass(frozen=True)
class ActorEntry:
    alias: str
    canonical: str
    kind: str
    country: str | None


def strip_period(name: str | None) -> str | None:
    """'Military Forces of Israel (2022-)' -> 'Military Forces of Israel' (also inside longer names)."""
    if name is None:
        return None
    return " ".join(PERIOD_SUFFIX.sub("", name).split())


def _data_path(name: str) -> Path:
    return Path(str(resources.files("newsledger") / "data" / name))


def read_alias_file(path: Path) -> list[ActorEntry]:
    entries: list[ActorEntry] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.rstrip("\n").split("\t")]
            if len(parts) < 3 or not parts[0] or not parts[1]:
                raise DataFileError(
                    f"{path}, line {n}: expected 'alias<TAB>canonical<TAB>kind[<TAB>country]', got {line.strip()!r}",
                    hint="separate the columns with tab characters",
                )
            kind = parts[2].lower()
            if kind not in KINDS:
                raise DataFileError(f"{path}, line {n}: unknown actor kind {parts[2]!r}; use one of {sorted(KINDS)}")
            country = parts[3] if len(parts) > 3 and parts[3] else None
            entries.append(ActorEntry(parts[0].lower(), parts[1], kind, country))
    return entries


def read_demonyms(path: Path) -> dict[str, str]:
    return {k.lower(): v for k, v in read_pairs_file(path, "demonym<TAB>country").items()}


@dataclass(frozen=True)
class ActorLexicon:
    aliases: dict[str, ActorEntry]
    demonyms: dict[str, str]
    nouns: dict[str, frozenset[str]]

    def country_of_demonym(self, word: str) -> str | None:
        w = word.lower().replace("’", "'")
        if w in self.demonyms:
            return self.demonyms[w]
        if w.endswith("'s") and w[:-2] in self.demonyms:
            return self.demonyms[w[:-2]]
        if w.endswith("s") and w[:-1] in self.demonyms:  # "Palestinians", "Israelis"
            return self.demonyms[w[:-1]]
        return self.countries.get(w.removesuffix("'s"))  # "Ukraine's air force", "Sudan army"

    @cached_property
    def demonym_forms(self) -> frozenset[str]:
        """Every lower-cased word :meth:`country_of_demonym` gives a country for, with either apostrophe: a
        document's candidates are then read from its arrays instead of trying each word."""
        forms = {f for d in self.demonyms for f in (d, f"{d}'s", f"{d}s")}
        forms |= {f for c in self.countries for f in (c, f"{c}'s")}
        spelled = {"".join(v) for f in forms for v in product(*(("'", "’") if ch == "'" else (ch,) for ch in f))}
        return frozenset(w for w in spelled if self.country_of_demonym(w) is not None)

    @cached_property
    def countries(self) -> dict[str, str]:
        """The countries of the demonym table by their lower-cased names."""
        return {c.lower(): c for c in self.demonyms.values()}

    @cached_property
    def by_canonical(self) -> dict[str, ActorEntry]:
        """The table's entries by canonical name (the first alias of each name wins)."""
        out: dict[str, ActorEntry] = {}
        for entry in self.aliases.values():
            out.setdefault(entry.canonical, entry)
        return out

    def noun_kind(self, noun: str) -> str | None:
        n = noun.lower()
        for kind in ("state", "police", "protesters", "civilians", "armed_generic"):
            if n in self.nouns[kind]:
                return kind
        return "state" if n in self.nouns.get("state_weapons", ()) else None


@lru_cache(maxsize=1)
def territory_forces() -> dict[str, str]:
    """Territories without an army of their own -> the state whose forces unnamed troops there are
    (``data/territory_forces.tsv``)."""
    return read_pairs_file(_data_path("territory_forces.tsv"), "country<TAB>country of the forces")


def canonical_for(kind: str, country: str | None, *, present: bool = False) -> str | None:
    """The ACLED-style name of a generic actor of ``kind`` of ``country``; with ``present``, of the forces
    present in ``country`` (unnamed "soldiers" in Gaza are Israel's: see :func:`territory_forces`)."""
    if kind == "state":
        if country and present:
            country = territory_forces().get(country, country)
        return f"Military Forces of {country}" if country else None
    if kind == "police":
        return f"Police Forces of {country}" if country else None
    if kind == "civilians":
        return f"Civilians ({country})" if country else "Civilians (International)"
    if kind == "protesters":
        return f"Protesters ({country})" if country else "Protesters (International)"
    if kind == "armed_generic":
        return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group (International)"
    return None


@lru_cache(maxsize=4)
def _load(user_files: tuple[Path, ...]) -> ActorLexicon:
    entries = read_alias_file(_data_path("actors.tsv"))
    for path in user_files:
        if not path.exists():
            raise DataFileError(f"actor alias file {path} does not exist")
        entries.extend(read_alias_file(path))  # later files override earlier ones
    raw_nouns = json.loads(_data_path("actor_nouns.json").read_text(encoding="utf-8"))
    nouns = {k: frozenset(v) for k, v in raw_nouns.items() if not k.startswith("_")}
    return ActorLexicon(
        aliases={e.alias: e for e in entries},
        demonyms=read_demonyms(_data_path("demonyms.tsv")),
        nouns=nouns,
    )


def actor_lexicon() -> ActorLexicon:
    return _load(tuple(get_settings().user_actor_aliases))


# ACLED's actor types (the inter1/inter2 columns) in the codebook's order; interaction names the pair in this
# order ("State forces-Civilians") or one type alone ("Protesters only").
ACLED_ACTOR_TYPES = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
                     "Protesters", "Civilians", "External/Other forces")
# The table's kinds as ACLED's types: "militia" is a communal or ethnic (identity) militia, "political_militia"
# one serving a political actor, "armed" an unnamed armed group (which ACLED codes as a political militia),
# "political" a government.
_KIND_TYPE = {"state": "State forces", "police": "State forces", "political": "State forces",
              "rebel": "Rebel group", "armed": "Political militia", "political_militia": "Political militia",
              "militia": "Identity militia", "protesters": "Protesters", "civilians": "Civilians",
              "external": "External/Other forces"}
_GENERIC_NAMES = (  # canonical names built by canonical_for(), and ACLED's own generic names
    (re.compile(r"^(?:Military|Police) Forces of (?:the )?(?P<country>[^(]+?)(?:\s*\(|$)"), "State forces"),
    (re.compile(r"^Government of (?:the )?(?P<country>[^(]+?)(?:\s*\(|$)"), "State forces"),
    (re.compile(r"^Unidentified Armed Group\b"), "Political militia"),
    (re.compile(r"^Rioters\b"), "Rioters"),
    (re.compile(r"^Protesters\b"), "Protesters"),
    (re.compile(r"^Civilians\b"), "Civilians"),
)


def acled_actor_type(canonical: str | None, event_country: str | None = None) -> str | None:
    """ACLED's type of the actor named ``canonical`` in an event in ``event_country``.

    A state's forces acting outside their own country are "External/Other forces", as ACLED codes them
    ("Military Forces of Israel" in an event in Lebanon); an actor the tables do not know gets None, not a guess.
    """
    if not canonical:
        return None
    name = strip_period(canonical) or ""
    entry = actor_lexicon().by_canonical.get(name)
    state_country: str | None = None
    if entry is not None:
        kind_type = _KIND_TYPE.get(entry.kind)
        state_country = entry.country if kind_type == "State forces" else None
    else:
        kind_type = None
        for pattern, type_name in _GENERIC_NAMES:
            match = pattern.match(canonical.strip())
            if match:
                kind_type = type_name
                state_country = match.groupdict().get("country")
                break
    if kind_type == "State forces" and state_country and event_country and \
            state_country.strip().lower() != event_country.strip().lower():
        return "External/Other forces"
    return kind_type


def acled_interaction(type1: str | None, type2: str | None) -> str | None:
    """ACLED's interaction of two actor types: the pair in codebook order, or "<type> only" for one actor."""
    types = sorted({t for t in (type1, type2) if t}, key=ACLED_ACTOR_TYPES.index)
    if type1 and type2:
        return "-".join([types[0], types[-1]])
    return f"{types[0]} only" if types else None
