"""Questions about a parse that several NLP steps ask the same way."""

from __future__ import annotations

from spacy.tokens import Token

_VERBS = ("VERB", "AUX")


def governing_verb(token: Token) -> Token | None:
    """``token`` if it is a verb, else the nearest verb above it in the parse; None when there is none."""
    while token.pos_ not in _VERBS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in _VERBS else None
