"""Word morphology shared by the entity and event layers.

- `fold`: case folding, optionally without accents (Έφοδο = εφοδο);
- `ANALYSERS` / `analyser(name)`: morphological analysers by name, one instance per
  process, with cached analyses (lemma, tag, labels) and generation of a lemma's forms;
- `for_language(code)`: a language's word rules from lang/<code>/morphology.toml
  (`analyser`, `lemmatizer`, `fold_accents`, `suffixes`, `min_stem`), the one place that
  says how its words are analysed. A language without the file has no analyser and no
  stemming, and simplemma's lemmas when simplemma knows it;
- `LEMMATIZERS` / `lemmatizer(name, code)`: simplemma and pymorphy3, lemmas (and tags) for
  the event rules of languages without an analyser.
"""

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import langdata
from .errors import DataFileError

CACHE_SIZE = 200_000  # word forms of a corpus repeat: analyses and folds are looked up often


@lru_cache(maxsize=CACHE_SIZE)
def fold(text: str, accents: bool = True) -> str:
    """Lower case, and without accents when `accents` (Greek tonos, Polish acute, Czech
    caron); ł, ø, æ are letters of their own and stay."""
    if accents:
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))
    return text.casefold()


@dataclass(frozen=True)
class Analysis:
    """One reading of a word: its lemma without the analyser's homonym marks
    (Reuter:Sm1 -> Reuter), its tag, the tag's parts and the lemma's labels."""

    lemma: str
    tag: str              # as the analyser writes it: subst:sg.pl:nom.acc:m3
    parts: frozenset      # the tag's values: {"subst", "sg", "pl", "nom", "acc", "m3"}
    labels: tuple[str, ...]  # nazwisko, nazwa_geograficzna...


class Morfeusz2:
    """morfeusz2 with the SGJP dictionary shipped in its wheel (Polish): one instance both
    analyses and generates, which loads the dictionary once."""

    UNKNOWN_TAG = "ign"

    def __init__(self):
        import morfeusz2  # loaded only when a language asks for it

        self._morfeusz = morfeusz2.Morfeusz(analyse=True, generate=True)
        self.analyse = lru_cache(maxsize=CACHE_SIZE)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        """The known readings of `word`, in the analyser's order; () when it does not know it."""
        found = []
        for _start, _end, (_form, lemma, tag, labels, _qualifiers) in self._morfeusz.analyse(word):
            if tag != self.UNKNOWN_TAG:
                parts = frozenset(part for group in tag.split(":") for part in group.split("."))
                found.append(Analysis(lemma.split(":")[0], tag, parts, tuple(labels)))
        return tuple(dict.fromkeys(found))

    def generate(self, lemma: str) -> list[str]:
        """Every form of `lemma`, or [] when the dictionary does not know it."""
        forms = []
        for form, _lemma, tag, _labels, _qualifiers in self._morfeusz.generate(lemma):
            if tag == self.UNKNOWN_TAG:
                return []
            forms.append(form)
        return forms

    def _lemmas(self, word: str) -> list[str]:
        return sorted({a.lemma for a in self.analyse(word)})

    def lemma_forms(self, word: str) -> list[str]:
        """The forms of `word` when it is itself a lemma of the dictionary (any case)."""
        return [f for lemma in self._lemmas(word) if lemma.casefold() == word.casefold()
                for f in self.generate(lemma)]

    def related_forms(self, word: str) -> list[str]:
        """The forms of every lemma `word` may be a form of."""
        return [f for lemma in self._lemmas(word) for f in self.generate(lemma)]


