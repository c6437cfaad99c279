"""Time expressions, resolved against the article's publication date.

``resolve`` is a pure function from an expression's text to a :class:`Resolution`. Cheap rules handle
what news writes most (weekdays, yesterday/today/tomorrow, last/next/this week|month|year, "N units
ago", month-day dates, years, decades, vague words); dateparser (about 0.7 ms a call) is asked only
when they do not, and every result is cached by (text, publication date, tense).

Values are ISO strings at the expression's granularity: ``YYYY-MM-DD`` (day, and time of day on that
day), ``YYYY-Www`` (week), ``YYYY-MM`` (month), ``YYYY`` (year), or ``None`` when the expression cannot be
placed (vague words, decades, relative expressions without a publication date). A clock time or part of
the day that names no day ("at 6:40 a.m.", "by noon", "the early hours") is on the day the paragraph last
placed, else on the publication date ("overnight" is the night before it). What a story tells from a day it
has placed ("the next morning", "later that day", "that night", "the following year") is told from the last
such day (or month, year) printed before it, and is vague when there is none; "two hours later" is vague.
Deadlines and stretches ("within weeks", "for years", "the next 48 hours") are vague with a direction.

Bare weekdays follow the news convention: "Monday" in an article published on Tuesday 2025-03-18 is
2025-03-17, the most recent Monday on or before the publication date, so "Thursday" is 2025-03-13 —
unless the clause is in the future tense (``tense="future"``: "will", "would", or an infinitive after a
verb that looks ahead, "expect … to win Monday's debate", "is set to open on Friday") or a timetable
present (``tense="scheduled"``: "City travel to Dunmore on Tuesday"), when it is the next one on or
after the publication date. "last Monday" is the one strictly before the publication
date, "next Monday" the one strictly after it, "this Monday" the one in the publication date's ISO
week. Month-day dates and months without a year take the year that puts them nearest the publication
date (tense breaks the tie the same way); "be" in the past only because it is reported ("said a freeze
into April was likely") is in the present, so the nearest year wins. A participle with no auxiliary of
its own ("jailed after pleading guilty in March") is in the tense of the clause it hangs off; what lies "ahead of"
or "in advance of" something ("ahead of Tuesday's vote") and a condition or limit in the present ("if no deal
is reached by Friday") are in the future, as are "could" unless negated ("could face blackouts on
Wednesday") and a past condition in reported speech ("would appoint a mediator if there was no deal by
Sunday"); what a clause counts "since" is in the past; "over the weekend" in a past clause is the one just
gone. A year the model tags as a number is a time after a preposition of time ("in 2022", "between 2019
and 2023") or between a determiner and its noun ("the 2027 election").

The spaCy component ``newsgraph_times`` finds the expressions (NER DATE/TIME entities, the lexicons
``lexicons/time_*.txt``, and patterns for what NER misses or cuts: clock times, "3 March 2026", "Oct. 10",
"late 2032", each day of "November 20, 21 and 22") and sets ``doc._.times`` from ``doc._.published``. A
candidate that places nothing does not hide a shorter one inside it; a clock time printed beside its day
is one expression with it; words that order a past story's events ("later told reporters") and vague words
in comparisons or idioms ("as soon as", "shortly after") are left out.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsgraph import lexicons
from newsgraph.model import TimeExpression
from newsgraph.nlp.quotemarks import find_quotations
from newsgraph.nlp.syntax import doc_text, doc_tokens, governing_verb
from newsgraph.periods import bounds, month_shift

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["GRANULARITIES", "Resolution", "TimeTagger", "resolve"]

GRANULARITIES = ("day", "week", "month", "year", "time", "vague")


class Resolution(NamedTuple):
    value: str | None
    granularity: str
    relation: str | None


_NOTHING = Resolution(None, "vague", None)


# --- lexicons -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Vague:
    relation: str
    follows_tense: bool


@functools.cache
def _vague_words() -> dict[str, _Vague]:
    entries = (line.split("\t") for line in lexicons.load("time_vague"))
    return {fields[0].strip().lower(): _Vague(fields[1].strip(), "follows-tense" in fields[2:])
            for fields in entries}


@functools.cache
def _anchored_phrases() -> tuple[str, ...]:
    return tuple(line.lower() for line in lexicons.load("time_anchored"))


# --- cheap rules ----------------------------------------------------------------------------------

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a dozen": 12}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|2\d{3})"
# The sun's hours ("by nightfall", "until after dawn").
_SUN_WORDS = frozenset({"dawn", "dusk", "nightfall", "daybreak", "sunrise", "sunset"})
_SUN_WORD = "|".join(sorted(_SUN_WORDS))
_PART_OF_DAY = (r"(?:early |late )?(?:morning|afternoon|evening|night|overnight|noon|midnight|midday"
                rf"|{_SUN_WORD}|lunchtime|mid-?morning|mid-?afternoon)|the (?:early|small) hours")
# The time zones a clock time may carry ("6:05 a.m. PDT", "14:20 GMT", "10.30 AEST").
TIME_ZONES = ("bst", "gmt", "utc", "et", "est", "edt", "ct", "cdt", "pt", "pst", "pdt", "cet", "cest", "aest", "aedt",
              "ist")
_ZONES = "|".join(TIME_ZONES)
_ZONE = rf"(?:\s*(?:{_ZONES}))?"
_CLOCK = (rf"(?:at )?\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?){_ZONE}|(?:at )?\d{{1,2}}:\d{{2}}{_ZONE}"
          rf"|\d{{1,2}}\.\d{{2}}(?=\s*(?:{_ZONES})\b){_ZONE}"
          r"|(?:at )?(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc|bst)")  # (a wire's "by 1015 GMT")

# Prepositions that a matcher or a sloppy span may include in front of the expression itself.
_LEADING = re.compile(r"^(?:(?:as of|on|at|by|since|until|till|from|during|over|through|throughout|before"
                      r"|after|starting|beginning|ending|(?:as )?early as|(?:as )?late as"
                      r"|no (?:later|earlier) than)\s+)+")
# Tuples of patterns where alternatives need the same group names, which one regex cannot repeat.
_IN_FUTURE = (re.compile(rf"^in {_NUMBER} {_UNIT}$"), re.compile(rf"^{_NUMBER} {_UNIT} from now$"))
# "within weeks", "within a year", "within 48 hours": a deadline ahead, not a date; in a past clause, a duration
# after an event.
# ("within the fourteen days the law allows": the stretch it is given)
_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|\d{1,3})")
_WITHIN = re.compile(rf"^within (?:the )?(?:{_COUNT} )?(?:fortnight|(?:hour|day|week|month|year|decade)s?)$")
# "for years", "for decades": a stretch reaching up to the clause's time.
_FOR_UNITS = re.compile(r"^for (?:days|weeks|months|years|decades)$")
_AGO = re.compile(rf"^{_NUMBER} {_UNIT} ago$")
_AND_A_HALF_AGO = re.compile(rf"^{_NUMBER} (?P<unit>year|month)s? and a half ago$")  # "a year and a half ago"
# "the last day of August", "the first Monday of the month", "the second weekend of March".
_NTH_OF = re.compile(r"^(?:the )?(?P<nth>first|second|third|fourth|last) (?P<what>day|weekend|"
                     + "|".join(_WEEKDAYS) + rf") of (?:(?P<which>the|this|next|last) month|{_MONTH}"
                     rf"(?: (?P<relative>this|next|last) year)?(?: {_YEAR})?)$")
_NEW_YEAR = re.compile(r"^(?:the )?new year$")
# "the November night in 1991", "that June morning in 2019": a month of a year.
_MONTH_DAY_IN_YEAR = re.compile(rf"^(?:the |that |a |one )?{_MONTH} (?:day|night|morning|afternoon|evening)"
                                rf" (?:in|of) {_YEAR}$")
_NARRATIVE_OFFSET = re.compile(rf"^{_NUMBER} {_UNIT} (?:later|earlier|before|after|afterwards?)$")
# "the next morning", "later that day", "the same evening", "that summer", "the day before", "the following
# year": a day (or season, month, year) told from the one the story last placed, not from the publication date.
_FROM_THE_STORY = re.compile(
    r"^(?:(?:later|earlier) (?:that|in the) day|that day"
    r"|(?:(?:later|earlier) )?(?:that|the same) (?P<part>morning|afternoon|evening|night)"
    r"|that (?P<season>spring|summer|autumn|fall)"  # (not "that winter", which spans two years)
    r"|that (?P<named_month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
    r"|the (?P<step>next|following|previous) (?P<step_part>day|morning|afternoon|evening|night)"
    r"|the (?P<side_part>day|night|evening|morning) (?P<side>before|after)"
    r"|the following (?P<period>week|month|year))$")
# "A few minutes later", "two hours later": a moment after the story's last, which readers do not date.
_MOMENTS_LATER = re.compile(rf"^(?:(?:about|some|nearly|almost|barely|only) )?(?:a few|several|{_NUMBER}) "
                            r"(?:minutes?|hours?) later$")
# "the past year" is the stretch up to now, not a calendar period: a direction without a value.
_VAGUE_OFFSET = re.compile(r"^(?:a few|several|many|some) (?:days|weeks|months|years|decades) ago$"
                           r"|^years ago$"
                           r"|^(?:the )?past (?:few |several |\w+ )?(?:days?|weeks?|months?|years?|decades?)$"
                           r"|^the last (?:few|several|\w+) (?:days|weeks|months|years|decades)$")
_VAGUE_AHEAD = re.compile(r"^(?:the )?(?:next|coming) (?:few |several |\w+ )?"
                          r"(?:hours|days|weeks|months|years|decades)$")
# "by the end of the year": with "the", the week, month or year the article is written in.
_PERIOD = re.compile(r"^(?P<mod>last|previous|next|coming|this|current|the)? ?(?P<period>week|month|year)$")
# "last year", "this year", "next year": the year so many from the publication date's.
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
# "this decade", "the last decade": a decade named by where it lies, no calendar unit of ours.
_DECADE_AROUND = re.compile(r"^(?:the )?(?P<mod>last|past|previous|next|coming|this|current) decade$")
_DECADE_RELATIONS = {"last": "past", "past": "past", "previous": "past", "next": "future", "coming": "future",
                     "this": "present", "current": "present"}
_SHIFT = re.compile(r"^(?P<shift>earlier|later|early|late|mid|(?:the )?(?:start|beginning|middle|end"
                    r"|(?:first|second) half|(?:first|second|third|fourth|final|last) quarter) of)"
                    r" ?-?(?P<rest>.+)$")
_WEEKDAY_RE = re.compile(rf"^(?P<mod>last|next|this|coming|past)? ?{_WEEKDAY}$")
# What names a day inside a time of day ("Tuesday at 3pm", "3pm on May 4", "tonight").
_NAMES_A_DAY = re.compile(rf"(?i:\b(?:{'|'.join(calendar.day_name)}|{_MONTH}|today|tonight|yesterday|tomorrow)\b"
                          r"|\d{4}-\d\d-\d\d)")
# "Third-quarter sales", "the quarter", "the end of the fourth quarter": a business quarter of no year printed.
_QUARTER = re.compile(r"^(?:the )?(?:(?:start|beginning|middle|end) of the )?(?:(?P<which>last|previous|next|coming"
                      r"|current|latest|this)|first|second|third|fourth|final|whole|same)? ?-?quarter$")
_QUARTER_RELATIONS = {"last": "past", "previous": "past", "latest": "past", "next": "future", "coming": "future",
                      "current": "present", "this": "present"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_NAME = "|".join(_SEASONS)
# ("the summer holidays", "the summer season": the season a break or a trade's year is named after)
_SEASON_TAIL = r"(?: (?:season|holidays?|break|recess|months))?"
_SEASON = re.compile(rf"^(?:(?P<mod>last|next|this|the|early|late|mid-?) ?)?(?P<season>{_SEASON_NAME})"
                     rf"{_SEASON_TAIL}(?:,? (?:of )?{_YEAR})?$")
_CHRISTMAS = re.compile(r"^(?:this |last |next )?christmas(?: (?P<day>day|eve))?$")
# "after Easter", "on Good Friday": the movable feasts, days from Easter Sunday.
_FROM_EASTER = {"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3, "good friday": -2, "holy saturday": -1,
                "easter": 0, "easter sunday": 0, "easter monday": 1, "ascension day": 39, "pentecost": 49,
                "whitsun": 49, "whit sunday": 49, "whit monday": 50,
                # (the Friday of Whit week, when the brass bands of the Pennines march and contest)
                "whit friday": 54}
_FEAST_NAMES = sorted(_FROM_EASTER, key=len, reverse=True)  # (the longest first: "Easter Monday" before "Easter")
_FEAST = re.compile(rf"^(?:(?:the )?(?P<mod>this|last|next) )?(?P<feast>{'|'.join(_FEAST_NAMES)})$")
_PARTS_OF_A_DAY = frozenset({"morning", "afternoon", "evening", "night", "day"})
_FEAST_FIRST_WORDS = frozenset({"Good", "Easter", "Ash", "Palm", "Maundy", "Holy", "Whit"})
_WEEKEND = re.compile(r"^(?P<mod>last|next|this|the|past|coming)? ?weekend$")
_OF_YEAR = rf"(?:,? (?:{_YEAR}|(?P<which>last|this|next) year))?"
_MONTH_DAY = (re.compile(rf"^{_MONTH} {_DAY}{_OF_YEAR}$"),
              re.compile(rf"^(?:the )?{_DAY} (?:of )?{_MONTH}{_OF_YEAR}$"))
_MONTH_YEAR = re.compile(rf"^{_MONTH},? (?:of )?{_YEAR}$")
_MONTH_OF_YEAR = re.compile(rf"^{_MONTH},? (?:of )?(?P<which>last|this|next) year$")  # "July last year"
_MONTH_ALONE = re.compile(rf"^(?P<mod>last|next|this)? ?{_MONTH}$")
_YEAR_RE = re.compile(rf"^(?:the year )?{_YEAR}$")
_ISO_DAY = re.compile(r"^(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})$")
_DECADE = re.compile(r"^(?:the )?(?:early |mid-?|late )?(?:(?P<full>1\d{2}0|2\d{2}0)|'(?P<short>\d0))'?s$")
_WEEKDAY_PREFIX = re.compile(rf"^{_WEEKDAY},? (?P<rest>.+)$")
# A clock time printed alone: a live blog's entry stamp ("10.00"), "10.00 local time".
_STAMP = r"^\d{1,2}[.:]\d{2}(?: local time)?$"
_CLOCK_OR_PART = re.compile(rf"^(?:early|late|earlier|later)(?: on)?(?= )|{_STAMP}"
                            rf"|(?:^|\s)(?:{_CLOCK}|(?:in the |the |on )?{_PART_OF_DAY})(?=\s|$)")
# Ages, frequencies, bare numbers and durations are tagged DATE by NER but place nothing in time, and
# dateparser would read a duration as a date ("six weeks" as six weeks ago).
_QUANTITY = (r"(?:\d[\d.,]*|a|an|a few|several|many|a couple of|dozens of|hundreds of|thousands of|"
             + "|".join(_NUMBERS) + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)"
             r"(?:-\w+)?)")
_DURATION_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_NOT_A_POINT = re.compile(
    r"\byears?[- ]old\b|\baged?\b|^(?:the )?age of\b|^\d{1,3}$"
    # A match clock ("94th-minute"), an ordinal no month has, a score ("6-3") or a number word, which dateparser
    # would read as a date.
    r"|-minute\b|^(?:the )?(?:3[2-9]|[4-9]\d|\d{3})(?:st|nd|rd|th)$|^\d{1,2}-\d{1,2}$|^(?:"
    + "|".join(n for n in _NUMBERS if " " not in n) + r")$"
    r"|^(?:bi)?(?:annual|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biweekly)$"
    r"|^(?:every|each|per)\b|\b(?:a|per) (?:day|week|month|year)$"
    r"|^(?:(?:about|some|nearly|almost|roughly|around|more than|less than|at least|just|only|over|under|up to"
    r"|the (?:first|last|final|full))\s+)*"
    rf"(?:{_QUANTITY}[- ])?{_DURATION_UNIT}(?: long)?$")


def _first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    return next((m for pattern in patterns if (m := pattern.match(text))), None)


def _iso_week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _relation(value: str, granularity: str, published: date | None, *, southern: bool = False) -> str | None:
    if published is None:
        return None
    first, last = bounds(value, southern=southern)
    if last < published:
        return "past"
    if first > published:
        return "future"
    return "present"


def _placed(value: str, granularity: str, published: date | None, *, southern: bool = False) -> Resolution:
    return Resolution(value, granularity, _relation(value, granularity, published, southern=southern))


def _unplaced(granularity: str, relation: str | None) -> Resolution:
    return Resolution(None, granularity, relation)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _offset(published: date | None, n: int, unit: str, sign: int) -> Resolution:
    relation = "past" if sign < 0 else "future"
    granularity = "year" if unit == "decade" else unit
    if published is None:
        return _unplaced(granularity, relation)
    if unit == "day":
        return _placed((published + timedelta(days=sign * n)).isoformat(), "day", published)
    if unit == "week":
        return _placed(_iso_week(published + timedelta(weeks=sign * n)), "week", published)
    if unit == "month":
        year, month = month_shift(published.year, published.month, sign * n)
        return _placed(f"{year:04d}-{month:02d}", "month", published)
    years = n * (10 if unit == "decade" else 1)
    return _placed(f"{published.year + sign * years:04d}", "year", published)


def _period(mod: str | None, period: str, published: date | None) -> Resolution:
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(mod or "this", 0)
    if published is None:
        return _unplaced(period, {-1: "past", 0: "present", 1: "future"}[step])
    if period == "week":
        return _placed(_iso_week(published + timedelta(weeks=step)), "week", published)
    if period == "month":
        year, month = month_shift(published.year, published.month, step)
        return _placed(f"{year:04d}-{month:02d}", "month", published)
    return _placed(f"{published.year + step:04d}", "year", published)


def _weekday(mod: str | None, weekday: int, published: date | None, tense: str | None) -> Resolution:
    if published is None:
        relation = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(mod or "")
        return _unplaced("day", relation or ("future" if tense == "future" else None))
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if mod in ("last", "past"):
        day = published - timedelta(days=back or 7)
    elif mod in ("next", "coming"):
        day = published + timedelta(days=forward or 7)
    elif mod == "this":
        day = published + timedelta(days=weekday - published.weekday())
    elif tense in ("future", "scheduled"):
        day = published + timedelta(days=forward)
    elif tense == "expected":  # the nearer one, either side of the publication date
        day = published + timedelta(days=forward) if forward <= back else published - timedelta(days=back)
    else:
        day = published - timedelta(days=back)
    return _placed(day.isoformat(), "day", published)


def _nearest_year(month: int, day: int | None, published: date, tense: str | None) -> int:
    def distance(year: int) -> int:
        try:
            when = date(year, month, day or 1)
        except ValueError:  # February 29 outside a leap year never wins
            return 10**6
        if day is None:
            delta = (year * 12 + month) - (published.year * 12 + published.month)
        else:
            delta = (when - published).days
        if (tense in ("future", "scheduled") and delta < 0) or (tense == "past" and delta > 0):
            # Against the clause's tense: only chosen when no year fits it.
            return 10**5 + abs(delta)
        # Ties go to the past: news reports more than it forecasts.
        return abs(delta) * 2 + (1 if delta > 0 else 0)

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _month_day(match: re.Match[str], published: date | None, tense: str | None) -> Resolution | None:
    month, day = _MONTHS[match.group("month").lower()], int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif published is None:
        return _unplaced("day", None)
    elif match.group("which"):
        year = published.year + _YEAR_SHIFT[match.group("which")]
    else:
        year = _nearest_year(month, day, published, tense)
    try:
        return _placed(date(year, month, day).isoformat(), "day", published)
    except ValueError:
        return None


def _month_alone(mod: str | None, month: int, published: date | None, tense: str | None) -> Resolution:
    if published is None:
        return _unplaced("month", {"last": "past", "next": "future"}.get(mod or ""))
    if mod == "this":
        year = published.year
    elif mod == "last":
        year = published.year if month < published.month else published.year - 1
    elif mod == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = _nearest_year(month, None, published, tense)
    return _placed(f"{year:04d}-{month:02d}", "month", published)


def _decade(match: re.Match[str], published: date | None) -> Resolution:
    if published is None:
        return _NOTHING
    if match.group("full"):
        start = int(match.group("full"))
    else:
        # "the '90s" is the latest such decade that has begun by the publication year.
        short = int(match.group("short"))
        start = 2000 + short if 2000 + short <= published.year else 1900 + short
    if start + 9 < published.year:
        return _unplaced("vague", "past")
    return _unplaced("vague", "future" if start > published.year else "present")


def _day_words(text: str, published: date | None) -> Resolution | None:
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2, "last night": -1}.get(text)
    if shift is None:
        return None
    granularity = "time" if text in ("tonight", "last night") else "day"
    if published is None:
        return _unplaced(granularity, "present" if shift == 0 else "past" if shift < 0 else "future")
    return _placed((published + timedelta(days=shift)).isoformat(), granularity, published)


def _rules(text: str, published: date | None, tense: str | None, *, southern: bool = False) -> Resolution | None:
    """The cheap rules, on text already lower-cased and stripped of leading prepositions."""
    if _WITHIN.match(text):
        return _NOTHING if tense == "past" else _unplaced("vague", "future")
    if _NOT_A_POINT.search(text):
        return _NOTHING
    if (vague := _vague_words().get(text)) is not None:
        relation = tense if vague.follows_tense and tense in ("past", "future") else vague.relation
        return _unplaced("vague", relation)
    if m := _QUARTER.match(text):
        # A business quarter is no calendar unit of ours; where it lies is what its word or clause says.
        relation = _QUARTER_RELATIONS.get(m.group("which") or "") or (tense if tense in ("past", "future")
                                                                       else "present")
        return _unplaced("vague", relation)
    if (found := _day_words(text, published)) is not None:
        return found
    if m := _WEEKDAY_RE.match(text):
        return _weekday(m.group("mod"), _WEEKDAYS[m.group("weekday")], published, tense)
    if m := _DECADE_AROUND.match(text):
        return _unplaced("vague", _DECADE_RELATIONS[m.group("mod")])
    if m := _PERIOD.match(text):
        return _period(m.group("mod"), m.group("period"), published)
    if m := _AGO.match(text):
        return _offset(published, _number(m.group("n")), m.group("unit"), -1)
    if m := _AND_A_HALF_AGO.match(text):
        years = m.group("unit") == "year"
        found = _offset(published, _number(m.group("n")) * (12 if years else 1) + (6 if years else 0), "month", -1)
        return _placed(found.value[:4], "year", published) if years and found.value else found
    if m := _NTH_OF.match(text):
        return _nth_of(m, published, tense)
    if _NEW_YEAR.match(text):
        # (the one to come; in January and February, the one begun)
        return _placed(str(published.year + (published.month > 2)), "year", published) if published \
            else _unplaced("year", "future")
    if m := _MONTH_DAY_IN_YEAR.match(text):
        return _placed(f"{int(m.group('year')):04d}-{_MONTHS[m.group('month')]:02d}", "month", published)
    if m := _first_match(_IN_FUTURE, text):
        return _offset(published, _number(m.group("n")), m.group("unit"), 1)
    if _FOR_UNITS.match(text):
        return _unplaced("vague", "future" if tense == "future" else "past")
    if _FROM_THE_STORY.match(text) or _MOMENTS_LATER.match(text):
        # (placed by the story, if it can be; news tells what has happened)
        return _unplaced("vague", "future" if tense == "future" else "past")
    if _NARRATIVE_OFFSET.match(text):
        return _unplaced("vague", tense if tense in ("past", "future") else None)
    if _VAGUE_OFFSET.match(text):
        return _unplaced("vague", "past")
    if _VAGUE_AHEAD.match(text):
        return _unplaced("vague", "future")
    if (m := _first_match(_MONTH_DAY, text)) and (found := _month_day(m, published, tense)) is not None:
        return found
    if m := _MONTH_YEAR.match(text):
        return _placed(f"{int(m.group('year')):04d}-{_MONTHS[m.group('month')]:02d}", "month", published)
    if (m := _MONTH_OF_YEAR.match(text)) and published is not None:
        year = published.year + _YEAR_SHIFT[m.group("which")]
        return _placed(f"{year:04d}-{_MONTHS[m.group('month')]:02d}", "month", published)
    if m := _MONTH_ALONE.match(text):
        return _month_alone(m.group("mod"), _MONTHS[m.group("month")], published, tense)
    if m := _YEAR_RE.match(text):
        return _placed(m.group("year"), "year", published)
    if m := _ISO_DAY.match(text):
        try:
            day = date(int(m.group("year")), int(m.group("m")), int(m.group("day")))
        except ValueError:
            return None
        return _placed(day.isoformat(), "day", published)
    if m := _DECADE.match(text):
        return _decade(m, published)
    if m := _WEEKEND.match(text):
        return _weekend(m.group("mod"), published, tense)
    if m := _SEASON.match(text):
        return _season(m.group("mod"), _SEASONS[m.group("season")], m.group("year"), published, tense,
                       southern=southern)
    if m := _CHRISTMAS.match(text):
        day = 24 if m.group("day") == "eve" else 25
        return _placed(f"{_nearest_year(12, day, published, tense)}-12-{day}", "day", published) if published \
            else _unplaced("day", None)
    if m := _FEAST.match(text):
        return _feast(m.group("mod"), m.group("feast"), published, tense)
    return None


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    epact = (19 * golden + century - century // 4 - (century - (century + 8) // 25 + 1) // 3 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (of_century // 4) - epact - of_century % 4) % 7
    correction = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * correction + 114, 31)
    return date(year, month, day + 1)


def _feast(mod: str | None, feast: str, published: date | None, tense: str | None) -> Resolution:
    """ "after Easter", "last Good Friday": the feast's day nearest the publication, in the clause's tense."""
    if published is None:
        return _unplaced("day", {"last": "past", "next": "future"}.get(mod or ""))
    days = [_easter(year) + timedelta(days=_FROM_EASTER[feast])
            for year in range(published.year - 1, published.year + 2)]
    if mod == "last":
        day = max(d for d in days if d < published)
    elif mod == "next":
        day = min(d for d in days if d > published)
    else:
        def distance(day: date) -> tuple[bool, int]:
            delta = (day - published).days
            against = tense in ("future", "scheduled") and delta < 0 or tense == "past" and delta > 0
            return against, abs(delta) * 2 + (delta > 0)  # (ties go to the past)

        day = min(days, key=distance)
    return _placed(day.isoformat(), "day", published)


def _nth_of(m: re.Match[str], published: date | None, tense: str | None) -> Resolution:
    """ "the last day of August", "the first Monday of the month", "the second weekend of March": the day (or
    the weekend's week) of that month, the publication's unless named."""
    what = m.group("what")
    granularity = "week" if what == "weekend" else "day"
    if published is None:
        return _unplaced(granularity, None)
    if m.group("month"):
        month = _MONTHS[m.group("month")]
        if m.group("relative"):  # "the last Saturday of March next year"
            year = published.year + {"this": 0, "next": 1, "last": -1}[m.group("relative")]
        else:
            year = int(m.group("year")) if m.group("year") else _nearest_year(month, None, published, tense)
    else:
        year, month = month_shift(published.year, published.month,
                                   {"the": 0, "this": 0, "next": 1, "last": -1}[m.group("which")])
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    if what != "day":
        days = [d for d in days if d.weekday() == (5 if what == "weekend" else _WEEKDAYS[what])]
    nth = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[m.group("nth")]
    day = days[nth]
    return _placed(_iso_week(day) if what == "weekend" else day.isoformat(), granularity, published)


def _season(mod: str | None, code: str, year: str | None, published: date | None, tense: str | None, *,
            southern: bool = False) -> Resolution:
    """ "last autumn", "next spring", "the summer": TimeML's season values ("2024-FA"), a season named by the
    year it starts in; northern seasons, unless the article is set south of the tropics, where "this summer" in
    December is the one under way."""
    if year:
        return _placed(f"{year}-{code}", "season", published, southern=southern)
    if published is None:
        return _unplaced("season", {"last": "past", "next": "future"}.get(mod or ""))
    # Two years back: in January, the winter under way began the year before and "last winter" before that.
    candidates = [f"{published.year + shift}-{code}" for shift in (-2, -1, 0, 1)]
    relations = [_relation(value, "season", published, southern=southern) for value in candidates]
    past = [v for v, r in zip(candidates, relations, strict=True) if r == "past"]
    future = [v for v, r in zip(candidates, relations, strict=True) if r == "future"]
    current = [v for v, r in zip(candidates, relations, strict=True) if r == "present"]
    this = current[0] if current else candidates[2]  # "this summer", "the summer": the one under way, else this year's
    if mod == "last":
        value = past[-1]
    elif mod == "next":
        value = future[0]
    # ("this winter" in April, told in the past, is the one just gone; but "moved it up to this summer" in
    # February is not a summer half a year back)
    elif tense == "past" and this in future and not (
            mod == "this" and (published - bounds(past[-1], southern=southern)[1]).days > 92):
        value = past[-1]
    elif tense in ("future", "scheduled") and this in past:
        value = future[0]
    else:
        value = this
    return _placed(value, "season", published, southern=southern)


def _weekend(mod: str | None, published: date | None, tense: str | None = None) -> Resolution:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(mod or "", 0)
    # "Patients waited over the weekend" in a paper of Monday 27 January: the one just gone.
    if mod in (None, "the") and tense == "past" and published is not None and published.weekday() < 5:
        step = -1
    relation = {-1: "past", 1: "future"}.get(step)
    if published is None:
        return _unplaced("week", relation)
    value = _iso_week(published + timedelta(weeks=step))
    if relation is None:
        relation = "present" if published.weekday() >= 5 else "future"
    return Resolution(value, "week", relation)


def _with_shift(text: str, published: date | None, tense: str | None) -> Resolution | None:
    """"earlier this month", "late last year", "mid-March": the period, with the shift's direction."""
    m = _SHIFT.match(text)
    if m is None:
        return None
    inner = _rules(m.group("rest"), published, tense)
    if inner is None or inner.granularity not in ("week", "month", "year"):
        return None
    shift = m.group("shift")
    if shift in ("earlier", "later") and inner.relation in ("present", None):
        return Resolution(inner.value, inner.granularity, "past" if shift == "earlier" else "future")
    return inner


def _with_time_of_day(text: str, published: date | None, tense: str | None,
                      anchor: date | None = None) -> Resolution | None:
    """"Tuesday afternoon", "3 p.m. Monday", "this morning": the day, at time granularity.

    A time of day with no day ("at 6:40 a.m.", "by noon", "the early hours") is on ``anchor``, the day the
    story last placed, else on the publication date; "overnight" is the night before it. A bare part of day
    ("at night", "morning shifts") is usually generic.
    """
    rest = " ".join(_CLOCK_OR_PART.sub(" ", text).split())
    if rest == text:
        return None
    if not rest or rest == "all":
        if text in ("morning", "afternoon", "evening", "night"):
            return _NOTHING
        day_of_story = anchor or published
        # ("Rimal has until April 6 to make an offer. Shares jumped by 1015 GMT.": what is over happened by the
        # day the story is printed, not on a day still to come)
        if anchor is not None and published is not None and anchor > published and tense == "past":
            day_of_story = published
        if day_of_story is None:
            return _unplaced("time", None)
        # ("expected to peak overnight": the night to come; "refused to leave on Monday but were moved overnight":
        # the night after the day the story placed)
        if text == "overnight" and tense != "future" and (anchor is None or anchor == published):
            day_of_story -= timedelta(days=1)
        return _placed(day_of_story.isoformat(), "time", published)
    if rest == "that":
        return _unplaced("vague", "future" if tense == "future" else "past")
    rest = rest.removeprefix("of ")  # "the morning of 14 June"
    if rest == "this":
        day = Resolution(published.isoformat() if published else None, "day", "present")
    else:
        day = _rules(rest, published, tense)
    if day is None or day.granularity != "day":
        return day if day == _NOTHING else None
    return Resolution(day.value, "time", day.relation)


_TIME_OF_DAY_HINT = re.compile(rf"{_CLOCK}|{_PART_OF_DAY}|o'clock|{_STAMP}")
_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "time",
            "part_of_day": "time"}


