"""The knowledge base (annotation/kb.json): one entry per real-world entity, shared by all
languages, with aliases per language.

Aliases under the key `und` are written the same in every language (AFP, @handles).
The file is validated against `qantar.schemas.kb_schema()` plus the checks a schema cannot
express (unique ids, entries sorted by id); errors name the file and the entry.
"""

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import jsonschema

from . import schemas
from .errors import DataFileError
from .paths import annotation_dir

ANY_LANGUAGE = "und"


def default_path() -> Path:
    return annotation_dir() / "kb.json"


@dataclass(frozen=True)
class KnowledgeBase:
    version: str
    entries: tuple[dict, ...]

    def get(self, kb_id: str) -> dict | None:
        """The entry with this id, or None."""
        return self._by_id.get(kb_id)

    @cached_property
    def _by_id(self) -> dict:
        return {entry["id"]: entry for entry in self.entries}

    def ids(self) -> frozenset[str]:
        """Every entry id (what an entity mention's kb_id may be)."""
        return frozenset(self._by_id)

    def aliases(self, entry: dict, language: str) -> list[str]:
        """The entry's aliases in `language` plus its language-independent ones."""
        table = entry["aliases"]
        return [*table.get(language, []), *table.get(ANY_LANGUAGE, [])]


def _problems(data: dict, path: Path) -> list[str]:
    validator = jsonschema.Draft202012Validator(schemas.kb_schema())
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        entry = _entry_id(data, error.absolute_path)
        problems.append(f"{path}: {where}{entry}: {error.message}")
    if problems:
        return problems
    ids = [entry["id"] for entry in data["entries"]]
    seen = set()
    for kb_id in ids:
        if kb_id in seen:
            problems.append(f"{path}: entry {kb_id!r}: duplicate id")
        seen.add(kb_id)
    if ids != sorted(ids):
        problems.append(f"{path}: entries are not sorted by id")
    return problems


def _entry_id(data: dict, location) -> str:
    location = list(location)
    if len(location) >= 2 and location[0] == "entries":
        try:
            return f" (entry {data['entries'][location[1]].get('id')!r})"
        except (IndexError, AttributeError, KeyError):
            return ""
    return ""


def load(path: Path | None = None) -> KnowledgeBase:
    """Read and validate the knowledge base; raise DataFileError naming every problem."""
    return _load(Path(path or default_path()).resolve())


@lru_cache(maxsize=4)
def _load(path: Path) -> KnowledgeBase:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"{path}: cannot read the knowledge base: {exc}") from exc
    problems = _problems(data, path)
    if problems:
        raise DataFileError("\n".join(problems))
    return KnowledgeBase(version=data["version"], entries=tuple(data["entries"]))


def lookup(name: str, language: str | None = None, kb: KnowledgeBase | None = None) -> list[dict]:
    """The entries with an alias (or canonical name) equal to `name`, ignoring case; in
    `language` (plus language-independent aliases) when given, else in any language."""
    kb = kb or load()
    wanted = name.casefold()
    found = []
    for entry in kb.entries:
        if language is None:
            names = [alias for values in entry["aliases"].values() for alias in values]
        else:
            names = kb.aliases(entry, language)
        if wanted in {n.casefold() for n in [entry["name"], *names]}:
            found.append(entry)
    return found
