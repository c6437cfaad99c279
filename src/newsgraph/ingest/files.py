"""Local input: files, directories and stdin, plain or gzipped, sniffed when the name does not say.

A text or HTML file may carry its metadata in a sidecar next to it, ``<name>.meta.json`` (for
``story.txt`` or ``story.html.gz``: ``story.meta.json``), with the JSONL fields ``url``, ``title``,
``published``, ``outlet``, ``language`` and ``authors``: plain text has nowhere else to say when it was
published, and relative dates ("Monday", "last month") need that.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import logging
import os
import re
import shlex
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import InputError
from newsgraph.ingest.common import Item, failure, starts_like_html
from newsgraph.ingest.feeds import looks_like_feed
from newsgraph.ingest.jsonl import metadata, read_jsonl
from newsgraph.ingest.warc import read_warc
from newsgraph.model import RawDocument

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".jsonl": "jsonl",
          ".ndjson": "jsonl", ".warc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed"}
_CONTENT_TYPES = {"html": "text/html", "text": "text/plain"}
_GZIP_ERRORS = (EOFError, OSError, zlib.error)
#: Enough of a stream's start to tell WARC, JSONL and gzip apart.
_SNIFF_BYTES = 4096
#: The start of any tag, comment or declaration, also in UTF-16 (a NUL byte beside each ASCII one).
_TAG = re.compile(rb"<\x00?[a-z!/?]", re.I)


def kind_of(path: Path) -> str | None:
    """What a file holds by its name: html, text, jsonl, warc or feed (``.gz`` looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return _KINDS.get(suffixes[-1]) if suffixes else None


def is_gzip(path: Path) -> bool:
    """Whether the file is gzip by its first bytes: a name may lack ``.gz`` or keep it after decompression."""
    with path.open("rb") as stream:
        return stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC


def source_label(path: Path) -> str:
    """How a file is named in documents and failure records: its resolved absolute path, so one file given
    as ``corpus/a.txt`` and as ``/data/corpus/a.txt`` is one source. A name whose bytes are not UTF-8
    is shown with ``\\xNN`` escapes: labels must be valid text for the store, and the escapes keep two
    such names apart (the file itself is still opened by its real name)."""
    return os.fsencode(path.resolve()).decode("utf-8", "backslashreplace")


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The stream's lines, none held longer than ``max_bytes`` + 1: a longer line is given cut there (so
    its reader can tell it is too long) and the rest of it is read past, never held whole."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                pass
        yield line


def walk(path: Path) -> Iterator[Path]:
    """The readable files under a directory, in a stable order; hidden files and unknown kinds skipped.

    Symlinked sub-directories are followed (a month of articles kept on another disk). A directory
    whose real path was walked already, a link back up the tree or a second link to one directory, is
    not walked again: its files are read once, under the name met first. A link to a file that is not
    there is given all the same, so reading it fails aloud rather than the file going missing quietly.
    """
    walked = {path.resolve()}
    found = []
    for top, dirs, names in os.walk(path, followlinks=True, onerror=_unreadable):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            real = Path(top, name).resolve()
            if real in walked:
                log.info("skipping %s: it is %s, whose files are read already", Path(top, name), real)
                continue
            walked.add(real)
            kept.append(name)
        dirs[:] = kept
        found += [Path(top, name) for name in names if not name.startswith(".")]
    for child in sorted(found):
        if not child.is_file() and child.exists():
            continue  # a named pipe or a device, read only when named on its own
        if kind_of(child) is None:
            log.info("skipping %s: not a file kind newsgraph reads", child)
            continue
        yield child


def _unreadable(err: OSError) -> None:
    log.warning("skipping %s: the directory cannot be read: %s", err.filename, err.strerror)


