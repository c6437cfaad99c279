"""What every reader yields: a document, or the reason one could not be read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from newsgraph.errors import InputError
from newsgraph.model import RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Failure:
    """A document (or container) that could not be read; ``reason`` is one line, with its error code."""

    source: str
    reason: str


Item = RawDocument | Failure


def failure(source: str, err: BaseException) -> Failure:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if not text.startswith("[E"):
        text = str(InputError(f"{type(err).__name__}: {text}"))
    return Failure(source, text)


def raw_hash(raw: RawDocument) -> str:
    """Fingerprint of a document as read, so a re-run can skip what it already stored."""
    data = raw.data.encode("utf-8", "surrogatepass") if isinstance(raw.data, str) else raw.data
    digest = hashlib.sha256(data)
    for part in (raw.url, raw.title, raw.outlet, raw.published.isoformat() if raw.published else None):
        digest.update(b"\x1f" + (part or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def parse_date(value: object) -> date | None:
    """A date from an ISO date or datetime string (or a date); None for anything else."""
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
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


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
