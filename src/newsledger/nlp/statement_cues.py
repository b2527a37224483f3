"""Cues of statements: the words that attribute content to a speaker.

* speech verbs of the lexicon ("said", "told", "posted", "stating"), and phrasal ones ("shot back", not
  with an object: "pushed the crowd back");
  passive participles without an agent ("when asked", "was told") are not cues, nor is a verb that
  only describes a platform ("a video posted on X");
* clause verbs ("believes", "hopes") when they govern a clause (``ccomp``);
* attitude verbs of ``newsledger/data/attribution_cues.json`` ("wants", "opposes", "found") when they
  govern a clause or a to-infinitive; verbs listed for it also with an abstract object ("opposed the
  plan", not "supported the troops"), any object (judgement verbs: "mocked the senator"), object +
  predicate ("regards him as a rival") or the object of their preposition ("voted for X").  Finding
  verbs need a clause ("found that ...", not "found five bodies");
* a support verb with a stance noun that has a clause or a prepositional object ("expressed hope that",
  "voiced support for the strike");
* a noun of ``noun_cues`` with a possessive source and a "that" clause, a to-infinitive or a prepositional
  object ("the senator's claim that ...", "her decision to run", "the mayor's criticism of the police");
* an attitude adjective after a linking verb, with a clause, to-infinitive or prepositional object ("remain
  confident that ...", "is eager to start", "were angry about the quota"; ``adjective_cues``);
* evidence nouns ("poll", "survey") as subject of a finding verb make a small clause or object its content
  ("a poll shows the senator leading");
* the preposition "according to";
* impersonal cues, with no source: a raising verb with its subject ("the plan seems to work", "it seems
  that ...") or a passive without agent ("she is expected to win", "it was reported that"); a hearsay adverb
  ("is reportedly moving"); a question put by no one named ("Asked about the curfew, ...", "when asked whether").

Each cue has a syntactic ``kind`` (how its content is found) and a ``category``, the kind of the
statement it gives: ``speech`` for speech verbs, "according to", support verb + stance noun and labels;
``belief``, ``intention``, ``stance`` or ``finding`` for the verbs listed under those kinds (a clause verb
not listed there is a belief).

The lexicons are ``newsledger/data/speech_cues.json`` and ``newsledger/data/attribution_cues.json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.parts_of_speech import ADJ, ADV, AUX, NOUN, VERB
from spacy.tokens import Doc, Token

from newsledger.nlp.doc_cache import token_column
from newsledger.nlp.numbers import indices_where
from newsledger.nlp.statement_context import platform_in

COMPLEMENT_DEPS = {"ccomp", "xcomp", "dobj"}
CLAUSE_DEPS = {"ccomp", "xcomp"}
IMPERSONAL_KINDS = {"impersonal", "evidential", "question", "unsourced"}  # cues of statements with no speaker named
_ACCORDING = frozenset({"according"})
SIDE_LABELS = {"PERSON", "ORG", "NORP"}  # not places: "defended the city" is holding it, not siding with it


@dataclass
class Cue:
    token: Token
    text: str
    # speech | clause | attitude | support | noun | unsourced | adjective | impersonal | evidential | question |
    # according | label
    kind: str
    category: str = "speech"  # the statement kind: speech | belief | intention | stance | finding


@lru_cache(maxsize=1)
def attribution_lexicon() -> dict[str, Any]:
    """``newsledger/data/attribution_cues.json`` with ``kind_of`` (lemma -> statement kind) and sets."""
    raw = json.loads(resources.files("newsledger.data").joinpath("attribution_cues.json").read_text(encoding="utf-8"))
    kind_of = {lemma: kind for kind, lemmas in raw["kinds"].items() for lemma in lemmas}
    nouns = {noun: kind for kind, words in raw["noun_cues"].items() for noun in words}
    return {"kind_of": kind_of, "noun_kind": nouns, "content_prepositions": frozenset(raw["content_prepositions"]),
            "parenthetical_speech": frozenset(raw["parenthetical_speech"]),
            "addressee_verbs": frozenset(raw["addressee_verbs"]), "raising_verbs": frozenset(raw["raising_verbs"]),
            "impersonal_passives": frozenset(raw["impersonal_passives"]), "word_lemmas": raw["word_lemmas"],
            "object_verbs": frozenset(raw["object_verbs"]), "any_object_verbs": frozenset(raw["any_object_verbs"]),
            "taking_sides_verbs": frozenset(raw["taking_sides_verbs"]),
            "predicate_verbs": frozenset(raw["predicate_verbs"]), "abstract_nouns": frozenset(raw["abstract_nouns"]),
            "verb_prepositions": {lemma: frozenset(p) for lemma, p in raw["verb_prepositions"].items()},
            "finite_clause_verbs": frozenset(raw["finite_clause_verbs"]),
            "adjective_kind": {word: kind for kind, words in raw["adjective_cues"].items() for word in words},
            "adjective_prepositions": frozenset(raw["adjective_prepositions"]),
            "linking_verbs": frozenset(raw["linking_verbs"]), "evidence_nouns": frozenset(raw["evidence_nouns"]),
            "evidential_kind": {word: kind for kind, words in raw["evidential_adverbs"].items() for word in words},
            "question_verbs": frozenset(raw["question_verbs"]),
            "question_prepositions": frozenset(raw["question_prepositions"]),
            "noun_prepositions": frozenset(raw["noun_prepositions"]),
            "unsourced_noun_exclusions": frozenset(raw["unsourced_noun_exclusions"]),
            "recipient_verbs": frozenset(raw["recipient_verbs"]),
            "passive_subject_verbs": frozenset(raw["passive_subject_verbs"])}


def cue_lemma(tok: Token) -> str:
    """The lemma, corrected for the word forms the tagger gets wrong ('hoping' -> 'hope')."""
    return attribution_lexicon()["word_lemmas"].get(tok.lower_, tok.lemma_.lower())


def content_preposition(tok: Token, attr: dict[str, Any], prepositions: frozenset[str] | None = None) -> Token | None:
    """The object of a content preposition of ``tok`` ("voted *for* X", "agreed *with* the plan"); by default
    the prepositions of a speech verb's content, else those given."""
    allowed = attr["content_prepositions"] if prepositions is None else prepositions
    for child in tok.children:
        if child.dep_ in {"prep", "dative"} and child.i > tok.i and child.lower_ in allowed:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return obj
    return None