def read_file(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """Documents from one file; feeds are not handled here (they need a fetcher)."""
    source = source_label(path)
    kind = kind_of(path)
    try:
        if path.exists() and not path.is_file():
            # A named pipe (or device) can be read once only: its kind is sniffed from the one stream,
            # as stdin's is, whatever its name says.
            with path.open("rb") as stream:
                yield from read_stream(stream, source, max_bytes=max_bytes)
            return
        if kind == "warc":
            with path.open("rb") as stream:
                yield from read_warc(stream, source, max_bytes=max_bytes)
            return
        if kind is None:
            with path.open("rb") as stream:
                yield from read_stream(stream, source, max_bytes=max_bytes)
            return
        compressed = is_gzip(path)
        if kind == "jsonl":
            opener = gzip.open if compressed else open
            with opener(path, "rb") as stream:
                yield from _guard_gzip(read_jsonl(bounded_lines(stream, max_bytes), source, max_bytes=max_bytes),
                                       source)
            return
        if not compressed and path.stat().st_size > max_bytes:
            raise InputError(f"{path.stat().st_size:,} bytes, over the limit of {max_bytes:,} "
                             "(setting max_input_bytes)")
        data = _read_limited(path, compressed=compressed, max_bytes=max_bytes)
    except (OSError, InputError) as err:
        yield failure(source, err)
        return
    try:
        meta = sidecar_metadata(path)
    except InputError as err:
        yield failure(source, err)
        return
    yield RawDocument(source=source, data=data, content_type=_content_type(kind, data), **meta)


def _content_type(kind: str, data: bytes) -> str:
    """The type the name gives, unless the bytes plainly say otherwise: a saved page named ``.txt``, or
    a ``.html`` file with no tag in it (which HTML extraction would find no article in)."""
    if kind == "text" and starts_like_html(data):
        return "text/html"
    if kind == "html" and not _TAG.search(data):
        return "text/plain"
    return _CONTENT_TYPES[kind]


def count_lines(path: Path) -> int:
    """Lines of a (possibly gzipped) file, read in blocks: as many as were readable."""
    lines, last = 0, b"\n"
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as stream:
            while block := stream.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
    except (*_GZIP_ERRORS, ValueError):
        return lines
    return lines + (last != b"\n")


def sidecar_path(path: Path) -> Path:
    name = path.name[:-3] if path.suffix.lower() == ".gz" else path.name
    return path.with_name(f"{Path(name).stem}.meta.json")


def sidecar_metadata(path: Path) -> dict:
    """The metadata in ``path``'s sidecar, or nothing when it has none."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError) as err:  # undecodable, not JSON, a number too long
        raise InputError(f"metadata file {sidecar.name} cannot be read: {err}") from err
    if not isinstance(record, dict):
        raise InputError(f"metadata file {sidecar.name} must hold one JSON object")
    return metadata(record)


def _read_limited(path: Path, *, compressed: bool, max_bytes: int) -> bytes:
    if not compressed:
        return path.read_bytes()
    with path.open("rb") as stream:
        return _gunzip(stream, max_bytes=max_bytes)


def _gunzip(stream: BinaryIO, *, max_bytes: int) -> bytes:
    """What a gzip stream holds, no more than ``max_bytes`` of it; ``InputError`` when it is cut short
    or corrupt, or holds more."""
    try:
        with gzip.GzipFile(fileobj=stream) as unzipped:
            data = unzipped.read(max_bytes + 1)
    except _GZIP_ERRORS as err:
        raise InputError(f"truncated or corrupt gzip: {err}") from err
    if len(data) > max_bytes:
        raise InputError(f"over the limit of {max_bytes:,} bytes once decompressed (setting max_input_bytes)")
    return data


#: Kinds of input that hold many documents: ``newsgraph ingest`` reads them, one article at a time.
_CONTAINERS = {"jsonl": "a JSONL export (one article a line)", "warc": "a WARC file (one page a record)",
               "feed": "an RSS/Atom feed (its entries link to the articles)"}


def read_article(path: str, *, stdin: BinaryIO, max_bytes: int) -> bytes:
    """The bytes of the one article in a file (``-``: ``stdin``), gzip undone whatever the name says.

    ``InputError`` when it cannot be read, is a truncated or corrupt gzip, or holds many documents (by
    its name, or by its first bytes when the name does not tell): a JSONL export, a WARC file or a feed,
    which ``newsgraph ingest`` reads.
    """
    try:
        if path == "-":
            data = stdin.read()
        else:
            with open(path, "rb") as stream:
                data = stream.read()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from err
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(io.BytesIO(data), max_bytes=max_bytes)
    kind = (kind_of(Path(path)) if path != "-" else None) or _container_kind(data)
    if kind in _CONTAINERS:
        raise InputError(f"this is {_CONTAINERS[kind]}, not one article: read it with "
                         f"`newsgraph ingest {shlex.quote(path)}`")
    return data


def _container_kind(head: bytes) -> str | None:
    """What a document's first bytes say it holds when they open a WARC file, JSON lines or a feed."""
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if start[:5] == b"WARC/":
        return "warc"
    if start[:1] == b"{":
        return "jsonl"
    return "feed" if looks_like_feed(head) else None


def _guard_gzip(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass items through; a gzip that breaks midway ends the file with one failure."""
    try:
        yield from items
    except _GZIP_ERRORS as err:
        yield failure(source, InputError(f"truncated or corrupt gzip: {err}"))


def read_stream(stream: BinaryIO, source: str, *, max_bytes: int, named_by_content: bool = False) -> Iterator[Item]:
    """Documents from a stream whose kind no name tells (stdin, odd file names), sniffed from its first
    bytes. WARC and JSONL are read record by record, never whole, so a CC-NEWS file can be piped in.

    ``named_by_content`` (stdin, whose name says nothing of what came through it): documents are named
    by a hash of their bytes as well, ``-:<sha1 prefix>`` (``-:<sha1 prefix>:<line>`` for a JSON line, by
    the line's own bytes; ``-:<sha1 prefix>#<offset>`` for a WARC record, by the stream's first bytes),
    so data piped in later never takes over an earlier stream's sources and failure records, while the
    same data piped in again is the same sources, and a rerun resumes.
    """
    head, buffered = _sniffable(stream)
    try:
        compressed = head.startswith(GZIP_MAGIC)
        if compressed:
            head = zlib.decompressobj(wbits=31).decompress(head)
    except _GZIP_ERRORS as err:
        yield failure(source, InputError(f"truncated or corrupt gzip: {err}"))
        return
    if not head:
        yield failure(source, InputError("input is empty"))
        return
    kind = _container_kind(head)
    if kind == "warc":
        # warcio reads gzipped WARC itself, member by member (record offsets are compressed offsets).
        # The start of a WARC names its file well enough: the warcinfo record has a UUID and a date.
        yield from read_warc(buffered, _content_name(source, head) if named_by_content else source,
                             max_bytes=max_bytes)
        return
    body = gzip.GzipFile(fileobj=buffered) if compressed else buffered
    if kind == "jsonl":
        yield from _guard_gzip(read_jsonl(bounded_lines(body, max_bytes), source, max_bytes=max_bytes,
                                          named_by_content=named_by_content), source)
        return
    try:
        data = body.read(max_bytes + 1)
    except _GZIP_ERRORS as err:
        yield failure(source, InputError(f"truncated or corrupt gzip: {err}"))
        return
    if len(data) > max_bytes:
        yield failure(source, InputError(f"over the limit of {max_bytes:,} bytes (setting max_input_bytes)"))
        return
    yield RawDocument(source=_content_name(source, data) if named_by_content else source, data=data)


def _content_name(source: str, data: bytes) -> str:
    return f"{source}:{hashlib.sha1(data).hexdigest()[:12]}"


def _sniffable(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The stream's first bytes, and a stream that still starts with them. A pipe may hand them over a
    few at a time, so they are read until there are enough or the input ends."""
    head = b""
    while len(head) < _SNIFF_BYTES:
        chunk = stream.read(_SNIFF_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    if stream.seekable():
        stream.seek(stream.tell() - len(head))
        return head, stream
    return head, io.BufferedReader(_Rejoined(head, stream))


class _Rejoined(io.RawIOBase):
    """``head`` and then the rest of ``stream``: a pipe whose first bytes were read to sniff it."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer, as io.RawIOBase defines it
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_stdin(stream: BinaryIO, *, max_bytes: int) -> Iterator[Item]:
    yield from read_stream(stream, "-", max_bytes=max_bytes, named_by_content=True)


def read_bytes_feed_file(path: Path) -> bytes:
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as stream:
            return stream.read()
    except _GZIP_ERRORS as err:
        raise InputError(f"cannot read {path}: {err}") from err
