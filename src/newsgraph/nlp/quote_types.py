"""What an attribution reports: a statement, a belief, an intention, or another act.

PolNeAR's scheme, and so the cue model trained on it, takes in anything an article attributes to someone:
"Trump believes …", "She plans to …", "The White House welcomed the vote", "Marsh showed no reaction".
Someone asking who said what wants the statements, and may want the beliefs and intentions beside them
(often the reporter's paraphrase of what was said), but not the acts. Each quote says which it is; the
views choose, and the attribution scores count them all.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.model import QUOTE_TYPES

STATEMENT, BELIEF, INTENTION, OTHER = QUOTE_TYPES

# Frames whose content is a clause of its own ("fumed that …", "…, the agency said").
_CLAUSE_RELATIONS = frozenset({"ccomp", "acl", "head:parataxis", "head:ccomp", "head:advcl"})
# Frames whose content is a noun phrase the verb acts on.
_OBJECT_RELATIONS = frozenset({"dobj", "nsubjpass", "oprd", "attr"})


def quote_type(cue: Token, relation: str, *, quoted: bool) -> str:
    """The type of the attribution ``cue`` makes through a frame of ``relation`` (a cue model frame:
    "ccomp", "xcomp", "dobj", "prep:at", "head:parataxis" …); ``quoted``: its content holds a quotation."""
    lemma = cue.lemma_.lower()
    listed = lexicons.pairs("cue_types").get(lemma)
    if listed == BELIEF and _passive(cue):
        # "The bill is expected to pass" is held by no one the article names (but "is expected by
        # analysts to …" is theirs).
        return BELIEF if any(c.dep_ == "agent" for c in cue.children) else OTHER
    if listed == BELIEF and relation == "xcomp":
        return INTENTION  # "hopes to run"
    if listed is not None:
        return listed
    if quoted:
        return STATEMENT
    frames = lexicons.reporting_frames().get(lemma)
    if frames is not None:
        # "Marsh showed no reaction", "noted the irony": a verb that reports clauses only, acting on a thing.
        return OTHER if relation in _OBJECT_RELATIONS and frames == {"clause"} else STATEMENT
    return STATEMENT if relation in _CLAUSE_RELATIONS else OTHER


def _passive(token: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)
