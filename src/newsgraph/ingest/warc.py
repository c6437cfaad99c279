"""WARC files (CC-NEWS style), streamed record by record: HTML ``response`` records become documents
(those whose server named no Content-Type too, when the body starts as an HTML page does)."""

from __future__ import annotations

import contextlib
import io
import logging
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph.errors import InputError
from newsgraph.extract.text import decode
from newsgraph.ingest.common import (
    HTML_TYPES,
    BodyDecoder,
    Failure,
    Item,
    failure,
    mime_and_charset,
    starts_like_html,
)
from newsgraph.model import RawDocument

log = logging.getLogger(__name__)

_RECORD_END = b"\r\n\r\n"
_GZIP_MAGIC = b"\x1f\x8b"
_NEXT_RECORD = b"\r\n\r\nWARC/1."  # the blank line ending a record, then the next record's version line
_PEEK_CHUNK = 64 * 1024
_PEEK_LIMIT = 8 * 1024 * 1024  # compressed bytes read to tell one gzip stream from one member per record


def read_warc(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Item]:
    """Documents from a WARC or WARC.gz stream; a broken tail ends the file with one failure.

    warcio stops quietly at a truncated record, so completeness is checked here: a record whose body
    ends early, or bytes left over after the last record, mean the file was cut. A record shorter than
    the bytes before the next one (its Content-Length was wrong, so its body is cut) fails on its own;
    each document is given out only once the record after it has been found, to know that.
    """
    # "gzip crawl.warc" makes one gzip stream of the whole file, which warcio refuses after the first
    # record ("non-chunked gzip"); it is still a WARC, read through a decompressing stream.
    whole_gzip = _whole_file_gzip(stream)
    if whole_gzip:
        stream = _Inflating(stream)
    piped = None if whole_gzip or stream.seekable() else _Counting(stream)
    records = ArchiveIterator(piped or stream)
    end = 0
    held: Item | None = None  # the last record's item, until the next record shows it was whole
    try:
        for record in _quietly(records):
            if held is not None:
                yield _checked(held, records)
                held = None
            wanted = _wanted(record)
            body = b""
            decoding_error: InputError | None = None
            if wanted is not None:
                try:
                    body = _http_body(record, max_bytes)
                except InputError as err:
                    decoding_error = err
            # Asking for the offset reads the record to its end (and past the blank lines after it, where
            # warcio may complain on stderr): only after the body is taken.
            with contextlib.redirect_stderr(io.StringIO()):
                offset = records.get_record_offset()
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise InputError(f"record at offset {offset} ends early")
            # Every WARC record states its length; a header cut short does not get that far.
            if record.rec_headers.get_header("Content-Length") is None:
                raise InputError(f"record at offset {offset} has a cut header")
            end = offset + records.get_record_length()
            if wanted is None or decoding_error is None and _declared_mime(record) is None \
                    and not starts_like_html(body):
                continue
            where = f"{source}#{offset}"
            try:
                if decoding_error is not None:
                    raise decoding_error
                if len(body) > max_bytes:
                    raise InputError(f"record is over the limit of {max_bytes:,} bytes "
                                     "(setting max_input_bytes)")
                decoded = decode(body, max_bytes=max_bytes, declared=wanted or None)
            except InputError as err:
                held = Failure(where, str(err))
                continue
            held = RawDocument(source=where, data=decoded.text, content_type="text/html",
                               url=record.rec_headers.get_header("WARC-Target-URI"), warnings=decoded.warnings)
        if held is not None:
            yield _checked(held, records)
            held = None
        if piped is not None and piped.left_after(end) or \
                not whole_gzip and piped is None and _trailing_bytes(stream, end):
            raise InputError(f"bytes left after the last complete record at offset {end}")
    except Exception as err:  # warcio raises many types (EOFError, zlib.error, ArchiveLoadFailed, ...)
        if held is not None:
            yield _checked(held, records)
        log.info("%s: unreadable after offset %d: %s", source, end, err)
        why = err.message if isinstance(err, InputError) else f"{type(err).__name__}: {' '.join(str(err).split())}"
        yield failure(f"{source}#{end}", InputError(f"truncated or corrupt WARC after offset {end}: {why}"))


def _quietly(records: ArchiveIterator) -> Iterator[object]:
    """The records, with what warcio writes to stderr on the way (a record "not followed by newline")
    kept from the user's terminal: the library does not print, and the reader reports it as a failure."""
    iterator = iter(records)
    while True:
        with contextlib.redirect_stderr(io.StringIO()):
            record = next(iterator, None)
        if record is None:
            return
        yield record


def _checked(item: Item, records: ArchiveIterator) -> Item:
    """``item``, or its failure when warcio found bytes after its record that its length left out."""
    if isinstance(item, RawDocument) and records.err_count > 0:
        records.err_count = 0
        return Failure(item.source, str(InputError(
            "the record is shorter than its content (a wrong Content-Length): its body is cut")))
    return item


