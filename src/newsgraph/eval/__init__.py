"""Scoring and annotation formats: how well newsgraph finds who said what.

``attribution`` scores predictions against PolNeAR-style gold; ``predict`` runs the NLP stage over
gold articles; ``run`` ties the two together for the CLI and the quality gate. ``OWN_SETS`` are the
team's own annotated sets, shipped with the package so the metric works without external data.
"""

from __future__ import annotations

from newsgraph.errors import EvalDataError
from newsgraph.eval.attribution import Scores, load_jsonl, score, score_speakers
from newsgraph.eval.predict import ArticleResult, analysis_to_prediction, predict, predict_article
from newsgraph.eval.run import OWN_GOLD, OWN_HELDOUT, OWN_REVIEWED, OWN_SETS, VIEWS, EvalRun, evaluate

__all__ = ["OWN_GOLD", "OWN_HELDOUT", "OWN_REVIEWED", "OWN_SETS", "VIEWS", "ArticleResult", "EvalDataError",
           "EvalRun", "Scores", "analysis_to_prediction", "evaluate", "load_jsonl", "predict", "predict_article",
           "score", "score_speakers"]