@functools.cache
def _dateparser(published: date) -> DateDataParser:
    # Imported here so that pipelines that never fall back to dateparser do not pay for loading it.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "current_period",
        "RETURN_TIME_AS_PERIOD": True,
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
    })


def _parse_with_dateparser(text: str, published: date | None) -> Resolution | None:
    base = published
    if base is None:
        # dateparser would resolve relative phrases against today; without a publication date only an
        # explicit year makes its answer mean anything, and then any base in that year will do.
        year = re.search(r"\b[12]\d{3}\b", text)
        if year is None:
            return None
        base = date(int(year.group()), 1, 1)
    data = _dateparser(base).get_date_data(text)
    granularity = _PERIODS.get(data.period or "")
    if data.date_obj is None or granularity is None:
        return None
    if granularity == "time" and not _TIME_OF_DAY_HINT.search(text):
        # dateparser reads stray numbers as clock times ("the 1990s" comes back as 23:26 yesterday).
        return None
    when = data.date_obj.date()
    value = {"day": when.isoformat(), "time": when.isoformat(), "week": _iso_week(when),
             "month": f"{when.year:04d}-{when.month:02d}", "year": f"{when.year:04d}"}[granularity]
    relation = _relation(value, "day" if granularity == "time" else granularity, published)
    return Resolution(value, granularity, relation)