def _http_body(record: object, max_bytes: int) -> bytes:
    """The HTTP payload as the page was: de-chunked and its Content-Encoding undone, with
    ``InputError`` when it is cut short (warcio returns whatever it got)."""
    data = record.raw_stream.read(max_bytes + 1)
    headers = record.http_headers
    if (headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        data = _dechunked(data)
    body = BodyDecoder(headers.get_header("Content-Encoding"))
    out = body.feed(data, max_bytes + 1)
    if len(out) <= max_bytes:
        body.finish()
    return out


def _dechunked(data: bytes) -> bytes:
    """The data of a chunked body. Crawlers often store the body already joined and keep the header:
    data that does not start with a chunk size is that; a chunk cut short is an ``InputError``."""
    pieces, position = [], 0
    while True:
        line_end = data.find(b"\r\n", position)
        size_field = data[position:line_end].split(b";")[0].strip() if line_end >= 0 else b""
        try:
            size = int(size_field, 16)
        except ValueError:
            if position == 0:
                return data
            raise InputError("the body is cut short: a chunk header is missing or broken") from None
        if size == 0:
            return b"".join(pieces)
        start = line_end + 2
        if start + size > len(data):
            raise InputError("the body is cut short inside a chunk")
        pieces.append(data[start : start + size])
        position = start + size + (2 if data[start + size : start + size + 2] == b"\r\n" else 0)


class _Inflating:
    """A gzip stream read as the bytes it holds, as far as they go: unlike ``gzip.GzipFile``, whose reads
    fail whole at a cut (and which warcio takes for a clean end), what came before a cut is returned
    and the cut is an error of its own."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(wbits=31)
        self._ready = b""

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            return b"".join(iter(lambda: self.read(_PEEK_CHUNK), b""))
        while not self._ready:
            if self._inflate.eof:
                rest = self._inflate.unused_data  # "cat a.gz b.gz": another member follows
                if not rest and not (rest := self._raw.read(_PEEK_CHUNK)):
                    return b""
                self._inflate = zlib.decompressobj(wbits=31)
                self._ready = self._inflate.decompress(rest)
                continue
            chunk = self._raw.read(_PEEK_CHUNK)
            if not chunk:
                raise InputError("the gzip stream is cut short")
            self._ready = self._inflate.decompress(chunk)
        taken = self._ready[:size]
        self._ready = self._ready[len(taken):]
        return taken

    def seekable(self) -> bool:
        return False


def _whole_file_gzip(stream: BinaryIO) -> bool:
    """Whether a seekable ``stream`` is one gzip stream holding several records rather than one gzip member
    per record (as WARC.gz should be): its first member goes on past the start of a second record."""
    if not stream.seekable():
        return False
    start = stream.tell()
    try:
        if stream.read(2) != _GZIP_MAGIC:
            return False
        stream.seek(start)
        inflate = zlib.decompressobj(wbits=31)
        tail = b""
        for _ in range(_PEEK_LIMIT // _PEEK_CHUNK):
            pending = stream.read(_PEEK_CHUNK)
            if not pending:
                return False
            while pending and not inflate.eof:  # output bounded to a chunk at a time
                tail = tail[-16:] + inflate.decompress(pending, _PEEK_CHUNK)
                pending = inflate.unconsumed_tail
                if _NEXT_RECORD in tail:
                    return True
            if inflate.eof:
                return False
        return False
    except zlib.error:
        return False  # broken from the start: the record reader reports it
    finally:
        stream.seek(start)


class _Counting:
    """A stream that cannot seek (a pipe), read through while counting its bytes, so that what is left
    after the last complete record can be told as a seekable file's is."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.total = 0
        self._tail = b""

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.total += len(data)
        self._tail = (self._tail + data)[-len(_RECORD_END) :]
        return data

    def tell(self) -> int:
        return self.total

    def left_after(self, end: int) -> bool:
        """Whether anything but the blank line closing the last record follows ``end`` in the stream."""
        while self.read(_PEEK_CHUNK):
            pass
        left = self.total - end
        return left > len(_RECORD_END) or left > 0 and self._tail[-left:].strip(b"\r\n") != b""


def _trailing_bytes(stream: BinaryIO, end: int) -> bool:
    """Whether anything but the blank line that closes an uncompressed WARC's last record (which
    warcio leaves out of the record's length) follows ``end``."""
    size = stream.seek(0, io.SEEK_END)
    if size - end > len(_RECORD_END):
        return True
    stream.seek(end)
    return stream.read().strip(b"\r\n") != b""


def _wanted(record: object) -> str | None:
    """The declared charset (or "" when none) of a successful response record that is HTML or names no
    type (its body then tells); None to skip it."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    mime, charset = mime_and_charset(record.http_headers.get_header("Content-Type"))
    status = record.http_headers.get_statuscode() or ""
    if mime not in (*HTML_TYPES, None) or not status.startswith("2"):
        return None
    return charset or ""


def _declared_mime(record: object) -> str | None:
    return mime_and_charset(record.http_headers.get_header("Content-Type"))[0]
