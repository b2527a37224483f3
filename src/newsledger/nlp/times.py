"""``newsledger_time_expressions``: find every time expression and normalise it against the publication date.

Runs right after spaCy's NER.  Candidates come from the grammar of :mod:`newsledger.resolve.timex` (which
fixes spaCy's spans and finds what its NER misses: "overnight and into Thursday", "earlier this week",
"late on Tuesday", "in the last three days"…) and from spaCy's own DATE/TIME entities where the grammar
found nothing.  Ages ("20-year-old"), rates ("$5 million a year") and numbers that merely look like years are
dropped.  Each expression is normalised with the tense of the clause it modifies (so "will meet on Monday",
"scheduled a vote for Thursday" and "meet Monday" are the next Monday, "met on Monday" the last one) and, for
anaphoric expressions ("the next day"), the last day mentioned before it; "that year" / "the following month"
count from the last date the text gave at that granularity (a year written out, not the year of a weekday).

Sets ``doc._.times`` to a list of :class:`~newsledger.records.TimeExpression`, ids ``t1``, ``t2``… in text
order.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsledger.nlp import attributes  # noqa: F401  (registers the Doc extensions)
from newsledger.nlp.doc_cache import refresh_entities
from newsledger.nlp.sentences import doc_text, sent_of, sentence_bounds
from newsledger.records import TimeExpression
from newsledger.resolve.timex import (
    NOT_RECOGNISED,
    Mentions,
    Tense,
    TimexMatch,
    TimexValue,
    find_time_expressions,
    grain_of,
    normalise,
    quarter_of_year,
    resolve_match,
    year_ago_quarter,
)
from newsledger.resolve.timex_lexicon import DATED_NOUNS, MONTH_ABBR_RE, MONTH_FULL_RE, PLAN_NOUNS

_AGE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?|weeks?|days?)[- ]old\b|\baged?\b|"
                  r"\b(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?(?:\d0s|twenties|thirties|forties|fifties|"
                  r"sixties|seventies|eighties|nineties)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:no|nos|number|resolution|flight|route|highway|article|room|page|chapter|"
                              r"bus|unit|battalion|brigade|division|squadron|code|model|section|paragraph|"
                              r"platoon|regiment|apartment|building|block|gate|exit|channel|line)\.?|[#$£€])\s*$",
                              re.IGNORECASE)
_NON_TIME_LABELS = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll", "would", "'d"}
_FUTURE_LEMMAS = {"expect", "schedule", "plan", "due", "set", "intend", "hope", "aim", "prepare", "going"}
# Verbs whose object or complement is a planned event: "scheduled a vote for Thursday", "is scheduled for Friday",
# "expects a ruling Monday" look ahead whatever their tense ("set" only as a passive: "is set for Friday").
_PLAN_LEMMAS = {"plan", "schedule", "slate", "expect", "intend", "due", "prepare"}
# Reporting verbs: in the present ("the ministry says Tuesday") they report, they do not schedule.
_REPORT_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "claim", "confirm", "deny", "warn", "write",
                  "note", "insist", "accuse", "quote", "cite", "show", "indicate", "reveal", "suggest", "believe"}
_PAST_AUX = {"had", "did", "was", "were"}
# Verbs of scheduled activity: in the present with a date they announce it ("the council meets on Monday",
# "the court hears the case in June", "talks are resuming Tuesday").
_SCHEDULE_LEMMAS = {"meet", "hold", "host", "hear", "vote", "visit", "travel", "arrive", "leave", "return", "open",
                    "reopen", "resume", "begin", "start", "play", "face", "speak", "address", "testify", "appear",
                    "sign", "convene", "attend", "expire", "debate", "celebrate", "mark", "observe"}
_FUTURE_MODALS = {"may", "might", "can", "should", "must", "ought", "shall"}
# Verbs whose past is their base form: tagged present by mistake in past narration ("the storm hit the coast").
_SAME_PAST = {"hit", "hurt", "cut", "set", "put", "let", "cost", "quit", "shut", "spread", "cast", "bid", "split",
              "burst", "thrust", "upset", "broadcast", "forecast", "read", "beat"}
_MAY_CONTEXT = re.compile(r"\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|the|"
                          r"last|next|this|between|and|or)\s+$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:until|till|by|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|starting|"
                            r"beginning|scheduled\s+for|due\s+on|due|expected|planned\s+for|set\s+for|effective|"
                            r"payable|(?:extended|postponed|delayed|adjourned|deferred|moved)\s+(?:to|until))\s+"
                            r"(?:on\s+)?$",
                            re.IGNORECASE)
_NAMES_YEAR = re.compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)|\b(?:nineteen|eighteen|twenty|two\s+thousand)\b|"
                         r"\b(?:last|this|next|a|one)\s+year\b|\byear\s+(?:ago|earlier|later|before)\b", re.IGNORECASE)
_NAMES_MONTH = re.compile(rf"\b(?:{MONTH_FULL_RE}|{MONTH_ABBR_RE})|\d{{1,2}}/\d{{1,2}}/\d|\d{{4}}-\d\d-\d\d")
_RATE_BEFORE = re.compile(r"(?:\b(?:times|once|twice|per)|\d|\b(?:million|billion|thousand|hundred|percent|cents?|"
                          r"dollars?|shares|flights|trips|visits|rounds))\s+$", re.IGNORECASE)
_SHIFT_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|from|since)\b", re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"(?:\b(?:for|in|within|than|of|about|over|only|just|a|per|the|every|each|first|last|"
                              r"least|after|by|than|another|full|whole)|\d)\s+$", re.IGNORECASE)
_WITHIN = re.compile(r"within\s+(?=\S)", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# A clock time inside a clause ("was shot at 10 p.m."), not a timestamp heading a paragraph of a live report.
_CLOCK_IN_CLAUSE = re.compile(r"\b(?:at|by|around|about|before|after|until|till|from|since|to)\s+$", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"quarter|\bperiod\b", re.IGNORECASE)
_SPACY_SKIP = re.compile(r"^(?:the\s+)?(?:\d+|[a-z]+)[- ]?(?:year|month|week|day)s?[- ]old$|^(?:that|the|this)$",
                         re.IGNORECASE)


def _governor(doc: Doc, start: int, end: int) -> tuple[Token, bool] | None:
    """The verb governing the characters ``start:end`` (the first verb up the head chain of the span's root,
    at most eight steps, outside the span) and whether the expression modifies it directly (through nothing
    but a preposition: "meet on Monday", not "follows the decision on Monday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    direct = True
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok, direct
        if tok.head.i == tok.i:
            return None
        if not (span.start <= tok.i < span.end) and tok.pos_ != "ADP":
            direct = False
        tok = tok.head
    return None


def _title_case_unit(unit: str) -> bool:
    """ "Hours" in "the series 48 Hours": a unit capitalised inside a phrase (not in a headline in capitals)."""
    return unit[:1].isupper() and not unit.isupper()


_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "for", "in", "on", "to", "and", "at", "by", "with", "after"})


