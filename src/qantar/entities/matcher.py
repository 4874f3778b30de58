"""Mentions of KB entries in a sentence.

Two lookups per capitalised word:
- the curated aliases of the sentence's language with their inflected forms (gazetteer);
- every KB name in any language (names: CLDR, GeoNames, curated aliases of other
  languages), reached as written, through a lemma, or by a bounded suffix match.
A match needs every word to fit, a capitalised text word where the name is capitalised,
and only spaces (no line break) between words. A one-word name reached in the second way
that is also a common word of the language (`Essen`, `Police`) is not a match on its own.
Hashtags naming an entry (#Almaty) are matched on the tag without its sign.
"""

from dataclasses import dataclass

from .. import morphology
from ..morphology import fold
from . import evidence, forms, words
from .gazetteer import Alias, Gazetteer
from .names import EXACT, GEONAMES, SUFFIX, NameIndex, suffix_fits
from .text import is_all_caps, is_capitalised
from .view import Sentence


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    type: str
    kb_id: str | None
    confidence: float
    first: int   # token indexes in the sentence, end-exclusive
    last: int
    keys: frozenset = frozenset()   # knowledge keys of the items that produced it


def _fits(alias: Alias, sentence: Sentence, at: int, text: str) -> tuple[bool, bool]:
    """(matches, inflected) for `alias` starting at token `at`."""
    toks = sentence.tokens
    if at + len(alias.words) > len(toks):
        return False, False
    inflected = False
    for k, word in enumerate(alias.words):
        token = toks[at + k]
        key = fold(token.text)
        if key not in alias.forms[k]:
            return False, False
        if alias.capitalised[k] and not is_capitalised(token.text):
            return False, False
        if k and not _joinable(sentence.gap(at + k - 1, at + k, text)):
            return False, False
        inflected = inflected or key != fold(word)
    return True, inflected


def _joinable(gap: str) -> bool:
    return gap.strip() == "" and "\n" not in gap


def _confidence(alias: Alias, inflected: bool, initial_common: bool, conf: dict) -> float:
    if initial_common:
        return conf["sentence_initial_common"]
    if not alias.native:
        return conf["foreign_alias"]
    return conf["inflected"] if inflected else conf["alias"]


def _initial_common(alias: Alias, sentence: Sentence, at: int) -> bool:
    """A one-word alias at sentence start that the morphology reads only as a common word
    (Zakon: "zakon", an order), not also as a proper name (Kreml: "kreml" and "Kreml")."""
    word = sentence.tokens[at].text
    if len(alias.words) > 1 or not sentence.is_initial(at) or not word.isalpha():
        return False
    morph = morphology.for_language(sentence.language).analyser
    if morph is None:
        return False
    lemmas = [a.lemma for a in morph.analyse(word)]
    return bool(lemmas) and all(lemma[:1].islower() for lemma in lemmas)


def _rest_fits(rest: tuple[str, ...], sentence: Sentence, at: int, text: str) -> bool:
    toks = sentence.tokens
    if at + 1 + len(rest) > len(toks):
        return False
    for k, word in enumerate(rest, start=at + 1):
        if not _joinable(sentence.gap(k - 1, k, text)) or not suffix_fits(word, fold(toks[k].text)):
            return False
    return True


def _hyphenated_into(sentence: Sentence, first: int, last: int) -> bool:
    """Tokens first..last-1 continue, by a hyphen with no space, a word before or after
    them: they are part of a longer hyphenated name (Seine-`Saint-Denis`, `Almaty`-based)."""
    toks = sentence.tokens

    def glued(a: int, b: int) -> bool:
        return toks[a].end == toks[b].start

    before = first >= 2 and toks[first - 1].text == "-" and glued(first - 2, first - 1) and glued(first - 1, first)
    after = last + 1 < len(toks) and toks[last].text == "-" and glued(last - 1, last) and glued(last, last + 1)
    return before or after


MAX_ACRONYM_TOWN = 3   # letters up to which a word in capitals is an acronym, not a town
LONG_TOWN_NAME = 7   # letters from which a GeoNames town is reached by a suffix (Rovaniemelle)


def _word_not_name(sentence: Sentence, at: int, text: str, how: str, generated: bool) -> bool:
    """A one-word name reached through the names index that the context reads otherwise:
    a month or weekday (`Monday`), a common word of the language (`Essen`, `Police`; `Montag` reached by a suffix), a first
    name followed by a surname (`Jarosław` Obremski), a surname after a first name (Michał
    `Piszko` reached by a suffix)."""
    toks, language = sentence.tokens, sentence.language
    word = toks[at].text
    if words.is_non_name(word, language):
        return True
    if how == SUFFIX and (words.is_lower_word(word, language) or (generated and words.is_first_name(word, language))
                          or (words.capitalises_nouns(language) and words.is_common(word, language))):
        return True   # ... or a first name (Hungarian `Katalin` ~ Katar)
    if how == EXACT and generated and not is_all_caps(word) \
            and any(words.is_lower_word(word, code) for code in (language, *words.quoted_languages())) \
            and (sentence.is_initial(at) or words.capitalises_nouns(language) or len(word) <= 4):
        return True   # Essen, Police, Des; English `Police` quoted in any article
    if generated and how == EXACT and 0 < at < len(toks) - 1 and all(
            is_capitalised(toks[k].text) and toks[k].text[:1].isalpha() for k in (at - 1, at + 1)) \
            and _joinable(sentence.gap(at - 1, at, text)) and _joinable(sentence.gap(at, at + 1, text)):
        return True   # inside a longer name (Line `Bech` Kjærgaard)
    if generated and how == EXACT and 0 < at and is_capitalised(toks[at - 1].text) and toks[at - 1].text.isalpha() \
            and _joinable(sentence.gap(at - 1, at, text)) and words.is_lower_word(word, language):
        return True   # the end of a longer name (West Yorkshire `Police`), not the town
    if generated and words.is_first_name(word, language) and at + 1 < len(toks) \
            and is_capitalised(toks[at + 1].text) and _joinable(sentence.gap(at, at + 1, text)):
        return True
    return (how != EXACT or generated) and at > 0 and words.is_first_name(toks[at - 1].text, language) \
        and _joinable(sentence.gap(at - 1, at, text))


