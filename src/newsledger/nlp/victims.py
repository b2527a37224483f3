"""``newsledger_named_victims``: named people reported killed or injured, with age, sex and description.

A name is a victim when its sentence says people were killed or injured ("among the victims were",
"was killed", "died") and the name is not the speaker of a statement, an actor or a place.  Age comes from
"N-year-old" or ", N," next to the name; sex and description from the words describing the person ("a
pregnant woman", "her son").  The victim is linked to the event told in its sentence, or the last event
before it in the paragraph.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsledger.nlp import attributes  # noqa: F401
from newsledger.nlp.doc_cache import entities_in
from newsledger.nlp.numbers import indices_where, parse_number
from newsledger.nlp.sentences import paragraph_of, sent_of, sentence_bounds
from newsledger.records import Event, Evidence, Victim
from newsledger.resolve.geo_context import name_part_words

KIN = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child", "baby", "grandson",
       "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "boy", "girl", "colleague", "friend"}
AGE = re.compile(r"\b([a-z0-9]+(?:-[a-z]+)?)[- ]years?[- ]old\b", re.I)


@lru_cache(maxsize=1)
def victim_lexicon() -> dict[str, frozenset[str]]:
    raw = json.loads((resources.files("newsledger") / "data" / "victim_cues.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def _names(doc: Doc, sent: Span, blocked: list[tuple[int, int]]) -> list[Span]:
    """PERSON entities, and runs of capitalised proper nouns the small model mislabels (e.g. as FAC)."""
    spans: list[Span] = []
    for ent in entities_in(sent):
        if ent.label_ in {"PERSON", "FAC", "ORG", "NORP"} and ent[0].is_title and \
                all(t.pos_ == "PROPN" or t.text in {"-", "al", "Al", "bin", "abu", "Abu"} for t in ent):
            if ent.label_ != "PERSON" and len(ent) < 2:
                continue
            spans.append(ent)
    taken = {t.i for s in spans for t in s}
    i = sent.start
    while i < sent.end:
        if doc[i].pos_ == "PROPN" and doc[i].is_title and i not in taken:
            j = i
            while j + 1 < sent.end and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].text == "-") and doc[j + 1].i not in taken:
                j += 1
            if j > i or (i > sent.start and doc[i - 1].lower_ in KIN):  # "her son Yusuf"
                spans.append(doc[i:j + 1])
            i = j + 1
        else:
            i += 1
    facility = name_part_words()["building"] | name_part_words()["street"]
    return [s for s in spans if not any(a <= s.start_char < b for a, b in blocked)
            and s[-1].lower_ not in facility]  # "the Al Amal Hospital" is no person


def _description(doc: Doc, name: Span) -> str | None:
    """', a 20-year-old pregnant woman,' after the name, or 'her one-year-old son' just before it."""
    sent = sent_of(doc, name.start)
    if name.end < sent.end and doc[name.end].text == ",":
        j = name.end + 1
        words = []
        while j < sent.end and doc[j].text not in {",", ";", "."} and doc[j].lower_ not in {"and", "who", "both"}:
            words.append(doc[j])
            j += 1
        if words and words[0].lower_ in {"a", "an", "the", "his", "her", "their"} | set(AGE.findall(doc[j - 1].text)):
            return doc[words[0].i: words[-1].i + 1].text
    k = name.start - 1
    if k - 1 >= sent.start and doc[k].text == "," and doc[k - 1].pos_ == "NOUN":  # "a 64-year-old woman, NAME"
        k -= 1
        start = k
        while start - 1 >= sent.start and doc[start - 1].pos_ in {"ADJ", "NUM", "DET", "NOUN", "PUNCT"} \
                and doc[start - 1].text not in {",", "and", "."}:
            start -= 1
        return doc[start:k + 1].text
    if k >= sent.start and doc[k].pos_ == "NOUN":
        start = k
        while start - 1 >= sent.start and doc[start - 1].pos_ in {"ADJ", "NUM", "PRON", "DET", "PUNCT", "NOUN"} \
                and doc[start - 1].text not in {",", "and"}:
            start -= 1
        return doc[start:name.start].text
    return None


def _age(description: str | None, doc: Doc, name: Span) -> int | None:
    window = (description or "") + " " + doc[name.end: min(name.end + 3, sent_of(doc, name.start).end)].text
    m = AGE.search(window)
    if m:
        return parse_number(m.group(1))
    after = doc[name.end: name.end + 4]
    if len(after) >= 2 and after[0].text == "," and after[1].like_num and (
            len(after) == 2 or after[2].text in {",", ".", ";", ")"} or after[2].lower_ in {"years", "year"}):
        return parse_number(after[1].text)  # "Mona Saleh, 34, ..." but not "..., one of the last hospitals"
    return None


def _sex(description: str | None, lex: dict[str, frozenset[str]]) -> str | None:
    for word in reversed(re.findall(r"[a-z]+", (description or "").lower())):  # the head noun speaks last
        if word in lex["female"]:
            return "female"
        if word in lex["male"]:
            return "male"
    return None


def _event_for(doc: Doc, start_char: int, events: list[Event]) -> str | None:
    for e in events:
        if any(ev.start <= start_char < ev.end for ev in e.evidence):
            return e.id
    para = paragraph_of(doc, start_char)
    before = [e for e in events if e.evidence and e.evidence[0].start < start_char
              and paragraph_of(doc, e.evidence[0].start) in {para, para - 1}]
    return before[-1].id if before else None


def _cue_sentences(doc: Doc, lex: dict[str, frozenset[str]]) -> list[tuple[Span, str]]:
    """The sentences with a word of death ("killed") or else of injury ("injured"), in order, found from the
    doc's arrays rather than by visiting every word of every sentence."""
    starts, ends = sentence_bounds(doc)
    status: dict[int, str] = {}
    for word_status in ("injured", "killed"):  # a sentence with both is one of deaths
        for i in indices_where(doc, "LOWER", lex[word_status]):
            k = bisect_right(starts, i) - 1
            if 0 <= k and i < ends[k]:
                status[k] = word_status
    return [(doc[starts[k]:ends[k]], status[k]) for k in sorted(status)]


