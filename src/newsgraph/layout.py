"""How a plain-text article is laid out, read the same way by every stage: a first line that is its
headline, not the lede ("Nurses at Northgate hospitals vote to strike\n\nNurses at …")."""

from __future__ import annotations

import re

#: A line that ends a sentence (or a quotation, or a heading's colon) rather than breaking off.
SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")


def headline_line(text: str) -> tuple[int, int] | None:
    """Where the text's first line is, when it reads as a headline: a few words, no sentence end, and
    the story after it."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    first = text[start:end].strip()
    if not 3 <= len(first.split()) <= 25 or SENTENCE_END.search(first):
        return None
    return start, start + len(text[start:end].rstrip())
