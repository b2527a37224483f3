"""Scoring of the quotes task: overlap matching, soft token F1, speaker accuracy, and run()."""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.evaluation.quotes_task import QuoteScorer, run, same_name
from newsledger.records import Evidence, Statement

TEXT = 'Mayor Olga Brant said the bridge was safe. "We will rebuild it," Teo Marsh said.'


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def gold_record() -> dict:
    return {"doc_id": "d1", "text": TEXT, "attributions": [
        {"id": "E1", "source": [span(TEXT, "Olga Brant")], "cue": [span(TEXT, "said")],
         "content": [span(TEXT, "the bridge was safe")]},
        {"id": "E2", "source": [span(TEXT, "Teo Marsh")], "cue": [span(TEXT, "said.")],
         "content": [span(TEXT, "We will rebuild it")]},
    ]}


def statement(content: str, speaker: str | None, mention: str | None) -> Statement:
    e = span(TEXT, content)
    m = span(TEXT, mention) if mention else None
    return Statement(id="s", speaker=speaker, text=content, direct=False,
                     evidence=Evidence(**e), speaker_evidence=Evidence(**m) if m else None)


def test_overlap_precision_recall_and_speaker() -> None:
    scorer = QuoteScorer()
    scorer.score(gold_record(), [statement("bridge was safe", "Olga Brant", "Olga Brant"),
                                 statement("Mayor", "Nobody", None)])
    metrics = scorer.metrics()
    assert metrics["content_overlap_p"] == 0.5
    assert metrics["content_overlap_r"] == 0.5
    assert metrics["speaker_accuracy"] == 1.0
    assert {e["kind"] for e in scorer.errors} == {"spurious", "missed"}
    assert 0 < metrics["content_token_r"] < 1


def test_wrong_speaker_is_an_error() -> None:
    scorer = QuoteScorer()
    scorer.score(gold_record(), [statement("We will rebuild it", "Olga Brant", "Olga Brant")])
    assert scorer.metrics()["speaker_accuracy"] == 0.0
    assert any(e["kind"] == "wrong_speaker" for e in scorer.errors)


def test_name_normalisation() -> None:
    assert same_name("Teo Marsh", "Marsh")
    assert same_name("the Ruvan Police", "Ruvan Police's")
    assert not same_name("Teo Marsh", "Olga Brant")


def test_run_on_a_small_file_respects_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(gold_record()) for _ in range(3)) + "\n", encoding="utf-8")
    report = run(path, limit=2, model=None)
    assert report.n == 2
    assert report.counts["gold"] == 4
    assert report.metrics["content_overlap_r"] == 1.0
    assert report.metrics["speaker_accuracy"] == 1.0
    assert set(report.goals) == {"content_overlap_f1", "speaker_accuracy"}


def test_titles_and_initials_do_not_hide_the_same_name() -> None:
    assert same_name("Joseph R. Biden Jr.", "Mr. Biden")
    assert same_name("Marco Rubio", "Sen. Rubio")
    assert not same_name("John Ellis Bush", "Mr. Gray")
    assert same_name("the Speaker", "Speaker")


def test_a_prediction_matches_a_gold_attribution_with_several_content_spans() -> None:
    text = '"We will rebuild," Teo Marsh said, "and we will do it fast."'
    gold = {"doc_id": "d2", "text": text, "attributions": [
        {"source": [span(text, "Teo Marsh")], "cue": [span(text, "said")],
         "content": [span(text, "We will rebuild"), span(text, "and we will do it fast.")]}]}
    first, second = span(text, "We will rebuild"), span(text, "and we will do it fast.")
    marsh = Evidence(**span(text, "Teo Marsh"))
    scorer = QuoteScorer()
    scorer.score(gold, [Statement(id="s1", speaker="Teo Marsh", text=first["text"], direct=True,
                                  evidence=Evidence(**first), speaker_evidence=marsh),
                        Statement(id="s2", speaker="Teo Marsh", text=second["text"], direct=True,
                                  evidence=Evidence(**second), speaker_evidence=marsh)])
    metrics = scorer.metrics()
    assert metrics["content_overlap_p"] == 1.0 and metrics["content_overlap_r"] == 1.0
    assert scorer.counts["gold_matched"] == 1
