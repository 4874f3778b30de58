"""A document seen as sentences of tokens, each sentence with its segment's language and kind."""

from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple


class Token(NamedTuple):   # a tuple: built for every token of every pass, so kept cheap
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    language: str
    kind: str
    tokens: tuple[Token, ...]

    def first_word_index(self) -> int | None:
        """Index of the sentence's first word (sentence-initial position); a leading
        #hashtag or @handle (#UPDATE Protesters stormed...) does not count as one."""
        return next((i for i, t in enumerate(self.tokens)
                     if t.text[:1] not in "#@" and any(ch.isalpha() for ch in t.text)), None)

    def gap(self, left: int, right: int, text: str) -> str:
        """The text between token `left` and the next token `right`."""
        return text[self.tokens[left].end:self.tokens[right].start]


def sentences(doc: dict) -> list[Sentence]:
    text = doc["text"]
    toks = sorted(doc["tokens"], key=lambda t: t["start"])
    starts = [t["start"] for t in toks]
    segments = {s["id"]: s for s in doc["segments"]}
    out = []
    for sent in doc["sentences"]:
        seg = segments.get(sent["segment"], {})
        first = bisect_left(starts, sent["start"])
        last = bisect_left(starts, sent["end"], lo=first)
        inside = tuple(Token(t["start"], t["end"], text[t["start"]:t["end"]])
                       for t in toks[first:last] if t["end"] <= sent["end"])
        out.append(Sentence(sent["start"], sent["end"], seg.get("language", doc["language"]),
                            seg.get("kind", "body"), inside))
    return out
