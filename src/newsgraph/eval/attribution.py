"""Attribution scoring, PARC/PolNeAR style: who said what, measured on word tokens.

The metric is the one the team measures against (``../shared/tools/score_attributions.py``); this is
our own implementation and must give the same numbers on the same files (a test holds it to that).

* Words are the ``\\w+`` matches of the gold text; a span touches a word if they share a character,
  so punctuation, quote marks and whitespace never count.
* Per article, predicted and gold attributions are paired one-to-one by content: pairs sharing a
  content word, taken greedily by decreasing Jaccard, then decreasing overlap, then (pred, gold) index.
* Scores are micro-averaged over the corpus and rounded to 4 places, like the reference.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import EvalDataError

ROLES = ("content", "source", "cue")
QUOTE_MARKS = '"\u201c\u201d'
FILTERS = ("quoted", "unquoted")
WORD = re.compile(r"\w+")

Words = frozenset[int]


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read one article per line, keyed by ``id`` in file order."""
    docs: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                doc_id = doc["id"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise EvalDataError(f"{path}:{number}: not an article record ({e})") from e
            if doc_id in docs:
                raise EvalDataError(f"{path}:{number}: duplicate id {doc_id}")
            docs[doc_id] = doc
    return docs


class WordIndex:
    """The ``\\w+`` words of one text, to map character spans to word numbers."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        matches = list(WORD.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def words(self, spans: Iterable[Iterable[int]]) -> Words:
        touched: set[int] = set()
        for start, end in spans:
            if not 0 <= start <= end <= self.length:
                raise EvalDataError(f"span {start},{end} outside text of length {self.length}")
            # The first word ending after `start` up to the last word starting before `end`.
            first = bisect.bisect_right(self.ends, start)
            last = bisect.bisect_left(self.starts, end)
            touched.update(range(first, last))
        return frozenset(touched)


def is_quoted(attribution: Mapping[str, Any], text: str) -> bool:
    """Whether the content contains a quotation mark: the direct/mixed side of the quoted split."""
    content = "".join(text[s:e] for s, e in attribution.get("content") or ())
    return any(mark in content for mark in QUOTE_MARKS)


def _kept(attributions: Iterable[Mapping[str, Any]], index: WordIndex, text: str,
          only: str | None) -> list[tuple[dict[str, Words], Mapping[str, Any]]]:
    """The attributions the view keeps (with a content word), each with its roles as word sets."""
    kept = []
    for a in attributions:
        if only is not None and is_quoted(a, text) != (only == "quoted"):
            continue
        roles = {role: index.words(a.get(role) or ()) for role in ROLES}
        if roles["content"]:
            kept.append((roles, a))
    return kept


def _roles(attributions: Iterable[Mapping[str, Any]], index: WordIndex, text: str,
           only: str | None) -> list[dict[str, Words]]:
    return [roles for roles, _ in _kept(attributions, index, text, only)]


def align(pred: list[dict[str, Words]], gold: list[dict[str, Words]]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs by content overlap, best Jaccard first."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = len(p["content"] & g["content"])
            if shared:
                jaccard = shared / len(p["content"] | g["content"])
                candidates.append((-jaccard, -shared, i, j))
    candidates.sort()
    taken_pred: set[int] = set()
    taken_gold: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in taken_pred and j not in taken_gold:
            taken_pred.add(i)
            taken_gold.add(j)
            pairs.append((i, j))
    return pairs


def _partial(pred: Words, gold: Words) -> tuple[float, float]:
    """Precision and recall credit for one pair of word sets; two absent roles agree fully."""
    if not pred and not gold:
        return 1.0, 1.0
    if not pred or not gold:
        return 0.0, 0.0
    shared = len(pred & gold)
    return shared / len(pred), shared / len(gold)


def _prf(p_credit: float, r_credit: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = p_credit / n_pred if n_pred else 0.0
    r = r_credit / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


@dataclass
class _Tally:
    gold: int = 0
    pred: int = 0
    aligned: int = 0
    content_exact: float = 0.0
    content_p: float = 0.0
    content_r: float = 0.0
    words_shared: int = 0
    words_pred: int = 0
    words_gold: int = 0
    cues_gold: int = 0
    cues_pred: int = 0
    cues_found: int = 0
    # Per role ("source", "cue"): exact, partial precision, partial recall, any overlap.
    exact: dict[str, float] = field(default_factory=lambda: {"source": 0.0, "cue": 0.0})
    partial_p: dict[str, float] = field(default_factory=lambda: {"source": 0.0, "cue": 0.0})
    partial_r: dict[str, float] = field(default_factory=lambda: {"source": 0.0, "cue": 0.0})
    overlap: dict[str, float] = field(default_factory=lambda: {"source": 0.0, "cue": 0.0})

    def add_article(self, pred: list[dict[str, Words]], gold: list[dict[str, Words]]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        pairs = align(pred, gold)
        self.aligned += len(pairs)
        for i, j in pairs:
            p, g = pred[i], gold[j]
            self.content_exact += p["content"] == g["content"]
            cp, cr = _partial(p["content"], g["content"])
            self.content_p += cp
            self.content_r += cr
            for role in ("source", "cue"):
                self.exact[role] += p[role] == g[role]
                rp, rr = _partial(p[role], g[role])
                self.partial_p[role] += rp
                self.partial_r[role] += rr
                self.overlap[role] += bool(p[role] & g[role]) or (not p[role] and not g[role])
        pred_words = frozenset().union(*(a["content"] for a in pred))
        gold_words = frozenset().union(*(a["content"] for a in gold))
        self.words_shared += len(pred_words & gold_words)
        self.words_pred += len(pred_words)
        self.words_gold += len(gold_words)
        # Cue detection counts distinct cues: two attributions sharing one cue find it once.
        gold_cues = {a["cue"] for a in gold if a["cue"]}
        pred_cues = {a["cue"] for a in pred if a["cue"]}
        self.cues_gold += len(gold_cues)
        self.cues_pred += len(pred_cues)
        self.cues_found += len(gold_cues & pred_cues)

    def metrics(self, articles: int) -> dict[str, Any]:
        n_pred, n_gold, aligned = self.pred, self.gold, self.aligned
        return {
            "counts": {"articles": articles, "gold": n_gold, "pred": n_pred, "aligned": aligned},
            "content.exact": _prf(self.content_exact, self.content_exact, n_pred, n_gold),
            "content.soft": _prf(self.content_p, self.content_r, n_pred, n_gold),
            "content.overlap": _prf(aligned, aligned, n_pred, n_gold),
            "content.token": _prf(self.words_shared, self.words_shared, self.words_pred, self.words_gold),
            "source.exact": _prf(self.exact["source"], self.exact["source"], n_pred, n_gold),
            "source.soft": _prf(self.partial_p["source"], self.partial_r["source"], n_pred, n_gold),
            "cue.exact": _prf(self.exact["cue"], self.exact["cue"], n_pred, n_gold),
            "cue.soft": _prf(self.partial_p["cue"], self.partial_r["cue"], n_pred, n_gold),
            "cue.independent": _prf(self.cues_found, self.cues_found, self.cues_pred, self.cues_gold),
            "source_acc_given_content": _ratio(self.exact["source"], aligned),
            "source_overlap_acc_given_content": _ratio(self.overlap["source"], aligned),
            "cue_acc_given_content": _ratio(self.exact["cue"], aligned),
            "cue_overlap_acc_given_content": _ratio(self.overlap["cue"], aligned),
        }


@dataclass(frozen=True)
class Scores:
    """``metrics`` has the reference scorer's JSON shape; ``warnings`` lists ignored predictions."""

    metrics: dict[str, Any]
    warnings: tuple[str, ...] = ()


def score(gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]], *,
          only: str | None = None) -> Scores:
    """Score predictions against gold, both keyed by article id.

    ``only`` keeps, on both sides, the attributions whose content has a quotation mark
    (``"quoted"``) or has none (``"unquoted"``). Gold articles without predictions score as empty;
    predicted ids absent from gold are ignored with a warning.
    """
    if only is not None and only not in FILTERS:
        raise ValueError(f"only must be one of {FILTERS} or None, not {only!r}")
    warnings = tuple(f"predicted id not in gold, ignored: {doc_id}" for doc_id in predicted
                     if doc_id not in gold)
    tally = _Tally()
    for doc_id, gold_doc in gold.items():
        text = gold_doc["text"]
        pred_doc = predicted.get(doc_id, {"attributions": []})
        if "text" in pred_doc and pred_doc["text"] != text:
            raise EvalDataError(f"{doc_id}: predicted text differs from gold text")
        index = WordIndex(text)
        tally.add_article(_roles(pred_doc["attributions"], index, text, only),
                          _roles(gold_doc["attributions"], index, text, only))
    metrics = tally.metrics(len(gold))
    if only is not None:
        metrics["filter"] = only
    return Scores(metrics, warnings)


