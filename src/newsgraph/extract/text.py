"""Bytes to text: decoding with charset detection, binary and size checks, newline and invisible-character
normalisation."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

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
#: One character of valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
_UTF8_CHAR = (rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
              rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
              rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_UTF8_RUNS = re.compile(rb"(?P<valid>(?:" + _UTF8_CHAR + rb")+)|(?P<invalid>(?:(?!" + _UTF8_CHAR + rb")[\x80-\xff])+)")
#: Browsers read these labels as Windows-1252 (WHATWG Encoding), and so do pages that declare them.
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252"}
#: Characters that look like nothing or like a plain space but split a word or a name for the parser
#: ("Mu\u00adsk", "Dmit\u200briev", "Direct\u00a0Investment Fund"), and the Unicode line and paragraph
#: separators, which the layout rules (lines, blank-line paragraphs) would not see. Joiners only go inside
#: or beside words: between emoji they build one picture (a family from three people).
_UNUSUAL = re.compile(r"[\u00ad\u200b\u200e\u200f\u2060\ufeff]|(?<=\w)[\u200c\u200d]|[\u200c\u200d](?=\w)"
                      r"|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\x85\u2028\u2029]")
_PLAIN = {"\x85": "\n", "\u2028": "\n", "\u2029": "\n\n",
          **dict.fromkeys("\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200b))), " ")}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from input, and what to warn of when its charset had to be guessed."""

    text: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes | str, *, max_bytes: int, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text with its newlines and invisible characters normalised (:func:`normalise`),
    refusing input that is empty, binary or larger than ``max_bytes``."""
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} "
                         "(setting max_input_bytes)")
    text, warnings = (data, ()) if isinstance(data, str) else _decode_bytes(data, declared)
    text = normalise(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("input is empty")
    controls = len(_CONTROL.findall(text[:20000]))
    if "\x00" in text[:20000] or controls > max(8, len(text[:20000]) // 100):
        raise InputError("input looks binary, not text or HTML")
    return Decoded(text, warnings)


def normalise(text: str) -> str:
    """``text`` with soft hyphens, zero-width characters, direction marks and stray byte-order marks
    dropped, every other kind of space (no-break, thin, ideographic, …) a plain one, and the line and
    paragraph separators (NEL, U+2028, U+2029) a newline and a blank line."""
    return _UNUSUAL.sub(lambda m: _PLAIN.get(m.group(), ""), text)


def _decode_bytes(data: bytes, declared: str | None) -> tuple[str, tuple[str, ...]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), ()
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
            return data.decode(_WHATWG_ALIASES.get(encoding.strip().lower(), encoding)), ()
        except (UnicodeDecodeError, LookupError):
            continue
    runs = list(_utf8_runs(data))
    # Characters that only UTF-8 explains against bytes that UTF-8 cannot: a few stray bytes in a UTF-8
    # text are a paste from elsewhere, a few accidental UTF-8 pairs in a Windows-1251 text are chance.
    valid = sum(len(text) - len(text.encode("ascii", "ignore")) for text in
                (run.decode("utf-8") for ok, run in runs if ok))
    invalid = sum(len(run) for ok, run in runs if not ok)
    if valid >= invalid:
        # Mixed encodings, mostly UTF-8: keep every valid UTF-8 run and read the rest as Windows-1252,
        # the usual culprit (text pasted from an old editor).
        return _decode_mixed(runs), ()
    return _detected(data, runs, " or ".join(dict.fromkeys(c.strip().lower() for c in candidates[1:])))


def _detected(data: bytes, runs: list[tuple[bool, bytes]], declared: str) -> tuple[str, tuple[str, ...]]:
    """Bytes that are not UTF-8 nor the charset they declare, read in the charset they fit best:
    Windows-1252 (what browsers assume, and the commonest mistake) when it reads them as cleanly as any,
    else the one charset_normalizer finds reading them cleanly (Windows-1251 Russian declared as UTF-8
    becomes Russian, not "Ìîñêâà"), with a warning; when none does, a warning that the text may be
    garbled."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    western = [m.chaos for m in matches if "cp1252" in m.could_be_from_charset]
    if best is not None and western and min(western) <= best.chaos:
        return _decode_mixed(runs), ()
    claimed = f"not valid {declared} as it declares" if declared else "not UTF-8 and declares no charset"
    if best is not None:
        name = codecs.lookup(best.encoding).name
        return data.decode(best.encoding, errors="replace"), (
            f"the input is {claimed}: read as {name}, the charset its bytes fit best (a guess: check the text)",)
    return _decode_mixed(runs), (
        f"the input is {claimed}, and no charset reads it cleanly: read as UTF-8 and Windows-1252, so some "
        "characters are likely wrong",)


def _utf8_runs(data: bytes) -> Iterator[tuple[bool, bytes]]:
    """``data`` cut into runs of valid UTF-8 (True) and of bytes that are not (False), in order: in one
    pass, since decoding again after each bad byte would take quadratic time on a page in another
    charset."""
    for match in _UTF8_RUNS.finditer(data):
        yield match.lastgroup == "valid", match.group()


def _decode_mixed(runs: list[tuple[bool, bytes]]) -> str:
    return "".join(run.decode("utf-8") if ok else run.decode("cp1252", errors="replace") for ok, run in runs)


def starts_like_page(text: str) -> bool:
    """Whether ``text`` opens as an HTML page does: ``<!doctype html`` or ``<html``, after any byte-order
    mark, XML declaration and comments."""
    return bool(_PAGE_START.match(text))


def looks_like_html(text: str) -> bool:
    head = text[:2000]
    return bool(_HTML_START.match(text)) or (head.count("</p>") + head.count("<br") >= 2)
