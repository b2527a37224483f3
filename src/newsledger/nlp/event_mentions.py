"""Event mentions: a trigger ("airstrikes", "clashed", "blew up") with its actors, place, date and claims,
found sentence by sentence.  :mod:`newsledger.nlp.events` merges mentions into events.

The trigger lexicon is ``data/event_triggers.json``.  A trigger inside a direct quotation, under negation
("did not initiate") or in a hypothetical ("would result in") is not an event.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsledger.nlp.actors import NOT_AGENTS, ActorMention
from newsledger.nlp.event_sides import allies_only
from newsledger.nlp.event_sides import between_sides as _between
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import Claim, PlaceMention, Statement, TimeExpression
from newsledger.resolve.actors import actor_lexicon
from newsledger.resolve.casualty_lexicon import casualty_lexicon
from newsledger.resolve.gazetteer import haversine_km
from newsledger.resolve.geo_context import name_part_words

ARMED = {"rebel", "militia", "political_militia", "armed_generic", "external"}  # armed non-state actor kinds


@dataclass(frozen=True)
class TriggerType:
    event_type: str
    sub_event_type: str
    priority: int
    generic: bool = False
    absorbs: bool = False
    armed_only: bool = False  # "sniped": an event only with an armed agent or casualties
    means_only: bool = False  # "firearms": only the means of a violent act told by another trigger


@dataclass(frozen=True)
class EventLexicon:
    triggers: dict[str, TriggerType]
    target_objects: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    approximate_preps: frozenset[str]
    region_preps: frozenset[str]
    target_preps: frozenset[str]
    blame_verbs: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    claimed_target_verbs: frozenset[str] = frozenset()
    platform_triggers: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    means_verbs: frozenset[str] = frozenset()
    part_words: frozenset[str] = frozenset()
    military_modifiers: frozenset[str] = frozenset()
    origin_participles: frozenset[str] = frozenset()
    seized_property: frozenset[str] = frozenset()
    site_use_verbs: frozenset[str] = frozenset()
    site_words: frozenset[str] = frozenset()
    lists: dict[str, frozenset[str]] = field(default_factory=dict)  # every word list of the file, by its key


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    raw = json.loads((resources.files("newsledger") / "data" / "event_triggers.json").read_text(encoding="utf-8"))
    triggers: dict[str, TriggerType] = {}
    for entry in raw["triggers"]:
        ttype = TriggerType(entry["type"], entry["sub"], entry["priority"], entry.get("generic", False),
                            entry.get("absorbs", False), entry.get("armed_only", False), entry.get("means_only", False))
        for form in entry["forms"]:
            triggers.setdefault(form.lower(), ttype)
    return EventLexicon(
        triggers=triggers, target_objects=frozenset(raw["target_objects"]),
        negation=frozenset(raw["negation_cues"]), hypothetical=frozenset(raw["hypothetical_cues"]),
        approximate_preps=frozenset(raw["approximate_place_preps"]), region_preps=frozenset(raw["region_preps"]),
        target_preps=frozenset(raw.get("target_preps", [])), blame_verbs=frozenset(raw.get("blame_verbs", [])),
        crowd_nouns=frozenset(raw.get("crowd_nouns", [])), report_verbs=frozenset(raw.get("report_verbs", [])),
        claimed_target_verbs=frozenset(raw.get("claimed_target_verbs", [])),
        platform_triggers=frozenset(raw.get("platform_triggers", [])),
        claim_verbs=frozenset(raw.get("claim_verbs", [])), means_verbs=frozenset(raw.get("means_verbs", [])),
        part_words=frozenset(raw.get("part_words", [])),
        military_modifiers=frozenset(raw.get("military_modifiers", [])),
        origin_participles=frozenset(raw.get("origin_participles", [])),
        seized_property=frozenset(raw.get("seized_property", [])), site_use_verbs=frozenset(raw.get("site_use_verbs", [])),
        site_words=frozenset(raw.get("site_words", [])),
        lists={key: frozenset(v) for key, v in raw.items() if isinstance(v, list) and all(isinstance(w, str) for w in v)},
    )


def trigger_word_list(name: str) -> frozenset[str]:
    """A word list of ``data/event_triggers.json`` by its key ('territory_verbs', 'definite_determiners')."""
    return event_lexicon().lists[name]


def trigger_matcher(nlp: Language) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TRIGGER", list(nlp.tokenizer.pipe(list(event_lexicon().triggers))))
    return matcher


@dataclass
class EventMention:
    trigger: Span
    ttype: TriggerType
    sent: Span
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    civilians: bool = False  # the target is civilian people or property
    place: PlaceMention | None = None
    approximate_place: bool = False
    region: bool = False
    time: TimeExpression | None = None
    claims: list[Claim] = field(default_factory=list)
    paragraph: int = 0
    agent_from: EventMention | None = None  # the mention whose agent this one took (told without its own)


# --- actors --------------------------------------------------------------------------------------------


def _actor_at(tokens: list[Token], actors: list[ActorMention]) -> ActorMention | None:
    for tok in tokens:
        for a in actors:
            if a.start <= tok.i < a.end:
                return a
    return None


def _subject_actor(verb: Token, actors: list[ActorMention]) -> ActorMention | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "agent"}:
            toks = list(child.subtree) if child.dep_ == "nsubj" else [t for t in child.subtree]
            a = _actor_at([child] + toks, actors)
            if a is not None:
                return a
    return None


def _own_or_civilian_losses(verb: Token, actors: list[ActorMention]) -> bool:
    """'The army said a soldier was killed', 'the RSF said civilians were wounded': a passive report of people
    killed or injured, told by an actor of the victims' own kind or of civilians, does not make the teller the
    agent; 'the army said ten militants were killed' is the army's claim of its own act."""
    if casualty_lexicon().verbs.get(verb.lemma_) not in {"killed", "injured"}:
        return False
    victims = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    speaker = _subject_actor(verb.head, actors)
    if victims is None or speaker is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and any(
            p.dep_ == "poss" and p.lower_ in {"its", "their", "our"} for p in g.children) for g in c.children)
           for c in victims.children):
        return True  # "one of its soldiers", "two of their fighters"
    named = next((a for a in actors if a.start <= victims.i < a.end), None)
    if named is not None and named.canonical != speaker.canonical and named.kind != "civilians":
        return False  # "the Ukrainian army said 40 Russian soldiers were killed": a claim of its own act
    nouns = actor_lexicon().nouns
    kind = "state" if speaker.kind in {"state", "police"} else "armed_generic" if speaker.kind in ARMED else None
    own = nouns["state"] | nouns["police"] | nouns["police_members"] if kind == "state" else \
        nouns[kind] if kind else frozenset()
    return victims.lower_ in own | nouns["civilians"]


