"""Cues of statements: the words that attribute content to a speaker.

* speech verbs of the lexicon ("said", "told", "posted", "stating"), and phrasal ones ("shot back");
  passive participles without an agent ("when asked", "was told") are not cues, nor is a verb that
  only describes a platform ("a video posted on X");
* clause verbs ("believes", "hopes") when they govern a clause (``ccomp``);
* a support verb with a stance noun that has a clause ("expressed hope that");
* the preposition "according to".

The lexicon is ``newsledger/data/speech_cues.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from newsledger.nlp.statement_context import platform_in


@dataclass
class Cue:
    token: Token
    text: str
    kind: str  # speech | clause | stance | according | label


def find_cues(doc: Doc, lex: dict[str, Any], in_quote: Callable[[Token], bool]) -> list[Cue]:
    """The cues of ``doc`` in text order, leaving out words inside quotations."""
    cues: list[Cue] = []
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if not in_quote(tok):
                cues.append(Cue(tok, "according to", "according"))
            continue
        if tok.pos_ not in {"VERB", "AUX"} or in_quote(tok):
            continue
        cue = verb_cue(tok, lex)
        if cue is not None:
            cues.append(cue)
    return cues


def verb_cue(tok: Token, lex: dict[str, Any]) -> Cue | None:
    lemma = tok.lemma_.lower()
    particle = lex["phrasal_speech_verbs"].get(lemma)
    if particle and any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in tok.children):
        return Cue(tok, f"{tok.text} {particle}", "speech")
    if lemma in lex["speech_verbs"]:
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        has_agent = any(c.dep_ == "agent" for c in tok.children)
        if tok.tag_ == "VBN" and (tok.dep_ == "advcl" or passive) and not has_agent:
            return None  # "when asked", "was told": the subject is the addressee, not the speaker
        if (tok.dep_ == "acl" and tok.head.pos_ != "PROPN") or tok.dep_ == "amod":
            return None  # "a video posted on X": the platform, not a cue
        return Cue(tok, cue_text(tok, lex), "speech")
    if lemma in lex["clause_verbs"] and any(c.dep_ == "ccomp" for c in tok.children):
        return Cue(tok, tok.text, "clause")
    if lemma in lex["support_verbs"]:
        for child in tok.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in lex["stance_nouns"] and any(
                    c.dep_ in {"acl", "ccomp"} for c in child.children):
                return Cue(tok, f"{tok.text} {child.text}", "stance")
    return None


def cue_text(tok: Token, lex: dict[str, Any]) -> str:
    """The verb, with its platform phrase when it has one ("posted on X")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "in"} and child.i > tok.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and platform_in(f"{child.lower_} {objects[0].lower_}", lex):
                return f"{tok.text} {child.text} {tok.doc[objects[0].left_edge.i:objects[0].i + 1].text}"
    return tok.text
