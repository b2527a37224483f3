"""Contents of attributions that are not found as a clause of a speech verb.

Used by :mod:`newsledger.nlp.statements`, on the dependency parse:

* *attitude verbs* ("believes", "wants", "opposed", "found"; ``attribution_cues.json``): the complement
  that makes them a cue: the clause after the verb ("thinks *the deal will hold*"), else its
  to-infinitive ("wants *to run*"), else its object with what completes it ("opposed *the plan*",
  "regards *him as a rival*"), else the object of its preposition ("voted for *the bill*");
* *speech verbs with no clause, quote or listed shape*: their object with what completes it ("said
  *the same thing*", "called out *the mayor for the delay*"); for a verb with a physical reading
  ("defended the town") only an abstract object;
* *"according to X"*: the longer side of the sentence around the phrase;
* *impersonal cues* ("the plan seems to work", "she is expected to win", "it is said that ..."): the
  verb's complement ("*to work*", "*to win*"), never the cue itself;
* *parenthetical cues* ("The plan, she said, will fail."; "As the report noted, ..."): a speech verb
  with a subject and no complement, set inside or beside the clause it reports: the content is the
  longer side of the sentence around the cue phrase.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from newsledger.nlp.sentences import sent_of
from newsledger.nlp.statement_cues import (
    COMPLEMENT_DEPS,
    attitude_complement,
    content_preposition,
    is_as_predicate,
    is_stance_object,
)

COMPLETING_DEPS = {"oprd", "xcomp", "ccomp"}
PARENTHETICAL_DEPS = {"parataxis"}


def clause_span(head: Token) -> tuple[int, int] | None:
    """The characters of ``head``'s subtree without a leading 'that', punctuation or white space (a closing
    quotation mark of the paragraph before, hung on the clause, and the paragraph break after it), or a trailing
    one (a closing quotation mark stays).  Adverbs the parse hung on the clause before its 'that' ('said *later*
    that ...', 'said *again* that ...') modify the cue: the content starts after the 'that'."""
    tokens = list(head.subtree)
    that = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is not None and all(t.i < that.i and (t.is_punct or t.dep_ in {"advmod", "npadvmod"} and t.head.i == head.i
                                                  or t.head.dep_ in {"advmod", "npadvmod"})
                                for t in tokens[:tokens.index(that)]):
        tokens = tokens[tokens.index(that):]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in {"”", '"'} or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def attitude_content(tok: Token, attr: dict[str, Any]) -> tuple[int, int] | None:
    """The content of a belief, intention, stance or finding verb: the complement that makes it a cue
    (:func:`~newsledger.nlp.statement_cues.attitude_complement`), an object with what completes it."""
    found = attitude_complement(tok, attr)
    if found is None:
        return None
    shape, head = found
    if shape == "gap":  # "the deal she supported": the noun with what comes before it, not its relative clause
        start = head.left_edge
        while start.i < head.i and start.is_punct:
            start = head.doc[start.i + 1]
        return start.idx, head.idx + len(head.text)
    if shape != "object":
        return clause_span(head)
    return object_span(tok, head, attr["content_prepositions"])


def speech_object_content(tok: Token, attr: dict[str, Any], physical: frozenset[str]) -> tuple[int, int] | None:
    """The content of a speech verb with no clause, quote or listed shape: its clause, infinitive, object with
    what completes it ("said the same thing", "called out the mayor for the delay") or prepositional object.
    A verb with a physical reading (``physical``: "defended the town") takes only an abstract object."""
    right = [c for c in tok.children if c.i > tok.i]
    is_physical = tok.lemma_.lower() in physical
    clauses = [c for c in right if c.dep_ == "ccomp"] or [c for c in right if c.dep_ == "xcomp"]
    if clauses:
        return clause_span(max(clauses, key=lambda c: len(list(c.subtree))))
    objects = [c for c in right if c.dep_ == "dobj"]
    if objects:
        if is_physical and not is_stance_object(tok.lemma_.lower(), objects[0], attr):
            return None
        return object_span(tok, objects[0], attr["content_prepositions"])
    if is_physical:
        return None
    obj = content_preposition(tok, attr)
    return clause_span(obj) if obj is not None else None


def object_span(tok: Token, obj: Token, prepositions: frozenset[str]) -> tuple[int, int] | None:
    """The object with what completes it: "blamed *the mayor for the delay*", "regards *him as a rival*",
    "views *him favorably*"."""
    first = clause_span(obj)
    if first is None:
        return None
    end = first[1]
    for c in tok.children:
        if any(t.ent_type_ in {"DATE", "TIME"} for t in c.children):
            continue  # "opposed the plan on Monday": when, not what
        if c.i > obj.i and (c.dep_ in COMPLETING_DEPS or c.dep_ == "prep" and (c.lower_ in prepositions or c.lower_ ==
                "as") or c.dep_ == "advmod" and c.lower_.endswith("ly") and c.i == obj.right_edge.i + 1):
            span = clause_span(c)
            if span is not None:
                end = max(end, span[1])
    return first[0], end


def according_content(tok: Token) -> tuple[int, int] | None:
    """The clause an 'according to X' phrase hangs on: the longer side of the sentence around it."""
    sent = sent_of(tok.doc, tok.i)
    phrase = list(tok.subtree)
    p_start, p_end = phrase[0].i, phrase[-1].i + 1
    before = [t for t in sent if t.i < p_start and not t.is_punct]
    after = [t for t in sent if t.i >= p_end and not (t.is_punct and t.i == sent.end - 1)]
    while after and after[0].is_punct:
        after.pop(0)
    part = before if len(before) >= len(after) else after
    if len(part) < 3:
        return None
    return part[0].idx, part[-1].idx + len(part[-1].text)


def is_parenthetical(tok: Token, attr: dict[str, Any]) -> bool:
    """'The plan, she said, will fail', 'It will fail, they say, ...', 'As Smith noted, ...'."""
    if tok.lemma_.lower() not in attr["parenthetical_speech"] or tok.head.i == tok.i:
        return False
    if any(c.dep_ in COMPLEMENT_DEPS for c in tok.children) or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    return tok.dep_ in PARENTHETICAL_DEPS or as_clause or is_trailing_cue(tok)


def is_trailing_cue(tok: Token) -> bool:
    """'The ferry will run again, said the harbour master': a speech verb the parser joined to the clause it reports, right
    after a comma ('He arrived and said ...' reports nothing; with an object or clause it is no parenthesis)."""
    if tok.dep_ != "conj" or tok.head.i > tok.i:
        return False
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].text == ","  # not 'and said'


