"""Statements: attributions — who said, believed, wanted, opposed or found what (or, for impersonal cues,
what is said or expected with no one named), when, where (platform), in direct or reported speech.

The spaCy component ``newsledger_statements`` sets ``doc._.statements`` to a list of
:class:`~newsledger.records.Statement` (ids ``s1``, ``s2`` … in text order of the content).

How it works (the words are data: ``newsledger/data/speech_cues.json``):

1. *Cues* (:mod:`newsledger.nlp.statement_cues`): speech verbs ("said", "told", "posted",
   "stating", "shot back"), clause verbs ("believes") that govern a clause, support verb + stance
   noun ("expressed hope that"), "according to"; and the attributions that are not speech
   (``attribution_cues.json``): verbs of belief, intention, stance and finding ("wants to run",
   "opposed the bill"; finding verbs only with a clause, stance verbs with a clause or an abstract
   object, so that "found five bodies" or "supported the troops with tanks" is no statement), nouns with
   a possessive source ("her claim that"), and impersonal cues with no source ("is expected to win",
   "seems"; the statement has no speaker and its content is the complement, without the cue).  Each statement
   has a ``kind`` (speech | belief | intention | stance | finding) so that what was said can be
   kept apart.  A non-speech cue inside another verb's clause, or inside another statement's
   content, is part of that content, not a statement of its own.  Contents of these cues:
   :mod:`newsledger.nlp.statement_content`.
2. *Reported speech* (:mod:`newsledger.nlp.statement_reported`): the clausal complement (``ccomp``, or a "that" clause the parser hung on "in
   a statement") of a cue, without its "that".  A clause that starts inside quotation marks is left
   to step 3 (used only when no quote attaches to the cue).  A clause that is partly quoted ("said
   the plan was "dead"") is one reported statement.  "According to X" takes the longer side of its
   sentence.  When a speech verb has no clause and no quote, a few listed shapes give the content:
   its object ("announced a ceasefire"), object + predicate ("called the plan a disgrace"),
   to-infinitive ("urged them to leave"), prepositional object ("called for a truce"), or the
   subject of a passive with an agent ("the closure was announced by the ministry").  A speech
   verb set inside the clause it reports ("The plan, she said, failed") takes that sentence.
3. *Direct speech*: each quotation (:mod:`newsledger.nlp.statement_quotes`) is attributed to the
   cue right after it in the same sentence (“…,” Smith said — the cue's clause after it is then not its
   content), else to the cue before it in the same sentence (Smith said: “…”; Smith added, “…”; a colon
   may end the paragraph).  A quote split
   around its attribution (“A,” she said, “B.”) gives **two statements** with the same speaker
   and cue, one per part, so that each keeps exact offsets.  A paragraph continuing a quote, and a
   whole-sentence quote with no cue right after a statement (or after a sentence whose subject is
   a named person), inherit that speaker with cue ``None``.  Short quotes mid-sentence with no cue (scare quotes) are not statements, nor is a quoted phrase
   that belongs to another verb's phrase the content of a nearby cue ('after mocking the “luxury” of ..., she
   announced ...').
4. *Labels*: a paragraph or title opening with a short name and a colon ("Governor X: ...") is a
   statement of that name (cue ``":"``).
5. The *speaker* (:mod:`newsledger.nlp.statement_heads`) is the subject of the cue; for "…, saying" / "…,
   stating:" the subject of the verb it hangs on (or its object when that subject is not a speaker: "footage
   showed her father …, saying"); for "Sen. X, D-Pa., posted on X" the noun it describes; for "who said" the
   noun the clause describes; for a passive, the agent.  :mod:`newsledger.nlp.statement_speakers` resolves
   pronouns ("she" to a person whose gender the text does not contradict), surnames and "the group", and
   reads role and organisation.
   ``speaker_evidence`` is the mention at the cue (the pronoun itself for "he said", "who said"); ``speaker``
   is the resolved, fullest name.  Impersonal cues ("is expected to", "seems", "it was reported that")
   give statements with ``speaker`` None; any other cue with no speaker to name (imperatives, "there
   were emails showing …", an unattributed quote) gives no statement.
6. ``date`` and ``platform`` (:mod:`newsledger.nlp.statement_context`) come from the cue's own
   modifiers ("said on Wednesday", "posted on X", "in a statement").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsledger.nlp import attributes  # noqa: F401  (registers the Doc extensions)
from newsledger.nlp.place_patterns import dateline_prefix_end
from newsledger.nlp.sentences import doc_text, sent_of, sentences
from newsledger.nlp.statement_context import statement_date, statement_platform
from newsledger.nlp.statement_cues import (
    IMPERSONAL_KINDS,
    Cue,
    attribution_lexicon,
    find_cues,
)
from newsledger.nlp.statement_heads import SpeakerHeads
from newsledger.nlp.statement_quotes import Quote, find_quotes, paragraph_separator
from newsledger.nlp.statement_reported import CueContent
from newsledger.nlp.statement_speakers import (
    SalienceMemory,
    SpeakerInfo,
    name_and_subject_starts,
    remember_names,
    remember_subjects,
    resolve_speaker,
    speech_lexicon,
)
from newsledger.records import Evidence, Statement

NESTED_KINDS = {"attitude", "noun", "adjective", *IMPERSONAL_KINDS}  # dropped inside another statement's content
SENTENCE_END = ".!?"
MAX_AFTER_GAP = 150  # characters between a quote's end and the cue after it (room for "X, the head of Y,")
INITIAL_OR_INNER_STOP = r"\b[A-Z]\.|\.(?=[,)])"  # "John F. Kennedy", "D-Fla.,": no sentence end
QUOTED_PHRASE_DEPS = {"pobj", "dobj", "attr", "appos", "compound", "oprd", "amod", "conj"}  # a quote inside a phrase
MAX_BEFORE_GAP = 160  # characters between a cue and the quote it introduces
OWN_CLAUSE_KINDS = {"attitude", "clause", "noun", "adjective", *IMPERSONAL_KINDS}  # dropped in another cue's clause


@lru_cache(maxsize=1)
def abbreviation_pattern() -> re.Pattern[str]:
    """Full stops that end no sentence: initials, "D-Fla.,", and the abbreviated titles of the lexicon ("Sen.")."""
    titles = sorted((t[:-1] for t in speech_lexicon()["titles"] if t.endswith(".")), key=len, reverse=True)
    words = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"{INITIAL_OR_INNER_STOP}|\b(?i:{words})\.")


@dataclass
class Draft:
    """A statement before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    speaker_head: Token | None = None
    inherit: bool = False  # take the speaker of the previous statement / sentence
    speaker: SpeakerInfo | None = None


