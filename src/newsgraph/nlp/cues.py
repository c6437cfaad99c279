"""Cue frames: which words report a statement, and through which dependent the statement comes.

A frame is a word and one of its dependents that could carry reported content: ``say`` + ``ccomp``
("said that …"), ``hint`` + ``prep:at``, ``call`` + ``xcomp``, ``claim`` (noun) + ``acl``, ``endorse``
+ ``nsubjpass`` ("Clinton was endorsed by the Times"), and
``head:parataxis`` for a cue standing inside its own content ("The plan, he said, is dead").

Whether a frame really reports something depends on more than the word: "Trump wants to build a wall"
is an intention PolNeAR annotates, "the bill wants amending" is not. The cue model is a logistic
regression over features of the word, the frame, its subject (a pronoun, a person, an organisation),
the content's shape (a clause with "that", an object, its length), negation, quotation marks, the
hand-written reporting-verb list, and the word's static vector (so a verb the corpus never showed as a
cue is judged by its neighbours in vector space). ``newsgraph train cues`` fits it on an attribution
corpus; the weights ship as ``models/cue_model.json``.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.errors import ModelError
from newsgraph.nlp.roles import assigns_role, is_role_noun
from newsgraph.nlp.syntax import determined

CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "acl", "attr", "nsubjpass"}
HEAD_DEPS = {"parataxis", "advcl", "ccomp"}
CUE_POS = {"VERB", "NOUN", "AUX", "ADJ"}
MODEL_FILE = "cue_model.json"
_INHERIT_SUBJECT = {"conj", "advcl", "xcomp", "pcomp"}
_PRONOUNS = {"he", "she", "they", "i", "we", "you", "it"}
_HAND_RELATIONS = {"clause": ("ccomp", "head:parataxis"), "xcomp": ("xcomp",), "obj": ("dobj",)}
_LENGTHS = (1, 2, 4, 8, 16, 32)
# Verbs that give a work its name ("a study titled “Daily steps and dementia”"): what follows is a title.
_NAMING_VERBS = frozenset({"title", "entitle", "subtitle", "caption"})


@dataclass(frozen=True)
class Frame:
    relation: str
    root: Token  # the content's head token
    head_side: bool = False  # content is the cue's head clause, minus the cue's own subtree
    preposition: Token | None = None


def quoted_as_saying(token: Token) -> Token | None:
    """The speech verb of "was quoted as saying …" (or "… by the agency as saying") that ``token`` frames."""
    if token.lemma_.lower() != "quote":
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pcomp" and g.lemma_.lower() in lexicons.reporting_frames()), None)


def relations(token: Token) -> Iterator[Frame]:
    """Every dependent (or head) of ``token`` that could carry reported content (none for the quoting verb
    of "was quoted as saying …": its speech verb reports, with the quoted one for its speaker)."""
    if quoted_as_saying(token) is not None:
        return
    for child in token.children:
        if child.dep_ in CONTENT_DEPS and not _relative_clause(child, token):
            yield Frame(child.dep_, child)
            if child.dep_ == "dobj":
                # (the object of "told" is whom it was told: not "said there was no proof that …")
                yield from (Frame("ccomp", clause) for clause in child.children if _complement_as_relative(clause)
                            or token.lemma_.lower() in _TOLD_TO and _that_complement_as_relative(clause))
        elif child.dep_ == "npadvmod":
            yield from (Frame("ccomp", clause) for clause in child.children if _that_complement_as_relative(clause))
        elif child.dep_ == "advcl" and (_fronted_clause(child, token) or _that_clause(child, token)):
            yield Frame("ccomp", child)
        elif child.dep_ in ("prep", "prt", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    yield Frame(f"prep:{child.lower_}", grandchild, preposition=child)
                    # "said in a statement that …", "said in a speech to the nation that …": the parse hung
                    # the cue's clause off the medium, or off the audience it was addressed to; "told reporters at
                    # the mine entrance that …", off the place (a relative clause opens with no "that" as mark).
                    media = grandchild.lower_ in lexicons.words("speech_media")
                    for clause in grandchild.subtree if media else grandchild.children:
                        if (clause.dep_ in ("acl", "ccomp", "relcl") if media else clause.dep_ == "relcl"
                                and grandchild.dep_ == "pobj") and clause.i > grandchild.i and any(
                                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                            yield Frame("ccomp", clause)
                            break
    if token.dep_ in HEAD_DEPS and token.head.i != token.i:
        yield Frame(f"head:{token.dep_}", token.head, head_side=True)


# Verbs whose object is the one addressed ("told the same call that …").
_TOLD_TO = frozenset({"tell", "assure", "inform", "warn", "remind", "brief", "advise"})


def _relative_clause(clause: Token, cue: Token) -> bool:
    """ "…, she noted, which could exaggerate the effect": a clause whose subject is a "which" after the
    cue comments on what came before; the parse hung it off the cue, but it is not what was said. (In
    "the package, which the minister said had been costed", the "which" before the cue is the subject
    of what the minister said.)"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" and c.i > cue.i for c in clause.children)


