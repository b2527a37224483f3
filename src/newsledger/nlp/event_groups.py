"""Mention groups: event mentions merged into events (same actor, compatible dates, same place), and the
joins across groups — violence told before its agent joins the agent's event, an attack and the reply to it
make one Armed clash, an agent blamed or a target claimed later in the story completes an event, and a group
with nothing to code is dropped.  Used by :mod:`newsledger.nlp.events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsledger.nlp.actors import ActorMention, is_local
from newsledger.nlp.event_mentions import ARMED, EventMention, distance_km, event_lexicon, place_rank
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.sentences import paragraph_of

VIOLENT = {"Explosions/Remote violence", "Battles", "Violence against civilians"}


def _dates_overlap(a: EventMention, b: EventMention) -> bool:
    if a.time is None or b.time is None:
        return True
    ta, tb = a.time, b.time
    if ta.interval_start and tb.interval_start and ta.interval_end and tb.interval_end:
        return not (ta.interval_end < tb.interval_start or tb.interval_end < ta.interval_start)
    return True


def _compatible(a: EventMention, b: EventMention) -> bool:
    if (a.actor1.canonical if a.actor1 else None) != (b.actor1.canonical if b.actor1 else None):
        return False
    if (a.ttype.event_type in VIOLENT) != (b.ttype.event_type in VIOLENT):
        return False
    if a.ttype.event_type not in VIOLENT and a.ttype.sub_event_type != b.ttype.sub_event_type:
        return False
    return _dates_overlap(a, b)


@dataclass
class EventGroup:
    mentions: list[EventMention] = field(default_factory=list)
    exchange: bool = False  # two armed sides attacking each other: one Armed clash (see join_exchanges)

    @property
    def lead(self) -> EventMention:
        return max(self.mentions, key=lambda m: m.ttype.priority)

    @property
    def place(self) -> EventMention | None:
        placed = [m for m in self.mentions if m.place is not None]
        return min(placed, key=lambda m: (place_rank(m.place), m.trigger.start)) if placed else None  # type: ignore[arg-type]


def same_place(a: EventMention, b: EventMention) -> bool:
    """Places match when they are close for their precision: 2 km for towns and neighbourhoods, 10 km when
    either is approximate ('near', 'east of'), 50 km between regions; a town never matches a region."""
    if a.place is None or b.place is None:
        return False
    if a.region != b.region:
        return False
    km = distance_km(a.place, b.place)
    if km is None:
        return a.place.text.lower() == b.place.text.lower()
    limit = 50.0 if a.region else 10.0 if (a.approximate_place or b.approximate_place) else 2.0
    return km <= limit


ELSEWHERE = frozenset({"elsewhere", "separately", "meanwhile", "unrelated"})


def tells_another(sent: Span) -> bool:
    """'Elsewhere ...', 'in a separate strike', 'another attack' (not 'another 2 were wounded')."""
    return any(t.lower_ in ELSEWHERE or (t.lower_ in {"another", "separate"} and t.head.pos_ == "NOUN")
               for t in sent)


def retells_wider(a: EventMention, b: EventMention, km: float = 50.0) -> bool:
    """'Militants hit a tank in Khan Younis. The army said a soldier was killed in the Gaza Strip': deaths
    told without an act of their own (``b`` is generic), counted for this incident and no more than the attack's
    own toll if it has one, in the next sentence or
    paragraph, at a province or region (not a country) that holds ``a``'s place, are the toll of ``a``; "elsewhere in the Gaza
    Strip" or "in another strike" tell another event.  Where either admin1 is unknown, the region holds a place
    of its country within ``km`` of the region's point."""
    if a.place is None or b.place is None or a.place.resolution is None or b.place.resolution is None:
        return False
    if not b.ttype.generic or b.paragraph - a.paragraph > 1 or place_rank(b.place) != 3 or \
            place_rank(a.place) >= 3 or not b.claims or any(c.scope != "incident" for c in b.claims) or \
            any(c.value is None or c.value > max((o.value or 0 for o in a.claims if o.category == c.category),
                                                 default=c.value) for c in b.claims):
        return False  # a country's or a war's toll, larger than the attack's own, is no attack's toll
    wide, narrow = b.place.resolution, a.place.resolution
    if wide.country_code != narrow.country_code or tells_another(b.sent):
        return False
    if wide.admin1 is not None and wide.admin1 == narrow.admin1:
        return True
    return (wide.admin1 is None or narrow.admin1 is None) and (distance_km(a.place, b.place) or km + 1) <= km


