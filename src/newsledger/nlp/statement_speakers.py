"""Speakers of statements: the mention, its role and organisation, and what a pronoun refers to.

Used by :mod:`newsledger.nlp.statements`.  A speaker mention is a span of the parsed ``Doc``; it is
turned into a :class:`SpeakerInfo` (the name as in the text, role, organisation, kind).

Resolution rules (a salience rule, not a coreference model — none ships offline):

* ``he``/``she``/``him``/``her``/``his``: the most recent *person* seen before the pronoun whose gender does not
  contradict the pronoun's, where a person is a statement speaker or the subject of a sentence tagged ``PERSON``
  by the NER.  A person's gender is read from the text only: a title or gendered noun at the name ("Mrs.",
  "spokeswoman", "X, her father,"; ``gendered_words``), a possessive or reflexive bound to the name as subject
  ("X said her plan ..."), a pronoun already resolved to the name, or a common first name of
  ``given_names.json``; unknown otherwise (an unknown gender never rules a person out).  When no speaker or
  subject fits a gendered pronoun, the last other name of that gender does ("X criticised Y. He said ...").
* ``they``/``it``/``we``/``their``/``its`` and ``the group``-style phrases (``organisation_anaphors``):
  the most recent *organisation* speaker or organisation subject.
* ``who``/``that``/``which`` of a relative clause: the noun it describes; the evidence stays the
  relative pronoun (the mention at the cue).
* A surname alone ("Smith added") or a shorter form of a name is replaced by the fullest name seen
  earlier that ends with it ("Jane Smith").
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.tokens import Doc, Span, Token

from newsledger.nlp.doc_cache import token_column
from newsledger.nlp.numbers import indices_where

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "it", "we", "them", "their", "its"}
FIRST_PERSON = {"i", "me", "you"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
NAME_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP", "GPE"}
CLAUSE_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def speech_lexicon() -> dict[str, Any]:
    """The lexicon in ``newsledger/data/speech_cues.json``, with lists turned into sets."""
    raw = json.loads(resources.files("newsledger.data").joinpath("speech_cues.json").read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], str):
            out[key] = frozenset(v.lower() for v in value)
        else:
            out[key] = value
    return out


@dataclass
class SpeakerInfo:
    name: str
    start: int
    end: int
    mention: str
    role: str | None = None
    organisation: str | None = None
    kind: str = "person"  # person | organisation | other
    gender: str | None = None  # "f" | "m" when the text tells it (:func:`mention_gender`)


@dataclass
class SalienceMemory:
    """What the resolver remembers while reading a document left to right."""

    persons: list[tuple[int, SpeakerInfo]] = field(default_factory=list)
    organisations: list[tuple[int, SpeakerInfo]] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # last word (lower) -> fullest name
    genders: dict[str, str] = field(default_factory=dict)  # last word (lower) of a person's name -> "f" | "m"
    mentions: list[tuple[int, SpeakerInfo]] = field(default_factory=list)  # every name tagged PERSON

    def remember(self, position: int, info: SpeakerInfo) -> None:
        target = self.organisations if info.kind == "organisation" else self.persons
        target.append((position, info))
        if info.kind == "person":
            self.learn_name(info.name)
            if info.gender:
                self.learn_gender(info.name, info.gender)

    def learn_gender(self, name: str, gender: str) -> None:
        """The first evidence of a name's gender holds (a title at the first mention, before any pronoun)."""
        words = name.split()
        if words:
            self.genders.setdefault(words[-1].lower(), gender)

    def gender_of(self, info: SpeakerInfo) -> str | None:
        words = info.name.split()
        return info.gender or (self.genders.get(words[-1].lower()) if words else None)

    def last_person(self, before: int, gender: str | None) -> SpeakerInfo | None:
        """The most recent person before ``before`` whose known gender is not the other one: among speakers and
        named subjects, else (a gendered pronoun only) among the other names ("X criticised Y. He said ...")."""
        best = None
        for position, info in self.persons:
            if position < before and (gender is None or self.gender_of(info) in {None, gender}):
                best = info
        if best is None and gender is not None:
            for position, info in self.mentions:
                if position < before and self.gender_of(info) == gender:
                    best = info
        return best

    def learn_name(self, name: str) -> None:
        words = name.split()
        if not words:
            return
        key = words[-1].lower()
        if len(name) > len(self.full_names.get(key, "")):
            self.full_names[key] = name

    def last(self, kinds: list[tuple[int, SpeakerInfo]], before: int) -> SpeakerInfo | None:
        best = None
        for position, info in kinds:
            if position < before:
                best = info
        return best


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """``gendered_words`` of the lexicon as word -> "f" | "m"."""
    groups: dict[str, list[str]] = speech_lexicon()["gendered_words"]
    return {word: gender[0] for gender, words in groups.items() for word in words}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """``newsledger/data/given_names.json`` as lower-cased first name -> "f" | "m"."""
    raw = json.loads(resources.files("newsledger.data").joinpath("given_names.json").read_text(encoding="utf-8"))
    return {name: gender[0] for gender in ("female", "male") for name in raw[gender]}


