"""Platform and date of a statement, the date read from doc._.times."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.records import TimeExpression


@Language.component("test_fake_weekday_times")
def fake_weekday_times(doc: Doc) -> Doc:
    """Stand-in for the time component: weekdays of the week of 2031-05-05 (a Monday)."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    times = []
    for tok in doc:
        if tok.text in days:
            day = dt.date(2031, 5, 5) + dt.timedelta(days=days.index(tok.text))
            times.append(TimeExpression(id=f"t{len(times) + 1}", text=tok.text, start=tok.idx,
                                        end=tok.idx + len(tok.text), interval_start=day, interval_end=day,
                                        resolved=True))
    doc._.times = times
    return doc


@pytest.fixture(scope="session")
def timed_nlp() -> Language:
    nlp = load_model()
    nlp.add_pipe("test_fake_weekday_times")
    return add_components(nlp, only=["newsledger_statements"])


def test_date_attached_to_the_cue(timed_nlp: Language) -> None:
    text = '"The convoy is ready," Teo Marsh said on Wednesday.'
    s = timed_nlp(text)._.statements[0]
    assert s.date == dt.date(2031, 5, 7)


def test_bare_weekday_after_the_verb(timed_nlp: Language) -> None:
    text = "Rina Calder stated Thursday that the crossing would reopen."
    s = timed_nlp(text)._.statements[0]
    assert s.date == dt.date(2031, 5, 8)


def test_date_of_the_reported_event_is_not_the_statement_date(timed_nlp: Language) -> None:
    text = "Rina Calder said that the crossing had closed on Monday."
    s = timed_nlp(text)._.statements[0]
    assert s.date is None


def test_platforms(timed_nlp: Language) -> None:
    statement = timed_nlp('Ilse Varga said in a statement that the vote was fair.')._.statements[0]
    assert statement.platform == "statement"
    video = timed_nlp('Ilse Varga stated in a video posted on Telegram: "We are still here."')._.statements[0]
    assert video.platform == "Telegram"


def test_missing_times_are_tolerated() -> None:
    nlp = add_components(load_model(), only=["newsledger_statements"])
    doc = nlp('"We are ready," Teo Marsh said on Friday.')
    assert doc._.times is None
    assert doc._.statements[0].date is None
