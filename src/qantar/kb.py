"""The knowledge base: one entry per real-world entity, shared by all languages, with
aliases per language and a provenance.

Two parts, merged when loaded:
- curated, annotation/kb.json: the topic's people, organisations and media, written by
  hand (`curated`) or copied from one article's gold annotation (`gold`, with its doc);
- generated, src/qantar/data/kb_generated.json (scripts/generate_kb.py): countries named
  in every CLDR language (`cldr`) and GeoNames cities (`geonames`). A curated entry that
  declares `iso` or `geonames` receives the generated names under its own id; its own
  fields win.
Aliases under the key `und` are written the same in every language (AFP, @handles).
The curated file is validated against `qantar.schemas.kb_schema()` plus the checks a schema
cannot express (unique ids, entries sorted by id); errors name the file and the entry.
The generated file is checked by its generator and the tests, not at every load.
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
GENERATED_SOURCES = frozenset({"cldr", "geonames"})


def default_path() -> Path:
    return annotation_dir() / "kb.json"


def generated_path() -> Path:
    return Path(__file__).parent / "data" / "kb_generated.json"


def generated_index_path() -> Path:
    return Path(__file__).parent / "data" / "kb_generated_index.json"


@dataclass(frozen=True)
class KnowledgeBase:
    version: str
    entries: tuple[dict, ...]   # curated (with generated names merged in) and generated

    @property
    def curated(self) -> tuple[dict, ...]:
        """The entries of annotation/kb.json (what the consistency check looks for)."""
        return tuple(e for e in self.entries if e["provenance"]["source"] not in GENERATED_SOURCES)

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


def load(path: Path | None = None, generated: Path | None = None) -> KnowledgeBase:
    """The curated knowledge base (validated; DataFileError names every problem) with the
    generated entries merged in."""
    return _merged(Path(path or default_path()).resolve(), Path(generated or generated_path()).resolve())


def load_curated(path: Path | None = None) -> KnowledgeBase:
    """Only the curated file, validated."""
    return _load(Path(path or default_path()).resolve())


def _read(path: Path, what: str):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"{path}: cannot read {what}: {exc}") from exc


def merge(curated: tuple[dict, ...], generated: list[dict]) -> tuple[dict, ...]:
    """Curated entries with the names of generated ones of the same id added (curated
    aliases first, every other field curated), then the other generated entries; by id."""
    by_id = {entry["id"]: entry for entry in curated}
    extra = []
    for entry in generated:
        mine = by_id.get(entry["id"])
        if mine is None:
            extra.append(entry)
            continue
        aliases = {lang: list(names) for lang, names in mine["aliases"].items()}
        for lang, names in entry["aliases"].items():
            known = set(aliases.get(lang, []))
            aliases.setdefault(lang, []).extend(n for n in names if n not in known)
        by_id[entry["id"]] = {**mine, "aliases": aliases}
    return tuple(sorted([*by_id.values(), *extra], key=lambda e: e["id"]))


@lru_cache(maxsize=4)
def _merged(path: Path, generated: Path) -> KnowledgeBase:
    curated = _load(path)
    entries = _read(generated, "the generated knowledge base")["entries"]
    return KnowledgeBase(version=curated.version, entries=merge(curated.entries, entries))


@lru_cache(maxsize=4)
def _load(path: Path) -> KnowledgeBase:
    data = _read(path, "the knowledge base")
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
