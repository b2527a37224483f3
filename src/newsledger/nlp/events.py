"""``newsledger_events``: ACLED-style events from event mentions.

Per sentence, triggers are grouped by their agent (actor1) and the most serious trigger of each agent
becomes a mention (ACLED codes one event per actors, place and day, with its most serious type).  Mentions
are then merged into events: same actor1, compatible dates and the same place — or, for a mention that names
no place, the event of the same actor just before it in the same paragraph.  Then:

- agentless violence joins an event with an agent (:func:`attach_agentless`): told before it in its paragraph
  ("Five people were killed in X. Drones had struck a bus there"), or told later with the toll of an earlier
  event of the same kind at the same place that has none;
- an attack by one armed actor on another and the reply on the same day and place make one Armed clash
  (:func:`join_exchanges`); a casualty figure in a sentence without an event sums up, or adds to, the event
  before it (:func:`newsledger.nlp.event_anaphora.link_orphan_claims`).  Events come out in the order of their
  first mention, so the first event is the story's lead.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsledger.nlp import attributes  # noqa: F401
from newsledger.nlp.actors import ActorMention, is_local
from newsledger.nlp.doc_cache import entities
from newsledger.nlp.event_anaphora import (
    adds_to_the_told,
    claimed_acts,
    credit_the_claimant,
    join_anaphoric_tolls,
    link_orphan_claims,
)
from newsledger.nlp.event_crowds import (
    RIOT,
    acts_on,
    crowd_actor,
    crowd_acts,
    crowd_is_subject,
    forces_killed,
)
from newsledger.nlp.event_filters import (
    armed_seizer,
    did_the_tallied_harm,
    in_direct_quote,
    instrument,
    is_irrealis,
    part_of_the_victims,
    platform_as_target,
    tells_no_act,
)
from newsledger.nlp.event_groups import (
    ARMED,
    VIOLENT,
    EventGroup,
    attach_agentless,
    codable,
    credit_the_blamed,
    in_headline,
    join_exchanges,
    merge_mentions,
    name_the_claimed_target,
)
from newsledger.nlp.event_mentions import (
    EventLexicon,
    EventMention,
    TriggerType,
    choose_place,
    coordinated_actors,
    event_lexicon,
    excluded_place_spans,
    find_actor1,
    find_actor2,
    place_rank,
    story_country,
    trigger_matcher,
    with_shared_objects,
)
from newsledger.nlp.event_territory import takes_ground, territory_type
from newsledger.nlp.event_times import choose_time
from newsledger.nlp.sentences import paragraph_of, sent_of, sentence_bounds
from newsledger.records import Claim, Event, EventDate, Evidence, Location, PlaceMention, Statement
from newsledger.resolve.actors import canonical_for
from newsledger.resolve.casualty_lexicon import casualty_lexicon
from newsledger.resolve.fatalities import event_fatalities
from newsledger.resolve.gazetteer import read_pairs_file
from newsledger.resolve.geo_context import geo_precision

SAME_PLACE = re.compile(r"\b(?:in|at|on|near)\s+the\s+same\s+(?:location|area|place|neighbou?rhood|town|village|city|camp)\b",
                        re.I)


@lru_cache(maxsize=1)
def acled_country_names() -> dict[str, str]:
    path = Path(str(resources.files("newsledger") / "data" / "acled_countries.tsv"))
    return read_pairs_file(path, "gazetteer country name or code<TAB>ACLED country name")


def acled_country(place: PlaceMention | None) -> str | None:
    if place is None or place.resolution is None:
        return None
    names = acled_country_names()
    r = place.resolution
    return names.get(r.country or "") or names.get(r.country_code or "") or r.country


def story_acled_country(doc: Doc) -> str | None:
    """The ACLED country of the story (where most of its resolved places lie): the presumed country of an event
    whose own place is unknown or unresolved ("... also hit a house in <an unlisted street>, killing 2")."""
    places = list(doc._.places or [])
    code = story_country(places)
    return next((acled_country(p) for p in places if p.resolution is not None and p.resolution.country_code == code),
                None)


def _speaker_as_subject(trig: Span, actors: list[ActorMention], statements: list[Statement]) -> ActorMention | None:
    """'The air force said it shot down 18 drones': a pronoun subject inside what an actor says is that
    actor (the speaker's own claim of the act)."""
    verb = trig.root if trig.root.pos_ in {"VERB", "AUX"} else trig.root.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ not in {"it", "they", "we"}:
        return None
    for st in statements:
        if st.evidence is None or st.speaker_evidence is None or not (
                st.evidence.start <= trig.start_char < st.evidence.end):
            continue
        speaker = st.speaker_evidence
        return next((a for a in actors if speaker.start <= a.start_char < speaker.end), None)
    return None


def _best_per_actor(doc: Doc, sent: Span, triggers: list[Span], actors: list[ActorMention], lex: EventLexicon,
                    statements: list[Statement], blocked: set[int], harmed: bool = False,
                    tally: list[Claim] | None = None) -> list[EventMention]:
    """The one event mention per actor of a sentence: its most serious trigger.  When the sentence tells of
    people killed or injured, violence outranks property destruction or arrests told beside it ('killed
    four fighters and burned a depot'): ACLED does not code destruction within an attack apart.
    In a toll sentence (only the period or cumulative counts of ``tally``), an agentless generic word tells no
    event, nor the act that did the counted harm ('strikes have killed 500 people since January')."""
    absorbed: set[int] = set()
    mentions: dict[str, EventMention] = {}

    def rank(span: Span) -> tuple[bool, int]:
        ttype = territory_type(span, lex.triggers[span.text.lower()], None)  # "took control of the town"
        return harmed and ttype.event_type in VIOLENT, ttype.priority

    for trig in sorted(triggers, key=rank, reverse=True):
        if trig.start in absorbed:
            continue
        ttype = lex.triggers[trig.text.lower()]
        if trig.start in blocked or in_direct_quote(trig.root, statements) or is_irrealis(trig.root, lex) or \
                part_of_the_victims(trig.root, lex) or platform_as_target(trig, lex) or (
                tells_no_act(trig, triggers, actors, lex) and not (takes_ground(trig) and armed_seizer(trig, actors))):
            continue
        if ttype.sub_event_type == "Remote explosive/landmine/IED" and instrument(trig.root) and any(
                lex.triggers[t.text.lower()].sub_event_type == "Looting/property destruction"
                and find_actor2(t, None, actors, lex)[0] is None for t in triggers if t is not trig):
            continue  # "demolished the shops using explosives": the means of a demolition, not an explosive attack
        if ttype.event_type in {"Protests", "Riots"} and trig.root.dep_ == "compound" and \
                trig.root.head.lower_ not in lex.triggers:
            continue  # "riot police", "protest leaders" qualify another noun; "mortar rounds" are weapons fired
        actor1 = find_actor1(trig, actors) or _speaker_as_subject(trig, actors, statements)
        if tally and (ttype.generic and actor1 is None or did_the_tallied_harm(trig, tally)):
            continue  # in a sentence that only gives a toll, an agentless 'fighting' or 'attack' is background
        holder = next((a for a in actors if a.start <= trig.start and trig.end <= a.end), None)
        holder_head = doc[holder.head_i] if holder is not None else None
        while holder_head is not None and holder_head.dep_ in {"appos", "compound"} and holder_head.head.i != holder_head.i:
            holder_head = holder_head.head  # "an Israeli surveillance UAV" parsed as an apposition of the object
        if holder_head is not None and actor1 is holder and (holder_head.dep_ in {"dobj", "nsubjpass"} or (
                holder_head.dep_ == "pobj" and holder_head.head.lower_ in lex.target_preps)):
            continue  # "targeted an Israeli tank": the tank is the target, not the agent
        if ttype.event_type in {"Protests", "Riots"} and actor1 is None:
            actor1 = crowd_actor(trig, actors, ttype)
        if (actor1 is None or actor1.kind == "protesters") and crowd_is_subject(trig) and (
                ttype.event_type in VIOLENT or ttype.sub_event_type == "Looting/property destruction"):
            # "rioters set fire to a police station", "Kenyan protesters burned tyres": a riot
            actor1, ttype = crowd_actor(trig, actors, RIOT), TriggerType(RIOT.event_type, RIOT.sub_event_type,
                                                                        ttype.priority)
        acting = actor1 is not None and actor1.kind in {"state", "police"} and acts_on(trig, actor1, lex)
        if trig.text.lower() in lex.crowd_nouns and not acting and not crowd_acts(trig.root, lex):
            continue  # "the minister condemned the protesters", "protesters say they will return": no protest told
        intervening = None
        if ttype.event_type in {"Protests", "Riots"} and actor1 is not None and actor1.kind in {"state", "police"}:
            # "police fired tear gas at demonstrators": ACLED codes the crowd as actor1, the force as actor2;
            # "police said protesters blocked a road": a protest, the police only speak of it
            intervening = actor1 if acting else None
            actor1 = holder if holder is not None and holder.kind == "protesters" and holder.country else None
            if ttype.event_type == "Protests" and intervening is not None:
                ttype = TriggerType("Protests", "Protest with intervention", ttype.priority)
        if actor1 is not None:  # "Hamas, PFLP and PIJ clashed": the first named leads, the rest are associated
            allied = [actor1, *coordinated_actors(doc, actor1, actors)]
            actor1 = min(allied, key=lambda a: a.start)
        if actor1 is not None:  # "rebels seized the town": territory taken by an armed actor, not property
            ttype = territory_type(trig, ttype, actor1)  # ("Democrats captured the district" takes none)
        actor2, civilians = find_actor2(trig, actor1, actors, lex)
        if intervening is not None:
            actor2, civilians = intervening, False
        if actor1 is not None and actor2 is not None and actor2.canonical == actor1.canonical:
            actor2 = None  # "shells fired by Israeli tanks at ...": the tanks are the agent, not the target
        if actor1 is not None and actor2 is not None and actor2.canonical in {
                a.canonical for a in coordinated_actors(doc, actor1, actors)}:
            actor2 = None
        if ttype.absorbs:  # "intercepted a missile fired by the Houthis": the missile's actor is the target
            for child in with_shared_objects(trig.root):
                if child.dep_ in {"dobj", "nsubjpass"}:
                    inner = [t.i for t in child.subtree]
                    absorbed.update(inner)
                    if actor2 is None:
                        sub = [a for a in actors if a.start in inner and (actor1 is None or a.canonical != actor1.canonical)]
                        actor2 = sub[0] if sub else None
        crowd = ttype.event_type in {"Protests", "Riots"}  # a crowd of no stated country is not "no agent"
        key = actor1.canonical if actor1 is not None else "<crowd>" if crowd else ""
        if key in mentions:
            m = mentions[key]
            if m.actor2 is None and actor2 is not None:
                m.actor2 = actor2
            m.civilians = m.civilians or civilians
            continue
        mentions[key] = EventMention(trig, ttype, sent, actor1, actor2, civilians,
                                     paragraph=paragraph_of(doc, sent.start_char))
    if any(m.ttype.event_type == "Riots" for m in mentions.values()):  # the crowd that rioted protested: one event
        mentions = {k: m for k, m in mentions.items() if m.ttype.event_type != "Protests"}
    for m in [m for m in mentions.values() if m.ttype.sub_event_type == "Protest with intervention"]:
        for key in {m.actor2.canonical if m.actor2 is not None else "", ""}:  # the force's, or told without agent
            force = mentions.get(key)
            if force is not None and force.ttype.event_type in {"Violence against civilians", "Strategic developments"}:
                del mentions[key]  # the shooting or the arrests are the intervention itself
    # "nine people were killed when militia fighters attacked the village": the agentless word joins the
    # sentence's event that has an agent
    if "" in mentions and len(mentions) > 1 and mentions[""].ttype.generic:
        orphan = mentions.pop("")
        for m in mentions.values():
            m.civilians = m.civilians or orphan.civilians
    return sorted(mentions.values(), key=lambda m: m.trigger.start)


def _refine_type(m: EventMention, claims: list[Claim], previous: list[EventMention]) -> TriggerType | None:
    """ACLED conventions on top of the trigger's type; None drops a mention that is not an event."""
    t = m.ttype
    lex = casualty_lexicon()
    killed_here = any(c.category in {"killed", "injured"} and c.scope == "incident" for c in claims) or any(
        lex.states.get(t.lower_) in {"killed", "injured"} or (t.pos_ == "VERB" and lex.verbs.get(t.lemma_) in {
            "killed", "injured"}) for t in m.sent)
    if t.armed_only and not killed_here and (m.actor1 is None or m.actor1.kind not in {"state", "police"} | ARMED):
        return None  # "council members sniped at each other": figurative, with no armed agent and no one harmed
    if t.generic:
        if m.actor1 is None and not killed_here:
            return None  # "officials condemned the attack": a reference back, not a new event
        near = [p for p in previous if p.ttype.event_type in VIOLENT and p.paragraph in {m.paragraph, m.paragraph - 1}]
        near.sort(key=lambda p: (p.paragraph == m.paragraph, p.trigger.start))
        same = [p for p in near if p.actor1 is not None and m.actor1 is not None
                and p.actor1.canonical == m.actor1.canonical] or (list(near) if m.actor1 is None else [])
        if same:
            if m.actor1 is None:  # "..., were killed overnight": the agent of the event just told
                m.actor1, m.agent_from = same[-1].actor1, same[-1]
            return TriggerType(same[-1].ttype.event_type, same[-1].ttype.sub_event_type, t.priority, generic=True)
        if m.actor1 is None and not killed_here:
            return None
        if t.event_type == "Violence against civilians":  # attack, targeted, killed, fired
            if m.actor2 is not None and m.actor2.kind not in {"civilians", "protesters"}:
                return TriggerType("Battles", "Armed clash", t.priority, generic=True)
            if not (m.civilians or killed_here):
                return None
    if t.sub_event_type == "Protest with intervention" and any(
            c.category == "killed" and c.scope == "incident" and not forces_killed(c) for c in claims):
        return TriggerType("Protests", "Excessive force against protesters", t.priority)
    if t.event_type == "Violence against civilians" and m.actor2 is not None and m.actor2.kind in \
            {"state", "police"} | ARMED:
        return TriggerType("Battles", "Armed clash", t.priority)
    return t


def _other_country(a: EventMention, b: EventMention) -> bool:
    codes = [m.place.resolution.country_code if m.place is not None and m.place.resolution is not None else None
             for m in (a, b)]
    return None not in codes and codes[0] != codes[1]


def _inherit_agent(m: EventMention, previous: list[EventMention]) -> None:
    """'Also, 4 people were killed in an airstrike': an explicit trigger without an agent takes the agent of
    the last event of the same kind told before it in its paragraph."""
    if m.actor1 is not None or m.ttype.generic:
        return
    same_kind = [p for p in previous if p.paragraph == m.paragraph and p.actor1 is not None
                 and p.ttype.sub_event_type == m.ttype.sub_event_type]
    if same_kind:
        m.actor1 = same_kind[-1].actor1


def _geo_precision(group: EventGroup) -> int | None:
    pm = group.place
    if pm is None or pm.place is None:
        return None
    if pm.region or place_rank(pm.place) >= 3:
        return 3
    # a corridor, a zone, a coast or a district is an area (2), like a town told only "near" or "east of"
    return geo_precision(pm.place.resolution, pm.approximate_place) or 2  # unresolved: somewhere about there


def _build_event(n: int, group: EventGroup, doc: Doc, totals: set[str], mention_index: dict[str, int],
                 named_killed: int, asides: set[str], more: set[str]) -> Event:
    lead = group.lead
    actor1 = next((m.actor1 for m in group.mentions if m.actor1 is not None), None)
    actor2 = next((m.actor2 for m in group.mentions if m.actor2 is not None), None)
    assoc1 = sorted({a.canonical for m in group.mentions if m.actor1 is not None
                     for a in coordinated_actors(doc, m.actor1, list(doc._.actor_mentions or []))
                     if actor1 is None or a.canonical != actor1.canonical})
    assoc2 = sorted({a.canonical for m in group.mentions if m.actor2 is not None
                     for a in coordinated_actors(doc, m.actor2, list(doc._.actor_mentions or []))
                     if a.canonical not in set(assoc1) and (actor1 is None or a.canonical != actor1.canonical)})
    civilians = any(m.civilians for m in group.mentions)
    pm = group.place
    place = pm.place if pm is not None else None
    country = acled_country(place) if place is not None and place.resolution is not None else story_acled_country(doc)
    actor1_name = actor1.canonical if actor1 else None
    if actor1 is not None and is_local(actor1.canonical):  # "soldiers", "the police" of this country
        actor1_name = canonical_for(actor1.kind, country, present=True)
    crowd = "Rioters" if lead.ttype.event_type == "Riots" else "Protesters"
    if actor1_name is None and lead.ttype.event_type in {"Protests", "Riots"}:  # ACLED always names the crowd
        actor1_name = f"{crowd} ({country})" if country else f"{crowd} (International)"
    elif actor1_name is not None and lead.ttype.event_type == "Riots" and actor1_name.startswith("Protesters ("):
        actor1_name = "Rioters (" + actor1_name.removeprefix("Protesters (")  # a crowd that riots is Rioters
    if actor2 is None and (civilians or any(c.category in {"killed", "injured"} and c.scope == "incident"
                                             for m in group.mentions for c in m.claims)):
        victim_country = country or (actor1.country if actor1 is not None and actor1.kind != "state" else None)
        violent = lead.ttype.event_type in VIOLENT - {"Battles"} or \
            lead.ttype.sub_event_type == "Looting/property destruction"  # a battle's dead are not presumed civilians
        actor2_name: str | None = canonical_for_civilians(victim_country) if violent else None
    else:
        actor2_name = actor2.canonical if actor2 is not None else None
        if actor2 is not None and is_local(actor2.canonical):
            actor2_name = canonical_for(actor2.kind, country, present=True)
    timed = next((m.time for m in group.mentions if m.time is not None), None)
    claims = [c for m in group.mentions for c in m.claims]
    ev_id = f"e{n}"
    sents = sorted({(m.sent.start_char, m.sent.end_char): m.sent for m in group.mentions}.items())
    evidence = [Evidence(start=start, end=end, text=sent.text) for (start, end), sent in sents]
    loc = Location()
    if place is not None and place.resolution is not None:
        r = place.resolution
        loc = Location(name=r.name, country=country, admin1=r.admin1, admin2=r.admin2, latitude=r.latitude,
                       longitude=r.longitude, geo_precision=_geo_precision(group), place_id=place.id)
    elif place is not None:
        loc = Location(name=place.text, place_id=place.id)
    if timed is not None:
        date = EventDate(start=timed.interval_start, end=timed.interval_end, precision=timed.precision or 1,
                         time_id=timed.id)
    else:
        published = doc._.published
        date = EventDate(start=published, end=published, precision=2 if published else None)
    return Event(
        id=ev_id, event_type="Battles" if group.exchange else lead.ttype.event_type,
        sub_event_type="Armed clash" if group.exchange else lead.ttype.sub_event_type,
        actor1=actor1_name, actor1_raw=actor1.text if actor1 else None,
        assoc_actor_1="; ".join(assoc1) or None,
        actor2=actor2_name, actor2_raw=actor2.text if actor2 else None,
        assoc_actor_2="; ".join(a for a in assoc2 if a != actor2_name) or None,
        civilian_targeting=bool(actor2_name and actor2_name.startswith("Civilians") and lead.ttype.event_type in VIOLENT),
        location=loc, date=date,
        fatalities=event_fatalities(claims, mention_index, totals, named_killed, asides, more),
        claims=[c.id for c in claims],
        trigger=Evidence(start=lead.trigger.start_char, end=lead.trigger.end_char, text=lead.trigger.text),
        evidence=evidence,
    )


def canonical_for_civilians(country: str | None) -> str:
    return f"Civilians ({country})" if country else "Civilians (International)"


# --- component -----------------------------------------------------------------------------------------


def find_mentions(doc: Doc, matcher, lex: EventLexicon) -> list[EventMention]:
    actors: list[ActorMention] = list(doc._.actor_mentions or [])
    statements: list[Statement] = list(doc._.statements or [])
    places: list[PlaceMention] = list(doc._.places or [])
    times = list(doc._.times or [])
    claims: list[Claim] = list(doc._.claims or [])
    by_sent: dict[int, list[Span]] = {}
    for _, start, end in matcher(doc):
        span = doc[start:end]
        by_sent.setdefault(sent_of(doc, span.start).start, []).append(span)
    excluded = excluded_place_spans(doc, actors, claims, statements)
    blocked = {t.i for ent in entities(doc) if ent.label_ in {"DATE", "TIME"} for t in ent}  # "26 March" is no march
    blocked |= claimed_acts(doc)  # "JNIM claimed the attack": a reference back, no event of its own
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    mentions: list[EventMention] = []
    for start, end in zip(*sentence_bounds(doc), strict=True):
        if start not in by_sent:
            continue  # no trigger, no event: the sentence adds nothing
        sent = doc[start:end]
        triggers = [t for t in by_sent[start]]
        # longest trigger wins where two overlap ("drone strikes" over "strikes")
        triggers = [t for t in triggers if not any(o is not t and o.start <= t.start and t.end <= o.end
                                                   and len(o) > len(t) for o in triggers)]
        in_sent = [c for c in claims if sent.start_char <= c.evidence.start < sent.end_char]
        sent_claims = [c for c in in_sent if c.scope == "incident"]
        toll = bool(in_sent) and not sent_claims  # "2,000 killed since fighting began": a toll sentence
        harmed = any(c.category in {"killed", "injured"} for c in sent_claims)
        sent_mentions = _best_per_actor(doc, sent, triggers, actors, lex, statements, blocked, harmed,
                                        in_sent if toll else None)
        for c in sent_claims:  # each claim goes to the nearest trigger of its sentence
            nearest = min(sent_mentions, key=lambda m: abs(m.trigger.start_char - c.evidence.start), default=None)
            if nearest is not None:
                nearest.claims.append(c)
        for m in sent_mentions:
            refined = _refine_type(m, m.claims, mentions)
            if refined is None:
                continue
            m.ttype = refined
            _inherit_agent(m, mentions)
            m.place, m.approximate_place, m.region = choose_place(doc, sent, places, lex, excluded)
            if SAME_PLACE.search(sent.text) and mentions:  # "... in the same location": the place told before
                m.place, m.approximate_place, m.region = None, False, False
            if m.agent_from is not None and _other_country(m, m.agent_from):
                m.actor1 = None  # the agent of an event in another country is not this one's
            m.time = choose_time(sent, times)
            if m.actor1 is None and not m.claims and m.ttype.generic:
                continue  # "the renewed fighting comes after...": a generic word, no agent, no count
            mentions.append(m)
    return mentions


def _total_claims(doc: Doc, claims: list[Claim]) -> set[str]:
    cues = casualty_lexicon().total_cues
    out = set()
    for c in claims:
        span = doc.char_span(c.evidence.start, c.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        sent_text = sent_of(doc, span.start).text.lower()
        if any(cue in sent_text for cue in cues):
            out.add(c.id)
    return out


def build_events(doc: Doc, matcher, lex: EventLexicon) -> list[Event]:
    claims: list[Claim] = list(doc._.claims or [])
    mentions = find_mentions(doc, matcher, lex)
    summaries, additions = link_orphan_claims(doc, mentions, claims)
    groups = join_exchanges(join_anaphoric_tolls(attach_agentless(merge_mentions(mentions)), doc))
    credit_the_claimant(doc, groups, list(doc._.actor_mentions or []))
    credit_the_blamed(doc, groups, list(doc._.actor_mentions or []), lex.blame_verbs)
    name_the_claimed_target(doc, groups, list(doc._.actor_mentions or []), lex.claimed_target_verbs,
                            lex.claim_verbs)
    groups = [g for g in groups if codable(g)]
    totals = _total_claims(doc, claims) | summaries
    more = {c.id for c in claims if adds_to_the_told(doc, c)}  # "another 6 were killed"
    mention_index = {c.id: i for i, m in enumerate(mentions) for c in m.claims}
    for k, claim_id in enumerate(sorted(additions), start=len(mentions)):  # added, not an alternative figure
        mention_index[claim_id] = k
    for group in groups:  # a headline's figure restates the lede's: an alternative to it, not an addition
        if len(group.mentions) > 1 and in_headline(group.mentions[0]):
            lede = next(i for i, m in enumerate(mentions) if m is group.mentions[1])
            for c in group.mentions[0].claims:
                mention_index[c.id] = lede
    events = []
    for n, group in enumerate(groups, start=1):
        event = _build_event(n, group, doc, totals, mention_index, named_killed=0, asides=summaries | additions,
                             more=more)
        events.append(event)
        for m in group.mentions:
            for c in m.claims:
                c.event_id = event.id
            if m.place is not None:
                m.place.role = "event_location"
                if event.id not in m.place.event_ids:
                    m.place.event_ids.append(event.id)
    return events


@Language.factory(
    "newsledger_events",
    requires=["doc._.actor_mentions", "doc._.claims", "doc._.places", "doc._.times", "doc._.statements"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp)


class EventsComponent:
    def __init__(self, nlp: Language) -> None:
        self.lexicon = event_lexicon()
        self.matcher = trigger_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = build_events(doc, self.matcher, self.lexicon)
        return doc
