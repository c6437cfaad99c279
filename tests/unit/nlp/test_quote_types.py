"""What an attribution reports, decided from its cue word and frame, on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp.quote_types import quote_type

VOCAB = spacy.blank("en").vocab


def cue_of(words: str, lemma: str, *, passive: bool = False) -> spacy.tokens.Token:
    """The last word of ``words`` as a verb of lemma ``lemma``, the words before it its subject (and, when
    ``passive``, its passive auxiliary)."""
    tokens = words.split()
    verb = len(tokens) - 1
    subject = verb - 1 if passive else verb
    deps = ["det"] * (subject - 1) + ["nsubjpass" if passive else "nsubj"] + (["auxpass"] if passive else []) + ["ROOT"]
    doc = Doc(VOCAB, words=tokens, heads=[verb] * len(tokens), deps=deps,
              lemmas=[t.lower() for t in tokens[:-1]] + [lemma])
    return doc[verb]


@pytest.mark.parametrize("words, lemma, relation, expected", [
    ("He said", "say", "ccomp", "statement"),
    ("Officials announced", "announce", "dobj", "statement"),  # "announced the closure": announce takes objects
    ("She believes", "believe", "ccomp", "belief"),
    ("She hopes", "hope", "ccomp", "belief"),
    ("She hopes", "hope", "xcomp", "intention"),  # "hopes to run"
    ("She plans", "plan", "xcomp", "intention"),
    ("Marsh showed", "show", "dobj", "other"),  # "showed no reaction": show reports clauses only
    ("The study showed", "show", "ccomp", "statement"),
    ("The White House welcomed", "welcome", "dobj", "other"),
    ("Residents voted", "vote", "prep:against", "other"),
    ("The mayor gloated", "gloat", "ccomp", "statement"),  # unlisted, but it reports a clause
    ("The senator slammed", "slam", "dobj", "statement"),
])
def test_the_cue_word_and_its_frame_decide_the_type(words, lemma, relation, expected):
    assert quote_type(cue_of(words, lemma), relation, quoted=False) == expected


def test_an_expectation_in_the_passive_is_no_ones_unless_the_article_says_whose():
    # "The closure is expected to last six weeks": nobody named holds it, and nobody intends it.
    assert quote_type(cue_of("closure is expected", "expect", passive=True), "xcomp", quoted=False) == "other"
    by = Doc(VOCAB, words=["closure", "is", "expected", "by", "analysts"], heads=[2, 2, 2, 2, 3],
             deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
             lemmas=["closure", "be", "expect", "by", "analyst"])
    assert quote_type(by[2], "xcomp", quoted=False) == "belief"


def test_quoted_words_are_a_statement_whatever_the_verb_but_a_plan_stays_a_plan():
    assert quote_type(cue_of("Marsh showed", "show"), "dobj", quoted=True) == "statement"
    # "She wants to call it “Fast Forward”": quoted, and still what she wants.
    assert quote_type(cue_of("She wants", "want"), "xcomp", quoted=True) == "intention"