def _others_as_subject(subject: Token) -> bool:
    """A noun subject of an act told by someone else that names others than the teller: not a weapon or event
    word ('the strike killed'), not the teller's own men ('its men', 'officers', 'soldiers'), not an operation."""
    nouns = actor_lexicon().nouns
    return subject.dep_ == "nsubj" and subject.pos_ in {"NOUN", "PROPN"} and \
        subject.lower_ not in event_lexicon().triggers and subject.lower_ not in NOT_AGENTS and \
        not any(c.dep_ == "poss" for c in subject.children) and \
        subject.lower_ not in nouns["state"] | nouns["police"] | nouns["police_members"] | nouns["own_forces"]


def find_actor1(trigger: Span, actors: list[ActorMention]) -> ActorMention | None:
    """The agent: the actor mention containing the trigger ('Israeli airstrikes'), the trigger's subject or
    the subject of the verb it depends on ('Hamas launched a barrage of rockets'), or a 'by X' agent."""
    contains = _actor_at(list(trigger), actors)
    if contains is not None and contains.kind not in {"civilians"}:
        return contains
    tok = trigger.root
    between = _between(trigger, actors)
    if between is not None:
        return between[0]
    for child in tok.children:  # "warplanes of the Israeli army", "strikes by Israeli jets"
        if child.dep_ in {"amod", "compound", "poss"}:  # "Israeli strikes", "Hamas-led attack"
            a = _actor_at(list(child.subtree), actors)
            if a is not None and a.kind != "civilians":
                return a
        if child.dep_ in {"prep", "agent"} and child.lower_ == "by":
            a = _actor_at(list(child.subtree), actors)
            if a is not None:
                return a
        if child.dep_ == "acl":  # "a rocket fired by Hamas"
            for grand in child.children:
                if grand.dep_ == "agent" or (grand.dep_ == "prep" and grand.lower_ == "by"):
                    a = _actor_at(list(grand.subtree), actors)
                    if a is not None and a.kind != "civilians":
                        return a
    node = tok
    sent = sent_of(tok.doc, tok.i)
    for _ in range(8):
        if not sent.start <= node.i < sent.end:
            break  # the parse may join a headline to the lede: the agent is in the trigger's own sentence
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"} and \
                node.head.dep_ not in {"dobj", "pobj"}:  # "PIJ militants planted ..." (an object noun is
            a = _actor_at([node.head, *node.head.lefts], actors)  # the target: "fired at troops stationed")
            if a is not None and a.kind != "civilians":
                return a
        if node.pos_ in {"VERB", "AUX"}:
            a = _subject_actor(node, actors)
            if a is not None and a.kind != "civilians":
                return a
            if any(c.dep_ == "nsubjpass" and (c.i == tok.i or (tok.head.i == c.i and tok.dep_ in {
                    "compound", "amod"})) for c in node.children):
                return None  # "after a rocket was fired": the trigger is the subject, its agent is untold
            if node.i == tok.i and node.dep_ == "ccomp" and _own_or_civilian_losses(node, actors):
                return None  # "the army said a soldier was killed": who tells of the deaths did not cause them
            if node.dep_ in {"ccomp", "advcl", "conj"} and any(_others_as_subject(c) for c in node.children):
                return None  # "herdsmen attacked a camp, the army said": the act's own subject is its agent
        if node.head.i == node.i:
            break
        node = node.head
    return None


