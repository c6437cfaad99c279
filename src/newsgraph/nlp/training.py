"""Training the cue model from an attribution corpus in PolNeAR's JSONL shape.

Every word that could be a cue (a verb, noun, adjective or auxiliary), with every dependent that could
carry content (``cues.relations``), is one example: positive when the gold has that word as a cue whose
content holds that dependent. The model is a logistic regression fitted by full-batch Adam with L2
regularisation, in numpy: about 160,000 examples from PolNeAR train fit in two minutes on one core.
The weights are small text, versioned with the package; the corpus never enters the repository.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import __version__, lexicons
from newsgraph.errors import InputError
from newsgraph.nlp.attribution import DEFAULT_THRESHOLD
from newsgraph.nlp.cues import CUE_POS, CueModel, frame_features, relations, unit_vector
from newsgraph.nlp.quotemarks import find_quotations, quoted_token_indices
from newsgraph.nlp.syntax import doc_text

VECTOR_WIDTH = 300  # the static vectors of en_core_web_md; without them the vector part stays zero
# The word lists cues.frame_features and cues.relations read, directly or through nlp/roles.py.
FEATURE_LEXICONS = ("reporting_verbs", "action_verbs", "speech_media", "org_nouns", "person_roles", "occupations")


def _covered(spans: Iterable[Iterable[int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass
class Examples:
    features: list[list[str]] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)

    def add_document(self, doc: Doc, attributions: list[dict]) -> None:
        cues = [(a["cue"], a["content"]) for a in attributions if a.get("cue") and a.get("content")]
        quoted = quoted_token_indices(doc, find_quotations(doc_text(doc)))
        zero = np.zeros(VECTOR_WIDTH, dtype=np.float32)
        for token in doc:
            if token.pos_ not in CUE_POS:
                continue
            contents = [content for cue, content in cues if _covered(cue, token.idx, token.idx + len(token))]
            vector = unit_vector(token, VECTOR_WIDTH)
            for frame in relations(token):
                root = frame.root
                self.features.append(frame_features(token, frame, quoted))
                self.vectors.append(zero if vector is None else vector)
                self.labels.append(any(_covered(c, root.idx, root.idx + len(root)) for c in contents))


def features_fingerprint(docs: Iterable[Doc]) -> str:
    """A digest of every candidate's features over ``docs``, as training computes them, and of the word
    lists they read.

    Weights mean something only for the features they were fitted on. The model records this digest
    over a fixed probe (the own gold set), and a model test recomputes it: a change to the frames, the
    features or the lexicons they read that is not followed by retraining fails the build instead of
    quietly degrading attribution. The lists count whole, for a word the probe never meets may be one
    the training corpus does.
    """
    examples = Examples()
    for doc in docs:
        examples.add_document(doc, [])
    digest = hashlib.sha256()
    for name in FEATURE_LEXICONS:
        digest.update("\n".join(lexicons.load(name)).encode("utf-8") + b"\x1d")
    for row in examples.features:
        digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
    return digest.hexdigest()[:16]


def fit_logistic(examples: Examples, *, l2: float = 1e-5, epochs: int = 300, learning_rate: float = 0.05,
                 min_count: int = 2) -> tuple[dict[str, float], np.ndarray]:
    """Fit weights for features seen at least ``min_count`` times, and for the vector dimensions."""
    counts = Counter(f for row in examples.features for f in row)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    columns, rows = [], []
    for i, row in enumerate(examples.features):
        for f in row:
            j = vocabulary.get(f)
            if j is not None:
                columns.append(j)
                rows.append(i)
    columns_array, rows_array = np.array(columns, dtype=np.intp), np.array(rows, dtype=np.intp)
    vectors = np.vstack(examples.vectors) if examples.vectors else np.zeros((0, VECTOR_WIDTH), dtype=np.float32)
    labels = np.array(examples.labels, dtype=np.float64)
    n, width = len(labels), len(vocabulary)
    params = [np.zeros(width), np.zeros(VECTOR_WIDTH)]
    first = [np.zeros(width), np.zeros(VECTOR_WIDTH)]
    second = [np.zeros(width), np.zeros(VECTOR_WIDTH)]
    for step in range(1, epochs + 1):
        z = np.bincount(rows_array, weights=params[0][columns_array], minlength=n) + vectors @ params[1]
        error = (1.0 / (1.0 + np.exp(-z)) - labels) / n
        grads = (np.bincount(columns_array, weights=error[rows_array], minlength=width) + l2 * params[0],
                 vectors.T @ error + l2 * params[1])
        for k, grad in enumerate(grads):
            first[k] = 0.9 * first[k] + 0.1 * grad
            second[k] = 0.999 * second[k] + 0.001 * grad * grad
            params[k] -= learning_rate * (first[k] / (1 - 0.9**step)) / (np.sqrt(second[k] / (1 - 0.999**step)) + 1e-8)
    weights = {f: float(params[0][j]) for f, j in vocabulary.items() if abs(params[0][j]) >= 1e-4}
    return weights, params[1].astype(np.float32)


def train_cue_model(corpus: Iterable[dict], nlp: Language, *, source: str, probe: Iterable[str] = (),
                    corpus_sha256: str | None = None, n_process: int = 1, l2: float = 1e-5,
                    epochs: int = 300) -> CueModel:
    """Fit the cue model on ``corpus``; ``probe`` texts give the meta's ``features_fingerprint``."""
    examples = Examples()
    records = list(corpus)
    texts = ((r["text"], r) for r in records)
    for doc, record in nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=8):
        examples.add_document(doc, record["attributions"])
    if not any(examples.labels):
        raise InputError("the corpus has no attribution with both a cue and a content to learn from")
    weights, vector_weights = fit_logistic(examples, l2=l2, epochs=epochs)
    meta = {
        "model": "cue_model",
        "trained_with": f"newsgraph-{__version__}",
        "trained_on": source,
        "corpus_sha256": corpus_sha256,
        "articles": len(records),
        "examples": len(examples.labels),
        "positives": int(sum(examples.labels)),
        "spacy_model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "l2": l2,
        "epochs": epochs,
        # Chosen on PolNeAR dev with this model; the attribution component applies it.
        "threshold": DEFAULT_THRESHOLD,
        "features_fingerprint": features_fingerprint(nlp.pipe(probe)),
    }
    return CueModel(weights, vector_weights, meta)
