"""References back to an event already told: a casualty sentence whose only event word is a definite reference
("15 soldiers were killed in the clashes", "the strike killed two") is that event's toll, and a claim of
responsibility ("JNIM claimed the attack") names the perpetrator of the attack just told rather than telling
an event of its own; a count told as more of the same ("another 40 were wounded") adds to the event just told, and
a casualty figure in a sentence without an event belongs to the event before it (:func:`link_orphan_claims`).
Word lists are in ``data/event_triggers.json`` (``definite_determiners``, ``responsibility_verbs``,
``responsibility_nouns``, ``addition_cues``).  Used by :mod:`newsledger.nlp.events`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsledger.nlp.actors import ActorMention, is_local
from newsledger.nlp.event_groups import (
    ELSEWHERE,
    VIOLENT,
    EventGroup,
    groups_compatible,
    has_toll,
    tells_another,
    violence_told_before,
)
from newsledger.nlp.event_mentions import EventMention, TriggerType, trigger_word_list
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.sentences import paragraph_of, sent_of
from newsledger.records import Claim


def is_definite(tok: Token) -> bool:
    """'the clashes', 'this attack', 'those strikes': a noun with a definite article or a demonstrative."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"det", "predet"} and c.lower_ in trigger_word_list("definite_determiners") for c in tok.children)


def _another_event(sent: Span) -> bool:
    """Told as another event ('elsewhere', 'another attack'), not as more people ('another 30 people')."""
    return tells_another(sent) and not any(
        t.lower_ == "another" and any(c.like_num for c in t.head.children) for t in sent) or any(
        t.lower_ in ELSEWHERE for t in sent)


def _retells(doc: Doc, g: EventGroup) -> tuple[bool, bool]:
    """(the group refers back to an event told, by a count of more of the same): a definite trigger ('in the
    clashes') or a generic word with only counts told as more ('another 30 were killed'); no agent of its own
    (one taken from the event before is none), no place, not told as another event."""
    if any(m.place is not None or (m.actor1 is not None and m.agent_from is None) or _another_event(m.sent)
           for m in g.mentions):
        return False, False
    tolls = [c for m in g.mentions for c in m.claims if c.category in {"killed", "injured"} and c.scope == "incident"]
    more = bool(tolls) and all(m.ttype.generic for m in g.mentions) and all(adds_to_the_told(doc, c) for c in tolls)
    return more or (is_definite(g.lead.trigger.root) and all(m.actor1 is None for m in g.mentions)), more


def join_anaphoric_tolls(groups: list[EventGroup], doc: Doc) -> list[EventGroup]:
    """'M23 seized Rubaya after two days of fighting with the army. At least 15 soldiers were killed in the
    clashes': violence with a toll, told by a definite reference only ('in the clashes', 'the strike killed'), with
    neither an agent nor a place of its own and not told as another ('another attack', 'elsewhere'), is the toll of
    the violent event told just before it (in the same or the previous paragraph): it joins that event and takes
    its type.  So does a count told as more of the same ('another 30 people were killed'), on a compatible date."""
    out: list[EventGroup] = []
    for g in groups:
        lead = g.lead
        target = None
        refers, more = _retells(doc, g) if lead.ttype.event_type in VIOLENT and has_toll(g) and out else (False, False)
        if refers:
            before = [e for e in out if e.lead.ttype.event_type in VIOLENT
                      and e.mentions[-1].trigger.start < g.mentions[0].trigger.start
                      and g.mentions[0].paragraph - e.mentions[-1].paragraph in {0, 1}]
            if before and any(m.actor1 is not None or m.place is not None for m in before[-1].mentions) and \
                    groups_compatible(before[-1], g):  # "On Thursday, another 9 were killed": another day
                target = before[-1]
        if target is None:
            out.append(g)
            continue
        kind = target.lead.ttype
        for m in g.mentions:  # a reference back tells nothing more serious than the event it refers to
            m.ttype = TriggerType(kind.event_type, kind.sub_event_type, min(m.ttype.priority, kind.priority),
                                  generic=True)
        target.mentions.extend(g.mentions)
    return out


