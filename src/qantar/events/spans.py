"""Overlap queries over a document's entity spans in logarithmic time: a token range inside a
named entity is no trigger, and a long article has thousands of both."""

from bisect import bisect_left
from itertools import accumulate


class SpanIndex:
    """Spans sorted by start, with the running maximum of their ends: some span overlaps
    [start, end) exactly when, among the spans starting before `end`, the furthest end
    lies after `start`."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._max_ends = list(accumulate((e for _s, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._max_ends[before_end - 1] > start