def _normalise(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())
    text = text.strip(" ,;:!?\"()[]\u201c\u201d")
    text = re.sub(r"'s$", "", text)
    return text.rstrip(".") if not re.search(r"[ap]\.m\.$", text) else text


@functools.lru_cache(maxsize=8192)
def _resolve(text: str, published: date | None, tense: str | None, anchor: date | None,
             southern: bool) -> Resolution:
    if m := _first_match(_IN_FUTURE, text):
        return _offset(published, _number(m.group("n")), m.group("unit"), 1)
    bare = _LEADING.sub("", text) or text
    if bare.startswith("in ") and _vague_words().get(bare) is None:
        bare = bare[3:]
    if m := _WEEKDAY_PREFIX.match(bare):
        # "Tuesday, March 18": the date says more than the weekday.
        dated = _rules(m.group("rest"), published, tense)
        if dated is not None and dated.granularity == "day":
            return dated
    if (found := _rules(bare, published, tense, southern=southern) or _with_shift(bare, published, tense)) is not None:
        return found
    if (found := _with_time_of_day(bare, published, tense, anchor)) is not None:
        return found
    return _parse_with_dateparser(bare, published) or _NOTHING


def resolve(text: str, published: date | None, *, tense: str | None = None,
            anchor: date | None = None, southern: bool = False) -> Resolution:
    """Resolve one time expression against the publication date.

    ``tense`` ("past", "present", "scheduled", "future", or "expected" for an expectation reported in the past)
    is the tense of the clause the expression modifies, when known: it moves a bare weekday ("Friday") forward
    (or, expected, to the nearer one), breaks ties for a month-day date without a year,
    and decides words such as "later" that order events within a past-tense story. ``anchor`` is the day
    the text around the expression last placed: a clock time or part of day that names no day of its own
    ("at 6:40 a.m.") is on it, else on the publication date. ``southern``: the story is set south of the
    tropics, where summer starts in December.
    """
    if isinstance(published, datetime):
        published = published.date()
    return _resolve(_normalise(text), published, tense, anchor, southern)


