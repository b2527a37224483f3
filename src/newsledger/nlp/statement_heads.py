"""Speaker heads of statements: the token that names who said, believed or wanted what a cue attributes.

:class:`SpeakerHeads` is the part of :class:`~newsledger.nlp.statements.StatementFinder` that finds, for one cue,
the head of its speaker phrase (resolved afterwards by :mod:`newsledger.nlp.statement_speakers`): the subject of
the cue; for "…, saying" the subject of the verb it hangs on (or its object when that subject is not a speaker);
for "who said" the relative pronoun; for a passive, the agent; the possessor of a noun cue; the object of
"according to"; and, when the parser left the cue without a subject, a subject it hung on the line before, or
the nearest subject to the left in the sentence ("X did A, then says B"), a number hung on the cue ("About 4
in 10 say ...") or the name right before a finite cue; a subject taken from inside a quotation gives way to the
speaker after it ("“…,” tweeted a nurse").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from newsledger.nlp.statement_cues import IMPERSONAL_KINDS, Cue, adjective_subject, unsourced_noun_source

SUBJECT_DEPS = {"nsubj"}
CLAUSE_HOST_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acomp"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
SKIPPED_BEFORE_CUE = {"aux", "auxpass", "neg", "advmod"}  # 'X has also said': between a speaker and its cue
ADJACENT_SPEAKER_DEPS = {"nsubj", "dobj", "attr", "npadvmod"}  # an inverted speaker as the parser hangs it
NOMINAL_POS = {"PROPN", "PRON", "NOUN", "NUM"}


def is_finite(verb: Token) -> bool:
    """A tensed verb or one with an auxiliary ('said', 'says', 'has said'), not a participle or infinitive."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to"
                                                       for c in verb.children)