def _complement_as_relative(clause: Token) -> bool:
    """ "told the meeting she had lost customers": the parse made the clause a relative one on the object,
    but a relative clause lacks what its noun fills, and this one has its subject and its object (or, with
    a pronoun for its subject, a preposition with its own object: "told the court she had stayed on the
    bridge", where a relative clause would leave it stranded: "the court she had stayed in")."""
    children = list(clause.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    filled = any(c.dep_ in ("dobj", "attr", "acomp", "ccomp") for c in children) or subject is not None \
        and subject.lower_ in _PRONOUNS - {"it", "you"} and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in children)
    return clause.dep_ == "relcl" and clause.i > clause.head.i and filled \
        and subject is not None and subject.tag_ not in ("WP", "WDT") and subject.lower_ != "that" \
        and not any(c.tag_ in ("WP", "WDT", "WRB", "WP$") or c.dep_ == "mark" for c in children)


def _that_complement_as_relative(clause: Token) -> bool:
    """ "told the same call that the company would publish …", "said the following morning that centres had
    opened": the parse made the clause a relative one on the audience or the time, but its "that" is a
    conjunction, which no relative clause has (its "that" is a pronoun: "the call that she joined")."""
    return clause.dep_ in ("relcl", "acl") and clause.i > clause.head.i \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in clause.children)