def pronoun_gender(tok: Token) -> str | None:
    """'she', 'her', 'herself' -> "f"; 'he', 'him', 'his', 'himself' -> "m" (the tagger's morphology, else the word)."""
    morph = tok.morph.get("Gender")
    if "Fem" in morph:
        return "f"
    if "Masc" in morph:
        return "m"
    return {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m",
            "himself": "m"}.get(tok.lower_)


def mention_gender(head: Token) -> str | None:
    """The gender a name's own words tell: a title or gendered noun in its phrase or apposition ("Mrs. X",
    "spokeswoman X", "X, a congressman,", "the victim's mother, X"); not a possessor's ("the boy's father")."""
    words = gender_words()
    near = [head, *(c for c in head.children if c.dep_ in {"compound", "flat", "appos", "nmod"})]
    if head.dep_ == "appos":
        near.append(head.head)
    for tok in near:
        for candidate in (tok, *(c for c in tok.children if c.dep_ == "compound")):
            gender = words.get(candidate.lower_)
            if gender is not None:
                return gender
    if head.pos_ == "PROPN":  # "Kara Wells": the first name, when a common one
        lex = speech_lexicon()
        first = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i and
                      c.lower_ not in lex["titles"] and c.lower_ not in lex["role_words"]), head)
        return given_names().get(first.lower_)
    return None


def bound_gender(subject: Token) -> str | None:
    """'X said her plan would work', 'X defended himself': a possessive or reflexive pronoun in the clause of
    which the name is the subject tells the name's gender."""
    verb = subject.head
    for tok in verb.subtree:
        if subject.left_edge.i <= tok.i <= subject.right_edge.i:
            continue
        if tok.dep_ == "poss" or tok.lower_ in {"himself", "herself"}:
            nearest = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if nearest is not None and nearest.i == verb.i:
                gender = pronoun_gender(tok)
                if gender is not None:
                    return gender
    return None


