"""Word shapes and folding shared by the entity modules."""

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents (Greek tonos, Polish acute, Czech caron); ł, ø, æ stay."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()


def first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def is_capitalised(text: str) -> bool:
    """Starts (after @ or #) with an upper-case letter."""
    return first_letter(text).isupper()


def is_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def scripts(text: str) -> set[str]:
    """The scripts of the letters of `text` (LATIN, GREEK, CYRILLIC...)."""
    return {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}


def is_mixed_script(text: str) -> bool:
    """Letters of several scripts in one word: a look-alike typo such as Latin L + Greek Ν."""
    return len(scripts(text)) > 1
