import types

import pytest

from newsgraph.batch import one_at_a_time
from newsgraph.eval.predict import (
    analysis_to_prediction,
    predict,
    predict_article,
    remap_prediction,
    span_mapper,
)
from newsgraph.model import Analysis, Article, EntityRef, Event, Extracted, Quote, Removed, Span, TimeExpression

TEXT = '"We will win," she said. Officials said the vote was close.'


def _quote(kind, content, cue=None, source=None, speaker=None):
    return Quote(kind=kind, content=tuple(Span.of(TEXT, s, e) for s, e in content),
                 cue=Span.of(TEXT, *cue) if cue else None, source=Span.of(TEXT, *source) if source else None,
                 speaker=speaker)


ANALYSIS = Analysis(article=Article(text=TEXT), quotes=(
    _quote("direct", [(0, 14)], cue=(19, 23), source=(15, 18), speaker=EntityRef("e1", "Ada Ray")),
    _quote("indirect", [(40, 58)], cue=(35, 39), source=(25, 34)),
    _quote("direct", [(0, 7), (8, 14)]),
), events=(Event("vote", (EntityRef("e1", "Ada Ray"),), "2025-03", Span.of(TEXT, 44, 48), "planned",
                 mentions=(Span.of(TEXT, 44, 48),)),))


def test_analysis_becomes_a_prediction_in_gold_shape():
    # The last quote has no cue or source of its own: PolNeAR counts it as more content of the one before.
    assert analysis_to_prediction("a1", ANALYSIS) == {"id": "a1", "attributions": [
        {"source": [[15, 18]], "cue": [[19, 23]], "content": [[0, 14]], "speaker": "Ada Ray",
         "type": "statement"},
        {"source": [[25, 34]], "cue": [[35, 39]], "content": [[40, 58], [0, 7], [8, 14]], "speaker": None,
         "type": "statement"},
    ], "times": [], "removed": [], "events": [
        {"kind": "vote", "triggers": [[44, 48]], "participants": ["Ada Ray"], "when": "2025-03", "status": "planned",
         "role": None}]}


def test_times_and_cut_stretches_travel_with_the_prediction_and_times_map_back_onto_the_gold_text():
    gold = "Byline here\nOn Tuesday the vote was close."
    analysed = "On Tuesday the vote was close."
    analysis = Analysis(article=Article(text=analysed),
                        times=(TimeExpression(3, 10, "Tuesday", "2026-03-03", "day", "past"),),
                        removed=(Removed(0, 12, "Byline here\n", "byline"),))
    prediction = analysis_to_prediction("a1", analysis)
    assert prediction["removed"] == [{"start": 0, "end": 12, "reason": "byline"}]
    [time] = remap_prediction(prediction, analysed, gold, analysis.removed)["times"]
    assert gold[time["start"]:time["end"]] == "Tuesday" and time["value"] == "2026-03-03"


def test_an_uncued_quote_by_another_speaker_is_the_next_turn_not_more_content():
    exchange = Analysis(article=Article(text=TEXT), quotes=(
        _quote("direct", [(0, 14)], cue=(19, 23), source=(15, 18), speaker=EntityRef("e1", "Ada Ray")),
        _quote("direct", [(40, 58)], speaker=EntityRef("e2", "Bo Lind")),
    ))
    assert [a["speaker"] for a in analysis_to_prediction("a1", exchange)["attributions"]] == ["Ada Ray", "Bo Lind"]


def test_a_lone_uncued_quote_stays_an_attribution():
    lone = Analysis(article=Article(text=TEXT), quotes=(_quote("direct", [(0, 14)]),))
    assert analysis_to_prediction("a1", lone)["attributions"] == [
        {"source": [], "cue": [], "content": [[0, 14]], "speaker": None, "type": "statement"}]


@pytest.mark.parametrize(("analysed", "gold"), [
    ("Hello  big world", "Hello big world"),
    ("\u201cHi,\u201d she said.", '"Hi," she said.'),
    ("said the vote", "Officials said the vote"),
    ("Officials said the vote was close.", "Officials said the vote"),
])
def test_offsets_follow_unchanged_text(analysed, gold):
    span = span_mapper(analysed, gold)
    for word in ("said", "world", "she", "Hello", "vote"):
        if word in analysed and word in gold:
            start = analysed.index(word)
            assert gold[slice(*span(start, start + len(word)))] == word
    assert span(0, len(analysed))[1] == len(gold)


def test_a_span_ending_where_text_was_cut_does_not_take_the_cut_text():
    gold = "Study finds\n\nPublished 18 February\n\nOSLO - Walking helps."
    analysed = "Study finds\n\nOSLO - Walking helps."
    span = span_mapper(analysed, gold)
    assert gold[slice(*span(6, 11))] == "finds"
    assert gold[slice(*span(13, 17))] == "OSLO"


def test_the_cut_stretches_are_taken_out_before_aligning():
    gold = 'It said aid was "ready".\n\nAdvertisement\n\nA group said it stole the files.\n'
    analysed = 'It said aid was "ready".\n\nA group said it stole the files.'
    cut = gold.index("Advertisement")
    removed = (Removed(cut, cut + len("Advertisement\n\n"), "Advertisement\n\n", "advertisement"),)
    source = analysed.index("A group")
    prediction = {"id": "a1", "attributions": [
        {"source": [[source, source + 7]], "cue": [], "content": [], "speaker": None}]}
    moved = remap_prediction(prediction, analysed, gold, removed)
    assert gold[slice(*moved["attributions"][0]["source"][0])] == "A group"


