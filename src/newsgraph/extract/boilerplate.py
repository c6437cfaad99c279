"""Text-level boilerplate: what HTML extractors keep because it is written as ordinary paragraphs.

Two kinds of cut, by general rules (never by outlet name):

* single lines that are page furniture wherever they stand: "Read more: …", "Related: …", newsletter
  and subscribe prompts, share/follow lines, photo credits, "Advertisement", "Remind me later";
* appeal blocks: a header such as "A Message from …:", "Dear readers," or "Support our journalism"
  opens a block that runs on while its paragraphs speak the appeal's language (support, donate,
  subscribe, "we/our", journalism).

The result keeps every other character of the input as it was, so the article text is the input with
the removed stretches cut out, and each removed stretch is reported with its offsets into the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.model import Removed

_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("related-link", re.compile(
        r"^\s*(read (more|also|next)|related( (stories|articles|coverage|content))?|see also|more (from|on|about)"
        r"|recommended( for you)?|most (read|popular)|also read|further reading|trending( now)?|watch|listen)"
        r"\s*[:|>»–—-]", re.I)),
    ("related-link", re.compile(r"^\s*(read (more|the rest|the full story)( here)?|continue reading|click here\b.*)"
                                r"\s*[.…»>]*\s*$", re.I)),
    ("newsletter", re.compile(
        r"^\s*(sign up|subscribe|get (our|the) .{0,40}newsletter|join (our|the) .{0,30}(newsletter|mailing list)"
        r"|enter your e-?mail|already a subscriber|want more .{0,40}\? sign up)\b", re.I)),
    ("newsletter", re.compile(r"\bnewsletter\b.{0,80}\b(sign up|subscribe|inbox|e-?mail)\b", re.I)),
    ("share", re.compile(r"^\s*(share (this|on|via)|follow us\b|like us on|tweet this|share$|print$"
                         r"|(facebook|twitter|linkedin|whatsapp|email)"
                         r"( \| (facebook|twitter|linkedin|whatsapp|email))+)", re.I)),
    ("photo-credit", re.compile(r"^\s*((photo|image|picture|video|graphic)s?( credit| by)?|credit|©|\(c\))"
                                r"\s*[:|©].{0,120}$", re.I)),
    ("photo-credit", re.compile(r"^.{0,160}\((photo|image|picture)s?( credit)?\s*[:/]?[^)]{0,80}\)\s*$", re.I)),
    ("photo-credit", re.compile(r"^\s*[^.!?]{0,120}/\s*(getty images|reuters|ap photo|afp|shutterstock|epa)\s*$",
                                re.I)),
    ("advertisement", re.compile(r"^\s*(advertisement|sponsored( content)?|ad|skip advert(isement)?)\s*$", re.I)),
    ("dismiss", re.compile(r"^\s*(remind me later|no,? thanks|maybe later|close|dismiss)\s*[.!]?\s*$", re.I)),
)

_APPEAL_HEADER = re.compile(
    r"^\s*((a )?(message|note|letter|word) (from|to) .{0,60}|dear (readers?|friends|subscribers|supporters)\b.{0,20}"
    r"|(please )?(support|donate to|help fund|become a (member|supporter) of) (us|our|independent|quality|the) .{0,60}"
    r"|before you go.{0,40}|we need your (help|support).{0,40})[:,.!]?\s*$",
    re.I)

# A paragraph that asks the reader for money or membership, with no header line before it.
_ASK = re.compile(
    r"\b(donat(e|es|ed|ion|ions|ing)|(monthly|one-time|recurring) (gift|contribution|donation)|contribution"
    r"|non-?profit newsroom|reader[- ](funded|supported)|paywall|become a (member|subscriber|supporter|patron)"
    r"|support (our|us|independent|local) ?\w*|if you (value|like|enjoy|appreciate) (our|reporting|journalism|this)"
    r"|(rely|depend)s? on (readers|donations|your support|you))\b", re.I)
_READER = re.compile(r"\b(you|your|please|today)\b", re.I)

_APPEAL_WORDS = re.compile(
    r"\b(support(ing|ers?)?|donat\w*|contribut\w*|subscri\w*|members(hip)?|journalis(m|ts?)|readers?|newsletter"
    r"|paywall|remind me|help us|we need|thank you|monthly|per month|one-time|patreon"
    r"|independent (media|news|reporting)"
    r"|our (work|staff|newsroom|reporting|mission)|we(,| are| strive| refuse| see)|you're defending)\b",
    re.I)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the line's text, before its newline
    stop: int  # after the newline, if any

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for match in re.finditer(r"[^\n]*(\n|$)", text):
        if match.start() == len(text) and pos == len(text) and out:
            break
        line_end = match.end() - (1 if match.group(1) else 0)
        out.append(_Line(match.start(), line_end, match.end()))
        pos = match.end()
        if match.end() == len(text):
            break
    return out


def _furniture_reason(line: str) -> str | None:
    if not line.strip() or len(line) > 400:
        return None
    for reason, pattern in _FURNITURE:
        if pattern.search(line):
            return reason
    if len({m.group(0).lower() for m in _ASK.finditer(line)}) >= 2 and _READER.search(line):
        return "appeal"
    return None


def _is_appeal_paragraph(line: str) -> bool:
    return bool(_APPEAL_WORDS.search(line)) or _furniture_reason(line) is not None


def find_boilerplate(text: str) -> list[Removed]:
    """Return the boilerplate stretches of ``text`` (offsets into it), in order, not overlapping."""
    lines = _lines(text)
    reasons: list[str | None] = [None] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i].text(text)
        if _APPEAL_HEADER.match(line) and len(line) < 120:
            block_end = _appeal_block_end(text, lines, i)
            if block_end > i:
                for k in range(i, block_end + 1):
                    reasons[k] = "appeal"
                i = block_end + 1
                continue
        reasons[i] = _furniture_reason(line)
        i += 1
    return _merge(text, lines, reasons)


def _appeal_block_end(text: str, lines: list[_Line], header: int) -> int:
    """Index of the last line of the appeal opened at ``header``, or ``header - 1`` if there is none."""
    rest = [k for k in range(header + 1, len(lines)) if lines[k].text(text).strip()]
    if not rest:
        return header
    appeal_like = [k for k in rest if _is_appeal_paragraph(lines[k].text(text))]
    # An appeal at the foot of the page: most of what follows speaks its language, so all of it goes.
    if len(appeal_like) * 2 >= len(rest) and _is_appeal_paragraph(lines[rest[-1]].text(text)):
        return len(lines) - 1
    end = header
    for k in rest:
        if not _is_appeal_paragraph(lines[k].text(text)):
            break
        end = k
    return end if end > header else header - 1


def _merge(text: str, lines: list[_Line], reasons: list[str | None]) -> list[Removed]:
    removed: list[Removed] = []
    k = 0
    while k < len(lines):
        reason = reasons[k]
        if reason is None:
            k += 1
            continue
        first = k
        # Blank lines inside a block belong to it.
        while k + 1 < len(lines) and (reasons[k + 1] == reason or (
                not lines[k + 1].text(text).strip() and k + 2 < len(lines) and reasons[k + 2] == reason)):
            k += 1
        start, stop = lines[first].start, lines[k].stop
        removed.append(Removed(start, stop, text[start:stop], reason))
        k += 1
    return removed


def strip_boilerplate(text: str) -> tuple[str, tuple[Removed, ...]]:
    """Cut boilerplate from ``text``; return the kept text and what was cut (offsets into ``text``)."""
    removed = find_boilerplate(text)
    kept: list[str] = []
    pos = 0
    for cut in removed:
        kept.append(text[pos : cut.start])
        pos = cut.end
    kept.append(text[pos:])
    body = "".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, tuple(removed)
