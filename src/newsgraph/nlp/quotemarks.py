"""Direct quotations found by their quotation marks, in every common style.

Pure text processing (no model): curly “…”, straight "…", guillemets «…» and »…«, German „…“,
single ‘…’ and '…' when no double quote encloses them, and ''…'' (two apostrophes typed for a double
mark), and dialogue opened by a dash ("—No —she said—. Not on workers."). A quotation running over
several paragraphs, with an opening mark on each paragraph and a closing one only on the last, is one
quotation with one piece per paragraph. A double mark of another style closes a quotation (“…
requirement," as scraped text often has it). An unbalanced mark never aborts the document: the
quotation ends with its paragraph, or, for words quoted inside a clause (the deal was "a victory …),
with their sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

# opening mark -> the marks that close it
_PAIRS = {
    "\u201c": "\u201d\u201c",  # “ … ” (and “ … “ typed by mistake)
    "\u201e": "\u201c\u201d",  # „ … “
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (Danish/German style)
    '"': '"',
    "\u2018": "\u2019",  # ‘ … ’
    "'": "'",
}
# Scraped text mixes styles (“… requirement," Chaffetz said; "No,” he said): a double mark of the other
# style can close a quotation too.
_OTHER_STYLE = {"\u201c": '"', "\u201e": '"', '"': "\u201d"}
_SINGLE = {"\u2018", "'"}
_DOUBLED = "''"  # two apostrophes typed for a double quotation mark, as in some newspaper archives
# What may follow a quotation's closing mark in running text ("‘a disaster for farmers’ and vowed", "‘no’ said the
# minister"): after a plural's last letter, a word not among these makes the mark a possessive apostrophe.
_PLURAL_POSSESSIVE = re.compile(r" ([a-z]+)\b")
_AFTER_A_QUOTATION = frozenset({
    "and", "but", "or", "nor", "to", "in", "on", "at", "as", "for", "from", "with", "by", "of", "that", "which", "who",
    "he", "she", "they", "it", "we", "i", "you", "said", "says", "told", "tells", "added", "adds", "adding",
    "according",
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can", "the",
    "a", "an", "after", "before", "when", "while", "if", "than", "then", "so", "because", "since", "until", "about",
    "over", "into", "not", "wrote", "writes", "asked", "replied", "insisted", "warned", "claimed", "argued", "noted",
    "explained", "declared", "announced", "suggested", "stated", "remarked", "continued", "went", "this", "these",
    "those", "there", "here", "even", "also", "yet", "still", "only", "just", "where", "why", "how", "what"})
# Words of a speaker's own, in the first person.
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me)\b")
# A sentence's end inside a paragraph: a stop, then space and what opens a sentence.
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[\"'\u201c\u2018\u00ab\u201e(]?[A-Z])")


@dataclass(frozen=True)
class Quotation:
    """A quoted stretch: ``pieces`` are (start, end) offsets, quotation marks included."""

    pieces: tuple[tuple[int, int], ...]
    dialogue: bool = False  # opened by a dash, not a mark: "—No —she said."

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def words(self, text: str) -> int:
        return sum(len(re.findall(r"\w+", text[s:e])) for s, e in self.pieces)


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in ('"', "'"):
        # A straight mark opens when it follows a space or opening punctuation and precedes a word.
        return (before.isspace() or before in "([{—–-:") and not after.isspace()
    if ch == "\u00bb":
        return not after.isspace() and (before.isspace() or i == 0)
    return True


def _closes(text: str, i: int, opening: str, end: int) -> bool:
    ch = text[i]
    if ch in _OTHER_STYLE.get(opening, ""):
        return _other_style_closes(text, i, opening, end)
    if ch not in _PAIRS[opening]:
        return False
    if ch == "\u201c" and opening == "\u201e" and text[i - 1].isspace():
        return False  # the opening mark of the next quotation
    if opening in _SINGLE or ch in ('"', "'"):
        after = text[i + 1] if i + 1 < len(text) else " "
        # ’ and ' are also apostrophes ("it’s", "Russia's"): a closing mark is not followed by a letter.
        if after.isalnum():
            return False
        # (nor, when the quotation closes further on, before another opens, a plural's possessive before its noun:
        # "‘The museums’ director says …’", unlike "the plans ‘a disaster for farmers’ and vowed …" or "‘a betrayal
        # of workers’ amid protests, while ministers hailed ‘a new dawn’")
        if opening in _SINGLE and _possessive_before_its_noun(text, i):
            return not _plain_close_ahead(text, i + 1, ch, opening, end)
    return True


def _possessive_before_its_noun(text: str, i: int) -> bool:
    word = _PLURAL_POSSESSIVE.match(text, i + 1)
    return text[i - 1] in "sS" and word is not None and word.group(1) not in _AFTER_A_QUOTATION


def _plain_close_ahead(text: str, start: int, mark: str, opening: str, end: int) -> bool:
    """Whether a mark that can only close ``opening``'s quotation (not another possessive, not inside a word) comes
    after ``start`` and before the next quotation opens."""
    for k in range(start, end):
        if text[k] == opening and (k == 0 or text[k - 1].isspace() or text[k - 1] in "([{\u2014\u2013-"):
            return False
        if text[k] == mark and not (text[k + 1 : k + 2].isalnum()) and not _possessive_before_its_noun(text, k):
            return True
    return False


def _other_style_closes(text: str, i: int, opening: str, end: int) -> bool:
    """A mark of the other style closes the quotation only if its own closing mark does not follow before
    a new quotation opens: in “The so-called "reform" is a sham,” the straight marks are a quotation
    within it, and in “The 6" pipe burst,” an inch."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i - 1].isspace() or after.isalnum():
        return False
    for k in range(i + 1, end):
        if text[k] == opening and (_is_opening(text, k) if opening == '"' else text[k - 1].isspace()):
            return True
        if text[k] in _PAIRS[opening] and _closes(text, k, opening, end):
            return False
    return True


