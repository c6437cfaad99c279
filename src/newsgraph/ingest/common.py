"""What every reader yields: a document, or the reason one could not be read."""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime

from newsgraph.errors import InputError
from newsgraph.model import PUBLICATION_YEARS, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
#: What an HTML page starts with, whatever its name or headers say.
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html[\s>])", re.I)
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


def starts_like_html(data: bytes) -> bool:
    """Whether ``data`` opens as an HTML page does (``<!doctype html`` or ``<html``, after any BOM)."""
    return bool(_HTML_START.match(data))


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
