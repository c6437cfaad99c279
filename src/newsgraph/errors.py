"""One exception tree. Every error carries a stable code and a one-line message fit for a user."""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


def unexpected(doing: str, err: BaseException) -> str:
    """The one-line failure reason for a bug met while ``doing`` something to one document (so the batch
    can record it and go on): "[E000] extraction failed: KeyError: 'x'"."""
    return f"[{NewsgraphError.code}] {doing} failed: {type(err).__name__}: {err}".splitlines()[0]


class InputError(NewsgraphError):
    """The input cannot be read as an article (empty, binary, undecodable, too large)."""

    code = "E100"


class ExtractionError(NewsgraphError):
    """A document was read but no article body could be found in it."""

    code = "E200"


class FetchError(NewsgraphError):
    """A URL or feed could not be fetched this time (timeout, connection error, HTTP 5xx or 429)."""

    code = "E300"


class FetchRefused(FetchError):
    """A URL that fetching again will not get (robots.txt refuses it, HTTP 4xx, not http(s), a redirect
    loop, over the size limit): a feed watcher does not try it again."""

    code = "E301"


class ModelError(NewsgraphError):
    """The configured spaCy model is not installed or cannot be loaded."""

    code = "E400"


class StoreError(NewsgraphError):
    """The store cannot be opened or written."""

    code = "E500"


class EvalDataError(NewsgraphError):
    """A gold or prediction file cannot be scored (bad JSON, duplicate id, span outside the text)."""

    code = "E600"
