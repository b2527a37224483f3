"""Casualty counts in the text: numbers (digits, number words, vague quantities, and counts told without a
number such as "killing a woman") and the words that make each a count of killed, injured, missing...
people.  :mod:`newsledger.nlp.claims` adds qualifier, scope, claimant and relays and makes the claims.

The lexicon is ``data/casualty_lexicon.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.nlp.claim_admission import admission_cue, injury_of_the_admitted
from newsledger.nlp.doc_cache import token_column
from newsledger.nlp.numbers import NumberMention, find_numbers, indices_where
from newsledger.nlp.sentences import paragraph_of, sent_of
from newsledger.records import TimeExpression
from newsledger.resolve.casualty_lexicon import CasualtyLexicon, casualty_lexicon

STRONG_VERBS = frozenset({"kill", "injure", "wound", "murder", "execute", "slay", "massacre", "maim"})
NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


# --- finding --------------------------------------------------------------------------------------


@dataclass
class Found:
    number: NumberMention
    category: str
    cue: Token
    counted: Token | None  # the noun the number counts, if any
    victims: str | None
    qualifier: str
    first: int  # token span of the evidence
    last: int


def _skip_number(doc: Doc, num: NumberMention, time_tokens: set[int]) -> bool:
    first, last = doc[num.start], doc[num.end - 1]
    if any(i in time_tokens for i in range(num.start, num.end)):
        return True
    if first.ent_type_ in NON_COUNT_ENTS:
        return True
    nxt = doc[num.end] if num.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in {"-year-old", "year-old", "years", "year", "%", "percent", "per"}
                            or nxt.text.startswith("-year") or nxt.lower_ in {"am", "pm", "a.m.", "p.m.", "km", "kilometres",
                                                                             "kilometers", "miles", "metres", "meters"}):
        return True
    if "-" in last.text and "year" in last.text.lower():
        return True
    prev = doc[num.start - 1] if num.start > 0 else None
    # "Resolution 2334", "Route 60", "$5"
    return prev is not None and (prev.is_currency or prev.text in {"#", "No.", "no."})


def _counted_noun(doc: Doc, num: NumberMention) -> Token | None:
    if num.counted is not None:
        return doc[num.counted]
    tok = doc[num.end - 1]
    head = tok.head
    if tok.dep_ in {"nummod", "quantmod", "amod", "compound"} and head.pos_ in {"NOUN", "PROPN", "ADJ"} and head.i >= tok.i:
        return head
    # "dozens of people", "hundreds of Palestinians"
    if num.end < len(doc) and doc[num.end].lower_ == "of":
        for child in doc[num.end].children:
            if child.dep_ == "pobj":
                return None if child.pos_ == "PRON" else child  # "killing 5 of them": the number is the count
    return None


def _state_cue(tok: Token, lex: CasualtyLexicon) -> tuple[str, Token] | None:
    """'58 Palestinians dead', '45 individuals ... were killed', '1,200 Israelis dead' (oprd of 'left')."""
    for child in tok.children:
        if child.dep_ in {"amod", "acl", "relcl", "appos"} and child.lower_ in lex.states and child.i > tok.i:
            return lex.states[child.lower_], child
    head = tok.head
    if (admitted := admission_cue(tok)) is not None:  # "two nurses were taken to hospital": injured
        return admitted
    harm = harmed_object(head, lex) if tok.dep_ == "nsubj" else None
    if harm is not None:  # "residents sustained injuries": the subject is who was harmed
        return lex.nouns[harm.lower_], harm
    if tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children):
        return None  # "gunmen killed a guard": the subject of a transitive verb is the agent
    if tok.dep_ in {"nsubjpass", "nsubj"} and head.pos_ in {"VERB", "AUX", "ADJ"}:
        intransitive = head.lemma_ in {"die", "perish", "disappear", "vanish", "flee"}
        if head.lemma_ in lex.verbs and (tok.dep_ == "nsubjpass" or intransitive):  # "were killed", "died"
            return lex.verbs[head.lemma_], head
        if head.lower_ in lex.states:
            return lex.states[head.lower_], head
        for child in head.children:
            if child.dep_ in {"acomp", "attr", "oprd"} and child.lower_ in lex.states:
                return lex.states[child.lower_], child
        if head.lemma_ == "die":
            return "killed", head
    if tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.lower_ in lex.nouns or (
            head.head.pos_ == "NOUN" and head.head.lemma_ in lex.verbs)):  # "the death of 16", "the killing of 5"
        noun = head.head
        return (lex.nouns.get(noun.lower_) or lex.verbs[noun.lemma_]), noun
    if tok.dep_ in {"attr", "pobj", "dobj", "npadvmod"}:  # "total fatalities were 9", "the toll rose to 30"
        verb = head.head if head.pos_ == "ADP" else head
        if verb.lemma_ in {"be", "rise", "reach", "climb", "stand", "increase", "jump", "bring", "raise", "hit", "surpass"}:
            for sib in verb.children:
                if sib.dep_ in {"nsubj", "dobj"} and sib.i != tok.i and sib.lower_ in lex.nouns:
                    return lex.nouns[sib.lower_], sib
    if tok.dep_ in {"dobj", "nsubj"}:
        for sib in head.children:
            if sib.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "advmod", "amod"} and sib.lower_ in lex.states and (
                    sib.i > tok.i or sib.i == head.i + 1) and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in sib.children):  # "left 3 dead", "shot dead a man"
                return lex.states[sib.lower_], sib  # not "medics said 4 people were killed": a clause of its own
    return None


def harmed_object(verb: Token, lex: CasualtyLexicon) -> Token | None:
    """The casualty noun a verb of ``harmed_subject_verbs`` takes ('sustained *injuries*', 'suffered *wounds*'):
    it tells what befell the verb's subject, whom it counts, not a count of its own."""
    if verb.lemma_ not in lex.harmed_subject_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex.nouns
                 and not any(n.dep_ == "nummod" for n in c.children)), None)


