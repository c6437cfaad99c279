"""Name keys that let one person or organisation be the same entity across articles."""

from __future__ import annotations

import re
import unicodedata

from newsgraph import lexicons

PERSON = "PERSON"

_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sr jr ii iii iv".split())
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_LEADING_ARTICLE = re.compile(r"^the\s+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def person_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without honorifics, possessives, middle initials, and with a short given name in its
    formal form: "Mr. Elon R. Musk's" -> (elon, musk), "Joe Biden" -> (joseph, biden)."""
    tokens = [t.removesuffix("'s") for t in _TOKEN.findall(_fold(name))]
    tokens = [t for t in tokens if t and t not in _HONORIFICS]
    if len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    if len(tokens) > 1:
        tokens[0] = lexicons.pairs("nicknames").get(tokens[0], tokens[0])
    return tuple(tokens)


def entity_key(name: str, type_: str) -> tuple[str, str | None]:
    """``(norm, surname)`` for an entity name; surname only for people."""
    if type_ == PERSON:
        tokens = person_tokens(name)
        return " ".join(tokens), (tokens[-1] if tokens else None)
    norm = " ".join(_TOKEN.findall(_LEADING_ARTICLE.sub("", _fold(name).strip())))
    return norm, None


def query_key(name: str) -> tuple[str, str | None]:
    """Keys to look a user's name up by: the full normalised form, and the surname if it is one word."""
    tokens = person_tokens(name)
    norm = " ".join(tokens)
    return norm, (tokens[0] if len(tokens) == 1 else None)
