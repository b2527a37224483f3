"""``newsledger_time_expressions``: find every time expression and normalise it against the publication date.

Runs right after spaCy's NER.  Candidates come from the grammar of :mod:`newsledger.resolve.timex` (which
fixes spaCy's spans and finds what its NER misses: "overnight and into Thursday", "earlier this week",
"late on Tuesday", "in the last three days"…) and from spaCy's own DATE/TIME entities where the grammar
found nothing.  Ages ("20-year-old") and numbers that merely look like years are dropped.  Each expression
is normalised with the clause's tense (so "will meet on Monday" is the next Monday) and, for anaphoric
expressions ("the next day"), the last day mentioned before it; "that year" / "the following month" count
from the last calendar date mentioned at that granularity or finer.

Sets ``doc._.times`` to a list of :class:`~newsledger.records.TimeExpression`, ids ``t1``, ``t2``… in text
order.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp import attributes  # noqa: F401  (registers the Doc extensions)
from newsledger.nlp.sentences import doc_text, sent_of
from newsledger.records import TimeExpression
from newsledger.resolve.timex import (
    NOT_RECOGNISED,
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
_MAY_CONTEXT = re.compile(r"\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|"
                          r"last|next|this|between|and|or)\s+$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:until|till|by|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|starting|"
                            r"beginning|scheduled\s+for|due\s+on|due|expected|planned\s+for|set\s+for|effective|"
                            r"payable|(?:extended|postponed|delayed|adjourned|deferred|moved)\s+(?:to|until))\s+"
                            r"(?:on\s+)?$",
                            re.IGNORECASE)
_QUARTER_WORD = re.compile(r"quarter|\bperiod\b", re.IGNORECASE)
_SPACY_SKIP = re.compile(r"^(?:the\s+)?(?:\d+|[a-z]+)[- ]?(?:year|month|week|day)s?[- ]old$|^(?:that|the|this)$",
                         re.IGNORECASE)


def _tense(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the clause the characters ``start:end`` sit in: past, present, future or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    for c in aux:
        low = c.lower_
        if low in _FUTURE_AUX:
            return "future"
    if any(c.lemma_ == "go" and c.tag_ == "VBG" for c in aux):
        return "future"
    if tok.tag_ == "VBD":
        return "past"
    if tok.lemma_ in _FUTURE_LEMMAS and not any(c.tag_ == "VBD" or c.lower_ in ("had", "was", "were") for c in aux):
        return "future"
    if any(c.tag_ == "MD" for c in aux):
        return None
    if tok.tag_ == "VB" and any(c.lower_ == "to" for c in aux):
        head = tok.head
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return "future"  # "talks are to resume on Tuesday"
        if any(c.lower_ in ("had", "was", "were") or c.tag_ == "VBD" for c in head.children if c.dep_.startswith("aux")):
            return "past"
        if head.lemma_ in _FUTURE_LEMMAS or head.lower_ in ("due", "set", "going", "about"):
            return "future"
        if head.tag_ == "VBD":
            return "past"
        return None
    for c in aux:
        if c.tag_ == "VBD" or c.lower_ in ("had", "did", "was", "were"):
            return "past"
        if c.tag_ in ("VBP", "VBZ") and c.lemma_ == "have":
            return "past"
    if tok.tag_ in ("VBD", "VBN"):
        return "past"
    if tok.tag_ in ("VBP", "VBZ", "VBG"):
        return "present"
    return None


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


class TimeExpressionFinder:
    def __init__(self, use_ner: bool = True, keep_unknown: bool = False) -> None:
        self.use_ner = use_ner
        self.keep_unknown = keep_unknown

    def _keep(self, doc: Doc, f: TimexMatch, ent_labels: dict[int, str]) -> bool:
        text = doc_text(doc)
        before = text[max(0, f.start - 30):f.start]
        after = text[f.end:f.end + 20]
        if _AGE.search(text[max(0, f.start - 15):f.end + 12]) and f.rule in ("hyphdur", "duration"):
            return False
        if f.rule == "year":
            if _NOT_YEAR_BEFORE.search(before) or re.match(r"\s*(?:[-–]\s*\d|[,.]\d)", after):
                return False
            label = ent_labels.get(f.start)
            if label in _NON_TIME_LABELS:
                return False
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is not None and span.end < len(doc):
                nxt = doc[span.end]
                if nxt.tag_ == "NNS" and not nxt.lower_.endswith(("s'",)) and nxt.lower_ not in (
                        "elections", "talks", "games", "accords", "protests", "riots", "wars"):
                    return False
        if f.rule == "month" and f.match.group("mon") in ("May", "March") and not f.match.group("rel"):
            if not _MAY_CONTEXT.search(before):
                return False
        if f.rule == "relunit" and re.fullmatch(r"(?:This|Last|Next) (?:Week|Month|Year)", f.text):
            return False  # a title ("This Week", the programme), not a time
        if f.rule == "relday" and re.match(r"['’]s\b", after) and re.search(r"\b(?:of|in|for)\s+$", before, re.I):
            return False  # "in today's world": the present in general, not a date
        if f.rule == "duration" and re.fullmatch(r"(?:a|one)\s+second", f.text, re.IGNORECASE) and re.match(
                r"\s+[a-z]", after) and not re.match(r"\s+(?:later|earlier|after|before|or|and|ago)\b", after):
            return False  # "a second group", "a second time": the ordinal, not a duration
        if f.rule == "duration" and f.match.group("n") and f.match.group("n").lower() in ("a", "an"):
            # "a day" in "once a day" is a set; "a day after" is fine
            if re.search(r"\b(?:times|once|twice|per)\s+$", before, re.IGNORECASE):
                return False
        return True

    @staticmethod
    def _perfect(doc: Doc, start: int, end: int) -> bool:
        """A past-perfect clause ("until Thursday they had not…"): "until" there looks back."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        sent = sent_of(doc, span.start)
        return any(t.lower_ == "had" for t in sent)

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
        ent_labels: dict[int, str] = {}
        for ent in doc.ents:
            for i in range(ent.start_char, ent.end_char):
                ent_labels[i] = ent.label_
        found = [f for f in find_time_expressions(text) if self._keep(doc, f, ent_labels)]
        taken = [(f.start, f.end) for f in found]
        items: list[tuple[int, int, TimexMatch | None, str]] = [(f.start, f.end, f, "") for f in found]
        if self.use_ner:
            for ent in doc.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                if _overlaps((ent.start_char, ent.end_char), taken):
                    continue
                if _SPACY_SKIP.match(ent.text) or _AGE.search(text[ent.start_char:ent.end_char + 8]):
                    continue
                items.append((ent.start_char, ent.end_char, None, ent.label_))
        items.sort(key=lambda x: x[0])
        times: list[TimeExpression] = []
        reference: dt.date | None = None
        mention: tuple[str, dt.date] | None = None
        for start, end, match, label in items:
            since = bool(_SINCE_BEFORE.search(text[max(0, start - 10):start]))
            tense = _tense(doc, start, end)
            if _FUTURE_BEFORE.search(text[max(0, start - 30):start]) and not self._perfect(doc, start, end):
                tense = "future"
            if match is not None:
                tv = resolve_match(match, anchor, tense=tense, reference=reference, since=since, mention=mention)
                if tv is None:
                    continue
                if anchor is not None and self._quarterly(doc, match):
                    tv = year_ago_quarter(anchor)
                elif match.rule == "year" and re.match(r"\s+period\b", text[end:end + 8]) and re.search(
                        r"\bthe\s+$", text[max(0, start - 5):start]) and self._quarter_near(doc, start, end):
                    start, end = start - len(re.search(r"the\s+$", text[max(0, start - 5):start]).group(0)), end + 7  # type: ignore[union-attr]
                    tv = quarter_of_year(int(match.match.group("y")), anchor)
            else:
                tv = normalise(text[start:end], anchor, tense=tense, reference=reference, mention=mention)
                if tv.reason == NOT_RECOGNISED:
                    if not self.keep_unknown:
                        continue
                    tv = TimexValue(value=None, timex_type=label, resolved=False, reason="not understood")
            if since:
                start = start - len(_SINCE_BEFORE.search(text[max(0, start - 10):start]).group(0))  # type: ignore[union-attr]
            times.append(self._record(len(times) + 1, text, start, end, tv))
            if tv.resolved and tv.precision == 1 and tv.interval_start is not None and not since:
                reference = tv.interval_start
            grain = grain_of(tv.value) if tv.resolved else None
            if grain is not None and tv.interval_start is not None:
                mention = (grain, tv.interval_start)
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
