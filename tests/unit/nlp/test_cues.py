"""The cue model's features, its arithmetic, its file format and its training, on hand-built parses."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.cues import CueModel, frame_features, relations, subject_of
from newsgraph.nlp.training import Examples, features_fingerprint, fit_logistic

VOCAB = spacy.blank("en").vocab


def _said_that() -> Doc:
    """He did not say that the plan was dead ."""
    words = ["He", "did", "not", "say", "that", "the", "plan", "was", "dead", "."]
    return Doc(VOCAB, words=words, heads=[3, 3, 3, 3, 7, 6, 7, 3, 7, 3],
               deps=["nsubj", "aux", "neg", "ROOT", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
               pos=["PRON", "AUX", "PART", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
               tags=["PRP", "VBD", "RB", "VB", "IN", "DT", "NN", "VBD", "JJ", "."],
               lemmas=["he", "do", "not", "say", "that", "the", "plan", "be", "dead", "."])


def _adding() -> Doc:
    """Officials spoke , adding that talks would go on ."""
    words = ["Officials", "spoke", ",", "adding", "that", "talks", "would", "go", "on", "."]
    return Doc(VOCAB, words=words, heads=[1, 1, 1, 1, 7, 7, 7, 3, 7, 1],
               deps=["nsubj", "ROOT", "punct", "advcl", "mark", "nsubj", "aux", "ccomp", "prt", "punct"],
               pos=["NOUN", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "ADP", "PUNCT"],
               tags=["NNS", "VBD", ",", "VBG", "IN", "NNS", "MD", "VB", "RP", "."],
               lemmas=["official", "speak", ",", "add", "that", "talk", "would", "go", "on", "."])


def test_relations_find_the_clausal_complement() -> None:
    doc = _said_that()
    frames = list(relations(doc[3]))
    assert [(f.relation, f.root.text) for f in frames] == [("ccomp", "was")]


def test_a_participle_shares_the_subject_of_its_verb() -> None:
    doc = _adding()
    assert subject_of(doc[3]).text == "Officials"
    assert subject_of(doc[1]).text == "Officials"


def test_features_describe_word_frame_subject_and_content() -> None:
    doc = _said_that()
    features = set(frame_features(doc[3], next(relations(doc[3])), quoted=set()))
    assert {"frame=say|V|ccomp", "subject=pron:he", "mark=that", "clausal=True", "negated=True",
            "root_quoted=False", "hand_listed=True"} <= features
    quoted = set(frame_features(doc[3], next(relations(doc[3])), quoted={7}))
    assert "root_quoted=True" in quoted


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    doc = _said_that()
    frame = next(relations(doc[3]))
    model = CueModel({"bias": -1.0, "frame=say|V|ccomp": 3.0, "negated=True": -0.5}, np.zeros(300, np.float32), {})
    assert model.probability(doc[3], frame, set()) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert [f for f, _ in model.likely_frames(doc[3], set(), threshold=0.5)] == [frame]
    assert model.likely_frames(doc[3], set(), threshold=0.9) == []


def test_a_pipeline_without_vectors_ignores_the_vector_weights() -> None:
    doc = _said_that()
    frame = next(relations(doc[3]))
    with_vectors = CueModel({"bias": 0.0}, np.ones(300, np.float32), {})
    assert with_vectors.probability(doc[3], frame, set()) == pytest.approx(0.5)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = CueModel({"bias": -2.0, "frame=say|V|ccomp": 4.123456}, np.arange(300, dtype=np.float32) / 1000,
                     {"trained_on": "unit"})
    path = tmp_path / "cue_model.json"
    model.save(path)
    loaded = CueModel.load(path)
    assert loaded.meta == {"trained_on": "unit"}
    assert loaded.weights == {"bias": -2.0, "frame=say|V|ccomp": 4.12346}
    assert np.allclose(loaded.vector_weights, model.vector_weights, atol=1e-5)


def test_fit_logistic_separates_cues_from_other_words() -> None:
    examples = Examples()
    rng = np.random.default_rng(0)
    for i in range(400):
        cue = i % 2 == 0
        examples.features.append(["bias", "frame=say|V|ccomp" if cue else "frame=eat|V|dobj", f"noise={i % 7}"])
        examples.vectors.append(rng.normal(size=300).astype(np.float32) * 0.01)
        examples.labels.append(cue)
    weights, vector_weights = fit_logistic(examples, epochs=200)
    assert weights["frame=say|V|ccomp"] > 1.0 > -1.0 > weights["frame=eat|V|dobj"]
    assert vector_weights.shape == (300,)


def test_training_examples_label_the_gold_cue_and_its_content() -> None:
    doc = _said_that()
    cue = [[doc[3].idx, doc[3].idx + 3]]
    content = [[doc[4].idx, doc[8].idx + 4]]
    examples = Examples()
    examples.add_document(doc, [{"cue": cue, "content": content, "source": []}])
    labelled = [(f[1], label) for f, label in zip(examples.features, examples.labels, strict=True)]
    assert [frame for frame, label in labelled if label] == ["frame=say|V|ccomp"]
    assert any(not label for _, label in labelled)
    assert all(v.shape == (300,) for v in examples.vectors)


def test_the_features_fingerprint_follows_the_features_of_the_docs() -> None:
    said, adding = _said_that(), _adding()
    assert features_fingerprint([said, adding]) == features_fingerprint([_said_that(), _adding()])
    assert len({features_fingerprint([said, adding]), features_fingerprint([said]), features_fingerprint([])}) == 3


def test_fitting_nothing_gives_empty_weights():
    weights, vector_weights = fit_logistic(Examples(), epochs=3)
    assert weights == {} and vector_weights.shape == (300,)


def test_a_missing_model_file_is_a_model_error(monkeypatch):
    from newsgraph.errors import ModelError
    from newsgraph.nlp import cues

    monkeypatch.setattr(cues, "MODEL_FILE", "no_such_model.json")
    cues.shipped_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="cue model"):
            cues.shipped_model()
    finally:
        cues.shipped_model.cache_clear()


def test_a_clause_whose_subject_is_which_is_not_a_frame() -> None:
    """People walk less , she noted , which could skew it ."""
    words = ["People", "walk", "less", ",", "she", "noted", ",", "which", "could", "skew", "it", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 5, 1, 5, 5, 5, 5, 9, 9, 5, 9, 5],
              deps=["nsubj", "ccomp", "advmod", "punct", "nsubj", "ROOT", "punct", "nsubj", "aux", "ccomp",
                    "dobj", "punct"])
    assert [(f.relation, f.root.text) for f in relations(doc[5])] == [("ccomp", "walk")]
