"""The resources: every language's files compile; a malformed one stops with file and entry;
the engine itself names no language."""

import re
from pathlib import Path

import pytest

from qantar.errors import DataFileError
from qantar.langdata import shared
from qantar.timex import resources

SHARED = Path("lang/xx/timex.toml")
OWN = Path("lang/zz/timex.toml")


def minimal_lists() -> dict:
    """A language file defining every list the shared rules use, each with one form."""
    names = {m[1] for rule in shared("timex")["rules"] for m in re.finditer(r"%(\w+)", rule["pattern"])}
    lists = {name: {"1": [f"zz{name}"]} for name in names}
    for name in ("since", "approx", "position"):  # lists that give a mod hold mods
        lists[name] = {"APPROX": [f"zz{name}"]}
    return {"lists": lists}


@pytest.mark.parametrize("language", ["pl", "el", "da", "en"])
def test_each_language_compiles(language):
    assert language in resources.languages()
    rules = resources.rules(language)
    assert len(rules) >= len(shared("timex")["rules"])


def test_a_language_without_a_file_has_no_rules():
    assert resources.rules("und") == ()


def test_minimal_language_compiles():
    assert resources.compile_rules(SHARED, shared("timex"), OWN, minimal_lists())


@pytest.mark.parametrize("break_it, message", [
    (lambda d: d["lists"].pop("weekday"), r"xx/timex.toml \(with the lists of lang/zz/timex.toml\): rule 'weekday with a date in parentheses': pattern uses %weekday, which is not a list"),
    (lambda d: d["lists"]["month"].update({"2": ["zzmonth"]}), r"zz/timex.toml: list 'month' entry '2': form 'zzmonth' already means '1'"),
    (lambda d: d["lists"]["unit"].update({"D": "dag"}), r"list 'unit' entry 'D': must be a list"),
    (lambda d: d["lists"]["unit"].update({"D": ["dag{plural}"]}), r"list 'unit' form 'dag\{plural\}': no ending set 'plural'"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref", "type": "MOMENT", "value": "ref({ref})"}]),
     r"zz/timex.toml: rule 'r': type 'MOMENT'"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref", "type": "DATE", "value": "ref({other})"}]),
     r"rule 'r': \{other\} is not a group"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref", "type": "DATE", "value": "when({ref})"}]),
     r"rule 'r': value: unknown function 'when'"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref (", "type": "DATE", "value": "ref({ref})"}]),
     r"rule 'r': pattern does not compile"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref", "type": "DATE", "value": "ref({ref})", "mod": "SOON"}]),
     r"rule 'r': mod values \['SOON'\]"),
    (lambda d: d.update(rules=[{"name": "r", "pattern": "%ref %ref", "type": "DATE", "value": "ref({ref})"}]),
     r"rule 'r': group 'ref' is used twice"),
    (lambda d: d.update(rulez=[]), r"zz/timex.toml: keys \['rulez'\]: unknown"),
])
def test_malformed_resource_names_file_and_entry(break_it, message):
    data = minimal_lists()
    break_it(data)
    with pytest.raises(DataFileError, match=message):
        resources.compile_rules(SHARED, shared("timex"), OWN, data)


def test_engine_names_no_language():
    """Language knowledge lives in lang/<code>/timex.toml only."""
    package = Path(resources.__file__).parent
    words = re.compile(r"\b(środ\w*|onsdag|Wednesday|Τετάρτη|\"(pl|el|da|en)\")", re.IGNORECASE)
    for path in package.glob("*.py"):
        assert not words.search(path.read_text(encoding="utf-8")), path