def _running_text(before: str) -> bool:
    """A lower-case word other than a function word among the last three before an expression: running text,
    not a headline in title case ("Rebels Hold Town for Three Days")."""
    words = re.findall(r"[A-Za-z]+", before)[-3:]
    return any(w.islower() and w not in _FUNCTION_WORDS for w in words)


def _dated_noun_after(text: str, end: int) -> bool:
    """ "today's edition", "tomorrow's big vote": the possessive names a dated event or publication (one of
    ``dated_nouns``, at most one word after the possessive in between)."""
    words = re.findall(r"[a-z]+", text[end:end + 40].lower())[1:3]
    return any(w in DATED_NOUNS for w in words)


def _possessive(doc: Doc, start: int, end: int) -> bool:
    """ "Monday's vote": the expression is followed by a possessive ending."""
    return bool(_POSSESSIVE_AFTER.match(doc_text(doc), end))


def _sentence_index(doc: Doc, char: int) -> int:
    """The index of the sentence holding the character ``char``."""
    starts, _ends = sentence_bounds(doc)
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return bisect_right(starts, span.start if span is not None else 0) - 1


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _tense(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the clause the characters ``start:end`` sit in, as it orients a date (HeidelTime's tense
    heuristic, on the parse): "future" for will/shall/would, be going to, may/might/should/must, a planned
    event ("scheduled a vote for Thursday", "is scheduled for Friday") and a date modifying the present of a
    verb of scheduled activity, in a sentence without a past ("meet Monday", "is meeting Monday"); "past" for
    the simple past and the perfect; else None.  The present of an event verb orients nothing: it is the
    headline's past ("Strike kills 12 on Monday")."""
    found = _governor(doc, start, end)
    if found is None:
        return None
    tok, direct = found
    aux = _aux(tok)
    lowers = {c.lower_ for c in aux}
    if lowers & _FUTURE_AUX or any(c.lemma_ == "go" and c.tag_ == "VBG" for c in aux):
        return "future"
    if _possessive(doc, start, end):
        return None  # "before Friday's vote": the day of a known event, whatever the clause plans
    if tok.lemma_ in _PLAN_LEMMAS or tok.lemma_ == "set" and tok.tag_ == "VBN" and aux:
        return _plan_tense(tok, lowers, direct, start)
    if tok.tag_ == "VB" and "to" in lowers:
        return _infinitive_tense(tok.head)
    modal = {c.lower_ for c in aux if c.tag_ == "MD"}
    if modal:
        if any(c.lemma_ == "have" for c in aux):
            return "past"  # "may have met"
        return "future" if modal & _FUTURE_MODALS else None
    if tok.tag_ == "VBD" or lowers & _PAST_AUX:
        return "past"
    if any(c.lemma_ == "have" for c in aux):
        return "past"  # the present perfect: "has met on Monday"
    present_aux = any(c.tag_ in ("VBP", "VBZ") for c in aux)
    if tok.tag_ == "VBN" and not present_aux:
        return "past"  # "the curfew imposed on 3 May"
    present = tok.tag_ in ("VBP", "VBZ") or tok.tag_ in ("VBG", "VBN") and present_aux  # "is reviewed in June"
    # only verbs of scheduled activity look ahead in the present ("the envoys meet on Friday"); an event verb
    # in the present is the headline's past ("Strike kills 12 on Monday")
    if present and direct and tok.lemma_ in _SCHEDULE_LEMMAS and tok.lower_ not in _SAME_PAST:
        sent = sent_of(doc, tok.i)
        if not any(t.tag_ == "VBD" for t in sent):
            return "future"
    return None


def _plan_tense(tok: Token, aux: set[str], direct: bool, start: int) -> Tense:
    """A planning verb: its event lies ahead ("scheduled a vote for Thursday", "is scheduled for Friday"),
    unless the plan is in the past perfect, or the date is when the plan was made ("On Friday, they planned
    to …": the date on the simple past itself, not after its object)."""
    if "had" in aux:
        return "past"
    if tok.tag_ == "VBD" and direct:
        return "future" if start > tok.idx and any(c.dep_ == "dobj" for c in tok.children) else "past"
    return "future"


def _infinitive_tense(head: Token) -> Tense | None:
    """The tense of "to <verb>" from the verb it depends on: "are to resume", "plans to" look ahead; "had
    hoped to", "was to" look back."""
    aux = _aux(head)
    if head.pos_ not in ("VERB", "AUX") and head.head.lemma_ == "be":  # "had been due to …": "been"'s auxiliaries
        aux += [head.head, *_aux(head.head)]
    if any(c.lower_ == "had" for c in aux):
        return "past"
    if head.lemma_ in _PLAN_LEMMAS:
        return "future"  # "were preparing to travel on Monday"
    if any(c.lower_ in _PAST_AUX or c.tag_ == "VBD" for c in aux):
        return "past"
    if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        return "future"  # "talks are to resume on Tuesday"
    if head.lemma_ in _FUTURE_LEMMAS or head.lower_ in ("due", "set", "going", "about"):
        return "future"
    if head.pos_ == "NOUN" and head.lemma_ in PLAN_NOUNS:
        return "future"  # "a plan to reopen the port by June", not "the first town to fall on 2 May"
    return None  # after a past verb the infinitive's event may lie either side: "asked her to appear on …"


def _indefinite_day(doc: Doc, text: str, start: int, end: int) -> bool:
    """ "one day" / "some day" as an adverb before its verb ("will one day return home", "One day, …"):
    an indefinite time, not a duration ("lasted one day", "for one day", "one day after")."""
    if " ".join(text[start:end].lower().split()) not in ("one day", "some day"):
        return False
    if _DURATION_BEFORE.search(text[max(0, start - 20):start]) or _SHIFT_AFTER.match(text[end:end + 12]):
        return False
    found = _governor(doc, start, end)
    return found is not None and found[0].idx >= end


class _Memory:
    """The calendar dates the text has given so far, one per granularity: the last year written out ("in
    2019", "March 5, 2019", "last year"), month, week, day…  "That year" after "in 2019 … on Tuesday" is 2019:
    a weekday or "March 5" names a day and a month, not a year (the reference time of HeidelTime and
    SUTime is the last date mentioned at the expression's granularity)."""

    def __init__(self) -> None:
        self._by_grain: dict[str, dt.date] = {}  # in the order last set
        self.mentions: Mentions = ()  # most recent first

    def add(self, text: str, tv: TimexValue) -> None:
        grain = grain_of(tv.value) if tv.resolved else None
        first = tv.interval_start
        if grain is None or first is None:
            return
        named = [grain]
        if grain == "day" and (_NAMES_MONTH.search(text) or _NAMES_YEAR.search(text)):
            named.append("month")
        if grain != "year" and _NAMES_YEAR.search(text):
            named.append("year")
        for g in reversed(named):  # the expression's own grain counts as the most recent
            self._by_grain.pop(g, None)
            self._by_grain[g] = first if g == grain else first.replace(day=1) if g == "month" else first.replace(
                month=1, day=1)
        self.mentions = tuple(reversed(self._by_grain.items()))


class TimeExpressionFinder:
    def __init__(self, use_ner: bool = True, keep_unknown: bool = False) -> None:
        self.use_ner = use_ner
        self.keep_unknown = keep_unknown

    def _keep(self, doc: Doc, f: TimexMatch, ents: list[tuple[int, int, str]]) -> bool:
        text = doc_text(doc)
        before = text[max(0, f.start - 30):f.start]
        after = text[f.end:f.end + 20]
        if _AGE.search(text[max(0, f.start - 15):f.end + 12]) and f.rule in ("hyphdur", "duration"):
            return False
        if f.rule == "year":
            if _NOT_YEAR_BEFORE.search(before) or re.match(r"\s*(?:[-–]\s*\d|[,.]\d)", after):
                return False
            if any(es <= f.start < ee and label in _NON_TIME_LABELS for es, ee, label in ents):
                return False
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            dated = any(es <= f.start < ee and label == "DATE" for es, ee, label in ents)  # spaCy: "his 2013 votes"
            if span is not None and span.end < len(doc) and not dated and not f.match.group(0)[:1].isalpha():
                nxt = doc[span.end]
                if nxt.tag_ == "NNS" and not nxt.lower_.endswith(("s'",)) and nxt.lower_ not in (
                        "elections", "talks", "games", "accords", "protests", "riots", "wars"):
                    return False
        if f.rule == "month" and f.match.group("mon") in ("May", "March") and not f.match.group("rel"):
            if not _MAY_CONTEXT.search(before):
                return False
        if f.rule == "relunit" and re.fullmatch(r"(?:This|Last|Next) (?:Week|Month|Year)", f.text):
            return False  # a title ("This Week", the programme), not a time
        if f.rule == "relday" and re.match(r"['’]s\b", after) and re.search(r"\b(?:of|in|for)\s+$", before, re.I) \
                and not _dated_noun_after(text, f.end):
            return False  # "in today's world": the present in general, not a date ("in today's edition" is)
        if f.rule == "duration" and _title_case_unit(f.match.group("unit")) and _running_text(before):
            return False  # "the series 48 Hours", "Seven Days": a title, not a duration
        if f.rule == "duration" and re.fullmatch(r"(?:a|one)\s+second", f.text, re.IGNORECASE) and re.match(
                r"\s+[a-z]", after) and not re.match(r"\s+(?:later|earlier|after|before|or|and|ago)\b", after):
            return False  # "a second group", "a second time": the ordinal, not a duration
        if f.rule == "duration" and f.match.group("n") and f.match.group("n").lower() in ("a", "an"):
            # "a day" in "once a day" is a set, in "$5 million a year" or "four flights a week" a rate; "a day
            # after" is fine
            if _RATE_BEFORE.search(before) and not _SHIFT_AFTER.match(after):
                return False
        return True

    @staticmethod
    def _perfect(doc: Doc, start: int, end: int) -> bool:
        """A past-perfect clause ("until Thursday they had not…"): "until" there looks back."""
        found = _governor(doc, start, end)
        if found is None:
            return False
        verb = found[0]
        return any(c.lower_ == "had" for c in (*_aux(verb), *_aux(verb.head)))

    @staticmethod
    def _quarter_near(doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not doc.has_annotation("SENT_START"):
            return False
        sent = sent_of(doc, span.start)
        first = sent_of(doc, sent.start - 1).start_char if sent.start > 0 else sent.start_char
        return bool(_QUARTER_WORD.search(doc_text(doc)[first:sent.end_char].replace(" period", "")))

    @staticmethod
    def _quarterly(doc: Doc, match: TimexMatch) -> bool:
        """ "a year ago" / "a year earlier" / "last year" in a sentence about quarterly results means the
        same quarter a year before (TimeBank's convention, and what the sentence compares)."""
        low = " ".join(match.text.lower().split())
        if match.rule == "ago":
            if match.match.group("dir").lower() not in ("ago", "earlier") or not re.fullmatch(
                    r"(?:a|one)\s+year", " ".join(low.split()[:-1])):
                return False
            window = 2
        elif match.rule == "yearago":
            window = 2
        elif match.rule == "relunit" and low == "last year":
            window = 1
        else:
            return False
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not doc.has_annotation("SENT_START"):
            return False
        sent = sent_of(doc, span.start)
        start = sent.start_char
        for _ in range(window - 1):
            if sent.start == 0:
                break
            sent = sent_of(doc, sent.start - 1)
            start = sent.start_char
        sent = sent_of(doc, span.start)
        return bool(_QUARTER_WORD.search(doc_text(doc)[start:sent.end_char]))

    def __call__(self, doc: Doc) -> Doc:
        anchor = doc._.published
        if isinstance(anchor, dt.datetime):
            anchor = anchor.date()
        text = doc_text(doc)
        ents = [(e.start_char, e.end_char, e.label_) for e in refresh_entities(doc)]  # the first to read them
        candidates = find_time_expressions(text)
        found = [f for f in candidates if self._keep(doc, f, ents)]
        taken = bytearray(len(text) + 1)  # 1 where the grammar found something: spaCy may not take it, even if rejected
        for f in candidates:
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
        items: list[tuple[int, int, TimexMatch | None, str]] = [(f.start, f.end, f, "") for f in found]
        if self.use_ner:
            for es, ee, label in ents:
                if label not in ("DATE", "TIME"):
                    continue
                if taken.find(1, es, ee) != -1:
                    continue
                if _SPACY_SKIP.match(text[es:ee]) or _AGE.search(text[es:ee + 8]):
                    continue
                items.append((es, ee, None, label))
        items.sort(key=lambda x: x[0])
        times: list[TimeExpression] = []
        reference: dt.date | None = None
        reference_at = -1  # where the reference day was mentioned
        memory = _Memory()
        for start, end, match, label in items:
            since = bool(_SINCE_BEFORE.search(text[max(0, start - 10):start]))
            tense = "past" if since else _tense(doc, start, end)  # "since <date>": the date is behind
            if _FUTURE_BEFORE.search(text[max(0, start - 30):start]) and not self._perfect(doc, start, end):
                tense = "future"
            if match is not None:
                ref = reference if match.rule != "clock" or reference_at >= 0 and tense != "future" and \
                    _CLOCK_IN_CLAUSE.search(text[max(0, start - 12):start]) and _sentence_index(doc, start) - \
                    _sentence_index(doc, reference_at) <= 1 else None  # "At 3 p.m. the envoy will speak": not then
                tv = resolve_match(match, anchor, tense=tense, reference=ref, since=since,
                                   mentions=memory.mentions)
                if tv is None:
                    continue
                if anchor is not None and self._quarterly(doc, match):
                    tv = year_ago_quarter(anchor)
                elif match.rule == "duration" and _indefinite_day(doc, text, start, end):
                    tv = TimexValue(value="PAST_REF" if tense == "past" else "FUTURE_REF", resolved=True,
                                    interval_end=anchor if tense == "past" else None,
                                    interval_start=None if tense == "past" else anchor)
                elif match.rule == "year" and re.match(r"\s+period\b", text[end:end + 8]) and re.search(
                        r"\bthe\s+$", text[max(0, start - 5):start]) and self._quarter_near(doc, start, end):
                    start, end = start - len(re.search(r"the\s+$", text[max(0, start - 5):start]).group(0)), end + 7  # type: ignore[union-attr]
                    tv = quarter_of_year(int(match.match.group("y")), anchor)
            else:
                tv = normalise(text[start:end], anchor, tense=tense, reference=reference, mentions=memory.mentions)
                if tv.reason == NOT_RECOGNISED:
                    if not self.keep_unknown:
                        continue
                    tv = TimexValue(value=None, timex_type=label, resolved=False, reason="not understood")
            if since:
                start = start - len(_SINCE_BEFORE.search(text[max(0, start - 10):start]).group(0))  # type: ignore[union-attr]
            within = _WITHIN.match(text, start, end)
            if within:  # "within a week": the preposition is TimeML's signal, not part of the expression
                start = within.end()
            times.append(self._record(len(times) + 1, text, start, end, tv))
            if tv.resolved and tv.precision == 1 and tv.interval_start is not None and not since:
                reference = tv.interval_start
                reference_at = start
            memory.add(text[start:end], tv)
        doc._.times = times
        return doc

    @staticmethod
    def _record(n: int, text: str, start: int, end: int, tv: TimexValue) -> TimeExpression:
        return TimeExpression(
            id=f"t{n}", text=text[start:end], start=start, end=end, timex_type=tv.timex_type,  # type: ignore[arg-type]
            value=tv.value, interval_start=tv.interval_start, interval_end=tv.interval_end,
            precision=tv.precision, resolved=tv.resolved, reason=tv.reason)


@Language.factory("newsledger_time_expressions", requires=["doc.ents"], assigns=["doc._.times"],
                  default_config={"use_ner": True, "keep_unknown": False})
def make_time_expressions(nlp: Language, name: str, use_ner: bool, keep_unknown: bool) -> TimeExpressionFinder:
    """``use_ner``: also take spaCy's DATE/TIME entities the grammar missed (when they normalise);
    ``keep_unknown``: keep those that do not normalise too, unresolved."""
    return TimeExpressionFinder(use_ner=use_ner, keep_unknown=keep_unknown)