def _by_name(sentence: Sentence, at: int, text: str, names: NameIndex, excluded: frozenset,
             conf: dict) -> list[Match]:
    token = sentence.tokens[at]
    if not is_capitalised(token.text) or not token.text[:1].isalpha():
        return []
    folded = fold(token.text)
    lemmas = words.proper_lemmas(token.text, sentence.language)
    if not names.known(folded):   # an inflected form by the language's case endings (Ρόδο)
        lemmas = tuple(sorted({*lemmas, *forms.base_forms(folded, sentence.language)}))
    found = []
    for first, how in names.first_words(folded, lemmas):
        adjective = evidence.adjective_endings(sentence.language)
        if how == SUFFIX and folded.endswith(adjective) and not first.endswith(adjective):
            continue   # an adjective made from the name (Czech Kazachstánský) is no mention of it
        for name in names.names(first):
            if how == SUFFIX and name.kb_id.startswith(GEONAMES) and len(first) < LONG_TOWN_NAME:
                continue   # 16k towns: a suffix reaches too many short ones (Several ~ Sever)
            if name.key in excluded or not _rest_fits(name.rest, sentence, at, text):
                continue
            if not name.rest and _word_not_name(sentence, at, text, how, name.key is None):
                continue
            last = at + 1 + len(name.rest)
            if name.key is None and _hyphenated_into(sentence, at, last):
                continue
            if name.kb_id.startswith(GEONAMES) and not name.rest and is_all_caps(token.text) \
                    and len(token.text) <= MAX_ACRONYM_TOWN:
                continue   # an acronym (TUI), not the town (Tui)
            confidence = conf["name_" + how] if name.key is None or how != EXACT else conf["foreign_alias"]
            found.append(Match(token.start, sentence.tokens[last - 1].end, name.type, name.kb_id,
                               confidence, at, last, frozenset({name.key} - {None})))
    return found


def find(sentence: Sentence, text: str, gazetteer: Gazetteer, names: NameIndex, excluded: frozenset,
         settings: dict) -> list[Match]:
    """Every (possibly overlapping) KB match in the sentence; one per span and entry, with
    the knowledge keys of every alias that gave it."""
    conf = settings["confidence"]
    found = []
    for at, token in enumerate(sentence.tokens):
        if token.text[:1] == "#" and len(token.text) > 1:
            found += _hashtag(sentence, at, gazetteer, names, excluded, settings)
            continue
        for alias in gazetteer.starting_with(fold(token.text)):
            fits, inflected = _fits(alias, sentence, at, text)
            if fits:
                last = at + len(alias.words)
                found.append(Match(
                    token.start, sentence.tokens[last - 1].end, alias.type, alias.kb_id,
                    _confidence(alias, inflected, _initial_common(alias, sentence, at), conf),
                    at, last, frozenset({alias.key}),
                ))
        if token.text[:1].isupper() or (token.text[:1].isalpha() and is_capitalised(token.text)):
            found += _by_name(sentence, at, text, names, excluded, conf)
    return _merge_same(found)


def _merge_same(matches: list[Match]) -> list[Match]:
    best: dict[tuple, Match] = {}
    for m in matches:
        key = (m.start, m.end, m.kb_id)
        old = best.get(key)
        if old is None:
            best[key] = m
        else:
            top = m if m.confidence > old.confidence else old
            best[key] = Match(top.start, top.end, top.type, top.kb_id, top.confidence, top.first, top.last,
                              old.keys | m.keys)
    return list(best.values())


def _hashtag(sentence: Sentence, at: int, gazetteer: Gazetteer, names: NameIndex, excluded: frozenset,
             settings: dict) -> list[Match]:
    """A hashtag naming a KB entry (#Almaty, #Nanterre) is a mention of it, of its type."""
    token = sentence.tokens[at]
    tag = fold(token.text[1:])
    hits = [(a.kb_id, a.type, a.key) for a in gazetteer.starting_with(tag) if len(a.words) == 1]
    hits += [(n.kb_id, n.type, n.key) for n in names.names(tag) if not n.rest and n.key not in excluded]
    return [Match(token.start, token.end, entity_type, kb_id, settings["confidence"]["hashtag"], at, at + 1,
                  frozenset({key} - {None})) for kb_id, entity_type, key in hits[:1]]
