"""Word matching through morphology: the keys under which a word form can be looked up.

A language's events.toml `[morphology]` table chooses what applies to its words:
`analyser` (a morphological analyser by name, giving lemmas and tags), `fold_accents`
(strip diacritics, for Greek accents) and `suffixes` with `min_stem` (strip the longest
listed ending: a light stemmer for languages without an analyser). Case is always folded.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataFileError


@lru_cache(maxsize=1)
def _morfeusz():
    import morfeusz2  # loaded only by languages that ask for it

    return morfeusz2.Morfeusz(expand_tags=False)


def _morfeusz_analyses(form: str) -> tuple[tuple[str, frozenset], ...]:
    """(lemma, tag parts) pairs; homonym marks (`wysłać:Vp~ślę`) are dropped from lemmas."""
    out = []
    for _start, _end, (_orth, lemma, tag, _names, _quals) in _morfeusz().analyse(form):
        if tag == "ign":  # unknown word: no lemma beyond the form itself
            continue
        parts = frozenset(part for group in tag.split(":") for part in group.split("."))
        out.append((lemma.split(":")[0], parts))
    return tuple(out)


ANALYSERS = {"morfeusz2": _morfeusz_analyses}


@dataclass(frozen=True)
class Morphology:
    """The matching rules of one language."""

    analyser: str | None = None
    fold_accents: bool = False
    suffixes: tuple[str, ...] = ()
    min_stem: int = 3

    @classmethod
    def from_data(cls, data: dict, where: str) -> "Morphology":
        analyser = data.get("analyser")
        if analyser is not None and analyser not in ANALYSERS:
            raise DataFileError(f"{where}: [morphology] analyser {analyser!r} is unknown; known: {sorted(ANALYSERS)}")
        suffixes = tuple(sorted((s.casefold() for s in data.get("suffixes", [])), key=len, reverse=True))
        return cls(analyser, bool(data.get("fold_accents", False)), suffixes, int(data.get("min_stem", 3)))

    def fold(self, word: str) -> str:
        word = word.casefold()
        if self.fold_accents:
            decomposed = unicodedata.normalize("NFD", word)
            word = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
        return word

    def folded(self, form: str) -> str:
        """fold(), cached: for word forms of a text, which repeat."""
        return _cached_fold(self, form)

    def stem(self, folded: str) -> str:
        for suffix in self.suffixes:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= self.min_stem:
                return folded[: -len(suffix)]
        return folded

    def lemma_keys(self, lemma: str) -> frozenset:
        """The keys of a dictionary word written in a data file."""
        folded = self.fold(lemma)
        return frozenset({folded, self.stem(folded)})

    def analyses(self, form: str) -> tuple[tuple[str, frozenset], ...]:
        return _cached_analyses(self.analyser, form) if self.analyser else ()

    def keys(self, form: str) -> frozenset:
        """The keys of a word form in a text: its folded form, its stem, its lemmas."""
        return _cached_keys(self, form)


@lru_cache(maxsize=200_000)
def _cached_analyses(analyser: str, form: str):
    return ANALYSERS[analyser](form)


@lru_cache(maxsize=200_000)
def _cached_fold(morph: Morphology, form: str) -> str:
    return morph.fold(form)


@lru_cache(maxsize=200_000)
def _cached_keys(morph: Morphology, form: str) -> frozenset:
    folded = morph.folded(form)
    keys = {folded, morph.stem(folded)}
    keys.update(morph.fold(lemma) for lemma, _tags in morph.analyses(form))
    return frozenset(keys)
