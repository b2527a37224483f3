"""TimeML conventions in the time component: sets of a month, mid-parts of a day, "the week of <date>",
"a week or so ago", "today's edition", titles such as "48 Hours";
on short sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import TimeExpression

TimesByText = Callable[..., dict[str, TimeExpression]]





@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Shepherds drive their flocks uphill each June.", "each June", "XXXX-06"),
        ("The lake freezes every winter.", "every winter", "XXXX-WI"),
        ("Veterans parade every November 11 in the square.", "every November 11", "XXXX-11-11"),
    ],
)
def test_each_month_or_season_is_a_set(times_by_text: TimesByText, text: str, span: str, value: str) -> None:
    found = times_by_text(text)
    assert (found[span].value, found[span].timex_type) == (value, "SET")


def test_mid_part_of_day(times_by_text: TimesByText) -> None:
    found = times_by_text("By mid-morning the square was empty.")
    assert (found["mid-morning"].value, found["mid-morning"].timex_type) == ("2024-05-15TMO", "TIME")
    found = times_by_text("The convoy left at mid afternoon yesterday.")
    assert found["mid afternoon yesterday"].value == "2024-05-14TAF"
    found = times_by_text("Sirens sounded at mid-afternoon on Monday.")
    assert found["mid-afternoon on Monday"].value == "2024-05-13TAF"


def test_the_week_of_a_date_is_that_week(times_by_text: TimesByText) -> None:
    found = times_by_text("The tribunal will sit the week of June 10.")
    assert found["the week of June 10"].value == "2024-W24"
    assert "June 10" not in found


def test_or_so_ago_is_a_date_not_a_duration(times_by_text: TimesByText) -> None:
    found = times_by_text("A month or so ago, the dam was repaired.")
    assert (found["A month or so ago"].value, found["A month or so ago"].timex_type) == ("2024-04", "DATE")


def test_todays_edition_is_the_day_but_todays_world_is_not(times_by_text: TimesByText) -> None:
    found = times_by_text("The notice ran in today's edition of the gazette.")
    assert found["today"].value == "2024-05-15"
    assert "today" not in times_by_text("Farmers in today's climate plant earlier.")


def test_a_capitalised_unit_is_a_title(times_by_text: TimesByText) -> None:
    assert times_by_text("She appeared on the programme 48 Hours last night.").keys() == {"last night"}
    found = times_by_text("The siege lasted 48 hours.")
    assert found["48 hours"].value == "PT48H"


def test_a_clock_time_takes_the_weekday_after_its_other_zone(times_by_text: TimesByText) -> None:
    found = times_by_text("The depot burned at 11:20 a.m. (0820 GMT) Monday, firefighters said.")
    assert found["11:20 a.m."].value == "2024-05-13T11:20"
    assert found["Monday"].value == "2024-05-13"  # TimeML keeps the day a separate expression
    found = times_by_text("The depot burned at 11:20 a.m. (0820 GMT).")
    assert found["11:20 a.m."].value == "2024-05-15T11:20"


def test_within_is_a_signal_outside_the_expression(times_by_text: TimesByText) -> None:
    found = times_by_text("Engineers promised to restore power within three days.")
    assert "within three days" not in found
    assert (found["three days"].value, found["three days"].timex_type) == ("P3D", "DURATION")


def test_since_looks_back(times_by_text: TimesByText) -> None:
    found = times_by_text("Grain prices are up 9% since year-end.")
    assert found["since year-end"].value == "2023-12-31"
    found = times_by_text("The checkpoint has stayed shut since August.")
    assert found["since August"].value == "2023-08"


def test_year_end_ahead_and_behind(times_by_text: TimesByText) -> None:
    found = times_by_text("The new runway should open by year's end.")
    assert found["year's end"].value == "2024-12-31"
    found = times_by_text("Reserves dwindled at year-end.")
    assert found["year-end"].value == "2023-12-31"


def test_the_quarter_a_year_ago_is_one_expression(times_by_text: TimesByText) -> None:
    found = times_by_text("Ferry bookings fell from the quarter a year ago, the operator said.")
    assert found["the quarter a year ago"].value == "2023-Q1"
    assert "a year ago" not in found


def test_two_quarters_of_a_year_are_its_half(times_by_text: TimesByText) -> None:
    found = times_by_text("Grain deliveries may resume over the first two quarters of 2025, millers hope.")
    assert found["the first two quarters of 2025"].value == "2025-H1"
    assert "2025" not in found


def test_the_year_earlier_months_are_a_duration(times_by_text: TimesByText) -> None:
    found = times_by_text("Exports in the year-earlier six months were weaker.")
    assert (found["the year-earlier six months"].value,
            found["the year-earlier six months"].timex_type) == ("P6M", "DURATION")


def test_the_latest_fiscal_year_is_the_last_one(times_by_text: TimesByText) -> None:
    found = times_by_text("Relief spending doubled in the latest fiscal year, the agency said.")
    assert found["the latest fiscal year"].value == "2023"


def test_over_the_years_is_a_vague_duration(times_by_text: TimesByText) -> None:
    found = times_by_text("Over the years, the fishing port dwindled.")
    assert (found["the years"].value, found["the years"].timex_type) == ("PXY", "DURATION")
    assert "the years" not in times_by_text("In the years of drought, herders moved south.")


def test_a_title_case_headline_keeps_its_duration(times_by_text: TimesByText) -> None:
    found = times_by_text("Rebels Hold Hill Town for Three Days")
    assert found["Three Days"].value == "P3D"


def test_the_years_before_a_number_are_not_a_duration(times_by_text: TimesByText) -> None:
    found = times_by_text("During the years 1990 to 1995, the mill stood idle.")
    assert "the years" not in found