# --- spaCy component ------------------------------------------------------------------------------

_NER_LABELS = frozenset({"DATE", "TIME"})
_LEADING_WORDS = frozenset({"on", "at", "by", "since", "until", "till", "from", "during", "as", "of", "in",
                            "over"})
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_PERIODS_NAMED_BY_MONTH = frozenset({"quarter", "half", "term", "semester", "session", "intake"})
_YEAR_PREPOSITIONS = frozenset({"in", "until", "till", "since", "by", "before", "after", "from", "through", "during",
                                "into", "between"})
# "the 2027 election", "its 2023 law", "the committee's 2025 report": a year naming which one of a thing.
_YEAR_DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS"})
# What NER misses or cuts short: clock times, dates ("3 March 2026", "Oct. 10", "July 2027", "late 2032"),
# deadlines and stretches ("within weeks", "for years"). Month names only capitalised: "may", "march".
def _unanchored(pattern: re.Pattern[str]) -> str:
    """The text of ``pattern`` to put inside a longer one: without its anchors and the names of its groups."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern.removeprefix("^").removesuffix("$"))


# (the full stop only after a short form: "Dec. 18", but "until 18 December." ends the sentence)
_MONTH_NAME = r"(?:" + "|".join(m.capitalize() + ("" if m.capitalize() in calendar.month_name else r"\.?")
                                  for m in sorted(_MONTHS, key=len, reverse=True)) + r")"
_PATTERNS = re.compile(
    rf"(?i:\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s?(?:{_ZONES})\b)?)"
    rf"|\b\d{{1,2}}[:.]\d{{2}}\s?(?:{_ZONES.upper()})\b"
    r"|(?<=\bat )\d{1,2}:\d{2}\b|\b\d{1,2}[.:]\d{2} local time\b"
    # (a British 24-hour clock, "called out at 18.40": only hours no price is mistaken for, "at 12.50" may be one)
    r"|(?<=\b[Aa]t )(?:0\d|1[3-9]|2[0-3])\.[0-5]\d\b(?![.,]\d)"
    r"(?!\s?(?:%|per\b|p\b|pence|cents?|euros?|dollars?|pounds?|points?|percent|million|billion|bn\b|m\b))"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC|BST)\b"
    # (a live blog's entry stamp, alone at the start of its line: "10.00", "14:20 Economists react", or after its
    # label: "Update, 19.40: Divers have …")
    r"|(?m:^\d{1,2}[.:]\d{2}(?=[ \t]|$))|(?im:(?<=^update, )\d{1,2}[.:]\d{2}\b|(?<=^update )\d{1,2}[.:]\d{2}\b)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAME}(?:,? (?:[12]\d{{3}}|last year|this year|next year))?(?![\w-])"
    rf"|\b{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?(?:,? [12]\d{{3}})?(?![\w-])"
    rf"|\b{_MONTH_NAME},? [12]\d{{3}}\b"
    r"|\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ][12]\d{3}\b"
    rf"|(?i:\bthe (?:first|second|third|fourth|last) (?:day|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day) of"
    rf" (?:(?:the|this|next|last) month|{_MONTH_NAME}(?: [12]\d{{3}}| (?:this|next|last) year)?)\b)"
    r"|(?i:\b(?:a|one|two|three) (?:year|month)s? and a half ago\b)|\bthe [Nn]ew [Yy]ear\b(?!['\u2019])"
    # (not one of every year's: "never missed a Whit Friday")
    r"|(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Ee]very )(?<!\b[Ee]ach )\b(?:(?:[Tt]he )?(?:next|last|this) )?"
    rf"(?:{'|'.join(name.title() for name in _FEAST_NAMES)})\b"
    r"(?! (?:egg|eggs|bunny|holidays?|break|weekend|term|Rising)\b)"
    r"|\bChristmas (?:Day|Eve)\b"
    # ("I buried my wife five years ago today": the day, the anniversary of the publication's)
    r"|(?i:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:year|month|week)s? ago today\b)"
    rf"|\b(?:[Tt]he|[Tt]hat) {_MONTH_NAME} (?:day|night|morning|afternoon|evening) in [12]\d{{3}}\b"
    rf"|\b(?:[Tt]he|[Tt]hat) (?:(?:early |late )?(?:morning|afternoon|evening|night)|(?:early|small) hours) of "
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? "
    rf"(?:of )?{_MONTH_NAME}|{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,? (?:[12]\d{3}|last year|this year|next year))?(?<!\.)(?![\w-])"
    rf"|(?i:\b(?:this|last|next) (?:{_SEASON_NAME})\b)"
    # (told from the story's day)
    rf"|(?i:\b(?:{_unanchored(_FROM_THE_STORY)}"
    r"|(?:(?:about|some|nearly|almost|barely|only) )?(?:a few|several|a couple of|an?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,3}) (?:minutes?|hours?) later)(?![\w-]))"
    rf"|(?i:\bwithin (?:the )?(?:{_COUNT} )?"
    r"(?:fortnight|(?:hour|day|week|month|year|decade)s?)\b|\bfor (?:days|weeks|months|years|decades)\b)")
# "by nightfall", "until after dawn", "shortly after noon": the sun's hours and the day's middle, which the model
# does not take for times (but "from dawn to dusk" is any day, and "Blue Rope at Midnight" a title).
_SUN = re.compile(r"(?i:\b(?:by|until|till|before|after|at|from|since|around|towards?) "
                  rf"(?P<when>{_SUN_WORD}|(?-i:noon|midday|midnight))\b(?! (?:to|till|until|and) dusk))")
# "work would start in the autumn", "before the summer holidays": a season the model leaves untagged, when a
# preposition of time puts it in the calendar (not "the fall in prices", "the rest of the summer").
_THE_SEASON = re.compile(r"(?i:\b(?:in|by|before|after|until|till|since|over|through|throughout|during|from|into) "
                         rf"(?P<when>the (?:{_SEASON_NAME}){_SEASON_TAIL})\b(?! of\b| in\b))")
# "in the spring of 2023", "in the first quarter of 2027": a season, or part of a year, of a year printed, which
# the model cuts in two.
_SEASON_OF_YEAR = re.compile(rf"(?i:\b(?P<when>the (?:{_SEASON_NAME}|(?:first|second|third|fourth|final|last) "
                             rf"(?:quarter|half)) of (?-i:{_YEAR}))\b)")
# "on November 20, 21 and 22": every day of the list is a date in the month named first.
_DAY_LIST = re.compile(rf"\b(?P<month>{_MONTH_NAME}) \d{{1,2}}"
                       r"(?P<more>(?:, \d{1,2})*,? (?:and|or) \d{1,2})(?![\w-])")
# "between March and November last year", "its minutes from February and March 2025": both months are of the year
# named once, after the second.
_MONTH_PAIR = re.compile(rf"\b(?P<first>{_MONTH_NAME}) (?:and|or|to|through|until) (?P<second>{_MONTH_NAME}),? "
                         r"(?:(?:of )?(?P<which>last|this|next) year\b(?!['\u2019])|(?P<year>(?:19|20)\d\d)\b)")
# "would" as well: in reported speech ("she said she would invite them on Thursday") it is the future
# seen from the moment of speaking, which in news is close to the publication date.
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "\u2019ll", "would", "'d", "\u2019d"})
# "should begin to clear the smoke on Thursday", "may vote on Friday": a modal looks ahead unless a
# perfect turns it back ("should have left on Monday"); "could" is left out, as the past of "can" ("could not
# be reached on Tuesday").
_AHEAD_MODALS = frozenset({"should", "may", "might", "must"})
_LIKELY = frozenset({"likely", "unlikely"})
# What follows "likely" when a time does: "likely on Sunday", "likely by March", "likely tomorrow".
_TIME_PREPOSITIONS = frozenset({"on", "in", "by", "from", "until", "over", "through", "this", "next", "later",
                                "tomorrow", "tonight"})
_PAST_TAGS = frozenset({"VBD"})
_PARTICIPLE_DEPS = frozenset({"pcomp", "advcl", "conj", "xcomp"})
_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp"})
_KEEPING = frozenset({"keep", "leave", "hold", "have", "get", "make", "want", "need", "find", "see"})
# "On a wet Saturday afternoon", "any Monday": a day of the kind, not a day in the calendar.
_GENERIC_DETERMINERS = frozenset({"a", "an", "any", "one", "some", "every", "each"})
_AHEAD_MARKS = frozenset({"if", "unless", "until", "till", "once"})
# ("before the bands weaken on Sunday afternoon": and, in the present, what happens before or after or when)
_AHEAD_MARKS_IN_THE_PRESENT = _AHEAD_MARKS | {"before", "after", "when"}
_EVERY_DAY = frozenset({"daily", "weekdays", "weeknights", "nightly", "every", "each", "usually", "normally"})
def _lemma(verb: Token) -> str:
    """The verb's lemma, as the tagger gives it but for the one it gets wrong: "hoped" is "hope", not "hop"."""
    return "hope" if verb.lower_ in ("hoped", "hoping") else verb.lemma_.lower()