def merge_mentions(mentions: list[EventMention]) -> list[EventGroup]:
    groups: list[EventGroup] = []
    for m in mentions:
        target = None
        for g in reversed(groups):
            last = g.mentions[-1]
            if not all(_compatible(x, m) for x in g.mentions):
                continue
            if m.place is None:
                # a mention that names no place continues the event told just before it, or refers back to an
                # event of the same kind ("Hamas claimed responsibility for the rocket fire")
                if last.paragraph == m.paragraph or (
                        last.ttype.sub_event_type == m.ttype.sub_event_type):
                    target = g
                break
            if any(same_place(x, m) or retells_wider(x, m) for x in g.mentions) or (g.place is None and (
                    last.paragraph == m.paragraph or (in_headline(last) and m.paragraph == 1))):
                target = g
                break
        if target is None:
            groups.append(EventGroup([m]))
        else:
            target.mentions.append(m)
    return groups


def _fighting_side(group: EventGroup) -> tuple[str, str, str] | None:
    """(attacker, attacked, the attacked's kind) when the group is violence by an armed actor against another
    armed actor (attacked "" when the text names no target)."""
    lead = group.lead
    actor1 = next((m.actor1 for m in group.mentions if m.actor1 is not None), None)
    actor2 = next((m.actor2 for m in group.mentions if m.actor2 is not None), None)
    if lead.ttype.event_type not in VIOLENT or actor1 is None or any(m.civilians for m in group.mentions):
        return None
    if actor1.kind not in {"state", "police"} | ARMED:
        return None
    if actor2 is not None and actor2.kind not in {"state", "police"} | ARMED:
        return None
    if actor2 is None:
        return actor1.canonical, "", ""
    return actor1.canonical, actor2.canonical, actor2.kind


def groups_compatible(a: EventGroup, b: EventGroup) -> bool:
    """Two groups may be one event: their dates overlap and their places (where both name one) match."""
    if not all(_dates_overlap(x, y) for x in a.mentions for y in b.mentions):
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.place is None or pb.place is None:
        return True
    return same_place(pa, pb) or pa.place.text.lower() == pb.place.text.lower()


def in_headline(m: EventMention) -> bool:
    """The mention is in a first paragraph of one line without a full stop: a headline."""
    text = m.sent.text.strip()
    return m.paragraph == 0 and "\n" not in text and not text.endswith((".", "!", "?", '"', "”"))


def _same_country(a: EventGroup, b: EventGroup) -> bool:
    """Both groups' places lie in one country, or one of them names none ("Strikes kill 10 in Rafah" is not
    retold by "A car bomb killed three in Beirut")."""
    countries = [{m.place.resolution.country_code for m in g.mentions
                  if m.place is not None and m.place.resolution is not None} for g in (a, b)]
    return not countries[0] or not countries[1] or bool(countries[0] & countries[1])


def attach_agentless(groups: list[EventGroup]) -> list[EventGroup]:
    """'Five people were killed in Kherson. Drones had struck a bus there': violence told before any agent joins
    the next violent event of the same paragraph that has an agent, a compatible date and place."""
    out = list(groups)
    for g in list(out):
        if any(m.actor1 is not None for m in g.mentions) or g.lead.ttype.event_type not in VIOLENT:
            continue  # an arrest or a protest without an agent stays an event of its own
        # a headline ("Drone strike on market kills 23") is told again by the lede, the next paragraph
        # or the next paragraph, when it names no place of its own ("The jets struck the school at dawn")
        last = g.mentions[-1].paragraph
        reach = {last} | ({1} if in_headline(g.mentions[-1]) else set())
        later = [h for h in out if h is not g and h.mentions[0].trigger.start > g.mentions[-1].trigger.start
                 and (h.mentions[0].paragraph in reach or h.mentions[0].paragraph == last + 1 and h.place is None)
                 and any(m.actor1 is not None for m in h.mentions) and h.lead.ttype.event_type in VIOLENT]
        retold = False
        if not later and g.mentions[0].paragraph == 1:  # a lede without agent tells the headline's event again
            later = [h for h in out if h is not g and in_headline(h.mentions[0]) and _same_country(g, h)
                     and any(m.actor1 is not None for m in h.mentions) and h.lead.ttype.event_type in VIOLENT]
            retold = bool(later)
        if not later or not (retold or groups_compatible(g, later[0])):
            continue
        later[0].mentions[:0] = g.mentions
        out.remove(g)
    return _join_retold(out)