class Pymorphy3Analyser:
    """pymorphy3 with its OpenCorpora dictionary (named in lang/ru/morphology.toml), known words only:
    its guesses for unknown words are left to the suffix rules. Its lemmas are in lower case;
    a lemma of a proper name (grammemes Name, Surn, Patr, Geox, Orgn, Trad) is capitalised so
    that, as with morfeusz2, a lower-case lemma means a common word."""

    PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})

    def __init__(self, language: str):
        import pymorphy3  # loaded only when a language asks for it

        self._morph = pymorphy3.MorphAnalyzer(lang=language)
        self.analyse = lru_cache(maxsize=CACHE_SIZE)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        found = []
        for parse in self._morph.parse(word):
            if not parse.is_known:
                continue
            parts = frozenset(str(parse.tag).replace(" ", ",").split(","))
            proper = sorted(parts & self.PROPER)
            lemma = parse.normal_form.capitalize() if proper else parse.normal_form
            found.append(Analysis(lemma, str(parse.tag), parts, tuple(proper)))
        return tuple(dict.fromkeys(found))

    def generate(self, lemma: str) -> list[str]:
        parses = [p for p in self._morph.parse(lemma) if p.is_known]
        return [form.word for form in parses[0].lexeme] if parses else []

    def lemma_forms(self, word: str) -> list[str]:
        return [form.word for p in self._morph.parse(word) if p.is_known
                and p.normal_form == word.lower() for form in p.lexeme]

    def related_forms(self, word: str) -> list[str]:
        return [form.word for p in self._morph.parse(word) if p.is_known for form in p.lexeme]


ANALYSERS = {
    "morfeusz2": Morfeusz2,
    "pymorphy3-ru": lambda: Pymorphy3Analyser("ru"),
}


class Simplemma:
    """simplemma's lemma of a word (one reading, no tag): dictionary lemmas for the many
    languages without an analyser here (`festgenommen` -> festnehmen, `συνέλαβε` ->
    συλλαμβάνω)."""

    def __init__(self, code: str):
        from simplemma import Lemmatizer  # loaded only when a language asks for it
        from simplemma.strategies import DefaultStrategy

        from .lexicon import DICTIONARIES  # simplemma's dictionaries, without decoding them

        strategy = DefaultStrategy(dictionary_factory=DICTIONARIES)
        self._lemmatize, self._code = Lemmatizer(lemmatization_strategy=strategy).lemmatize, code
        self.analyse = lru_cache(maxsize=CACHE_SIZE)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        return (Analysis(self._lemmatize(word, lang=self._code), "", frozenset(), ()),)


class Pymorphy3:
    """pymorphy3 with its Russian or Ukrainian dictionary: every reading with its
    grammemes as tag parts (`gent`, `loct`, `perf`, `futr`), which role and realis cues use."""

    def __init__(self, code: str):
        import pymorphy3  # loaded only when a language asks for it

        self._morph = pymorphy3.MorphAnalyzer(lang=code)
        self.analyse = lru_cache(maxsize=CACHE_SIZE)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        found = []
        for parse in self._morph.parse(word):
            tag = str(parse.tag)
            found.append(Analysis(parse.normal_form, tag, frozenset(tag.replace(" ", ",").split(",")), ()))
        return tuple(dict.fromkeys(found))


class Lemmatizers:
    """Several lemmatizers read as one: every reading of each (pymorphy3's tags where its
    dictionary knows the word, simplemma's lemma where it guesses wrong)."""

    def __init__(self, parts: tuple):
        self._parts = parts
        self.analyse = lru_cache(maxsize=CACHE_SIZE)(self._analyse)

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        return tuple(dict.fromkeys(a for part in self._parts for a in part.analyse(word)))


# Lemmatizers serve the word keys of the event rules where no analyser is named (they do not
# replace `analyser`, whose generation of forms the entity layer needs).
LEMMATIZERS = {"simplemma": Simplemma, "pymorphy3": Pymorphy3}


@lru_cache(maxsize=None)
def simplemma_languages() -> frozenset:
    """The language codes simplemma has a dictionary for."""
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


@lru_cache(maxsize=None)
def lemmatizer(name: str, code: str):
    """The lemmatizer of this name for a language, created once per process."""
    return LEMMATIZERS[name](code)


@lru_cache(maxsize=None)
def analyser(name: str):
    """The analyser of this name, created once per process (dictionaries are large)."""
    return ANALYSERS[name]()