# Verbs whose infinitive looks ahead of the moment they are said in.
_PROSPECTIVE = frozenset({"expect", "plan", "hope", "intend", "schedule", "set", "prepare", "aim", "vow",
                          "promise", "pledge", "want", "seek", "propose", "threaten", "decide", "agree", "due"})
# Of those, what wishes: "hoped for a deal before Christmas".
_WISHES = frozenset({"hope", "want", "seek"})
# Of those, what foresees rather than wishes: "expected the ship to be refloated on Friday" (not "wanted him to
# resign on Friday").
_FORESEEING = frozenset({"expect", "plan", "intend", "schedule", "set", "prepare", "aim", "due"})
# "Hearing fixed for Wednesday", "a vote set for Friday": what a day is set aside for is still to come.
_SETTING_FOR = frozenset({"fix", "set", "schedule", "slate", "plan", "book", "pencil"})


def _clause_tense(span: Span) -> str | None:
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return None
    # "ahead of Tuesday's trip", "in advance of Friday's vote": what is ahead has not happened yet.
    named = span.root.head if span.root.dep_ == "poss" else span.root
    if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head.lower_ in ("ahead", "advance"):
        return "future"
    if named.dep_ == "pobj" and named.head.lower_ == "for" and named.head.head.lemma_.lower() in _SETTING_FOR \
            and named.head.head.tag_ == "VBN":
        return "future"
    # "separated the fighters twice before Saturday's title bout": what something came before is the nearer day
    # of that name, ahead or gone.
    if span.start > 0 and doc[span.start - 1].lower_ == "before" and span.end < len(doc) \
            and doc[span.end].text in ("'s", "\u2019s") and _WEEKDAY_RE.match(span.text.lower()):
        return "expected"
    # "has had little rain since January": what a clause counts from lies behind it.
    if named.dep_ == "pobj" and named.head.lower_ == "since":
        return "past"
    # "warns Tuesday will be 'the hardest day'": a day that is the subject of a future is ahead, however the
    # parse took it (a headline's parse may hang it off the verb before); not a day looked back on: "Tuesday
    # will go down as the darkest day", "will be remembered as".
    if span.end + 2 < len(doc) and doc[span.end].lower_ in ("will", "shall") and doc[span.end + 1].lower_ == "be" \
            and doc[span.end + 2].tag_ != "VBN" and span.root.dep_ in ("npadvmod", "nsubj"):
        return "future"
    # "school fees due on Monday", "a payment due in March": what falls due is ahead, unless the clause tells it
    # as past ("the report was due on Monday").
    due = named.head.head if named.dep_ == "pobj" and named.head.lower_ in ("on", "in", "by") \
        else named.head if named.dep_ == "npadvmod" else None
    if due is not None and due.lower_ == "due" and not (due.dep_ == "acomp" and due.head.tag_ == "VBD") \
            and (governing := governing_verb(due)) is not None and _verb_tense(governing) != "past":
        return "future"
    verb = governing_verb(span.root)
    if verb is None:
        return None
    # "should stay indoors with windows closed until Thursday": a state that lasts until a day is in the
    # time of the clause that keeps it, not past because its participle is.
    if named.dep_ == "pobj" and named.head.lower_ in ("until", "till") and verb.tag_ == "VBN" \
            and verb.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and (governor := governing_verb(verb.head)) is not None:
        verb = governor
    # "The union said on Tuesday it would strike": a time between the reporting verb and the subject of
    # its clause dates the saying, wherever the parse attached it.
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ccomp" and subject is not None and span.end <= subject.i and verb.head.i < span.start:
        verb = verb.head
    tense = _verb_tense(verb)
    # "has issued a red alert till Tuesday", "the order had to ship by Friday": the day a state lasts to or a
    # thing is meant for, in a clause of no tense of its own, lies either side of the publication date: the
    # nearer one (but "was closed until Thursday, when it reopened" is over).
    if tense is None and any(t.lower_ in _WEEKDAYS for t in span) and named.dep_ == "pobj" \
            and named.head.lower_ in ("until", "till", "by", "for"):
        return "expected"
    # "hoped for a deal before the Christmas getaway", "wanted a vote by March": what a wish is to be done by lies
    # ahead of the wishing (not "agreed before Christmas to raise the cap", when the agreeing was done).
    held = named.head if named.dep_ == "compound" else named  # ("the Christmas getaway")
    if tense is None and _lemma(verb) in _WISHES and held.dep_ == "pobj" and held.head.lower_ in ("before", "by"):
        return "future"
    # "ordered all its schools closed until June 10": a date a past order runs to may be still to come.
    if tense == "past" and named.dep_ == "pobj" and named.head.lower_ in ("until", "till") \
            and any(t.lower_.rstrip(".") in _MONTHS for t in span) and any(t.like_num for t in span):
        return "expected"
    return tense


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    # "would fly to Houston on Monday and lead a service on Wednesday": a bare verb coordinated with another
    # shares its auxiliary, and its time.
    if depth < 3 and verb.dep_ == "conj" and verb.tag_ == "VB" and not auxiliaries \
            and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head, depth + 1)
    # "If no agreement is reached by Friday", "until the council meets on Tuesday": a condition or limit
    # in the present is still to come.
    # (the parse may take "when" for an adverb: "will rise when they are published on Monday")
    if any((c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB") and c.lower_ in _AHEAD_MARKS_IN_THE_PRESENT
           for c in verb.children) and any(
            t.tag_ in ("VBZ", "VBP") for t in (verb, *auxiliaries)):
        return "future"
    if verb.lower_ in _FUTURE_AUX or any(a.lower_ in _FUTURE_AUX for a in auxiliaries):
        return "future"
    # "Junior doctors to strike from Monday": a headline's "to" is its "will".
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxiliaries) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return "future"
    # "Ask me again on Sunday": a command is for later.
    if verb.tag_ == "VB" and verb.dep_ in ("ROOT", "ccomp") and not auxiliaries \
            and (verb.i == verb.sent.start or verb.doc[verb.i - 1].is_quote) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return "future"
    perfect = any(a.lemma_ == "have" for a in auxiliaries)
    if any(a.lower_ in _AHEAD_MODALS for a in auxiliaries) and not perfect:
        return "future"
    # "households could face blackouts on Wednesday" looks ahead; "could not be reached" is the past of "can".
    if any(a.lower_ == "could" for a in auxiliaries) and not perfect \
            and not any(c.dep_ == "neg" for c in verb.children):
        return "future"
    # "would appoint a mediator if there was no deal by Sunday": a condition in the past of reported speech is
    # still to come when what hangs on it is.
    if depth < 3 and any(t.tag_ in _PAST_TAGS for t in (verb, *auxiliaries)) and verb.dep_ in ("advcl", "ccomp") \
            and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ in _AHEAD_MARKS for c in verb.children) \
            and _verb_tense(verb.head, depth + 1) in ("future", "present"):
        return "future"
    # "more heavy rain was likely on Sunday", "the strike was likely to end on Sunday": what a forecast calls
    # likely is still to come.
    # (not "the suspect was likely at the pub on Sunday", where it is a guess about where someone was)
    likely = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _LIKELY), None)
    after = verb.doc[likely.i + 1].lower_ if likely is not None and likely.i + 1 < len(verb.doc) else None
    if verb.lemma_ == "be" and after in _TIME_PREPOSITIONS or verb.dep_ == "xcomp" and verb.head.lower_ in _LIKELY:
        return "future"
    # "more crews were due from Washington on Thursday": what was due when it was said may have come since.
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return "expected" if any(t.tag_ in _PAST_TAGS for t in (verb, *auxiliaries)) else "future"
    # "said a rollover into March was the base case": "be" put in the past only because it is reported says
    # how things stand when it is said.
    if verb.lemma_ == "be" and verb.tag_ in _PAST_TAGS and verb.dep_ == "ccomp" and not auxiliaries \
            and verb.head.lemma_.lower() in lexicons.reporting_frames():
        return "present"
    # "voters expect Clinton to win Monday's debate", "the bridge is set to open on Friday" (not "she
    # wanted him to resign on Friday", which may be over)
    if verb.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in auxiliaries) and \
            _lemma(verb.head) in _PROSPECTIVE:
        # ("the company expected the ship to be refloated on Friday": an expectation told in the past looked
        # ahead from a day that may be gone: the nearer day of that name)
        if verb.head.tag_ not in _PAST_TAGS:
            return "future"
        if verb.head.lemma_.lower() in _FORESEEING:
            return "expected"
    # "a decision was expected by the end of April", "the vote was scheduled for May": what was
    # expected or planned may lie either side of the day the article was written; but "he expects a vote on
    # Thursday" looks ahead from it.
    if _lemma(verb) in _PROSPECTIVE:
        # ("Sunday's slalom is expected to start late": a present passive looks ahead as the active does)
        present = verb.tag_ in ("VBZ", "VBP") and not auxiliaries or verb.tag_ == "VBN" and bool(auxiliaries) \
            and all(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxiliaries)
        # ("Forecasters said a cool change was expected late on Tuesday night": reported speech put "is
        # expected" in the past; the forecast looked ahead from when it was said, which may be days before the
        # article: the day nearer the publication date, ahead or gone, as "the shipment was expected on
        # Tuesday" in Thursday's paper is gone.)
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicons.reporting_frames() \
            and any(a.dep_ == "auxpass" for a in auxiliaries) and verb.lemma_.lower() == "expect"
        return "future" if present else "expected" if reported else None
    if verb.tag_ in _PAST_TAGS or any(a.tag_ in _PAST_TAGS for a in auxiliaries):
        return "past"
    if not auxiliaries and verb.tag_ == "VBN":
        # "keeps the agencies funded through June 30": a participle completing a verb is in its time.
        if depth < 3 and (verb.dep_ in _COMPLEMENT_DEPS or _object_complement(verb)) \
                and (governor := governing_verb(verb.head)) is not None:
            return _verb_tense(governor, depth + 1)
        return "past"  # "the bridge, closed in March, …"
    # "was jailed after pleading guilty in March": a participle with no auxiliary of its own is in the
    # time of the clause it hangs off.
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ in _PARTICIPLE_DEPS and depth < 3:
        governor = governing_verb(verb.head)
        return _verb_tense(governor, depth + 1) if governor is not None else None
    if verb.tag_ in ("VBZ", "VBP"):
        # "City travel to Dunmore on Tuesday", "the council meets on Monday": a present that is a
        # timetable looks ahead (but "Trump says on Monday" reports).
        if not auxiliaries and verb.lemma_.lower() not in lexicons.reporting_frames():
            return "scheduled"
        return "present"
    return None