def _scan_paragraph(text: str, start: int, end: int, *, singles: bool) -> list[tuple[int, int, bool]]:
    """Quoted stretches in one paragraph: (start, end, closed)."""
    found = []
    i = start
    while i < end:
        ch = text[i]
        if text.startswith(_DOUBLED, i) and _is_opening(text, i) and i + 2 < end and not text[i + 2].isspace():
            j = text.find(_DOUBLED, i + 2, end)
            while j != -1 and j + 2 < end and text[j + 2].isalnum():
                j = text.find(_DOUBLED, j + 1, end)
            if j == -1:
                found.append((i, end, False))
                break
            found.append((i, j + 2, True))
            i = j + 2
            continue
        if ch in _PAIRS and (singles or ch not in _SINGLE) and _is_opening(text, i):
            j = i + 1
            while j < end and not _closes(text, j, ch, end):
                j += 1
            if j < end:
                if any(c.isalnum() for c in text[i + 1 : j]):  # '' with nothing inside quotes nothing
                    found.append((i, j + 1, True))
                i = j + 1
                continue
            # A lone apostrophe-like mark is not an open quotation, unless it opens the paragraph, or follows the
            # colon that opens speech, before a capital: "'The board has lost confidence …" and "said: ‘My own daughter
            # did not know …" go on in the next paragraph, as every style prints it.
            opens_speech = i == start or text[start:i].rstrip(" \t").endswith(":")
            if ch in _SINGLE and not (opens_speech and text[i + 1 : i + 2].isupper()):
                i += 1
                continue
            fragment_end = _unclosed_fragment_end(text, i, end)
            if fragment_end is not None:
                found.append((i, fragment_end, True))
                i = fragment_end
                continue
            found.append((i, end, False))
            break
        i += 1
    return found


