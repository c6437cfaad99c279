"""Build newsgraph's REVIEWED attribution gold set from the review rounds' articles.

Each review round, a reviewer who had not seen the code wrote ten invented news articles with their gold
(``tests/golden/reviewed/ROUND/NN.txt`` and ``NN.json``; see the README there), newsgraph was measured on
them, and the errors they showed were fixed. Kept here, they guard those fixes and measure the whole
pipeline the way users meet it: the articles carry headlines, datelines and web junk (share bars,
captions, newsletter boxes, appeals), so each is analysed as scraped text, boilerplate cut included.

The reviewers' gold names every statement by strings (content, source as written, cue, speaker); this
script finds them in the text and writes the PolNeAR JSONL shape the scorer reads:

* a content is the first occurrence of its text at or after the previous content; a direct content
  takes in its quotation marks (PolNeAR keeps them, and they tell the scorer the content is quoted),
  a reported clause its "that" (PolNeAR keeps it; the reviewers left it out);
* the cue is the occurrence of the cue text in the content's paragraph, outside the content, nearest
  to it; the source is the occurrence of the source text in that paragraph nearest to the cue;
* items whose cue is the same occurrence (the halves of a split quote, two clauses of one "said") are
  one attribution with several content pieces, as in PolNeAR; a follow-on quote whose paragraph holds
  no cue of its own joins the attribution before it when the speaker is the same; an item the reviewer
  gave no cue at all (a headline quote, an answer in a Q&A) is an attribution with no cue or source;
* a speaker the first round described rather than named ("seafront traders (unnamed group)") is null,
  as the later rounds wrote it; ``reviewed/aliases.json`` lists, for a speaker the reviewer named in a
  normalised form ("United Nations Environment Programme"), the names the article itself prints for it
  ("UN Environment Programme"), and the gold speaker becomes the list of them (any one agrees);
* negatives are kept in ``meta`` and ``--check`` verifies that no annotated span touches them.

    python tests/golden/make_attribution_reviewed.py          # rewrite the set's JSONL in src/newsgraph/eval/data/
    python tests/golden/make_attribution_reviewed.py --check  # validate; exit 1 if the file is stale or wrong
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_attribution_gold import build_checked  # noqa: E402

HERE = Path(__file__).resolve().parent / "reviewed"
OUT = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "eval" / "data" / "attribution-reviewed.jsonl"
OPENING = "\"\u201c\u2018\u00ab\u201e"
CLOSING = "\"\u201d\u2019\u00bb\u201c"


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _occurrences(text: str, phrase: str, start: int, end: int) -> list[int]:
    """Starts of ``phrase`` (whole words, any case) inside ``text[start:end]``."""
    pattern = (r"\b" if phrase[:1].isalnum() else "") + re.escape(phrase) + (r"\b" if phrase[-1:].isalnum() else "")
    found = [m.start() for m in re.finditer(pattern, text[start:end])]
    found = found or [m.start() for m in re.finditer(pattern, text[start:end], re.IGNORECASE)]
    return [start + p for p in found]


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A direct content's span widened to its quotation marks (and a comma just inside the closing one)."""
    if start > 0 and text[start - 1] in OPENING:
        start -= 1
    if text[end:end + 2][:1] == "," and text[end + 1:end + 2] in CLOSING:
        end += 2
    elif end < len(text) and text[end] in CLOSING:
        end += 1
    return start, end


def _nearest(positions: list[int], length: int, start: int, end: int) -> int | None:
    """The position (of a phrase ``length`` long) closest to the stretch ``start``-``end`` and outside it."""
    outside = [p for p in positions if p + length <= start or p >= end]
    return min(outside, key=lambda p: start - (p + length) if p < start else p - end, default=None)


def _speaker(name: str | None, aliases: dict[str, list[str]]) -> str | list[str] | None:
    if name is None or "(unnamed" in name:
        return None
    return [name, *aliases[name]] if name in aliases else name


