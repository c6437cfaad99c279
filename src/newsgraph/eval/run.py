"""One evaluation run: predict every gold article, then score overall and per quoted/unquoted view."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from newsgraph.config import Settings
from newsgraph.eval.attribution import Scores, score, score_speakers
from newsgraph.eval.events import EventScores, score_events
from newsgraph.eval.predict import ArticleResult, predict
from newsgraph.eval.times import TimeScores, score_times

#: The team's own annotated articles (written for newsgraph, PolNeAR conventions).
OWN_GOLD = Path(__file__).parent / "data" / "attribution.jsonl"
#: Written apart from the rules, after them, and never used to change one: the honest own figure.
OWN_HELDOUT = Path(__file__).parent / "data" / "attribution-heldout.jsonl"
#: The review rounds' articles (written blind by reviewers, then used to fix what they showed), analysed
#: as scraped pages: headline, web junk and all.
OWN_REVIEWED = Path(__file__).parent / "data" / "attribution-reviewed.jsonl"
#: The time expressions of review rounds 13 to 18's pages, annotated blind (``newsgraph eval times``).
OWN_TIMES = Path(__file__).parent / "data" / "times-reviewed.jsonl"
#: The events of review rounds' pages, annotated blind (``newsgraph eval events``; ``reviewed/EVENTS.md``).
OWN_EVENTS = Path(__file__).parent / "data" / "events-reviewed.jsonl"
#: ``newsgraph eval attribution --set NAME`` -> (gold file, what to call it).
OWN_SETS: dict[str, tuple[Path, str]] = {"own": (OWN_GOLD, "own gold set"),
                                         "heldout": (OWN_HELDOUT, "own held-out set"),
                                         "reviewed": (OWN_REVIEWED, "reviewed set")}

#: View name -> scorer filter: everything, contents with a quotation mark, contents without one.
VIEWS: dict[str, str | None] = {"all": None, "quoted": "quoted", "unquoted": "unquoted"}


@dataclass(frozen=True)
class _Run:
    """The articles one evaluation predicted, each with its prediction or the error that stopped it."""

    results: tuple[ArticleResult, ...]

    @property
    def failures(self) -> tuple[ArticleResult, ...]:
        return tuple(r for r in self.results if r.error)

    def failed(self) -> list[dict[str, str | None]]:
        return [{"id": r.id, "error": r.error} for r in self.failures]


@dataclass(frozen=True)
class EvalRun(_Run):
    scores: dict[str, Scores]
    seconds: float
    #: Per view, resolved-speaker agreement (``score_speakers``); empty when the gold names no speakers.
    speakers: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        return len(self.results) / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return sum(r.words for r in self.results) / self.seconds if self.seconds else 0.0

    def metric(self, view: str, name: str, part: str = "f1") -> float:
        """One figure, e.g. ``metric("quoted", "content.soft")`` is the quoted content soft F1."""
        metrics = self.scores[view].metrics
        return (metrics[name] if name in metrics else self.speakers[view][name])[part]

    def to_dict(self) -> dict[str, Any]:
        return {
            **{view: {**s.metrics, **self.speakers.get(view, {})} for view, s in self.scores.items()},
            "articles": len(self.results),
            "failed": self.failed(),
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 3),
            "words_per_second": round(self.words_per_second, 1),
        }


def _predict_all(gold: Mapping[str, Mapping[str, Any]], jobs: int, settings: Settings | None,
                 on_result: Callable[[ArticleResult], None] | None) -> tuple[list[ArticleResult], float]:
    started = time.perf_counter()
    results = []
    for result in predict(gold.values(), jobs=jobs, settings=settings):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results, time.perf_counter() - started


def evaluate(gold: Mapping[str, Mapping[str, Any]], *, jobs: int = 1, settings: Settings | None = None,
             views: tuple[str, ...] = tuple(VIEWS),
             on_result: Callable[[ArticleResult], None] | None = None) -> EvalRun:
    """Predict each gold article (``on_result`` sees each as it arrives) and score it in each view."""
    results, seconds = _predict_all(gold, jobs, settings, on_result)
    predictions = {r.id: r.prediction for r in results}
    scores = {view: score(gold, predictions, only=VIEWS[view]) for view in views}
    speakers = {view: found for view in views
                if (found := score_speakers(gold, predictions, only=VIEWS[view])) is not None}
    return EvalRun(tuple(results), scores, seconds, speakers)


@dataclass(frozen=True)
class _ScoredRun(_Run):
    """A run scored once over all its articles, with a table by gold category (``BY`` names it)."""

    scores: Any
    seconds: float
    BY: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        s = self.scores
        return {**s.metrics, "gold": s.gold, "predicted": s.predicted, "gold_in_removed": s.in_removed,
                self.BY: getattr(s, self.BY), "articles": len(self.results), "failed": self.failed(),
                "seconds": round(self.seconds, 3)}


@dataclass(frozen=True)
class TimesRun(_ScoredRun):
    scores: TimeScores
    BY: ClassVar[str] = "by_granularity"


@dataclass(frozen=True)
class EventsRun(_ScoredRun):
    scores: EventScores
    BY: ClassVar[str] = "by_kind"


def evaluate_times(gold: Mapping[str, Mapping[str, Any]], *, jobs: int = 1, settings: Settings | None = None,
                   on_result: Callable[[ArticleResult], None] | None = None) -> TimesRun:
    """Predict each gold article and score its time expressions (gold records carry ``times``)."""
    results, seconds = _predict_all(gold, jobs, settings, on_result)
    return TimesRun(tuple(results), score_times(gold, {r.id: r.prediction for r in results}), seconds)


def evaluate_events(gold: Mapping[str, Mapping[str, Any]], *, jobs: int = 1, settings: Settings | None = None,
                    on_result: Callable[[ArticleResult], None] | None = None) -> EventsRun:
    """Predict each gold article and score its events (gold records carry ``events``)."""
    results, seconds = _predict_all(gold, jobs, settings, on_result)
    return EventsRun(tuple(results), score_events(gold, {r.id: r.prediction for r in results}), seconds)