def coordinated_actors(doc: Doc, actor: ActorMention, actors: list[ActorMention]) -> list[ActorMention]:
    """Armed actors joined to ``actor`` by 'and' or in a list ('Hamas and PIJ militants', 'Hamas, the PFLP
    and the PIJ clashed'): ACLED's associated actors."""
    def group(i: int) -> set[int]:
        tok = doc[i]
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members = {root.i}
        stack = [root]
        while stack:
            for child in stack.pop().children:
                if child.dep_ == "conj":
                    members.add(child.i)
                    stack.append(child)
        return members

    heads = group(actor.head_i) | group(actor.start)
    # the surface list too, where the parse fails: mentions separated only by commas and "and"
    ordered = sorted((a for a in actors if a.kind not in {"civilians", "protesters"}), key=lambda a: a.start)
    if actor in ordered:
        k = ordered.index(actor)
        for step in (-1, 1):
            j = k
            while 0 <= j + step < len(ordered):
                left, right = sorted((ordered[j], ordered[j + step]), key=lambda a: a.start)
                gap = doc[left.end:right.start]
                if len(gap) > 3 or any(t.lower_ not in {",", "and", "the", "&"} for t in gap):
                    break
                heads.add(ordered[j + step].start)
                j += step
    out: list[ActorMention] = []
    for a in actors:
        if a is actor or a.kind in {"civilians", "protesters"} or a.canonical == actor.canonical:
            continue
        if any(a.start <= i < a.end for i in heads) and a.canonical not in {o.canonical for o in out}:
            out.append(a)
    return allies_only(doc, actor, out)


def with_shared_objects(verb: Token) -> list[Token]:
    """The verb's children, and the objects of a verb joined to it when it has none of its own: in "downed and
    captured a drone" the drone is the object of both."""
    children = list(verb.children)
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in children):
        for conj in (c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"):
            children.extend(c for c in conj.children if c.dep_ == "dobj")
    return children


def find_actor2(trigger: Span, actor1: ActorMention | None, actors: list[ActorMention],
                lex: EventLexicon) -> tuple[ActorMention | None, bool]:
    """The target: an actor in the trigger's object or a with/at/on/against phrase; and whether the target is
    civilian people or property ('struck a house', 'opened fire at a group of people')."""
    tok = trigger.root
    between = _between(trigger, actors)
    if between is not None:
        return between[1], False
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.head.pos_ == "VERB" else tok)
    candidates: list[Token] = []
    for node in {verb, tok}:
        for child in with_shared_objects(node):
            if child.dep_ in {"dobj", "nsubjpass"} or (child.dep_ == "prep" and child.i > node.i and child.lower_ in {
                    "with", "at", "on", "against", "toward", "towards", "upon", "into"}):
                candidates.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ == "to" and any(
                    c.dep_ == "dobj" and c.lower_ == "fire" for c in node.children):
                candidates.extend(child.subtree)  # "set fire to homes"
    civilians = any(t.lower_ in lex.target_objects and not any(c.lower_ in lex.military_modifiers for c in t.children)
                    for t in candidates)  # "a military vehicle" is no civilian target
    for a in actors:
        if actor1 is not None and a.canonical == actor1.canonical:
            continue
        if any(a.start <= t.i < a.end for t in candidates):
            if a.kind == "civilians":
                return a, True
            if a.kind in {"state", "police", "rebel", "militia", "political_militia", "external", "armed_generic",
                          "protesters"}:
                return a, civilians
    return None, civilians