def find_cues(doc: Doc, lex: dict[str, Any], in_quote: Callable[[Token], bool]) -> list[Cue]:
    """The cues of ``doc`` in text order, leaving out words inside quotations."""
    attr = attribution_lexicon()
    cues: list[Cue] = []
    for i in cue_candidates(doc):
        tok = doc[i]
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if not in_quote(tok):
                cues.append(Cue(tok, "according to", "according"))
            continue
        if tok.pos_ == "NOUN" and not in_quote(tok):
            cue = noun_cue(tok, attr)
            if cue is not None:
                cues.append(cue)
            continue
        if tok.pos_ not in {"VERB", "AUX", "ADJ", "ADV"} or in_quote(tok):
            continue
        if tok.pos_ == "ADJ":
            cue = adjective_cue(tok, attr)
        elif tok.pos_ == "ADV":
            cue = evidential_cue(tok, attr)
        else:
            cue = verb_cue(tok, lex) or attitude_cue(tok, lex, attr) or impersonal_cue(tok, lex, attr) or \
                question_cue(tok, attr) or adjective_cue(tok, attr)
        if cue is not None:
            cues.append(cue)
    return cues


_CUE_POS = numpy.array([ADJ, ADV, AUX, NOUN, VERB], dtype="uint64")


def cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens :func:`find_cues` looks at, in order: nouns, verbs, auxiliaries, adjectives,
    adverbs and 'according', read from the doc's arrays without making a Token object per word."""
    if not len(doc):
        return []
    by_pos = numpy.flatnonzero(numpy.isin(token_column(doc, "POS"), _CUE_POS)).tolist()
    according = indices_where(doc, "LOWER", _ACCORDING)
    return sorted(set(by_pos).union(according)) if according else by_pos


