"""Time-expression resources: word lists and rules, checked and compiled per language.

Files (TOML), HeidelTime-style: word lists per language, one rule grammar for all.
- lang/xx/timex.toml      shared rules (and lists) used by every language that has its own file;
- lang/<code>/timex.toml  that language's `[endings]`, `[lists.<name>]` and `[[rules]]`.

A list maps a normalized value to its surface forms: `[lists.weekday]  3 = [every
form of the third weekday's name]`. A form may name an ending set, `tygodniow{hard}`, expanded from `[endings]`.
A rule's `pattern` is a Python regex in which `%name` stands for list `name` (a named
group `name`; `%name:alias` names the group `alias`) and a space stands for any run of
whitespace; its `value` is an expression of `qantar.timex.normalize`, `mod` a taxonomy
mod or `{group}` of a list whose values are mods. A language without its own file has no
rules. Anything malformed stops with the file and the entry at fault.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import langdata, taxonomy
from ..errors import DataFileError
from ..paths import lang_dir
from . import normalize

NAME = "timex"
DEFAULT_CONFIDENCE = 0.8
_LIST_REF = re.compile(r"%([A-Za-z_]\w*)(?::([A-Za-z_]\w*))?")
_GROUP_REF = re.compile(r"\{(\w+)\}")
_TOP_KEYS = {"endings", "lists", "rules"}
_RULE_KEYS = {"name", "pattern", "type", "value", "mod", "confidence"}


@dataclass(frozen=True)
class WordList:
    name: str
    forms: dict  # casefolded form, single-spaced -> normalized value

    def regex(self) -> str:
        alternatives = sorted(self.forms, key=lambda form: (-len(form), form))
        return "|".join(r"\s+".join(map(re.escape, form.split(" "))) for form in alternatives) or r"(?!)"

    def normalize(self, text: str) -> str:
        return self.forms[" ".join(text.split()).casefold()]


@dataclass(frozen=True)
class Rule:
    name: str
    path: Path | str
    regex: re.Pattern
    timex_type: str
    value: normalize.Call
    mod: str | None
    confidence: float
    group_lists: dict  # regex group -> WordList

    def where(self) -> str:
        return f"{self.path}: rule {self.name!r}"


def _fail(path, entry: str, problem: str):
    raise DataFileError(f"{path}: {entry}: {problem}")


def _endings(path, data) -> dict:
    endings = data.get("endings", {})
    for name, items in endings.items():
        if not isinstance(items, list) or not all(isinstance(e, str) for e in items):
            _fail(path, f"endings {name!r}", "must be a list of strings")
    return endings


def _expand(path, list_name, form, endings) -> list[str]:
    names = re.findall(r"\{(\w+)\}", form)
    if not names:
        return [form]
    if len(names) > 1 or not form.endswith("{" + names[0] + "}"):
        _fail(path, f"list {list_name!r} form {form!r}", "an ending set {name} may only close a form, once")
    if names[0] not in endings:
        _fail(path, f"list {list_name!r} form {form!r}", f"no ending set {names[0]!r} in [endings]")
    stem = form[: -len(names[0]) - 2]
    return [stem + ending for ending in endings[names[0]]]


def _lists(path, data, endings) -> dict[str, WordList]:
    lists = {}
    for name, table in data.get("lists", {}).items():
        if not isinstance(table, dict):
            _fail(path, f"list {name!r}", "must be a table of value = [forms]")
        forms = {}
        for value, items in table.items():
            if not isinstance(items, list) or not all(isinstance(f, str) and f.strip() for f in items):
                _fail(path, f"list {name!r} entry {value!r}", "must be a list of non-empty strings")
            for item in items:
                for form in _expand(path, name, item, endings):
                    key = " ".join(form.split()).casefold()
                    if forms.get(key, value) != value:
                        _fail(path, f"list {name!r} entry {value!r}", f"form {form!r} already means {forms[key]!r}")
                    forms[key] = value
        lists[name] = WordList(name, forms)
    return lists


def _compile_pattern(rule_where, pattern: str, lists: dict) -> tuple[re.Pattern, dict]:
    group_lists = {}

    def replace(match):
        list_name, group = match[1], match[2] or match[1]
        if list_name not in lists:
            raise DataFileError(f"{rule_where}: pattern uses %{list_name}, which is not a list of this language")
        if group in group_lists:
            raise DataFileError(f"{rule_where}: group {group!r} is used twice; write %{list_name}:other_name")
        group_lists[group] = lists[list_name]
        return f"(?P<{group}>{lists[list_name].regex()})"

    source = _LIST_REF.sub(replace, pattern).replace(" ", r"\s+")
    try:
        regex = re.compile(rf"(?<!\w)(?:{source})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{rule_where}: pattern does not compile: {exc}") from exc
    return regex, group_lists


def _rule(path, index: int, entry: dict, lists: dict, tax) -> Rule:
    name = entry.get("name") if isinstance(entry, dict) else None
    where = f"{path}: rule {name or f'#{index + 1}'!r}"
    if not name or not isinstance(entry.get("pattern"), str) or not isinstance(entry.get("value"), str):
        raise DataFileError(f"{where}: needs name, pattern and value (strings)")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    if entry.get("type") not in tax.timex_types:
        raise DataFileError(f"{where}: type {entry.get('type')!r} is not one of {tax.timex_types}")
    regex, group_lists = _compile_pattern(where, entry["pattern"], lists)
    try:
        value = normalize.parse(entry["value"])
    except normalize.ExpressionError as exc:
        raise DataFileError(f"{where}: value: {exc}") from exc
    groups = set(regex.groupindex)
    mod = entry.get("mod")
    for group in normalize.templates(value) + _GROUP_REF.findall(mod or ""):
        if group not in groups:
            raise DataFileError(f"{where}: {{{group}}} is not a group of the pattern (groups: {sorted(groups)})")
    if mod is not None:
        mod_group = _GROUP_REF.fullmatch(mod)
        values = set(group_lists[mod_group[1]].forms.values()) if mod_group and mod_group[1] in group_lists else {mod}
        if mod_group and mod_group[1] not in group_lists:
            raise DataFileError(f"{where}: mod {mod!r} must name a list group")
        bad = sorted(values - set(tax.timex_mods))
        if bad:
            raise DataFileError(f"{where}: mod values {bad} are not taxonomy timex_mods {tax.timex_mods}")
    confidence = entry.get("confidence", DEFAULT_CONFIDENCE)
    if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        raise DataFileError(f"{where}: confidence must be a number in [0, 1]")
    return Rule(name, path, regex, entry["type"], value, mod, float(confidence), group_lists)


def _checked_top(path, data):
    unknown = set(data) - _TOP_KEYS
    if unknown:
        _fail(path, f"keys {sorted(unknown)}", f"unknown; allowed: {sorted(_TOP_KEYS)}")
    return data


@lru_cache(maxsize=None)
def rules(language: str) -> tuple[Rule, ...]:
    """The compiled rules for a language, shared rules first; () without a language file."""
    own = langdata.load(language, NAME)
    if not own or language == langdata.SHARED:
        return ()
    shared_path = lang_dir() / langdata.SHARED / f"{NAME}.toml"
    own_path = lang_dir() / language / f"{NAME}.toml"
    return compile_rules(shared_path, langdata.shared(NAME), own_path, own)


def compile_rules(shared_path, shared: dict, own_path, own: dict) -> tuple[Rule, ...]:
    """Check and compile one language's resources (the parsed TOML of both files)."""
    shared = _checked_top(shared_path, shared)
    own = _checked_top(own_path, own)
    lists = _lists(shared_path, shared, _endings(shared_path, shared))
    lists.update(_lists(own_path, own, _endings(own_path, own)))  # a language's list replaces a shared one
    tax = taxonomy.load()
    compiled, names = [], set()
    # Shared rules are checked against this language's lists: say which language failed.
    for path, data in ((f"{shared_path} (with the lists of {own_path})", shared), (own_path, own)):
        for index, entry in enumerate(data.get("rules", [])):
            rule = _rule(path, index, entry, lists, tax)
            if (path, rule.name) in names:
                raise DataFileError(f"{rule.where()}: a second rule has this name")
            names.add((path, rule.name))
            compiled.append(rule)
    return tuple(compiled)


def languages() -> list[str]:
    """The languages that have time-expression resources."""
    return langdata.languages_with(NAME)
