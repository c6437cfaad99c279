"""The one place where spaCy objects become newsgraph records."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import Analysis, Entity, EntityRef, Event, Extracted, Quote, Role, Span
from newsgraph.nlp.entities import Cluster
from newsgraph.nlp.syntax import doc_text


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _ref(cluster: Cluster | None) -> EntityRef | None:
    return EntityRef(cluster.id, cluster.name) if cluster is not None else None


def doc_to_analysis(doc: Doc, extracted: Extracted, *, version: str, warnings: tuple[str, ...] = ()) -> Analysis:
    text = doc_text(doc)
    entities = tuple(
        Entity(
            id=c.id,
            name=c.name,
            type=c.type,
            roles=tuple(Role(r.title, _span(text, r.start, r.end), r.former) for r in c.roles),
            mentions=tuple(_span(text, doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text))
                           for m in c.mentions),
        )
        for c in doc._.entity_clusters or []
    )
    quotes = tuple(
        Quote(
            kind=a.kind,
            content=tuple(_span(text, s, e) for s, e in a.content),
            cue=_span(text, *a.cue) if a.cue else None,
            source=_span(text, *a.source) if a.source else None,
            speaker=_ref(a.speaker),
            about=tuple(_ref(c) for c in a.about),
            when=a.when,
            confidence=a.confidence,
            type=a.type,
        )
        for a in doc._.attributions or []
    )
    return Analysis(
        article=extracted.article,
        removed=extracted.removed,
        quotes=quotes,
        entities=entities,
        times=tuple(doc._.times or ()),
        events=tuple(
            Event(
                kind=e.kind,
                participants=tuple(EntityRef(c.id, c.name) for c in e.participants),
                when=e.when,
                span=_span(text, *e.triggers[0]),
                status=e.status,
                role=e.role,
                mentions=tuple(_span(text, s, t) for s, t in e.triggers),
            )
            for e in doc._.events or []
        ),
        pipeline_version=version,
        warnings=warnings,
    )
