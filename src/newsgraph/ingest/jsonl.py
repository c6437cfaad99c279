"""JSON Lines exports: one article a line, with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsgraph.errors import InputError
from newsgraph.ingest.common import Failure, Item, parse_date
from newsgraph.model import RawDocument


def read_jsonl(lines: Iterable[str | bytes], source: str) -> Iterator[Item]:
    """Documents from JSON lines; a bad line becomes a failure named ``source:line``."""
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _document(json.loads(line), where)
        except json.JSONDecodeError as err:
            yield Failure(where, str(InputError(f"line {number} is not valid JSON ({err.msg.removesuffix(' at')}"
                                                f" at column {err.colno})")))
        except InputError as err:
            yield Failure(where, str(err))


def _document(record: object, where: str) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object with a 'text' or 'html' field")
    html, text = record.get("html"), record.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise InputError("the JSON object has no non-empty 'text' or 'html' field")
    return RawDocument(source=where, data=body, content_type="text/html" if body is html else "text/plain",
                       **metadata(record))


def metadata(record: dict) -> dict:
    """The optional metadata fields of a record, as ``RawDocument`` keywords. A field that cannot be
    used (a date that is not one, a URL that is not http(s)) is left out with a warning that stays
    with the article, rather than costing the article."""
    warnings: list[str] = []

    def text_field(name: str) -> str | None:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            warnings.append(f"metadata '{name}' must be a string, not {type(value).__name__}: ignored")
            return None
        return value.strip() or None if value else None

    authors = record.get("authors") or ()
    if isinstance(authors, str):
        authors = tuple(a.strip() for a in authors.split(";") if a.strip())
    elif not isinstance(authors, list | tuple):
        raise InputError(f"'authors' must be a string or a list, not {type(authors).__name__}")
    url = text_field("url")
    if url is not None and not url.lower().startswith(("http://", "https://")):
        warnings.append(f"metadata 'url' {url!r} is not an http(s) URL: ignored")
        url = None
    published = parse_date(record.get("published"))
    if published is None and record.get("published") not in (None, ""):
        warnings.append(f"metadata 'published' {record['published']!r} is not a date (YYYY-MM-DD or ISO 8601):"
                        " ignored, so relative dates cannot be resolved")
    return {"url": url, "title": text_field("title"), "published": published, "outlet": text_field("outlet"),
            "language": text_field("language"), "authors": tuple(str(a) for a in authors),
            "warnings": tuple(warnings)}
