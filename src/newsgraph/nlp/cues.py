"""Cue frames: which words report a statement, and through which dependent the statement comes.

A frame is a (lemma, relation) pair: ``say`` + ``ccomp`` ("said that …"), ``hint`` + ``prep:at``,
``call`` + ``xcomp``, ``claim`` (noun) + ``acl``, and ``head:parataxis`` for a cue standing inside its
own content ("The plan, he said, is dead"). The learned table (``cue_frames.tsv``, made by
``newsgraph train cues`` from an attribution corpus) gives each frame the probability that a word
in that frame really carries an attribution; the hand-written verb list in
``lexicons/reporting_verbs.txt`` is the fallback when no table ships.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "acl", "attr"}
HEAD_DEPS = {"parataxis", "advcl", "ccomp"}
FRAMES_FILE = "cue_frames.tsv"
#: Frames whose probability is below this are ignored; chosen on PolNeAR dev (see README).
DEFAULT_THRESHOLD = 0.2


@dataclass(frozen=True)
class Frame:
    relation: str
    root: Token  # the content's head token
    head_side: bool = False  # content is the cue's head clause, minus the cue's own subtree
    preposition: Token | None = None


def relations(token: Token) -> Iterator[Frame]:
    """Every dependent (or head) of ``token`` that could carry reported content."""
    for child in token.children:
        if child.dep_ in CONTENT_DEPS:
            yield Frame(child.dep_, child)
        elif child.dep_ in ("prep", "prt", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    yield Frame(f"prep:{child.lower_}", grandchild, preposition=child)
    if token.dep_ in HEAD_DEPS and token.head is not token:
        yield Frame(f"head:{token.dep_}", token.head, head_side=True)


def frame_key(token: Token, relation: str) -> str:
    return f"{token.lemma_.lower()}\t{'N' if token.pos_ in ('NOUN', 'PROPN') else 'V'}\t{relation}"


@cache
def learned_frames() -> dict[str, float]:
    """The shipped frame table: key -> probability of an attribution. Empty when none ships."""
    path = resources.files("newsgraph.nlp.models").joinpath(FRAMES_FILE)
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, pos, relation, probability, _count = line.split("\t")
        table[f"{lemma}\t{pos}\t{relation}"] = float(probability)
    return table
