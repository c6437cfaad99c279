"""Attribution rules that read layout rather than parses, on hand-built docs with a stub cue model."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.attribution import AttributionFinder
from newsgraph.nlp.cues import CueModel

VOCAB = spacy.blank("en").vocab
# A cue model that knows one frame: "say" with a clausal complement.
SAY = CueModel({"bias": -4.0, "frame=say|V|ccomp": 8.0}, np.zeros(300, np.float32), {})


def _flat(words: list[str], spaces: list[bool]) -> Doc:
    """Every token hangs off the first: one sentence, no frames."""
    n = len(words)
    return Doc(VOCAB, words=words, spaces=spaces, heads=[0] * n, deps=["ROOT"] + ["dep"] * (n - 1),
               pos=["X"] * n)


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return doc.text[span[0]:span[1]] if span else None


def test_a_signed_quotation_gets_its_signature_as_source():
    words = ["\u201c", "The", "early", "ferry", "is", "gone", ".", "\u201d", "\u2015", "Agnes", "Moe", "\n"]
    doc = _flat(words, [False, True, True, True, True, False, False, True, True, True, False, False])
    [found] = AttributionFinder(doc, model=SAY).find()
    assert (_text(doc, found.source), _text(doc, found.cue), found.kind) == ("Agnes Moe", "\u2015", "direct")
    assert [_text(doc, p) for p in found.content] == ["\u201cThe early ferry is gone.\u201d"]


def test_a_parsed_content_stops_at_the_line_break():
    # "The council said fares would rise\n\nFerry prices up" with the next line parsed into the clause.
    words = ["The", "council", "said", "fares", "would", "rise", "\n\n", "Ferry", "prices", "up"]
    spaces = [True, True, True, True, True, False, False, True, True, False]
    heads = [1, 2, 2, 5, 5, 2, 5, 8, 5, 8]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dep", "compound", "dep", "advmod"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "AUX", "VERB", "SPACE", "NOUN", "NOUN", "ADV"]
    lemmas = ["the", "council", "say", "fare", "would", "rise", "\n\n", "ferry", "price", "up"]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    [found] = AttributionFinder(doc, model=SAY).find()
    assert [_text(doc, p) for p in found.content] == ["fares would rise"]
    assert (_text(doc, found.source), _text(doc, found.cue)) == ("The council", "said")
