"""``newsledger eval quotes``: who said what, against PolNeAR-style attribution annotation.

Gold (one document a line): ``text`` and ``attributions[]``, each with ``source``, ``cue`` and
``content`` lists of character spans.  Predictions are ``doc._.statements`` of a light pipeline (the
spaCy model plus ``newsledger_statements``).

Metrics
* ``content_overlap_p/r/f1``: a predicted statement matches a gold attribution when its content
  span overlaps one of the gold content spans by at least one character.  Precision = matched
  predictions / predictions; recall = matched gold attributions / gold attributions.
* ``content_token_p/r/f1`` (soft): over word tokens (``\\w+`` runs) of each document, the words
  inside predicted contents against the words inside gold contents, summed over documents.
* ``speaker_accuracy``: over matched pairs (each prediction paired with the overlapping gold
  attribution of highest character Jaccard, since PolNeAR nests attributions) whose gold source is not empty: the speaker is right when the predicted speaker
  evidence overlaps the gold source span, or when the normalised predicted speaker name and the
  normalised gold source text (case-folded, without determiners, possessive 's, punctuation, titles
  and honorifics of the lexicon, middle initials and "Jr."/"Sr.") share a whole-word containment
  ("Trump" ~ "Donald Trump", "Mr. Biden" ~ "Joseph R. Biden Jr.").
* A gold attribution may have several content spans (a quote split around its cue, a clause split
  by a parenthetical "she said"): a prediction overlapping any of them matches it, and several
  predictions (one per part) may match the same attribution; each counts once in recall.
* ``recall_speech_cues``: recall over the gold attributions whose cue is a speech verb of our lexicon
  or "according to".  PolNeAR also annotates beliefs, wants and findings ("seemed", "wants",
  "shows"); the statements component records those too, with their ``kind``, and all predictions
  are scored.  ``speech_subset_f1`` combines the overall precision with that recall (an indication
  only: precision is still over all predictions).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from newsledger.evaluation.report import EvalReport, f1, ratio, read_jsonl
from newsledger.nlp.doc_cache import shared_doc_values
from newsledger.nlp.pipeline import add_components, load_model
from newsledger.nlp.statement_speakers import speech_lexicon
from newsledger.records import Statement

WORD = re.compile(r"\w+")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "'s", "s"}
GOALS = {"content_overlap_f1": 0.85, "speaker_accuracy": 0.88}

Span = tuple[int, int]


def spans(parts: list[dict[str, Any]]) -> list[Span]:
    return [(int(p["start"]), int(p["end"])) for p in parts if p.get("end", 0) > p.get("start", 0)]


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def normalise(name: str) -> list[str]:
    words = re.findall(r"[\w-]+", name.lower().replace("’", "'").replace("'s", ""))
    words = [w for w in words if w not in DETERMINERS]
    titles = {t.rstrip(".") for t in speech_lexicon()["titles"]} | {"jr", "sr"}
    names = [w for w in words if w not in titles and len(w) > 1]
    return names or words  # "the Speaker" alone stays a name


def same_name(predicted: str, gold: str) -> bool:
    p, g = normalise(predicted), normalise(gold)
    if not p or not g:
        return False
    shorter, longer = (p, g) if len(p) <= len(g) else (g, p)
    return all(w in longer for w in shorter)


def word_positions(text: str, ranges: list[Span]) -> set[int]:
    out: set[int] = set()
    for start, end in ranges:
        for match in WORD.finditer(text, start, end):
            out.add(match.start())
    return out


def is_speech_cue(cue_text: str) -> bool:
    lex = speech_lexicon()
    low = cue_text.lower().strip()
    if "according to" in low:
        return True
    return any(word in lex["speech_verbs"] or word.rstrip("sd") in lex["speech_verbs"] or
               _lemma_guess(word) in lex["speech_verbs"] for word in WORD.findall(low))


def _lemma_guess(word: str) -> str:
    irregular = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
                 "written": "write", "writes": "write"}
    if word in irregular:
        return irregular[word]
    for suffix, repl in (("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


class QuoteScorer:
    def __init__(self) -> None:
        self.counts = {"predicted": 0, "predicted_matched": 0, "gold": 0, "gold_matched": 0,
                       "gold_speech": 0, "gold_speech_matched": 0, "speaker_pairs": 0, "speaker_correct": 0,
                       "words_predicted": 0, "words_gold": 0, "words_common": 0}
        self.errors: list[dict[str, Any]] = []

    def score(self, record: dict[str, Any], statements: list[Statement]) -> None:
        text = record["text"]
        doc_id = record.get("doc_id")
        gold = [(a, spans(a.get("content", []))) for a in record.get("attributions", [])]
        gold = [(a, c) for a, c in gold if c]
        c = self.counts
        c["predicted"] += len(statements)
        c["gold"] += len(gold)
        matched_gold: set[int] = set()
        for statement in statements:
            span = (statement.evidence.start, statement.evidence.end)
            best, best_score = -1, 0.0
            for index, (_, contents) in enumerate(gold):
                amount = sum(overlap(span, g) for g in contents)
                if amount == 0:
                    continue
                union = (span[1] - span[0]) + sum(e - s for s, e in contents) - amount
                if amount / union > best_score:  # nested gold: pair with the most similar content
                    best, best_score = index, amount / union
            if best < 0:
                self.errors.append({"doc_id": doc_id, "kind": "spurious", "content": statement.evidence.text[:300],
                                    "speaker": statement.speaker, "cue": statement.cue})
                continue
            c["predicted_matched"] += 1
            matched_gold.add(best)
            self.score_speaker(doc_id, statement, gold[best][0])
        for index, (attribution, contents) in enumerate(gold):
            cue_text = " ".join(p.get("text", "") for p in attribution.get("cue", []))
            speech = is_speech_cue(cue_text)
            c["gold_speech"] += speech
            if index in matched_gold:
                c["gold_matched"] += 1
                c["gold_speech_matched"] += speech
            else:
                self.errors.append({"doc_id": doc_id, "kind": "missed", "speech_cue": speech, "cue": cue_text,
                                    "source": " ".join(p.get("text", "") for p in attribution.get("source", [])),
                                    "content": " … ".join(text[s:e] for s, e in contents)[:300]})
        predicted_words = word_positions(text, [(s.evidence.start, s.evidence.end) for s in statements])
        gold_words = word_positions(text, [g for _, contents in gold for g in contents])
        c["words_predicted"] += len(predicted_words)
        c["words_gold"] += len(gold_words)
        c["words_common"] += len(predicted_words & gold_words)

    def score_speaker(self, doc_id: str | None, statement: Statement, attribution: dict[str, Any]) -> None:
        sources = attribution.get("source", [])
        if not sources:
            return
        self.counts["speaker_pairs"] += 1
        gold_text = " ".join(p.get("text", "") for p in sources)
        evidence = statement.speaker_evidence
        right = evidence is not None and any(overlap((evidence.start, evidence.end), g) for g in spans(sources))
        right = right or (statement.speaker is not None and same_name(statement.speaker, gold_text))
        if right:
            self.counts["speaker_correct"] += 1
        else:
            self.errors.append({"doc_id": doc_id, "kind": "wrong_speaker", "gold_source": gold_text,
                                "speaker": statement.speaker,
                                "speaker_mention": evidence.text if evidence else None,
                                "cue": statement.cue, "content": statement.evidence.text[:200]})

    def metrics(self) -> dict[str, float]:
        c = self.counts
        p = ratio(c["predicted_matched"], c["predicted"])
        r = ratio(c["gold_matched"], c["gold"])
        tp = ratio(c["words_common"], c["words_predicted"])
        tr = ratio(c["words_common"], c["words_gold"])
        return {"content_overlap_p": p, "content_overlap_r": r, "content_overlap_f1": f1(p, r),
                "content_token_p": tp, "content_token_r": tr, "content_token_f1": f1(tp, tr),
                "recall_speech_cues": ratio(c["gold_speech_matched"], c["gold_speech"]),
                "speech_subset_f1": f1(p, ratio(c["gold_speech_matched"], c["gold_speech"])),
                "speaker_accuracy": ratio(c["speaker_correct"], c["speaker_pairs"])}


def run(gold: Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    started = time.perf_counter()
    records = read_jsonl(gold, limit)
    nlp = add_components(load_model(model), only=["newsledger_statements"])
    scorer = QuoteScorer()
    texts = (r["text"] for r in records)
    with shared_doc_values():
        for record, doc in zip(records, nlp.pipe(texts, batch_size=32), strict=True):
            scorer.score(record, list(doc._.statements or []))
    report = EvalReport(task="quotes", gold=str(gold), n=len(records), metrics=scorer.metrics(),
                        counts=dict(scorer.counts), goals=dict(GOALS), errors=scorer.errors)
    report.seconds = time.perf_counter() - started
    return report