def test_prediction_is_moved_onto_the_gold_text():
    gold = "  " + TEXT.replace('"', "\u201c", 1).replace("Officials", "Some officials")
    moved = remap_prediction(analysis_to_prediction("a1", ANALYSIS), TEXT, gold)
    direct, indirect = moved["attributions"][:2]
    assert gold[slice(*direct["source"][0])] == "she" and direct["speaker"] == "Ada Ray"
    # Inside an edited stretch the boundary is a guess; the scorer only counts words, which are exact.
    assert gold[slice(*direct["content"][0])].strip() == "\u201cWe will win,\""
    assert gold[slice(*indirect["content"][0])] == "the vote was close"
    assert [gold[slice(*t)] for t in moved["events"][0]["triggers"]] == ["vote"]


def _fake_nlp(monkeypatch, analyse):
    module = types.ModuleType("newsgraph.nlp")
    module.analyze_extracted_batch = one_at_a_time(lambda extracted, settings: analyse(extracted, settings=settings))
    monkeypatch.setitem(__import__("sys").modules, "newsgraph.nlp", module)


def test_article_text_goes_to_the_nlp_stage_as_given(monkeypatch):
    seen = []

    def analyse(extracted: Extracted, *, settings=None):
        seen.append(extracted.article)
        return Analysis(article=extracted.article, quotes=ANALYSIS.quotes)

    _fake_nlp(monkeypatch, analyse)
    raw = "  Title\n\n" + TEXT + "\n\nSubscribe to our newsletter!\n"
    result = predict_article({"id": "a1", "text": raw, "meta": {"publication_date": "2016-10-01"}})
    assert seen[0].text == raw and str(seen[0].published) == "2016-10-01"
    assert result.error is None and result.warnings == ()
    assert len(result.prediction["attributions"]) == 2


def test_a_changed_text_is_mapped_back_and_reported(monkeypatch):
    def analyse(extracted, *, settings=None):
        return Analysis(article=Article(text=TEXT), quotes=ANALYSIS.quotes)

    _fake_nlp(monkeypatch, analyse)
    gold = "Title\n\n" + TEXT
    result = predict_article({"id": "a1", "text": gold})
    source = result.prediction["attributions"][1]["source"][0]
    assert gold[source[0]:source[1]] == "Officials"
    assert "mapped back" in result.warnings[0]


def test_a_scraped_page_goes_through_extraction_and_comes_back_on_the_gold_text(monkeypatch):
    seen = []

    def analyse(extracted, *, settings=None):
        text = extracted.article.text
        seen.append(text)
        start = text.index("Officials")
        return Analysis(article=extracted.article, quotes=(Quote(
            kind="indirect", content=(Span.of(text, start + 15, start + 33),),
            cue=Span.of(text, start + 10, start + 14), source=Span.of(text, start, start + 9), speaker=None),))

    _fake_nlp(monkeypatch, analyse)
    body = ("The council met on Tuesday to vote on the new harbour plan, which had been debated for months. "
            "Officials said the vote was close.")
    page = "Share on Facebook | Share on X\n\n" + body + "\n\nSign up for our free newsletter!\n"
    result = predict_article({"id": "p", "text": page, "meta": {"scraped": True,
                                                                "publication_date": "2025-03-18"}})
    assert "Share on Facebook" not in seen[0] and "newsletter" not in seen[0]
    attribution = result.prediction["attributions"][0]
    assert [page[s:e] for s, e in attribution["source"] + attribution["cue"] + attribution["content"]] == [
        "Officials", "said", "the vote was close"]
    assert result.warnings == ()  # a scraped page is expected to lose its junk


def test_a_failing_article_is_recorded_not_raised(monkeypatch):
    def analyse(extracted, *, settings=None):
        raise RuntimeError("parser exploded")

    _fake_nlp(monkeypatch, analyse)
    results = list(predict([{"id": "a", "text": "One."}, {"id": "b", "text": "Two words."}]))
    assert [r.id for r in results] == ["a", "b"]
    assert results[1].error == "RuntimeError: parser exploded"
    assert results[1].prediction == {"id": "b", "attributions": []} and results[1].words == 2


def test_a_missing_model_fails_the_run(monkeypatch):
    from newsgraph.errors import ModelError

    def analyse(extracted, *, settings=None):
        raise ModelError("no model")

    _fake_nlp(monkeypatch, analyse)
    with pytest.raises(ModelError):
        list(predict([{"id": "a", "text": "One."}]))


def test_articles_are_analysed_in_batches_and_a_failure_stays_with_its_article(monkeypatch):
    sizes = []

    def analyse_batch(batch, *, settings=None):
        sizes.append(len(batch))
        return [RuntimeError("parser exploded") if e.article.text == "Bad." else Analysis(article=e.article)
                for e in batch]

    module = types.ModuleType("newsgraph.nlp")
    module.analyze_extracted_batch = analyse_batch
    monkeypatch.setitem(__import__("sys").modules, "newsgraph.nlp", module)
    docs = [{"id": f"d{k}", "text": "Bad." if k == 3 else f"Article {k}."} for k in range(10)]
    results = list(predict(docs))
    assert sizes == [8, 2]
    assert [r.id for r in results] == [d["id"] for d in docs]
    assert [r.id for r in results if r.error] == ["d3"]
