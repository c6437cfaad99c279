"""Property tests: whatever is saved comes back equal, and saving again changes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.identity import identity_keys
from newsgraph.model import (
    QUOTE_TYPES,
    Analysis,
    Article,
    Entity,
    EntityRef,
    Event,
    Quote,
    Removed,
    Role,
    Span,
    TimeExpression,
)
from newsgraph.store import SaveStatus, open_store

words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
                min_size=1, max_size=12)


@st.composite
def analyses(draw):
    text = " ".join(draw(st.lists(words, min_size=3, max_size=40)))

    def span():
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start, len(text)))
        return Span.of(text, start, end)

    names = draw(st.lists(st.sampled_from(["Ada Lovelace", "Lovelace", "Mr. Babbage", "Charles Babbage",
                                           "Acme Corp", "Ruritania"]), max_size=4, unique=True))
    entities = tuple(
        Entity(f"e{i}", name, "ORG" if name in ("Acme Corp", "Ruritania") else "PERSON",
               roles=tuple(Role(draw(words), span(), draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))),
               mentions=tuple(span() for _ in range(draw(st.integers(0, 3)))))
        for i, name in enumerate(names))
    refs = [EntityRef(e.id, e.name) for e in entities]
    maybe_ref = st.sampled_from(refs) if refs else st.none()
    quotes = tuple(
        Quote(kind=draw(st.sampled_from(["direct", "indirect", "mixed"])),
              content=tuple(span() for _ in range(draw(st.integers(1, 3)))),
              cue=draw(st.none() | st.just(span())), source=draw(st.none() | st.just(span())),
              speaker=draw(st.none() | maybe_ref) if refs else None,
              about=tuple(draw(st.lists(st.sampled_from(refs), unique=True, max_size=2))) if refs else (),
              when=draw(st.none() | st.just("2025-03-18")), confidence=draw(st.floats(0, 1)),
              type=draw(st.sampled_from(QUOTE_TYPES)))
        for _ in range(draw(st.integers(0, 3))))
    times = tuple(
        TimeExpression(s.start, s.end, s.text, draw(st.none() | st.just("2025-03")), "month",
                       draw(st.none() | st.just("before")))
        for s in (span() for _ in range(draw(st.integers(0, 2)))))
    events = tuple(Event(draw(st.sampled_from(["meet", "appoint"])), tuple(refs[:2]),
                         draw(st.none() | st.sampled_from(["2025-03-18", "future"])), first,
                         draw(st.sampled_from(["happened", "planned", "possible"])), draw(st.none() | words),
                         (first, *(span() for _ in range(draw(st.integers(0, 2))))))
                   for first in (span() for _ in range(draw(st.integers(0, 2)))))
    removed = tuple(Removed(0, 5, "xxxxx", "appeal") for _ in range(draw(st.integers(0, 1))))
    article = Article(text=text, title=draw(st.none() | words), published=draw(st.none() | st.dates()),
                      language="en", url=None, outlet=draw(st.none() | words),
                      authors=tuple(draw(st.lists(words, max_size=2))))
    return Analysis(article=article, removed=removed, quotes=quotes, entities=entities, times=times,
                    events=events, pipeline_version=draw(st.sampled_from(["v1", "v2"])),
                    warnings=tuple(draw(st.lists(words, max_size=2))))


def check_round_trip(store, analysis):
    keys = identity_keys(analysis.article.text)
    assert store.save(analysis, source="doc", keys=keys).status is SaveStatus.STORED
    loaded = store.analysis(keys.article_id)
    assert loaded == replace(analysis, article=replace(analysis.article, id=keys.article_id))
    before = (store.stats(), store.quotes(), store.articles()[0].ingested_at)
    assert store.save(analysis, source="doc", keys=keys).status is SaveStatus.UNCHANGED
    assert (store.stats(), store.quotes(), store.articles()[0].ingested_at) == before


@settings(max_examples=60, deadline=None)
@given(analysis=analyses())
def test_save_load_round_trip_and_idempotent_resave(analysis):
    with open_store(":memory:") as store:
        check_round_trip(store, analysis)


@pytest.mark.postgres
def test_save_load_round_trip_and_idempotent_resave_on_postgres(postgres_server):
    url = postgres_server.create_database("round_trip")

    @settings(max_examples=25, deadline=None)
    @given(analysis=analyses())
    def round_trip(analysis):
        with open_store(url) as store:
            store._db.execute("DROP SCHEMA public CASCADE")
            store._db.execute("CREATE SCHEMA public")
        with open_store(url) as store:
            check_round_trip(store, analysis)

    round_trip()
