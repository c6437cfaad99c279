"""The days a time expression's value covers: shared by the NLP stage, which places expressions against the
publication date, and the store, which filters and orders events by them (no spaCy here, so the store's commands
start fast)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# The month a season starts in, as a time expression's value names it (winter runs into the next year); south of
# the tropics summer starts in December.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SOUTHERN_SEASON_START = {"SP": 9, "SU": 12, "FA": 3, "WI": 6}


def month_shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def bounds(value: str, *, southern: bool = False) -> tuple[date, date]:
    """The first and last day of ``value``: a day ``YYYY-MM-DD``, an ISO week ``YYYY-Www``, a month ``YYYY-MM``, a
    season ``YYYY-SP|SU|FA|WI`` or a year ``YYYY``. Raises ValueError for anything else or a day no calendar has."""
    year, _, rest = value.partition("-")
    if rest in SEASON_START:
        first_month = (SOUTHERN_SEASON_START if southern else SEASON_START)[rest]
        end_year, end_month = month_shift(int(year), first_month, 2)
        return date(int(year), first_month, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    if rest.startswith("W"):
        monday = date.fromisocalendar(int(year), int(rest[1:]), 1)
        return monday, monday + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    raise ValueError(f"not a period: {value!r}")
