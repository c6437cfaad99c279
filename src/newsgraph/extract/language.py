"""The language of an article body, for plain text that declares none (py3langid's model ships in its
wheel: offline)."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]{2,}")
# Below this many words the model guesses (a one-word "OK" comes out Afrikaans).
MIN_WORDS = 8
# The first few paragraphs say it; reading a whole long article only costs time.
_SAMPLE_CHARS = 3000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when it is too short to tell
    or the model is unsure."""
    sample = text[:_SAMPLE_CHARS]
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    language, probability = _identifier().classify(sample)
    return language if probability >= 0.5 else None
