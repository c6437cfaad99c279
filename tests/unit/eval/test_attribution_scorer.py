import json

import pytest

from newsgraph.errors import EvalDataError
from newsgraph.eval.attribution import WordIndex, is_quoted, load_jsonl, score, speaker_key

TEXT = 'Smith said on Monday that taxes will rise. "It is bad," he added.'
GOLD = {"d": {"id": "d", "text": TEXT, "attributions": [
    {"source": [[0, 5]], "cue": [[6, 10]], "content": [[21, 42]]},
    {"source": [[56, 58]], "cue": [[59, 64]], "content": [[43, 55]]},
]}}


def f1s(metrics):
    return {k: v["f1"] for k, v in metrics.items() if isinstance(v, dict) and "f1" in v}


def test_perfect_predictions_score_one():
    assert set(f1s(score(GOLD, GOLD).metrics).values()) == {1.0}


def test_no_predictions_score_zero():
    result = score(GOLD, {})
    assert set(f1s(result.metrics).values()) == {0.0}
    assert result.metrics["counts"] == {"articles": 1, "gold": 2, "pred": 0, "aligned": 0}


def test_partial_content_right_source_wrong_cue():
    taxes_will_rise = {"source": [[0, 5]], "cue": [[11, 13]], "content": [[26, 41]]}
    pred = {"d": {"id": "d", "attributions": [taxes_will_rise]}}
    m = score(GOLD, pred).metrics
    assert m["content.exact"]["p"] == 0.0
    assert m["content.overlap"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    # "taxes will rise" is 3 of the 4 gold words ("that" is the fourth); one of two gold attributions.
    assert m["content.soft"]["p"] == 1.0 and m["content.soft"]["r"] == 0.375
    assert m["source.exact"]["p"] == 1.0 and m["cue.exact"]["p"] == 0.0
    assert m["source_acc_given_content"] == 1.0 and m["cue_acc_given_content"] == 0.0


def test_punctuation_and_quote_marks_never_matter():
    pred = {"d": {"id": "d", "attributions": [
        {"source": [[0, 5]], "cue": [[6, 10]], "content": [[21, 41]]},
        {"source": [[56, 58]], "cue": [[59, 63]], "content": [[44, 52]]},
    ]}}
    assert set(f1s(score(GOLD, pred).metrics).values()) == {1.0}


@pytest.mark.parametrize(("only", "gold", "pred"), [("quoted", 1, 1), ("unquoted", 1, 1), (None, 2, 2)])
def test_filter_keeps_one_side_of_the_quote_split(only, gold, pred):
    m = score(GOLD, GOLD, only=only).metrics
    assert (m["counts"]["gold"], m["counts"]["pred"]) == (gold, pred)
    assert ("filter" in m) == (only is not None)


def test_is_quoted_looks_at_content_only():
    assert is_quoted(GOLD["d"]["attributions"][1], TEXT)
    assert not is_quoted(GOLD["d"]["attributions"][0], TEXT)


def test_alignment_is_one_to_one():
    twice = {"source": [[0, 5]], "cue": [[6, 10]], "content": [[21, 42]]}
    m = score(GOLD, {"d": {"id": "d", "attributions": [twice, twice]}}).metrics
    assert m["counts"]["aligned"] == 1
    assert m["content.exact"] == {"p": 0.5, "r": 0.5, "f1": 0.5}


def test_cue_detection_counts_a_shared_cue_once():
    shared_cue = {"d": {"id": "d", "attributions": [
        {"source": [[0, 5]], "cue": [[6, 10]], "content": [[21, 30]]},
        {"source": [[0, 5]], "cue": [[6, 10]], "content": [[31, 41]]},
    ]}}
    assert score(GOLD, shared_cue).metrics["cue.independent"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}


def test_attributions_without_content_words_are_dropped():
    punctuation_only = {"source": [[0, 5]], "cue": [[6, 10]], "content": [[41, 42]]}
    m = score(GOLD, {"d": {"id": "d", "attributions": [punctuation_only]}}).metrics
    assert m["counts"]["pred"] == 0


def test_unknown_predicted_ids_are_ignored_with_a_warning():
    result = score(GOLD, {**GOLD, "x": {"id": "x", "attributions": []}})
    assert result.warnings == ("predicted id not in gold, ignored: x",)
    assert f1s(result.metrics)["content.exact"] == 1.0


def test_predicted_text_must_match_gold():
    with pytest.raises(EvalDataError, match="differs"):
        score(GOLD, {"d": {"id": "d", "text": TEXT.upper(), "attributions": []}})


def test_span_outside_text_is_an_error():
    with pytest.raises(EvalDataError, match="outside"):
        score(GOLD, {"d": {"id": "d", "attributions": [{"content": [[60, 99]]}]}})


def test_unknown_filter_is_rejected():
    with pytest.raises(ValueError):
        score(GOLD, GOLD, only="direct")


@pytest.mark.parametrize(("span", "words"), [
    ((0, 5), {0}), ((0, 6), {0}), ((5, 6), set()), ((3, 3), {0}), ((6, 6), set()), ((4, 7), {0, 1}),
    ((43, 55), {8, 9, 10}),
])
def test_a_span_touches_every_word_it_shares_a_character_with(span, words):
    assert WordIndex(TEXT).words([span]) == words


def test_load_jsonl_rejects_duplicate_ids(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD["d"]) + "\n\n" + json.dumps(GOLD["d"]) + "\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match=":3: duplicate id d"):
        load_jsonl(path)


def test_load_jsonl_rejects_records_without_id(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(EvalDataError, match=":1: not an article record"):
        load_jsonl(path)


def test_resolved_speakers_are_scored_where_the_gold_names_them():
    from newsgraph.eval.attribution import score_speakers

    text = "Ana Silva said the bridge would open. The council said fares would rise."
    gold = {"a": {"text": text, "attributions": [
        {"content": [[15, 36]], "source": [[0, 9]], "cue": [[10, 14]], "speaker": "Ana Silva"},
        {"content": [[55, 72]], "source": [[38, 49]], "cue": [[50, 54]], "speaker": None}]}}
    predicted = {"a": {"attributions": [
        {"content": [[15, 36]], "source": [[0, 9]], "cue": [[10, 14]], "speaker": "ana  silva"},
        {"content": [[55, 72]], "source": [[38, 49]], "cue": [[50, 54]], "speaker": "The Council"}]}}
    result = score_speakers(gold, predicted)
    assert result["speaker.resolved"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    assert result["speaker_acc_given_content"] == 0.5
    predicted["a"]["attributions"][1]["speaker"] = None
    assert score_speakers(gold, predicted)["speaker.resolved"]["f1"] == 1.0
    assert score_speakers(gold, predicted, only="quoted")["speaker.resolved"]["f1"] == 0.0
    del gold["a"]["attributions"][1]["speaker"]
    assert score_speakers(gold, predicted) is None  # PolNeAR-style gold names no speakers


def test_a_gold_speaker_may_list_the_names_the_article_uses():
    from newsgraph.eval.attribution import score_speakers

    text = "The UN Environment Programme said funding had fallen."
    gold = {"a": {"text": text, "attributions": [{"content": [[34, 52]], "source": [[0, 28]], "cue": [[29, 33]],
                                                  "speaker": ["United Nations Environment Programme",
                                                              "UN Environment Programme"]}]}}
    for name, agreed in [("UN Environment Programme", 1.0), ("united nations environment programme", 1.0),
                         ("UN", 0.0), (None, 0.0)]:
        predicted = {"a": {"attributions": [{**gold["a"]["attributions"][0], "speaker": name}]}}
        assert score_speakers(gold, predicted)["speaker.resolved"]["f1"] == agreed, name


@pytest.mark.parametrize("a, b", [("Fundy Isles Ferries Ltd.", "fundy isles ferries"), ("The Acme Corp", "Acme"),
                                  ("Rhenara AG", "Rhenara"), ("Kessler Holdings, Inc.", "Kessler Holdings")])
def test_speakers_compare_without_case_a_leading_the_or_a_companys_legal_form(a, b):
    assert speaker_key(a) == speaker_key(b)
    assert speaker_key("Inc") == "inc" and speaker_key("Co Sligo") != speaker_key("Sligo")
