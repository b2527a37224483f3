"""Injured told by their care: 'two nurses were taken to hospital with burns', 'three children were treated in
hospital for shrapnel wounds', 'a guard was admitted to a clinic'.  The people counted are injured; the injury
named beside them ('with burns', 'for wounds') says how, it is no count of its own.  Word lists are in
``data/casualty_lexicon.json`` (``admission_verbs``, ``care_places``).  Used by :mod:`newsledger.nlp.claim_numbers`."""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.resolve.casualty_lexicon import casualty_lexicon


def _admitted_to_care(verb: Token) -> bool:
    """The verb takes someone to, or treats someone in, a place of care ('taken to hospital', 'treated at a
    field clinic')."""
    lex = casualty_lexicon()
    if verb.lemma_.lower() not in lex.admission_verbs:
        return False
    return any(g.dep_ == "pobj" and g.lower_ in lex.care_places
               for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in", "at", "into"}
               for g in p.children)


def admission_cue(tok: Token) -> tuple[str, Token] | None:
    """('injured', verb) when ``tok`` is the subject of a passive verb of admission to a place of care."""
    if tok.dep_ != "nsubjpass" or not _admitted_to_care(tok.head):
        return None
    return "injured", tok.head


def injury_of_the_admitted(noun: Token) -> bool:
    """'with burns', 'for shrapnel wounds' in a clause of admission with a subject of its own: how the admitted
    were hurt, not a count."""
    node = noun
    for _ in range(4):
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break
    return _admitted_to_care(node) and any(c.dep_ == "nsubjpass" for c in node.children)
