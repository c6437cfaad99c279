"""Bytes to text: decoding with charset detection, binary and size checks, newline normalisation."""

from __future__ import annotations

import codecs
import re

from newsgraph.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: What may come before a page's first tag: a byte-order mark, an XML declaration (XHTML) and comments
#: (a browser's "<!-- saved from url=(0052)… -->"). Each part can match one way only, so a long run of
#: comments is read in one pass.
_PROLOGUE = r"\ufeff?\s*(?:(?:<\?xml\b[^>]*>|<!--(?:[^-]|-(?!->))*-->)\s*)*"
_PAGE_START = re.compile(_PROLOGUE + r"(?:<!doctype\s+html|<html[\s>])", re.I)
_HTML_START = re.compile(
    _PROLOGUE + r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<div[\s>]|<p[\s>])", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
#: Browsers read these labels as Windows-1252 (WHATWG Encoding), and so do pages that declare them.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252"}


def decode(data: bytes | str, *, max_bytes: int, declared: str | None = None) -> str:
    """Decode ``data`` to text, refusing input that is empty, binary or larger than ``max_bytes``."""
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} "
                         "(setting max_input_bytes)")
    text = data if isinstance(data, str) else _decode_bytes(data, declared)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("input is empty")
    controls = len(_CONTROL.findall(text[:20000]))
    if "\x00" in text[:20000] or controls > max(8, len(text[:20000]) // 100):
        raise InputError("input looks binary, not text or HTML")
    return text


def _decode_bytes(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError("input looks binary, not text or HTML")
    # Valid UTF-8 with non-ASCII bytes is almost never another charset, while servers and pages often
    # declare the wrong one (ISO-8859-1 is the classic default): so UTF-8 that decodes wins.
    candidates = ["utf-8"]
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for encoding in candidates:
        try:
            return data.decode(_WHATWG_ALIASES.get(encoding.strip().lower(), encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    # Mixed encodings: keep every valid UTF-8 run and read the rest as Windows-1252, the usual culprit.
    return _decode_mixed(data)


def _decode_mixed(data: bytes) -> str:
    out: list[str] = []
    i = 0
    while i < len(data):
        try:
            out.append(data[i:].decode("utf-8"))
            break
        except UnicodeDecodeError as err:
            out.append(data[i : i + err.start].decode("utf-8"))
            bad = data[i + err.start : i + err.end]
            out.append(bad.decode("cp1252", errors="replace"))
            i += err.end
    return "".join(out)


def starts_like_page(text: str) -> bool:
    """Whether ``text`` opens as an HTML page does: ``<!doctype html`` or ``<html``, after any byte-order
    mark, XML declaration and comments."""
    return bool(_PAGE_START.match(text))


def looks_like_html(text: str) -> bool:
    head = text[:2000]
    return bool(_HTML_START.match(text)) or (head.count("</p>") + head.count("<br") >= 2)
