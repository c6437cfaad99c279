"""Run the NLP stage over gold articles and turn each Analysis into a scorer prediction.

Gold offsets index the gold ``text`` exactly as given, so each text goes to the NLP stage as the
article body itself (no extraction, no boilerplate stripping), unless the gold marks it as scraped
(``meta.scraped``: a page as users feed it, headline and web junk included), when it goes through the
whole pipeline. Where the analysed text differs from the gold text, the predicted spans are mapped back
onto the gold text (a span inside a cut stretch shrinks to nothing) and the article says so.
"""

from __future__ import annotations

import bisect
import difflib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from newsgraph.batch.pool import batched
from newsgraph.config import Settings
from newsgraph.errors import ModelError
from newsgraph.model import Analysis, Article, Extracted, RawDocument, Removed, Span
from newsgraph.pipeline import extract_document

log = logging.getLogger(__name__)


def _pieces(spans: Iterable[Span | None]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans if s is not None]


def analysis_to_prediction(doc_id: str, analysis: Analysis) -> dict[str, Any]:
    """One prediction record in the gold JSONL shape; ``speaker`` and ``type`` are extra, ignored by the scorer,
    and so are ``times`` (the time expressions, for ``eval times``), ``events`` (for ``eval events``) and
    ``removed`` (the stretches of the input cut as boilerplate, offsets into the input).

    PolNeAR marks a follow-on quotation (no cue, no source of its own) as another content piece of
    the attribution before it, where newsgraph reports it as a quote of its own with the same speaker
    (one with another speaker, the next turn of a question-and-answer exchange, stays an attribution).
    """
    attributions: list[dict[str, Any]] = []
    for q in analysis.quotes:
        speaker = q.speaker.name if q.speaker else None
        if q.cue is None and q.source is None and attributions and attributions[-1]["speaker"] == speaker:
            attributions[-1]["content"] += _pieces(q.content)
            continue
        attributions.append({
            "source": _pieces([q.source]),
            "cue": _pieces([q.cue]),
            "content": _pieces(q.content),
            "speaker": speaker,
            "type": q.type,
        })
    times = [{"start": t.start, "end": t.end, "value": t.value, "granularity": t.granularity, "relation": t.relation}
             for t in analysis.times]
    events = [{"kind": e.kind, "triggers": _pieces(e.mentions), "participants": [p.name for p in e.participants],
               "when": e.when, "status": e.status, "role": e.role} for e in analysis.events]
    removed = [{"start": r.start, "end": r.end, "reason": r.reason} for r in analysis.removed]
    return {"id": doc_id, "attributions": attributions, "times": times, "events": events, "removed": removed}


def span_mapper(analysed: str, gold: str) -> Callable[[int, int], tuple[int, int]]:
    """Map spans in ``analysed`` to ``gold``: exact inside unchanged stretches, clamped inside edits.

    A span's end is mapped as the end of its last character, so a span that ends where text was cut
    (a headline's cue just before a removed byline) does not stretch over the cut text.
    """
    blocks = difflib.SequenceMatcher(None, analysed, gold, autojunk=False).get_opcodes()
    starts = [b[1] for b in blocks]

    def block(offset: int) -> tuple[str, int, int, int, int]:
        return blocks[max(bisect.bisect_right(starts, offset) - 1, 0)]

    def span(start: int, end: int) -> tuple[int, int]:
        _, a_start, a_end, g_start, g_end = block(start)
        gold_start = g_start + min(start - a_start, g_end - g_start) if start < a_end else g_end
        if end <= start:
            return gold_start, gold_start
        _, a_start, _, g_start, g_end = block(end - 1)
        return gold_start, max(gold_start, g_start + min(end - a_start, g_end - g_start))

    return span


def _without_removed(gold: str, removed: Iterable[Removed]) -> tuple[str, list[int]]:
    """``gold`` without the removed stretches, and each kept character's offset in ``gold``."""
    kept: list[str] = []
    positions: list[int] = []
    start = 0
    for stretch in sorted(removed, key=lambda r: r.start):
        kept.append(gold[start:stretch.start])
        positions.extend(range(start, stretch.start))
        start = max(start, stretch.end)
    kept.append(gold[start:])
    positions.extend(range(start, len(gold)))
    return "".join(kept), positions


