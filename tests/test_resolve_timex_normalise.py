"""Normalising single time expressions against a publication date (newsledger.resolve.timex)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.resolve.timex import NO_ANCHOR, find_time_expressions, normalise

PUB = dt.date(2025, 3, 20)  # a Thursday
D = dt.date


@pytest.mark.parametrize(
    ("text", "value", "start", "end", "precision"),
    [
        ("on Thursday", "2025-03-20", D(2025, 3, 20), D(2025, 3, 20), 1),  # the publication weekday
        ("Tuesday", "2025-03-18", D(2025, 3, 18), D(2025, 3, 18), 1),  # the most recent one before
        ("Friday", "2025-03-14", D(2025, 3, 14), D(2025, 3, 14), 1),
        ("late on Tuesday", "2025-03-18", D(2025, 3, 18), D(2025, 3, 18), 1),
        ("yesterday", "2025-03-19", D(2025, 3, 19), D(2025, 3, 19), 1),
        ("today", "2025-03-20", D(2025, 3, 20), D(2025, 3, 20), 1),
        ("tomorrow", "2025-03-21", D(2025, 3, 21), D(2025, 3, 21), 1),
        ("overnight", "2025-03-19TNI", D(2025, 3, 19), D(2025, 3, 20), 1),
        ("overnight and into Thursday", "2025-03-19TNI", D(2025, 3, 19), D(2025, 3, 20), 1),
        ("this morning", "2025-03-20TMO", D(2025, 3, 20), D(2025, 3, 20), 1),
        ("last night", "2025-03-19TNI", D(2025, 3, 19), D(2025, 3, 19), 1),
        ("earlier this week", "2025-W12", D(2025, 3, 17), D(2025, 3, 19), 2),
        ("this week", "2025-W12", D(2025, 3, 17), D(2025, 3, 23), 2),
        ("last week", "2025-W11", D(2025, 3, 10), D(2025, 3, 16), 2),
        ("in the last three days", "P3D", D(2025, 3, 18), D(2025, 3, 20), 2),
        ("the past two weeks", "P2W", D(2025, 3, 7), D(2025, 3, 20), 2),
        ("last month", "2025-02", D(2025, 2, 1), D(2025, 2, 28), 3),
        ("earlier this month", "2025-03", D(2025, 3, 1), D(2025, 3, 19), 3),
        ("last year", "2024", D(2024, 1, 1), D(2024, 12, 31), 3),
        ("since October 7, 2023", "2023-10-07", D(2023, 10, 7), D(2025, 3, 20), 3),
        ("6 June 2025", "2025-06-06", D(2025, 6, 6), D(2025, 6, 6), 1),
        ("March 20", "2025-03-20", D(2025, 3, 20), D(2025, 3, 20), 1),
        ("Jan. 9, 2024", "2024-01-09", D(2024, 1, 9), D(2024, 1, 9), 1),
        ("2023", "2023", D(2023, 1, 1), D(2023, 12, 31), 3),
        ("January", "2025-01", D(2025, 1, 1), D(2025, 1, 31), 3),
        ("May 2024", "2024-05", D(2024, 5, 1), D(2024, 5, 31), 3),
        ("a year ago", "2024", D(2024, 1, 1), D(2024, 12, 31), 3),
        ("three days ago", "2025-03-17", D(2025, 3, 17), D(2025, 3, 17), 1),
        ("the third quarter", "2024-Q3", D(2024, 7, 1), D(2024, 9, 30), 3),
        ("last fall", "2024-FA", D(2024, 9, 1), D(2024, 11, 30), 3),
        ("the 1990s", "199", D(1990, 1, 1), D(1999, 12, 31), 3),
        ("noon Wednesday", "2025-03-19T12:00", D(2025, 3, 19), D(2025, 3, 19), 1),
        ("10:30 p.m.", "2025-03-20T22:30", D(2025, 3, 20), D(2025, 3, 20), 1),
    ],
)
def test_relative_and_absolute_dates(text, value, start, end, precision):
    tv = normalise(text, PUB)
    assert (tv.value, tv.interval_start, tv.interval_end, tv.precision) == (value, start, end, precision)
    assert tv.resolved and tv.reason is None


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("nearly two months", "P2M", "DURATION"),
        ("three days", "P3D", "DURATION"),
        ("72 hours", "PT72H", "DURATION"),  # TimeML keeps the unit written
        ("two-year", "P2Y", "DURATION"),
        ("2 1/2 years", "P2Y6M", "DURATION"),
        ("a minute and a half", "PT1M30S", "DURATION"),
        ("several weeks", "PXW", "DURATION"),
        ("daily", "P1D", "SET"),
        ("every Monday", "XXXX-WXX-1", "SET"),
        ("now", "PRESENT_REF", "DATE"),
        ("recently", "PAST_REF", "DATE"),
        ("the future", "FUTURE_REF", "DATE"),
    ],
)
def test_durations_sets_and_references(text, value, timex_type):
    tv = normalise(text, PUB)
    assert (tv.value, tv.timex_type) == (value, timex_type)
    assert tv.resolved


def test_future_tense_picks_the_next_weekday():
    assert normalise("Monday", PUB).value == "2025-03-17"
    assert normalise("Monday", PUB, tense="future").value == "2025-03-24"
    assert normalise("next Monday", PUB).value == "2025-03-24"
    assert normalise("last Thursday", PUB).value == "2025-03-13"


def test_month_without_year_is_near_the_publication_date():
    assert normalise("December", PUB).value == "2024-12"  # the same year's would be 9 months ahead
    assert normalise("April", PUB).value == "2025-04"  # same year
    assert normalise("August", PUB).value == "2025-08"
    assert normalise("August", PUB, tense="past").value == "2024-08"
    assert normalise("April", PUB, tense="past").value == "2025-04"  # 12 days ahead: more likely than a year ago
    assert normalise("December 28", D(2025, 1, 5)).value == "2024-12-28"
    assert normalise("Dec. 15", D(2025, 11, 30), tense="past").value == "2025-12-15"  # a deadline said in the past
    # but a past-tense clause does not put a month more than a month ahead: "changed in January" said in October
    assert normalise("January", D(2025, 10, 27), tense="past").value == "2025-01"
    assert normalise("December", D(2025, 10, 27), tense="past").value == "2024-12"
    assert normalise("November", D(2025, 10, 27), tense="future").value == "2025-11"


def test_anaphoric_expressions_count_from_the_reference():
    assert normalise("the next day", PUB, reference=D(2025, 3, 10)).value == "2025-03-11"
    assert normalise("two days later", PUB, reference=D(2025, 3, 10)).value == "2025-03-12"
    assert normalise("the next day", PUB).value == "2025-03-21"


def test_without_publication_date_relative_expressions_are_not_guessed():
    tv = normalise("on Tuesday", None)
    assert not tv.resolved and tv.reason == NO_ANCHOR
    assert tv.value == "XXXX-WXX-2" and tv.interval_start is None
    tv = normalise("in the last three days", None)
    assert not tv.resolved and tv.reason == NO_ANCHOR and tv.value == "P3D"
    assert normalise("overnight", None).reason == NO_ANCHOR
    # absolute dates and plain durations still resolve
    assert normalise("6 June 2025", None).value == "2025-06-06"
    assert normalise("6 June 2025", None).resolved
    assert normalise("three days", None).resolved


def test_not_a_time_expression():
    tv = normalise("the ceasefire", PUB)
    assert tv.value is None and not tv.resolved and tv.reason


def test_datetime_anchor_is_accepted():
    assert normalise("yesterday", dt.datetime(2025, 3, 20, 18, 30)).value == "2025-03-19"


def test_find_skips_ages_and_verbs():
    text = ("A 20-year-old man and his one-year-old son were hurt. Officials may march on Friday. "
            "The strikes began overnight and into Thursday, the ministry said on 6 June 2025.")
    found = {f.text: f.rule for f in find_time_expressions(text)}
    assert "Friday" in found and "overnight and into Thursday" in found and "6 June 2025" in found
    assert not any("old" in t or t.lower() in ("may", "march") for t in found)


def test_find_prefers_the_longest_expression():
    found = [f.text for f in find_time_expressions("Talks collapsed earlier this week, late on Tuesday.")]
    assert found == ["earlier this week", "late on Tuesday"]


def test_timex_impossible_date_is_kept_unresolved_with_reason() -> None:
    import datetime as _dt

    from newsledger.resolve.timex import normalise as _normalise

    tv = _normalise("February 30, 2024", _dt.date(2024, 3, 5))
    assert tv.resolved is False and tv.value is None
    assert "no such date" in (tv.reason or "")