def is_perfect(tok: Token) -> bool:
    """'while she *has condemned* the plan': a past participle with 'have' is a finite verb with its subject, not a
    participle clause ("when asked", "a poll released on Monday")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def is_participle(tok: Token) -> bool:
    """A past participle, or a form the tagger took for a past tense that opens an adverbial clause without a
    subject of its own ('*Asked* what the army would do, the minister said ...')."""
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "advcl" and tok.i < tok.head.i and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in tok.children))


def verb_cue(tok: Token, lex: dict[str, Any]) -> Cue | None:
    lemma = tok.lemma_.lower()
    particle = lex["phrasal_speech_verbs"].get(lemma)
    if particle and any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in tok.children):
        if lemma in lex["physical_readings"] and any(c.dep_ == "dobj" for c in tok.children):
            return None  # "pushed the crowd back", "hit the convoy back"
        return Cue(tok, f"{tok.text} {particle}", "speech")
    if lemma in lex["speech_verbs"]:
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        has_agent = any(c.dep_ == "agent" for c in tok.children)
        if is_participle(tok) and (tok.dep_ == "advcl" and not is_perfect(tok) or passive) and not has_agent:
            return None  # "when asked", "was told": the subject is the addressee, not the speaker
        if (tok.dep_ == "acl" and tok.head.pos_ != "PROPN" and tok.tag_ != "VBG") or tok.dep_ == "amod":
            return None  # "a video posted on X": the platform, not a cue; but "voters saying they ..." is
        return Cue(tok, cue_text(tok, lex), "speech")
    lemma = cue_lemma(tok)
    if lemma in lex["clause_verbs"] and lemma not in attribution_lexicon()["raising_verbs"] and any(
            c.dep_ == "ccomp" and clause_fits(lemma, c) for c in tok.children):  # "it seems that": impersonal
        return Cue(tok, tok.text, "clause", attribution_lexicon()["kind_of"].get(lemma, "belief"))
    if lemma in lex["support_verbs"]:
        for child in tok.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in lex["stance_nouns"] and (any(
                    c.dep_ in {"acl", "ccomp"} and c.lemma_.lower() not in lex["speech_verbs"] for c in child.children)
                    or stance_object(tok, child, lex) is not None):  # not "issued a statement saying ...": that cue
                return Cue(tok, f"{tok.text} {child.text}", "support")
    return None


def stance_object(verb: Token, noun: Token, lex: dict[str, Any]) -> Token | None:
    """What a stance noun is about: 'expressed concern *about* the costs', 'voiced support *for* the plan' (the
    preposition hung on the noun or on its support verb)."""
    prepositions = lex["stance_prepositions"]
    attr = attribution_lexicon()
    return content_preposition(noun, attr, prepositions) or content_preposition(verb, attr, prepositions)


def is_finite_clause(head: Token) -> bool:
    """A clause with a tensed verb, an auxiliary, a 'that' or a to-infinitive ("found *the army had fired*",
    "proved *to be* wrong"); not a small clause ("found *the man dead*", "shows *soldiers firing*")."""
    return head.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass", "mark"} and c.lower_ not in {"as", "if"} for c in head.children)


def clause_fits(lemma: str, head: Token) -> bool:
    """Whether the clause ``head`` can be the content of ``lemma``: finding and perception verbs
    (``finite_clause_verbs``) need a finite clause."""
    return lemma not in attribution_lexicon()["finite_clause_verbs"] or is_finite_clause(head)


def is_abstract(noun: Token, attr: dict[str, Any]) -> bool:
    """A noun that can be what someone supports or rejects: listed ("plan", "truce"), ending in -ism or -ness,
    with a 'that' clause or to-infinitive ("the proposal to reopen ..."), or a gerund ("opposed extending it")."""
    if noun.pos_ in {"VERB", "AUX"}:
        return True
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    low = noun.lower_
    if low in attr["abstract_nouns"] or noun.lemma_.lower() in attr["abstract_nouns"] or low.endswith(("ism", "ness")):
        return True
    return any(c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" or m.dep_ == "aux" and
                                                   m.lower_ == "to" for m in c.children) for c in noun.children)


def is_stance_object(lemma: str, noun: Token, attr: dict[str, Any]) -> bool:
    """An object that ``lemma`` can take a stance on: an abstract noun, or for a verb of taking sides
    ("supported", "opposed", "defended") also a person, organisation or group named by the NER, or 'him' / 'her'."""
    if is_abstract(noun, attr):
        return True
    return lemma in attr["taking_sides_verbs"] and (noun.ent_type_ in SIDE_LABELS or noun.lower_ in {"him", "her"})


def attitude_complement(tok: Token, attr: dict[str, Any]) -> tuple[str, Token] | None:
    """The complement that makes ``tok`` (a verb of ``attribution_cues.json`` kinds) an attribution, as
    (shape, head): a clause or to-infinitive for every verb ("clause"; :func:`clause_fits`); the noun of a
    relative clause whose object it is ("gap"; :func:`relative_gap`, for object verbs); an abstract
    object for ``object_verbs`` (:func:`is_stance_object`), any object for ``any_object_verbs``, an object
    with predicate for ``predicate_verbs`` ("object"); the object of one of the verb's ``verb_prepositions``
    ("preposition").  None for "attacked the camp", "found five bodies", "found the man dead"."""
    lemma = cue_lemma(tok)
    right = [c for c in tok.children if c.i > tok.i]
    evidence = attr["kind_of"].get(lemma) == "finding" and has_evidence_subject(tok, attr)
    clauses = [c for c in right if (c.dep_ in CLAUSE_DEPS or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) and (evidence or clause_fits(lemma, c))]
    if clauses:
        return "clause", max(clauses, key=lambda c: (c.dep_ == "ccomp", len(list(c.subtree))))
    objects = [c for c in right if c.dep_ == "dobj"]
    gap = relative_gap(tok)
    if gap is not None and (lemma in attr["any_object_verbs"] or lemma in attr["object_verbs"] and is_stance_object(
            lemma, gap, attr)):
        return "gap", gap  # "the deal she once supported": the noun the relative clause describes
    if objects:
        obj = objects[0]
        predicate = any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advmod" and
                        c.lower_.endswith("ly") for c in [*right, *obj.children] if c.i > obj.i)
        small_clause = any(c.dep_ in {"acl", "relcl"} or c.tag_ == "VBG" for c in obj.children)
        if evidence and (small_clause or is_stance_object(lemma, obj, attr) or obj.ent_type_ in SIDE_LABELS) \
                or lemma in attr["any_object_verbs"] \
                or lemma in attr["object_verbs"] and is_stance_object(lemma, obj, attr) or (
                    lemma in attr["predicate_verbs"] and predicate):  # "a poll shows Smith ahead", not "found graves"
            return "object", obj
        return None
    prepositions = attr["verb_prepositions"].get(lemma)
    if prepositions:
        obj = content_preposition(tok, attr, prepositions)
        if obj is not None:
            return "preposition", obj
    return None


def relative_gap(tok: Token) -> Token | None:
    """The noun a relative clause describes when it is the clause verb's missing object ("the deal *she
    supported*", "something voters wanted"): the verb has its own subject (not 'who'/'that'/'which') and no object
    or complement."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in {"who", "that", "which"} or any(c.dep_ in {
            "dobj", "ccomp", "xcomp", "prep", "dative", "attr", "acomp"} and c.lower_ not in {"that", "which", "whom"}
            for c in tok.children):  # "the plan (that) she rejected"
        return None
    return tok.head


