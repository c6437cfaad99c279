"""Line breaks start sentences before the parser runs; glued punctuation never does."""

import spacy

from newsgraph.nlp import paragraphs  # noqa: F401  (registers the component)


def test_line_breaks_start_sentences_and_closing_marks_stay_attached():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_paragraphs")
    doc = nlp("Maker to cut 900 jobs\n\nThe company said so. \u201eWe tried.\u201c\nShe left.")
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["The"] is True and starts["She"] is True
    closing = [t for t in doc if t.text == "\u201c"][0]
    assert closing.is_sent_start is False
    assert doc[0].is_sent_start is True  # the first token always starts one
