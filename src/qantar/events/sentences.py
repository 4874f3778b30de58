"""A sentence-by-sentence view of a document for the event rules: tokens, their forms, the
segment language, and the entity and time-expression mentions inside the sentence."""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


@dataclass
class Sentence:
    start: int
    end: int
    language: str
    spans: list  # (start, end) of each token
    forms: list  # the text of each token
    mentions: list  # entity and time-expression annotations inside the sentence, by start
    # per-sentence memo of the rules (clause openers at a token): several triggers share a sentence
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    _starts: list = field(init=False, repr=False)
    _ends: list = field(init=False, repr=False)

    def __post_init__(self):
        self._starts = [s for s, _e in self.spans]
        self._ends = [e for _s, e in self.spans]

    def mention_tokens(self, mention: dict) -> tuple[int, int]:
        """First and one-past-last token index of a mention (token-aligned or not)."""
        return max(bisect_right(self._starts, mention["start"]) - 1, 0), bisect_left(self._ends, mention["end"]) + 1


def of(doc: dict) -> list[Sentence]:
    language = {seg["id"]: seg["language"] for seg in doc["segments"]}
    toks = sorted((t["start"], t["end"]) for t in doc["tokens"])
    tok_starts = [s for s, _e in toks]
    mentions = sorted(doc.get("entities", []) + doc.get("timexes", []), key=lambda m: (m["start"], m["end"]))
    men_starts = [m["start"] for m in mentions]
    out = []
    for sent in doc["sentences"]:
        spans = toks[bisect_left(tok_starts, sent["start"]):bisect_left(tok_starts, sent["end"])]
        if not spans:
            continue
        inside = [m for m in mentions[bisect_left(men_starts, sent["start"]):bisect_left(men_starts, sent["end"])]
                  if m["end"] <= sent["end"]]
        out.append(Sentence(sent["start"], sent["end"], language[sent["segment"]], spans,
                            [doc["text"][s:e] for s, e in spans], inside))
    return out
