"""Hand-built analyses for store tests: no model is loaded anywhere here."""

from __future__ import annotations

from datetime import date

from newsgraph.model import Analysis, Article, Entity, EntityRef, Quote, Role, Span


def span_of(text: str, part: str, start: int = 0) -> Span:
    i = text.index(part, start)
    return Span.of(text, i, i + len(part))


def build_analysis(text: str, *, people: dict[str, list[str]] | None = None,
                   quotes: list[tuple[str, str, str]] = (), roles: dict[str, list[str]] | None = None,
                   about: dict[str, list[str]] | None = None, orgs: dict[str, list[str]] | None = None,
                   published: date | None = date(2025, 3, 18), outlet: str | None = "Daily Ledger",
                   url: str | None = None, title: str | None = "A story",
                   version: str = "test-1") -> Analysis:
    """``people``: entity name -> mention strings; ``quotes``: (speaker name, content, cue) triples."""
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for kind, group in (("PERSON", people or {}), ("ORG", orgs or {})):
        for name, mentions in group.items():
            local = f"e{len(entities)}"
            ids[name] = local
            entity_roles = tuple(Role(title, span_of(text, title)) for title in (roles or {}).get(name, ()))
            spans = tuple(span_of(text, m) for m in mentions)
            entities.append(Entity(local, name, kind, entity_roles, spans))
    built = []
    for speaker, content, cue in quotes:
        refs = tuple(EntityRef(ids[n], n) for n in (about or {}).get(content, ()))
        built.append(Quote(kind="direct", content=(span_of(text, content),), cue=span_of(text, cue),
                           source=span_of(text, speaker.split()[-1]),
                           speaker=EntityRef(ids[speaker], speaker),
                           about=refs, when=None, confidence=0.9))
    article = Article(text=text, title=title, published=published, language="en", url=url, outlet=outlet)
    return Analysis(article=article, quotes=tuple(built), entities=tuple(entities), pipeline_version=version)
