"""The real parser keeps the sentence starts newsgraph_paragraphs sets."""

from newsgraph.nlp import parsing_model


def test_the_parser_keeps_line_break_starts_and_glued_closing_marks():
    nlp = parsing_model()
    doc = nlp("Gearbox maker to cut 900 jobs at Ebersfeld plant\n\n"
              "Kessler-Nordmann said on Thursday that it would cut jobs. \u201eWe tried.\u201c\nShe left.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Gearbox maker to cut 900 jobs at Ebersfeld plant"
    assert any(s.startswith("Kessler-Nordmann said") for s in sentences)
    assert not any(s == "\u201c" for s in sentences)
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"][0].endswith("Nordmann")