# --- place and time ----------------------------------------------------------------------------------------


def _place_prep(doc: Doc, place: PlaceMention) -> list[str]:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return []
    words = [t.lower_ for t in doc[max(sent_of(doc, span.start).start, span.start - 4): span.start]]
    return words


PLACE_RANK = {"local": 0, "PPLX": 0, "camp": 0, "neighbourhood": 0, "hospital": 0, "PPL": 1, "PPLA": 1, "PPLA2": 1,
              "PPLA3": 1, "PPLA4": 1, "PPLC": 1, "city": 1, "town": 1, "village": 1, "ADM2": 2, "ADM1": 3,
              "region": 3, "governorate": 3, "PCLI": 4, "country": 4}


def place_rank(place: PlaceMention) -> int:
    """Smaller is more specific: neighbourhood/camp < town < district < province < country."""
    if place.resolution is None:
        return 2
    feature = place.resolution.feature or ""
    if feature in PLACE_RANK:
        return PLACE_RANK[feature]
    if feature and feature[0].islower():  # a curated local site: camp, neighbourhood, hospital, crossing
        return 0
    if feature.startswith("PCL"):
        return 4
    if feature.startswith("ADM1") or feature in {"RGN", "TERR", "AREA"}:
        return 3
    if feature.startswith("ADM"):
        return 2
    return 1


def names_a_facility(text: str, place: PlaceMention) -> bool:
    """'at Al Qamar roundabout', 'on the Port Town road': a name before a street word is that street's
    name, article or not.  Before a building word it is the building's name when no article comes before it
    ('at Al Noor hospital'); 'a Port Town school' or 'the Harbour market' are a school and a market in that
    town: the town stays a location."""
    following = text[place.end:place.end + 20].split()
    word = following[0].strip(".,;:()").lower() if following else ""
    words = name_part_words()
    if word in words["street"]:
        return True
    if word not in words["building"]:
        return False
    before = text[max(0, place.start - 6):place.start].split()
    return not (before and before[-1].lower() in {"a", "an", "the", "this", "that"})


_RUN_IN_DATELINE_END = re.compile(r"[ \t]*(?:,[^\n.]{0,40})?[ \t]*(?:--|[—–:\x97-])")


def is_dateline(text: str, place: PlaceMention) -> bool:
    """'KHARTOUM, May 14 (Wire) - ...': a name in capitals opening a line is where the story was filed, which
    is the event's place only when the sentence names no other."""
    if not place.text.isupper() or len(place.text) <= 2:
        return False
    line_start = text.rfind("\n", 0, place.start) + 1
    before = text[line_start:place.start].rstrip()
    # run into the text by a feed: "... closed. TULSA -- A new ...", "April 12, 2011 AMMAN: ..."
    return not before or (before[-1] in ".!?0123456789" and bool(_RUN_IN_DATELINE_END.match(text, place.end)))


def _near_the_story(place: PlaceMention, places: list[PlaceMention], km: float = 50.0) -> bool:
    """The place lies within ``km`` of another place the story names (or the story names no other)."""
    if place.resolution is None:
        return False
    others = [p for p in places if p.resolution is not None and p.resolution.name != place.resolution.name]
    return not others or any((distance_km(place, p) or km + 1) <= km for p in others)


def story_country(places: list[PlaceMention]) -> str | None:
    """The country most of the story's resolved places lie in."""
    counts = Counter(p.resolution.country_code for p in places if p.resolution and p.resolution.country_code)
    return counts.most_common(1)[0][0] if counts else None


def outside_the_story(place: PlaceMention, in_sent: list[PlaceMention], main: str | None) -> bool:
    """A place resolved to another country than the story's (``main``, see :func:`story_country`) while
    the same sentence names a place in the story's country ('in the Karama area north of Port Town' read
    as a namesake abroad): a doubtful resolution, not where the event happened."""
    if main is None or place.resolution is None or not place.resolution.country_code:
        return False
    return place.resolution.country_code != main and any(
        p.resolution is not None and p.resolution.country_code == main for p in in_sent if p is not place)


_RELATIVE = re.compile(r"(?:\s+(?:area|neighbou?rhood|district|quarter|village|town|camp))?,?\s+(?:just\s+)?"
                       r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|near|outside)(?:\s+of)?\s+(?:the\s+)?",
                       re.IGNORECASE)