def _unclosed_fragment_end(text: str, i: int, end: int) -> int | None:
    """Where words quoted inside a clause whose closing mark is missing end: the deal was "a victory for
    every member. The company said …" quotes up to its sentence's end, and goes on neither to the next
    sentence nor, as an opening mark on each paragraph would have it, to the next paragraph. None for a
    mark that opens a sentence ("We won. … or said: "We …), which may well run on."""
    before = text[:i].rstrip(" \t")
    first = next((c for c in text[i + 1 : end] if c.isalpha()), "")
    if not before or not before[-1].isalnum() or not first.islower():
        return None
    stop = _SENTENCE_END.search(text, i + 1, end)
    if stop is None:
        return end
    # (Words in the first person after it are still the speaker's: called the closure "a blow to every family.
    # We were promised a school. / "I will fight this," she said.)
    return None if _FIRST_PERSON.search(text, stop.end(), end) else stop.end()


_DIALOGUE_OPENING = re.compile(r"[ \t]*[\u2014\u2015](?=\S)")
_REMARK = re.compile(r"[ \t]+[\u2014\u2015](?=\w)")  # " —said Ocampo", " —asked the moderator"
# The reporter's words name a speaker and a verb of speech within their first few words ("—Ocampo said",
# "—asked the moderator", "—she told reporters"), not "—a position Moscow rejects" or "—which the … said".
_SPEECH_REMARK = re.compile(r"(?!(?:which|who|that|whose)\b)(?:[\w'\u2019.-]+[ \t]+){0,3}(?:said|says|asked|asks|"
                            r"answered|answers|replied|replies|added|adds|told|tells|explained|insisted|shouted|"
                            r"whispered|continued|went on|recalled|laughed|joked)\b")
_REMARK_END = re.compile(r"[\u2014\u2015][.,;:][ \t]+(?=\S)")  # "—. I will tell you who pays."


def _dialogue(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "—She has promised everything —Ocampo said—. I will tell you who pays.": a paragraph that opens on a
    dash and breaks off for the reporter's words after another is speech, as Spanish and Russian print it
    (one that never breaks off is a list item, not speech). The stretches spoken, dashes left out."""
    opening = _DIALOGUE_OPENING.match(text, start, end)
    remark = _REMARK.search(text, opening.end(), end) if opening else None
    if remark is None or not _SPEECH_REMARK.match(text, remark.end(), end):
        return []
    spoken = [(opening.end(), remark.start())]
    resumed = _REMARK_END.search(text, remark.end(), end)
    if resumed is not None:
        after = _REMARK.search(text, resumed.end(), end)
        spoken.append((resumed.end(), after.start() if after else end))
    return [(s, e) for s, e in spoken if any(c.isalnum() for c in text[s:e])]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line: scraped news puts each paragraph on a line of its own."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def find_quotations(text: str) -> list[Quotation]:
    """All direct quotations in ``text``, in order."""
    paragraphs = line_spans(text)
    out: list[Quotation] = []
    pending: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        stretches = _scan_paragraph(text, p_start, p_end, singles=True)
        doubles = _scan_paragraph(text, p_start, p_end, singles=False)
        # Singles only where no double quotation covers them (they are quotes within quotes there).
        stretches = doubles + [s for s in stretches if not any(d[0] <= s[0] < d[1] for d in doubles)
                               and text[s[0]] in _SINGLE]
        stretches.sort()
        if not stretches:
            out += [Quotation(((s, e),), dialogue=True) for s, e in _dialogue(text, p_start, p_end)]
        first_opens_paragraph = bool(stretches) and stretches[0][0] == p_start
        if pending and not first_opens_paragraph:
            out.append(Quotation(tuple(pending)))
            pending = []
        for k, (s, e, closed) in enumerate(stretches):
            if pending and k == 0:
                pending.append((s, e))
                if closed:
                    out.append(Quotation(tuple(pending)))
                    pending = []
                continue
            if closed:
                out.append(Quotation(((s, e),)))
            else:
                pending = [(s, e)]
    if pending:
        out.append(Quotation(tuple(pending)))
    return out


def quoted_token_indices(doc: Doc, quotations: list[Quotation]) -> set[int]:
    """Indices of the tokens that start inside a quotation (its marks included)."""
    inside: set[int] = set()
    for q in quotations:
        for s, e in q.pieces:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                inside.update(t.i for t in span if s <= t.idx < e)
    return inside
