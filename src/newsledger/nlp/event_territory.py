"""Territory taken: 'M23 rebels seized the town of Rubaya', 'fighters overran an army base', 'the army recaptured
Kupiansk'.  A seizure or control verb whose object is a place (a resolved place mention, or a settlement or base
noun of ``territory_nouns``) is ACLED's Battles / 'Non-state actor overtakes territory', or 'Government regains
territory' when the actor is a state's forces; the same verbs on equipment stay Looting/property destruction
(:func:`newsledger.nlp.event_filters.seizes_no_property`).  Word lists are in ``data/event_triggers.json``
(``territory_verbs``, ``territory_nouns``).  Used by :mod:`newsledger.nlp.events`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.nlp.actors import ActorMention
from newsledger.nlp.event_filters import seizes_equipment
from newsledger.nlp.event_mentions import TriggerType, trigger_word_list, with_shared_objects

NON_STATE = "Non-state actor overtakes territory"
GOVERNMENT = "Government regains territory"
PRIORITY = 97  # above a clash told beside it ("clashed with the army and took the town"): ACLED's coding


def _objects(trigger: Span) -> list[Token]:
    """What is taken: the verb's object ('seized the town'), the object of 'of' after 'control' ('took control
    of the base'), or the subject of a passive ('the village was overrun')."""
    verb = trigger.root
    objects = [c for c in with_shared_objects(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects and verb.dep_ == "conj":
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    out = []
    for o in objects + [t for t in trigger if t.lower_ == "control"]:
        of = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        out.extend(of if o.lower_ == "control" else [o, *of])  # "the town of Rubaya": both tell a place
    return out


def takes_ground(trigger: Span) -> bool:
    """The trigger is a seizure or control verb told as done ('seized', 'has taken control'; not 'focusing on
    retaking') and what it takes is a place."""
    if trigger.root.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return False
    words = trigger.text.lower()
    if words not in trigger_word_list("territory_verbs") and trigger.root.lower_ not in trigger_word_list(
            "territory_verbs"):
        return False
    if seizes_equipment(trigger, trigger_word_list("seized_property")):
        return False  # "downed and captured a UAV west of X": equipment, wherever it was taken
    places = list(trigger.doc._.places or [])
    for obj in _objects(trigger):
        if obj.lower_ in trigger_word_list("territory_nouns"):
            return True
        if any(p.resolution is not None and p.start <= obj.idx < p.end for p in places):
            return True  # the object is the place itself ("recaptured Kupiansk"), not a place it was taken near
    return False


def _foreign(actor1: ActorMention, trigger: Span) -> bool:
    """A state's forces taking a place of another country (by the place's gazetteer country): no government
    regains its own ground there."""
    from newsledger.nlp.events import acled_country_names  # the events component imports this module

    names = acled_country_names()
    places = [p for p in trigger.doc._.places or [] if p.resolution is not None and p.resolution.country
              and trigger.sent.start_char <= p.start < trigger.sent.end_char]
    own = names.get(actor1.country or "", actor1.country)
    return own is not None and any(
        names.get(p.resolution.country, p.resolution.country) != own for p in places)  # type: ignore[union-attr]


def territory_type(trigger: Span, ttype: TriggerType, actor1: ActorMention | None) -> TriggerType:
    """Battles / 'Non-state actor overtakes territory' (also for a foreign state's forces, as ACLED codes them) or
    'Government regains territory' (a state's forces in their own country) when the trigger takes a place; the
    trigger's own type otherwise, and for the police ('police cleared the camp and took control of the area')."""
    if not takes_ground(trigger) or (actor1 is not None and actor1.kind == "police"):
        return ttype
    state = actor1 is not None and actor1.kind == "state" and not _foreign(actor1, trigger)
    return TriggerType("Battles", GOVERNMENT if state else NON_STATE, max(PRIORITY, ttype.priority))
