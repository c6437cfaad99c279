"""The records newsgraph produces: frozen dataclasses, plain values, JSON-ready via ``to_dict``.

Every span is a character range into ``Article.text`` (the one stored text, never rewritten after
extraction), except ``Removed`` spans, which point into the raw input the article was cut from.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

QUOTE_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Removed:
    """A stretch of the input that is not article body (an appeal, a newsletter box, a credit line)."""

    start: int
    end: int
    text: str
    reason: str


#: The years a publication date may fall in: "0001-01-01", many exports' "no date", is none.
PUBLICATION_YEARS = range(1800, 2200)


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    published: date | None = None
    #: The latest day the page says it was changed on (its metadata, or a printed "Updated" line), when that
    #: is not its publication day. An article with no publication date reads its "Tuesday" against it.
    modified: date | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    id: str | None = None


@dataclass(frozen=True)
class EntityRef:
    id: str
    name: str


@dataclass(frozen=True)
class Role:
    title: str
    span: Span
    #: The article says the role was held, not that it still is: "former senator", "ex-chairman", "was a senator
    #: until 2024", "served as ambassador".
    former: bool = False


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    roles: tuple[Role, ...] = ()
    mentions: tuple[Span, ...] = ()


#: What a quote reports (``Quote.type``): something said or written, a belief, an intention, or another act
#: the article attributes to its source ("voted against the measure"), which PolNeAR's scheme counts too.
QUOTE_TYPES = ("statement", "belief", "intention", "other")
#: The types a "who said what" view shows unless asked for more.
SAID = ("statement", "belief", "intention")


@dataclass(frozen=True)
class Quote:
    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    speaker: EntityRef | None
    about: tuple[EntityRef, ...] = ()
    when: str | None = None
    confidence: float = 0.5
    type: str = "statement"  # what it reports: statement, belief, intention or other (an act)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    relation: str | None = None


@dataclass(frozen=True)
class Event:
    """Something the article tells as done, planned or possible (kinds: ``lexicons/event_triggers.txt``), with the
    people and bodies taking part; ``span`` is the first word that tells it, ``mentions`` every one."""

    kind: str
    participants: tuple[EntityRef, ...]
    when: str | None = None  # ISO value as a time expression's, "future", "past", or None when not told
    span: Span | None = None
    status: str = "happened"  # happened, planned or possible
    role: str | None = None  # the post, for an appointment, election, resignation or dismissal
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Analysis:
    article: Article
    removed: tuple[Removed, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    pipeline_version: str = ""
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return _plain(dataclasses.asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class RawDocument:
    """One document as read by ingest, before extraction.

    ``source`` says where it came from (a path, a URL, ``path.warc.gz#record-offset``,
    ``export.jsonl:12``) so a failure can be traced back. ``data`` is bytes as read or text already
    decoded; ``content_type`` is ``"text/html"``, ``"text/plain"`` or ``None`` to detect.
    """

    source: str
    data: bytes | str
    content_type: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # what was wrong with the metadata that came with it (and was ignored)


@dataclass(frozen=True)
class Extracted:
    """What extraction hands to the NLP stage: the article and the stretches cut from its input."""

    article: Article
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()
