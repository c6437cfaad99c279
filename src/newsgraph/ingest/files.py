"""Local input: files, directories and stdin, plain or gzipped, sniffed when the name does not say.

A text or HTML file may carry its metadata in a sidecar next to it, ``<name>.meta.json`` (for
``story.txt`` or ``story.html.gz``: ``story.meta.json``), with the JSONL fields ``url``, ``title``,
``published``, ``outlet``, ``language`` and ``authors``: plain text has nowhere else to say when it was
published, and relative dates ("Monday", "last month") need that.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import InputError
from newsgraph.ingest.common import Failure, Item, failure
from newsgraph.ingest.jsonl import metadata, read_jsonl
from newsgraph.ingest.warc import read_warc
from newsgraph.model import RawDocument

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".jsonl": "jsonl",
          ".ndjson": "jsonl", ".warc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed"}
_CONTENT_TYPES = {"html": "text/html", "text": "text/plain"}
_GZIP_ERRORS = (EOFError, OSError, zlib.error)


def kind_of(path: Path) -> str | None:
    """What a file holds by its name: html, text, jsonl, warc or feed (``.gz`` looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return _KINDS.get(suffixes[-1]) if suffixes else None


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def walk(path: Path) -> Iterator[Path]:
    """The readable files under a directory, in a stable order; hidden files and unknown kinds skipped."""
    for child in sorted(path.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(path).parts) or not child.is_file():
            continue
        if kind_of(child) is None:
            log.info("skipping %s: not a file kind newsgraph reads", child)
            continue
        yield child


def read_file(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """Documents from one file; feeds are not handled here (they need a fetcher)."""
    source = str(path)
    kind = kind_of(path)
    try:
        if kind == "warc":
            with path.open("rb") as stream:
                yield from read_warc(stream, source, max_bytes=max_bytes)
            return
        if kind == "jsonl":
            opener = gzip.open if is_gzip(path) else open
            with opener(path, "rb") as stream:
                yield from _guard_gzip(read_jsonl(stream, source), source)
            return
        if not is_gzip(path) and path.stat().st_size > max_bytes:
            raise InputError(f"{path.stat().st_size:,} bytes, over the limit of {max_bytes:,} "
                             "(setting max_input_bytes)")
        data = _read_limited(path, max_bytes=max_bytes)
    except (OSError, InputError) as err:
        yield failure(source, err)
        return
    if kind is None:
        yield from sniff(data, source, max_bytes=max_bytes)
        return
    try:
        meta = sidecar_metadata(path)
    except InputError as err:
        yield failure(source, err)
        return
    yield RawDocument(source=source, data=data, content_type=_CONTENT_TYPES.get(kind), **meta)


def sidecar_path(path: Path) -> Path:
    name = path.name[:-3] if is_gzip(path) else path.name
    return path.with_name(f"{Path(name).stem}.meta.json")


def sidecar_metadata(path: Path) -> dict:
    """The metadata in ``path``'s sidecar, or nothing when it has none."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"metadata file {sidecar.name} cannot be read: {err}") from err
    if not isinstance(record, dict):
        raise InputError(f"metadata file {sidecar.name} must hold one JSON object")
    return metadata(record)


def _read_limited(path: Path, *, max_bytes: int) -> bytes:
    try:
        if is_gzip(path):
            with gzip.open(path, "rb") as stream:
                data = stream.read(max_bytes + 1)
        else:
            data = path.read_bytes()
    except _GZIP_ERRORS as err:
        raise InputError(f"truncated or corrupt gzip: {err}") from err
    if len(data) > max_bytes:
        raise InputError(f"over the limit of {max_bytes:,} bytes once decompressed (setting max_input_bytes)")
    return data


def _guard_gzip(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass items through; a gzip that breaks midway ends the file with one failure."""
    try:
        yield from items
    except _GZIP_ERRORS as err:
        yield failure(source, InputError(f"truncated or corrupt gzip: {err}"))


def sniff(data: bytes, source: str, *, max_bytes: int) -> Iterator[Item]:
    """Documents from bytes whose kind is not known from a name (stdin, odd file names)."""
    if data.startswith(GZIP_MAGIC):
        try:
            data = gzip.GzipFile(fileobj=io.BytesIO(data)).read(max_bytes + 1)
        except _GZIP_ERRORS as err:
            yield failure(source, InputError(f"truncated or corrupt gzip: {err}"))
            return
        if len(data) > max_bytes:
            yield failure(source, InputError(f"over the limit of {max_bytes:,} bytes once decompressed"))
            return
    if data.lstrip()[:5] == b"WARC/":
        yield from read_warc(io.BytesIO(data), source, max_bytes=max_bytes)
    elif data.lstrip()[:1] == b"{":
        yield from read_jsonl(io.BytesIO(data), source)
    else:
        yield RawDocument(source=source, data=data)


def read_stdin(stream: BinaryIO, *, max_bytes: int) -> Iterator[Item]:
    data = stream.read()
    if not data:
        yield Failure("-", str(InputError("standard input is empty")))
        return
    yield from sniff(data, "-", max_bytes=max_bytes)


def read_bytes_feed_file(path: Path) -> bytes:
    opener = gzip.open if is_gzip(path) else open
    try:
        with opener(path, "rb") as stream:
            return stream.read()
    except _GZIP_ERRORS as err:
        raise InputError(f"cannot read {path}: {err}") from err