@dataclass(frozen=True)
class Morphology:
    """The word rules of one language: its analyser (or None), accent folding, and a light
    suffix stemmer for languages without an analyser."""

    analyser: Morfeusz2 | Pymorphy3Analyser | None = None
    fold_accents: bool = False
    suffixes: tuple[str, ...] = ()  # folded, longest first
    min_stem: int = 3
    lemmatizer: Simplemma | Pymorphy3 | Lemmatizers | None = None  # lemmas (and tags) where there is no analyser

    def __hash__(self) -> int:  # the key of every word's cached keys (_cached_keys): hashed once
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.analyser, self.fold_accents, self.suffixes, self.min_stem, self.lemmatizer))

    def fold(self, word: str) -> str:
        return fold(word, self.fold_accents)

    def stem(self, folded: str) -> str:
        """`folded` without the longest listed ending that leaves min_stem letters."""
        for suffix in self.suffixes:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= self.min_stem:
                return folded[: -len(suffix)]
        return folded

    def analyses(self, form: str) -> tuple[Analysis, ...]:
        if self.analyser:
            return self.analyser.analyse(form)
        return self.lemmatizer.analyse(form) if self.lemmatizer else ()

    def lemma_keys(self, lemma: str) -> frozenset:
        """The keys of a dictionary word written in a data file: folded and stemmed, and
        the lemmatizer's lemma (a plural-only noun written as the lexicographer lists it)."""
        folded = self.fold(lemma)
        keys = {folded, self.stem(folded)}
        if self.lemmatizer:
            keys.update(self.fold(a.lemma) for a in self.lemmatizer.analyse(lemma))
        return frozenset(keys)

    def keys(self, form: str) -> frozenset:
        """The keys of a word form in a text: its folded form, its stem, its lemmas."""
        return _cached_keys(self, form)


ELISION = ("'", "’")  # the tokenizer keeps an elided article's apostrophe on the next word: l'état -> l, 'état


@lru_cache(maxsize=CACHE_SIZE)
def _cached_keys(morph: Morphology, form: str) -> frozenset:
    folded = morph.fold(form)
    keys = {folded, morph.stem(folded)}
    keys.update(morph.fold(a.lemma) for a in morph.analyses(form))
    if form[:1] in ELISION and len(form) > 1:
        keys |= _cached_keys(morph, form[1:])
    return frozenset(keys)


def for_language(code: str) -> Morphology:
    """The word rules of lang/<code>/morphology.toml (defaults when it has none). Not cached
    itself: the file's data is (langdata), the analyser is, and building the rules is cheap."""
    data = langdata.load(code, "morphology")
    where = f"lang/{code}/morphology.toml"
    unknown = set(data) - {"analyser", "lemmatizer", "lemma_language", "fold_accents", "suffixes", "min_stem"}
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    name = data.get("analyser")
    if name is not None and name not in ANALYSERS:
        raise DataFileError(f"{where}: analyser {name!r} is unknown; known: {sorted(ANALYSERS)}")
    suffixes = tuple(sorted((fold(s, False) for s in data.get("suffixes", [])), key=len, reverse=True))
    return Morphology(analyser(name) if name else None, bool(data.get("fold_accents", False)),
                      suffixes, int(data.get("min_stem", 3)), _lemmatizer(code, data, where))


def _lemmatizer(code: str, data: dict, where: str):
    """The file's `lemmatizer` (a name or a list of names); by default simplemma for a
    language it knows that names no analyser, so that a new language needs no morphology
    file for its lemmas. `lemma_language`: the code the lemmatizers know the language by
    (simplemma's `hbs` for Croatian)."""
    names = data.get("lemmatizer")
    code = data.get("lemma_language", code)
    if names is None:
        return lemmatizer("simplemma", code) if "analyser" not in data and code in simplemma_languages() else None
    names = [names] if isinstance(names, str) else names
    for name in names:
        if name not in LEMMATIZERS:
            raise DataFileError(f"{where}: lemmatizer {name!r} is unknown; known: {sorted(LEMMATIZERS)}")
    parts = tuple(lemmatizer(name, code) for name in names)
    return parts[0] if len(parts) == 1 else Lemmatizers(parts)
