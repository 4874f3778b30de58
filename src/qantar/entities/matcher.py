"""Mentions of KB entries in a sentence: alias word sequences matched on folded forms.

A match needs every word to be one of the alias word's forms, a capitalised text word
where the alias word is capitalised, and only spaces (no line break) between words.
Hashtags naming an entry (#Almaty) are matched on the tag without its sign.
"""

from dataclasses import dataclass

from .. import morphology
from ..morphology import fold
from .gazetteer import Alias, Gazetteer
from .text import is_capitalised
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
    if len(alias.words) > 1 or at != sentence.first_word_index() or not word.isalpha():
        return False
    morph = morphology.for_language(sentence.language).analyser
    if morph is None:
        return False
    lemmas = [a.lemma for a in morph.analyse(word)]
    return bool(lemmas) and all(lemma[:1].islower() for lemma in lemmas)


def find(sentence: Sentence, text: str, gazetteer: Gazetteer, settings: dict) -> list[Match]:
    """Every (possibly overlapping) KB match in the sentence."""
    conf = settings["confidence"]
    found = []
    for at, token in enumerate(sentence.tokens):
        if token.text[:1] == "#" and len(token.text) > 1:
            found += _hashtag(sentence, at, gazetteer, settings)
            continue
        for alias in gazetteer.starting_with(fold(token.text)):
            fits, inflected = _fits(alias, sentence, at, text)
            if fits:
                last = at + len(alias.words)
                found.append(Match(
                    token.start, sentence.tokens[last - 1].end, alias.type, alias.kb_id,
                    _confidence(alias, inflected, _initial_common(alias, sentence, at), conf),
                    at, last,
                ))
    return found


def _hashtag(sentence: Sentence, at: int, gazetteer: Gazetteer, settings: dict) -> list[Match]:
    token = sentence.tokens[at]
    tag = fold(token.text[1:])
    hits = [a for a in gazetteer.starting_with(tag) if len(a.words) == 1]
    return [Match(token.start, token.end, settings["hashtag_type"], alias.kb_id,
                  settings["confidence"]["hashtag"], at, at + 1) for alias in hits[:1]]
