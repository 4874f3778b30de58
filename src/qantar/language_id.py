"""Language of a paragraph, with lingua restricted to a few candidate languages."""

import re
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
    return sum(ch.isalpha() for ch in _NOISE.sub(" ", text))


def detect(text: str, fallback: str = UNDETERMINED) -> str:
    """ISO 639-1 code of `text`, or `fallback` when the text is too short or unclear."""
    config = langdata.shared("detection")
    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) < config["min_letters"]:
        return fallback
    values = _detector(paragraph_candidates(fallback)).compute_language_confidence_values(cleaned)
    if not values or values[0].value < config["min_confidence"]:
        return fallback
    code = values[0].language.iso_code_639_1.name.lower()
    if code in config.get("related", {}).get(fallback, []):
        return fallback
    return code
