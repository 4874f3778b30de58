"""Per-language data files: src/qantar/lang/<code>/<name>.toml, `xx` for shared data.

Engine code asks this module for data by language code and file name; it never names a
language itself. A missing file means "no knowledge for this language" (empty data); a
malformed one stops with its path.
"""

import tomllib
from functools import lru_cache

from .errors import DataFileError
from .paths import lang_dir

SHARED = "xx"


@lru_cache(maxsize=None)
def load(language: str, name: str) -> dict:
    """The data of lang/<language>/<name>.toml, or {} when the language has no such file."""
    path = lang_dir() / language / f"{name}.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def path(language: str, file_name: str):
    """The path of a data file that is not TOML (a word list), e.g. lang/xx/first_names.txt."""
    return lang_dir() / language / file_name


def shared(name: str) -> dict:
    return load(SHARED, name)


def languages_with(name: str) -> list[str]:
    """The language codes that have a data file of this name, sorted."""
    return sorted(
        path.parent.name
        for path in lang_dir().glob(f"*/{name}.toml")
        if path.parent.name != SHARED
    )
