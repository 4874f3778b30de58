"""The curated KB aliases of one language, with every inflected form its data files allow.

An alias is a sequence of words (tokenised like the documents, so "Kasym-Żomart" is
Kasym / - / Żomart); each word carries the set of folded forms it may take. Aliases of the
language itself (and the language-independent ones) take every inflected form the data
files allow; aliases of other languages are matched only as written, which is what a
language without data files (Norwegian, say) gets; qantar.entities.names adds lemmas and
bounded suffixes for those, and the generated names.
"""

from dataclasses import dataclass
from functools import lru_cache

from .. import kb as kb_module
from .. import tokens
from ..morphology import fold
from . import forms
from .names import alias_key
from .text import is_capitalised


@dataclass(frozen=True)
class Alias:
    kb_id: str
    type: str
    words: tuple[str, ...]              # as written in the KB
    forms: tuple[frozenset[str], ...]   # folded forms each word may take
    capitalised: tuple[bool, ...]       # the text's word must be capitalised too
    native: bool                        # an alias of the language being matched
    key: str                            # knowledge key kb:<id>:<language>:<alias>


@dataclass(frozen=True)
class Gazetteer:
    language: str
    by_first_form: dict  # folded form of a first word -> tuple of Alias

    def starting_with(self, folded_word: str) -> tuple[Alias, ...]:
        return self.by_first_form.get(folded_word, ())


def _words(alias: str, language: str) -> tuple[str, ...]:
    return tuple(alias[t["start"]:t["end"]] for t in tokens.tokenize(alias, 0, len(alias), language))


def _make(entry: dict, alias: str, alias_language: str, language: str, native: bool) -> Alias:
    words = _words(alias, alias_language)
    if native:
        word_forms = tuple(forms.word_forms(w, entry["type"], language) for w in words)
    else:
        word_forms = tuple(frozenset({fold(w)}) for w in words)
    return Alias(entry["id"], entry["type"], words, word_forms,
                 tuple(is_capitalised(w) for w in words), native, alias_key(entry["id"], alias_language, alias))


@lru_cache(maxsize=None)
def for_language(language: str, kb_path=None, excluded: frozenset = frozenset()) -> Gazetteer:
    """Every curated alias (less those whose knowledge keys are `excluded`), native ones
    inflected for `language`, indexed by first word."""
    kb = kb_module.load_curated(kb_path)
    aliases: dict[tuple, Alias] = {}
    for entry in kb.entries:
        for alias_language, names in sorted(entry["aliases"].items()):
            native = alias_language in (language, kb_module.ANY_LANGUAGE)
            for name in names:
                if alias_key(entry["id"], alias_language, name) in excluded:
                    continue
                made = _make(entry, name, alias_language, language, native)
                key = (made.kb_id, tuple(fold(w) for w in made.words), made.capitalised)   # DPA and dpa
                if key not in aliases or (native and not aliases[key].native):
                    aliases[key] = made
    index: dict[str, list[Alias]] = {}
    for alias in aliases.values():
        for form in alias.forms[0]:
            index.setdefault(form, []).append(alias)
    return Gazetteer(language, {form: tuple(found) for form, found in index.items()})
