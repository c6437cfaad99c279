"""The language of an article body, for plain text that declares none (py3langid's model ships in its
wheel: offline)."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]{2,}")
# Below this many words the model guesses (a one-word "OK" comes out Afrikaans).
MIN_WORDS = 8
# The first few paragraphs say it; reading a whole long article only costs time.
_SAMPLE_CHARS = 1500
_ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "it", "as",
                            "at", "by", "he", "she", "said", "has", "have", "were", "his", "her", "from", "this"})
_ENGLISH_SHARE = 0.2


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when it is too short to tell
    or the model is unsure."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return None
    # English says so in its commonest words, no other language uses them this much: the model (about a
    # millisecond an article) is asked only when they are fewer.
    if len(words) >= 40 and sum(w.lower() in _ENGLISH_WORDS for w in words) >= _ENGLISH_SHARE * len(words):
        return "en"
    language, probability = _identifier().classify(sample)
    return language if probability >= 0.5 else None
