"""Trigger filters of the events component: a trigger word that tells no event of its own here — inside a
direct quotation, irrealis (negated, planned, threatened), a weapons platform that is the target, a weapon
named as the means of a demolition, a verb describing victims already counted, a means word with no act it
serves, or a seizure of no property or by no armed actor (``tells_no_act``).  Word lists are in
``data/event_triggers.json``.  Used by :mod:`newsledger.nlp.events`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.nlp.actors import ActorMention
from newsledger.nlp.event_mentions import ARMED, EventLexicon, event_lexicon, find_actor1, with_shared_objects
from newsledger.records import Claim, Statement


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


COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
VIOLENT_TYPES = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"})


def means_without_act(trigger: Span, triggers: list[Span], lex: EventLexicon) -> bool:
    """A ``means_only`` trigger ('firearms') sets the type of the violent act it depends on ('attacked the troops
    with firearms', 'opened fire with firearms', 'armed men with firearms killed two'); with no violent trigger
    among its heads in the sentence ('police seized firearms', 'sentenced for possessing firearms') it tells no
    event."""
    if not lex.triggers[trigger.text.lower()].means_only:
        return False
    sent = trigger.sent
    ancestors = {t.i for t in trigger.root.ancestors if sent.start <= t.i < sent.end}
    kinds = {t.start: lex.triggers[t.text.lower()] for t in triggers if t is not trigger}
    return not any(kinds[t.start].event_type in VIOLENT_TYPES and not kinds[t.start].means_only
                   and any(i in ancestors for i in range(t.start, t.end)) for t in triggers if t is not trigger)


def _seizer(verb: Token, trigger: Span, actors: list[ActorMention]) -> ActorMention | None:
    """Who seizes: the actor that is the verb's subject or 'by' agent (the first verb's, for 'downed and
    captured'); a pronoun or no subject at all leaves it to the trigger's agent.  A subject that is no actor
    ('a doorbell camera captured the car', 'deputies seized a truck') seizes nothing as an armed actor."""
    for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in head.children:
            subject = c if c.dep_ == "nsubj" else next((g for g in c.children if g.dep_ == "pobj"), None) \
                if c.dep_ == "agent" else None
            if subject is None:
                continue
            if subject.pos_ == "PRON":
                return find_actor1(trigger, actors)
            return next((a for t in (subject, *subject.lefts) for a in actors if a.start <= t.i < a.end), None)
    return find_actor1(trigger, actors)


def _phrase_heads(tokens: list[Token]) -> list[Token]:
    """The head of a run of words read as one noun phrase: the word whose head is outside the run, and the last
    noun ('a car carrier ship' is a ship, not a car)."""
    idx = {t.i for t in tokens}
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"}]
    return [t for t in tokens if t.head.i not in idx or t.head.i == t.i] + nouns[-1:]


def armed_seizer(trigger: Span, actors: list[ActorMention]) -> bool:
    """Who seizes is a military force or an armed group (not the police, customs, a camera or no one named)."""
    seizer = _seizer(trigger.root, trigger, actors)
    return seizer is not None and seizer.kind in {"state"} | ARMED


def seizes_no_property(trigger: Span, actors: list[ActorMention], lex: EventLexicon) -> bool:
    """A seizure trigger ('captured', 'seized') tells Looting/property destruction only when a military force or
    an armed group (not police or customs, nor a camera that 'captured' a car) seizes equipment of
    ``seized_property`` ('downed and captured a surveillance drone', 'a jeep was seized by gunmen'), not people
    ('captured two soldiers'), weapons or ground.  What is seized is the head noun of the verb's object (or of the
    first verb's, for 'downed and captured'), or of the words right after the verb, which the parse may split."""
    ttype = lex.triggers[trigger.text.lower()]
    if ttype.sub_event_type != "Looting/property destruction" or not ttype.absorbs:
        return False
    if not armed_seizer(trigger, actors):
        return True
    return not seizes_equipment(trigger, lex.seized_property)


def seizes_equipment(trigger: Span, equipment: frozenset[str]) -> bool:
    """What the seizure verb takes is one of ``equipment``: the head noun of the verb's object (or of the first
    verb's, for 'downed and captured'), or of the words right after the verb, which the parse may split."""
    verb, doc = trigger.root, trigger.doc
    objects = [c for c in with_shared_objects(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects and verb.dep_ == "conj":  # "downed and captured a drone": the object may hang on the first verb
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    words = [t for o in objects for t in (o, *o.children) if t is o or t.dep_ in {"appos", "conj"}]
    run: list[Token] = []
    for tok in doc[trigger.end:min(trigger.end + 6, len(doc))]:
        if tok.pos_ in {"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"} or tok.lower_ in COMPASS:
            break  # "captured a surveillance UAV west of X": a compass word starts where it happened
        run.append(tok)
    return any(t.lower_ in equipment for t in words + _phrase_heads(run))


def tells_no_act(trigger: Span, triggers: list[Span], actors: list[ActorMention], lex: EventLexicon) -> bool:
    """A means word with no violent act it serves, or a seizure that is no looting (see above)."""
    return means_without_act(trigger, triggers, lex) or seizes_no_property(trigger, actors, lex)


def did_the_tallied_harm(trigger: Span, tally: list[Claim]) -> bool:
    """The trigger is the subject or agent of the verb of a period or cumulative count ('Russian strikes have
    killed 500 civilians this year', '... killed by shelling since the war began'): the act a tally is told of, not
    an event of its own.  The count's verb itself stays a trigger: 'troops killed 5 workers since the truce
    broke down' is an act of its actor over a period, which ACLED codes with a week's or month's precision."""
    doc = trigger.doc
    for claim in tally:
        span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
        if span is None or claim.scope == "incident":
            continue
        verb, tok = span.root, trigger.root
        if tok.i == verb.i:  # "air strikes have killed 300 since January": nor the count's verb, when a weapon did it
            if any(c.dep_ == "nsubj" and c.lower_ in event_lexicon().triggers for c in verb.children):
                return True
            continue
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
        if tok.head.i == verb.i and tok.dep_ in {"nsubj", "agent"}:
            return True
    return False
