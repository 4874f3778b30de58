"""Language of a paragraph, with lingua restricted to a few candidate languages."""

import re
import unicodedata
from functools import lru_cache

from . import langdata

_NOISE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|[@#]\w+|\d+")
UNDETERMINED = "und"


@lru_cache(maxsize=None)
def _supported() -> frozenset:
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...], low_accuracy: bool = False):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def paragraph_candidates(document_language: str = UNDETERMINED) -> tuple[str, ...]:
    """The languages a paragraph may be in: the document's own, those often quoted in news
    (the `candidates` of lang/xx/detection.toml) and those with data files. A small set keeps
    short paragraphs right and memory low; the document's language keeps a Czech article Czech."""
    config = langdata.shared("detection")
    codes = set(config["candidates"]) | set(langdata.languages_with("text")) | {document_language}
    return tuple(sorted(codes & _supported()))


def detect_document(text: str) -> str:
    """ISO 639-1 code of a whole article among the European languages of `document_candidates`
    (long text: the low-accuracy trigram models suffice and cost far less memory)."""
    config = langdata.shared("detection")
    codes = tuple(sorted(set(config["document_candidates"]) & _supported()))
    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) < config["min_letters"]:
        return UNDETERMINED
    found = _detector(codes, low_accuracy=True).detect_language_of(cleaned)
    return found.iso_code_639_1.name.lower() if found else UNDETERMINED


def letters(text: str) -> int:
    return sum(map(str.isalpha, _NOISE.sub(" ", text)))


def detect(text: str, fallback: str = UNDETERMINED) -> str:
    """ISO 639-1 code of `text`, or `fallback` when the text is too short or unclear."""
    config = langdata.shared("detection")
    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) < config["min_letters"]:
        return fallback
    if fallback != UNDETERMINED and fallback not in _supported():
        return fallback  # lingua has no model for it (Maltese): the document's language holds
    return _detect_paragraph(cleaned, fallback)


@lru_cache(maxsize=65_536)
def _detect_paragraph(cleaned: str, fallback: str) -> str:
    """detect() past its cheap checks. Cached: repeated lines (a signature, a caption
    formula, a long article's recurring paragraphs) are identified once."""
    config = langdata.shared("detection")
    candidates = paragraph_candidates(fallback)
    found = _single_script_language(cleaned, config.get("single_language_scripts", {}))
    if found in candidates:
        code, confidence = found, 1.0
    else:
        values = _detector(candidates).compute_language_confidence_values(cleaned)
        if not values:
            return fallback
        code, confidence = values[0].language.iso_code_639_1.name.lower(), values[0].value
    if confidence < config["min_confidence"]:
        return fallback
    if code in config.get("related", {}).get(fallback, []):
        return fallback
    return code


def _single_script_language(text: str, scripts: dict[str, str]) -> str | None:
    """The language of `scripts` whose script every letter of `text` is written in, or None."""
    found = {unicodedata.name(ch, "").split(" ", 1)[0] for ch in set(text) if ch.isalpha()}
    return scripts.get(found.pop()) if len(found) == 1 else None