def _harm_told_by_subject(found: list[Found], lex: CasualtyLexicon) -> list[Found]:
    """'Residents sustained injuries', 'two soldiers suffered wounds': one count, of the subject; the casualty
    noun that is the verb's object is dropped when its subject is counted."""
    subjects = {f.counted.i for f in found if f.counted is not None and f.counted.dep_ == "nsubj"}

    def told_by_subject(noun: Token) -> bool:
        harm = harmed_object(noun.head, lex)
        return harm is not None and harm.i == noun.i and any(
            c.dep_ == "nsubj" and c.i in subjects for c in noun.head.children)

    return [f for f in found if not (f.counted is not None and f.counted.dep_ == "dobj" and told_by_subject(f.counted))]


def is_the_killer(subject: Token, lex: CasualtyLexicon) -> bool:
    """'Troops killed a man', 'gunmen shot dead 3 herders', 'militias attacked the village': the subject of an
    active killing verb, or of a verb with an object, is who acted, not who was counted ('villagers lost their
    lives' are the harmed: ``harmed_subject_verbs``)."""
    if subject.dep_ != "nsubj" or subject.head.lemma_ in lex.harmed_subject_verbs:
        return False
    verb = subject.head
    return verb.lemma_ in STRONG_VERBS or any(c.dep_ == "dobj" or (
        c.lower_ == "dead" and c.i + 1 < len(subject.doc) and c.nbor().pos_ in {"NUM", "DET", "NOUN", "PROPN"})
        for c in verb.children)


def _verb_cue(tok: Token, lex: CasualtyLexicon, counted_is_person: bool) -> tuple[str, Token] | None:
    """'killing 5 Palestinians', 'injuring another 15', 'lost 12 members', 'leaving eleven dead'."""
    head = tok.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            break
        if head.dep_ == "pobj" or head.pos_ == "ADP":
            head = head.head
            continue
        break
    if is_the_killer(tok, lex):
        return None  # "troops killed ...": the subject of an active killing verb is the killer
    if tok.dep_ in {"dobj", "nsubjpass", "conj", "pobj", "nsubj", "appos"} and head.lemma_ in lex.verbs:
        cat = lex.verbs[head.lemma_]
        weak = head.lemma_ in {"lose", "claim", "capture", "seize", "take", "leave"}
        if weak and (not counted_is_person or tok.dep_ != "dobj"):  # "lost 12 members", not "a farmer lost"
            return None
        return cat, head
    return None


