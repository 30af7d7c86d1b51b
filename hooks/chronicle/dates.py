"""Partial dates (year, month or day precision) and weekday/month phrases resolved against a publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a day, a month or a year. Orders by its first possible day."""

    year: int
    month: int = 0  # 0: unknown (year precision)
    day: int = 0  # 0: unknown (month or year precision)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def human(self) -> str:
        year = str(self.year) if self.year >= 1000 else f"{self.year} CE"
        if self.day:
            return f"{self.day} {MONTHS[self.month - 1]} {year}"
        if self.month:
            return f"{MONTHS[self.month - 1]} {year}"
        return year

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day()
        if self.month:
            nxt = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)


def parse_partial_date(value: object) -> PartialDate:
    """'2020', '2020-07', '2020-07-21' or a YAML date -> PartialDate; ValueError says what is wrong."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    m = _PARTIAL.match(value.strip())
    if not m:
        raise ValueError(f"'{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if year == 0:
        raise ValueError(f"'{value}' has no year 0 (the calendar starts at 0001)")
    if m[2] and not 1 <= month <= 12:
        raise ValueError(f"'{value}' has no month {month}")
    if m[3]:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"'{value}' is not a day of the calendar") from None
    return PartialDate(year, month, day)


def parse_day(value: object) -> dt.date:
    """A full calendar day (publication dates must be known to the day)."""
    date = parse_partial_date(value)
    if date.precision != "day":
        raise ValueError(f"'{date.iso()}' is not a full date (YYYY-MM-DD)")
    return date.first_day()


def resolve_weekday(weekday: str, published: dt.date, ahead: bool = False) -> dt.date:
    """The latest `weekday` on or before the publication date: how a news report's 'on Tuesday' reads; `ahead`, the
    first on or after it: how 'will visit Tehran on Tuesday' reads."""
    try:
        target = [w.lower() for w in WEEKDAYS].index(weekday.strip().lower())
    except ValueError:
        raise ValueError(f"'{weekday}' is not a weekday (Monday ... Sunday)") from None
    if ahead:
        return published + dt.timedelta(days=(target - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def resolve_month(month: str, published: dt.date, ahead: bool = False) -> PartialDate:
    """The latest `month` that starts on or before the publication date ('In July', 'Since September'); `ahead`, the
    first that ends on or after it ('will play Iraq in March')."""
    try:
        number = [m.lower() for m in MONTHS].index(month.strip().lower()) + 1
    except ValueError:
        raise ValueError(f"'{month}' is not a month name (January ... December)") from None
    if ahead:
        return PartialDate(published.year if number >= published.month else published.year + 1, number)
    year = published.year if number <= published.month else published.year - 1
    return PartialDate(year, number)


def human_day(day: dt.date) -> str:
    return PartialDate(day.year, day.month, day.day).human()
