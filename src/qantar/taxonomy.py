"""The taxonomy (schema/taxonomy.toml) and the label lists derived from it.

Label names are written only in that file; every other module asks this one.
"""

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from .errors import DataFileError
from .paths import schema_dir

_SECTIONS = (
    "entity_types",
    "timex_types",
    "event_types",
    "roles",
    "realis",
    "statuses",
    "segment_kinds",
    "timex_mods",
    "dct_sources",
)


@dataclass(frozen=True)
class Taxonomy:
    version: str
    sections: dict  # section name -> list of entry dicts, in file order

    def names(self, section: str) -> list[str]:
        return [entry["name"] for entry in self.sections[section]]

    def entry(self, section: str, name: str) -> dict:
        for item in self.sections[section]:
            if item["name"] == name:
                return item
        raise KeyError(f"{name!r} is not in taxonomy section {section!r}")

    @property
    def entity_types(self) -> list[str]:
        return self.names("entity_types")

    @property
    def timex_types(self) -> list[str]:
        return self.names("timex_types")

    @property
    def event_types(self) -> list[str]:
        return self.names("event_types")

    @property
    def roles(self) -> list[str]:
        return self.names("roles")

    @property
    def realis(self) -> list[str]:
        return self.names("realis")

    @property
    def statuses(self) -> list[str]:
        return self.names("statuses")

    @property
    def segment_kinds(self) -> list[str]:
        return self.names("segment_kinds")

    @property
    def timex_mods(self) -> list[str]:
        return self.names("timex_mods")

    @property
    def dct_sources(self) -> list[str]:
        return self.names("dct_sources")

    def bio_tags(self, section: str = "entity_types") -> list[str]:
        """`O`, then `B-X`, `I-X` for each label X of the section, in taxonomy order."""
        tags = ["O"]
        for name in self.names(section):
            tags += [f"B-{name}", f"I-{name}"]
        return tags


@lru_cache(maxsize=None)
def load(path=None) -> Taxonomy:
    path = path or schema_dir() / "taxonomy.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read taxonomy: {exc}") from exc
    for section in _SECTIONS:
        entries = data.get(section)
        if not entries:
            raise DataFileError(f"{path}: section [[{section}]] is missing or empty")
        names = [entry.get("name") for entry in entries]
        if any(not name for name in names):
            raise DataFileError(f"{path}: an entry of [[{section}]] has no name")
        if len(set(names)) != len(names):
            raise DataFileError(f"{path}: duplicate names in [[{section}]]: {names}")
    return Taxonomy(version=str(data.get("version", "0")), sections={s: data[s] for s in _SECTIONS})