def has_evidence_subject(tok: Token, attr: dict[str, Any]) -> bool:
    """'a new poll shows ...', 'the survey found ...': the subject is a record or measurement (``evidence_nouns``)."""
    return any(c.dep_ == "nsubj" and c.lower_ in attr["evidence_nouns"] for c in tok.children)


def attitude_cue(tok: Token, lex: dict[str, Any], attr: dict[str, Any]) -> Cue | None:
    """A verb of belief, intention, stance or finding with a complement that fits it (:func:`attitude_complement`)."""
    kind = attr["kind_of"].get(cue_lemma(tok))
    if kind is None or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "is expected to", "was rejected": the subject is the content, not the source
    if tok.dep_ == "amod" or tok.dep_ == "acl" and tok.tag_ != "VBG" or \
            tok.tag_ == "VBN" and tok.dep_ == "advcl" and not is_perfect(tok):
        return None  # "the proposed plan", "a poll released on Monday"; but "voters opposing the plan"
    if attitude_complement(tok, attr) is not None:
        return Cue(tok, tok.text, "attitude", kind)
    return None


def cue_text(tok: Token, lex: dict[str, Any]) -> str:
    """The verb, with its platform phrase when it has one ("posted on X")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "in"} and child.i > tok.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and platform_in(f"{child.lower_} {objects[0].lower_}", lex):
                return f"{tok.text} {child.text} {tok.doc[objects[0].left_edge.i:objects[0].i + 1].text}"
    return tok.text


def impersonal_cue(tok: Token, lex: dict[str, Any], attr: dict[str, Any]) -> Cue | None:
    """An attribution to no one named: 'the plan seems to work', 'she is expected to win', 'it is said that'."""
    lemma = cue_lemma(tok)
    children = list(tok.children)
    if lemma in attr["raising_verbs"]:
        if any(c.dep_ == "nsubj" for c in children) and any(c.dep_ in {"xcomp", "acomp", "ccomp", "oprd"}
                                                            for c in children):
            return Cue(tok, tok.text, "impersonal", "belief")
        return None
    if lemma in attr["impersonal_passives"] and any(c.dep_ == "auxpass" for c in children) and not any(
            c.dep_ == "agent" for c in children) and any(c.dep_ in {"xcomp", "ccomp", "oprd"} or is_as_predicate(c)
                                                         for c in children):
        # "it was reported that ..." is speech; "is expected to", "is seen as a rival" what unnamed others believe
        return Cue(tok, tok.text, "impersonal", "speech" if lemma in lex["speech_verbs"] else "belief")
    if lemma in attr["passive_subject_verbs"] and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children) \
            and not any(c.dep_ in {"agent", "xcomp", "ccomp", "oprd"} for c in children) and any(
            c.dep_ == "nsubjpass" and c.pos_ != "PRON" for c in children):
        # "the ceasefire was announced", "the plan was rejected": what was said or rejected, by no one named
        return Cue(tok, tok.text, "impersonal", "speech" if lemma in lex["speech_verbs"] else "stance")
    return None


def is_as_predicate(child: Token) -> bool:
    """'is seen *as a rival*', 'was described *as calm*': the predicate of a passive verb of regarding."""
    return child.dep_ == "prep" and child.lower_ == "as" and any(c.dep_ in {"pobj", "pcomp", "amod", "acomp"}
                                                                for c in child.children)


def noun_cue(tok: Token, attr: dict[str, Any]) -> Cue | None:
    """'the senator's claim that ...', 'her decision to run': the possessor is the source; with no possessor
    ('complaints that ...', 'charges of bias') the statement has no speaker."""
    lemma = tok.lemma_.lower()
    kind = attr["noun_kind"].get(lemma)
    if kind is None or noun_content_head(tok, attr) is None:
        return None
    if any(c.dep_ == "poss" for c in tok.children):
        return Cue(tok, tok.text, "noun", kind)
    if lemma in attr["unsourced_noun_exclusions"] or tok.dep_ == "poss":
        return None
    return Cue(tok, tok.text, "unsourced", kind)


def noun_content_head(tok: Token, attr: dict[str, Any]) -> Token | None:
    """The 'that' clause or to-infinitive of a noun cue ("her claim *that* ...", "his decision *to run*"), else the
    object of one of its ``noun_prepositions`` ("his support *for the plan*")."""
    for child in tok.children:
        if child.dep_ in {"acl", "ccomp"} and child.i > tok.i and any(
                c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    obj = content_preposition(tok, attr, attr["noun_prepositions"])
    return None if obj is None or obj.ent_type_ in {"DATE", "TIME"} else obj  # "a statement on Monday": when


def adjective_subject(tok: Token, attr: dict[str, Any]) -> Token | None:
    """The subject of an attitude adjective: of its linking verb ("they *remain* confident"), or of the
    adjective itself when the tagger made it a passive participle ("the mayor was delighted by ...")."""
    if tok.dep_ == "acomp" and cue_lemma(tok.head) in attr["linking_verbs"]:
        holder = tok.head
    elif tok.dep_ == "conj" and tok.head.dep_ == "acomp" and cue_lemma(tok.head.head) in attr["linking_verbs"]:
        holder = tok.head.head  # "were angry and afraid of ..."
    elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        holder = tok
    else:
        return None
    return next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def adjective_complement(tok: Token, attr: dict[str, Any]) -> Token | None:
    """What an attitude adjective is about: its clause or to-infinitive ("confident *that ...*", "eager *to
    start*"), else the object of its preposition ("worried about *the tax*", "opposed to *the plan*")."""
    right = [c for c in tok.children if c.i > tok.i]
    clauses = [c for c in right if c.dep_ in CLAUSE_DEPS]
    if clauses:
        return clauses[0]
    if attr["adjective_kind"].get(tok.lower_) == "belief":
        return None  # "confident that ..." is a belief; "confident in their equipment" holds no proposition
    for child in right:
        if child.dep_ in {"prep", "agent"} and child.lower_ in attr["adjective_prepositions"] | {"by"}:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return obj
    return None


def adjective_cue(tok: Token, attr: dict[str, Any]) -> Cue | None:
    """'the coach remains confident that ...', 'she is eager to start', 'they were worried about the tax':
    an adjective of certainty, willingness or emotion (``adjective_cues``) after a linking verb, with a complement."""
    kind = attr["adjective_kind"].get(tok.lower_)
    if kind is None or adjective_subject(tok, attr) is None or adjective_complement(tok, attr) is None:
        return None
    return Cue(tok, tok.text, "adjective", kind)


def evidential_cue(tok: Token, attr: dict[str, Any]) -> Cue | None:
    """'The group is *reportedly* spending millions': an evidential adverb on a verb attributes its clause to no one."""
    kind = attr["evidential_kind"].get(tok.lower_)
    if kind is None or tok.dep_ != "advmod" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    return Cue(tok, tok.text, "evidential", kind)


def question_complement(tok: Token, attr: dict[str, Any]) -> Token | None:
    """What was asked: a clause ("asked *whether he would run*"), else the object of a preposition of topic
    ("asked about *the tax*"); a to-infinitive is a request, not a question ("were asked to wait")."""
    right = [c for c in tok.children if c.i > tok.i]
    clause = next((c for c in right if c.dep_ in CLAUSE_DEPS and not (
        c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children))), None)  # "asked to wait": a request
    if clause is not None:
        return clause
    return content_preposition(tok, attr, attr["question_prepositions"])


def question_cue(tok: Token, attr: dict[str, Any]) -> Cue | None:
    """'Asked about the tax, ...', 'when asked whether ...', 'he was asked whether he would resign': a question put to the subject
    by someone not named (a passive participle of a verb of asking, without an agent)."""
    if cue_lemma(tok) not in attr["question_verbs"] or not is_participle(tok) or any(
            c.dep_ == "agent" for c in tok.children):
        return None
    if tok.dep_ != "advcl" and not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return Cue(tok, tok.text, "question", "speech") if question_complement(tok, attr) is not None else None


def unsourced_noun_source(tok: Token, attr: dict[str, Any]) -> Token | None:
    """The source of a noun cue with no possessive: the subject of the verb whose object it is ('he leveled
    *accusations* of fraud'), unless that verb receives or provokes what others said ('faced criticism')."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or cue_lemma(verb) in attr["recipient_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