def remap_prediction(prediction: dict[str, Any], analysed: str, gold: str,
                     removed: Iterable[Removed] = ()) -> dict[str, Any]:
    """The prediction with every span moved from the analysed text onto the gold text.

    The stretches extraction cut (``removed``, offsets into ``gold``) are taken out of the gold text
    before the two are aligned: a character alignment alone may match the "A" of a cut "Advertisement"
    line with the "A" that opens the next paragraph.
    """
    kept, positions = _without_removed(gold, removed)
    to_kept = span_mapper(analysed, kept)

    def span(start: int, end: int) -> tuple[int, int]:
        kept_start, kept_end = to_kept(start, end)
        gold_start = positions[kept_start] if kept_start < len(positions) else len(gold)
        return gold_start, positions[kept_end - 1] + 1 if kept_end > kept_start else gold_start

    roles = ("source", "cue", "content")
    return {
        **prediction,
        "attributions": [{**a, **{role: [list(span(s, e)) for s, e in a[role]] for role in roles}}
                         for a in prediction["attributions"]],
        "times": [{**t, **dict(zip(("start", "end"), span(t["start"], t["end"]), strict=True))}
                  for t in prediction.get("times", [])],
        "events": [{**e, "triggers": [list(span(s, t)) for s, t in e["triggers"]]}
                   for e in prediction.get("events", [])],
    }


@dataclass(frozen=True)
class ArticleResult:
    """The prediction for one gold article; ``error`` is set (and the prediction empty) if it failed."""

    id: str
    prediction: dict[str, Any]
    words: int
    error: str | None = None
    warnings: tuple[str, ...] = ()


def _published(doc: Mapping[str, Any]) -> date | None:
    value = (doc.get("meta") or {}).get("publication_date")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def predict_article(doc: Mapping[str, Any], settings: Settings | None = None) -> ArticleResult:
    """Analyse one gold article (``{"id", "text", "meta"}``) and return its prediction.

    A failure of the article is recorded in the result; a model that cannot load fails the run.
    """
    [result] = predict_batch([doc], settings)
    return result


def predict_batch(docs: Sequence[Mapping[str, Any]], settings: Settings | None = None) -> list[ArticleResult]:
    """Analyse several gold articles at once (the model parses them together), each as ``predict_article``
    does."""
    from newsgraph.nlp import analyze_extracted_batch

    settings = settings or Settings.from_env()
    prepared = [_extracted(doc, settings) for doc in docs]
    ready = [item for item in prepared if not isinstance(item, Exception)]
    analysed = iter(analyze_extracted_batch(ready, settings=settings) if ready else [])
    return [_result(doc, item if isinstance(item, Exception) else next(analysed))
            for doc, item in zip(docs, prepared, strict=True)]


def _extracted(doc: Mapping[str, Any], settings: Settings) -> Extracted | Exception:
    """The article as the NLP stage gets it: a scraped page extracted, else its text as given."""
    if not (doc.get("meta") or {}).get("scraped"):
        article = Article(text=doc["text"], published=_published(doc), id=doc["id"], language="en")
        return Extracted(article=article)
    raw = RawDocument(source=doc["id"], data=doc["text"], published=_published(doc))
    try:
        return extract_document(raw, settings)
    except Exception as err:  # one bad page must not end a corpus run; it is reported instead
        return err


def _result(doc: Mapping[str, Any], outcome: Analysis | Exception) -> ArticleResult:
    doc_id, text = doc["id"], doc["text"]
    if isinstance(outcome, ModelError):
        raise outcome
    if isinstance(outcome, Exception):
        log.warning("%s: analysis failed: %s", doc_id, outcome, exc_info=outcome if log.isEnabledFor(logging.DEBUG)
                    else None)
        return ArticleResult(doc_id, {"id": doc_id, "attributions": []}, len(text.split()),
                             error=f"{type(outcome).__name__}: {outcome}")
    prediction = analysis_to_prediction(doc_id, outcome)
    warnings = tuple(outcome.warnings)
    if outcome.article.text != text:
        prediction = remap_prediction(prediction, outcome.article.text, text, outcome.removed)
        if not (doc.get("meta") or {}).get("scraped"):
            warnings += ("analysed text differs from the gold text; spans were mapped back",)
    return ArticleResult(doc_id, prediction, len(text.split()), warnings=warnings)


def predict(docs: Iterable[Mapping[str, Any]], *, jobs: int = 1,
            settings: Settings | None = None) -> Iterator[ArticleResult]:
    """Predict every article, in input order, a batch at a time; ``jobs > 1`` spreads the batches over
    worker processes.

    Each worker loads the model once, on its first batch (the NLP stage keeps it per process).
    """
    task = partial(predict_batch, settings=settings)
    batches = batched(docs, lambda doc: len(doc["text"]))
    if jobs <= 1:
        for batch in batches:
            yield from task(batch)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # chunksize 1: article lengths vary tenfold, so small chunks keep both workers busy.
        for results in pool.map(task, batches, chunksize=1):
            yield from results