class StatementFinder(CueContent, SpeakerHeads):
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = speech_lexicon()
        self.attr = attribution_lexicon()
        self.quotes = find_quotes(self.text)
        self.quote_starts = [q.mark_start for q in self.quotes]  # for in_quote: bisect without a key function
        self.separator = paragraph_separator(self.text)
        self.fallback_content: dict[int, tuple[int, int]] = {}
        self.token_starts = doc.to_array(IDX).tolist() if len(doc) else []  # without building Token objects
        self.abbreviations = abbreviation_pattern()

    # --- helpers -----------------------------------------------------------------------------

    def token_at(self, offset: int) -> Token:
        i = max(0, bisect.bisect_right(self.token_starts, offset) - 1)
        return self.doc[i]

    def in_quote(self, token: Token) -> bool:
        offset = token.idx  # quote_at, with the quotes' starts listed once
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.quotes[i].contains(offset)

    def quoted_share(self, start: int, end: int) -> float:
        inside = sum(max(0, min(end, q.mark_end) - max(start, q.mark_start)) for q in self.quotes)
        return inside / max(1, end - start)

    # --- quotes to cues -------------------------------------------------------------------------

    def gap_is_open(self, start: int, end: int) -> bool:
        """True when the text between two offsets does not end a sentence or cross a paragraph
        (a paragraph break right after a colon is allowed: 'He declared:' + quoted paragraph)."""
        gap = self.text[start:end]
        if gap.rstrip().endswith(":"):
            gap = gap.rstrip()
        return self.separator not in gap and not any(ch in SENTENCE_END for ch in self.abbreviations.sub("", gap)) and \
            not any(start <= q.mark_start < end for q in self.quotes)

    def cue_after(self, quote: Quote, cues: list[Cue]) -> Cue | None:
        inner = self.text[quote.start:quote.end]
        trailing = self.text[quote.end:quote.mark_end]
        ends_sentence = inner.rstrip().endswith(".") and "," not in trailing
        if ends_sentence and not quote.open_ended:
            after = self.text[quote.mark_end:quote.mark_end + 3].lstrip()
            if not after[:1].islower():
                return None
        for cue in cues:
            if cue.token.idx < quote.mark_end:
                continue
            if cue.token.idx - quote.mark_end > MAX_AFTER_GAP:
                return None
            if cue.kind in {"speech", "according"} and self.gap_is_open(quote.mark_end, cue.token.idx) and \
                    not self.is_quoted_phrase(quote, cue):
                return cue
            return None
        return None

    def is_quoted_phrase(self, quote: Quote, cue: Cue) -> bool:
        """A quoted noun phrase that belongs to another verb's phrase ('after mocking the “luxury” of the stadium,
        the minister announced a sale', 'denied it, dismissing the author as “a paid liar”'): a name, title or scare
        quote, not the words the cue reports."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
        roots = [t for t in roots if not (t.is_punct or t.is_space)]
        if len(roots) != 1:
            return False
        root = roots[0]
        if root.dep_ not in QUOTED_PHRASE_DEPS or root.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            return False
        verb = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and verb.i != cue.token.i  # 'referred to him as “a rival”': the cue's own phrase

    def cue_before(self, quote: Quote, cues: list[Cue]) -> Cue | None:
        best = None
        for cue in cues:
            end = cue.token.idx + len(cue.token.text)
            if end > quote.mark_start:
                break
            if quote.mark_start - end <= MAX_BEFORE_GAP and cue.kind == "speech" and self.gap_is_open(
                    end, quote.mark_start):
                best = cue  # the nearest cue before the quote ("claimed ..., stating: '…'")
        if best is None or self.is_quoted_phrase(quote, best):
            return None
        lead = self.text[best.token.idx + len(best.token.text):quote.mark_start].rstrip()
        if lead.endswith((":", ",", "—", "–")) or not lead:
            return best
        words = len(self.text[quote.start:quote.end].split())
        first = self.token_at(quote.start)
        linked = any(a.i == best.token.i for a in first.ancestors)
        return best if linked and words >= 4 else None

    def sentence_of(self, offset: int) -> Span:
        return sent_of(self.doc, self.token_at(offset).i)

    # --- assembling ---------------------------------------------------------------------------

    def drafts(self) -> list[Draft]:
        cues = find_cues(self.doc, self.lex, self.in_quote)
        out: list[Draft] = []
        used_quotes: set[int] = set()
        after = {index: self.cue_after(quote, cues) for index, quote in enumerate(self.quotes) if not quote.continued}
        quoted_cues = {id(cue) for index, cue in after.items()
                       if cue is not None and self.opens_sentence(self.quotes[index])}
        cue_tokens = {cue.token.i for cue in cues}
        for cue in cues:
            if cue.kind in OWN_CLAUSE_KINDS and cue.token.dep_ == "ccomp" and cue.token.head.i in cue_tokens and \
                    self.same_paragraph(cue.token, (cue.token.head.idx, cue.token.head.idx)):
                continue  # "she said he believes X": a belief inside what someone said is part of that content
            if cue.kind in {"evidential", "unsourced"} and (cue.token.head.i in cue_tokens or cue.token.dep_ == "pobj"
                                                             and cue.token.head.head.i in cue_tokens):
                continue  # "he allegedly said", "expressed concern about", "said in a statement": the verb's own
            if id(cue) in quoted_cues:
                continue  # "“…,” she said, adding …": the quote before the cue is what was said
            span = self.reported_content(cue)
            if span is None:
                continue
            speaker = self.speaker_head(cue)
            if speaker is not None and speaker.dep_ == "appos" and span[1] < speaker.left_edge.idx < cue.token.idx:
                end = self.text.rfind(",", span[1], speaker.left_edge.idx)  # '..., the governor said': what the
                span = (span[0], end) if end > span[1] else span  # parse hung on the speaker is said too
            out.append(Draft(span[0], span[1], False, cue, speaker))
        out = [d for d in out if not (d.cue is not None and d.cue.kind in NESTED_KINDS and any(
            o is not d and o.start <= d.cue.token.idx < o.end for o in out))]  # nested in another content
        for d in out:  # a quote inside what someone believes or found is still somebody's speech
            if d.cue is None or d.cue.category != "speech":
                continue
            for index, quote in enumerate(self.quotes):
                if d.start <= quote.mark_start and quote.mark_end <= d.end + 1:
                    used_quotes.add(index)
        self.trim_participles(out, cues)
        reported_cues = {id(d.cue) for d in out}
        previous: Draft | None = None
        for index, quote in enumerate(self.quotes):
            if index in used_quotes:
                continue
            draft = None
            if quote.continued and previous is not None:
                draft = Draft(quote.start, quote.end, True, previous.cue, previous.speaker_head, inherit=True)
            else:
                cue = after.get(index)
                if cue is None or id(cue) in reported_cues:  # '“…!” and said that …': the cue before the quote
                    cue = self.cue_before(quote, cues) or cue
                if cue is not None and id(cue) not in reported_cues:
                    draft = Draft(quote.start, quote.end, True, cue, self.speaker_head(cue))
                elif cue is None and self.is_sentence_quote(quote):
                    draft = Draft(quote.start, quote.end, True, None, None, inherit=True)
            if draft is not None:
                out.append(draft)
                previous = draft
        quoted_cues = {id(d.cue) for d in out}
        for cue in cues:
            span = self.fallback_content.get(id(cue))
            if span is not None and id(cue) not in quoted_cues and not any(
                    d.start < span[1] and span[0] < d.end for d in out):
                out.append(Draft(span[0], span[1], self.quoted_share(*span) > 0.8, cue, self.speaker_head(cue)))
        out.extend(self.label_drafts(out))
        for d in out:
            if not d.direct:  # "TORLAND (AP) — Gunmen attacked ..., police said": the dateline is not said
                d.start = dateline_prefix_end(self.text, d.start, d.end)
        out.sort(key=lambda d: (d.start, d.end))
        return out

    def trim_participles(self, drafts: list[Draft], cues: list[Cue]) -> None:
        """'She said the plan works, saying ...', '..., adding that ...': a speech participle after a comma starts
        a statement of its own; the content before it ends there."""
        starts = [c.token.left_edge.idx for c in cues if c.kind == "speech" and c.token.tag_ == "VBG" and
                  c.token.dep_ in {"advcl", "conj", "xcomp"} and c.token.left_edge.i > 0 and
                  self.doc[c.token.left_edge.i - 1].text in {",", "—", "–", "-"}]
        for draft in drafts:
            cut = min((start for start in starts if draft.start < start < draft.end), default=None)
            if cut is not None:
                draft.end = len(self.text[:cut].rstrip(" ,—–-\n"))

    def label_drafts(self, found: list[Draft]) -> list[Draft]:
        """'Name: words' at the start of a paragraph or title (headlines, transcripts): the label speaks."""
        out: list[Draft] = []
        paragraph_start = 0
        while paragraph_start < len(self.text):
            paragraph_end = self.text.find(self.separator, paragraph_start)
            paragraph_end = len(self.text) if paragraph_end < 0 else paragraph_end
            draft = self.label_draft(paragraph_start, paragraph_end)
            if draft is not None and not any(d.start < draft.end and draft.start < d.end for d in found):
                out.append(draft)
            paragraph_start = paragraph_end + len(self.separator)
        return out

    def label_draft(self, start: int, end: int) -> Draft | None:
        colon = self.text.find(":", start, min(end, start + 60))
        if colon < 0:
            return None
        label = self.doc.char_span(start, colon, alignment_mode="contract")
        if label is None or not 1 <= len(label) <= 5 or any(t.lower_ in self.lex["label_exclusions"] for t in label):
            return None
        if not any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"} for t in label) or any(
                t.pos_ == "VERB" or t.is_digit for t in label):
            return None
        content_start, content_end = colon + 1, end
        while content_start < content_end and self.text[content_start] in " \t\n\"“”":
            content_start += 1
        while content_end > content_start and self.text[content_end - 1] in " \t\n\"“”":
            content_end -= 1
        if len(self.text[content_start:content_end].split()) < 3:
            return None
        direct = self.text[colon + 1:content_start].strip()[:1] in {'"', "“"}
        return Draft(content_start, content_end, direct, Cue(label.root, ":", "label"), label.root)

    def opens_sentence(self, quote: Quote) -> bool:
        before = self.text[max(0, quote.mark_start - 3):quote.mark_start].strip()
        return not before or before[-1] in SENTENCE_END + "\n"

    def is_sentence_quote(self, quote: Quote) -> bool:
        return self.opens_sentence(quote) and len(self.text[quote.start:quote.end].split()) >= 4

    def resolve(self, drafts: list[Draft]) -> None:
        memory = SalienceMemory()
        by_sentence: dict[int, list[Draft]] = {}
        for draft in drafts:
            anchor = draft.speaker_head.idx if draft.speaker_head is not None else draft.start
            by_sentence.setdefault(self.sentence_of(anchor).start, []).append(draft)
        last: Draft | None = None
        last_sentence_end = -1
        name_starts, subjects = name_and_subject_starts(self.doc)
        for sent in sentences(self.doc):  # the joined sentence bounds every other look-up uses
            for draft in sorted(by_sentence.get(sent.start, []), key=lambda d: d.start):
                if draft.inherit:
                    if last is not None and last.speaker is not None and (
                            draft.cue is not None or last_sentence_end >= self.previous_sentence_start(sent)):
                        draft.speaker = last.speaker
                        draft.cue = draft.cue if draft.cue is not None else None
                    else:
                        draft.speaker = self.previous_subject(sent, memory)
                elif draft.speaker_head is not None:
                    draft.speaker = resolve_speaker(draft.speaker_head, memory)
                    if draft.speaker is not None and draft.speaker.kind != "other":
                        memory.remember(draft.speaker_head.idx, draft.speaker)
                if draft.speaker is None and not (draft.cue is not None and draft.cue.kind in IMPERSONAL_KINDS):
                    draft.start = -1  # no one to attribute it to (imperative, "there were emails showing"): dropped
                if draft.speaker is not None:
                    last = draft
                    last_sentence_end = sent.end_char
            remember_names(self.doc, memory, sent, name_starts)
            remember_subjects(self.doc, memory, sent, subjects)

    def previous_sentence_start(self, sent: Span) -> int:
        if sent.start == 0:
            return 0
        return sent_of(self.doc, sent.start - 1).start_char

    def previous_subject(self, sent: Span, memory: SalienceMemory) -> SpeakerInfo | None:
        if sent.start == 0:
            return None
        previous = sent_of(self.doc, sent.start - 1)
        for tok in previous:
            if tok.dep_ == "nsubj" and tok.ent_type_ == "PERSON" and not self.in_quote(tok):
                return resolve_speaker(tok, memory)
        return None

    def statements(self) -> list[Statement]:
        drafts = self.drafts()
        self.resolve(drafts)
        out: list[Statement] = []
        for draft in drafts:
            if draft.start < 0:
                continue
            speaker = draft.speaker
            cue = draft.cue
            content = (draft.start, draft.end)
            has_verb = cue is not None and cue.kind in {"speech", "clause", "support", "attitude"}
            out.append(Statement(
                id=f"s{len(out) + 1}",
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                organisation=speaker.organisation if speaker else None,
                text=self.text[draft.start:draft.end],
                direct=draft.direct,
                platform=statement_platform(cue.token, self.lex, content, self.text) if has_verb else None,
                date=statement_date(cue.token, self.lex, content, self.doc._.times) if has_verb else None,
                cue=cue.text if cue else None,
                kind=cue.category if cue else "speech",  # type: ignore[arg-type]
                evidence=Evidence(start=draft.start, end=draft.end, text=self.text[draft.start:draft.end]),
                speaker_evidence=Evidence(start=speaker.start, end=speaker.end,
                                          text=self.text[speaker.start:speaker.end]) if speaker else None,
            ))
        return out


class StatementsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = StatementFinder(doc).statements()
        return doc


@Language.factory("newsledger_statements", requires=["doc.ents", "token.dep"], assigns=["doc._.statements"])
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)
