"""``newsledger_actor_mentions``: find actor mentions and give each its canonical ACLED-style name.

Two sources, longest match first: the alias table (PhraseMatcher on lower-cased tokens) and the pattern
"<country adjective> [modifier] <actor noun>" ("Israeli naval forces", "Palestinian paramedics"), plus plural
demonyms on their own ("Palestinians" -> Civilians (Palestine)).  Sets ``doc._.actor_mentions``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsledger.nlp import attributes  # noqa: F401
from newsledger.nlp.numbers import indices_where
from newsledger.resolve.actors import ActorEntry, ActorLexicon, actor_lexicon, canonical_for
from newsledger.resolve.casualty_lexicon import casualty_lexicon


@dataclass(frozen=True)
class ActorMention:
    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    text: str
    canonical: str
    kind: str  # state, police, rebel, militia, political, civilians, protesters, external, armed_generic
    country: str | None

    @property
    def head_i(self) -> int:
        return self.end - 1


class ActorMentionFinder:
    def __init__(self, nlp: Language, lexicon: ActorLexicon | None = None) -> None:
        self.lexicon = lexicon or actor_lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns = list(nlp.tokenizer.pipe(list(self.lexicon.aliases)))
        self.matcher.add("ACTOR", patterns)
        self.multiword_nouns = {n for kind in self.lexicon.nouns.values() for n in kind if " " in n}
        self.force_words = (self.lexicon.nouns["state"] | self.lexicon.nouns["police"] | self.lexicon.nouns["armed_generic"]) - NOT_AGENTS

    def _alias_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for _, start, end in self.matcher(doc):
            spans.append(Span(doc, start, end, label="ALIAS"))
        return spans

    def _pattern_spans(self, doc: Doc) -> list[Span]:
        lex = self.lexicon
        spans = []
        for i in indices_where(doc, "LOWER", lex.demonym_forms):  # the words naming a country
            tok = doc[i]
            if tok.lower_ in lex.countries and tok.ent_type_ == "GPE" and self._country_as_agent(tok):
                spans.append(Span(doc, tok.i, tok.i + 1, label="state"))  # "Russia launched drones", "by Russia"
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.lower_.endswith("s") and tok.lower_ not in lex.demonyms and not tok.lower_.endswith("'s") and \
                    not (nxt is not None and lex.noun_kind(nxt.text) in {"state", "police", "armed_generic"}):
                # a plural demonym on its own: "Palestinians", "Israelis"
                if tok.pos_ in {"PROPN", "NOUN"} and tok.lower_[:-1] in lex.demonyms:
                    spans.append(Span(doc, tok.i, tok.i + 1, label="civilians"))
                continue
            # "<Demonym> [adj/compound]{0,2} <noun>" / "Israel's military"
            j = tok.i + 1
            if j < len(doc) and doc[j].text in {"'s", "’s"}:
                j += 1
            for k in range(j, min(j + 3, len(doc))):
                two = f"{doc[k].lower_} {doc[k + 1].lower_}" if k + 1 < len(doc) else ""
                if two in self.multiword_nouns:
                    kind = lex.noun_kind(two)
                    spans.append(Span(doc, tok.i, k + 2, label=kind or ""))
                    break
                kind = lex.noun_kind(doc[k].text)
                weapon = doc[k].lower_ in lex.nouns.get("state_weapons", ())  # "Ukrainian shelling", tagged a verb
                if kind is not None and (doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} or weapon):
                    spans.append(Span(doc, tok.i, k + 1, label=kind))
                    break
                if doc[k].pos_ not in {"ADJ", "NOUN", "PROPN", "PUNCT"} or doc[k].text in {",", "."}:
                    break
        return spans

    def __call__(self, doc: Doc) -> list[ActorMention]:
        lex = self.lexicon
        mentions = []
        for span in filter_spans(self._alias_spans(doc) + self._pattern_spans(doc)):
            if span.label_ == "ALIAS":
                entry = lex.aliases[span.text.lower()]
                canonical, kind, country = entry.canonical, entry.kind, entry.country
            else:
                country = lex.country_of_demonym(span[0].text)
                kind = span.label_
                canonical = canonical_for(kind, country)
                if canonical is None:
                    continue
            likely = self._likely(doc, span)  # "Palestinian militants (likely Hamas)"
            if likely is not None:
                canonical, kind, country = likely.canonical, likely.kind, likely.country
            mentions.append(ActorMention(span.start, span.end, span.start_char, span.end_char, span.text,
                                         canonical, kind, country))
        return self._bare_forces(doc, mentions)

    def _likely(self, doc: Doc, span: Span) -> ActorEntry | None:
        """'Palestinian militants (likely Hamas)', 'gunmen [Hamas]': the named group in brackets right after
        unnamed armed men is who they are (the first named, when several are)."""
        if span.label_ != "armed_generic" or span.end + 2 > len(doc) or doc[span.end].text not in {"(", "["}:
            return None
        first = span.end + 1
        if doc[first].lower_ in {"likely", "probably", "presumably", "possibly", "reportedly"}:
            first += 1
        close = next((t.i for t in doc[first: first + 8] if t.text in {")", "]"}), None)
        if close is None:
            return None
        for end in range(close, first, -1):  # "(likely Hamas and PIJ)": the longest alias from the start
            name = doc[first:end].text.lower()
            entry = self.lexicon.aliases.get(name) or self.lexicon.aliases.get(name.removeprefix("the "))
            if entry is not None:
                return entry
        return None

    def _country_as_agent(self, tok: Token) -> bool:
        """'Russia launched drones', 'drones launched by Russia': a country acting with force, not one that
        strikes a deal or says something."""
        nouns = self.lexicon.nouns
        if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
            return tok.head.head.lemma_ in nouns.get("country_agent_verbs", ())
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in nouns.get("country_agent_verbs", ()):
            return False
        return not any(c.dep_ == "dobj" and c.lemma_ in nouns.get("not_targets", ()) for c in verb.children)

    def _agent_position(self, tok: Token) -> bool:
        """A bare force noun where an actor stands: subject, object of a preposition, modifier, or an object
        that names people ('killing five soldiers', not 'launched a missile'); a conjunct stands where the first
        one does ('from gunboats and jets')."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.dep_ in {"nsubj", "pobj", "compound", "nsubjpass", "poss"} or (
            first.dep_ == "dobj" and self._personnel(tok))

    def _setting_country(self, doc: Doc, tok: Token) -> str | None:
        """The country the clause of ``tok`` is set in, when its sentence opens by saying so: "In Chad, gunmen
        ...", "In neighbouring Chad, ..." (a country after an opening "in" that modifies the verb of ``tok``), not
        a country inside a noun phrase or a relative clause ("families who reached camps in Chad said ...")."""
        sent = tok.sent
        for place in doc._.places or []:
            r = place.resolution
            if r is None or r.feature != "PCLI" or not sent.start_char <= place.start < tok.idx:
                continue
            first = doc.char_span(place.start, place.end, alignment_mode="expand")
            prep = doc[first.start - 1] if first is not None and first.start > sent.start else None
            if prep is not None and prep.dep_ in ("amod", "compound") and prep.is_lower and prep.i > sent.start:
                prep = doc[prep.i - 1]  # "in neighbouring Chad"
            if prep is None or prep.lower_ != "in" or any(not (t.is_punct or t.pos_ in ("CCONJ", "ADV"))
                                                          for t in doc[sent.start:prep.i]):
                continue  # the sentence must open with it ("Meanwhile, in Chad, ..." too)
            if prep.head.pos_ in ("VERB", "AUX") and (prep.head == tok.head or prep.head in tok.ancestors):
                return self.lexicon.countries.get((r.country or "").lower())
        return None

    @staticmethod
    def _personnel(tok: Token) -> bool:
        lex = casualty_lexicon()
        low = tok.lower_
        return low in lex.person_nouns or low in lex.role_nouns or f"{tok.lemma_.lower()}s" in lex.person_nouns

    def _bare_forces(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'the artillery', 'soldiers', 'police' with no country: the state force of that kind named last
        before them, or else the state's forces of the country where the event happens (ACLED's reading of
        'the army' in a local report) — marked with :func:`local_forces` for the events component to fill.
        Unnamed armed men ('gunmen', 'the rebels') likewise refer back to the last armed group named, or are
        the Unidentified Armed Group of the event's country."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        force_words = self.force_words
        for tok in (doc[i] for i in indices_where(doc, "LOWER", force_words)):
            low = tok.lower_
            if tok.i in taken or tok.pos_ != "NOUN":
                continue
            if tok.i + 1 < len(doc) and f"{low} {doc[tok.i + 1].lower_}" in self.multiword_nouns:
                continue  # "fighter jets": the head word speaks for the pair
            if any(m.end == tok.i or tok.i < m.start and m.end <= tok.right_edge.i + 1 for m in mentions):
                continue  # "PIJ militants", "gunmen of the Crow Militia": the group's own men
            kind = self.lexicon.noun_kind(low)
            likely = self._likely(doc, Span(doc, tok.i, tok.i + 1, label=kind or ""))  # "gunmen (likely Hamas)"
            # "RSF fighters ... the rebels": an armed noun refers back to the last armed group named
            kinds = {"armed_generic", "rebel", "militia", "political_militia"} if kind == "armed_generic" else {kind}
            before = [m for m in out if m.kind in kinds and m.end <= tok.i and not is_local(m.canonical)]
            setting = self._setting_country(doc, tok)
            if setting is not None:  # "In neighbouring Chad, gunmen ...": not the group of the last country's story
                before = [m for m in before if m.country == setting]
            if likely is not None:
                out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text,
                                        likely.canonical, likely.kind, likely.country))
            elif not self._agent_position(tok):
                continue
            elif before:
                prev = max(before, key=lambda m: m.end)
                out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text,
                                        prev.canonical, prev.kind, prev.country))
            else:
                out.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text,
                                        local_forces(kind or ""), kind or "", None))
        return sorted(out, key=lambda m: m.start)


# The canonical name of an unnamed force ("soldiers", "the police", "gunmen") until the events component knows
# the country of the event: "Military Forces of <country>", "Police Forces of <country>", "Unidentified Armed
# Group (<country>)".  One placeholder per kind, so that soldiers and gunmen in one sentence stay two actors.
def local_forces(kind: str) -> str:
    return f"<{kind} forces of the event's country>"


def is_local(canonical: str) -> bool:
    """The canonical name is a placeholder of :func:`local_forces`, to be named after the event's country."""
    return canonical.startswith("<") and canonical.endswith(">")
NOT_AGENTS = {"strike", "strikes", "fire", "shelling", "shells", "raid", "raids", "occupation", "unit", "units",
              "force", "airstrike", "airstrikes", "air strikes", "bombardment", "gunfire", "shell"}


@Language.factory("newsledger_actor_mentions", requires=["token.pos"], assigns=["doc._.actor_mentions"])
def make_actor_mentions(nlp: Language, name: str) -> ActorMentionsComponent:
    return ActorMentionsComponent(nlp)


class ActorMentionsComponent:
    def __init__(self, nlp: Language) -> None:
        self.finder = ActorMentionFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = self.finder(doc)
        return doc