def noun_phrase(head: Token) -> Span:
    """The contiguous phrase of ``head``: its left dependents and compound/flat tails, without clauses."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat", "nummod", "amod"} or (child.dep_ == "prep" and child.text.lower() == "of"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _entity_in(span: Span, labels: set[str]) -> Span | None:
    """The first entity with one of ``labels`` lying wholly inside ``span`` (read from the tokens' IOB
    tags: iterating ``doc.ents`` for every speaker is slow on long documents)."""
    doc = span.doc
    i = span.start
    while i < span.end:
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type_ in labels:
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= span.end:
                return doc[i:end]
            return None
        i += 1
    return None


def _party(doc: Doc, head: Token) -> str | None:
    """'Sen. Jane Doe, D-Pa.' → Democratic Party (the letter before the state, from party_codes)."""
    codes: dict[str, str] = speech_lexicon()["party_codes"]
    window = doc[head.i + 1: min(len(doc), head.i + 6)]
    for tok in window:
        if tok.text in codes and tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"-", "–"}:
            return codes[tok.text]
        if len(tok.text) > 2 and tok.text[0] in codes and tok.text[1] in "-–" and tok.text[2].isupper():
            return codes[tok.text[0]]
    return None


def _before_title(tok: Token) -> bool:
    """'Defense' in 'Defense Minister': a capitalised word right before a capitalised role word is part
    of the title, not an organisation."""
    roles = speech_lexicon()["role_words"]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    while nxt is not None and nxt.is_title and nxt.lower_ not in roles and nxt.ent_type_ == "ORG":
        nxt = nxt.nbor(1) if nxt.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.is_title and nxt.lower_ in roles


def _role_from_prefix(tokens: list[Token]) -> tuple[str | None, str | None]:
    """Split the words before a name into (role, organisation): entities before the role word are the
    organisation; the rest, when it holds a title or role word, is the role."""
    lex = speech_lexicon()
    titles: dict[str, str] = lex["titles"]
    roles = lex["role_words"]
    organisation_parts: list[str] = []
    role_parts: list[str] = []
    for tok in tokens:
        low = tok.text.lower()
        if tok.dep_ == "det" or tok.is_punct or tok.pos_ == "DET":
            continue
        if tok.ent_type_ in ORG_LABELS and not role_parts and low not in titles and low not in roles and not (
                tok.ent_type_ == "ORG" and tok.is_title and _before_title(tok)):
            organisation_parts.append(tok.text_with_ws)
        else:
            role_parts.append(tok.text)
    if not role_parts:
        return None, "".join(organisation_parts).strip() or None
    words = [w.lower() for w in role_parts]
    if not any(w in titles or w in roles for w in words):
        return None, "".join(organisation_parts).strip() or None
    if len(role_parts) == 1 and words[0] in titles:
        role = titles[words[0]] or None
    else:
        role = " ".join(titles.get(w, role_parts[i]) if w.endswith(".") else role_parts[i]
                        for i, w in enumerate(words))
    organisation = "".join(organisation_parts).strip() or None
    return role, organisation


def _role_from_appos(head: Token) -> tuple[str | None, str | None]:
    """'Jane Doe, the head of the agency,' → ('head', 'the agency')."""
    roles = speech_lexicon()["role_words"]
    for child in head.rights:
        if child.dep_ != "appos" or child.ent_type_ in NAME_LABELS:
            continue
        if child.lemma_.lower() not in roles and child.text.lower() not in roles:
            continue
        role_tokens = [t for t in child.subtree if t.i <= child.i and t.dep_ not in {"det", "poss", "case"}
                       and t.ent_type_ not in ORG_LABELS and not t.is_punct]
        organisation = None
        for sub in child.children:
            if sub.dep_ == "prep" and sub.text.lower() in {"of", "for", "at"}:
                objects = [t for t in sub.children if t.dep_ == "pobj"]
                if objects:
                    organisation = noun_phrase(objects[0]).text
        orgs = [t for t in child.subtree if t.i < child.i and t.ent_type_ in ORG_LABELS]
        if orgs and organisation is None:
            organisation = " ".join(t.text for t in orgs)
        return " ".join(t.text for t in role_tokens) or None, organisation
    return None, None


def describe_speaker(head: Token) -> SpeakerInfo:
    """The speaker named by the phrase headed by ``head`` (not resolved yet)."""
    lex = speech_lexicon()
    phrase = noun_phrase(head)
    person = _entity_in(phrase, NAME_LABELS)
    if person is not None and person.end <= head.i and (head.pos_ == "NOUN" or head.lower_ in lex["organisation_nouns"]
                                                        or head.lower_ in lex["role_words"]):
        person = None  # a name modifying a common noun ("the Smith campaign", "a Ruvan official")
    named_appos = next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ in NAME_LABELS), None)
    if person is None and named_appos is not None:
        info = describe_speaker(named_appos)  # "the boy's father, Omar Dalil," → Omar Dalil (role father)
        if info.role is None and head.lemma_.lower() in lex["role_words"]:
            info.role = head.text
        return info
    organisation_ent = _entity_in(phrase, ORG_LABELS)
    mention = phrase.text
    if person is not None:
        name_start = person.start
        # titles swallowed by the NER ("Sen. Jane Doe"): move them to the prefix
        while name_start < person.end - 1 and (person.doc[name_start].text.lower() in lex["titles"]
                                               or person.doc[name_start].text.lower() in lex["role_words"]):
            name_start += 1
        prefix = [t for t in phrase if t.i < name_start]
        role, organisation = _role_from_prefix(prefix)
        name_span = phrase.doc[name_start:person.end]
        info = SpeakerInfo(name=name_span.text, start=name_span.start_char, end=name_span.end_char,
                           mention=mention, role=role, organisation=organisation, kind="person",
                           gender=mention_gender(head))
    elif head.pos_ == "PROPN" and head.ent_type_ not in ORG_LABELS and organisation_ent is None and \
            head.lower_ not in lex["organisation_nouns"]:
        prefix = [t for t in phrase if t.i < head.i and t.pos_ != "PROPN"]
        names = [t for t in phrase if t.pos_ == "PROPN" and t.text.lower() not in lex["titles"]
                 and t.text.lower() not in lex["role_words"]]
        role, organisation = _role_from_prefix([t for t in phrase if t not in names] or prefix)
        first = names[0] if names else head
        info = SpeakerInfo(name=phrase.doc[first.i:phrase.end].text, start=first.idx, end=phrase.end_char,
                           mention=mention, role=role, organisation=organisation, kind="person",
                           gender=mention_gender(head))
    else:
        lower_head = head.lemma_.lower()
        is_org = (organisation_ent is not None and organisation_ent.end >= head.i + 1) or \
            lower_head in lex["organisation_nouns"]
        is_role = lower_head in lex["role_words"] or head.text.lower() in lex["role_words"]
        kind = "organisation" if is_org and not is_role else ("person" if is_role else "other")
        if head.pos_ == "PROPN" and any(c.dep_ == "appos" and (c.lemma_.lower() in lex["role_words"] or c.ent_type_ ==
                                                               "NORP" and c.pos_ == "PROPN") or c.dep_ == "relcl" and
                                        any(w.lower_ == "who" for w in c.children) for c in head.rights):
            kind = "person"  # "X, the head of Y,", "X, a Republican,", "X, who ...": a person whatever X's NER label
        gender = mention_gender(head) if head.pos_ == "PROPN" else None
        if gender is not None:
            kind = "person"  # "Mr. X", "X, a spokesman", a common first name: a person whatever X's NER label
        name = mention
        if kind == "organisation" and organisation_ent is not None and organisation_ent.label_ == "ORG" and \
                organisation_ent.end == head.i + 1:
            name = organisation_ent.text
        organisation = name if kind == "organisation" else None
        role = None
        if is_role:
            role = head.text
            orgs = [t for t in phrase if t.ent_type_ in ORG_LABELS and t.i < head.i]
            if orgs:
                organisation = " ".join(t.text for t in orgs)
        info = SpeakerInfo(name=name, start=phrase.start_char, end=phrase.end_char, mention=mention,
                           role=role, organisation=organisation, kind=kind, gender=gender)
    if info.role is None or info.organisation is None:
        appos_role, appos_org = _role_from_appos(head)
        info.role = info.role or appos_role
        info.organisation = info.organisation or appos_org
    party = _party(head.doc, head)
    if party and info.organisation is None:
        info.organisation = party
    return info


def resolve_speaker(head: Token, memory: SalienceMemory) -> SpeakerInfo | None:
    """Describe the speaker headed by ``head`` and resolve pronouns, anaphors and short names."""
    lex = speech_lexicon()
    low = head.text.lower()
    position = head.idx
    if (head.pos_ == "PRON" and low not in RELATIVE_PRONOUNS) or low in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON:
        if low in PERSON_PRONOUNS:
            gender = pronoun_gender(head)
            antecedent = memory.last_person(position, gender)
            if antecedent is not None and gender is not None:
                memory.learn_gender(antecedent.name, gender)  # "she" named her: later "he" is someone else
        elif low in GROUP_PRONOUNS:
            antecedent = memory.last(memory.organisations, position)
        else:
            antecedent = None
        if antecedent is None:
            return SpeakerInfo(name=head.text, start=head.idx, end=head.idx + len(head.text), mention=head.text,
                               kind="other")
        return SpeakerInfo(name=antecedent.name, start=head.idx, end=head.idx + len(head.text), mention=head.text,
                           role=antecedent.role, organisation=antecedent.organisation, kind=antecedent.kind,
                           gender=antecedent.gender if low not in PERSON_PRONOUNS else pronoun_gender(head))
    if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        antecedent = resolve_speaker(head.head.head, memory) or describe_speaker(head.head.head)
        return SpeakerInfo(name=antecedent.name, start=head.idx, end=head.idx + len(head.text), mention=head.text,
                           role=antecedent.role, organisation=antecedent.organisation, kind=antecedent.kind)
    info = describe_speaker(head)
    phrase = noun_phrase(head)
    determiners = [t for t in phrase if t.dep_ == "det" and t.lower_ in {"the", "this", "that"}]
    if determiners and head.lemma_.lower() in lex["organisation_anaphors"] and not any(
            t.ent_type_ in ORG_LABELS or t.pos_ == "PROPN" for t in phrase) and len(phrase) <= 3:
        antecedent = memory.last(memory.organisations, position)
        if antecedent is not None:
            return SpeakerInfo(name=antecedent.name, start=info.start, end=info.end, mention=info.mention,
                               role=antecedent.role, organisation=antecedent.organisation, kind="organisation")
    if info.kind == "person":
        words = info.name.split()
        if words:
            fuller = memory.full_names.get(words[-1].lower())
            if fuller and len(fuller) > len(info.name) and fuller.endswith(info.name):
                previous = memory.last([p for p in memory.persons if p[1].name == fuller], position)
                info.name = fuller
                if previous is not None:
                    info.role = info.role or previous.role
                    info.organisation = info.organisation or previous.organisation
    return info


def name_and_subject_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """(indices of the tokens that open a PERSON entity, indices of the nominal subjects) of ``doc``, read from its
    arrays once: the tokens :func:`remember_names` and :func:`remember_subjects` look at."""
    if not len(doc):
        return [], []
    iob, ent_type = token_column(doc, "ENT_IOB"), token_column(doc, "ENT_TYPE")
    names = numpy.flatnonzero((iob == 3) & (ent_type == doc.vocab.strings["PERSON"])).tolist()  # 3: "B"
    return names, indices_where(doc, "DEP", _SUBJECT_DEPS)


def _within(indices: list[int] | None, sentence: Span) -> Iterable[int]:
    if indices is None:
        return range(sentence.start, sentence.end)
    return indices[bisect.bisect_left(indices, sentence.start):bisect.bisect_left(indices, sentence.end)]


def remember_names(doc: Doc, memory: SalienceMemory, sentence: Span, starts: list[int] | None = None) -> None:
    """Learn the full names of a sentence's persons (for surnames later) and their gender when the text tells it.
    ``starts``: the doc's PERSON entity starts in order (:func:`name_and_subject_starts`), else every token is read."""
    for i in _within(starts, sentence):
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON":
            end = tok.i + 1
            while end < sentence.end and doc[end].ent_iob_ == "I":
                end += 1
            name = doc[tok.i:end]
            memory.learn_name(name.text)
            if name[-1].lower_ not in memory.genders:  # the first evidence holds: no need to read it again
                gender = mention_gender(name[-1])  # the last word of a name heads it
                if gender is not None:
                    memory.learn_gender(name.text, gender)
            memory.mentions.append((tok.idx, SpeakerInfo(name=memory.full_names.get(name[-1].lower_, name.text),
                                                         start=name.start_char, end=name.end_char,
                                                         mention=name.text)))


