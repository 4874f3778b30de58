"""Word shapes shared by the entity modules (folding is qantar.morphology.fold)."""

import unicodedata
from functools import lru_cache


def first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


@lru_cache(maxsize=200_000)
def is_capitalised(text: str) -> bool:
    """Starts (after @ or #) with an upper-case letter."""
    return first_letter(text).isupper()


@lru_cache(maxsize=200_000)
def is_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def scripts(text: str) -> set[str]:
    """The scripts of the letters of `text` (LATIN, GREEK, CYRILLIC...)."""
    return {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}


@lru_cache(maxsize=200_000)
def is_mixed_script(text: str) -> bool:
    """Letters of several scripts in one word: a look-alike typo such as Latin L + Greek Ν."""
    return len(scripts(text)) > 1
