"""Learning cue frames from an attribution corpus in PolNeAR's JSONL shape.

For every word of the corpus and every dependent that could carry content (``cues.relations``), count
how often that (lemma, part of speech, relation) frame is, in the gold, a cue whose content holds that
dependent. The ratio, smoothed, is the frame's probability of carrying an attribution. The table is
small text, versioned with the package; the corpus itself never enters the repository.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.cues import frame_key, relations

_CUE_POS = {"VERB", "NOUN", "AUX", "ADJ"}


def read_corpus(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _covered(spans: Iterable[Iterable[int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def count_frames(doc: Doc, attributions: list[dict], seen: Counter[str], hits: Counter[str]) -> None:
    cues = [(a["cue"], a["content"]) for a in attributions if a.get("cue") and a.get("content")]
    for token in doc:
        if token.pos_ not in _CUE_POS:
            continue
        mine = [content for cue, content in cues if _covered(cue, token.idx, token.idx + len(token))]
        for frame in relations(token):
            key = frame_key(token, frame.relation)
            seen[key] += 1
            root = frame.root
            if any(_covered(content, root.idx, root.idx + len(root)) for content in mine):
                hits[key] += 1


def learn_cue_frames(corpus: Iterable[dict], nlp: Language, *, min_hits: int = 2, n_process: int = 1
                     ) -> list[tuple[str, float, int]]:
    """Return (frame key, probability, hits) for every frame seen as a cue at least ``min_hits`` times."""
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    docs = list(corpus)
    texts = ((d["text"], d) for d in docs)
    for doc, record in nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=8):
        count_frames(doc, record["attributions"], seen, hits)
    table = []
    for key, hit in hits.items():
        if hit >= min_hits:
            # One unseen negative in the denominator keeps rare frames from scoring 1.0.
            table.append((key, hit / (seen[key] + 1), hit))
    table.sort(key=lambda row: (-row[1], row[0]))
    return table


def write_frames(table: list[tuple[str, float, int]], path: str | Path, *, source: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"# cue frames learned by `newsgraph train cues` from {source}\n")
        handle.write("# lemma\tpos\trelation\tprobability\thits\n")
        for key, probability, hit in table:
            handle.write(f"{key}\t{probability:.4f}\t{hit}\n")