def convert(article_id: str, text: str, gold: dict, aliases: dict[str, list[str]]) -> dict:
    attributions: list[dict] = []
    cue_at: list[int | None] = []
    searched_from = 0
    for item in gold["quotes"]:
        start = text.find(item["content"], searched_from)
        if start < 0:
            start = text.find(item["content"])
        if start < 0:
            raise ValueError(f"{article_id}: content not in the text: {item['content'][:60]!r}")
        searched_from = start
        end = start + len(item["content"])
        if item["kind"] == "direct":
            start, end = _with_marks(text, start, end)
        elif text[max(start - 5, 0):start] == "that ":
            start -= 5
        while end > start and text[end - 1] in ".,;: " and text[start] not in OPENING:
            end -= 1
        para_start, para_end = _paragraph(text, start)
        cue = _nearest(_occurrences(text, item["cue"], para_start, para_end), len(item["cue"]), start, end) \
            if item["cue"] else None
        speaker = _speaker(item["speaker"], aliases)
        continues = item["cue"] is not None and cue is None and attributions \
            and attributions[-1]["speaker"] == speaker
        if continues or attributions and cue is not None and cue == cue_at[-1]:
            attributions[-1]["content"].append([start, end])
            continue
        source = None
        if cue is not None and item["source_as_written"]:
            source_text = item["source_as_written"]
            source = _nearest(_occurrences(text, source_text, para_start, para_end), len(source_text),
                              cue, cue + len(item["cue"]))
            source = None if source is not None and start <= source < end else source
        attributions.append({
            "source": [] if source is None else [[source, source + len(item["source_as_written"])]],
            "cue": [] if cue is None else [[cue, cue + len(item["cue"])]],
            "content": [[start, end]],
            "speaker": speaker,
            "type": item["type"],
        })
        cue_at.append(cue)
    return {
        "id": article_id,
        "text": text,
        "attributions": attributions,
        "meta": {"title": text.split("\n", 1)[0], "publication_date": gold["published"], "scraped": True,
                 "negatives": gold["negatives"]},
    }


def reviewed_pages() -> Iterator[tuple[str, Path, str]]:
    """Every round's pages in round order: (the id both reviewed sets give it, its ``NN.txt``, its text); the
    id is "reviewed", the round, the page number and the headline's first words."""
    for round_dir in sorted(HERE.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else -1):
        if not round_dir.is_dir():
            continue
        for txt in sorted(round_dir.glob("[0-9][0-9].txt")):
            text = txt.read_text(encoding="utf-8")
            slug = "-".join(re.findall(r"[a-z0-9]+", text.split("\n", 1)[0].lower())[:5])
            yield f"reviewed{round_dir.name}_{txt.stem}_{slug}", txt, text


def build() -> str:
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    lines = []
    for page_id, txt, text in reviewed_pages():
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        names = aliases.get(f"{txt.parent.name}/{txt.stem}", {})
        for alias in (alias for others in names.values() for alias in others):
            if alias.casefold() not in text.casefold():
                raise ValueError(f"{txt}: alias {alias!r} is not in the article")
        lines.append(json.dumps(convert(page_id, text, gold, names), ensure_ascii=False) + "\n")
    return "".join(lines)


def validate(built: str) -> list[str]:
    problems = []
    for line in built.splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = [(s, e) for a in doc["attributions"] for role in ("source", "cue", "content")
                 for s, e in a[role]]
        for s, e in spans:
            if "\n" in text[s:e] or text[s:e] != text[s:e].strip():
                problems.append(f"{doc['id']}: span {text[s:e]!r} crosses a paragraph or is not trimmed")
        # (A negative may hold the source of a cue next to it: "Ferrars rejected" with "Ferrars" the source
        # of the "saying" that follows.)
        said = [(s, e) for a in doc["attributions"] for role in ("cue", "content") for s, e in a[role]]
        for phrase in doc["meta"]["negatives"]:
            for m in re.finditer(re.escape(phrase), text):
                # (A quoted phrase inside a content, or a nickname inside a source's name, is a negative too.)
                if any(s < m.end() and m.start() < e for s, e in said) and not any(
                        s <= m.start() and m.end() <= e for a in doc["attributions"]
                        for s, e in a["content"] + a["source"]):
                    problems.append(f"{doc['id']}: negative {phrase!r} overlaps an annotated span")
    return problems


def main() -> int:
    return build_checked(OUT, build, validate, Path(__file__).name)


if __name__ == "__main__":
    sys.exit(main())
