"""``newsledger_casualty_claims``: every count of killed, injured, missing, hostages, displaced or arrested
people, with its qualifier, victims, scope (incident, period, cumulative), claimant and relays.

How a number becomes a claim (the lexicon is ``data/casualty_lexicon.json``):

1. numbers are found as digits, number words and vague quantities ("dozens"); numbers inside dates, times,
   ages, money and percentages are skipped (:mod:`newsledger.nlp.claim_numbers`);
2. the category comes from the words around it in the parse: the noun it counts ("58 deaths"), a state
   predicated of that noun ("58 Palestinians dead"), or the verb that governs it ("killing 5", "were killed")
   (:mod:`newsledger.nlp.claim_numbers`);
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
from newsledger.nlp.claim_numbers import Found, find_claim_numbers
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import Claim, Evidence, Period, Statement, TimeExpression
from newsledger.resolve.casualty_lexicon import CasualtyLexicon, casualty_lexicon

# --- attribution -----------------------------------------------------------------------------------


def _strip_det(span: Span) -> Span:
    while len(span) > 1 and span[0].lower_ in {"the", "a", "an"}:
        span = span[1:]
    return span


def _subtree_span(tok: Token, stop: set[int] | None = None, before: int | None = None) -> Span:
    toks = [t for t in tok.subtree if not (stop and t.i in stop) and (before is None or t.i < before)]
    doc = tok.doc
    if not toks:  # every word of the phrase is cut off: the head word alone
        return doc[tok.i:tok.i + 1]
    return _strip_det(doc[min(t.i for t in toks): max(t.i for t in toks) + 1])


@dataclass
class Attribution:
    claimant: Span | None = None
    relay: list[Span] | None = None


def _is_media(span: Span, lex: CasualtyLexicon) -> bool:
    return span.text.lower().removeprefix("the ") in lex.media


def bracket_asides(sent: Span) -> list[range]:
    """Token ranges of the sentence's bracketed asides that are clauses of their own, brackets included:
    '... killing 3 [according to X, the house was a depot]'.  A bracket that only attributes ('killing 12
    (according to the governor)') is no aside: it attributes the sentence's figures.  An unclosed bracket runs
    to the end of the sentence."""
    asides: list[range] = []
    opened: int | None = None
    closing = ""
    for tok in sent:
        if tok.text in {"(", "["} and opened is None:
            opened, closing = tok.i, ")" if tok.text == "(" else "]"
        elif opened is not None and tok.text == closing:
            asides.append(range(opened, tok.i + 1))
            opened = None
    if opened is not None:
        asides.append(range(opened, sent.end))
    doc = sent.doc
    sourcing = {phrase.split()[0] for phrase in casualty_lexicon().source_phrases}  # "(according to X)", "(based on X)"
    return [r for r in asides if any(doc[i].pos_ in {"VERB", "AUX"} and doc[i].lower_ not in sourcing for i in r)]


def sentence_attribution(sent: Span, lex: CasualtyLexicon, outside: frozenset[int] = frozenset()) -> Attribution:
    """Who the sentence attributes its figures to: 'according to X [cited by Y]', 'based on X', 'X said/reported'.  Words in
    ``outside`` (a bracketed aside that does not hold the figure) attribute nothing to it."""
    claimant: Span | None = None
    relays: list[Span] = []
    for tok in sent:
        if tok.i in outside:
            continue
        if tok.i + 1 < sent.end and f"{tok.lower_} {tok.doc[tok.i + 1].lower_}" in lex.source_phrases:
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
        if tok.i in outside or tok.pos_ != "VERB" or tok.lemma_ not in lex.attribution_verbs:
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
    attributions: dict[tuple[int, int], Attribution] = {}
    asides_of: dict[int, list[range]] = {}
    found = find_claim_numbers(doc, times)
    per_sentence: dict[int, int] = {}
    for f in found:
        per_sentence[sent_of(doc, f.number.start).start] = per_sentence.get(sent_of(doc, f.number.start).start, 0) + 1
    for n, f in enumerate(found, start=1):
        sent = sent_of(doc, f.number.start)
        if sent.start not in asides_of:  # once per sentence, not per figure
            asides_of[sent.start] = bracket_asides(sent)
        asides = asides_of[sent.start]
        own = next((k for k, r in enumerate(asides) if f.number.start in r), -1)
        if (sent.start, own) not in attributions:
            outside = frozenset(i for k, r in enumerate(asides) if k != own for i in r)
            attributions[(sent.start, own)] = sentence_attribution(sent, lex, outside)
        attr = attributions[(sent.start, own)]
        span = doc[f.first: f.last + 1]
        claimant, claimant_ev = None, None
        if attr.claimant is not None:
            claimant = attr.claimant.text
            claimant_ev = Evidence(start=attr.claimant.start_char, end=attr.claimant.end_char, text=attr.claimant.text)
        relay = _dedupe(_strip_the(r.text) for r in attr.relay or [])
        stmt = _statement_for(doc[f.number.start].idx, statements)
        if stmt is not None and stmt.speaker_evidence is not None and any(
                k != own and doc[r.start].idx <= stmt.speaker_evidence.start < doc[r.stop - 1].idx + 1
                for k, r in enumerate(asides)):
            stmt = None  # the speaker of a bracketed aside does not count the figure outside it
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
