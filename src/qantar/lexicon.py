"""Known words of any language simplemma knows (54, the EU's and Norwegian among them).

Two questions, for a capitalised word of a text in a language without an analyser of its own:
- `is_common(word, language)`: is it a known common word (its lower-cased form is a word of
  the language with a lower-case lemma: `Ein`, `Policie`, `Montag`)? Then it is not a name
  on its own. In a language that capitalises its nouns (German: most lemmas of its
  dictionary are capitalised) every known word counts as common.
- `is_lower_word(word, language)`: is its lower-cased form a word written in lower case
  (`essen`, `police`)? A knowledge-base name that is one needs more evidence than itself.
- `proper_lemma(word, language)`: the lemma of an inflected proper name (Czech `Praze` ->
  `Praha`), which the knowledge base may know.
- `DICTIONARIES`: simplemma's own form -> lemma dictionaries read from the same cache, for
  qantar.morphology's lemmatizer (simplemma would decode the whole dictionary in each process).
- `is_inflected(word, language)`: is its lower-cased form an inflected form of a common word
  (Finnish `ilmatieteen`, genitive of `ilmatiede`), not a lemma (`ifølge`, `podle`)?

simplemma ships each dictionary front-coded and compressed; decoding one takes a second or
more. The first use of a language therefore writes sorted word files to the user cache
(`$XDG_CACHE_HOME/qantar/lexicon/simplemma-<version>/`), and every later process maps them
and answers by binary search, without loading them. Their content depends only on the
simplemma version, so the annotations do not depend on the cache.
"""

import mmap
import os
import tempfile
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from . import langdata

# A language whose dictionary has more capitalised lemmas than this capitalises its nouns
# (German 0.62; Danish, Finnish, Norwegian below 0.03, Czech 0.13 with its many names).
NOUN_CAPITALISING_SHARE = 0.3
CACHE_SIZE = 200_000


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "qantar" / "lexicon" / f"simplemma-{version('simplemma')}"


def languages() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def _build(language: str, folder: Path) -> None:
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed

    table = frontcode._decode_stream(_read_decompressed(language))
    pairs = [(k.decode("utf-8"), v.decode("utf-8")) for k, v in table.items()]
    capitalised = sum(1 for _, lemma in pairs if lemma[:1].isupper())
    nouns_capitalised = capitalised > NOUN_CAPITALISING_SHARE * max(len(pairs), 1)
    lower = {form for form, lemma in pairs if form == form.lower() and not lemma[:1].isupper()}
    common = lower | {form.casefold() for form, lemma in pairs if nouns_capitalised or not lemma[:1].isupper()}
    proper = set() if nouns_capitalised else {f"{form}\t{lemma}" for form, lemma in pairs
                                              if lemma[:1].isupper() and form != lemma}
    if any("\t" in form or "\n" in form + lemma for form, lemma in pairs):
        raise ValueError(f"simplemma's {language} dictionary has a tab or a line break in a word: "
                         "it cannot be written as lines of form<TAB>lemma")
    lemmas = {f"{form}\t{lemma}" for form, lemma in pairs}
    folder.mkdir(parents=True, exist_ok=True)
    inflected = {form for form, lemma in pairs if form == form.lower() and lemma[:1].islower() and form != lemma}
    flag = {"capitalised"} if nouns_capitalised else {"lower"}
    for name, lines in (("common", common), ("lower", lower), ("proper", proper), ("inflected", inflected),
                        ("nouns", flag), ("lemmas", lemmas)):
        data = b"".join(line.encode("utf-8") + b"\n" for line in sorted(lines, key=lambda s: s.encode("utf-8")))
        handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{language}.{name}.")
        with os.fdopen(handle, "wb") as out:
            out.write(data or b"\n")
        os.replace(tmp, folder / f"{language}.{name}")


@lru_cache(maxsize=None)
def code(language: str) -> str:
    """The code simplemma knows `language` by (`lemma_language` of its morphology.toml:
    Croatian `hr` is `hbs`)."""
    return langdata.load(language, "morphology").get("lemma_language", language)