def _that_clause(clause: Token, cue: Token) -> bool:
    """ "said in a statement that drone attacks had damaged substations, leaving …": a clause after the cue
    that opens with "that" is its complement, though the parse hung it off a participle as adverbial."""
    return clause.i > cue.i and clause.left_edge.lower_ == "that" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _fronted_clause(clause: Token, cue: Token) -> bool:
    """ "The fund grew 9 percent, the agency said": a clause before the cue, with a subject of its own and
    no subordinator ("if", "when"), is the cue's complement, though the parse labels it adverbial."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (subject is not None and clause.right_edge.i < subject.i < cue.i
            and clause.doc[clause.right_edge.i + 1].text == ","
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children))


def subject_of(cue: Token) -> Token | None:
    """The cue's subject, or the subject it shares with the verb it hangs off ("said, adding that …")."""
    token = cue
    for _ in range(3):
        # A guillemet the parser took for a subject (« …, » said Garrigou) is not one; of two subjects the
        # parse gave one verb ("The four “loopholes” … are “…,” The Hill reported"), the nearer.
        subjects = [c for c in token.children if c.dep_ == "nsubj" and not c.is_punct]
        # ("Ruth Adeyemi, prosecuting, told the court": counsel's side is no second subject.)
        subjects = [c for c in subjects if c.tag_ != "VBG"] or subjects
        if subjects:
            # ("Grant Whitcombe, vice president …, said the list price of Quellanex, $6,900 a month, “does not
            # …”": a name opening the sentence, no quotation between it and the cue, speaks; the noun after
            # the cue is its clause's subject.)
            before = [c for c in subjects if c.i < token.i]
            if before and any(c.i > token.i and c.pos_ == "NOUN" for c in subjects) \
                    and before[0].pos_ in ("PROPN", "PRON") and not any(
                    t.is_quote for t in token.doc[token.sent.start : token.i]):
                return before[-1]
            return min(subjects, key=lambda c: abs(c.i - token.i))
        # « …, » recalled the 61-year-old: with the guillemet for its subject, the parse made the speaker
        # after the cue its object.
        if token is cue and any(c.dep_ == "nsubj" and c.is_punct for c in token.children):
            return next((c for c in token.children if c.i > token.i and c.dep_ in ("oprd", "dobj", "attr")), None)
        # "Tommaso De Angelis, who leads the largest party, Alleanza Progressista, called the bill «…» and said
        # …": a verb in the past tense the parse hung off a noun, as if a participle, is the sentence subject's.
        if token is cue and token.dep_ == "acl" and token.tag_ == "VBD":
            root = token.sent.root
            # (or the name the parse made the root, for want of a verb)
            if root.pos_ == "PROPN" and root.i < token.i:
                return root
            return next((c for c in root.children if c.dep_ == "nsubj" and c.i < token.i
                         and c.pos_ in ("PROPN", "PRON")), None)
        # ("Lucy Tran, 15, the ball girl crouched in that corner …, said": the parse made the description a clause
        # the cue reports, with the name and the description its two subjects; not "Derek Holroyd, 67, a tenant
        # whose letters were among the files, said", a relative clause's)
        if token is cue and token.dep_ == "ROOT" and not any(c.dep_ in ("nsubjpass", "expl") for c in token.children):
            opening = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i
                            and c.left_edge.i == token.sent.start), None)
            subjects = [c for c in opening.children if c.dep_ == "nsubj"] if opening is not None else []
            if len(subjects) == 2 and subjects[0].left_edge.i == token.sent.start \
                    and subjects[0].ent_type_ == "PERSON" and subjects[0].nbor().text == "," \
                    and determined(subjects[1], "the", "a", "an") \
                    and not any(t.is_quote for t in token.doc[token.sent.start : token.i]):
                return subjects[0]
        if token.dep_ not in _INHERIT_SUBJECT or token.head.i == token.i:
            return None
        token = token.head
    return None


def is_negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def hand_relations(lemma: str) -> set[str]:
    """The relations the hand-written list says ``lemma`` reports through ("ccomp" for a clause, "dobj" for an
    object)."""
    out: set[str] = set()
    for frame in lexicons.reporting_frames().get(lemma, ()):
        out.update(_HAND_RELATIONS.get(frame, (frame,)))
    return out


def _length_bucket(n: int) -> int:
    return next((b for b in _LENGTHS if n <= b), 64)


def _subject_kind(subject: Token | None) -> str:
    if subject is None:
        return "none"
    if subject.lower_ in _PRONOUNS:
        return f"pron:{subject.lower_}"
    if subject.ent_type_:
        return f"ent:{subject.ent_type_}"
    return f"pos:{subject.pos_}"


def frame_features(cue: Token, frame: Frame, quoted: set[int]) -> list[str]:
    """The sparse features of one candidate (cue, frame); ``quoted`` holds the quoted token indices."""
    relation, root = frame.relation, frame.root
    lemma = cue.lemma_.lower()
    pos = "N" if cue.pos_ in ("NOUN", "PROPN") else "V"
    subject = subject_of(cue)
    kind = _subject_kind(subject)
    kind_class = kind.split(":")[0]
    marks = [c.lower_ for c in root.children if c.dep_ == "mark"]
    clausal = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    length = _length_bucket(root.right_edge.i - root.left_edge.i + 1)
    return [
        "bias",
        f"frame={lemma}|{pos}|{relation}",
        f"lemma={lemma}|{pos}",
        f"relation={relation}",
        f"tag={cue.tag_}",
        f"dep={cue.dep_}",
        f"relation_dep={relation}|{cue.dep_}",
        f"subject={kind}",
        f"subject_class={kind_class}",
        f"subject_relation={kind_class}|{relation}",
        f"frame_subject={lemma}|{relation}|{kind_class}",
        f"subject_lemma={subject.lemma_.lower() if subject is not None else '-'}",
        f"subject_role={subject is not None and is_role_noun(subject)}",
        f"root_tag={root.tag_}",
        f"root_entity={root.ent_type_}",
        f"relation_root={relation}|{root.lemma_.lower()}",
        f"mark={marks[0] if marks else '-'}",
        f"clausal={clausal}",
        f"length={length}",
        f"relation_length={relation}|{length}",
        f"negated={is_negated(cue)}",
        f"passive={any(c.dep_ == 'auxpass' for c in cue.children)}",
        f"cue_quoted={cue.i in quoted}",
        f"root_quoted={root.i in quoted}",
        f"word={cue.lower_}",
        f"governor={cue.head.lemma_.lower() if cue.dep_ in _INHERIT_SUBJECT else '-'}",
        f"hand_listed={pos == 'V' and relation in hand_relations(lemma)}",
    ]


