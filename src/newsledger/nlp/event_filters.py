"""Trigger filters of the events component: a trigger word that tells no event of its own here — inside a
direct quotation, irrealis (negated, planned, threatened), a weapons platform that is the target, a weapon
named as the means of a demolition, a verb describing victims already counted, or a seizure of no property
(``seizes_no_property``).  Word lists are in
``data/event_triggers.json``.  Used by :mod:`newsledger.nlp.events`."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from newsledger.nlp.event_mentions import EventLexicon, with_shared_objects
from newsledger.records import Statement


def in_direct_quote(tok: Token, statements: list[Statement]) -> bool:
    """Triggers inside direct quotations are what a party says, not the event told; reported speech ("the
    Associated Press said Israel's military intercepted...") is how news tells events and is kept."""
    return any(s.direct and s.evidence.start <= tok.idx < s.evidence.end for s in statements)


def is_irrealis(tok: Token, lex: EventLexicon) -> bool:
    """Negated or hypothetical: 'did not initiate', 'would result in', 'threatened to strike'."""
    node = tok
    for _ in range(5):
        for child in node.children:
            if child.dep_ in {"neg", "aux", "mark", "advmod", "det"} and child.lower_ in lex.negation | lex.hypothetical:
                return True
        if node.lemma_ in {"threaten", "warn", "plan", "vow", "deny", "attempt", "try", "seek", "suspect", "accuse",
                           "allege"} and node.i != tok.i:  # "men suspected of planting the bomb"
            return True
        if node.head.i == node.i or node.dep_ in {"ROOT"}:
            break
        if node.pos_ in {"VERB", "AUX"} and node.i != tok.i and node.dep_ not in {"xcomp", "aux", "pcomp"}:
            break  # a gerund after a preposition ("suspected of planting") belongs to the verb above
        node = node.head
    return False


def platform_as_target(trigger: Span, lex: EventLexicon) -> bool:
    """'a roadside bomb aimed at a tank', 'fired at the gunboats': a weapons platform that is the object
    of another act is its target, not an attack of its own ('deployed tanks' stays the means)."""
    if trigger.text.lower() not in lex.platform_triggers:
        return False
    root = trigger.root
    while root.dep_ in {"compound", "conj", "appos"} and root.head.i != root.i:
        root = root.head
    if root.dep_ in {"dobj", "nsubjpass"}:
        return root.head.lemma_ not in lex.means_verbs
    if root.dep_ == "nsubj":  # "a tank hit a landmine": the platform meets a mine or a bomb, as its victim
        return any(t.lower_ in lex.triggers and lex.triggers[t.lower_].sub_event_type == "Remote explosive/landmine/IED"
                   and not lex.triggers[t.lower_].generic
                   for c in root.head.children if c.dep_ in {"dobj", "prep"} for t in c.subtree)
    return root.dep_ == "pobj" and root.head.lower_ in lex.target_preps


def instrument(noun: Token) -> bool:
    """'by explosives', 'with explosives', 'using explosives': a weapon named as the means of an act."""
    head = noun.head
    return (noun.dep_ == "pobj" and head.lower_ in {"by", "with", "using"}) or (
        noun.dep_ == "dobj" and head.lemma_ == "use")


def part_of_the_victims(verb: Token, lex: EventLexicon) -> bool:
    """'one of the men killed', 'two of those wounded', 'among those killed': the verb describes victims
    of an event already told, it tells no new one."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ not in {"of", "among"}:
        return False
    part = noun.head.head
    return noun.head.lower_ == "among" or part.like_num or part.lower_ in lex.part_words


@lru_cache(maxsize=8)
def trigger_word_list(name: str) -> frozenset[str]:
    """A word list of ``data/event_triggers.json`` that the event lexicon does not load ('seized_property',
    'site_use_verbs')."""
    raw = json.loads((resources.files("newsledger") / "data" / "event_triggers.json").read_text(encoding="utf-8"))
    return frozenset(raw[name])


def seizes_no_property(trigger: Span, lex: EventLexicon) -> bool:
    """A seizure trigger ('captured', 'seized') tells Looting/property destruction only when what is seized is
    an opponent's equipment ('downed and captured a surveillance drone', 'a jeep was seized by gunmen'), not
    people ('captured two soldiers'), weapons or ground.  What is seized: the verb's object (or the first
    verb's, for 'downed and captured'), and the noun phrase right after the verb, which the parse may split."""
    ttype = lex.triggers[trigger.text.lower()]
    if ttype.sub_event_type != "Looting/property destruction" or not ttype.absorbs:
        return False
    verb, doc = trigger.root, trigger.doc
    objects = [c for c in with_shared_objects(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects and verb.dep_ == "conj":  # "downed and captured a drone": the object may hang on the first verb
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    words = [t for o in objects for t in (o, *o.children) if t is o or t.dep_ in {"compound", "appos"}]
    for tok in doc[trigger.end:min(trigger.end + 6, len(doc))]:
        if tok.pos_ in {"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"}:
            break
        words.append(tok)
    return not any(t.lower_ in trigger_word_list("seized_property") for t in words)
