"""Who an article is: a stable id, an exact content hash and a near-duplicate signature.

The id comes from the canonical URL (normalised with courlan) when there is one, else from the body,
so the same article ingested twice, or fetched under a tracking-laden URL, lands on the same row. A
site's home page names no article, so it is never an identity.
Near-duplicates (wire copy reprinted by many outlets, lightly edited updates) are found with MinHash
over word shingles of the body; the index is rebuilt from stored signatures so it spans runs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 4
NUM_PERM = 128
#: Estimated Jaccard similarity of 4-word shingles above which two bodies are one story. Syndicated
#: copies with a changed dateline or an added paragraph score 0.7-0.95, a copy edited in a dozen places
#: 0.6-0.8; different stories on the same event, even sharing a quote, stay under 0.2.
NEAR_DUP_THRESHOLD = 0.6
#: (bands, rows) of the LSH index over the NUM_PERM values.
LSH_BANDS = (32, 4)
#: Bodies with fewer shingles than this are matched by exact hash only: a short text shares too
#: large a share of its shingles with any other text on the same subject.
MIN_SHINGLES = 12

_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 20240611
#: Pinned so stored signatures stay comparable if datasketch changes its default again.
_SCHEME = "affine32"


@dataclass(frozen=True)
class IdentityKeys:
    article_id: str
    content_hash: str
    canonical_url: str | None = None
    #: MinHash values as hex (8 characters each), or None for bodies too short to compare.
    signature: str | None = None


def normalize_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL (tracking parameters and fragment dropped), else None."""
    if not url:
        return None
    from courlan import normalize_url as courlan_normalize

    url = url.strip()
    try:  # a malformed URL ("http://[::1/x") names nothing
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            return None
        parts = urlsplit(courlan_normalize(url, strict=True))
    except ValueError:
        return None
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


#: A site's index file, which serves its home page: "/index.html", "/default.aspx".
_INDEX_FILE = re.compile(r"/(?:index|default)\.[a-z]{2,5}", re.I)


def is_home_page(url: str) -> bool:
    """Whether a normalised URL is a site's root or home page: no path but "/" or an index file, and no
    query (a query can name an article: "/?p=123")."""
    parts = urlsplit(url)
    return not parts.query and (parts.path in ("", "/") or _INDEX_FILE.fullmatch(parts.path) is not None)


def article_url(url: str | None) -> str | None:
    """The normalised URL when it can name one article, else None: a site's home page cannot, and pages
    that point rel=canonical at it would otherwise all share one id."""
    normalized = normalize_url(url)
    return None if normalized is None or is_home_page(normalized) else normalized


def normalize_body(text: str) -> str:
    """Body text reduced to what identity depends on: case, accents-as-composed, spacing."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_body(text).encode("utf-8")).hexdigest()[:32]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = normalize_body(text).split()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash | None:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def encode_signature(minhash: MinHash) -> str:
    return minhash.hashvalues.astype(">u4").tobytes().hex()


def decode_signature(value: str) -> MinHash:
    values = np.frombuffer(bytes.fromhex(value), dtype=">u4")
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=values.astype(np.uint32), scheme=_SCHEME)


def article_id(text: str, *, url: str | None = None) -> str:
    """An article's stable id: from its canonical URL, else from its body."""
    canonical = article_url(url)
    return _id_of(canonical, None if canonical else content_hash(text))


def _id_of(canonical: str | None, digest: str | None) -> str:
    if canonical:
        return "u" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]
    return "t" + digest[:24]


def identity_keys(text: str, *, url: str | None = None) -> IdentityKeys:
    """Keys for an article body, preferring its canonical URL as identity."""
    canonical, digest, minhash = article_url(url), content_hash(text), signature(text)
    return IdentityKeys(article_id=_id_of(canonical, digest), content_hash=digest, canonical_url=canonical,
                        signature=encode_signature(minhash) if minhash is not None else None)


class NearDupIndex:
    """MinHash LSH over stored signatures: which dup_group, if any, a new body belongs to."""

    def __init__(self, threshold: float = NEAR_DUP_THRESHOLD) -> None:
        self.threshold = threshold
        # 32 bands of 4 rows make a pair at Jaccard 0.65 a candidate 99.8% of the time (datasketch's own
        # choice for 0.6, 18 bands of 7, missed one lightly edited copy in three); every candidate is then
        # checked against the threshold, so the looser bands cost a few comparisons, not false matches.
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
        self._entries: dict[str, tuple[MinHash, str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, article_id: str, group: str, sig: str) -> None:
        if article_id in self._entries:
            self._lsh.remove(article_id)
        minhash = decode_signature(sig)
        self._lsh.insert(article_id, minhash)
        self._entries[article_id] = (minhash, group)

    def group_of(self, sig: str | None, *, exclude: str | None = None) -> str | None:
        """The dup_group of the most similar indexed article above the threshold, or None."""
        if sig is None or not self._entries:
            return None
        minhash = decode_signature(sig)
        matches = []
        for candidate in self._lsh.query(minhash):
            other, group = self._entries[candidate]
            score = minhash.jaccard(other)
            if candidate != exclude and score >= self.threshold:
                # Ties go to the smallest group id so the choice does not depend on set order.
                matches.append((-score, group))
        return min(matches)[1] if matches else None
