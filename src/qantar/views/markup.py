"""Overlapping stand-off spans turned into properly nested HTML elements.

The text is cut at every span boundary; each piece is wrapped in the spans covering it,
outermost first (earlier start, then later end). Between pieces only the elements that
differ are closed and opened, so a span is cut into fragments only where another span
crosses it.
"""

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # unique: the annotation id
    open_tag: str  # the element's opening tag, e.g. '<span class="ent">'
    close_tag: str  # e.g. '</span>'
    after: str = ""  # HTML placed right after the span's end (a label), outside its element


def render(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> str:
    """HTML of text[start:end] with every span (clipped to the range) as nested elements."""
    end = len(text) if end is None else end
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted({start, end} | {max(start, min(end, p)) for s in inside for p in (s.start, s.end)})
    order = sorted(inside, key=lambda s: (s.start, -s.end, s.key))
    rank = {s.key: i for i, s in enumerate(order)}
    out, stack = [], []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = sorted((s for s in inside if s.start <= lo and s.end >= hi), key=lambda s: rank[s.key])
        common = 0
        while common < min(len(stack), len(covering)) and stack[common] is covering[common]:
            common += 1
        for s in reversed(stack[common:]):
            out.append(s.close_tag)
            if s.end <= lo:
                out.append(s.after)
        out += [s.open_tag for s in covering[common:]]
        stack = covering
        out.append(escape(text[lo:hi]))
    for s in reversed(stack):
        out.append(s.close_tag + (s.after if s.end <= end else ""))
    return "".join(out)