def has_toll(group: EventGroup) -> bool:
    return any(c.category in {"killed", "injured"} and c.scope == "incident" for m in group.mentions for c in m.claims)


def _join_retold(groups: list[EventGroup]) -> list[EventGroup]:
    """'An air strike hit a house in X on Tuesday; there was no word on casualties. ... Four people were killed in
    the air strike in X, medics said': violence told later without an agent, at the same place, of the same kind
    (or a generic word: "the attack"), on a compatible date and not told as another ('another strike',
    'elsewhere'), is the earlier event told again with its toll when that event has no toll of its own: it joins
    the earlier event, which stays where it was (the story's first event stays its lead)."""
    out: list[EventGroup] = []
    for g in groups:
        lead = g.lead
        target = None
        if lead.ttype.event_type in VIOLENT and g.place is not None and all(m.actor1 is None for m in g.mentions) \
                and has_toll(g) and not any(tells_another(m.sent) for m in g.mentions):
            target = next((e for e in out if e.lead.ttype.event_type == lead.ttype.event_type and (
                lead.ttype.generic or e.lead.ttype.sub_event_type == lead.ttype.sub_event_type)
                and any(m.actor1 is not None for m in e.mentions) and not has_toll(e)
                and e.place is not None and same_place(e.place, g.place)  # type: ignore[arg-type]
                and groups_compatible(e, g)), None)
        if target is None:
            out.append(g)
        else:
            target.mentions.extend(g.mentions)
    return out


def join_exchanges(groups: list[EventGroup]) -> list[EventGroup]:
    """'Militants fired mortars at the troops. The army responded with shelling, killing several gunmen': when
    an armed actor attacks another and, in the same or the next paragraph, that actor strikes back at armed
    men (not at civilians), ACLED codes one Armed clash between them.  The later group joins the first."""
    out: list[EventGroup] = []
    for g in groups:
        side = _fighting_side(g)
        partner = None
        if side is not None:
            for earlier in out:
                first = _fighting_side(earlier)
                if first is None or not first[1] or first[1] != side[0]:
                    continue
                if side[1] not in {"", first[0]} and side[2] != "armed_generic":
                    continue  # the reply hits the attacker, unnamed armed men ("gunmen") or no one named
                if g.mentions[0].paragraph - earlier.mentions[-1].paragraph > 1:
                    continue  # a reply told by its own weapon ("responded with shelling"), not "the IDF said..."
                engaged = earlier.lead.ttype.sub_event_type == "Armed clash" and not earlier.lead.ttype.generic
                if not engaged and {m.sent.start for m in g.mentions} & {m.sent.start for m in earlier.mentions}:
                    continue  # "fired a missile at an Israeli warplane": the warplane is the target; but
                    # "fighters clashed with the army under its artillery fire": that fire is part of the clash
                if not groups_compatible(earlier, g):
                    continue  # another day or another place: two events
                partner = earlier
                break
        if partner is None:
            out.append(g)
            continue
        partner.mentions.extend(g.mentions)
        partner.exchange = True
    return out


_OTHER_EVENT = frozenset({"separate", "another", "other", "earlier", "previous", "past", "last", "similar", "prior"})