def remember_subjects(doc: Doc, memory: SalienceMemory, sentence: Span, subjects: list[int] | None = None) -> None:
    """Let named subjects of a sentence become antecedents (after its statements are read).  ``subjects``: the
    doc's nominal subjects in order (:func:`name_and_subject_starts`), else every token is read."""
    known = {position for position, _ in memory.persons} | {position for position, _ in memory.organisations}
    for i in _within(subjects, sentence):
        tok = doc[i]
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.idx in known:
            continue
        if tok.ent_type_ == "PERSON":
            start = tok.i
            while start > sentence.start and doc[start].ent_iob_ == "I":
                start -= 1
            ent = _entity_in(doc[start:sentence.end], {"PERSON"})
            if ent is not None and ent.start <= tok.i < ent.end:
                memory.learn_name(ent.text)
                name = memory.full_names.get(ent.text.split()[-1].lower(), ent.text)
                gender = memory.genders.get(name.split()[-1].lower()) or mention_gender(tok) or bound_gender(tok)
                if gender is not None:
                    memory.learn_gender(name, gender)
                memory.persons.append((tok.idx, SpeakerInfo(name=name, start=ent.start_char, end=ent.end_char,
                                                            mention=ent.text, gender=gender)))
        elif tok.ent_type_ == "ORG" or tok.lemma_.lower() in speech_lexicon()["organisation_nouns"]:
            info = describe_speaker(tok)
            if info.kind == "organisation":
                memory.organisations.append((tok.idx, info))