def _object_complement(participle: Token) -> bool:
    """ "keeps federal agencies funded", "left the bridge closed": a participle right after the object of
    a verb of keeping or leaving says what state the object is kept in, not what happened to it before."""
    noun = participle.head
    return participle.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _KEEPING \
        and participle.i > noun.i and not any(t.text == "," for t in participle.doc[noun.i : participle.i])


_ONCE_THAT_DAY = frozenset({"bulletin", "update", "briefing", "advisory", "statement", "announcement", "deadline",
                            "meeting", "session", "conference", "call", "hearing"})


def _generic(span: Span) -> bool:
    """A day or a month named with an indefinite article, its adjectives between: "on a wet Saturday afternoon",
    "every August"; a clock time or part of day with no day that names a kind of thing ("midnight votes", "the
    show's 9 a.m. hour", "the morning shows") or comes round every day ("weekdays from 6 a.m. to 9 a.m.", "4 p.m.
    daily")."""
    doc = span.doc
    i = span.start - 1
    # (a feast's name too: "never missed a Whit Friday")
    while i >= 0 and (doc[i].pos_ == "ADJ" or doc[i].text in _FEAST_FIRST_WORDS):
        i -= 1
    # (and "every August", a month that comes round)
    # (but "if they missed a March deadline": a thing that happens once in a month of that name)
    if i >= 0 and doc[i].lower_ in _GENERIC_DETERMINERS \
            and (doc[span.start].lower_ in _WEEKDAYS or doc[span.start].lower_ == "weekend"
                 or doc[span.start].lower_ in _MONTHS and all(t.lower_ in _PARTS_OF_A_DAY for t in span[1:])
                 and not (len(span) == 1 and span.end < len(doc) and doc[span.end].lemma_.lower() in _ONCE_THAT_DAY)):
        return True
    # ("has aired on Friday nights since 2019": a day of the week whose nights are many; but "on Friday and
    # Saturday nights" are two)
    if doc[span.end - 1].lower_ in _WEEKDAYS and span.end < len(doc) and doc[span.end].tag_ == "NNS" \
            and doc[span.end].lemma_.lower() in _PARTS_OF_A_DAY \
            and not (span.start > 1 and doc[span.start - 1].dep_ == "cc" and doc[span.start - 2].lower_ in _WEEKDAYS):
        return True
    if _CLOCK_OR_PART.sub(" ", span.text.lower()).strip():
        return False  # a day is printed with it
    following = doc[span.end] if span.end < len(doc) else None
    nearby = {t.lower_ for t in doc[max(0, span.start - 6) : span.end + 3]}
    # (but "in its 11 a.m. bulletin", "the 9 a.m. briefing": a thing that happens once that day)
    return following is not None and following.pos_ == "NOUN" and following.dep_ != "npadvmod" \
        and following.lemma_.lower() not in _ONCE_THAT_DAY or bool(nearby & _EVERY_DAY)


# "whose son is in Year 4", "Year 11 pupils": a class at school, not a year of the calendar.
_SCHOOL_YEAR = re.compile(r"^Year \d{1,2}$")


# "6 a.m. Wednesday", "noon on Wednesday", "14:20 GMT, 19 April 2026", "March 18, 2026, 6:02 p.m.", "8 p.m. local
# time on Saturday".
_CLOCK_DAY_GAP = re.compile(r"^(?:,? (?:on )?| [A-Z]{2,4},? | local time,? (?:on )?)$")


def _joined(first: Span, second: Span, said: str, tense_of: Span, said_as: dict[tuple[int, int], str],
            tenses: dict[tuple[int, int], str | None]) -> Span:
    """``first`` and ``second`` as one expression, resolved as ``said`` in the tense of ``tense_of``'s clause."""
    merged = first.doc[first.start : second.end]
    said_as[(merged.start, merged.end)] = said
    tenses[(merged.start, merged.end)] = tenses[(tense_of.start, tense_of.end)]
    return merged