def _window_cue(doc: Doc, num: NumberMention, lex: CasualtyLexicon) -> tuple[str, Token] | None:
    """Fallback: a category word right after the number in the same clause ("12 killed", "3 injured"), or a
    casualty noun right before it ("total fatalities 33", "fatalities were 4")."""
    sent = sent_of(doc, num.start)
    before = doc[max(sent.start, num.start - 3): num.start]
    if num.value is not None and before and before[-1].lower_ not in {"of", "in", "on", "at"}:
        for tok in reversed(list(before)):
            if tok.pos_ == "NOUN" and tok.lower_ in lex.nouns and tok.tag_ == "NNS":
                return lex.nouns[tok.lower_], tok
            if not (tok.lemma_ == "be" or tok.lower_ in {"stood", "at", ":"}):
                break
    for tok in doc[num.end: min(num.end + 4, sent_of(doc, num.start).end)]:
        if tok.is_punct and tok.text not in {"-"}:
            break
        low = tok.lower_
        if low in lex.states:
            return lex.states[low], tok
        if low in lex.nouns:
            return lex.nouns[low], tok
    return None


def unreal(verb: Token, lex: CasualtyLexicon) -> bool:
    """A killing verb that counts no one: negated ('did not kill'), under a modal ('would kill') or under a
    verb of intention or threat ('vowed to kill', 'threatened to kill')."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in lex.irrealis_aux) for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ in lex.irrealis_heads


def _breakdown(doc: Doc, num: NumberMention, lex: CasualtyLexicon) -> bool:
    """'Two of the dead were children': a part of a count already told, not a new count."""
    after = doc[num.end:num.end + 3]
    if len(after) < 3 or after[0].lower_ != "of" or after[1].lower_ not in {"the", "those", "these"}:
        return False
    if after[2].lower_ in lex.nouns or after[2].lower_ in lex.states or after[2].lower_ == "victims":
        return True
    # "one of the men killed", "two of those wounded": a part of the people a casualty verb counted
    group = after[1] if after[1].lower_ == "those" else after[2]
    if group.lower_ != "those" and not (group.lower_ in lex.person_nouns or group.lemma_.lower() in lex.person_nouns):
        return False
    return any(t.dep_ in {"acl", "relcl", "amod"} and t.head.i == group.i and t.lemma_.lower() in lex.verbs
               for t in doc[group.i + 1:min(group.i + 5, len(doc))])


def _told_before(doc: Doc, num: NumberMention, counted: Token | None, category: str, found: list[Found],
                 lex: CasualtyLexicon) -> bool:
    """'Two guards were killed ... The army said the two men killed were armed': a number after 'the',
    'these' or 'those' that repeats a count of the same kind told before refers back to it."""
    if num.value is None or num.start == 0 or doc[num.start - 1].lower_ not in {"the", "these", "those"}:
        return False
    paragraph = paragraph_of(doc, doc[num.start].idx)

    def same_people(f: Found) -> bool:  # "the two men" for "two guards"; not "the two sons" for "two farmers"
        return counted is None or counted.lemma_.lower() in lex.referring_nouns or (
            f.counted is not None and f.counted.lemma_.lower() == counted.lemma_.lower())

    return any(f.category == category and f.number.value == num.value and f.number.end <= num.start
               and paragraph_of(doc, doc[f.number.start].idx) == paragraph and same_people(f) for f in found)


def _kill_phrase_before(doc: Doc, start: int, lex: CasualtyLexicon) -> tuple[str, Token] | None:
    """'shot dead a man', 'gunned down two guards': a phrase of data/casualty_lexicon.json right before."""
    for width in (3, 2):
        if start - width >= 0:
            phrase = doc[start - width: start]
            if phrase.text.lower() in lex.kill_phrases:
                return lex.kill_phrases[phrase.text.lower()], phrase[0]
    return None


_COUNTED_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "pobj", "appos", "conj"})


def _implicit_candidates(doc: Doc, lex: CasualtyLexicon) -> list[int]:
    """The tokens :func:`implicit_numbers` may count, read from the doc's arrays: a noun-phrase role, and a word
    or lemma of a person, a role or a casualty (or 'him'/'her'); the rest cannot be counted."""
    roles = indices_where(doc, "DEP", _COUNTED_DEPS)
    if not roles:
        return roles
    strings = doc.vocab.strings
    lemmas = token_column(doc, "LEMMA").tolist()
    person = {h for h in {lemmas[i] for i in roles} if strings[h].lower() in lex.person_lemmas}
    words = set(indices_where(doc, "LOWER", lex.counted_words))
    return [i for i in roles if i in words or lemmas[i] in person]


def implicit_numbers(doc: Doc, lex: CasualtyLexicon, explicit: list[NumberMention]) -> list[NumberMention]:
    """Counts without a number: 'killing a woman' (1), 'a man and his wife' (2), 'killing people' (plural,
    unspecified: ACLED's convention figure applies)."""
    taken = {i for n in explicit for i in range(n.start, n.end)}
    out: list[NumberMention] = []
    for i in _implicit_candidates(doc, lex):
        tok = doc[i]
        if tok.dep_ == "dobj" and tok.lower_ in {"him", "her"} and tok.head.lemma_ in STRONG_VERBS and \
                not unreal(tok.head, lex):
            out.append(NumberMention(tok.i, tok.i + 1, 1, 1, 1, counted=tok.i))  # "shot a boy, killing him"
            continue
        nominal = tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "nsubjpass", "pobj"})
        # "leaving deaths and injuries": a casualty noun in coordination has the role of the first one
        role = tok.head.dep_ if tok.dep_ == "conj" and tok.lower_ in lex.nouns and tok.head.lower_ in lex.nouns \
            else tok.dep_
        if not nominal or role not in {"dobj", "nsubjpass", "nsubj", "pobj", "appos"}:
            continue  # an adjective heading a noun phrase is a noun: "killing a Ukrainian"
        if tok.dep_ == "appos" and _kill_phrase_before(doc, tok.left_edge.i, lex) is None:
            continue
        if tok.lower_ in lex.nouns and any(c.like_num for c in tok.head.children if c.i != tok.i):
            continue  # "fatalities were 4": the number is the count
        person = tok.lower_ in lex.person_nouns or tok.lemma_.lower() in lex.person_nouns or \
            f"{tok.lemma_.lower()}s" in lex.person_nouns or tok.lower_ in lex.role_nouns
        casualty_noun = tok.lower_ in lex.nouns and tok.tag_ == "NNS"  # "leaving fatalities and injuries"
        if not (person or casualty_noun) or any(c.i in taken or c.like_num for c in tok.children):
            continue
        if tok.head.lower_ == "of" and (tok.head.head.i in taken or tok.head.head.lower_ in lex.vague):
            continue  # "dozens of people": counted by "dozens"
        if casualty_noun and any(c.dep_ == "poss" or c.lower_ in {"the", "these", "those"} for c in tok.children):
            continue  # "their bodies were found", "the fatalities": the dead already counted
        if casualty_noun and injury_of_the_admitted(tok):
            continue  # "were treated in hospital for wounds": how the counted were hurt
        if casualty_noun and not any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in lex.vague for c in tok.subtree):
            low, high, _acled = lex.vague["unspecified"]
            out.append(NumberMention(tok.i, tok.i + 1, None, low, high, vague=True, counted=tok.i))
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        plural = tok.tag_ in {"NNS", "NNPS"}
        if not dets and person and tok.dep_ == "dobj":
            dets = [c for c in tok.children if c.dep_ == "poss"]  # "killed Hamas' head of operations"
        definite_victim = bool(dets) and (dets[0].lower_ == "the" or dets[0].dep_ == "poss") and \
            tok.head.lemma_ in {"kill", "assassinate"}
        if dets and (dets[0].lower_ in {"a", "an"} or definite_victim) and not plural:
            conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            conj += [g for c in conj for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
            counts = [_conjunct_count(c, explicit) for c in conj]  # "a shepherd and his 3 sons": 4
            n = 1 + sum(k for k, _ in counts)
            end = max([dets[0].i, *(c.i for c in conj)]) + 1
            if all(exact for _, exact in counts):
                out.append(NumberMention(dets[0].i, end, n, n, n, counted=tok.i))
            else:  # "a man and his children": at least 3
                out.append(NumberMention(dets[0].i, end, None, n, None, counted=tok.i, qualifier="at least"))
        elif plural and not dets and not any(c.dep_ in {"amod"} and c.lower_ in lex.vague for c in tok.children):
            low, high, _acled = lex.vague["unspecified"]
            out.append(NumberMention(tok.i, tok.i + 1, None, low, high, vague=True, counted=tok.i))
    return out


def _conjunct_count(noun: Token, explicit: list[NumberMention]) -> tuple[int, bool]:
    """How many people a coordinated noun adds, and whether exactly: its own number ('her 2 children'), one
    for a singular, at least two for a plural without a number ('his children')."""
    for num in explicit:
        if num.value is not None and any(t.head.i == noun.i and t.dep_ == "nummod" for t in noun.doc[num.start:num.end]):
            return num.value, True
    return (2, False) if noun.tag_ in {"NNS", "NNPS"} else (1, True)


def _qualifier(doc: Doc, num: NumberMention, lex: CasualtyLexicon) -> tuple[str, int]:
    if num.qualifier is not None:
        return num.qualifier, num.start
    if num.vague and num.counted is not None and num.start == num.counted:
        return "unspecified", num.start
    if num.vague:
        return doc[num.start:num.end].text.lower(), num.start
    for width in (3, 2, 1):
        if num.start - width < 0:
            continue
        phrase = doc[num.start - width: num.start].text.lower()
        if phrase in lex.qualifiers:
            return lex.qualifiers[phrase], num.start - width
    return ("approximate" if num.vague else "exact"), num.start


def _victims(counted: Token | None, lex: CasualtyLexicon) -> str | None:
    if counted is None or counted.lower_ not in lex.person_nouns and counted.pos_ != "PROPN":
        return None
    if counted.lower_ in lex.nouns:  # "deaths", "martyrs": the noun is the category, not the victims
        return None
    words = [t for t in counted.lefts if t.dep_ in {"amod", "compound"} and t.lower_ not in lex.states]
    text = " ".join([t.text for t in words] + [counted.text])
    for child in counted.rights:  # "45 individuals, including children"
        if child.dep_ == "prep" and child.lower_ == "including":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                text += ", including " + " ".join(t.text for t in objs[0].subtree)
    return text


def find_claim_numbers(doc: Doc, times: list[TimeExpression]) -> list[Found]:
    lex = casualty_lexicon()
    time_tokens = set()
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            time_tokens.update(range(span.start, span.end))
    found: list[Found] = []
    numbers = find_numbers(doc, lex.vague)
    for num in sorted(numbers + implicit_numbers(doc, lex, numbers), key=lambda n: n.start):
        if _skip_number(doc, num, time_tokens):
            continue
        counted = counted_noun = _counted_noun(doc, num)  # ``counted`` may change below; the noun does not
        if num.value is None and counted is not None and is_the_killer(counted, lex):
            continue  # "troops killed a man", "gunmen shot dead 3 men": the bare plural is who killed
        anchor = counted if counted is not None else doc[num.end - 1]
        hit = None
        state = doc[num.end] if (num.value is not None or num.qualifier == "between") and num.end < len(doc) else None
        if state is not None and state.lower_ in lex.states and (counted is None or counted.i > state.i and
                                                                 counted.lower_ in lex.nouns):
            # "eleven dead and many wounded": eleven are dead; "25 killed and 7-8 wounded": 7 to 8 wounded
            hit, counted = (lex.states[state.lower_], state), None
        if hit is None and counted is not None and counted.lower_ in lex.nouns:
            hit = (lex.nouns[counted.lower_], counted)
        counted_is_person = counted is not None and (
            counted.lower_ in lex.person_nouns or counted.pos_ in {"PROPN", "PRON"} or counted.lemma_ in lex.person_nouns
            or f"{counted.lemma_}s" in lex.person_nouns)
        if hit is None and counted is not None and not counted_is_person and counted.tag_ in {"NNS", "NN"} and \
                counted.head.lemma_ in STRONG_VERBS and counted.dep_ in {"dobj", "nsubjpass"}:
            hit = (lex.verbs[counted.head.lemma_], counted.head)  # "killing four traders": who is killed is a person
        if hit is None and (counted is None or counted_is_person or counted.lower_ in lex.nouns):
            hit = _state_cue(anchor, lex) or _verb_cue(anchor, lex, counted_is_person or counted is None)
            quantity = next((t for t in reversed(doc[num.start:num.end]) if t.pos_ == "NOUN"), anchor)
            if counted is not None and counted.head.i == num.end and doc[num.end].lower_ == "of":
                quantity = doc[num.end - 1]  # "one of its soldiers was killed": the verb governs "one"
            if hit is None and quantity is not anchor:  # "killed a number of men": the verb governs "number"
                hit = _state_cue(quantity, lex) or _verb_cue(quantity, lex, counted_is_person or counted is None)
        if hit is None and (counted is None or counted_is_person):
            hit = _kill_phrase_before(doc, num.start, lex) or _window_cue(doc, num, lex)
        if hit is None:
            continue
        category, cue = hit
        if num.value is None and num.counted == num.start and category not in {"killed", "injured"}:
            continue  # "release the hostages" is no count; "killing people" is
        if unreal(cue, lex) or _breakdown(doc, num, lex) or _told_before(doc, num, counted_noun, category, found, lex):
            continue
        qualifier, q_start = _qualifier(doc, num, lex)
        sent = sent_of(doc, num.start)
        positions = [q_start, num.end - 1, cue.i] + ([counted.i] if counted is not None else [])
        first = max(min(positions), sent.start)
        last = min(max(positions), sent.end - 1)
        found.append(Found(num, category, cue, counted, _victims(counted, lex), qualifier, first, last))
        shared = _shared_object_verb(cue, lex)
        if shared is not None:  # "killing and injuring several people": the object counts for both verbs
            found.append(Found(num, lex.verbs[shared.lemma_], shared, counted, _victims(counted, lex), qualifier,
                               min(first, shared.i), last))
    found = _harm_told_by_subject(found, lex)
    return sorted(found + _single_victims_after_verb(doc, lex, found), key=lambda f: (f.first, f.number.start))


def _single_victims_after_verb(doc: Doc, lex: CasualtyLexicon, found: list[Found]) -> list[Found]:
    """'killing a farmer and wounding others', 'killed a fisherman southwest of the city': one person
    right after an active killing verb, read from the words where the parse attaches them elsewhere."""
    covered = {i for f in found for i in range(f.first, f.last + 1)}
    out: list[Found] = []
    for i in indices_where(doc, "LEMMA", STRONG_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_ not in STRONG_VERBS or verb.i in covered or verb.i + 2 >= len(doc) \
                or unreal(verb, lex):
            continue
        if (verb.tag_ == "VBN" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)) or \
                verb.dep_ in {"acl", "amod"} or (verb.i > 0 and doc[verb.i - 1].lower_ in {"those", "the"}):
            continue  # "was killed", "among those killed": the victims are told elsewhere
        det = doc[verb.i + 1]
        if det.lower_ not in {"a", "an", "one"}:
            continue
        j = verb.i + 2
        while j < min(len(doc), verb.i + 5) and doc[j].i not in covered:
            word = doc[j]
            lower = word.lower_
            if lower in lex.person_nouns or f"{lower}s" in lex.person_nouns or lower in lex.role_nouns:
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and (
                        nxt.lower_ in lex.person_nouns or nxt.lower_ in lex.role_nouns):
                    j += 1  # "a Sudanese fisherman"
                    continue
                num = NumberMention(det.i, det.i + 1, 1, 1, 1, counted=j)
                out.append(Found(num, lex.verbs[verb.lemma_], verb, word, word.text, "exact", verb.i, j))
                break
            if word.pos_ not in {"ADJ", "PROPN", "NOUN"} or word.is_punct:
                break
            j += 1
    return out


def _shared_object_verb(cue: Token, lex: CasualtyLexicon) -> Token | None:
    """The verb coordinated before ``cue`` with no object of its own ('killing and injuring 5 people')."""
    head = cue.head
    if cue.dep_ != "conj" or head.pos_ != "VERB" or head.lemma_ not in STRONG_VERBS or cue.lemma_ not in lex.verbs:
        return None
    if lex.verbs[head.lemma_] == lex.verbs[cue.lemma_] or head.i > cue.i:
        return None
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children):
        return None
    between = cue.doc[head.i + 1: cue.i]
    return head if [t.lower_ for t in between] in (["and"], ["or"], [",", "and"]) else None
