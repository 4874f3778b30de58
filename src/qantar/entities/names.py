"""Every KB name in every language, by folded first word, for texts in any language.

Two sources: the generated index (src/qantar/data/kb_generated_index.json, written by
scripts/generate_kb.py: CLDR country names, GeoNames city names) and the curated aliases of
annotation/kb.json in all their languages, each with its knowledge key
`kb:<id>:<language>:<alias>` (for qantar.holdout). Generated names have no key: they were not
written from any article and are never withheld.

A text word reaches a first word three ways (`first_words`): as written (folded); through a
lemma (the language's analyser, or simplemma's proper-name lemma: Czech Praze -> Praha); or
by a bounded suffix match, the same for every language: the word is a name (or a name
without its final vowels) plus at most MAX_ENDING letters (Czech Tokajevovi, Finnish
Almatyssa, Czech Moskvě); GeoNames towns are reached as written or through a lemma only.
"""

import json
from dataclasses import dataclass
from functools import lru_cache

from .. import kb as kb_module
from .. import tokens
from ..morphology import fold

MAX_ENDING = 4       # letters an inflection may add after the stem of a name
MIN_STEM = 4         # letters of a name a bounded suffix match must keep
# Final vowels an inflection may replace (folded Latin, Greek, Cyrillic).
VOWELS = "aeiouyαεηιουωаеиоуыэюяьй"

EXACT, LEMMA, SUFFIX = "exact", "lemma", "suffix"
GEONAMES = "geonames-"   # id prefix of the generated cities


@dataclass(frozen=True)
class Name:
    kb_id: str
    type: str
    rest: tuple[str, ...]   # folded words after the first
    key: str | None         # knowledge key of a curated alias; None for generated names


def stem(folded: str) -> str:
    """`folded` without its final vowels, when MIN_STEM letters remain (else as it is)."""
    cut = folded.rstrip(VOWELS)
    return cut if len(cut) >= MIN_STEM else folded


def suffix_fits(name_word: str, folded: str) -> bool:
    """The text word `folded` is `name_word` inflected by a bounded ending."""
    if folded == name_word:
        return True
    if len(name_word) < MIN_STEM or not folded.isalpha():
        return False
    base = stem(name_word)
    return folded.startswith(base) and 0 < len(folded) - len(base) <= MAX_ENDING


def _words(alias: str) -> list[str]:
    return [fold(alias[t["start"]:t["end"]]) for t in tokens.tokenize(alias, 0, len(alias), kb_module.ANY_LANGUAGE)]


@dataclass(frozen=True, eq=False)
class NameIndex:
    generated: dict      # folded first word -> "kb-id TYPE rest...;..." (parsed on demand)
    curated: dict        # folded first word -> tuple of Name

    def names(self, first: str) -> tuple[Name, ...]:
        return self.curated.get(first, ()) + _parse(self.generated.get(first, ""))

    def first_words(self, folded: str, lemmas: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """(first word of a name, how it was reached) for the folded text word."""
        return _first_words(self, folded, lemmas)

    def _first_words(self, folded: str, lemmas: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        found = [(folded, EXACT)] if self.known(folded) else []
        found += [(lemma, LEMMA) for lemma in lemmas if lemma != folded and self.known(lemma)]
        if found or not folded.isalpha():
            return tuple(found)
        for cut in range(1, MAX_ENDING + 1):
            base = folded[:-cut]
            if len(base) < MIN_STEM:
                break
            for candidate in (base, *(base + v for v in VOWELS)):
                if self.known(candidate) and suffix_fits(candidate, folded):
                    found.append((candidate, SUFFIX))
        return tuple(found)

    def known(self, first: str) -> bool:
        return first in self.curated or first in self.generated


@lru_cache(maxsize=200_000)
def _first_words(index: NameIndex, folded: str, lemmas: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return index._first_words(folded, lemmas)


@lru_cache(maxsize=50_000)
def _parse(packed: str) -> tuple[Name, ...]:
    if not packed:
        return ()
    out = []
    for item in packed.split(";"):
        kb_id, entity_type, *rest = item.split(" ")
        out.append(Name(kb_id, entity_type, tuple(rest), None))
    return tuple(out)


@lru_cache(maxsize=1)
def _generated() -> dict:
    return json.loads(kb_module.generated_index_path().read_text(encoding="utf-8"))["index"]


def alias_key(kb_id: str, language: str, alias: str) -> str:
    return f"kb:{kb_id}:{language}:{alias}"


@lru_cache(maxsize=8)
def index(excluded: frozenset = frozenset()) -> NameIndex:
    """The names, less the curated aliases whose keys are in `excluded`."""
    curated: dict[str, list[Name]] = {}
    for entry in kb_module.load_curated().entries:
        for language, aliases in sorted(entry["aliases"].items()):
            for alias in aliases:
                key = alias_key(entry["id"], language, alias)
                words = _words(alias)
                if key in excluded or not words:
                    continue
                curated.setdefault(words[0], []).append(Name(entry["id"], entry["type"], tuple(words[1:]), key))
    return NameIndex(_generated(), {first: tuple(names) for first, names in curated.items()})
