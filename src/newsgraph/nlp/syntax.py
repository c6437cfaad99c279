"""Questions about a parse that several NLP steps ask the same way."""

from __future__ import annotations

from bisect import bisect_left
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

_VERBS = ("VERB", "AUX")
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_BREAKS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
_TOKENS: WeakKeyDictionary[Doc, list[Token]] = WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`doc_text` the text ``doc`` was made from (``nlp.make_doc(text)`` keeps it exactly)."""
    _TEXTS[doc] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token's text again on each access, which
    cost each NLP step a pass over the whole article. A document's text never changes, so caching it is safe."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once: spaCy makes a new Token object at every step of ``for token in doc``,
    and newsgraph's steps walk the whole document many times over. A Token reads its document when asked, so
    the list stays true as later steps annotate it (and is made again if the document is cut differently)."""
    found = _TOKENS.get(doc)
    if found is None or len(found) != len(doc):
        found = _TOKENS[doc] = list(doc)
    return found


def line_breaks(doc: Doc, start: int, stop: int) -> list[int]:
    """The tokens of ``doc[start:stop]`` whose text or trailing space holds a line break, found from an index
    built once per document (asked for every cue, a scan of the tokens grew with the square of the length of
    a text with few sentence ends)."""
    breaks = _BREAKS.get(doc)
    if breaks is None:
        breaks = _BREAKS[doc] = [t.i for t in doc_tokens(doc) if "\n" in t.text_with_ws]
    return breaks[bisect_left(breaks, start) : bisect_left(breaks, stop)]


def governing_verb(token: Token) -> Token | None:
    """``token`` if it is a verb, else the nearest verb above it in the parse; None when there is none."""
    while token.pos_ not in _VERBS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in _VERBS else None


def determined(noun: Token, *articles: str) -> bool:
    """Whether ``noun`` has one of ``articles`` as its determiner ("the minister", "a minister")."""
    return any(c.dep_ == "det" and c.lower_ in articles for c in noun.children)


def what_it_is_according_to(token: Token) -> bool:
    """Whether ``token`` is the object of "according to" ("according to Kyiv")."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
