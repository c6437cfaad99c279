"""WARC files (CC-NEWS style), streamed record by record: HTML ``response`` records become documents
(those whose server named no Content-Type too, when the body starts as an HTML page does)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph.errors import InputError
from newsgraph.extract.text import decode
from newsgraph.ingest.common import HTML_TYPES, Failure, Item, failure, mime_and_charset, starts_like_html
from newsgraph.model import RawDocument

log = logging.getLogger(__name__)

_RECORD_END = b"\r\n\r\n"


def read_warc(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Item]:
    """Documents from a WARC or WARC.gz stream; a broken tail ends the file with one failure.

    warcio stops quietly at a truncated record, so completeness is checked here: a record whose body
    ends early, or bytes left over after the last record, mean the file was cut.
    """
    records = ArchiveIterator(stream)
    end = 0
    try:
        for record in records:
            wanted = _wanted(record)
            body = record.content_stream().read(max_bytes + 1) if wanted is not None else b""
            # Asking for the offset reads the record to its end: only after the body is taken.
            offset = records.get_record_offset()
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise InputError(f"record at offset {offset} ends early")
            # Every WARC record states its length; a header cut short does not get that far.
            if record.rec_headers.get_header("Content-Length") is None:
                raise InputError(f"record at offset {offset} has a cut header")
            end = offset + records.get_record_length()
            if wanted is None or (_declared_mime(record) is None and not starts_like_html(body)):
                continue
            where = f"{source}#{offset}"
            try:
                if len(body) > max_bytes:
                    raise InputError(f"record is over the limit of {max_bytes:,} bytes "
                                     "(setting max_input_bytes)")
                text = decode(body, max_bytes=max_bytes, declared=wanted or None)
            except InputError as err:
                yield Failure(where, str(err))
                continue
            yield RawDocument(source=where, data=text, content_type="text/html",
                              url=record.rec_headers.get_header("WARC-Target-URI"))
        if stream.seekable() and _trailing_bytes(stream, end):
            raise InputError(f"bytes left after the last complete record at offset {end}")
    except Exception as err:  # warcio raises many types (EOFError, zlib.error, ArchiveLoadFailed, ...)
        log.info("%s: unreadable after offset %d: %s", source, end, err)
        why = err.message if isinstance(err, InputError) else f"{type(err).__name__}: {err}"
        yield failure(f"{source}#{end}", InputError(f"truncated or corrupt WARC after offset {end}: {why}"))


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
