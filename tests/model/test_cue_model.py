"""The shipped cue model's weights belong to the features the code computes today."""

from newsgraph.eval import OWN_GOLD, load_jsonl
from newsgraph.nlp import parsing_model
from newsgraph.nlp.cues import shipped_model
from newsgraph.nlp.training import features_fingerprint


def test_the_shipped_cue_model_was_trained_on_the_current_features() -> None:
    probe = [d["text"] for d in load_jsonl(OWN_GOLD).values()]
    fingerprint = features_fingerprint(parsing_model().pipe(probe))
    assert shipped_model().meta.get("features_fingerprint") == fingerprint, (
        "the cue model's features (frames, features or the lexicons they read) changed since the shipped "
        "model was trained: retrain it with `make train` and commit src/newsgraph/nlp/models/cue_model.json")
