"""A document seen as sentences of tokens, each sentence with its segment's language and kind."""

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

# Tokens after which, with a space on both sides, a word starts a clause and is capitalised
# as a sentence start is: a dateline's or a headline's dash (`(ČTK) - Kazachstánský`,
# `Αλμάτι – Παραιτήθηκε`), a colon before a quotation.
CLAUSE_BREAKS = frozenset({"-", "–", "—", ":"})
# Opening quotation marks: the quoted sentence's first word is capitalised as a start.
OPENING_QUOTES = frozenset({"«", "„", "“", '"', "»"})
CLOSING_QUOTES = frozenset({"»", "”", "“", '"', "«"})
# Words up to which a quotation closed again is a quoted name (`„Solidarności”`), not a
# quoted sentence.
QUOTED_NAME = 4
# Apostrophes of an elided article or preposition glued to the next word (French l'Élysée,
# Italian dell'Interno): the word is the name, without them.
ELISION_MARKS = ("'", "’")


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

    @cached_property
    def initial_indexes(self) -> frozenset[int]:
        """Indexes of the words capitalised because they start a sentence or a clause: the
        first word, a word after a spaced dash or colon, a quoted sentence's first word."""
        toks = self.tokens
        out = {self.first_word_index()} - {None}
        for i in range(1, len(toks)):
            prev = toks[i - 1]
            spaced = i >= 2 and toks[i - 2].end < prev.start and prev.end < toks[i].start
            quoted = prev.text in OPENING_QUOTES and prev.end == toks[i].start \
                and (i == 1 or toks[i - 2].end < prev.start) \
                and not any(t.text in CLOSING_QUOTES for t in toks[i + 1:i + 1 + QUOTED_NAME])
            if (prev.text in CLAUSE_BREAKS and spaced) or quoted:
                out.add(i)
        return frozenset(out)

    def is_initial(self, index: int) -> bool:
        return index in self.initial_indexes

    def gap(self, left: int, right: int, text: str) -> str:
        """The text between token `left` and the next token `right`."""
        return text[self.tokens[left].end:self.tokens[right].start]


def _token(start: int, end: int, text: str) -> Token:
    """The token, without the elision apostrophe glued to its start (`'Élysée` -> `Élysée`)."""
    word = text[start:end]
    if len(word) > 1 and word.startswith(ELISION_MARKS) and word[1].isalpha():
        return Token(start + 1, end, word[1:])
    return Token(start, end, word)


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
        inside = tuple(_token(t["start"], t["end"], text)
                       for t in toks[first:last] if t["end"] <= sent["end"])
        out.append(Sentence(sent["start"], sent["end"], seg.get("language", doc["language"]),
                            seg.get("kind", "body"), inside))
    return out
