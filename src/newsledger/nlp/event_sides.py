"""Sides of a fight told with 'between': in 'clashes between X and Y' or 'an exchange of fire between X (likely
A and B) and Y', the actors after 'between' are the two sides; those joined by 'and' across a state's forces and a
non-state group, or two states' forces, are opponents, not ACLED's associated actors.  Used by :mod:`newsledger.nlp.event_mentions`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsledger.nlp.actors import ActorMention
from newsledger.nlp.sentences import sent_of

STATE_KINDS = frozenset({"state", "police"})


def side(actor: ActorMention) -> str:
    """A state's forces are a side of their own (its army and its police are one); non-state groups are one side."""
    return actor.canonical.split(" of ", 1)[-1] if actor.kind in STATE_KINDS else "non-state"


def between_sides(trigger: Span, actors: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """'an exchange of fire between X and Y', 'clashes continued between X (A and B) and Y': the first actor after
    'between', and the first one after it of the other side (a state force against a non-state group or another
    state's forces), else the first of another name."""
    doc = trigger.doc
    sent = sent_of(doc, trigger.start)
    for tok in doc[trigger.end: min(trigger.end + 4, sent.end)]:
        if tok.lower_ == "between":
            found = [a for a in actors if tok.i < a.start < sent.end and a.kind != "civilians"]
            if not found:
                return None
            first = found[0]
            other = next((a for a in found[1:] if side(a) != side(first)), None) or next(
                (a for a in found[1:] if a.canonical != first.canonical), None)
            return (first, other) if other is not None else None
    return None


def allies_only(doc: Doc, actor: ActorMention, coordinated: list[ActorMention]) -> list[ActorMention]:
    """The actors coordinated with ``actor`` that are on its side: in a coordination after 'between' ('clashes
    between Hamas militants and IDF troops'), one of the other side is the opponent."""
    root = doc[actor.head_i]
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if not (root.dep_ == "pobj" and root.head.lower_ == "between"):
        return coordinated
    return [a for a in coordinated if side(a) == side(actor)]
