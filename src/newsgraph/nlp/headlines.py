"""Title Case headlines: every word looks like a name there, and the layout says who speaks."""

from __future__ import annotations

import re

_WORDS = re.compile(r"(?<!\w)[^\W\d_][\w'\u2019-]*")
_TITLE_CASE = 0.6  # share of capitalised words that makes a line a title-case headline

#: "Rates Will Fall Soon, Fed Chair Jerome Powell Says.": the capital of the cue marks the headline.
_HEADLINE_SPEAKER = re.compile(r"^(?P<content>[^\n,][^\n]*?),[ \t]+(?P<source>[^\W\d_][\w.'\u2019-]*"
                               r"(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,6})[ \t]+(?P<cue>Says|Say|Said|Warns|Warn)"
                               r"[ \t]*\.?[ \t]*$", re.MULTILINE)


# Words a Title Case headline leaves in lower case.
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
                          "from", "with", "as", "vs", "via", "into", "onto", "over", "per", "up", "off", "out",
                          "than", "so", "yet", "if", "after", "about", "across", "against", "among", "around",
                          "before", "behind", "between", "beyond", "during", "like", "near", "past", "since",
                          "through", "toward", "towards", "until", "upon", "within", "without", "amid"})


def is_title_case(line: str) -> bool:
    """Most words capitalised, and none in lower case but the small ones Title Case leaves so: a first
    sentence full of names ("Callum Dunmore-Achterberg chairs the Skerrow Community Council.") is not."""
    words = _WORDS.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= _TITLE_CASE * len(words) \
        and all(w[0].isupper() or w.lower() in _MINOR_WORDS or not w.islower() for w in words)


def title_case_first_line(text: str) -> int | None:
    """The end of the text's first line when it is a Title Case headline, else None."""
    end = text.find("\n")
    return end if end > 0 and is_title_case(text[:end]) else None


def headline_speakers(text: str) -> list[re.Match]:
    """Title Case lines that end on their speaker and a capitalised "Says"."""
    return [m for m in _HEADLINE_SPEAKER.finditer(text)
            if is_title_case(m.group(0)) and all(w[0].isupper() for w in m.group("source").split())]
