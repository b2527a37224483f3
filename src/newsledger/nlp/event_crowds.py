"""Crowds in events: who protests or riots, whether a force acts on a protest, and whether the dead of an
intervention are the crowd's.  Used by :mod:`newsledger.nlp.events` (ACLED codes the crowd as actor1 and
a force acting on it as actor2)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.nlp.actors import ActorMention
from newsledger.nlp.event_mentions import EventLexicon, TriggerType
from newsledger.records import Claim
from newsledger.resolve.actors import actor_lexicon

RIOT = TriggerType("Riots", "Violent demonstration", 0)


def subject_of(trig: Span) -> Token | None:
    node = trig.root if trig.root.pos_ in {"VERB", "AUX"} else trig.root.head
    return next((c for c in node.children if c.dep_ == "nsubj"), None)


def crowd_actor(trig: Span, actors: list[ActorMention], ttype: TriggerType) -> ActorMention | None:
    """'Palestinians protested': the people who protest are Protesters (or Rioters) of their country.  A crowd
    of no stated country is left to the event, which names it after the event's country."""
    subject = subject_of(trig)
    if subject is None:
        return None
    for a in actors:  # "Palestinians protested", "hundreds of Kenyan protesters marched"
        if any(a.start <= t.i < a.end for t in subject.subtree) and a.kind in {"civilians", "protesters"} and a.country:
            kind = "Rioters" if ttype.event_type == "Riots" else "Protesters"
            return ActorMention(a.start, a.end, a.start_char, a.end_char, a.text, f"{kind} ({a.country})",
                                "protesters", a.country)
    return None


def acts_on(trig: Span, force: ActorMention, lex: EventLexicon) -> bool:
    """The force is the subject of a clause, not a report, that holds the protest word ('police dispersed
    the march', 'troops fired at demonstrators'), not a speaker about it ('police said the march ...')."""
    for verb in [trig.root, *trig.root.ancestors]:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
        if any(force.start <= t.i < force.end for c in subjects for t in c.subtree):
            return verb.lemma_ not in lex.report_verbs
    return False


def crowd_is_subject(trig: Span) -> bool:
    """'Rioters set fire…', 'a crowd of protesters stormed…': the doer is a protesting crowd."""
    subject = subject_of(trig)
    crowd = actor_lexicon().nouns["protesters"]
    return subject is not None and any(t.lower_ in crowd or t.lemma_ in crowd for t in subject.subtree)


def forces_killed(claim: Claim) -> bool:
    """The claim counts members of a force ('a policeman was killed'), not people of the crowd."""
    nouns = actor_lexicon().nouns
    words = set(f"{claim.victims or ''} {claim.evidence.text}".lower().replace(",", " ").split())
    return bool(words & (nouns["state"] | nouns["police"] | nouns["police_members"]))


def crowd_acts(noun: Token, lex: EventLexicon) -> bool:
    """A crowd noun tells a protest as the subject of a clause that acts, now or before: not of a copula
    ('the protesters were peaceful'), a report ('protesters say') or a future or modal ('will return')."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.lemma_ != "be" and verb.lemma_ not in lex.report_verbs and not aux & {
        "will", "would", "shall", "may", "might", "could", "should", "must", "can"}