def parenthetical_content(tok: Token) -> tuple[int, int] | None:
    """The longer side of the sentence around the cue phrase (the cue's subtree)."""
    sent = sent_of(tok.doc, tok.i)
    phrase = list(tok.subtree)
    p_start, p_end = phrase[0].i, phrase[-1].i + 1
    before = [t for t in sent if t.i < p_start]
    after = [t for t in sent if t.i >= p_end]
    for part in (before, after):
        while part and (part[0].is_punct or part[0].is_space) and part[0].text not in {"“", '"'}:
            part.pop(0)
        while part and (part[-1].is_punct or part[-1].is_space) and part[-1].text not in {"”", '"'}:
            part.pop()
    part = before if len(before) >= len(after) else after
    if len(part) < 3:
        return None
    return part[0].idx, part[-1].idx + len(part[-1].text)


def impersonal_content(tok: Token) -> tuple[int, int] | None:
    """The complement of an impersonal cue, without the cue: "The building seems *to be empty*", "it
    is said *that the talks failed*" (one span cannot hold the subject without the cue)."""
    complements = [c for c in tok.children if (c.dep_ in {"xcomp", "acomp", "ccomp", "oprd"} or is_as_predicate(c))
                   and c.i > tok.i]
    if not complements:  # "the ceasefire was announced": the passive subject is what was said
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        return clause_span(subject) if subject is not None else None
    return clause_span(max(complements, key=lambda c: len(list(c.subtree))))
