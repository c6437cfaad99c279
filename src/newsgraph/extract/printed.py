"""Metadata a plain-text article prints in its own lines, which the boilerplate filter cuts from the body:
the byline ("By Hannah Cole, Environment Correspondent") and the date line ("Published 6 June 2024")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime

from newsgraph.extract.boilerplate import BYLINE, CREDITS, DESK_BYLINE, METADATA_SEPARATOR
from newsgraph.model import PUBLICATION_YEARS, Removed

_BYLINE = re.compile(BYLINE)
_CREDITS = re.compile(CREDITS)
_DESK_BYLINE = re.compile(DESK_BYLINE)
_UPDATE_ITEM = re.compile(r"\s*(?:last\s+)?(?:updated|modified)\b", re.I)
_SEPARATORS = re.compile(r"[ \t]*(?:,|\band\b|&)[ \t]*")
# Words (singular) of a job title after a byline's names ("…, Environment Correspondent"), not an author.
_JOB_WORDS = frozenset({"correspondent", "editor", "reporter", "writer", "journalist", "staff", "columnist",
                        "producer", "contributor", "critic", "analyst", "desk", "bureau", "chief", "senior",
                        "service", "agency", "team", "wire"})
# (Day first when the figures are dotted, as Europe prints them: "12.09.2026".)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-zA-Z]+\.? \d{4}"
                   r"|[A-Z][a-zA-Z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.\d{1,2}\.\d{4}")
_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d %m %Y")


def printed_authors(removed: Iterable[Removed]) -> tuple[str, ...]:
    """The names in the first byline cut from the text, alone on its line or the first of a line's items
    ("By Camille Thériault | Published Sept. 12, 2025")."""
    for cut in removed:
        if cut.reason not in ("byline", "published", "update-notice"):
            continue
        match = _BYLINE.match(METADATA_SEPARATOR.split(cut.text.strip())[0]) or _CREDITS.match(cut.text.strip()) \
            or _DESK_BYLINE.match(cut.text.strip())
        if match is None:
            continue
        names = [part.strip() for part in _SEPARATORS.split(match["names"]) if part.strip()]
        return tuple(name for name in names if not _JOB_WORDS & {word.rstrip("s") for word in name.lower().split()})
    return ()


def printed_date(removed: Iterable[Removed]) -> date | None:
    """The date on the first date line cut from the text ("Published 6 June 2024, 10:32"), from its items
    that do not say when the page was updated ("Updated 14 October 2026 | First published 12 October 2026":
    when a page was changed is not when it was published)."""
    return _first_date(removed, "published", lambda item: not _UPDATE_ITEM.match(item))


def printed_update(removed: Iterable[Removed]) -> date | None:
    """The date on the first update notice cut from the text ("Updated: 12.09.2026, 14:20"), alone on its
    line or an item of a date line ("Published: Jan. 22, 2026 | Updated: Jan. 24, 2026")."""
    return _first_date(removed, "update-notice") or _first_date(removed, "published", _UPDATE_ITEM.match)


def _first_date(removed: Iterable[Removed], reason: str, wanted: Callable[[str], object] = bool) -> date | None:
    """The first date in the lines cut for ``reason``, in the items of a line ("By … | Published …") ``wanted``."""
    for cut in removed:
        if cut.reason != reason:
            continue
        for item in METADATA_SEPARATOR.split(cut.text.strip()):
            if wanted(item) and (day := _date_in(item)) is not None:
                return day
    return None


def _date_in(line: str) -> date | None:
    found = _DATE.search(line)
    if found is None:
        return None
    written = re.sub(r"(?<=\d)(st|nd|rd|th)\b|,", "", found.group(0))
    written = written.replace(".", " ") if re.fullmatch(r"[\d.]+", written) else written.replace(".", "")
    written = re.sub(r"\bSept\b", "Sep", written)
    for form in _FORMATS:
        try:
            day = datetime.strptime(written, form).date()
        except ValueError:
            continue
        if day.year in PUBLICATION_YEARS:
            return day
    return None