def _with_days_joined(spans: list[Span], said_as: dict[tuple[int, int], str],
                      tenses: dict[tuple[int, int], str | None]) -> list[Span]:
    """A clock time printed beside its day is one expression, resolved as the day then the time."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and _CLOCK_DAY_GAP.match(doc_text(span.doc)[previous.end_char : span.start_char]):
            kinds = [resolve(said_as.get((s.start, s.end), s.text), None).granularity for s in (previous, span)]
            # ("at 4 a.m. the next morning": the clock on the day the story tells)
            if kinds[0] == "time" and _told_from_the_story(span.text):
                joined[-1] = _joined(previous, span, span.text, span, said_as, tenses)
                continue
            day, clock = (previous, span) if kinds[0] == "day" else (span, previous)
            text = f"{said_as.get((day.start, day.end), day.text)} {clock.text}"
            if sorted(kinds) == ["day", "time"] and resolve(text, None) != _NOTHING:
                joined[-1] = _joined(previous, span, text, day, said_as, tenses)
                continue
        joined.append(span)
    return joined


_WEEK_OF_A_DAY = {"last week": -1, "this week": 0, "next week": 1}
_AFTER_A_RECORD = {"after", "since", "during", "following", "despite"}


def _with_weeks_joined(spans: list[Span], said_as: dict[tuple[int, int], str],
                       tenses: dict[tuple[int, int], str | None], published: date | None) -> list[Span]:
    """ "at 4.12am on Monday last week", "on Friday next week": a day of the week with the week it is in after it
    is one expression, that day of that week."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        step = _WEEK_OF_A_DAY.get(span.text.lower())
        # (not "on Monday last week's decision was final": the week's own)
        if previous is not None and step is not None and published is not None \
                and previous[-1].lower_ in _WEEKDAYS and previous.end == span.start \
                and not (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
            day = published + timedelta(days=7 * step + _WEEKDAYS[previous[-1].lower_] - published.weekday())
            told = said_as.get((previous.start, previous.end), previous.text)
            joined[-1] = _joined(previous, span, f"{told} {day.day} {calendar.month_name[day.month]} {day.year}",
                                 previous, said_as, tenses)
            continue
        joined.append(span)
    return joined


def _names_a_year(token: Token) -> bool:
    """ "took effect in 2022", "between 2019 and 2023", "the 2027 election", "2026 would be the hardest year": a
    number that is a year."""
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before.lower_ in _YEAR_PREPOSITIONS:
        return True
    # "loss-making until at least 2028", "by at the earliest 2029": "at least" between the preposition and the year
    if before.lower_ in ("least", "earliest", "latest") and token.i >= 3 and doc[token.i - 2].lower_ == "at" \
            and doc[token.i - 3].lower_ in _YEAR_PREPOSITIONS:
        return True
    # "a fee increase for 2026", "the robots of 2030": not "for 2000 people", "a crowd of 2000 fans"
    if before.lower_ in ("for", "of"):
        return after is None or not after.tag_.startswith("NN")
    if before.tag_ in _YEAR_DETERMINER_TAGS:  # (and "the 2024 annual meeting")
        return after is not None and (after.tag_ in ("NN", "NNP") or after.tag_ == "JJ" and token.i + 2 < len(doc)
                                      and doc[token.i + 2].tag_ in ("NN", "NNP"))
    # "said 2026 would be the hardest year": a year what is said of
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be":
        return True
    return before.lower_ in ("and", "or", "to") and token.i > 1 \
        and _YEAR_TOKEN.fullmatch(doc[token.i - 2].text) is not None


def _comparison(doc: Doc, i: int) -> bool:
    """ "earlier than hoped", "as soon as", "too soon", "shortly after dawn", "now or never", "Now, please …":
    a vague word in a comparison, an idiom or a discourse marker points nowhere in time."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return after in ("than", "as", "after", "before", "or") or before in ("as", "too", "so") \
        or (doc[i].lower_ == "now" and after == "," and doc[i].is_sent_start is True)


def _told_from_an_event(span: Span) -> bool:
    """ "the night before the final", "the day after the vote": a day told from an event, which dates nothing
    (but "had announced the day before that …", "the day after, …" are told from the story's day)."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].lower_ in ("before", "after") and following is not None and not following.is_punct \
        and following.lower_ not in ("that", "and", "but")


# Where a spring of water is, as no season is: "above the spring", "the spring at Pukyu".
_WHERE_WATER_IS = frozenset({"above", "below", "beside", "near", "into", "around"})


def _spring_of_water(span: Span) -> bool:
    """ "a tailings pipe had leaked into a stream above the spring", "the mine never took a liter from the spring at
    Pukyu": a spring of water, placed as the season never is (not "in the spring", "from spring to autumn")."""
    doc = span.doc
    if span[-1].lower_ != "spring" or len(span) != 2 or span[0].lower_ not in ("the", "that", "this"):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2]
    return before in _WHERE_WATER_IS or len(after) == 2 and after[0].lower_ == "at" and after[1].pos_ == "PROPN"


def _joining_a_clause(span: Span) -> bool:
    """ "said that morning shifts would resume": a "that" which opens a clause, not one that points at a day (as
    it does before a month the parse set apart with a comma: "in Stockholm that December, she said")."""
    doc = span.doc
    return any(t.lower_ == "that" and (t.dep_ != "det" or t.head.i != t.i + 1) and not (
        t.i + 2 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].lower_ in _MONTHS and doc[t.i + 2].is_punct)
        for t in span)


_STEPS = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}


def _told_from_the_story(text: str) -> re.Match[str] | None:
    """``text`` read as a day the story tells ("on the next morning", "Later that day")."""
    return _FROM_THE_STORY.match(_LEADING.sub("", _normalise(text)))


def _from_the_story(text: str, story: list[Resolution], published: date | None,
                    southern: bool) -> Resolution | None:
    """ "the next morning", "later that day", "that summer", "the following year": placed from the last day (or,
    for a season, month or year, the last date of that reach) the story placed before it; None if ``text`` is
    no such expression or the story has placed nothing it could be told from."""
    m = _told_from_the_story(text)
    if m is None:
        return None
    period = m.group("period") or ("year" if m.group("season") or m.group("named_month") else "day")
    reach = {"day": ("day", "time"), "week": ("day", "time", "week"), "month": ("day", "time", "month"),
             "year": ("day", "time", "month", "year")}[period]
    told = next((r for r in reversed(story) if r.granularity in reach and r.value is not None), None)
    if told is None:
        return None
    step = 1 if m.group("period") else _STEPS.get(m.group("step") or m.group("side") or "", 0)
    if period == "year":
        year = int(told.value[:4]) + step
        # ("In 2008 … In her Nobel lecture that December": the month of the year the story is in)
        if m.group("named_month"):
            return _placed(f"{year:04d}-{_MONTHS[m.group('named_month')]:02d}", "month", published)
        if m.group("season"):
            return _placed(f"{year:04d}-{_SEASONS[m.group('season')]}", "season", published, southern=southern)
        return _placed(f"{year:04d}", "year", published)
    if period == "month":
        year, month = month_shift(int(told.value[:4]), int(told.value[5:7]), step)
        return _placed(f"{year:04d}-{month:02d}", "month", published)
    day = date.fromisoformat(told.value) if told.granularity != "week" \
        else date.fromisocalendar(int(told.value[:4]), int(told.value[6:]), 1)
    if period == "week":
        return _placed(_iso_week(day + timedelta(weeks=step)), "week", published)
    # ("later that day", "the next morning": a time in the day)
    whole_day = (m.group("part") or m.group("step_part") or m.group("side_part") or "day") == "day" \
        and not m.group().startswith(("later", "earlier"))
    return _placed((day + timedelta(days=step)).isoformat(), "day" if whole_day else "time", published)


def _year_carried(span: Span, tense: str | None, times: list[TimeExpression],
                  published: date | None) -> Resolution | None:
    """ "I put mine in writing in March 2026, and I left the company in June": a month named alone, in a clause
    told in the past, after a date of the same sentence that printed its year, and not before that date's month, is
    of that year (not "was elected in May 2015 and said the vote in June would be decisive")."""
    m = _MONTH_ALONE.match(span.text.lower())
    previous = times[-1] if times else None
    if tense != "past" or m is None or m.group("mod") or previous is None or previous.value is None \
            or previous.granularity not in ("day", "month") or previous.start < span.sent.start_char \
            or not _YEAR_PRINTED.search(previous.text):
        return None
    month = _MONTHS[m.group("month")]
    if month < int(previous.value[5:7]):
        return None
    return _placed(f"{previous.value[:4]}-{month:02d}", "month", published)


_YEAR_PRINTED = re.compile(r"\b[12]\d{3}\b")


def _narrative(span: Span, tense: str | None) -> bool:
    """ "Putin later appointed him": in past narration, a word that orders the story's events dates nothing."""
    vague = _vague_words().get(span.text.lower())
    return tense == "past" and vague is not None and vague.follows_tense


_ROUGHLY = frozenset({"about", "around", "approximately", "roughly", "circa"})