def find_victims(doc: Doc) -> list[Victim]:
    lex = victim_lexicon()
    blocked: list[tuple[int, int]] = []
    for st in doc._.statements or []:
        if st.speaker_evidence is not None:
            blocked.append((st.speaker_evidence.start, st.speaker_evidence.end))
    blocked += [(a.start_char, a.end_char) for a in doc._.actor_mentions or []]
    blocked += [(p.start, p.end) for p in doc._.places or [] if p.resolved]
    speakers = {st.speaker for st in doc._.statements or [] if st.speaker}
    events: list[Event] = list(doc._.events or [])
    victims: list[Victim] = []
    for sent, status in _cue_sentences(doc, lex):
        for name in _names(doc, sent, blocked):
            if name.text in speakers or any(name.text in s for s in speakers):
                continue
            desc = _description(doc, name)
            victims.append(Victim(
                id=f"v{len(victims) + 1}", name=name.text, age=_age(desc, doc, name), sex=_sex(desc, lex),  # type: ignore[arg-type]
                description=desc, status=status,  # type: ignore[arg-type]
                event_id=_event_for(doc, name.start_char, events),
                evidence=Evidence(start=name.start_char, end=name.end_char, text=name.text),
            ))
    return victims


@Language.factory("newsledger_named_victims", requires=["doc.ents", "doc._.events"], assigns=["doc._.victims"])
def make_named_victims(nlp: Language, name: str) -> NamedVictims:
    return NamedVictims()


class NamedVictims:
    def __call__(self, doc: Doc) -> Doc:
        victims = find_victims(doc)
        doc._.victims = victims
        killed: dict[str, int] = {}
        for v in victims:
            if v.status == "killed" and v.event_id:
                killed[v.event_id] = killed.get(v.event_id, 0) + 1
        for event in doc._.events or []:  # rule 4 of resolve.fatalities: named victims when there is no count
            if event.fatalities.best is None and killed.get(event.id):
                n = killed[event.id]
                event.fatalities.low, event.fatalities.best = n, n
        return doc
