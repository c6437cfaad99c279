"""newsgraph: who said what, about whom, and when, from news articles.

>>> from newsgraph import analyze
>>> result = analyze(text, published="2025-03-18")
>>> [(q.speaker.name, q.content[0].text) for q in result.quotes]
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.model import Analysis, Article, Entity, Quote, Span, TimeExpression  # noqa: E402
from newsgraph.pipeline import analyze  # noqa: E402

__all__ = ["Analysis", "Article", "Entity", "NewsgraphError", "Quote", "Span", "TimeExpression", "analyze",
           "__version__"]
