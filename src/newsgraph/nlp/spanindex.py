"""Things with character offsets (quotations, attributions), found by position in logarithmic time.

A long article has thousands of each, and every cue, pronoun and quotation asks what overlaps it: a
pass over all of them per question made analysis quadratic in the article's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


class SpanIndex(Generic[T]):
    """Items sorted by ``start``; lookups bisect, bounded by the longest item."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items: list[T] = sorted(items, key=lambda item: item.start)
        self._starts = [item.start for item in self.items]
        self._longest = max((item.end - item.start for item in self.items), default=0)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def overlapping(self, start: int, end: int) -> list[T]:
        """The items sharing a character with ``[start, end)``; for ``start == end``, those holding it."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, max(end, start + 1))
        return [item for item in self.items[first:last] if item.end > start]

    def starting_in(self, start: int, end: int) -> list[T]:
        """The items whose start lies in ``[start, end]``."""
        return self.items[bisect.bisect_left(self._starts, start) : bisect.bisect_right(self._starts, end)]