def far_from_its_anchor(text: str, place: PlaceMention, in_sent: list[PlaceMention], km: float = 100.0) -> bool:
    """'in the Karama area north of Port Town': a place told relative to another lies near it; resolved in
    another country and far from it (a namesake abroad), its resolution is doubtful.  A far place in the
    anchor's own country ('Djibo, north of Ouagadougou') is simply far."""
    m = _RELATIVE.match(text, place.end)
    if m is None or place.resolution is None:
        return False
    anchor = next((p for p in in_sent if p.start == m.end() and p.resolution is not None), None)
    return anchor is not None and anchor.resolution is not None and \
        anchor.resolution.country_code != place.resolution.country_code and (distance_km(place, anchor) or 0.0) > km


def choose_place(doc: Doc, sent: Span, places: list[PlaceMention], lex: EventLexicon,
                 exclude: list[tuple[int, int]]) -> tuple[PlaceMention | None, bool, bool]:
    in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char
               and not any(s <= p.start < e for s, e in exclude)]
    text = doc_text(doc)
    main = story_country(places)
    # a street or building named after a town is not the event's location; a doubtful namesake abroad only
    # when the sentence offers another place
    # "drones launched by Russia": a country after "by" is an agent, not a place
    in_sent = [p for p in in_sent if not (place_rank(p) >= 4 and _place_prep(doc, p)[-1:] == ["by"])]
    named = [p for p in in_sent if not names_a_facility(text, p)]
    # with no other place, a road named after a town near the story's places is near that town ("on the
    # Maiduguri road" in a story from Borno), one named after a distant town is not ("near Cairo roundabout")
    facility = not named
    in_sent = named or [p for p in in_sent if _near_the_story(p, places)]
    in_sent = [p for p in in_sent if not is_dateline(text, p)] or in_sent
    origins = _origin_spans(sent, lex)
    in_sent = [p for p in in_sent if not any(s <= p.start < e for s, e in origins)] or in_sent
    anchored = [p for p in in_sent if not far_from_its_anchor(text, p, in_sent)]
    if len(anchored) < len(in_sent) and anchored:  # a namesake abroad does not decide the story's country
        in_sent, main = anchored, story_country([p for p in places if p in anchored or p not in in_sent])
    in_sent = [p for p in in_sent if not outside_the_story(p, in_sent, main)] or in_sent
    if not in_sent:
        return None, False, False
    # "strikes across the Gaza Strip, including A and B": the region is where it happened
    for p in in_sent:
        if any(w in lex.region_preps for w in _place_prep(doc, p)[-3:]):
            return p, True, True
    # the first mention of the most specific rank wins; "Gaza - Shujaiyya (Gaza City, Gaza Strip)" -> Shujaiyya
    best = min(in_sent, key=lambda p: (place_rank(p), p.start))
    before = _place_prep(doc, best)
    approximate = facility or any(w in lex.approximate_preps for w in before[-3:])
    return best, approximate, False


def _origin_spans(sent: Span, lex: EventLexicon) -> list[tuple[int, int]]:
    """Where the attacker was ("artillery stationed at X shelled Y"): a place the event is at only when the
    sentence names no other; "fired at troops stationed in X" happened in X."""
    spans = []
    for tok in sent:
        if tok.lower_ in lex.origin_participles and tok.dep_ == "acl" and tok.head.dep_ == "nsubj":
            sub = list(tok.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
    return spans


def excluded_place_spans(doc: Doc, actors: list[ActorMention], claims: list[Claim],
                         statements: list[Statement]) -> list[tuple[int, int]]:
    """Character ranges whose places are not where an event happened: actor mentions and their possessors
    ("Yemen's Houthi rebels"), claimants ("officials at Nasser Hospital") and speakers."""
    spans = []
    for a in actors:
        start = a.start_char
        head = doc[a.head_i]
        for child in head.children:
            if child.dep_ == "poss" and child.i < a.start:
                start = min(start, doc[child.left_edge.i].idx)
        spans.append((start, a.end_char))
    for c in claims:
        if c.claimant_evidence is not None:
            spans.append((c.claimant_evidence.start, c.claimant_evidence.end))
    for tok in (doc[i] for i in indices_where(doc, "LOWER", ["according"])):  # "according to officials at X"
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            sub = list(doc[tok.i + 1].subtree)
            spans.append((tok.idx, sub[-1].idx + len(sub[-1])))
    for st in statements:
        if st.speaker_evidence is not None:
            spans.append((st.speaker_evidence.start, st.speaker_evidence.end))
    return spans


def distance_km(a: PlaceMention, b: PlaceMention) -> float | None:
    if a.resolution is None or b.resolution is None:
        return None
    return haversine_km(a.resolution.latitude, a.resolution.longitude, b.resolution.latitude, b.resolution.longitude)
