"""Sentence bounds: no sentence starts right after a spaced dash, a comma or an opening bracket."""

from __future__ import annotations

from newsledger.nlp.sentences import sentences


def test_sentences_not_split_after_a_dash(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("On 3 May 2024, a drone struck a car in Gaza - At Tuffah (Gaza City) killing 2 men. Rescuers came.",
                "2024-05-16")
    texts = [s.text for s in sentences(doc)]
    assert texts[0].endswith("killing 2 men.") and texts[-1] == "Rescuers came."


def test_sentences_paragraph_breaks_stay_bounds(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Shelling hit the market.\n\nthe clinic closed on Monday.", "2024-05-16")
    assert len(sentences(doc)) >= 2 and sentences(doc)[0].text.startswith("Shelling hit the market.")
    assert "clinic" not in sentences(doc)[0].text
