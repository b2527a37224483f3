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
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsledger.errors import DataFileError
from newsledger.settings import get_settings

KINDS = {"state", "police", "rebel", "militia", "political", "civilians", "protesters", "external", "armed"}
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
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                raise DataFileError(f"{path}, line {n}: expected 'demonym<TAB>country'")
            out[parts[0].strip().lower()] = parts[1].strip()
    return out


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
        return None

    def noun_kind(self, noun: str) -> str | None:
        n = noun.lower()
        for kind in ("state", "police", "protesters", "civilians", "armed_generic"):
            if n in self.nouns[kind]:
                return kind
        return None


def canonical_for(kind: str, country: str | None) -> str | None:
    """The ACLED-style name of a generic actor of ``kind`` in ``country``."""
    if kind == "state":
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
