"""JSON Lines exports: one article a line, with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from newsgraph.errors import InputError
from newsgraph.ingest.common import Failure, Item, parse_date, without_surrogates
from newsgraph.model import RawDocument


def read_jsonl(lines: Iterable[str | bytes], source: str, *, max_bytes: int | None = None,
               named_by_content: bool = False) -> Iterator[Item]:
    """Documents from JSON lines, named ``source:line``; a bad line (or one over ``max_bytes``) becomes
    a failure of that name. ``named_by_content`` names them ``source:<sha1 prefix of the line>:line``
    instead, for a stream such as stdin whose name is the same whatever comes through it."""
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{_line_hash(line)}:{number}" if named_by_content else f"{source}:{number}"
        if max_bytes is not None and len(line) > max_bytes:
            yield Failure(where, str(InputError(
                f"line {number} is over the limit of {max_bytes:,} bytes (setting max_input_bytes)")))
            continue
        replaced = False
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                line, replaced = line.decode("utf-8", errors="replace"), True
        if number == 1:
            line = line.removeprefix("\ufeff")  # a BOM some editors and Windows tools write
        if not line.strip():
            continue
        try:
            document = _document(json.loads(line), where)
        except json.JSONDecodeError as err:
            yield Failure(where, str(InputError(f"line {number} is not valid JSON ({err.msg.removesuffix(' at')}"
                                                f" at column {err.colno})")))
        except ValueError as err:  # a number too long to convert
            yield Failure(where, str(InputError(f"line {number} cannot be read: {str(err).split(';')[0]}")))
        except RecursionError:
            yield Failure(where, str(InputError(f"line {number} is nested too deeply to read")))
        except InputError as err:
            yield Failure(where, str(err))
        else:
            if replaced:
                document = replace(document, warnings=(
                    *document.warnings, f"line {number} is not valid UTF-8: the bytes that are not were "
                    "replaced with U+FFFD"))
            yield document


def _line_hash(line: str | bytes) -> str:
    data = line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line
    return hashlib.sha1(data.rstrip(b"\r\n")).hexdigest()[:12]


def _document(record: object, where: str) -> RawDocument:
    if not isinstance(record, dict):
        raise InputError("a JSON line must be an object with a 'text' or 'html' field")
    html, text = record.get("html"), record.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise InputError("the JSON object has no non-empty 'text' or 'html' field")
    meta = metadata(record)
    field = "html" if body is html else "text"
    clean = without_surrogates(body)
    if clean != body:
        meta["warnings"] = (*meta["warnings"], _surrogates_warning(field))
    return RawDocument(source=where, data=clean, content_type="text/html" if field == "html" else "text/plain",
                       **meta)


def metadata(record: dict) -> dict:
    """The optional metadata fields of a record, as ``RawDocument`` keywords. A field that cannot be
    used (a date that is not one, a URL that is not http(s), a value of the wrong type) is left out with
    a warning that stays with the article, rather than costing the article."""
    warnings: list[str] = []

    def valid(name: str, value: str) -> str:
        clean = without_surrogates(value)
        if clean != value and _surrogates_warning(name) not in warnings:
            warnings.append(_surrogates_warning(name))
        return clean

    def text_field(name: str) -> str | None:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            warnings.append(f"metadata '{name}' must be a string, not {type(value).__name__}: ignored")
            return None
        return valid(name, value).strip() or None if value else None

    url = text_field("url")
    if url is not None and not url.lower().startswith(("http://", "https://")):
        warnings.append(f"metadata 'url' {url!r} is not an http(s) URL: ignored")
        url = None
    published = parse_date(record.get("published"))
    if published is None and record.get("published") not in (None, ""):
        warnings.append(f"metadata 'published' {record['published']!r} is not a date (YYYY-MM-DD or ISO 8601):"
                        " ignored, so relative dates cannot be resolved")
    return {"url": url, "title": text_field("title"), "published": published, "outlet": text_field("outlet"),
            "language": text_field("language"), "authors": _authors(record.get("authors"), valid, warnings),
            "warnings": tuple(warnings)}


def _authors(value: object, valid: Callable[[str, str], str], warnings: list[str]) -> tuple[str, ...]:
    """The names in ``authors``: a list of strings, or one string with names split by ``;``."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(name.strip() for name in valid("authors", value).split(";") if name.strip())
    if not isinstance(value, list | tuple):
        warnings.append(f"metadata 'authors' must be a string or a list, not {type(value).__name__}: ignored")
        return ()
    names = [valid("authors", name).strip() for name in value if isinstance(name, str)]
    if len(names) < len(value):
        warnings.append("metadata 'authors' holds values that are not names (strings): those are ignored")
    return tuple(name for name in names if name)


def _surrogates_warning(name: str) -> str:
    return f"'{name}' holds invalid characters (lone surrogates): replaced with U+FFFD"