def _blamed(verb: Token, actors: list[ActorMention]) -> ActorMention | None:
    """'blamed the RSF for the attack', 'accused Israeli forces of the strike', 'blamed the attack on the RSF':
    the actor blamed, unless the act named is another one ('for a separate attack', 'for an attack last month')."""
    def actor_in(tok: Token) -> ActorMention | None:
        return next((a for a in actors if a.start <= tok.i < a.end and not is_local(a.canonical)), None)

    for prep in verb.children:  # the act blamed must be the one just told
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
            for act in prep.children:
                if any(t.lower_ in _OTHER_EVENT or t.ent_type_ in {"DATE", "GPE", "LOC", "FAC"} for t in act.subtree):
                    return None
    for child in verb.children:
        if child.dep_ == "dobj":
            blamed = actor_in(child)
            if blamed is not None:
                return blamed
            on = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "on"] + [
                p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"]  # "blamed the attack on X"
            for p in on:
                for obj in p.children:
                    if obj.dep_ == "pobj" and actor_in(obj) is not None:
                        return actor_in(obj)
    return None


def violence_told_before(doc: Doc, groups: list[EventGroup], word: Token) -> EventGroup | None:
    """The violent event told last before ``word``, in its paragraph or the one before: what an accusation or a
    claim of responsibility there refers to."""
    paragraph = paragraph_of(doc, word.idx)
    before = [g for g in groups if g.lead.ttype.event_type in VIOLENT and g.mentions[0].trigger.start < word.i
              and paragraph - g.mentions[-1].paragraph in {0, 1}]
    return before[-1] if before else None


def credit_the_blamed(doc: Doc, groups: list[EventGroup], actors: list[ActorMention],
                      blame_verbs: frozenset[str]) -> None:
    """'A drone hit the market ... Activists blamed the RSF for the attack': a violent event told without a named
    agent (none, or unnamed troops) takes the actor blamed in the same or the next paragraph, as ACLED codes an
    alleged perpetrator.  The accusation itself stays a statement."""
    for verb in (doc[i] for i in indices_where(doc, "LEMMA", blame_verbs)):
        if verb.pos_ != "VERB":
            continue
        blamed = _blamed(verb, actors)
        if blamed is None:
            continue
        target = violence_told_before(doc, groups, verb)
        if target is None:
            continue
        named = [m.actor1 for m in target.mentions if m.actor1 is not None and not is_local(m.actor1.canonical)]
        if named or any(m.actor2 is not None and m.actor2.canonical == blamed.canonical for m in target.mentions):
            continue
        for m in target.mentions:
            m.actor1 = blamed


def struck_sites(group: EventGroup) -> frozenset[str]:
    """The nouns of what the event's triggers struck ('struck a school', 'a strike on a house', 'hit the gate of
    a hospital')."""
    out: set[str] = set()
    for m in group.mentions:
        root = m.trigger.root
        for head in {root, root.head if root.pos_ != "VERB" else root}:
            struck = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"} and c.i != root.i] + [
                g for p in head.children if p.dep_ == "prep" and p.lower_ in {"on", "at", "in", "inside", "against"}
                for g in p.children if g.dep_ == "pobj"]  # with what they hold: "the emergency ward of X Hospital"
            out.update(t.lemma_.lower() for o in struck for t in o.subtree if t.pos_ in {"NOUN", "PROPN"})
    return frozenset(out)


def _is_the_site(tok: Token, sites: frozenset[str], acl: bool = False) -> bool:
    """'it', 'the building', 'the school' after a strike on a school: a word that refers back to the struck site
    (a noun after 'the', 'this' or 'that', or the noun a participle qualifies: 'a school used by Hamas')."""
    if tok.lower_ in {"which", "that"} and tok.head.dep_ == "relcl":
        tok, acl = tok.head.head, True  # "the school, which was used by Hamas"
    if tok.lower_ in event_lexicon().site_words:
        return True
    definite = acl or any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its"} for c in tok.children)
    return tok.pos_ in {"NOUN", "PROPN"} and definite and (tok.lemma_.lower() in sites or tok.lemma_.lower() in
                                                            event_lexicon().site_words)


def _uses_the_site(act: Token, sites: frozenset[str]) -> bool:
    """What the group is said to use is the struck site ('the school was used by Hamas', 'used it as a base'), or
    where it is said to operate refers back to it ('operating there', 'inside', 'from the building'); 'Hamas uses
    civilians as shields' or 'the PDF uses villages to hide' is a general accusation."""
    if act.lemma_ == "use":
        used = [c for c in act.children if c.dep_ in {"dobj", "nsubjpass"}]
        return any(_is_the_site(t, sites) for t in used) or (
            act.dep_ in {"acl", "relcl"} and not used and _is_the_site(act.head, sites, acl=True))
    return any(c.dep_ in {"advmod", "prt"} and c.lower_ in {"there", "inside", "here", "within"} for c in act.children) or any(
        _is_the_site(g, sites) for p in act.children if p.dep_ == "prep" and p.lower_ in {
            "in", "inside", "from", "within", "at", "out"} for g in p.children if g.dep_ == "pobj")


