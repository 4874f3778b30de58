"""Language of a paragraph, with lingua restricted to a few candidate languages."""

import re
from functools import lru_cache

from . import langdata

_NOISE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|[@#]\w+|\d+")
UNDETERMINED = "und"


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    config = langdata.shared("detection")
    # a language with event triggers must be recognised for its lexicon to apply
    codes = sorted(set(config["candidates"]) | set(langdata.languages_with("text")) | set(langdata.languages_with("events")))
    # a language lingua has no model for (Maltese) is never detected: it is the document's own
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                 for code in codes if hasattr(IsoCode639_1, code.upper())]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in _NOISE.sub(" ", text))


def detect(text: str, fallback: str = UNDETERMINED) -> str:
    """ISO 639-1 code of `text`, or `fallback` when the text is too short or unclear."""
    config = langdata.shared("detection")
    cleaned = _NOISE.sub(" ", text)
    if letters(cleaned) < config["min_letters"]:
        return fallback
    values = _detector().compute_language_confidence_values(cleaned)
    if not values or values[0].value < config["min_confidence"]:
        return fallback
    code = values[0].language.iso_code_639_1.name.lower()
    if code in config.get("related", {}).get(fallback, []):
        return fallback
    return code
