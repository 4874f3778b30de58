"""The evidence a language's data gives about a capitalised name, each item with its
knowledge key `entities:<code>/entities.toml:<table>:<word>` (for qantar.holdout).

lang/<code>/entities.toml tables (all words folded: lower case, no accents):
- `heads`: words (or their lemmas) that head a name of that type: Polish `straż` ORG,
  `lotnisko` FAC; English `council` ORG;
- `head_endings`: endings of compound words that head a name (German `partei`, Danish
  `ministeriet`, `borg`): where nouns compound, the head is the end of a word;
- `cues`: words right before a name that say its type: titles and functions (`prezydent`
  PER), place words (`miasto` GPE);
- `one_word_cues`: cues that type only a one-word name (Greek `στον` + a place);
- `claims`: words before a name that make the following capitalised words one name of that
  type even over knowledge-base names (`rzeka` LOC: `rzeka Nysa Kłodzka` is a river, not
  two towns);
- `place_connectors`: words joining an organisation's name to the KB place it is of
  (`Bank of England`, `Τράπεζα της Ελλάδος`);
- `name_particles`: lower-case words between a first name and a surname (`van`, `de`);
- `coordinators`: words joining the items of a list of names (`og`, `και`);
- `connectors`: lower-case words inside an organisation's name (`Instytut Meteorologii i
  Gospodarki Wodnej`);
- `head_case_ending`: letters a case ending may add after a compound's head (default 2);
- `lowercase_heads`: a lower-case word headed by an organisation or facility ending, right
  after a capitalised name, ends that name (Finnish `Helsingin poliisilaitoksen`);
- `leading_heads`: a lower-case head word and connectors right before a capitalised name
  start that name (French `ministère de l'Intérieur`);
- `joiners` (lang/xx): a token joining two capitalised names into one of this type (`&`);
- `case_endings` (default true): nouns take case endings, so a table word is also
  reached by the bounded suffix match (Czech `ministerstva`); false where they do not
  (Spanish `estado` is no form of `estadio`);
- `head_alone_is_name` (default true): a capitalised head word alone mid-sentence is a
  name (Danish `Venstre`); false where institutions are capitalised as common nouns
  (Spanish `el Gobierno`, `el Estado`);
- `modifier_tags`: readings of a lower-case word that continues an organisation's name
  after its head (`Министерство иностранных дел`): each a set of the analyser's tag parts,
  space-separated (`ADJF gent`, Polish `subst gen`); `function_tags`: a word with a reading
  of these (a preposition: Russian `в` is also a genitive abbreviation) is none;
- `modifiers`: lower-case words (or their lemmas) that continue an organisation's name after
  its head where no analyser gives the case (Czech `Ministerstvo zahraničních věcí`);
  connectors may join them (`Ministrstvo za notranje zadeve`);
- `name_transliteration` (qantar.entities.words): the Latin spelling of the letters of the
  language's script, through which its first names are looked up (Greek `Ελένη` -> `eleni`);
- `colon_case_endings`: a case ending written after a colon belongs to the name (Finnish
  `STT:lle`, Swedish `SVT:s`).
lang/xx/entities.toml holds the shared ones (English credit words in every language).
"""

from dataclasses import dataclass
from functools import lru_cache

from .. import holdout, langdata, morphology
from ..morphology import fold
from . import forms, words
from .names import suffix_fits

CASE_ENDING = 2   # letters a compound's head may take after it (Gesundheitsministerium-s)


@lru_cache(maxsize=None)
def _case_ending(language: str) -> int:
    """`head_case_ending` of the language's entities.toml, else CASE_ENDING."""
    return int(langdata.load(language, "entities").get("head_case_ending", CASE_ENDING))


@dataclass(frozen=True)
class Evidence:
    type: str
    key: str


def _key(language: str, table: str, word: str) -> str:
    return f"entities:{language}/entities.toml:{table}:{word}"


@lru_cache(maxsize=None)
def _table(language: str, table: str) -> dict[str, Evidence]:
    """The table's words (shared ones first), each language word also under the forms its
    ending replacements give (`suffix_rules`: Greek `στρατοσ` -> `στρατου`)."""
    out, inflected = {}, {}
    for code in (langdata.SHARED, language):
        for word, entity_type in langdata.load(code, "entities").get(table, {}).items():
            found = Evidence(entity_type, _key(code, table, word))
            out[fold(word)] = found
            if code == language:
                for form in forms.suffix_forms(fold(word), language):
                    inflected.setdefault(form, found)
    return {**inflected, **out}


@lru_cache(maxsize=None)
def lowercase_heads(language: str) -> bool:
    return bool(langdata.load(language, "entities").get("lowercase_heads", False))


@lru_cache(maxsize=None)
def _inflects(language: str) -> bool:
    return bool(langdata.load(language, "entities").get("case_endings", True))


@lru_cache(maxsize=None)
def head_alone_is_name(language: str) -> bool:
    return bool(langdata.load(language, "entities").get("head_alone_is_name", True))


@lru_cache(maxsize=None)
def leading_heads(language: str) -> bool:
    return bool(langdata.load(language, "entities").get("leading_heads", False))


def joiner(word: str, language: str) -> Evidence | None:
    """The type a joiner token (`&`) gives to the two names it joins into one."""
    return _usable(_table(language, "joiners").get(word), _withheld())


