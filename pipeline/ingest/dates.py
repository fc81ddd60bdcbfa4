"""Publication dates in any common format, without ever looking at the clock or the machine's zone.

A date is taken as written in its own time zone ("2023-01-31T23:30:00-05:00" is 31 January):
the article's newsroom calendar day is what relative expressions ("on Monday") count from.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import UTC, date, datetime, timedelta

from pipeline import settings

# Plausible publication years; outside them a value is a typo or a wrong unit (ms as seconds).
MIN_YEAR = 1800
MAX_YEAR = 2200
# Unix timestamps above this are milliseconds (1e11 seconds is the year 5138).
MS_THRESHOLD = 1e11
# Unix times before March 1973 are almost always a missing value written as 0 or a wrong unit.
MIN_UNIX_SECONDS = 100_000_000
# Spreadsheet day numbers (Excel/LibreOffice: days since 1899-12-30), as a date column exported
# without formatting gives: 20000..80000 is 1954..2119. As Unix seconds they would all be 1 Jan 1970.
EXCEL_SERIAL_MIN = 20_000
EXCEL_SERIAL_MAX = 80_000
EXCEL_EPOCH = date(1899, 12, 30)
# Two-digit years: 00-69 -> 2000s, 70-99 -> 1900s (POSIX strptime's %y pivot).
TWO_DIGIT_PIVOT = 70

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}(?::\d{2}){0,2}(?:[.,]\d+)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.I,
)
_YMD_SLASH = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_GDELT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})Z?)?", re.I)
_NUMERIC = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[T ,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?", re.I
)
_DIGITS = re.compile(r"\d+(\.\d+)?")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")

# dateparser, pinned so the result never depends on today or the machine: absolute dates only
# (no "yesterday"), day, month and year all required (no filling in from today), English only.
DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "PREFER_DAY_OF_MONTH": "first",
}


def parse_published(
    value: str | int | float | None, *, dayfirst: bool = settings.DAYFIRST
) -> tuple[date | None, str | None]:
    """(date, warning): the calendar day a publication date names, and a note when it is doubtful.

    Empty values give (None, None): the caller decides how to report a missing date. Unreadable
    or impossible values give (None, warning). An ambiguous numeric date such as 01/02/2023 is
    read per `dayfirst` and returned with a warning. Examples::

        parse_published("2023-01-31T23:30:00-05:00")  # (date(2023, 1, 31), None)
        parse_published("01/02/2023")                 # (date(2023, 1, 2), "'01/02/2023' is ambiguous...")
        parse_published(1675159200)                   # (date(2023, 1, 31), None)  Unix seconds, UTC
    """
    if value is None or isinstance(value, bool):
        return (None, None) if value is None else (None, f"'{value}' is not a date")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None, None
        return _from_number(value, str(value))
    if not isinstance(value, str):
        if isinstance(value, datetime):
            return value.date(), None
        if isinstance(value, date):
            return value, None
        return None, f"'{value}' is not a date we can read"
    text = value.strip()
    if not text:
        return None, None
    return _parse_text(text, dayfirst)


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str, dayfirst: bool) -> tuple[date | None, str | None]:
    if m := _ISO.fullmatch(text):
        return _checked(text, int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD_SLASH.fullmatch(text):
        return _checked(text, int(m[1]), int(m[2]), int(m[3]))
    if _DIGITS.fullmatch(text):
        if len(text) in (8, 14) and (m := _GDELT.fullmatch(text)):
            found = _checked(text, int(m[1]), int(m[2]), int(m[3]))
            if found[0] is not None:
                return found
        return _from_number(float(text), text)
    if m := _GDELT.fullmatch(text):
        return _checked(text, int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(text):
        return _numeric(text, int(m[1]), int(m[3]), _year(m[4]), dayfirst)
    if _RFC2822.match(text):
        from email.utils import parsedate_to_datetime  # here: email.utils imports socket & co

        try:
            return _checked(text, *_ymd(parsedate_to_datetime(text)))
        except (TypeError, ValueError, IndexError):
            pass
    return _with_dateparser(text, dayfirst)


def _with_dateparser(text: str, dayfirst: bool) -> tuple[date | None, str | None]:
    import dateparser  # slow to import (~0.5 s): only files with textual dates pay for it

    config = dict(DATEPARSER_SETTINGS, DATE_ORDER="DMY" if dayfirst else "MDY")
    try:
        found = dateparser.parse(text, languages=["en"], settings=config)
    except Exception:  # dateparser raises assorted errors on odd input; all mean "unreadable"
        found = None
    if found is None:
        return None, f"'{text}' is not a date we can read (or not a real date)"
    return _checked(text, *_ymd(found))


def _ymd(moment: datetime) -> tuple[int, int, int]:
    return moment.year, moment.month, moment.day  # as written: no conversion to another zone


def _from_number(number: float, shown: str) -> tuple[date | None, str | None]:
    if EXCEL_SERIAL_MIN <= number <= EXCEL_SERIAL_MAX:
        found = EXCEL_EPOCH + timedelta(days=int(number))
        return found, f"'{shown}' was read as a spreadsheet day number, {found.isoformat()}"
    seconds = number / 1000 if abs(number) >= MS_THRESHOLD else number
    if seconds < MIN_UNIX_SECONDS:
        return (
            None,
            f"'{shown}' is not a date we can read (too small for a Unix time or a spreadsheet day number)",
        )
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None, f"'{shown}' is not a date we can read"
    return _checked(shown, moment.year, moment.month, moment.day)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _checked(text: str, year: int, month: int, day: int) -> tuple[date | None, str | None]:
    try:
        found = date(year, month, day)
    except ValueError:
        return None, f"'{text}' is not a real date"
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        return None, f"'{text}' gives the year {found.year}, which cannot be a publication date"
    return found, None


def _numeric(text: str, first: int, second: int, year: int, dayfirst: bool) -> tuple[date | None, str | None]:
    """dd/mm/yyyy or mm/dd/yyyy: a part over 12 settles the order; otherwise `dayfirst` does."""
    if first > 12 and second <= 12:
        return _checked(text, year, second, first)
    if second > 12 and first <= 12:
        return _checked(text, year, first, second)
    day, month = (first, second) if dayfirst else (second, first)
    found, warning = _checked(text, year, month, day)
    if found is None or first == second:
        return found, warning
    other = date(year, day, month) if _valid(year, day, month) else None
    order = "day first" if dayfirst else "month first"
    note = f"'{text}' is ambiguous: read {order} as {found.isoformat()}"
    if other is not None:
        note += f"; with the {'month' if dayfirst else 'day'} first it would be {other.isoformat()}"
    return found, note + ". If that is wrong, change the day-first date setting and load the file again"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
