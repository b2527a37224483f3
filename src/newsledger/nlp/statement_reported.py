"""Contents of reported speech and other attributions: which words a cue attributes.

:class:`CueContent` is the part of :class:`~newsledger.nlp.statements.StatementFinder` that finds, for one
cue, the span it attributes when that span is not a quotation: the clause of a speech or clause verb (also
when the parser hung it on "in a statement"), the content of "according to", of a noun cue, of an impersonal
cue and of a belief, intention, stance or finding verb (:mod:`newsledger.nlp.statement_content`), a
parenthetical speech verb's sentence, and the listed shapes of a speech verb with no clause ("announced a
ceasefire", "urged them to leave", "called for a truce").  A clause that starts inside a quotation, and the
object-like contents of speech verbs, are kept in ``fallback_content``: used only when no quote attaches to
the cue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from newsledger.nlp.statement_content import (
    according_content,
    attitude_content,
    clause_span,
    impersonal_content,
    is_parenthetical,
    parenthetical_content,
    speech_object_content,
)
from newsledger.nlp.statement_cues import (
    Cue,
    adjective_complement,
    is_stance_object,
    noun_content_head,
    question_complement,
    stance_object,
)
from newsledger.nlp.statement_quotes import Quote, quote_at

COMPLEMENT_KINDS = {"noun", "unsourced", "impersonal", "adjective", "question", "evidential", "attitude"}


class CueContent:
    """Content spans of cues; mixed into the statement finder, which sets the attributes below."""

    text: str
    lex: dict[str, Any]
    attr: dict[str, Any]
    quotes: list[Quote]
    separator: str
    fallback_content: dict[int, tuple[int, int]]
    speaker_like: Callable[[Token], bool]  # of SpeakerHeads

    def reported_content(self, cue: Cue) -> tuple[int, int] | None:
        tok = cue.token
        if cue.kind == "according":
            return according_content(tok)
        if cue.kind in COMPLEMENT_KINDS:
            return self.clipped(tok, self.complement_content(cue))
        if cue.kind == "speech" and is_parenthetical(tok, self.attr):
            span = parenthetical_content(tok)
            if span is not None and self.same_paragraph(tok, span) and not self.inside_one_quote(*span):
                return span
        hosts = [tok]
        if cue.kind == "support":
            hosts = [c for c in tok.children if c.dep_ == "dobj"]
        # "said in a statement that ...": the parser often hangs the clause on "statement"
        hosts += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for host in hosts:
            for child in sorted(host.children, key=lambda c: c.i < tok.i):  # a clause after the cue first
                is_that_clause = child.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                             for m in child.children)
                stance_clause = cue.kind == "support" and child.dep_ == "acl" and \
                    child.lemma_.lower() not in self.lex["speech_verbs"]  # "a statement saying": its own cue
                if (child.dep_ == "ccomp" and (host is tok or cue.kind == "support")) or \
                        (host is not tok and is_that_clause) or stance_clause:
                    span = self.clipped(tok, clause_span(child))
                    has_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                    if span:
                        if has_that or not self.inside_one_quote(*span):
                            return span
                        self.fallback_content[id(cue)] = span  # used only if no quote gets attached to the cue
        if cue.kind == "support":
            noun = next(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex["stance_nouns"])
            about = stance_object(tok, noun, self.lex)
            span = clause_span(about) if about is not None else None
            return span if span is not None and self.same_paragraph(tok, span) else None
        if cue.kind == "speech":
            fallback = self.object_content(tok)
            if fallback is None and (tok.lemma_.lower() not in self.attr["addressee_verbs"] or self.thing_object(tok)):
                # "said the same thing", "called out X for Y", "told the story of"; not "defended the town"
                fallback = speech_object_content(tok, self.attr, self.lex["physical_readings"])
                if fallback is not None and (not self.same_paragraph(tok, fallback) or self.inside_one_quote(
                        *fallback) or len(self.text[fallback[0]:fallback[1]].split()) < 2 and not any(
                        c.dep_ == "dobj" for c in tok.children)):
                    fallback = None
            if fallback is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in self.lex["answer_words"] \
                    and tok.doc[tok.i + 1].head.i == tok.i:  # "most voters said yes"
                answer = tok.doc[tok.i + 1]
                fallback = answer.idx, answer.idx + len(answer.text)
            if fallback is not None:
                self.fallback_content[id(cue)] = fallback  # used only if no quote gets attached to the cue
        return None

    def thing_object(self, tok: Token) -> bool:
        """An addressee verb whose object is what is said, not who is addressed: 'told *the story*', 'asked
        *questions about* ...', 'addressed *the issue*' (an object that is no person, group or pronoun, and no
        addressee beside it), not 'told reporters', 'asked the mayor'."""
        if tok.lemma_.lower() not in self.lex["topic_object_verbs"]:
            return False
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        people = self.lex["people_nouns"]
        return len(objects) == 1 and not any(c.dep_ == "dative" for c in tok.children) and not self.speaker_like(
            objects[0]) and objects[0].lemma_.lower() not in people

    def complement_content(self, cue: Cue) -> tuple[int, int] | None:
        """The content of a cue that is not a speech verb: its complement, by the cue's kind."""
        tok = cue.token
        if cue.kind == "attitude":
            return attitude_content(tok, self.attr)
        if cue.kind == "impersonal":
            return impersonal_content(tok)
        head: Token | None = tok.head  # "evidential": the clause of the verb the adverb modifies
        if cue.kind in {"noun", "unsourced"}:
            head = noun_content_head(tok, self.attr)
        elif cue.kind == "adjective":
            head = adjective_complement(tok, self.attr)
        elif cue.kind == "question":
            head = question_complement(tok, self.attr)
        return clause_span(head) if head is not None else None

    def object_content(self, tok: Token) -> tuple[int, int] | None:
        """'announced a ceasefire', 'urged them to leave', 'warned of famine': the object, infinitive or
        prepositional object of a speech verb, for the verbs listed in the lexicon."""
        lemma = tok.lemma_.lower()
        if lemma in self.lex["naming_verbs"]:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            predicates = [c for c in tok.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")]
            if objects and not predicates:  # the small model often hangs the predicate on the object
                predicates = [c for c in objects[0].rights if c.dep_ in {"oprd", "npadvmod", "attr"}]
            if objects and predicates:
                first, last = clause_span(objects[0]), clause_span(predicates[-1])
                if first and last and self.same_paragraph(tok, (first[0], last[1])):
                    return first[0], last[1]  # "called the plan a disaster", "described it as a failure"
        prepositions = self.lex["prepositional_content"].get(lemma, [])
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        for child in tok.children:
            head = None
            if passive and child.dep_ == "nsubjpass" and lemma in self.lex["object_content_verbs"]:
                head = child  # "the closure was announced by the ministry"
            if child.dep_ == "xcomp" and lemma in self.lex["goal_verbs"]:
                head = child
            elif child.dep_ == "dobj" and lemma in self.lex["object_content_verbs"] and child.pos_ in {
                    "NOUN", "PROPN", "VERB"} and (lemma not in self.lex["physical_readings"] or is_stance_object(
                    lemma, child, self.attr)):
                head = child  # "announced a ceasefire"; not "defended the town"
            elif child.dep_ == "prep" and child.lower_ in prepositions:
                head = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
                if head is not None and child.lower_ in self.lex["manner_prepositions"] and \
                        head.lemma_.lower() in self.lex["manner_objects"]:
                    # "spoke on condition of anonymity", "on behalf of": how one speaks, not what; but "spoke on
                    # radio about the siege": what follows the manner is the content
                    head = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions
                                 and p.lower_ not in self.lex["manner_prepositions"]
                                 for g in p.children if g.dep_ in {"pobj", "pcomp"}), None)
            if head is None:
                continue
            span = clause_span(head)
            if span and len(list(head.subtree)) >= 2 and self.same_paragraph(tok, span) and \
                    not self.inside_one_quote(*span):
                return span
        return None

    def clipped(self, tok: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """``span`` cut at the end of the cue's paragraph (the parser sometimes runs a clause on across a
        paragraph break); None when it starts in another paragraph."""
        if span is None or self.same_paragraph(tok, span):
            return span
        if self.separator in self.text[min(tok.idx, span[0]):max(tok.idx, span[0])]:
            return None
        paragraph_end = self.text.find(self.separator, max(tok.idx, span[0]))
        end = len(self.text[:paragraph_end].rstrip(" \n:;,—–-"))
        return (span[0], end) if end > span[0] else None

    def same_paragraph(self, tok: Token, span: tuple[int, int]) -> bool:
        start, end = min(tok.idx, span[0]), max(tok.idx + len(tok.text), span[1])
        return self.separator not in self.text[start:end]

    def inside_one_quote(self, start: int, end: int) -> bool:
        """True when a clause starts inside a quotation: the quotation is then the (direct) content."""
        quote = quote_at(self.quotes, start) or quote_at(self.quotes, max(0, start - 1))
        return quote is not None