@lru_cache(maxsize=None)
def adjective_endings(language: str) -> tuple[str, ...]:
    """Endings of adjectives made from names (`adjective_endings`: Czech -ský, Danish -sk)."""
    return tuple(fold(e) for e in langdata.load(language, "entities").get("adjective_endings", []))


@lru_cache(maxsize=None)
def place_connectors(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(language, "entities").get("place_connectors", []))


@lru_cache(maxsize=None)
def name_particles(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(language, "entities").get("name_particles", []))


@lru_cache(maxsize=None)
def coordinators(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(language, "entities").get("coordinators", []))


@lru_cache(maxsize=None)
def connectors(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(language, "entities").get("connectors", []))


@lru_cache(maxsize=None)
def modifier_tags(language: str) -> tuple[tuple[frozenset, Evidence], ...]:
    """The `modifier_tags` of the language, each as its tag parts and its evidence."""
    return tuple((frozenset(tag.split()), Evidence("ORG", _key(language, "modifier_tags", tag)))
                 for tag in langdata.load(language, "entities").get("modifier_tags", []))


@lru_cache(maxsize=None)
def _modifier_words(language: str) -> dict[str, Evidence]:
    return {fold(w): Evidence("ORG", _key(language, "modifiers", fold(w)))
            for w in langdata.load(language, "entities").get("modifiers", [])}


@lru_cache(maxsize=100_000)
def _modifier(word: str, language: str, withheld: frozenset) -> Evidence | None:
    known = _modifier_words(language)
    readings = morphology.for_language(language).analyses(word)   # the analyser's, else the lemmatizer's
    for form in (fold(word), *(fold(a.lemma) for a in readings)):
        found = _usable(known.get(form), withheld)
        if found:
            return found
    tags = modifier_tags(language)
    function = frozenset(langdata.load(language, "entities").get("function_tags", []))
    if any(function & a.parts for a in readings):
        return None
    return next((found for parts, found in tags if found.key not in withheld
                 and any(parts <= a.parts for a in readings)), None)


def modifier(word: str, language: str) -> Evidence | None:
    """The evidence that a lower-case word continues an organisation's name after its head:
    a word of `modifiers` or a reading of `modifier_tags`."""
    return _modifier(word, language, _withheld())


def _usable(found: Evidence | None, withheld: frozenset) -> Evidence | None:
    return None if found is None or found.key in withheld else found


PREFIX = 3   # letters an inflected form shares with its lemma (rzeka, rzeki, rzece)


@lru_cache(maxsize=None)
def _prefixes(language: str, table: str) -> frozenset[str]:
    return frozenset(word[:PREFIX] for word in _table(language, table))


@lru_cache(maxsize=100_000)
def _lookup(table: str, word: str, language: str, withheld: frozenset) -> Evidence | None:
    entries = _table(language, table)
    folded = fold(word)
    if folded[:PREFIX] not in _prefixes(language, table):
        return None   # no word of the table can be its lemma: spares the analyser most words
    for form in (folded, *words.lemmas(word, language)):
        found = _usable(entries.get(form), withheld)
        if found:
            return found
    # Without a lemma, an inflected form by the bounded suffix match (Czech `ministerstva`),
    # for the language's own words only (English `police` is no stem of Czech `policie`),
    # where nouns take case endings (Spanish `estado` is no form of `estadio`).
    if not _inflects(language):
        return None
    own = f"entities:{language}/"
    return next((entries[w] for w in sorted(entries) if entries[w].key.startswith(own)
                 and suffix_fits(w, folded) and _usable(entries[w], withheld)), None)


@lru_cache(maxsize=100_000)
def _head(word: str, language: str, withheld: frozenset, alone: bool) -> Evidence | None:
    found = _lookup("heads", word, language, withheld)
    if found:
        return found
    folded = fold(word)
    endings = _table(language, "head_endings")
    for ending in sorted(endings, key=len, reverse=True):
        at = folded.rfind(ending)
        # the head ends the word, or a case ending follows (-ministeriums, Finnish -satamassa)
        if (at > 0 or (alone and at == 0)) and len(folded) - at - len(ending) <= _case_ending(language):
            found = _usable(endings[ending], withheld)
            if found:
                return found
    return None


def _withheld() -> frozenset:
    return frozenset(k for k in holdout.withheld() if k.startswith("entities:"))


def withheld(key: str) -> bool:
    return holdout.is_withheld(key)


def head(word: str, language: str, alone: bool = False) -> Evidence | None:
    """The type of name `word` heads, as a head word or a compound's ending (or, when
    `alone`, the ending as a word of its own: Finnish `satamassa`)."""
    return _head(word, language, _withheld(), alone)


def cue(word: str, language: str, one_word: bool = False) -> Evidence | None:
    """The type a word gives the name after it; `one_word`: also the cues that type only a
    one-word name (Greek `στον Αρχάγγελο` a place, `στον Αλιχάν Σμαΐλοφ` a person)."""
    found = _lookup("cues", word, language, _withheld())
    return found or (_lookup("one_word_cues", word, language, _withheld()) if one_word else None)


def claimer(language: str):
    """The claim of a word (`rzeka` -> LOC) for many words of one language, the withheld
    keys read once; None when the language has no claims."""
    if not _table(language, "claims"):
        return None
    withheld = _withheld()
    return lambda word: _lookup("claims", word, language, withheld)