def unit_vector(token: Token, width: int) -> np.ndarray | None:
    """The word's static vector, normalised; None when the pipeline has no vectors of that width."""
    vectors = token.vocab.vectors
    if vectors.shape[1] != width or vectors.shape[0] == 0:
        return None
    vector = np.asarray(token.vocab.get_vector(token.orth), dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


class CueModel:
    """Logistic regression over ``frame_features`` and the cue word's vector."""

    def __init__(self, weights: dict[str, float], vector_weights: np.ndarray, meta: dict,
                 digest: str = "unsaved") -> None:
        self.weights = weights
        self.vector_weights = vector_weights
        self.meta = meta
        self.digest = digest  # of the weights file: part of the pipeline version results record
        self._vector_scores: dict[tuple[int, int], float] = {}

    def probability(self, cue: Token, frame: Frame, quoted: set[int]) -> float:
        return self._probability(cue, frame, quoted, self._vector_score(cue))

    def _vector_score(self, cue: Token) -> float:
        """The word vector's share of the score: the same for every frame of one cue, and for every use
        of one word (kept by the word's id: a vocabulary holds a few hundred thousand words at most)."""
        key = (id(cue.vocab), cue.orth)  # two pipelines in one process have two vocabularies
        score = self._vector_scores.get(key)
        if score is None:
            vector = unit_vector(cue, len(self.vector_weights))
            score = self._vector_scores[key] = float(vector @ self.vector_weights) if vector is not None else 0.0
        return score

    def _probability(self, cue: Token, frame: Frame, quoted: set[int], vector_score: float) -> float:
        z = vector_score + sum(self.weights.get(f, 0.0) for f in frame_features(cue, frame, quoted))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def likely_frames(self, cue: Token, quoted: set[int], *, threshold: float) -> list[tuple[Frame, float]]:
        """The cue's content-bearing frames that reach ``threshold``, most probable first."""
        if assigns_role(cue) or cue.lemma_.lower() in _NAMING_VERBS:  # the roles component reads the first
            return []
        acts_on_object = cue.lemma_ in lexicons.words("action_verbs")
        frames = [f for f in relations(cue) if not (acts_on_object and f.relation == "dobj")]
        vector_score = self._vector_score(cue) if frames else 0.0
        scored = [(frame, self._probability(cue, frame, quoted, vector_score)) for frame in frames]
        # A stable sort: of equally probable frames, the one the parse lists first comes first.
        return sorted([fp for fp in scored if fp[1] >= threshold], key=lambda fp: -fp[1])

    def save(self, path: str | Path) -> None:
        data = {
            "meta": self.meta,
            "vector_weights": [round(float(w), 5) for w in self.vector_weights],
            "weights": {f: round(w, 5) for f, w in sorted(self.weights.items())},
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> CueModel:
        raw = Path(path).read_bytes()
        data = json.loads(raw)
        return cls(data["weights"], np.asarray(data["vector_weights"], dtype=np.float32), data["meta"],
                   digest=hashlib.sha256(raw).hexdigest()[:8])


@cache
def shipped_model() -> CueModel:
    """The cue model that ships with the package."""
    path = str(resources.files("newsgraph.nlp.models").joinpath(MODEL_FILE))
    try:
        return CueModel.load(path)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"the cue model {path} cannot be loaded ({err.__class__.__name__}); reinstall "
                         "newsgraph or train one with `newsgraph train cues`") from err
