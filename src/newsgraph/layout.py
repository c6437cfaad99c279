"""How a plain-text article is laid out, read the same way by every stage: a first line that is its
headline, not the lede ("Nurses at Northgate hospitals vote to strike\n\nNurses at …"), and the dateline
that opens a paragraph ("LONDON (Reuters) - …")."""

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


#: "WASHINGTON —", "LONDON (Reuters) -", "SAN JUAN, Puerto Rico (AP) —" opening a paragraph.
DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, [A-Z][\w. ]{1,30})?"
                      r"(?: \([A-Za-z .]{1,20}\))?\s*(?:—|–|--|-)\s+")


#: "Update, 19.40:", "UPDATE 3.15pm —", "Updated:" opening a live blog's entry.
UPDATE_LABEL = re.compile(r"(?i:update|updated)(?:,?[ \t]+\d{1,2}[.:]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?"
                          r"[ \t]*(?::|—|–|--|-)[ \t]+")


#: Labels (lowercase) that name the kind of page or story, not a place or a speaker: a paragraph may open with
#: one in capitals ("BREAKING —", "UPDATE -"), a headline with one before a colon ("Analysis: …", "Q&A: …").
PAGE_LABELS = frozenset({"breaking", "breaking news", "update", "updated", "exclusive", "analysis", "opinion", "watch",
                         "live", "editorial", "comment", "correction", "developing", "urgent", "flash", "review",
                         "interview", "explainer", "fact check", "news", "feature", "photos", "video", "q&a", "listen",
                         "obituary", "profile", "factbox", "podcast", "in pictures", "recap", "preview", "timeline",
                         "letters", "perspective", "viewpoint", "column", "essay", "the long read", "long read"})


def datelines(text: str) -> list[re.Match[str]]:
    """The datelines that open a line of ``text`` (not a label such as "BREAKING —")."""
    found = (DATELINE.match(text, line.start()) for line in re.finditer(r"^", text, re.MULTILINE))
    return [m for m in found if m and m["place"].lower() not in PAGE_LABELS]


#: The publisher's note on its own story, which quotes what the story said before: "Correction: An earlier
#: version of this article said …", "Correction, 15 May 2027: …", "This article was amended on 15 January 2026
#: to correct …".
CORRECTION_NOTE = re.compile(r"^[ \t]*(?:(?:corrections?|clarifications?)(?:,[^:\n]{1,40})?[ \t]*(?::|—|–|-)"
                             r"|this (?:story|article|report|piece|post) (?:was|has been) (?:amended|corrected)\b"
                             r"|an earlier version of this (?:story|article|report|piece|post)\b)[^\n]*",
                             re.IGNORECASE | re.MULTILINE)


#: The publisher's note that what people said was translated: "This article was translated from German",
#: "Remarks by Teixeira and Lins were made in Portuguese and have been translated", "Quotes from the interview
#: were translated from French by the author".
TRANSLATION_NOTE = re.compile(r"^[ \t]*(?:this (?:story|article|report|piece|interview) was translated from\b"
                              r"|(?=[^\n]*\b(?:remarks|quotes|comments|answers)\b)"
                              r"[^\n]*\b(?:have been|has been|were) translated\b)",
                              re.IGNORECASE)


#: A note the publisher puts above the story: "Editor's note: Vietnamese names are written family name first."
EDITORS_NOTE = re.compile(r"^[ \t]*(?:editor['\u2019]?s['\u2019]? note|note to readers|a note on (?:names|language|"
                          r"sources|this (?:story|article)))[ \t]*[:\u2014\u2013-]", re.IGNORECASE)

_LEDE_WORDS = 3  # fewer, or no closing stop, and a line above the story is a byline, a date or a label


def lede_line(text: str) -> tuple[int, int]:
    """Where the lede is: the first paragraph that reads as prose (a sentence of some length, closed by its stop),
    after a headline and whatever standfirst, byline, date or share lines stand between them; failing one, the
    first line after the headline."""
    headline = headline_line(text)
    start = first_start = len(text) - len(text[headline[1] :].lstrip()) if headline else 0
    first_break = text.find("\n", start)
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        # (A question is a headline the headline rules missed: "Fact check: Have power bills 'doubled'?"; a
        # note that the remarks were translated, or an editor's note, is the publisher's, before the story.)
        # (A quotation mark closes a sentence only after its stop: "… says she has 'had worse'" is a standfirst.)
        if len(line.split()) >= _LEDE_WORDS and _closed_by_its_stop(line) and not TRANSLATION_NOTE.match(line) \
                and not EDITORS_NOTE.match(line):
            return start, end
        start = end + 1
    return first_start, first_break if first_break > 0 else len(text)


def _closed_by_its_stop(line: str) -> bool:
    # (however many marks close it: "… the Promised Land.''", two single marks for a double one)
    unquoted = line.rstrip("\"'\u201d\u2019")
    return unquoted[-1:] in (".", "!", "?") if unquoted != line else line[-1] in ".!"


def correction_notes(text: str) -> list[tuple[int, int]]:
    """Where the paragraphs of ``text`` that are correction notes are (start, end)."""
    return [m.span() for m in CORRECTION_NOTE.finditer(text)]
