"""TIMEX3 value strings <-> calendar intervals, and the date arithmetic the resolver needs.

Pure functions of their arguments: no clock, no time zone (issue #3).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}  # meteorological seasons
PART_OF_DAY_CODES = ("MO", "AF", "EV", "NI", "DT")

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


# A handler's value for a named period with no TIMEX3 value of its own ("Ramadan", "Passover"):
# this prefix and "first/last" ISO days; find_time_expressions turns it into a range (event rows)
# or the smallest calendar unit that holds it (TimeML), see period_value (issue #3, H96).
PERIOD_VALUE = "PERIOD:"


def parse_period(value: str) -> tuple[date, date, str] | None:
    """The first and last day of a handler's period value ("PERIOD:first/last", optionally
    "=value" with the TimeML value to give it, "" when none), None for any other value."""
    if not value.startswith(PERIOD_VALUE):
        return None
    days, _, timeml = value[len(PERIOD_VALUE) :].partition("=")
    a, b = days.split("/")
    return date.fromisoformat(a), date.fromisoformat(b), timeml


def period_value(first: date, last: date) -> str:
    """TimeML's one value for a stretch of days: the month that holds it, else the year (of its
    first day, for the rare stretch across New Year)."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}"


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_years(d: date, n: int) -> date:
    """Same day n years away (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def interval_of(value: str) -> tuple[date | None, date | None, str]:
    """Inclusive calendar interval and granularity of a TIMEX3 DATE/TIME value.

    Values that name no fixed stretch of calendar (PRESENT_REF, XXXX-09, P3Y) give
    (None, None, "unknown").
    """
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo), "month"
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), "year"
        if m := _WEEK.match(value):
            monday = iso_week_monday(int(m[1]), int(m[2]))
            if m[3]:
                return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
            return monday, monday + timedelta(days=6), "week"
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "range"
        if m := _SEASON.match(value):
            y, (first, last) = int(m[1]), SEASON_MONTHS[m[2]]
            return date(y, first, 1), month_end(y + (last < first), last), "season"
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31), "decade"
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "range"
    except ValueError:
        pass
    return None, None, "unknown"
