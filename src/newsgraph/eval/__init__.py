"""Scoring and annotation formats: how well newsgraph finds who said what, and when.

``attribution`` scores predictions against PolNeAR-style gold, ``times`` time expressions against
annotated values, ``events`` events against annotated kinds, participants and dates; ``predict`` runs the
NLP stage over gold articles; ``run`` ties them together for the CLI and the quality gate. ``OWN_SETS`` are
the team's own annotated sets, shipped with the package so the metric works without external data.
"""

from __future__ import annotations

from newsgraph.errors import EvalDataError
from newsgraph.eval.attribution import Scores, load_jsonl, score, score_speakers
from newsgraph.eval.events import EventScores, score_events
from newsgraph.eval.predict import ArticleResult, analysis_to_prediction, predict, predict_article
from newsgraph.eval.run import (
           OWN_EVENTS,
           OWN_GOLD,
           OWN_HELDOUT,
           OWN_REVIEWED,
           OWN_SETS,
           OWN_TIMES,
           VIEWS,
           EvalRun,
           EventsRun,
           TimesRun,
           evaluate,
           evaluate_events,
           evaluate_times,
)
from newsgraph.eval.times import TimeScores, score_times

__all__ = ["OWN_EVENTS", "OWN_GOLD", "OWN_HELDOUT", "OWN_REVIEWED", "OWN_SETS", "OWN_TIMES", "VIEWS", "ArticleResult",
           "EvalDataError", "EvalRun", "EventScores", "EventsRun", "Scores", "TimeScores", "TimesRun",
           "analysis_to_prediction", "evaluate", "evaluate_events", "evaluate_times", "load_jsonl", "predict",
           "predict_article", "score", "score_events", "score_speakers", "score_times"]