class SpeakerHeads:
    """Speaker heads of cues; mixed into the statement finder, which sets the attributes below."""

    doc: Doc
    text: str
    lex: dict[str, Any]
    attr: dict[str, Any]
    separator: str
    in_quote: Callable[[Token], bool]
    token_at: Callable[[int], Token]

    def speaker_head(self, cue: Cue) -> Token | None:
        tok = cue.token
        if cue.kind == "unsourced":
            return unsourced_noun_source(tok, self.attr)
        if cue.kind in IMPERSONAL_KINDS:
            return None
        if cue.kind == "noun":
            possessor = next((c for c in tok.children if c.dep_ == "poss"), None)
            return self.bound_possessor(possessor) if possessor is not None else None
        if cue.kind == "adjective":
            return adjective_subject(tok, self.attr)
        if cue.kind == "according":
            to = self.doc[tok.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
        agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if agents:
            return agents[0]  # "was announced by the ministry"
        climbed = False
        for _ in range(5):
            subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS or (climbed and c.dep_ == "nsubjpass")]
            if len(subjects) > 1 and any(self.in_quote(s) for s in subjects):  # "“That,” he said": not "That"
                subjects = [s for s in subjects if not self.in_quote(s)] or subjects
            if len(subjects) > 1:  # mis-parses ("The" + "Forces", "He said his attacks ..."): keep the likeliest
                subjects.sort(key=lambda t: (t.lower_ in {"the", "a", "an"}, t.i > tok.i, -len(list(t.subtree))))
            if subjects:
                subjects[0] = self.same_paragraph_subject(subjects[0], tok)
                if self.in_quote(subjects[0]):  # '“… #Place,” tweeted a user': the parser took a quoted word
                    return self.adjacent_speaker(cue.token)
                if subjects[0].lower_ in {"who", "that", "which"} and tok.dep_ == "relcl":
                    return subjects[0]  # "officials, who said ...": resolved to the head noun
                trailing = self.trailing_speaker(tok, subjects[0]) if not climbed else None
                if trailing is not None:
                    return trailing
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                if climbed and objects and not self.speaker_like(subjects[0]) and self.speaker_like(objects[0]):
                    return objects[0]  # "Footage showed her father ..., saying, '...'"
                return subjects[0]
            if tok.dep_ in {"acl", "relcl"} and tok.head.pos_ in {"PROPN", "NOUN"}:
                host = tok.head.head if tok.head.dep_ in {"dobj", "pobj"} else None
                while host is not None and host.pos_ == "ADP":
                    host = host.head
                if self.speaker_like(tok.head) or host is None or host.pos_ != "VERB":
                    return tok.head
                tok, climbed = host, True  # "His office issued a statement saying ...": the office says it
                continue
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                host = tok.head.head  # "quoted as saying", "praised her for saying"
                if host.pos_ in {"NOUN", "PROPN"} and self.speaker_like(host):
                    return host
                tok, climbed = host, True
                continue
            if tok.dep_ in CLAUSE_HOST_DEPS and tok.head.i != tok.i:
                tok = tok.head
                climbed = True
                while tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex["speech_verbs"]:
                    tok = tok.head  # "She said he would help, saying ...": she, not he, is saying it
                continue
            break
        found = self.line_subject(cue.token)
        if found is None and cue.kind in {"speech", "clause"}:
            found = self.left_subject(cue.token) or self.adjacent_speaker(cue.token)
        return found

    def trailing_speaker(self, cue: Token, subject: Token) -> Token | None:
        """'Among the dead were a girl and her mother, the governor said': when the parse makes a noun of the
        reported clause the cue's subject (the clause starts before it), the speaker is the noun phrase after
        the last comma right before the cue, which the parse hung on that noun as an apposition."""
        if not any(c.dep_ == "ccomp" and c.i < subject.i for c in cue.children):
            return None
        i = cue.i - 1
        while i > cue.sent.start and self.doc[i].dep_ in SKIPPED_BEFORE_CUE and self.doc[i].head.i == cue.i:
            i -= 1
        tok = self.doc[i]
        start = tok.left_edge.i
        if tok.dep_ != "appos" or tok.pos_ not in NOMINAL_POS or start <= cue.sent.start or \
                self.doc[start - 1].text != "," or tok not in subject.subtree or not self.named_speaker(tok):
            return None
        return tok

    def adjacent_speaker(self, cue: Token) -> Token | None:
        """A speaker the parser did not make the cue's subject: the name or noun phrase right before the cue
        (past auxiliaries, adverbs and an apposition: 'X, a senior aide, has said', 'in a letter to the council
        Smith wrote'), else, after a quotation, the one right after it ('“…,” tweeted a night-shift nurse')."""
        left = self.phrase_before(cue) if is_finite(cue) else None
        if left is not None:
            return left
        after = [c for c in cue.children if c.i > cue.i and c.dep_ in ADJACENT_SPEAKER_DEPS and not self.in_quote(c)]
        closing = cue.i > 1 and self.doc[cue.i - 1].is_punct and self.in_quote(self.doc[cue.i - 2])
        if after and closing and self.named_speaker(after[0]):
            return after[0]
        return None

    @staticmethod
    def phrase_chain(tok: Token) -> list[Token]:
        """``tok`` and the heads above it within its noun phrase, up to a coordination ('A, B and C')."""
        chain = [tok]
        while chain[-1].dep_ in {"compound", "pobj", "prep", "amod", "appos"} and chain[-1].head.i != chain[-1].i:
            if chain[-1].dep_ == "appos":
                break
            chain.append(chain[-1].head)
        return chain

    def named_speaker(self, tok: Token) -> bool:
        """A word that can name a speaker when the parse does not say so: a person, organisation or group, a
        pronoun or a role ('the spokesman'), not a place, date or topic."""
        if tok.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"} or tok.lower_ in {
                "it", "this", "that", "what", "which", "who", "nothing", "something"}:
            return False
        return self.speaker_like(tok)

    def phrase_before(self, cue: Token) -> Token | None:
        """The head of the noun phrase that ends right before ``cue`` in its sentence, or None."""
        i = cue.i - 1
        sent_start = cue.sent.start
        while i >= sent_start and self.doc[i].dep_ in SKIPPED_BEFORE_CUE and self.doc[i].head.i == cue.i:
            i -= 1
        comma = i >= sent_start and self.doc[i].text == ","
        i -= comma  # 'X, a senior aide, said'
        if i < sent_start:
            return None
        tok = self.doc[i]
        if self.in_quote(tok) or tok.pos_ not in NOMINAL_POS:
            return None
        appositive = next((t for t in self.phrase_chain(tok) if t.dep_ == "appos" and t.head.i < t.i), None)
        if comma and appositive is None:
            return None  # 'In Iowa, said ...': an introductory phrase, not a speaker
        while appositive is not None and not self.in_quote(appositive.head):
            tok = appositive.head  # the name, not its apposition
            appositive = tok if tok.dep_ == "appos" and tok.head.i < tok.i else None
        return tok if self.named_speaker(tok) else None

    def bound_possessor(self, possessor: Token) -> Token:
        """'He restated his support for X': a possessive pronoun in the clause of a subject refers to that subject."""
        if possessor.lower_ not in POSSESSIVE_PRONOUNS:
            return possessor
        verb = next((a for a in possessor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or subject.i > possessor.i or subject.left_edge.i <= possessor.i <= subject.right_edge.i:
            return possessor
        return subject

    def line_subject(self, cue: Token) -> Token | None:
        """A subject the parser hung on the line before ('... polls' + line break + 'Trump, in Kentucky, said'):
        the first name-like word of the cue's line that is attached outside that line."""
        line_start = self.text.rfind("\n", 0, cue.idx) + 1
        if line_start == 0:
            return None
        for tok in self.doc[self.token_at(line_start).i:cue.i]:
            if tok.idx >= line_start and tok.head.idx < line_start and tok.pos_ in {"PROPN", "NOUN", "PRON"} and \
                    self.speaker_like(tok) and not self.in_quote(tok):
                return tok
        return None

    def left_subject(self, cue: Token) -> Token | None:
        """A cue the parser left without a subject: a number phrase hung on it ("About 4 in 10 say ..."), else the
        nearest speaker-like subject to its left in the sentence, outside quotes ("X did A, then says B")."""
        sent = cue.sent
        for tok in reversed(self.doc[sent.start:cue.i]):
            if self.in_quote(tok):
                continue
            if tok.head.i == cue.i and tok.dep_ in {"nummod", "npadvmod"} and tok.pos_ in {"NUM", "NOUN", "PROPN"}:
                return tok
            if tok.dep_ == "nsubj" and tok.lower_ not in {"who", "that", "which"} and self.speaker_like(tok):
                return tok
        return None

    def same_paragraph_subject(self, subject: Token, cue: Token) -> Token:
        """A subject parsed across a paragraph break or headed by a clock time ('12:15 p.m.' + new
        paragraph 'President X says'): take the nearest name of its phrase in the cue's paragraph."""
        start = min(subject.left_edge.idx, cue.idx)
        misplaced = subject.ent_type_ in {"TIME", "DATE"} or (subject.is_upper and len(subject) > 2 and any(
            t.ent_type_ == "PERSON" for t in subject.subtree))  # "LONDON (Reuters) - Jane Doe said"
        if self.separator not in self.text[start:cue.idx] and not misplaced:
            return subject
        paragraph_start = self.text.rfind(self.separator, 0, cue.idx) + len(self.separator)
        names = [t for t in subject.subtree if t.idx >= paragraph_start and t.ent_type_ in {"PERSON", "ORG", "NORP"}]
        names = [t for t in names if t.ent_type_ == "PERSON"] or names  # not "the Y" of "X, a member of the Y,"
        if not names:
            return subject
        name = names[0]  # the first name, to its last word: "Jane Doe", not an organisation in her apposition
        while name.i + 1 < len(self.doc) and self.doc[name.i + 1].ent_iob_ == "I":
            name = self.doc[name.i + 1]
        return name

    def speaker_like(self, tok: Token) -> bool:
        lex = self.lex
        return (tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ in {"PRON", "PROPN"}
                or tok.lemma_.lower() in lex["role_words"] or tok.lemma_.lower() in lex["organisation_nouns"]
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children))
