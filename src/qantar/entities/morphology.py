"""Morphological analysers behind one small interface, chosen by a language's data file
(`morphology = "morfeusz2"` in lang/<code>/entities.toml).

An adapter answers three questions about a word: its analyses (lemma, tag, labels), the
forms of a lemma it knows, and whether it knows the word at all. A language without an
adapter gets None and the engine falls back to suffix rules and capitalisation.
"""

from dataclasses import dataclass
from functools import lru_cache

from .. import langdata
from ..errors import DataFileError


@dataclass(frozen=True)
class Analysis:
    lemma: str        # without the analyser's homonym marks (Reuter:Sm1 -> Reuter)
    tag: str
    labels: tuple[str, ...]


class Morfeusz2:
    """morfeusz2 with the SGJP dictionary shipped in its wheel (Polish)."""

    UNKNOWN_TAG = "ign"

    def __init__(self):
        import morfeusz2

        self._analyser = morfeusz2.Morfeusz(expand_tags=True, generate=False)
        self._generator = morfeusz2.Morfeusz(analyse=False, generate=True)
        self.analyse = lru_cache(maxsize=65536)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        found = []
        for _start, _end, (_form, lemma, tag, labels, _qualifiers) in self._analyser.analyse(word):
            found.append(Analysis(lemma.split(":")[0], tag, tuple(labels)))
        return tuple(dict.fromkeys(found))

    def knows(self, word: str) -> bool:
        return any(a.tag != self.UNKNOWN_TAG for a in self.analyse(word))

    def generate(self, lemma: str) -> list[str]:
        """Every form of `lemma`, or [] when the dictionary does not know it."""
        forms = []
        for form, _lemma, tag, _labels, _qualifiers in self._generator.generate(lemma):
            if tag == self.UNKNOWN_TAG:
                return []
            forms.append(form)
        return forms

    def _lemmas(self, word: str) -> list[str]:
        return sorted({a.lemma for a in self.analyse(word) if a.tag != self.UNKNOWN_TAG})

    def lemma_forms(self, word: str) -> list[str]:
        """The forms of `word` when it is itself a lemma of the dictionary (any case)."""
        return [f for lemma in self._lemmas(word) if lemma.casefold() == word.casefold()
                for f in self.generate(lemma)]

    def related_forms(self, word: str) -> list[str]:
        """The forms of every lemma `word` may be a form of."""
        return [f for lemma in self._lemmas(word) for f in self.generate(lemma)]


ADAPTERS = {"morfeusz2": Morfeusz2}


@lru_cache(maxsize=None)
def for_language(language: str):
    """The adapter named by the language's entities data file, or None."""
    name = langdata.load(language, "entities").get("morphology")
    if name is None:
        return None
    try:
        return ADAPTERS[name]()
    except KeyError:
        raise DataFileError(
            f"lang/{language}/entities.toml: unknown morphology {name!r}; known: {sorted(ADAPTERS)}"
        ) from None
