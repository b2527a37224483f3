"""The newsledger_time_expressions component on short articles written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from newsledger.nlp.pipeline import add_components, load_model
from newsledger.records import TimeExpression

ARTICLE = (
    "Shelling hit the port of Marivka overnight and into Thursday, killing nine people, the regional "
    "governor said on Thursday. A 20-year-old student and her one-year-old brother were among the wounded.\n\n"
    "The governor said more than 120 people had been killed in the last three days, and 43 on Tuesday alone. "
    "The truce agreed in January collapsed earlier this week after nearly two months of calm. "
    "Fighting has displaced 40,000 people since October 7, 2023, according to the agency. "
    "Negotiators will meet in Geneva on Monday, the ministry said in a statement late on Wednesday."
)
PUBLISHED = dt.date(2025, 3, 20)  # a Thursday


@pytest.fixture(scope="module")
def times_nlp() -> Language:
    return add_components(load_model(), only=["newsledger_time_expressions"])


def _times(nlp: Language, text: str, published: dt.date | None) -> list[TimeExpression]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.times or [])


def _by_text(times: list[TimeExpression]) -> dict[str, TimeExpression]:
    return {t.text: t for t in times}


def test_ids_offsets_and_order(times_nlp: Language) -> None:
    times = _times(times_nlp, ARTICLE, PUBLISHED)
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]
    assert [t.start for t in times] == sorted(t.start for t in times)
    for t in times:
        assert ARTICLE[t.start:t.end] == t.text


def test_news_relative_expressions(times_nlp: Language) -> None:
    found = _by_text(_times(times_nlp, ARTICLE, PUBLISHED))
    expected = {
        "overnight and into Thursday": ("2025-03-19TNI", dt.date(2025, 3, 19), dt.date(2025, 3, 20), 1),
        "Thursday": ("2025-03-20", dt.date(2025, 3, 20), dt.date(2025, 3, 20), 1),
        "the last three days": ("P3D", dt.date(2025, 3, 18), dt.date(2025, 3, 20), 2),
        "Tuesday": ("2025-03-18", dt.date(2025, 3, 18), dt.date(2025, 3, 18), 1),
        "January": ("2025-01", dt.date(2025, 1, 1), dt.date(2025, 1, 31), 3),
        "earlier this week": ("2025-W12", dt.date(2025, 3, 17), dt.date(2025, 3, 19), 2),
        "since October 7, 2023": ("2023-10-07", dt.date(2023, 10, 7), dt.date(2025, 3, 20), 3),
        "late on Wednesday": ("2025-03-19", dt.date(2025, 3, 19), dt.date(2025, 3, 19), 1),
    }
    for text, (value, start, end, precision) in expected.items():
        assert text in found, (text, sorted(found))
        t = found[text]
        assert (t.value, t.interval_start, t.interval_end, t.precision) == (value, start, end, precision), text
        assert t.resolved
    assert found["nearly two months"].timex_type == "DURATION"
    assert found["nearly two months"].value == "P2M"


def test_future_tense_weekday_is_the_next_one(times_nlp: Language) -> None:
    found = _by_text(_times(times_nlp, ARTICLE, PUBLISHED))
    assert found["Monday"].value == "2025-03-24"


def test_ages_and_counts_are_not_times(times_nlp: Language) -> None:
    texts = {t.text for t in _times(times_nlp, ARTICLE, PUBLISHED)}
    assert not any("old" in t for t in texts)
    assert "40,000" not in texts and "120" not in texts


def test_year_like_numbers_are_not_years(times_nlp: Language) -> None:
    text = "The army said 1500 soldiers took part, and Resolution 2334 was cited; the war began in 2014."
    found = _by_text(_times(times_nlp, text, PUBLISHED))
    assert set(found) == {"2014"}
    assert found["2014"].value == "2014"


def test_without_publication_date(times_nlp: Language) -> None:
    found = _by_text(_times(times_nlp, ARTICLE, None))
    assert not found["Tuesday"].resolved and found["Tuesday"].reason == "no publication date"
    assert found["Tuesday"].interval_start is None
    assert not found["earlier this week"].resolved
    assert found["since October 7, 2023"].resolved
    assert found["since October 7, 2023"].interval_start == dt.date(2023, 10, 7)


def test_anaphora_uses_the_last_day_mentioned(times_nlp: Language) -> None:
    text = "Troops entered the town on March 3. The next day, they withdrew."
    found = _by_text(_times(times_nlp, text, PUBLISHED))
    assert found["March 3"].value == "2025-03-03"
    assert found["The next day"].value == "2025-03-04"


def test_text_without_times(times_nlp: Language) -> None:
    assert _times(times_nlp, "Aid convoys reached the northern districts.", PUBLISHED) == []
