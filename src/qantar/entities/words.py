"""What a language knows about one capitalised word: its lemmas, whether it is a common
word, whether it is a first name. The language's analyser answers where it has one
(morfeusz2, pymorphy3: lang/<code>/morphology.toml), simplemma's dictionary otherwise
(qantar.lexicon), for any language either knows."""

import json
from functools import lru_cache
from pathlib import Path

from .. import langdata, lexicon, morphology
from ..morphology import fold


def _lemmas(word: str, language: str, proper: bool) -> tuple[str, ...]:
    """Folded lemmas of `word` other than the word itself; `proper`: only proper-name lemmas."""
    morph = morphology.for_language(language).analyser
    if morph is not None:
        found = {fold(a.lemma) for a in morph.analyse(word) if not proper or a.lemma[:1].isupper()}
    else:
        lemma = lexicon.proper_lemma(word, language) if lexicon.knows(language) else None
        found = {fold(lemma)} if lemma else set()
    found.discard(fold(word))
    return tuple(sorted(found))


@lru_cache(maxsize=200_000)
def lemmas(word: str, language: str) -> tuple[str, ...]:
    """Folded lemmas of `word` other than the word itself."""
    return _lemmas(word, language, proper=False)


@lru_cache(maxsize=200_000)
def proper_lemmas(word: str, language: str) -> tuple[str, ...]:
    """Folded lemmas of `word` that are proper names (Kłodzka -> kłodzko, Praze -> praha)."""
    return _lemmas(word, language, proper=True)


@lru_cache(maxsize=200_000)
def is_common(word: str, language: str) -> bool:
    """A known common word (any reading with a lower-case lemma; in German any known
    word): not a name on its own."""
    morph = morphology.for_language(language).analyser
    if morph is not None:
        return any(a.lemma[:1].islower() for a in morph.analyse(word))
    return lexicon.is_common(word, language)


@lru_cache(maxsize=200_000)
def is_inflected(word: str, language: str) -> bool:
    """The lower-cased word is an inflected form of a common word (Finnish `kuljetusalan`,
    Danish `danske`), not a lemma such as a preposition (`ifølge`, `podle`)."""
    morph = morphology.for_language(language).analyser
    lower = word.lower()
    if morph is not None:
        return any(a.lemma[:1].islower() and a.lemma != lower for a in morph.analyse(lower))
    return lexicon.is_inflected(word, language)


@lru_cache(maxsize=200_000)
def is_lower_word(word: str, language: str) -> bool:
    """The lower-cased word is a common word written in lower case (`essen`, `police`):
    a capitalised name that is also one needs evidence beyond itself."""
    morph = morphology.for_language(language).analyser
    if morph is not None:   # and the capitalised word has no proper-name reading (Warszawa)
        return any(a.lemma[:1].islower() for a in morph.analyse(word.lower())) \
            and not any(a.lemma[:1].isupper() for a in morph.analyse(word))
    return lexicon.is_lower_word(word, language)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names of every country (lang/xx/first_names.txt, from gender-guesser)."""
    path = langdata.path(langdata.SHARED, "first_names.txt")
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def _transliteration(language: str) -> tuple[dict[str, str], int]:
    """The language's `name_transliteration` table (folded letters or letter groups of its
    script -> Latin) and its longest key."""
    table = {fold(k): v for k, v in langdata.load(language, "entities").get("name_transliteration", {}).items()}
    return table, max(map(len, table), default=0)


@lru_cache(maxsize=200_000)
def latin_spelling(word: str, language: str) -> str | None:
    """The word in the Latin spelling of the language's transliteration table, longest letter
    groups first (Greek `Γιώργος` -> `giorgos`, Bulgarian `Иван` -> `ivan`); None when the
    language has no table or the word has a letter it does not hold."""
    table, longest = _transliteration(language)
    folded, out, at = fold(word), [], 0
    while at < len(folded) and table:
        size = next((n for n in range(min(longest, len(folded) - at), 0, -1) if folded[at:at + n] in table), 0)
        if not size:
            return None
        out.append(table[folded[at:at + size]])
        at += size
    return "".join(out) or None


def is_first_name(word: str, language: str) -> bool:
    """A first name, in Latin script or in the Latin spelling of the language's own script
    (Greek `Ελένη` -> `eleni`), that is not also a common word of the language (Polish `Rada`)."""
    names = first_names()
    return (fold(word) in names or latin_spelling(word, language) in names) and not is_common(word, language)


@lru_cache(maxsize=1)
def _non_names_file() -> dict[str, list]:
    path = Path(__file__).parents[1] / "data" / "non_names.json"
    return json.loads(path.read_text(encoding="utf-8"))["words"]


@lru_cache(maxsize=None)
def _non_names(language: str) -> frozenset:
    return frozenset(_non_names_file().get(language, ()))


@lru_cache(maxsize=200_000)
def is_non_name(word: str, language: str) -> bool:
    """A month, weekday or language name of the language or of a language quoted in any
    article (CLDR; `non_names_also_from` in lang/xx/entities.toml; not their three-letter
    short forms): `Monday`, `Kazakh` are no names on their own (`Kazakh` is also a town); nor is a language name with an
    adjective ending of the language (`adjective_inflections`: Dutch `Kazachse`)."""
    key = fold(word).rstrip(".")
    keys = {key} | {key[:-len(e)] for e in _adjective_inflections(language) if key.endswith(e) and len(key) > len(e) + 3}
    if any(k in _non_names(language) for k in keys):
        return True
    # a quoted language's short forms are words of this one (Polish `Jan`, Portuguese `Mar`)
    return len(key) > SHORT_FORM and any(k in _non_names(code) for k in keys for code in quoted_languages())


SHORT_FORM = 3   # letters of a month's short form (Jan, Mar, Dec)


@lru_cache(maxsize=None)
def _adjective_inflections(language: str) -> tuple[str, ...]:
    return tuple(fold(e) for e in langdata.load(language, "entities").get("adjective_inflections", []))


@lru_cache(maxsize=1)
def quoted_languages() -> tuple[str, ...]:
    """Languages quoted in articles of any language (lang/xx/entities.toml)."""
    return tuple(langdata.shared("entities").get("non_names_also_from", ()))


def capitalises_nouns(language: str) -> bool:
    """Common nouns are capitalised (German): a capitalised word mid-sentence may be one."""
    return lexicon.knows(language) and lexicon.capitalises_nouns(language)