def _claimed_act(verb: Token) -> Token | None:
    """The act a responsibility claim is about: 'claimed the attack', 'claimed responsibility for the attack',
    'took responsibility for this bombing' (a definite reference back; 'claimed an attack on X' tells a new one)."""
    if verb.lemma_ not in trigger_word_list("responsibility_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not claimed the attack", "did not claim responsibility": no claim
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in trigger_word_list("responsibility_nouns"):
            acts = [g for p in (*obj.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj"]
            return next((a for a in acts if is_definite(a) and not _told_anew(a)), None)
        if verb.lemma_ == "claim" and is_definite(obj) and not _told_anew(obj):
            return obj
    return None


def _told_anew(act: Token) -> bool:
    """'the strike on a depot in Belgorod': an act with a target or place of its own is told here, not referred to."""
    return any(c.dep_ == "prep" and (c.lower_ in {"on", "against", "at", "near"} or any(
        g.ent_type_ in {"GPE", "LOC", "FAC"} for g in c.subtree)) for c in act.children)


def claimed_acts(doc: Doc, sent: Span | None = None) -> set[int]:
    """Token indices of acts named in a responsibility claim: they refer back to an event, they tell none."""
    verbs = (doc[i] for i in indices_where(doc, "LEMMA", trigger_word_list("responsibility_verbs")))
    return {t.i for verb in verbs if (sent is None or sent.start <= verb.i < sent.end)
            and (act := _claimed_act(verb)) is not None for t in act.subtree}


def credit_the_claimant(doc: Doc, groups: list[EventGroup], actors: list[ActorMention]) -> None:
    """'Jihadists attacked an army camp ... JNIM claimed the attack': the named group that claims the attack told
    just before (in the same or the previous paragraph) is its perpetrator (actor1) when that attack's agent is
    unnamed or generic ('gunmen', 'jihadists', unnamed troops), as ACLED codes claimed attacks."""
    for verb in (doc[i] for i in indices_where(doc, "LEMMA", trigger_word_list("responsibility_verbs"))):
        act = _claimed_act(verb)
        if act is None:
            continue
        claimant = next((a for c in verb.children if c.dep_ == "nsubj" for a in actors
                         if a.start <= c.i < a.end and a.kind != "armed_generic" and not is_local(a.canonical)), None)
        if claimant is None:
            continue
        target = violence_told_before(doc, groups, verb)
        if target is None:
            continue
        if any(m.actor1 is not None and m.actor1.kind != "armed_generic" and not is_local(m.actor1.canonical)
               for m in target.mentions):
            continue  # the attack has a named agent: the claim does not change it
        if any(m.actor2 is not None and m.actor2.canonical == claimant.canonical for m in target.mentions):
            continue
        for m in target.mentions:
            m.actor1 = claimant


def adds_to_the_told(doc: Doc, claim: Claim) -> bool:
    """'... killing 23 people. The group said that another 40 people were wounded': a count told as more of the
    same ('another 40', 'a further 12', 'an additional five', not 'another attack') adds to the event just told."""
    span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    lead = doc.text[sent_of(doc, span.start).start_char:claim.evidence.start] + claim.evidence.text
    cues = "|".join(re.escape(c) for c in sorted(trigger_word_list("addition_cues"), key=len, reverse=True))
    return re.search(rf"\b(?:{cues})\s+(?:(?:at least|about|around|nearly|some)\s+)?\d", lead, re.I) is not None


def link_orphan_claims(doc: Doc, mentions: list[EventMention], claims: list[Claim]) -> tuple[set[str], set[str]]:
    """An incident claim in a sentence without an event belongs to the last event before it in its paragraph.
    When its figure is at least the sum told so far in the paragraph for its category ("... killing 3 and
    wounding 5. The dead numbered 3."), it sums up what was told: it is returned with the totals, which the
    fatalities rule prefers to adding up.  A smaller figure ("A child later died of his wounds.") adds: it is
    returned among the additions, counted like a mention of its own; so does a count told as more of the same
    ('another 40 were wounded').  Returns (summaries, additions)."""
    linked = {c.id for m in mentions for c in m.claims}
    summaries, additions = set(), set()
    for c in claims:
        if c.id in linked or c.scope != "incident":
            continue
        para = paragraph_of(doc, c.evidence.start)
        another = adds_to_the_told(doc, c)  # "another 40 were wounded": more of the same, never a total
        before = [m for m in mentions if m.sent.end_char <= c.evidence.start and m.paragraph == para]
        if before:
            told = sum(x.value or 0 for m in before for x in m.claims
                       if x.category == c.category and x.id != c.id and x.evidence.start < c.evidence.start)
            before[-1].claims.append(c)
            if c.value is not None and told and c.value >= told and not another:
                summaries.add(c.id)
            else:
                additions.add(c.id)
    return summaries, additions