@lru_cache(maxsize=None)
def _table(language: str, name: str):
    """The sorted word file `name` of `language`, memory-mapped (built on first use);
    None when simplemma does not know the language."""
    language = code(language)
    if language not in languages():
        return None
    folder = _cache_dir()
    path = folder / f"{language}.{name}"
    if not path.is_file():
        _build(language, folder)
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _first_line_from(table, key: bytes) -> bytes:
    """The first line of the sorted table that is >= key (b"" past the end)."""
    lo, hi = 0, len(table)
    while lo < hi:
        mid = (lo + hi) // 2
        start = table.rfind(b"\n", 0, mid) + 1
        end = table.find(b"\n", start)
        if table[start:end] < key:
            lo = end + 1
        else:
            hi = start
    end = table.find(b"\n", lo)
    return table[lo:end] if lo < len(table) else b""


def knows(language: str) -> bool:
    return code(language) in languages()


def _listed(language: str, name: str, word: str) -> bool:
    """`word` is a line of the language's sorted word file `name`."""
    table = _table(language, name)
    key = word.encode("utf-8")
    return table is not None and _first_line_from(table, key) == key


@lru_cache(maxsize=CACHE_SIZE)
def is_common(word: str, language: str) -> bool:
    """`word` (any case) is a known common word of `language`."""
    return _listed(language, "common", word.casefold())


@lru_cache(maxsize=CACHE_SIZE)
def is_lower_word(word: str, language: str) -> bool:
    """The lower-cased `word` is a word `language` writes in lower case (`essen`, `police`),
    so the capitalised form alone may be a sentence start or a German noun, not a name."""
    return _listed(language, "lower", word.lower())


@lru_cache(maxsize=CACHE_SIZE)
def is_inflected(word: str, language: str) -> bool:
    """The lower-cased `word` is an inflected form of a common word, not its lemma."""
    return _listed(language, "inflected", word.lower())


@lru_cache(maxsize=None)
def capitalises_nouns(language: str) -> bool:
    """The language writes its common nouns capitalised (German)."""
    table = _table(language, "nouns")
    return table is not None and _first_line_from(table, b"capitalised") == b"capitalised"


def _value(language: str, name: str, word: str) -> str | None:
    """What follows `word` and a tab on a line of the sorted file `name`, or None."""
    table = _table(language, name)
    if table is None:
        return None
    key = word.encode("utf-8") + b"\t"
    line = _first_line_from(table, key)
    return line[len(key):].decode("utf-8") if line.startswith(key) else None


@lru_cache(maxsize=CACHE_SIZE)
def proper_lemma(word: str, language: str) -> str | None:
    """The proper-name lemma of the inflected form `word` (as written), or None."""
    return _value(language, "proper", word)


# Lookups in the memory-mapped file after which a language's whole lemma file is read into
# a dict: a binary search costs ~10 µs, a dict lookup far less, and reading the file ~0.5 s
# (Danish), what ~50k searches cost. A command annotating a few articles never reads it; a
# long build does once, and at most doubles what the cheaper choice in hindsight would cost.
LOOKUPS_BEFORE_LOADING = 50_000


class _Dictionary(Mapping):
    """simplemma's dictionary of one language (form -> lemma, exactly its entries), answered
    from the memory-mapped sorted file (nothing decoded or loaded but the pages read), then
    from a dict once the process has looked up many words."""

    def __init__(self, language: str):
        self._language, self._lookups, self._loaded = language, 0, None

    def get(self, form: str, default=None):  # simplemma's lookups call only this
        if self._loaded is None:
            self._lookups += 1
            if self._lookups <= LOOKUPS_BEFORE_LOADING:
                found = _value(self._language, "lemmas", form)
                return default if found is None else found
            lines = _table(self._language, "lemmas")[:].decode("utf-8").split("\n")
            self._loaded = dict(line.split("\t", 1) for line in lines if line)
        return self._loaded.get(form, default)

    def __getitem__(self, form: str) -> str:
        found = self.get(form)
        if found is None:
            raise KeyError(form)
        return found

    def __iter__(self) -> Iterator[str]:
        for line in _table(self._language, "lemmas")[:].decode("utf-8").split("\n"):
            if line:
                yield line.split("\t", 1)[0]

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Dictionaries:
    """A simplemma DictionaryFactory (`get_dictionary(lang)`) over the cached files."""

    @lru_cache(maxsize=None)
    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if not knows(lang):
            raise ValueError(f"Unsupported language: {lang}")
        return _Dictionary(lang)


DICTIONARIES = Dictionaries()