def _claimed_target(verb: Token, actors: list[ActorMention], target_verbs: frozenset[str],
                    sites: frozenset[str] = frozenset()) -> ActorMention | None:
    """A named armed group the speaker of ``verb`` says it targeted: 'said it targeted a Hamas cell', 'claimed to
    have killed PIJ gunmen', 'said the strike hit Hamas operatives', or says used the struck site (its head noun
    in ``sites``) or operated there ('said the school was used by Hamas', 'said Hamas members were operating
    inside': ``site_use_verbs``)."""
    said = {t.i for t in verb.subtree}
    site_use = event_lexicon().site_use_verbs
    for act in (t for t in verb.subtree if t.lemma_ in target_verbs | site_use and t.pos_ == "VERB" and t.i != verb.i):
        if any(c.dep_ == "neg" for c in act.children) or (act.lemma_ in site_use and not _uses_the_site(act, sites)):
            continue  # "said it had not targeted ...", "said Hamas uses civilians as shields"
        objects = [c for c in act.children if c.dep_ in {"dobj", "nsubjpass"}] + [
            g for p in act.children if p.dep_ == "prep" and p.lower_ in {"at", "against", "on"}
            for g in p.children if g.dep_ == "pobj"]
        if act.lemma_ in site_use:  # "was used by Hamas as a command centre", "Hamas members were operating there"
            objects = [c for c in act.children if c.dep_ in {"nsubj", "agent", "prep"}]
        # the group itself or the site it uses ("a school used by Hamas operatives"), as ACLED codes it
        inside = {t.i for o in objects for t in o.subtree if t.i in said}
        named = [a for a in actors if a.start in inside and a.kind in ARMED - {"armed_generic"}]
        if named:
            return min(named, key=lambda a: a.start)
    return None


def name_the_claimed_target(doc: Doc, groups: list[EventGroup], actors: list[ActorMention],
                            target_verbs: frozenset[str], claim_verbs: frozenset[str]) -> None:
    """'Warplanes struck a school, killing 7 ... The army said it targeted Hamas gunmen there': an attack on
    civilians, or on no named target, takes as actor2 the armed group its own perpetrator says it targeted (in
    the same or the next paragraph), as ACLED codes the stated target.  The dead stay counted in the claims."""
    for verb in (doc[i] for i in indices_where(doc, "LEMMA", claim_verbs)):
        if verb.pos_ != "VERB":
            continue
        host = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb  # "struck a school, claiming ..."
        speaker = next((a for c in host.children if c.dep_ == "nsubj"
                        for a in actors if a.start <= c.i < a.end), None)
        if speaker is None or speaker.kind not in {"state", "police"}:
            continue
        paragraph = paragraph_of(doc, verb.idx)
        before = [g for g in groups if g.lead.ttype.event_type in VIOLENT - {"Battles"}
                  and g.mentions[0].trigger.start < verb.i and paragraph - g.mentions[-1].paragraph in {0, 1}]
        if not before or not any(m.actor1 is not None and m.actor1.canonical == speaker.canonical
                                 for m in before[-1].mentions):
            continue
        group = before[-1]
        coded = next((m.actor2 for m in group.mentions if m.actor2 is not None), None)
        if coded is not None and coded.kind != "civilians":
            continue
        target = _claimed_target(verb, actors, target_verbs, struck_sites(group))
        if target is not None:
            for m in group.mentions:
                m.actor2, m.civilians = target, False


def codable(group: EventGroup) -> bool:
    """An event needs something to code: an actor, a target (named, or civilian people or property), a count of
    people harmed or a place.  A trigger word with none of them ("critics blasted the plan") is figurative
    or background."""
    return any(m.actor1 is not None or m.actor2 is not None or m.civilians or m.place is not None
               or any(c.scope == "incident" for c in m.claims) for m in group.mentions)
