"""Title Case headlines: every word looks like a name there, and the layout says who speaks."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_][\w'\u2019-]*")
_TITLE_CASE = 0.6  # share of capitalised words that makes a line a title-case headline

#: "Rates Will Fall Soon, Fed Chair Jerome Powell Says.": the capital of the cue marks the headline.
HEADLINE_SPEAKER = re.compile(r"^(?P<content>[^\n,][^\n]*?),[ \t]+(?P<source>[A-Z][\w.'\u2019-]*"
                              r"(?:[ \t]+[A-Z][\w.'\u2019-]*){0,6})[ \t]+(?P<cue>Says|Said|Warns|Claims)"
                              r"[ \t]*\.?[ \t]*$", re.MULTILINE)


def title_case_first_line(text: str) -> int | None:
    """The end of the text's first line when it is a Title Case headline, else None."""
    end = text.find("\n")
    words = _WORDS.findall(text[:end]) if end > 0 else []
    if len(words) < 3 or sum(w[0].isupper() for w in words) < _TITLE_CASE * len(words):
        return None
    return end


def headline_speakers(text: str) -> list[re.Match]:
    return list(HEADLINE_SPEAKER.finditer(text))
