"""The folded word forms under which one word of a KB alias may appear in a language.

Three sources, all driven by lang/<code>/entities.toml:
- the morphology's own paradigm when the word is a lemma it knows (Kazachstan -> Kazachstanu);
- inflection by analogy with a model lemma for words it does not know (`[[analogy]]`:
  Tokajew like Gorbaczow -> Tokajewowi; Ałmaty like Tychy -> Ałmatach);
- ending replacements (`[[suffix_rules]]`: Greek Ρωσία -> Ρωσίας, Danish Tokajev -> Tokajevs).
"""

import os
from functools import lru_cache

from .. import langdata, morphology
from ..errors import DataFileError
from ..morphology import fold
from .text import is_all_caps


@lru_cache(maxsize=None)
def _analogy_rules(language: str) -> tuple[dict, ...]:
    rules = langdata.load(language, "entities").get("analogy", [])
    for number, rule in enumerate(rules, 1):
        if "ending" not in rule or "model" not in rule:
            raise DataFileError(f"lang/{language}/entities.toml: [[analogy]] rule {number} needs `ending` and `model`")
    return tuple(sorted(rules, key=lambda r: -len(r["ending"])))


@lru_cache(maxsize=None)
def _suffix_rules(language: str) -> tuple[dict, ...]:
    rules = langdata.load(language, "entities").get("suffix_rules", [])
    for number, rule in enumerate(rules, 1):
        if "ending" not in rule or not rule.get("replacements"):
            raise DataFileError(
                f"lang/{language}/entities.toml: [[suffix_rules]] rule {number} needs `ending` and `replacements`")
    return tuple(rules)


def by_analogy(word: str, model: str, model_forms: list[str]) -> set[str]:
    """Copy the endings of the model's forms onto `word` (lower case).

    For each form, the part of the model it does not share is the ending to replace:
    Tychy/Tychach share "Tych", so Ałmaty loses "y" and gains "ach".
    """
    word, model = word.lower(), model.lower()
    out = set()
    for form in model_forms:
        form = form.lower()
        shared = len(os.path.commonprefix([model, form]))
        model_ending = model[shared:]
        if word.endswith(model_ending):
            out.add(word[:len(word) - len(model_ending)] + form[shared:])
    return out


def _analogy_forms(word: str, entity_type: str, language: str, morph) -> set[str]:
    lower = word.lower()
    for rule in _analogy_rules(language):
        types = rule.get("types")
        if lower.endswith(rule["ending"]) and (types is None or entity_type in types):
            model_forms = morph.generate(rule["model"])
            if not model_forms:
                raise DataFileError(
                    f"lang/{language}/entities.toml: analogy model {rule['model']!r} is unknown to the morphology")
            return by_analogy(word, rule["model"], model_forms)
    return set()


def suffix_forms(folded: str, language: str) -> set[str]:
    out = set()
    for rule in _suffix_rules(language):
        ending = fold(rule["ending"])
        if folded.endswith(ending):
            stem = folded[:len(folded) - len(ending)]
            out.update(stem + fold(r) for r in rule["replacements"])
    return out


@lru_cache(maxsize=100_000)
def base_forms(folded: str, language: str) -> tuple[str, ...]:
    """The forms `folded` comes from by one of the language's ending replacements, undone
    (Greek `ροδο` <- `ροδοσ`, Danish `kobenhavns` <- `kobenhavn`)."""
    out = set()
    for rule in _suffix_rules(language):
        ending = fold(rule["ending"])
        for replacement in map(fold, rule["replacements"]):
            if folded.endswith(replacement) and len(folded) > len(replacement) + 2:
                out.add(folded[:len(folded) - len(replacement)] + ending)
    out.discard(folded)
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def word_forms(word: str, entity_type: str, language: str) -> frozenset[str]:
    """Folded forms of one alias word in `language` (always including the word itself)."""
    folded = fold(word)
    forms = {folded}
    if not word.isalpha() or is_all_caps(word) or len(word) < 3:   # not RadioZET.pl
        return frozenset(forms)
    morph = morphology.for_language(language).analyser
    if morph is not None:
        # A word that is a lemma inflects by its own paradigm. A known word that is not a
        # lemma (Rosyjska, Układu) brings its lemmas' forms and, since it may also be an
        # unknown name that looks like a form (Aeroflot ~ aeroflota), the analogy's too.
        own = morph.lemma_forms(word)
        forms.update(fold(f) for f in own)
        if not own:
            forms.update(fold(f) for f in morph.related_forms(word))
            forms.update(fold(f) for f in _analogy_forms(word, entity_type, language, morph))
    forms.update(suffix_forms(folded, language))
    return frozenset(forms)
