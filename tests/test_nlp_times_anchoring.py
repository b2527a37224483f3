"""Anaphoric anchoring (per-granularity memory of the dates given) and tense in the time component, on short
sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from newsledger.records import TimeExpression

TimesByText = Callable[..., dict[str, TimeExpression]]

PUB = dt.date(2024, 5, 15)  # a Wednesday




def test_that_year_skips_a_later_weekday(times_by_text: TimesByText) -> None:
    found = times_by_text("The bridge was built in 2019. Engineers inspected it on Tuesday. "
                              "Cracks had appeared that year.")
    assert found["Tuesday"].value == "2024-05-14"
    assert found["that year"].value == "2019"


def test_the_same_month_and_the_following_year_use_their_own_grain(times_by_text: TimesByText) -> None:
    found = times_by_text("Floods hit the valley in March 2018. Officials met on Monday. "
                              "The same month, the dam failed. The following year was calmer.")
    assert found["The same month"].value == "2018-03"
    assert found["The following year"].value == "2019"


def test_a_month_and_day_without_year_do_not_set_the_year(times_by_text: TimesByText) -> None:
    found = times_by_text("The town was founded in 1950. A fire broke out on March 3. Later that year, "
                              "the mill closed.")
    assert found["Later that year"].value == "1950"


def test_an_explicit_full_date_sets_the_year(times_by_text: TimesByText) -> None:
    found = times_by_text("The town was founded in 1950. The mill closed on June 2, 1961. That year, "
                              "the school moved.")
    assert found["That year"].value == "1961"


@pytest.mark.parametrize(
    ("text", "weekday", "value"),
    [
        ("The union scheduled a vote for Thursday, officials said.", "Thursday", "2024-05-16"),
        ("The two ministers meet on Friday in the capital.", "Friday", "2024-05-17"),
        ("The hearing is scheduled for Friday.", "Friday", "2024-05-17"),
        ("The delegates were preparing to travel on Monday.", "Monday", "2024-05-20"),
        ("The trial may resume on Friday.", "Friday", "2024-05-17"),
        ("Troops withdrew from the town on Saturday.", "Saturday", "2024-05-11"),
        ("The ministry says Monday's strike killed four people.", "Monday", "2024-05-13"),
        ("The permit had been due to lapse on Friday.", "Friday", "2024-05-10"),
        ("On Monday, the council planned to reopen the school.", "Monday", "2024-05-13"),
        # a headline's present tells a past event
        ("Drone strike kills six near the border on Monday", "Monday", "2024-05-13"),
        ("Two fishermen die as boat capsizes on Sunday", "Sunday", "2024-05-12"),
    ],
)
def test_tense_orients_weekdays(times_by_text: TimesByText, text: str, weekday: str, value: str) -> None:
    assert times_by_text(text)[weekday].value == value


def test_a_past_tense_month_is_not_next_year(times_by_text: TimesByText) -> None:
    found = times_by_text("In December, the company changed its chief executive.", dt.date(2024, 10, 20))
    assert found["December"].value == "2023-12"


def test_a_present_passive_of_a_schedule_verb_looks_ahead(times_by_text: TimesByText) -> None:
    found = times_by_text("The petition is heard in June, the tribunal said.", dt.date(2024, 3, 20))
    assert found["June"].value == "2024-06"


def test_a_bare_clock_time_is_on_the_day_being_told(times_by_text: TimesByText) -> None:
    found = times_by_text("The convoy was hit on May 2. The first strike came at 10 p.m.")
    assert found["10 p.m."].value == "2024-05-02T22:00"


def test_a_timestamp_heading_a_paragraph_is_on_the_publication_day(times_by_text: TimesByText) -> None:
    found = times_by_text("The talks resume on June 7.\n\n9:05 a.m.\n\nThe envoy arrived in the capital.")
    assert found["9:05 a.m."].value == "2024-05-15T09:05"


def test_rates_are_not_durations(times_nlp: Language) -> None:
    doc = times_nlp.make_doc("The ferry costs $2 million a year to run and sails six times a week. "
                             "Its refit took a year.")
    doc._.published = PUB
    found = [(t.text, t.start) for t in times_nlp(doc)._.times or []]
    assert [text for text, _ in found] == ["a year"]  # only "took a year": the rates are no durations
    assert found[0][1] > doc.text.index("refit")


def test_one_day_as_an_adverb_is_indefinite(times_by_text: TimesByText) -> None:
    found = times_by_text("He hopes to one day rebuild the farm.")
    assert found["one day"].value == "FUTURE_REF"
    found = times_by_text("The strike lasted one day.")
    assert (found["one day"].value, found["one day"].timex_type) == ("P1D", "DURATION")


def test_spacy_does_not_bring_back_a_rejected_span(times_by_text: TimesByText) -> None:
    found = times_by_text("Pilots in today's skies face new rules.")
    assert "today" not in found


def test_a_clock_time_in_a_future_clause_is_not_on_the_day_told(times_by_text: TimesByText) -> None:
    found = times_by_text("The truce took effect on Monday. At 3 p.m. the envoy will speak.")
    assert found["3 p.m."].value == "2024-05-15T15:00"
