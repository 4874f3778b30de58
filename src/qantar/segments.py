"""Paragraph segments of a document: offsets, kind and language."""

import re
from functools import lru_cache

from . import langdata, language_id

_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _rules():
    data = langdata.shared("text")
    return {
        "social_post": [re.compile(p) for p in data["social_post_patterns"]],
        "source_line": [re.compile(p) for p in data["source_line_patterns"]],
        "caption": [re.compile(p) for p in data["caption_patterns"]],
        "heading_max_chars": data["heading_max_chars"],
        "sentence_final": data["sentence_final"],
        "closing_quotes": data["closing_quotes"],
    }


def _caption_markers(language: str) -> list[re.Pattern]:
    return [re.compile(p) for p in langdata.load(language, "text").get("caption_patterns", [])]


def classify(line: str, language: str) -> str:
    """The kind of one paragraph: social_post, source_line, caption, heading or body."""
    rules = _rules()
    for kind in ("social_post", "source_line", "caption"):
        if any(p.search(line) for p in rules[kind]):
            return kind
    if any(p.search(line) for p in _caption_markers(language)):
        return "caption"
    last = line.rstrip(rules["closing_quotes"])[-1:]
    if len(line) <= rules["heading_max_chars"] and last not in rules["sentence_final"]:
        return "heading"
    return "body"


def segment(text: str, doc_language: str) -> list[dict]:
    """One segment per non-blank line, trimmed of surrounding white space."""
    segments = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        language = language_id.detect(stripped, fallback=doc_language)
        segments.append({
            "id": f"p{len(segments)}",
            "start": start,
            "end": end,
            "kind": classify(stripped, language),
            "language": language,
        })
    _extend_posts(segments, text, doc_language)
    return segments


def _extend_posts(segments: list[dict], text: str, doc_language: str) -> None:
    """Multi-line embedded posts: a foreign-language line next to a post belongs to it, and a
    post line too short to identify takes the language of the post line next to it."""
    min_letters = langdata.shared("detection")["min_letters"]
    changed = True
    while changed:
        changed = False
        for i, seg in enumerate(segments):
            neighbours = [n for n in segments[max(i - 1, 0):i] + segments[i + 1:i + 2]
                          if n["kind"] == "social_post"]
            if not neighbours:
                continue
            if seg["kind"] != "social_post" and seg["language"] != doc_language:
                seg["kind"] = "social_post"
                changed = True
            short = language_id.letters(text[seg["start"]:seg["end"]]) < min_letters
            if seg["kind"] == "social_post" and short and seg["language"] != neighbours[0]["language"]:
                seg["language"] = neighbours[0]["language"]
                changed = True
