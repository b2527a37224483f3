"""General normalisation rules any news normaliser needs (TimeML/HeidelTime conventions), on short phrases
and sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.records import TimeExpression
from newsledger.resolve import timex_lexicon
from newsledger.resolve.timex import NO_ANCHOR, grain_of, normalise

D = dt.date
PUB = D(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("the year", "2024", "DATE"),
        ("the fiscal year", "2024", "DATE"),
        ("the 2023 fiscal year", "2023", "DATE"),
        ("the 20th century", "19", "DATE"),
        ("the twenty-first century", "20", "DATE"),
        ("the summer", "2024-SU", "DATE"),
        ("the early summer", "2024-SU", "DATE"),
        ("end of 2023", "2023", "DATE"),
        ("24 hours", "PT24H", "DURATION"),
        ("the past 48 hours", "PT48H", "DURATION"),
        ("every quarter", "P1Q", "SET"),
        ("each year", "P1Y", "SET"),
        ("three years", "P3Y", "DURATION"),
        ("the past five years", "P5Y", "DURATION"),
        ("this year", "2024", "DATE"),
        ("last year", "2023", "DATE"),
        ("last summer", "2023-SU", "DATE"),
        ("the 1990s", "199", "DATE"),
        ("fiscal 2023", "2023", "DATE"),
        ("this morning", "2024-05-15TMO", "TIME"),
        ("currently", "PRESENT_REF", "DATE"),
        ("recently", "PAST_REF", "DATE"),
        ("in the future", "FUTURE_REF", "DATE"),
    ],
)
def test_general_rules(text: str, value: str, timex_type: str) -> None:
    tv = normalise(text, PUB)
    assert (tv.value, tv.timex_type) == (value, timex_type)
    assert tv.resolved


def test_end_of_year_without_article_narrows_the_interval() -> None:
    tv = normalise("end of 2023", PUB)
    assert tv.interval_end == D(2023, 12, 31)
    assert tv.interval_start is not None and tv.interval_start > D(2023, 10, 1)


def test_the_fall_alone_is_not_a_season() -> None:
    assert normalise("the fall", PUB).value is None


def test_the_year_needs_a_publication_date() -> None:
    tv = normalise("the year", None)
    assert not tv.resolved and tv.reason == NO_ANCHOR


@pytest.mark.parametrize(
    ("value", "grain"),
    [("1988", "year"), ("1988-Q3", "quarter"), ("1988-03", "month"), ("1988-W09", "week"), ("1988-03-05", "day"),
     ("P3D", None), ("PRESENT_REF", None), ("1988-03-05TNI", None), (None, None)],
)
def test_grain_of_calendar_values(value: str | None, grain: str | None) -> None:
    assert grain_of(value) == grain


def test_anaphoric_units_count_from_the_last_date_mentioned() -> None:
    mention = (("year", D(2019, 1, 1)),)
    assert normalise("that year", PUB, mentions=mention).value == "2019"
    assert normalise("the following year", PUB, mentions=mention).value == "2020"
    assert normalise("the previous year", PUB, mentions=mention).value == "2018"
    month = (("month", D(2019, 3, 1)),)
    assert normalise("the following month", PUB, mentions=month).value == "2019-04"
    # a coarser mention cannot anchor a finer unit: "the next day" after "in 2019" counts from publication
    assert normalise("the following day", PUB, mentions=mention).value == "2024-05-16"
    # without any mention, the publication date
    assert normalise("that year", PUB).value == "2024"


def test_the_lexicon_comes_from_the_data_file() -> None:
    assert timex_lexicon.MONTHS["sept"] == 9
    assert timex_lexicon.WEEKDAYS["thurs"] == 3
    assert timex_lexicon.NUMBER_WORDS["twenty"] == 20
    assert timex_lexicon.SEASONS["autumn"] == "FA"
    assert timex_lexicon.ORDINAL_WORDS["twentieth"] == 20


@pytest.fixture(scope="module")
def times_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_time_expressions"])


def _times(nlp: Language, text: str, published: dt.date | None) -> dict[str, TimeExpression]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t for t in nlp(doc)._.times or []}


def test_that_year_in_running_text(times_nlp: Language) -> None:
    found = _times(times_nlp, "The dam was built in 1998. Floods hit the valley later that year.", PUB)
    assert found["later that year"].value == "1998"


def test_the_year_ended_is_a_duration(times_nlp: Language) -> None:
    found = _times(times_nlp, "The port handled less cargo in the year ended March 31, the authority said.", PUB)
    assert (found["the year"].value, found["the year"].timex_type) == ("P1Y", "DURATION")


def test_current_is_the_present(times_nlp: Language) -> None:
    found = _times(times_nlp, "Aid groups warned that current supplies would last only a few days.", PUB)
    assert found["current"].value == "PRESENT_REF"


def test_a_second_group_is_not_a_duration(times_nlp: Language) -> None:
    found = _times(times_nlp, "A second convoy reached the town on Monday.", PUB)
    assert "A second" not in found
    assert found["Monday"].value == "2024-05-13"


def test_be_to_is_future(times_nlp: Language) -> None:
    found = _times(times_nlp, "The two sides are to resume talks on Friday, the mediator said.", PUB)
    assert found["Friday"].value == "2024-05-17"
