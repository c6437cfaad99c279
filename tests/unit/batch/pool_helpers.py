"""Analysers the pool tests hand to worker processes (importable there, unlike a test's own functions)."""

from __future__ import annotations

import os
import time

from newsgraph.config import Settings
from newsgraph.model import Analysis, Extracted


def echo_analyze(extracted: Extracted, settings: Settings) -> Analysis:
    """The article back; "slow …" takes a while, "die" kills its worker as the out-of-memory killer would."""
    text = extracted.article.text
    if text == "die":
        os._exit(9)
    if text.startswith("slow"):
        time.sleep(0.5)
    return Analysis(article=extracted.article, pipeline_version="echo")
