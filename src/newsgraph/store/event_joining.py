"""One event told by several articles: which stored tellings are the same event.

Outlets report the same meeting, arrest or ruling in their own words, on their own days, naming more or fewer of
the people in it. Two tellings are one event when they are of the same kind, the days they may be on overlap, and
the people of one are all among the people of the other (by the store's global entity ids). An event with one
known participant only joins another when both are dated: "Musk met someone last year" joins nothing. Two events
of one article are never one: its analysis already joined what it told twice.

A telling's days are its own date's first and last day; an undated one's are the week up to its article's day
(done, or of unknown time) or the month after it (to come), since news tells what has just happened or is next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

#: How far an undated telling reaches from its article's day: back for what is done, ahead for what is to come.
UNDATED_PAST = timedelta(days=7)
UNDATED_FUTURE = timedelta(days=30)


@dataclass(frozen=True)
class Telling:
    """What joining needs to know of one stored event."""

    article_id: str
    kind: str
    when: str | None  # the event's own date, "future", "past" or None
    first_day: date | None  # the event's own date's first day, else its article's day
    last_day: date | None
    participants: frozenset[str]  # global entity ids

    @property
    def dated(self) -> bool:
        return self.when not in (None, "future", "past") and self.first_day is not None

    def days(self) -> tuple[date, date] | None:
        if self.first_day is None or self.last_day is None:
            return None
        if self.dated:
            return self.first_day, self.last_day
        if self.when == "future":
            return self.first_day, self.last_day + UNDATED_FUTURE
        return self.first_day - UNDATED_PAST, self.last_day


def same_event(a: Telling, b: Telling) -> bool:
    if a.kind != b.kind or not a.participants or not b.participants:
        return False
    fewer, more = sorted((a.participants, b.participants), key=len)
    if not fewer <= more or len(fewer) == 1 and not (a.dated and b.dated):
        return False
    days_a, days_b = a.days(), b.days()
    return days_a is not None and days_b is not None and days_a[0] <= days_b[1] and days_b[0] <= days_a[1]


def join_tellings(tellings: Sequence[Telling]) -> list[list[int]]:
    """Groups of indices into ``tellings`` (in the store's order, by first day), each one event, in the order of
    each group's first telling. A telling joins the first group every telling of which it is the same event as
    (so "Putin" alone does not chain Putin's appointment of one envoy to his appointment of another)."""
    groups: list[list[int]] = []
    # (only groups of the same kind with someone in common can be the same event, and only while their days last)
    by_participant: dict[tuple[str, str], set[int]] = {}
    last_day: list[date] = []
    for i, telling in enumerate(tellings):
        days = telling.days()
        candidates: set[int] = set()
        for pid in telling.participants if days is not None else ():
            keyed = by_participant.get((telling.kind, pid), set())
            # (tellings come by first day: a group over well before this one's days is over for every later one)
            keyed -= {g for g in keyed if last_day[g] < days[0] - UNDATED_PAST}
            candidates |= {g for g in keyed if last_day[g] >= days[0]}
        found = next((g for g in sorted(candidates) if all(tellings[j].article_id != telling.article_id
                                                   and same_event(tellings[j], telling) for j in groups[g])), None)
        if found is None:
            found = len(groups)
            groups.append([])
            last_day.append(date.min)
        groups[found].append(i)
        if days is not None:
            last_day[found] = max(last_day[found], days[1])
        for pid in telling.participants:
            by_participant.setdefault((telling.kind, pid), set()).add(found)
    return groups
