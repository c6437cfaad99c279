"""Who an article is: a stable id, an exact content hash and a near-duplicate signature.

The id comes from the canonical URL (normalised with courlan, keeping the query parameters that may name
the article) when there is one, else from the body, so the same article ingested twice, or fetched under
a tracking-laden URL, lands on the same row. A site's home page names no article, so it is never an
identity.
Near-duplicates (wire copy reprinted by many outlets, lightly edited updates) are found with MinHash
over word shingles of the body; the index is rebuilt from stored signatures so it spans runs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


#: Query parameters that say how a reader came to a page, never which page it is: campaign tags, ad-click
#: ids, referrers, share markers, session ids. courlan's strict mode keeps only a short list of known
#: id parameters instead, so "view.aspx?ArticleID=101" and "?ArticleID=102" were one URL; its lenient
#: mode drops any parameter that starts like a tracker, "gallery" (ga) and "global" (gl) among them.
_TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
    "igsh", "li_fat_id", "_ga", "_gl", "ref", "ref_src", "ref_url", "referrer", "referer", "source", "src",
    "share", "shared", "campaign", "cmp", "cmpid", "ocid", "smid", "smtyp", "itid", "ito", "xtor", "spm",
    "sessionid", "phpsessid", "jsessionid",
})
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "mtm_", "matomo_", "hsa_", "_hs", "oly_", "vero_", "ns_", "at_", "itm_")


def normalize_url(url: str | None) -> str | None:
    """The canonical form of an http(s) URL, else None: host and path normalised by courlan, fragment and
    tracking parameters dropped, the other parameters (which may name the article) kept, sorted by name."""
    if not url:
        return None
    from courlan import normalize_url as courlan_normalize

    url = url.strip()
    try:  # a malformed URL ("http://[::1/x") names nothing
        given = urlsplit(url)
        if given.scheme.lower() not in ("http", "https") or not given.netloc:
            return None
        parts = urlsplit(courlan_normalize(url, strict=True))
    except ValueError:
        return None
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, _identifying_query(given.query), ""))


def _identifying_query(query: str) -> str:
    kept = [(name, value) for name, value in parse_qsl(query, keep_blank_values=True)
            if name.lower() not in _TRACKING_PARAMS and not name.lower().startswith(_TRACKING_PREFIXES)]
    # Sorted by name only, so repeated parameters ("tag=a&tag=b") keep their order.
    return urlencode(sorted(kept, key=lambda pair: pair[0]))


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


#: What sets an article's path segment apart from a section's name: words joined by hyphens or
#: underscores, a number, a file extension.
_SLUG = re.compile(r"[-_.\d]")


def is_listing_page(url: str) -> bool:
    """Whether a normalised URL looks like a section or listing page ("/news/", "/world/europe",
    "/sport/index.html") rather than an article: no query, at most two path segments besides an index
    file, and none of them a slug."""
    parts = urlsplit(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and _INDEX_FILE.fullmatch("/" + segments[-1]):
        segments.pop()
    return not parts.query and len(segments) <= 2 and not any(_SLUG.search(segment) for segment in segments)


def names_this_page(declared: str, page_url: str | None = None) -> bool:
    """Whether a normalised URL a page declares for itself (rel=canonical, og:url) can be its identity.

    Not a site's home page nor a section page, the common misuses that would give every article declaring
    it one id, and not a URL above the page's own on the same site (an article under
    "/news/world-europe/…" pointing at "/news/world-europe"). Another site's URL is trusted: that is how
    a reprint names its original.
    """
    if is_home_page(declared) or is_listing_page(declared):
        return False
    own = normalize_url(page_url)
    if own is None or own == declared:
        return True
    here, there = urlsplit(own), urlsplit(declared)
    return not (here.netloc == there.netloc and not there.query
                and here.path.startswith(there.path.rstrip("/") + "/"))


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


def same_story(text: str, other: str) -> bool:
    """Whether two bodies are versions of one story (corrected, updated, extended) rather than two stories:
    most of the shorter one's 4-word shingles are in the longer one. Containment rather than Jaccard, so
    a developing story that grew from three paragraphs to ten is still the one story. Bodies too short
    to have a shingle are never the same story as another body."""
    ours, theirs = shingles(text), shingles(other)
    if not ours or not theirs:
        return False
    return len(ours & theirs) / min(len(ours), len(theirs)) >= NEAR_DUP_THRESHOLD


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

    def discard(self, article_id: str) -> None:
        """Forget an article (it was stored anew under another id)."""
        if self._entries.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

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
