"""Division or town, by the text around a name both may bear (used by :mod:`newsledger.nlp.places` after
resolution):

- a name right before a subdivision word ("in Rakhine state", "the Sumy and Poltava regions") is the
  division, not its town;
- "the West Bank town of Jenin": after "town/city/village of" a division's name is the town;
- a bare name of a first-order division and of its seat town ("Kidal", "Diffa", "Magway";
  :func:`newsledger.resolve.geo_context.seat_town`) stays the region, as in "villages across Diffa", "in
  Magway", unless the text gives a cue of the town (``data/geo_town_cues.json``): a dateline, the object
  of "near", "outside" or "inside" ("a bomb exploded near Gao"), of "in"/"at" after a site ("a school in
  Gao") or a site after its possessive ("Kidal's airport"), or of a verb of taking a town ("rebels seized
  Kidal")."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsledger.nlp.place_words import DIVISION_FEATURES
from newsledger.resolve.gazetteer import Candidate, Gazetteer
from newsledger.resolve.geo_context import seat_town

_TOWN_OF = re.compile(r"\b(?:town|city|village|hamlet)\s+of\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def town_cues() -> dict[str, frozenset[str]]:
    raw = json.loads((resources.files("newsledger") / "data" / "geo_town_cues.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def town_cue(token: Token) -> bool:
    """Whether the text around a one-word name tells a town (see the module's text)."""
    cues, head = town_cues(), token.head
    if token.dep_ == "pobj" and head.lower_ in cues["point_prepositions"]:
        return True
    if token.dep_ == "pobj" and head.lower_ in ("in", "at") and head.head.lower_ in cues["site_nouns"]:
        return True
    if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in cues["capture_verbs"]:
        return True
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("'s", "’s") and any(
        t.lower_ in cues["site_nouns"] for t in doc[token.i + 2:min(token.i + 5, len(doc))] if t.pos_ in ("NOUN", "ADJ"))


def settle_divisions(doc: Doc, text: str, spans: list[tuple[int, int]], names: list[str],
                     chosen: list[Candidate | None], typed: list[tuple[int, int]],
                     datelines: list[tuple[int, int]], gazetteer: Gazetteer) -> None:
    """Replace in ``chosen`` the division or town each span's text calls for (see the module's text)."""
    cued = {names[k] for k, span in enumerate(spans) if span not in typed and (span in datelines or _cued(doc, span))}
    for k, span in enumerate(spans):
        cand = chosen[k]
        if span in typed:  # "the Sumy and Poltava regions": the divisions, not the towns
            if cand is None or cand.feature not in DIVISION_FEATURES:
                divisions = [c for c in gazetteer.candidates(names[k]) if c.feature in DIVISION_FEATURES]
                chosen[k] = max(divisions, key=lambda c: c.population, default=cand)
            continue
        if cand is None or cand.feature not in DIVISION_FEATURES:
            continue
        if _TOWN_OF.search(text, max(0, span[0] - 20), span[0]):  # "the West Bank town of Jenin"
            towns = [c for c in gazetteer.candidates(names[k]) if c.feature.startswith("PPL")
                     and c.country_code == cand.country_code]
            chosen[k] = max(towns, key=lambda c: c.population, default=cand)
            continue
        seat = seat_town(cand, gazetteer.candidates(names[k]))
        if seat is not None and names[k] in cued:  # one sense per article: a cue at one mention tells them all
            chosen[k] = seat


def _cued(doc: Doc, span: tuple[int, int]) -> bool:
    words = doc.char_span(*span)
    return words is not None and len(words) == 1 and town_cue(words[0])
