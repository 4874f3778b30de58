"""Where the project's files are: the checkout that holds schema/, seeds/, annotation/."""

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The project checkout: $QANTAR_ROOT, else the directory above src/ of this package."""
    env = os.environ.get("QANTAR_ROOT")
    if env:
        return Path(env).resolve()
    return _PACKAGE_DIR.parent.parent


def schema_dir() -> Path:
    return project_root() / "schema"


def seeds_dir() -> Path:
    return project_root() / "seeds"


def annotation_dir() -> Path:
    return project_root() / "annotation"


def corpus_dir() -> Path:
    return project_root() / "corpus"


# The file that marks a directory as written by `qantar build` (which replaces it whole); here
# rather than in build.py so that the recovery every command starts with imports no build code.
MARKER = ".qantar-corpus"


def lang_dir() -> Path:
    """Per-language data files, one folder per ISO 639-1 code (and `xx` for shared data)."""
    return _PACKAGE_DIR / "lang"
