"""The casualty lexicon (``data/casualty_lexicon.json`` and ``data/media_outlets.txt``): the words that make a
number a casualty claim, qualifiers, vague quantities with ACLED's convention figures, scope cues and the news
organisations that relay figures.  Loaded once; shared by the claims and events components and the fatalities
rule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources


@dataclass(frozen=True)
class CasualtyLexicon:
    nouns: dict[str, str]
    verbs: dict[str, str]
    states: dict[str, str]
    qualifiers: dict[str, str]
    vague: dict[str, tuple[int | None, ...]]
    person_nouns: frozenset[str]
    role_nouns: frozenset[str]
    cumulative_cues: tuple[str, ...]
    period_cues: tuple[str, ...]
    total_cues: tuple[str, ...]
    attribution_verbs: frozenset[str]
    media: frozenset[str]
    kill_phrases: dict[str, str]
    irrealis_heads: frozenset[str]
    irrealis_aux: frozenset[str]
    harmed_subject_verbs: frozenset[str] = frozenset()
    referring_nouns: frozenset[str] = frozenset()
    source_phrases: frozenset[str] = frozenset({"according to"})
    admission_verbs: frozenset[str] = frozenset()
    care_places: frozenset[str] = frozenset()

    @cached_property
    def counted_words(self) -> frozenset[str]:
        """Lower-cased words that may be counted without a number: people, roles, casualty nouns, him/her."""
        return self.person_nouns | self.role_nouns | frozenset(self.nouns) | {"him", "her"}

    @cached_property
    def person_lemmas(self) -> frozenset[str]:
        """Lower-cased lemmas of people: a person noun, or one whose plural (lemma + 's') is a person noun."""
        return self.person_nouns | {p[:-1] for p in self.person_nouns if p.endswith("s")}


@lru_cache(maxsize=1)
def casualty_lexicon() -> CasualtyLexicon:
    base = resources.files("newsledger") / "data"
    raw = json.loads((base / "casualty_lexicon.json").read_text(encoding="utf-8"))
    nouns, verbs, states = {}, {}, {}
    for cat, words in raw["categories"].items():
        nouns.update({w: cat for w in words["nouns"]})
        verbs.update({w: cat for w in words["verbs"]})
        states.update({w: cat for w in words["states"]})
    media = frozenset(
        line.strip().lower() for line in (base / "media_outlets.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return CasualtyLexicon(
        nouns=nouns, verbs=verbs, states=states, qualifiers=raw["qualifiers"],
        vague={k: tuple(v) for k, v in raw["vague_quantities"].items()},  # type: ignore[misc]
        person_nouns=frozenset(raw["person_nouns"]), role_nouns=frozenset(raw["role_nouns"]),
        cumulative_cues=tuple(raw["cumulative_cues"]),
        period_cues=tuple(raw["period_cues"]), total_cues=tuple(raw["total_cues"]),
        attribution_verbs=frozenset(raw["attribution_verbs"]), media=media,
        kill_phrases=dict(raw.get("kill_phrases", {})),
        irrealis_heads=frozenset(raw.get("irrealis_heads", [])), irrealis_aux=frozenset(raw.get("irrealis_aux", [])),
        harmed_subject_verbs=frozenset(raw.get("harmed_subject_verbs", [])),
        referring_nouns=frozenset(raw.get("referring_nouns", [])),
        source_phrases=frozenset(raw.get("source_phrases", ["according to"])),
        admission_verbs=frozenset(raw.get("admission_verbs", [])), care_places=frozenset(raw.get("care_places", [])),
    )