def _trimmed(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (doc[start].lower_ in _LEADING_WORDS
                               or doc[start].lower_ in ("early", "late") and doc[start + 1].lower_ == "as"
                               or doc[start].lower_ in ("least", "most", "earliest", "latest")
                               and start > 0 and doc[start - 1].lower_ == "at"):
        start += 1  # "(as) early as next month" is next month, "(at) least Thursday" Thursday
    if end - start > 1 and doc[start].lower_ in _ROUGHLY:
        start += 1  # "(about) 8 p.m."
    if end - start > 3 and doc[start].lower_ == "no" and doc[start + 1].lower_ in ("earlier", "later") \
            and doc[start + 2].lower_ == "than":
        start += 3
    while end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _south_of_the_tropics(doc: Doc) -> bool:
    """Whether the story is set where the seasons are the southern ones: of the places and peoples it names, as
    the entity step found them, two at least and half are ("Victoria's east", "crews from New South Wales",
    "the Victorian fires"; the towns a local story names are mostly in no list)."""
    southern = lexicons.words("southern_places")
    named = {c.name.lower() for c in doc._.entity_clusters or () if c.type in ("GPE", "LOC", "NORP")}
    south = named & southern
    return len(south) >= 2 and 2 * len(south) >= len(named)


# The words that place a day by the moment they are said in.
_SAID_DAYS = frozenset({"today", "tonight", "yesterday", "tomorrow", "last night", "this morning", "this afternoon",
                        "this evening"})


def _said_the_evening_before(times: list[TimeExpression], text: str,
                             published: date | None) -> list[TimeExpression]:
    """ "survived a vote on Wednesday night" in Thursday's paper: a story of the evening before its date, whose
    quotes were spoken then, so that their "tonight" and "today" are that evening's day, not the paper's."""
    if published is None:
        return times
    evening = published - timedelta(days=1)
    placed = [t for t in times if t.granularity in ("day", "time") and t.value != published.isoformat()]
    story = placed[0] if placed else None
    if story is None or story.value != evening.isoformat() \
            or not re.search(r"\b(?:night|evening)$", story.text.lower()) or story.text.lower() == "overnight":
        return times
    quotations = find_quotations(text)
    shifted = []
    for time in times:
        said = _normalise(time.text)
        if said in _SAID_DAYS and any(q.start <= time.start and time.end <= q.end for q in quotations):
            found = resolve(said, evening)
            time = TimeExpression(time.start, time.end, time.text,
                                  *_placed(found.value, found.granularity, published))
        shifted.append(time)
    return shifted


@Language.factory("newsgraph_times", assigns=["doc._.times"], requires=["doc.ents"])
class TimeTagger:
    """Sets ``doc._.times``: the article's time expressions, resolved against ``doc._.published``.

    Candidates are NER DATE and TIME entities (a DATE directly followed by a TIME, as in "Tuesday
    afternoon", is one expression), the phrases of ``lexicons/time_*.txt`` and the patterns for what NER
    misses. Expressions that place nothing in time (ages, frequencies, bare durations, NER mistakes) are
    dropped first; of those left, where they overlap the longest wins. Vague ones with a direction ("soon")
    are kept.
    """

    version = "45"

    def __init__(self, nlp: Language, name: str = "newsgraph_times") -> None:
        self.name = name
        for attribute in ("published", "times"):
            if not Doc.has_extension(attribute):
                Doc.set_extension(attribute, default=None, force=True)
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._matcher.add("VAGUE", list(nlp.tokenizer.pipe(_vague_words())))
        self._matcher.add("ANCHORED", list(nlp.tokenizer.pipe(_anchored_phrases())))
        self._vague_key = nlp.vocab.strings["VAGUE"]

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        southern = _south_of_the_tropics(doc)
        said_as: dict[tuple[int, int], str] = {}
        tenses: dict[tuple[int, int], str | None] = {}
        kept = []
        # A candidate that places nothing ("the week to Oct. 10" as a whole) must not hide a shorter one inside it.
        for span in self._candidates(doc, said_as):
            if _generic(span) or _told_from_an_event(span) or _SCHOOL_YEAR.match(span.text) or _spring_of_water(span):
                continue
            key = (span.start, span.end)
            tenses[key] = tense = _clause_tense(span)
            # ("after the driest January in more than 40 years": a month that set a record, told as what came
            # before, is one gone by; not "could be the hottest July on record")
            if span.start > 2 and doc[span.start - 1].tag_ == "JJS" and span[0].lower_ in _MONTHS \
                    and doc[span.start - 2].lower_ == "the" and doc[span.start - 3].lower_ in _AFTER_A_RECORD:
                tenses[key] = tense = "past"
            # ("they stay on until sunrise": a habit, any day's)
            if span.text.lower() in _SUN_WORDS and tense not in ("past", "future", "expected"):
                continue
            try:
                found = resolve(said_as.get(key, span.text), published, tense=tense, southern=southern)
            except (OverflowError, ValueError):  # a date the calendar cannot reach from this publication date
                continue
            if found != _NOTHING and not _narrative(span, tense):
                kept.append(span)
        times = []
        text = doc_text(doc)
        anchor: date | None = None
        anchored_at = 0
        story: list[Resolution] = []
        spans = _with_weeks_joined(sorted(filter_spans(kept), key=lambda s: s.start), said_as, tenses, published)
        for span in _with_days_joined(spans, said_as, tenses):
            key = (span.start, span.end)
            if text.rfind("\n\n", 0, span.start_char) >= anchored_at:
                anchor = None  # a new paragraph may tell of another day
            told = _from_the_story(said_as.get(key, span.text), story, published, southern) \
                or _year_carried(span, tenses[key], times, published)
            if told is not None and told.granularity == "day" and key in said_as:
                told = told._replace(granularity="time")  # ("at 9am the following day")
            found = told or resolve(said_as.get(key, span.text), published, tense=tenses[key], anchor=anchor,
                                    southern=southern)
            # (A clock time or part of day that names no day and found none placed before it in its paragraph, "at
            # midday" in a doctor's account of the fields, is on the publication date by default: no day the story
            # has moved to, for "the following morning" to be told from.)
            defaulted = found.granularity == "time" and told is None and anchor is None \
                and not _NAMES_A_DAY.search(span.text)
            # (nor is the day a count runs from, for this or a later time of day: "23 people had been admitted since
            # Monday")
            counted_from = span.start > 0 and doc[span.start - 1].lower_ == "since"
            if found.value is not None and not defaulted and not counted_from:
                story.append(found)
            times.append(TimeExpression(span.start_char, span.end_char, span.text, *found))
            # (A night is no day the story moves to: "expected to fall overnight … arrested overnight" are two nights.)
            if found.granularity in ("day", "time") and found.value is not None and span.text.lower() != "overnight" \
                    and not counted_from:
                anchor, anchored_at = date.fromisoformat(found.value), span.end_char
        doc._.times = _said_the_evening_before(times, text, published)
        return doc

    def _candidates(self, doc: Doc, said_as: dict[tuple[int, int], str]) -> list[Span]:
        spans: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in _NER_LABELS:
                continue
            previous = spans[-1] if spans else None
            if previous and previous.end == ent.start and (previous.label_, ent.label_) == ("DATE", "TIME"):
                spans[-1] = Span(doc, previous.start, ent.end, label="TIME")
            else:
                spans.append(ent)
        spans = [_trimmed(span) for span in spans]
        tagged = doc.has_annotation("POS")
        for key, start, end in self._matcher(doc):
            # Single adjectives and comparisons are not times: "an earlier ruling", "earlier than hoped".
            if key == self._vague_key and end - start == 1 and (
                    (tagged and doc[start].pos_ not in ("ADV", "")) or _comparison(doc, start)):
                continue
            # ("an overnight stay": a word of time describing a thing)
            if end - start == 1 and doc[start].dep_ == "amod":
                continue
            spans.append(doc[start:end])
        for match in _PATTERNS.finditer(doc_text(doc)):
            if (span := doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None \
                    and not _joining_a_clause(span):
                spans.append(span)
        # A month by name, with "last" or "next" before it, inside a longer date the model saw that places nothing
        # as a whole: "every single day since June", "in the year to last July", "between February and March".
        # (not where the date prints a year the month alone would lose, "the June quarter of 2022", or names a
        # period after its month: "the June quarter")
        dated = {t.i for ent in doc.ents if ent.label_ == "DATE" and any(_YEAR_TOKEN.fullmatch(t.text) for t in ent)
                 for t in ent}
        for token in doc_tokens(doc):
            if token.is_title and token.text.lower().rstrip(".") in _MONTHS and token.ent_type_ == "DATE" \
                    and token.pos_ == "PROPN" and token.i not in dated \
                    and not (token.dep_ == "compound" and token.head.lemma_.lower() in _PERIODS_NAMED_BY_MONTH):
                before = doc[token.i - 1] if token.i > 0 else None
                shifted = before is not None and before.lower_ in ("last", "next", "this")
                spans.append(doc[token.i - 1 if shifted else token.i : token.i + 1])
        for match in (*_SUN.finditer(doc_text(doc)), *_THE_SEASON.finditer(doc_text(doc)),
                      *_SEASON_OF_YEAR.finditer(doc_text(doc))):
            if (span := doc.char_span(match.start("when"), match.end("when"))) is not None:
                spans.append(span)
        listed = []
        for match in _DAY_LIST.finditer(doc_text(doc)):
            offset = match.start("more")
            for number in re.finditer(r"\d{1,2}", match.group("more")):
                span = doc.char_span(offset + number.start(), offset + number.end())
                if span is not None:
                    said_as[(span.start, span.end)] = f"{match.group('month')} {number.group()}"
                    listed.append(span)
        for match in _MONTH_PAIR.finditer(doc_text(doc)):
            first = doc.char_span(match.start("first"), match.end("first"))
            second = doc.char_span(match.start("second"), match.end())
            months = [_MONTHS[match.group(g).lower().rstrip(".")] for g in ("first", "second")]
            if first is not None and second is not None and doc._.published is not None:
                # ("between November and February this year": the first month is of the year before)
                named = int(match.group("year")) if match.group("year") \
                    else doc._.published.year + _YEAR_SHIFT[match.group("which")]
                year = named - (months[0] > months[1])
                said_as[(first.start, first.end)] = f"{match.group('first')} {year}"
                listed += [first, second]
        spans = [s for s in spans if not any(s.start < d.end and d.start < s.end for d in listed)] + listed
        # "took effect in 2022", "until 2035": a year the model calls a number, after a preposition of time.
        for token in doc_tokens(doc):
            # Also inside a DATE: "between 2019 and 2021" as a whole places nothing, and the longest span wins.
            if _YEAR_TOKEN.fullmatch(token.text) and token.i > 0 and _names_a_year(token):
                spans.append(doc[token.i : token.i + 1])
        # "may", "the march": a month needs its capital.
        return [s for s in spans if not (len(s) == 1 and s.text.lower() in _MONTHS and s.text.islower())]
