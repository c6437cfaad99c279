"""Attribution rules that read layout rather than parses, on hand-built docs with a stub cue model."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.attribution import AttributionFinder
from newsgraph.nlp.cues import CueModel
from newsgraph.nlp.headlines import headline_speakers

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


def test_according_to_takes_the_part_of_a_name_the_parse_broke_off():
    # "The blast hit Main Street, according to Commissioner Sean O’Neill." with "O’Neill" hung off the verb.
    words = ["The", "blast", "hit", "Main", "Street", ",", "according", "to", "Commissioner", "Sean",
             "O\u2019Neill", "."]
    spaces = [True, True, True, True, False, True, True, True, True, True, False, False]
    heads = [1, 2, 2, 4, 2, 2, 2, 6, 9, 7, 2, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "dobj", "punct", "prep", "prep", "compound", "pobj",
            "npadvmod", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    [found] = AttributionFinder(doc, model=SAY).find()
    assert _text(doc, found.source) == "Commissioner Sean O\u2019Neill"
    assert [_text(doc, p) for p in found.content] == ["The blast hit Main Street"]


def test_according_to_ends_its_source_at_the_comma_when_the_parse_ran_the_statement_into_it():
    # "According to Per Lunde, the pier reeks of haste." with "the pier reeks …" parsed as his appositive.
    words = ["According", "to", "Per", "Lunde", ",", "the", "pier", "reeks", "of", "haste", "."]
    spaces = [True, True, True, False, True, True, True, True, True, False, False]
    heads = [0, 0, 3, 1, 3, 6, 3, 6, 7, 8, 0]
    deps = ["ROOT", "prep", "compound", "pobj", "punct", "det", "appos", "appos", "prep", "pobj", "punct"]
    pos = ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    [found] = AttributionFinder(doc, model=SAY).find()
    assert _text(doc, found.source) == "Per Lunde"
    assert [_text(doc, p) for p in found.content] == ["the pier reeks of haste"]


def test_a_verb_coordinated_with_a_subjectless_cue_shares_the_phrase_before_it():
    # "The member, Ada Berg, said the ban was wrong and questioned how it worked." with no subject parsed.
    words = ["The", "member", ",", "Ada", "Berg", ",", "said", "the", "ban", "was", "wrong", "and",
             "questioned", "how", "it", "worked", "."]
    spaces = [True, False, True, True, False, True, True, True, True, True, True, True, True, True, True,
              False, False]
    heads = [1, 6, 1, 4, 1, 1, 6, 8, 9, 6, 9, 6, 6, 15, 15, 12, 6]
    deps = ["det", "npadvmod", "punct", "compound", "appos", "punct", "ROOT", "det", "nsubj", "ccomp",
            "acomp", "cc", "conj", "advmod", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "CCONJ",
           "VERB", "ADV", "PRON", "VERB", "PUNCT"]
    lemmas = ["the", "member", ",", "Ada", "Berg", ",", "say", "the", "ban", "be", "wrong", "and", "question",
              "how", "it", "work", "."]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    model = CueModel({"bias": -4.0, "frame=say|V|ccomp": 8.0, "frame=question|V|ccomp": 8.0},
                     np.zeros(300, np.float32), {})
    found = AttributionFinder(doc, model=model).find()
    assert [(_text(doc, a.cue), _text(doc, a.source)) for a in found] == [
        ("said", "The member, Ada Berg"), ("questioned", "The member, Ada Berg")]


def test_a_headline_speaker_needs_a_title_case_line():
    found = [(m.group("content"), m.group("source"), m.group("cue")) for m in headline_speakers(
        "Ferry Fares Will Rise in May, \u00c9cole Director Says\n"
        "Residents filed 40 complaints last year, Insurance Says\n"
        "After Storm, Homeowners File Record Claims\n"
        "Rates Will Fall, Analysts Say.")]
    assert found == [("Ferry Fares Will Rise in May", "\u00c9cole Director", "Says"),
                     ("Rates Will Fall", "Analysts", "Say")]
