"""Partial dates and the reading of weekdays and months against a publication date."""

import datetime as dt

import pytest

from chronicle.dates import PartialDate, parse_partial_date, resolve_month, resolve_weekday


@pytest.mark.parametrize("value, expected, precision", [
    ("2020-01-03", PartialDate(2020, 1, 3), "day"),
    ("2021-09", PartialDate(2021, 9), "month"),
    ("2017", PartialDate(2017), "year"),
    ("0680", PartialDate(680), "year"),
    (dt.date(2022, 11, 29), PartialDate(2022, 11, 29), "day"),
    (2014, PartialDate(2014), "year"),
])
def test_parse_partial_date(value, expected, precision):
    """Dates are known to a day, a month or a year."""
    assert parse_partial_date(value) == expected
    assert parse_partial_date(value).precision == precision


@pytest.mark.parametrize("value, message", [
    ("2021-02-30", "not a day of the calendar"),
    ("2021-13", "no month 13"),
    ("3 January 2020", "not a date of the form"),
    ("", "not a date of the form"),
    (None, "is not a date"),
])
def test_parse_partial_date_rejects(value, message):
    """A date that is not a date says why."""
    with pytest.raises(ValueError, match=message):
        parse_partial_date(value)


@pytest.mark.parametrize("weekday, published, expected", [
    ("Tuesday", dt.date(2020, 7, 22), dt.date(2020, 7, 21)),  # Iran Daily, Wed 22 July 2020: "on Tuesday"
    ("Wednesday", dt.date(2020, 7, 22), dt.date(2020, 7, 22)),  # the publication day itself
    ("Wednesday", dt.date(2021, 2, 6), dt.date(2021, 2, 3)),  # EghtesadOnline, Sat 6 Feb 2021
    ("Saturday", dt.date(2020, 10, 18), dt.date(2020, 10, 17)),
    ("sunday", dt.date(2021, 9, 12), dt.date(2021, 9, 12)),
])
def test_weekday_is_the_latest_on_or_before_publication(weekday, published, expected):
    """'on Tuesday' in a report is the latest Tuesday on or before its publication date."""
    assert resolve_weekday(weekday, published) == expected


@pytest.mark.parametrize("month, published, expected", [
    ("July", dt.date(2021, 9, 12), PartialDate(2021, 7)),
    ("September", dt.date(2022, 11, 29), PartialDate(2022, 9)),
    ("December", dt.date(2021, 2, 6), PartialDate(2020, 12)),
])
def test_month_is_the_latest_on_or_before_publication(month, published, expected):
    """'In July' is the latest July that began by the publication date."""
    assert resolve_month(month, published) == expected


@pytest.mark.parametrize("weekday, published, expected", [
    ("Wednesday", dt.date(2025, 1, 5), dt.date(2025, 1, 8)),  # The New Region, Sun 5 Jan 2025: "will visit ... on"
    ("Sunday", dt.date(2026, 1, 17), dt.date(2026, 1, 18)),  # "is set to travel to Tehran on Sunday", on a Saturday
    ("Saturday", dt.date(2020, 11, 14), dt.date(2020, 11, 14)),  # the publication day itself
])
def test_a_weekday_to_come_is_the_first_on_or_after_publication(weekday, published, expected):
    assert resolve_weekday(weekday, published, ahead=True) == expected


@pytest.mark.parametrize("month, published, expected", [
    ("March", dt.date(2023, 2, 15), PartialDate(2023, 3)),  # "will play a friendly match with Iraq in Tehran in March"
    ("February", dt.date(2023, 2, 28), PartialDate(2023, 2)),  # the publication month itself
    ("January", dt.date(2021, 12, 28), PartialDate(2022, 1)),
])
def test_a_month_to_come_is_the_first_that_ends_on_or_after_publication(month, published, expected):
    assert resolve_month(month, published, ahead=True) == expected


def test_weekday_rejects_non_weekday():
    with pytest.raises(ValueError, match="not a weekday"):
        resolve_weekday("Tusday", dt.date(2020, 7, 22))


def test_human_dates():
    assert PartialDate(2020, 1, 3).human() == "3 January 2020"
    assert PartialDate(2021, 9).human() == "September 2021"
    assert PartialDate(680).human() == "680 CE"