# A company's legal form, which names it no more than its name does ("Fundy Isles Ferries Ltd.").
_LEGAL_FORMS = frozenset({"ltd", "inc", "plc", "llc", "llp", "corp", "co", "ag", "gmbh", "sa", "nv", "lp"})


def speaker_key(name: object) -> str | None:
    """A resolved name as compared: case, spacing, a leading "the" and a trailing legal form do not count."""
    if not isinstance(name, str) or not name.strip():
        return None
    words = name.casefold().split()
    words = words[1:] if words[0] == "the" and len(words) > 1 else words
    if len(words) > 1 and words[-1].strip(".,") in _LEGAL_FORMS:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


def _speaker_keys(speaker: object) -> frozenset[str | None]:
    """Every name a gold speaker may be given: one name, null, or a list of the names the article uses
    for the same entity ("UN Environment Programme" for "United Nations Environment Programme")."""
    names = speaker if isinstance(speaker, list) else [speaker]
    return frozenset(speaker_key(name) for name in names)


def _with_speakers(attributions: Iterable[Mapping[str, Any]], index: WordIndex, text: str,
                   only: str | None) -> tuple[list[dict[str, Words]], list[frozenset[str | None]]]:
    kept = _kept(attributions, index, text, only)
    return [roles for roles, _ in kept], [_speaker_keys(a.get("speaker")) for _, a in kept]


def score_speakers(gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]], *,
                   only: str | None = None) -> dict[str, Any] | None:
    """Who the statement is resolved to, where the gold says (a ``speaker`` on every gold attribution,
    null for a source that names no one, or a list of names that all count): over the same content
    alignment as ``score``, a pair earns credit when the predicted ``speaker`` names the same entity
    (both null agree). None when the gold
    names no speakers, as PolNeAR's does not."""
    if not gold or not all("speaker" in a for d in gold.values() for a in d["attributions"]):
        return None
    n_pred = n_gold = aligned = agreed = 0
    for doc_id, gold_doc in gold.items():
        text = gold_doc["text"]
        index = WordIndex(text)
        pred_roles, pred_names = _with_speakers(predicted.get(doc_id, {"attributions": []})["attributions"],
                                                index, text, only)
        gold_roles, gold_names = _with_speakers(gold_doc["attributions"], index, text, only)
        n_pred += len(pred_roles)
        n_gold += len(gold_roles)
        for i, j in align(pred_roles, gold_roles):
            aligned += 1
            agreed += bool(pred_names[i] & gold_names[j])
    return {"speaker.resolved": _prf(agreed, agreed, n_pred, n_gold),
            "speaker_acc_given_content": _ratio(agreed, aligned)}
