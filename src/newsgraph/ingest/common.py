"""What every reader yields: a document, or the reason one could not be read."""

from __future__ import annotations

import codecs
import hashlib
import re
import zlib
from dataclasses import dataclass, replace
from datetime import date, datetime

from newsgraph.errors import InputError
from newsgraph.extract.text import starts_like_page
from newsgraph.model import PUBLICATION_YEARS, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
#: How many bytes of a document are read to tell whether it opens as an HTML page: room for a long
#: comment (a licence, a "saved from" note) before the first tag.
_SNIFF_BYTES = 65536
_SURROGATES = re.compile("[\ud800-\udfff]")
#: The time of day after an ISO date, to check when only the date part could be read.
_CLOCK = re.compile(r"[T ](\d\d):(\d\d)(?::(\d\d))?")


@dataclass(frozen=True)
class Failure:
    """A document (or container) that could not be read; ``reason`` is one line, with its error code."""

    source: str
    reason: str


Item = RawDocument | Failure


def failure(source: str, err: BaseException) -> Failure:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    # An OSError quotes the path, whose undecodable bytes Python holds as surrogates.
    text = without_surrogates(text)
    if not text.startswith("[E"):
        text = str(InputError(f"{type(err).__name__}: {text}"))
    return Failure(source, text)


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD. JSON's ``"\\udc00"`` escapes and undecodable
    file-name bytes make them; no encoder accepts them, the store's included."""
    return _SURROGATES.sub("\ufffd", text)


def without_stray_nuls(doc: RawDocument) -> RawDocument:
    """``doc`` without the NUL characters that stray into otherwise textual input (a JSON ``"\u0000"``
    in a scraped export, a NUL byte in a saved page), with a warning that stays with the article.
    Binary input is left as it is, for extraction to reject. Text fields of the metadata lose any NUL:
    PostgreSQL cannot store one, and SQLite must not keep what PostgreSQL would not."""
    repaired: dict[str, object] = {}
    warnings = list(doc.warnings)
    count = _stray_nuls(doc.data)
    if count:
        repaired["data"] = doc.data.replace("\x00", "") if isinstance(doc.data, str) else doc.data.replace(b"\x00", b"")
        warnings.append(f"the input holds {count} NUL character{'s' if count > 1 else ''} (U+0000), which "
                        "text has no use for: removed")
    for name in ("url", "title", "outlet", "language"):
        value = getattr(doc, name)
        if value and "\x00" in value:
            repaired[name] = value.replace("\x00", "")
    if any("\x00" in name for name in doc.authors):
        repaired["authors"] = tuple(name.replace("\x00", "") for name in doc.authors)
    if set(repaired) - {"data"}:
        warnings.append("the metadata holds NUL characters (U+0000): removed")
    return replace(doc, **repaired, warnings=tuple(warnings)) if repaired else doc


def _stray_nuls(data: bytes | str) -> int:
    """How many NULs ``data`` holds that are strays: each alone, and few (at most 8, or one in 1,000
    characters). Binary data has runs of them, and then none is a stray. In UTF-16 text (with its byte
    order mark) a NUL byte is half of every ASCII letter, so none is a stray there either."""
    if isinstance(data, bytes):
        if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return 0
        data = data.decode("latin-1")  # a character a byte: only where the NULs are matters here
    count = data.count("\x00")
    return count if count <= max(8, len(data) // 1000) and "\x00\x00" not in data else 0


def starts_like_html(data: bytes) -> bool:
    """Whether ``data`` opens as an HTML page does (``<!doctype html`` or ``<html``, after any BOM, XML
    declaration and comments)."""
    return starts_like_page(data[:_SNIFF_BYTES].decode("utf-8", "replace"))


def raw_hash(raw: RawDocument) -> str:
    """Fingerprint of a document as read, metadata included, so a re-run can skip what it already stored
    and a corrected sidecar or JSONL line is read again."""
    data = raw.data.encode("utf-8", "surrogatepass") if isinstance(raw.data, str) else raw.data
    digest = hashlib.sha256(data)
    for part in (raw.content_type, raw.url, raw.title, raw.outlet, raw.language,
                 raw.published.isoformat() if raw.published else None, *raw.authors):
        digest.update(b"\x1f" + (part or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def parse_date(value: object) -> date | None:
    """A date from an ISO date or datetime string (or a date); None for anything else, and for a year no
    news was published in."""
    day = _parsed_date(value)
    return day if day is not None and day.year in PUBLICATION_YEARS else None


def _parsed_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return None
    # The date alone is read when the rest is in a form Python does not parse, but not when the rest is
    # a time of day that cannot be ("2025-06-05T25:99:00"): the whole value is then suspect.
    clock = _CLOCK.match(text, 10)
    if clock and (int(clock[1]) > 23 or int(clock[2]) > 59 or int(clock[3] or 0) > 60):
        return None
    return day


def mime_and_charset(content_type: str | None) -> tuple[str | None, str | None]:
    """``("text/html", "utf-8")`` from a Content-Type header value."""
    if not content_type:
        return None, None
    mime, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mime.strip().lower() or None, charset


class BodyDecoder:
    """An HTTP body's Content-Encoding (gzip or deflate) undone as it arrives, bounded, and told apart
    from a body cut short: zlib, and the HTTP clients built on it, return what they got and say nothing
    when a compressed stream stops before its end, so a cut article would pass for a whole one. Other
    encodings (and none) pass through as they are."""

    def __init__(self, encoding: str | None) -> None:
        name = (encoding or "").strip().lower()
        self.encoding = "gzip" if name in ("gzip", "x-gzip") else "deflate" if name == "deflate" else None
        self._inflate = zlib.decompressobj(31 if self.encoding == "gzip" else 15)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """The decoded bytes of ``data``, no more than ``room`` of them (the caller's limit, plus one to
        tell that it was passed); ``InputError`` when the bytes are not of their encoding."""
        if self.encoding is None:
            return data
        try:
            out = self._inflate.decompress(data, room)
        except zlib.error as err:
            # "deflate" means a zlib stream but is often sent raw; the first bytes tell which.
            if self.encoding != "deflate" or self._started:
                raise InputError(f"the body is not valid {self.encoding} data ({err})") from err
            self._inflate = zlib.decompressobj(-15)
            try:
                out = self._inflate.decompress(data, room)
            except zlib.error as raw_err:
                raise InputError(f"the body is not valid deflate data ({raw_err})") from raw_err
        self._started = True
        return out

    def finish(self) -> None:
        """``InputError`` when the compressed stream stopped before its end."""
        if self.encoding is not None and self._started and not self._inflate.eof:
            raise InputError(f"the body is cut short: its {self.encoding} stream stops before its end")
