"""``newsledger_casualty_claims``: every count of killed, injured, missing, hostages, displaced or arrested
people, with its qualifier, victims, scope (incident, period, cumulative), claimant and relays.

How a number becomes a claim (the lexicon is ``data/casualty_lexicon.json``):

1. numbers are found as digits, number words and vague quantities ("dozens"); numbers inside dates, times,
   ages, money and percentages are skipped;
2. the category comes from the words around it in the parse: the noun it counts ("58 deaths"), a state
   predicated of that noun ("58 Palestinians dead"), or the verb that governs it ("killing 5", "were killed");
3. the scope: a time expression starting with "since", or a cue such as "so far", makes it ``cumulative``; a
   duration ("in the last three days") or "alone" makes it ``period``; otherwise ``incident``;
4. the claimant is who counted ("according to X", the subject of "X said/reported", the speaker of a statement
   that contains the number); news organisations (``data/media_outlets.txt``) that pass a figure on
   ("cited by the Associated Press", "NBC News reported") are relays.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsledger.nlp import attributes  # noqa: F401
from newsledger.nlp.numbers import NumberMention, find_numbers
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import Claim, Evidence, Period, Statement, TimeExpression
from newsledger.resolve.casualty_lexicon import CasualtyLexicon, casualty_lexicon

STRONG_VERBS = {"kill", "injure", "wound", "murder", "execute", "slay", "massacre", "maim"}
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
                    sib.i > tok.i or sib.i == head.i + 1):  # "left 3 dead", "shot dead a man"
                return lex.states[sib.lower_], sib
    return None


def _verb_cue(tok: Token, lex: CasualtyLexicon, counted_is_person: bool) -> tuple[str, Token] | None:
    """'killing 5 Palestinians', 'injuring another 15', 'lost 12 members', 'resulting in seven dead'."""
    head = tok.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            break
        if head.dep_ == "pobj" or head.pos_ == "ADP":
            head = head.head
            continue
        break
    if tok.dep_ == "nsubj" and head.lemma_ in STRONG_VERBS:
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


def _kill_phrase_before(doc: Doc, start: int, lex: CasualtyLexicon) -> tuple[str, Token] | None:
    """'shot dead a man', 'gunned down two guards': a phrase of data/casualty_lexicon.json right before."""
    for width in (3, 2):
        if start - width >= 0:
            phrase = doc[start - width: start]
            if phrase.text.lower() in lex.kill_phrases:
                return lex.kill_phrases[phrase.text.lower()], phrase[0]
    return None


def implicit_numbers(doc: Doc, lex: CasualtyLexicon, explicit: list[NumberMention]) -> list[NumberMention]:
    """Counts without a number: 'killing a woman' (1), 'a man and his wife' (2), 'killing people' (plural,
    unspecified: ACLED's convention figure applies)."""
    taken = {i for n in explicit for i in range(n.start, n.end)}
    out: list[NumberMention] = []
    for tok in doc:
        if tok.dep_ == "dobj" and tok.lower_ in {"him", "her"} and tok.head.lemma_ in STRONG_VERBS:
            out.append(NumberMention(tok.i, tok.i + 1, 1, 1, 1, counted=tok.i))  # "shot a boy, killing him"
            continue
        nominal = tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ == "ADJ" and tok.dep_ in {"dobj", "nsubjpass"})
        if not nominal or tok.dep_ not in {"dobj", "nsubjpass", "nsubj", "pobj", "appos"}:
            continue  # an adjective heading a noun phrase is a noun: "killing a Palestinian"
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
        if casualty_noun and not any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in lex.vague for c in tok.subtree):
            low, high, _acled = lex.vague["unspecified"]
            out.append(NumberMention(tok.i, tok.i + 1, None, low, high, vague=True, counted=tok.i))
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        plural = tok.tag_ in {"NNS", "NNPS"}
        definite_victim = bool(dets) and dets[0].lower_ == "the" and tok.head.lemma_ in {"kill", "assassinate"}
        if dets and (dets[0].lower_ in {"a", "an"} or definite_victim) and not plural:
            conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            conj += [g for c in conj for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
            n = 1 + len(conj)
            out.append(NumberMention(dets[0].i, dets[0].i + 1, n, n, n, counted=tok.i))
        elif plural and not dets and not any(c.dep_ in {"amod"} and c.lower_ in lex.vague for c in tok.children):
            low, high, _acled = lex.vague["unspecified"]
            out.append(NumberMention(tok.i, tok.i + 1, None, low, high, vague=True, counted=tok.i))
    return out


def _qualifier(doc: Doc, num: NumberMention, lex: CasualtyLexicon) -> tuple[str, int]:
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
        counted = _counted_noun(doc, num)
        anchor = counted if counted is not None else doc[num.end - 1]
        hit = None
        if counted is not None and counted.lower_ in lex.nouns:
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
            if hit is None and quantity is not anchor:  # "killed a number of men": the verb governs "number"
                hit = _verb_cue(quantity, lex, counted_is_person or counted is None)
        killer = num.value is None and counted is not None and counted.dep_ == "nsubj" and \
            counted.head.lemma_ in STRONG_VERBS  # "troops killed a man": the bare plural is who killed
        if hit is None and (counted is None or counted_is_person) and not killer:
            hit = _kill_phrase_before(doc, num.start, lex) or _window_cue(doc, num, lex)
        if hit is None:
            continue
        category, cue = hit
        if num.value is None and num.counted == num.start and category not in {"killed", "injured"}:
            continue  # "release the hostages" is no count; "killing people" is
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
    return sorted(found + _single_victims_after_verb(doc, lex, found), key=lambda f: (f.first, f.number.start))


def _single_victims_after_verb(doc: Doc, lex: CasualtyLexicon, found: list[Found]) -> list[Found]:
    """'killing a Palestinian and injuring others', 'killed a fisherman southwest of the city': one person
    right after an active killing verb, read from the words where the parse attaches them elsewhere."""
    covered = {i for f in found for i in range(f.first, f.last + 1)}
    out: list[Found] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in STRONG_VERBS or verb.i in covered or verb.i + 2 >= len(doc):
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
                    j += 1  # "a Palestinian fisherman"
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


# --- attribution -----------------------------------------------------------------------------------


def _strip_det(span: Span) -> Span:
    while len(span) > 1 and span[0].lower_ in {"the", "a", "an"}:
        span = span[1:]
    return span


def _subtree_span(tok: Token, stop: set[int] | None = None, before: int | None = None) -> Span:
    toks = [t for t in tok.subtree if not (stop and t.i in stop) and (before is None or t.i < before)]
    doc = tok.doc
    return _strip_det(doc[min(t.i for t in toks): max(t.i for t in toks) + 1])


@dataclass
class Attribution:
    claimant: Span | None = None
    relay: list[Span] | None = None


def _is_media(span: Span, lex: CasualtyLexicon) -> bool:
    return span.text.lower().removeprefix("the ") in lex.media


def sentence_attribution(sent: Span, lex: CasualtyLexicon) -> Attribution:
    """Who the sentence attributes its figures to: 'according to X [cited by Y]', 'X said/reported'."""
    claimant: Span | None = None
    relays: list[Span] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"] or \
                   [c for c in tok.children if c.dep_ in {"pobj", "prep"}]
            if objs:
                obj = objs[0] if objs[0].dep_ == "pobj" else next((c for c in objs[0].children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                stop: set[int] = set()
                for t in obj.subtree:  # "hospital sources cited by the Associated Press"
                    if t.dep_ in {"acl", "prep"} and t.lemma_ in {"cite", "quote", "report", "by"} and t.head.i == obj.i:
                        stop.update(x.i for x in t.subtree)
                        for agent in t.subtree:
                            if agent.dep_ == "pobj" and agent.head.lower_ == "by":
                                relays.append(_subtree_span(agent))
                        break
                claimant = _subtree_span(obj, stop)
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_ not in lex.attribution_verbs:
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN"}), None)
        if subj is None:
            continue
        span = _subtree_span(subj, before=tok.i)
        if _is_media(span, lex):
            relays.append(span)
        elif claimant is None and tok.dep_ not in {"relcl", "acl"}:
            claimant = span
    if claimant is not None and _is_media(claimant, lex):
        relays.insert(0, claimant)
        claimant = None
    return Attribution(claimant, relays)


# --- scope ---------------------------------------------------------------------------------------------


CLAUSE_DEPS = {"ROOT", "ccomp", "relcl", "advcl", "xcomp", "acl", "pcomp", "csubj", "parataxis"}


def clause_head(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to: the nearest ancestor (or itself) that heads a clause."""
    for _ in range(40):
        if tok.dep_ in CLAUSE_DEPS or (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}) or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _scope(doc: Doc, f: Found, times: list[TimeExpression], lex: CasualtyLexicon,
           single: bool) -> tuple[str, Period | None, TimeExpression | None]:
    """Scope from cues in the claim's own clause (or its sentence, when it holds only this claim)."""
    sent = sent_of(doc, f.number.start)
    clause = clause_head(f.cue).i

    def in_scope(start_char: int) -> bool:
        tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        return single or (tok is not None and clause_head(tok[0]).i == clause)

    text = " ".join(t.lower_ for t in sent if single or clause_head(t).i == clause)
    sent_times = [t for t in times if sent.start_char <= t.start < sent.end_char and in_scope(t.start)]
    for tok in sent:
        heads = {clause_head(tok.head).i} | ({clause_head(tok.head.head).i} if tok.dep_ == "mark" else set())
        if tok.lower_ == "since" and (single or clause in heads):
            right = max(t.i for t in tok.subtree) if tok.n_rights else sent.end - 1
            since = next((t for t in times if tok.idx <= t.start and t.start <= doc[right].idx), None)
            if since is None:
                return "cumulative", Period(end=doc._.published, text=doc[tok.i:right + 1].text), None
            return "cumulative", Period(start=since.interval_start, end=doc._.published or since.interval_end,
                                        text=doc[tok.i:right + 1].text), since
    if any(cue in text for cue in lex.cumulative_cues):
        return "cumulative", None, None
    for t in sent_times:
        after = doc_text(doc)[t.end:t.end + 7].lower()
        long_interval = (t.interval_start is not None and t.interval_end is not None
                         and (t.interval_end - t.interval_start).days > 2)  # "this year", "last month"
        if t.timex_type == "DURATION" or long_interval or after.strip().startswith("alone") or \
                any(t.text.lower().startswith(c) for c in ("in the past", "in the last", "over the past", "over the last")):
            return "period", Period(start=t.interval_start, end=t.interval_end, text=t.text), t
    if any(f" {cue}" in f" {text}" for cue in ("alone", "per day", "each day")):
        return "period", None, None
    dated = next((t for t in sent_times if t.timex_type in {"DATE", "TIME"} and t.interval_start is not None), None)
    return "incident", None, dated


# --- component ------------------------------------------------------------------------------------------


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _dedupe(names) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for n in names:
        if n.lower() not in {o.lower() for o in out}:
            out.append(n)
    return out


def _statement_for(start: int, statements: list[Statement]) -> Statement | None:
    for s in statements:
        if s.evidence.start <= start < s.evidence.end:
            return s
    return None


def build_claims(doc: Doc) -> list[Claim]:
    lex = casualty_lexicon()
    times: list[TimeExpression] = list(doc._.times or [])
    statements: list[Statement] = list(doc._.statements or [])
    claims: list[Claim] = []
    attributions: dict[int, Attribution] = {}
    found = find_claim_numbers(doc, times)
    per_sentence: dict[int, int] = {}
    for f in found:
        per_sentence[sent_of(doc, f.number.start).start] = per_sentence.get(sent_of(doc, f.number.start).start, 0) + 1
    for n, f in enumerate(found, start=1):
        sent = sent_of(doc, f.number.start)
        if sent.start not in attributions:
            attributions[sent.start] = sentence_attribution(sent, lex)
        attr = attributions[sent.start]
        span = doc[f.first: f.last + 1]
        claimant, claimant_ev = None, None
        if attr.claimant is not None:
            claimant = attr.claimant.text
            claimant_ev = Evidence(start=attr.claimant.start_char, end=attr.claimant.end_char, text=attr.claimant.text)
        relay = _dedupe(_strip_the(r.text) for r in attr.relay or [])
        stmt = _statement_for(doc[f.number.start].idx, statements)
        if stmt is not None and stmt.speaker:
            if stmt.speaker.lower().removeprefix("the ") in lex.media:
                relay = _dedupe([*relay, _strip_the(stmt.speaker)])
            else:
                claimant = stmt.organisation or stmt.speaker
                claimant_ev = stmt.speaker_evidence
        scope, period, time = _scope(doc, f, times, lex, per_sentence[sent.start] == 1)
        num = f.number
        low, high = num.low, num.high
        if f.qualifier in {"at least", "more than"}:
            low, high = (num.value + (1 if f.qualifier == "more than" else 0)) if num.value is not None else low, None
        elif f.qualifier in {"nearly", "fewer than"}:
            low, high = None, (num.value - (1 if f.qualifier == "fewer than" else 0)) if num.value is not None else high
        elif f.qualifier == "up to":
            low, high = None, num.value
        elif f.qualifier in {"around", "approximate"} and not num.vague:
            low, high = None, None
        claims.append(Claim(
            id=f"c{n}", value=num.value, low=low, high=high, qualifier=f.qualifier, category=f.category,  # type: ignore[arg-type]
            victims=f.victims, scope=scope, period=period, claimant=claimant, claimant_evidence=claimant_ev,  # type: ignore[arg-type]
            relay=relay, date=(time.interval_start if time is not None and scope == "incident"
                               and time.interval_start == time.interval_end else None),
            evidence=Evidence(start=span.start_char, end=span.end_char, text=span.text),
        ))
    return claims


@Language.factory(
    "newsledger_casualty_claims",
    requires=["token.dep", "doc.ents", "doc._.times", "doc._.statements"],
    assigns=["doc._.claims"],
)
def make_casualty_claims(nlp: Language, name: str) -> CasualtyClaims:
    return CasualtyClaims()


class CasualtyClaims:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = build_claims(doc)
        return doc
