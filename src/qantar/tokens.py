"""Sentences and tokens of a segment, using the segment language's abbreviation lists."""

import re
from functools import lru_cache

from . import langdata

_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*(?=\s+[\"„«“(\-–—]?[\w\"„«“])")
_OPENING_UPPER = re.compile(r"\s+[\"„«“(\-–—]?\s*(\w)")


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> tuple[frozenset, frozenset]:
    data = langdata.load(language, "text")
    return frozenset(data.get("abbreviations", [])), frozenset(data.get("final_abbreviations", []))


@lru_cache(maxsize=None)
def _token_pattern(language: str) -> re.Pattern:
    never, final = _abbreviations(language)
    abbrevs = sorted(never | final, key=len, reverse=True)
    domains = "|".join(langdata.shared("text")["domain_suffixes"])
    parts = [
        r"https?://\S+",
        r"pic\.twitter\.com/\w+",
        r"[@#]\w+",
        rf"[^\W\d_]\w*\.(?:{domains})\b",
    ]
    if abbrevs:
        parts.append(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in abbrevs) + r")(?!\w)")
    parts += [
        r"\d+(?:[.,:]\d+)*",
        r"['’]\w+",
        r"\w+",
        r"\S",
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def tokenize(text: str, start: int, end: int, language: str) -> list[dict]:
    """Tokens of text[start:end] with document offsets; hyphens are tokens of their own."""
    pattern = _token_pattern(language)
    return [
        {"start": m.start(), "end": m.end()}
        for m in pattern.finditer(text, start, end)
    ]


def _word_before(text: str, position: int, floor: int) -> str:
    """The word (letters and inner periods) ending at `position`, without opening brackets."""
    match = re.search(r"[\w.]+$", text[floor:position])
    return match.group() if match else ""


def split_sentences(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end]; abbreviations do not end a sentence, except a
    final abbreviation (`r.`, `tys.`) followed by a word starting with a capital letter."""
    never, final = _abbreviations(language)
    never_lower = {a.lower() for a in never}
    final_lower = {a.lower() for a in final}
    spans, sentence_start = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        word = _word_before(text, match.start() + 1, sentence_start).lower()
        following = _OPENING_UPPER.match(text, stop, end)
        next_is_upper = bool(following) and (following.group(1).isupper() or following.group(1).isdigit())
        if match.group().startswith("."):
            if word in final_lower:
                if not next_is_upper:
                    continue
            elif word in never_lower or re.fullmatch(r"[^\W\d_]\.", word):
                continue  # an abbreviation or a one-letter initial
        if not next_is_upper or not any(ch.isalnum() for ch in text[sentence_start:stop]):
            continue
        spans.append((sentence_start, stop))
        rest = text[stop:end]
        sentence_start = stop + (len(rest) - len(rest.lstrip()))
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans
