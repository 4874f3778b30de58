"""Time-expression resources: word lists and rules, checked and compiled per language.

Files (TOML), HeidelTime-style: word lists per language, one rule grammar for all.
- lang/xx/timex.toml          shared rules used by every language, and `[fallbacks]`: the
                              languages whose words a language borrows (sv reads Danish);
- lang/<code>/timex.cldr.toml generated from CLDR by scripts/generate_timex_cldr.py (month
                              and weekday names with their attested inflections, relative
                              days and periods, day periods, numerals, date patterns);
- lang/<code>/timex.toml      written by hand: extends and overrides the generated file.

A language's stack, lowest first: the shared file, then for each fallback language (the
last named lowest) its generated and hand-written files, then its own two. Lists merge
form by form, a higher file winning a form that a lower one gives another value; rules
add up (shared rules first). A list maps a normalized value to its surface forms: `[lists.weekday]
3 = [forms of the third weekday]`. A form may name an ending set, `tygodniow{hard}`, expanded
from that file's `[endings]`. Top-level `inflect = [list names]`: single-word forms of those lists
are lemmas whose every form the language's analyser (lang/<code>/morphology.toml) adds;
`exact_case = [list names]`: those lists match only as written (Greek `Τρίτη` Tuesday,
not `τρίτη` third). A form ending in `*` is a stem: it matches with up to STEM_LETTERS more
letters (`keskiviikk*`: keskiviikkona, keskiviikkoon), for languages that inflect and have no
analyser; with an analyser the stems are left out (its paradigms are exact).
A rule's `pattern` is a Python regex in which `%name` stands for list `name` (a named
group `name`; `%name:alias` names the group `alias`), a space stands for any run of
whitespace and ` ?` for any run or none (`8h15`, `8 h 15`); its `value` is an expression of `qantar.timex.normalize`, `mod` a taxonomy
mod or `{group}` of a list whose values are mods. Every list a shared rule names must be
defined somewhere in the stack (an empty list switches the rule off); a language without
any file has no rules. Anything malformed stops with the file and the entry at fault.
The list `future_cue`, named by no rule, holds the words that put a bare weekday after them
in the future ("will", "skal", "on määrä": qantar.timex.annotator).

Knowledge keys (qantar.holdout): every hand-written rule is `timex:<code>/<file>:<rule name>`,
every hand-written form `timex:<code>/<file>:<list>:<form as written>`. Generated items have
no key: they come from CLDR, not from any article, and are never withheld.
"""

import re
import re._constants as sre_constants
import re._parser as sre_parser
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import holdout, langdata, morphology, taxonomy
from ..errors import DataFileError
from ..paths import lang_dir
from . import normalize

NAME = "timex"
GENERATED = "timex.cldr"
KEY_PREFIX = "timex:"
DEFAULT_CONFIDENCE = 0.8
FUTURE_CUE = "future_cue"  # a list no rule names: words that put their sentence in the future
STEM = "*"
STEM_LETTERS = 3  # bounded: a stem of six letters or more plus at most three
_LIST_REF = re.compile(r"%([A-Za-z_]\w*)(?::([A-Za-z_]\w*))?")
_GROUP_REF = re.compile(r"\{(\w+)\}")
_SPACE = re.compile(r" (\?)?")
_TOP_KEYS = {"endings", "lists", "rules", "inflect", "exact_case", "fallbacks"}
_RULE_KEYS = {"name", "pattern", "type", "value", "mod", "confidence"}


@dataclass(frozen=True)
class Source:
    """One file of a language's stack: its parsed data and whether it was generated."""

    path: Path | str
    data: dict
    generated: bool = False

    def key(self, *item: str) -> str | None:
        """The knowledge key of an item of this file; None for a generated file."""
        if self.generated:
            return None
        path = Path(self.path)
        return KEY_PREFIX + ":".join((f"{path.parent.name}/{path.name}", *item))


@dataclass(frozen=True)
class WordList:
    name: str
    forms: dict  # casefolded form, single-spaced -> normalized value
    keys: dict = field(default_factory=dict)  # casefolded form -> knowledge key (hand-written forms)
    exact: frozenset = frozenset()  # forms as written, for a list that matches only as written

    def regex(self) -> str:
        if self.exact:
            return "(?-i:" + _alternation(self.exact) + ")"
        return _alternation(self.forms)

    def _form(self, text: str) -> str:
        """The list form that matched `text`: itself, or the longest stem it extends."""
        folded = " ".join(text.split()).casefold()
        if folded in self.forms:
            return folded
        return max((f for f in self.forms if f.endswith(STEM) and folded.startswith(f[:-1])
                    and len(folded) - len(f) + 1 <= STEM_LETTERS), key=len)

    def normalize(self, text: str) -> str:
        return self.forms[self._form(text)]

    def key(self, text: str) -> str | None:
        return self.keys.get(self._form(text))


def _alternation(forms) -> str:
    """A regex matching exactly `forms` (a space matching any whitespace), as a prefix tree
    so that the engine does not try every form at every position."""
    if not forms:
        return _NEVER
    tree: dict = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_regex(tree)


def _piece(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == STEM:
        return rf"\w{{0,{STEM_LETTERS}}}"
    return re.escape(ch)


def _tree_regex(node: dict) -> str:
    branches = [_piece(ch) + _tree_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


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
    key: str | None = None  # knowledge key; None for a generated rule

    def where(self) -> str:
        return f"{self.path}: rule {self.name!r}"


def _fail(path, entry: str, problem: str):
    raise DataFileError(f"{path}: {entry}: {problem}")


def _endings(source: Source) -> dict:
    endings = source.data.get("endings", {})
    for name, items in endings.items():
        if not isinstance(items, list) or not all(isinstance(e, str) for e in items):
            _fail(source.path, f"endings {name!r}", "must be a list of strings")
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


def _names(source: Source, key: str) -> list[str]:
    names = source.data.get(key, [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        _fail(source.path, key, "must be a list of list names")
    return names


class _Lists:
    """The word lists of a stack as they merge, with each form's knowledge key."""

    def __init__(self):
        self.forms: dict[str, dict] = {}  # list -> casefolded form -> value
        self.keys: dict[str, dict] = {}  # list -> casefolded form -> key or None
        self.written: dict[str, dict] = {}  # list -> casefolded form -> form as written
        self.inflect: set[str] = set()
        self.exact_case: set[str] = set()

    def add(self, source: Source, withheld: frozenset):
        endings = _endings(source)
        self.inflect.update(_names(source, "inflect"))
        self.exact_case.update(_names(source, "exact_case"))
        for name, table in source.data.get("lists", {}).items():
            if not isinstance(table, dict):
                _fail(source.path, f"list {name!r}", "must be a table of value = [forms]")
            forms, keys, written = (self.forms.setdefault(name, {}), self.keys.setdefault(name, {}),
                                    self.written.setdefault(name, {}))
            mine = {}
            for value, items in table.items():
                if not isinstance(items, list) or not all(isinstance(f, str) and f.strip() for f in items):
                    _fail(source.path, f"list {name!r} entry {value!r}", "must be a list of non-empty strings")
                for item in items:
                    key = source.key(name, item)
                    for form in _expand(source.path, name, item, endings):
                        folded = " ".join(form.split()).casefold()
                        if mine.get(folded, value) != value:
                            _fail(source.path, f"list {name!r} entry {value!r}",
                                  f"form {form!r} already means {mine[folded]!r}")
                        mine[folded] = value
                        if key in withheld:
                            continue  # as if this file did not have the item
                        if forms.get(folded) == value and keys.get(folded) is None:
                            continue  # a general source already knows it: it stays general knowledge
                        forms[folded], keys[folded], written[folded] = value, key, " ".join(form.split())

    def inflected(self, language: str):
        """Add the dictionary forms of every single-word form of the `inflect` lists, in
        place of their stems."""
        analyser = morphology.for_language(language).analyser
        if analyser is None:
            return
        for name in sorted(self.inflect & set(self.forms)):
            forms, keys, written = self.forms[name], self.keys[name], self.written[name]
            added = {}
            for folded, value in list(forms.items()):
                if folded.endswith(STEM):
                    del forms[folded], keys[folded], written[folded]
                    continue
                if " " in folded:
                    continue
                for form in analyser.lemma_forms(written[folded]):
                    new = form.casefold()
                    # not the dictionary's abbreviations (pn), nor a form that is also another
                    # part of speech: mają is a form of the noun maja, but mostly "they have"
                    if new not in forms and len(new) >= 3 and all(
                            a.tag.startswith(_NOUN_TAGS) for a in analyser.analyse(form)):
                        added.setdefault(new, set()).add((value, keys[folded], form))
            for new, readings in sorted(added.items()):
                if len({value for value, _, _ in readings}) == 1:  # a form of two lemmas is left out
                    value, key, form = min(readings, key=lambda r: (r[1] or "", r[2]))
                    forms[new], keys[new], written[new] = value, key, form

    def word_lists(self) -> dict[str, WordList]:
        return {
            name: WordList(name, dict(forms), {f: k for f, k in self.keys[name].items() if k},
                           frozenset(self.written[name].values()) if name in self.exact_case else frozenset())
            for name, forms in self.forms.items()
        }


_WORD_START = r"(?<!\w)"  # every rule starts where no word character precedes


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

    # A space is a run of whitespace; an optional space (`8 h` or `8h`) any run or none.
    source = _SPACE.sub(lambda m: r"\s*" if m[1] else r"\s+", _LIST_REF.sub(replace, pattern))
    try:
        regex = re.compile(rf"{_WORD_START}(?:{source})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(f"{rule_where}: pattern does not compile: {exc}") from exc
    return regex, group_lists


_NOUN_TAGS = ("subst", "depr")  # the analyser's noun tags (SGJP)
_NEVER = r"(?!)"  # the regex of an empty list


def _can_match(items) -> bool:
    """Whether a parsed regex can match anything: False when an empty list (`(?!)`) is
    required on every path. Such a rule is left out: scanning a text for it costs time."""
    for op, arg in items:
        if op is sre_constants.ASSERT_NOT and not arg[1].data:
            return False
        if op is sre_constants.BRANCH and not any(_can_match(branch.data) for branch in arg[1]):
            return False
        if op is sre_constants.SUBPATTERN and not _can_match(arg[-1].data):
            return False
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and arg[0] > 0 \
                and not _can_match(arg[2].data):
            return False
    return True


def _rule(where_path, source: Source, index: int, entry: dict, lists: dict, tax) -> Rule:
    name = entry.get("name") if isinstance(entry, dict) else None
    where = f"{where_path}: rule {name or f'#{index + 1}'!r}"
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
    return Rule(name, where_path, regex, entry["type"], value, mod, float(confidence), group_lists,
                source.key(name))


def _checked_top(source: Source) -> Source:
    unknown = set(source.data) - _TOP_KEYS
    if unknown:
        _fail(source.path, f"keys {sorted(unknown)}", f"unknown; allowed: {sorted(_TOP_KEYS - {'fallbacks'})}")
    return source


def compile_stack(shared: Source, stack: list[Source], withheld: frozenset = frozenset(),
                  language: str | None = None) -> tuple[Rule, ...]:
    """Check and compile a language's rules: the shared file's rules read with the lists of
    `stack` (its files, lowest first), then the stack's own rules. Items whose key is in
    `withheld` are left out."""
    return _compile(shared, stack, withheld, language)[0]


def _compile(shared: Source, stack: list[Source], withheld: frozenset,
             language: str | None) -> tuple[tuple[Rule, ...], dict[str, WordList]]:
    """The compiled rules of compile_stack, and the merged word lists they were read with."""
    shared = _checked_top(shared)
    stack = [_checked_top(source) for source in stack]
    merged = _Lists()
    for source in (shared, *stack):
        merged.add(source, withheld)
    if language:
        merged.inflected(language)
    lists = merged.word_lists()
    tax = taxonomy.load()
    compiled, names = [], set()
    top = stack[-1].path if stack else shared.path
    # Shared rules are checked against this language's lists: say which language failed.
    for where, source in ((f"{shared.path} (with the lists of {top})", shared), *((s.path, s) for s in stack)):
        for index, entry in enumerate(source.data.get("rules", [])):
            rule = _rule(where, source, index, entry, lists, tax)
            if (where, rule.name) in names:
                raise DataFileError(f"{rule.where()}: a second rule has this name")
            names.add((where, rule.name))
            if rule.key not in withheld and (_NEVER not in rule.regex.pattern
                                             or _can_match(sre_parser.parse(rule.regex.pattern).data)):
                compiled.append(rule)
    return tuple(compiled), lists


def compile_rules(shared_path, shared: dict, own_path, own: dict) -> tuple[Rule, ...]:
    """Check and compile one hand-written language file over the shared one (parsed TOML)."""
    return compile_stack(Source(shared_path, shared), [Source(own_path, own)])


def fallbacks(language: str) -> list[str]:
    """The languages `language` borrows words from, nearest first (lang/xx/timex.toml)."""
    table = langdata.shared(NAME).get("fallbacks", {})
    names = table.get(language, [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        _fail(lang_dir() / langdata.SHARED / f"{NAME}.toml", f"fallbacks {language!r}", "must be a list of codes")
    return names


@lru_cache(maxsize=None)
def stack(language: str) -> tuple[Source, ...]:
    """The files of a language, lowest first (without the shared file); () when it has none."""
    if language == langdata.SHARED:
        return ()
    sources = []
    for code in [*reversed(fallbacks(language)), language]:
        for name, generated in ((GENERATED, True), (NAME, False)):
            data = langdata.load(code, name)
            if data:
                sources.append(Source(lang_dir() / code / f"{name}.toml", data, generated))
    own = [s for s in sources if Path(s.path).parent.name == language]
    return tuple(sources) if own else ()


def _shared() -> Source:
    return Source(lang_dir() / langdata.SHARED / f"{NAME}.toml", langdata.shared(NAME))


@lru_cache(maxsize=None)
def keys(language: str) -> frozenset:
    """Every knowledge key of the hand-written items a language's rules are made of."""
    found = set()
    for source in (_shared(), *stack(language)):
        if source.generated:
            continue
        found.update(source.key(entry["name"]) for entry in source.data.get("rules", []) if "name" in entry)
        for name, table in source.data.get("lists", {}).items():
            found.update(source.key(name, item) for items in table.values() for item in items)
    return frozenset(found)


@dataclass(frozen=True)
class RuleSet:
    """A language's compiled rules, one regex that finds where any of them may start, and
    the language's `future_cue` words (a sentence speaking of the future), if it has any."""

    rules: tuple
    finder: re.Pattern | None
    future_cue: WordList | None = None
    future_cue_finder: re.Pattern | None = None


def _finder(compiled: tuple) -> re.Pattern | None:
    """The union of the rules' regexes without their groups: one scan of a paragraph finds
    every position where some rule matches (scanning once per rule cost more time). The
    word start every rule begins with is tested once per position, before the union, not
    once per rule: the scan is three times faster and finds the same positions."""
    if not compiled:
        return None
    bodies = [_NAMED_GROUP.sub("(?:", rule.regex.pattern).removeprefix(_WORD_START) for rule in compiled]
    return re.compile(_WORD_START + "(?:" + "|".join(bodies) + ")", re.IGNORECASE)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_WORD_START = r"(?<!\w)"


@lru_cache(maxsize=256)
def _compiled(language: str, withheld: frozenset) -> RuleSet:
    sources = stack(language)
    if not sources:
        return RuleSet((), None)
    compiled, lists = _compile(_shared(), list(sources), withheld, language)
    cues = lists.get(FUTURE_CUE)
    if cues is None or not cues.forms:
        return RuleSet(compiled, _finder(compiled))
    return RuleSet(compiled, _finder(compiled), cues, re.compile(rf"(?<!\w)(?:{cues.regex()})(?!\w)", re.IGNORECASE))


def _withheld(language: str) -> frozenset:
    withheld = holdout.withheld()
    if withheld:
        withheld = frozenset(k for k in withheld if k.startswith(KEY_PREFIX)) & keys(language)
    return withheld


def rule_set(language: str) -> RuleSet:
    """The compiled rules for a language with their finder, without the withheld items
    (qantar.holdout). Compiled on first use."""
    return _compiled(language, _withheld(language))


def rules(language: str) -> tuple[Rule, ...]:
    """The compiled rules for a language, shared rules first, without the withheld items
    (qantar.holdout); () for a language without files."""
    return rule_set(language).rules


def languages() -> list[str]:
    """The languages that have time-expression resources (generated or hand-written)."""
    return sorted(set(langdata.languages_with(NAME)) | set(langdata.languages_with(GENERATED)))
