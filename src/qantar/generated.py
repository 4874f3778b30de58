"""Files derived from the taxonomy and committed to the repository, and their staleness check.

Each producer returns {path: expected content}; `qantar generate` writes them and
`qantar generate --check` (and the test suite) fails when one is out of date.
"""

from importlib import import_module
from pathlib import Path

from .atomic import write_text

PRODUCERS = (
    "qantar.schemas:generated_files",
    "qantar.labelstudio.config:generated_files",
)


def expected() -> dict[Path, str]:
    out = {}
    for path in PRODUCERS:
        module, function = path.split(":")
        out.update(getattr(import_module(module), function)())
    return out


def stale() -> list[Path]:
    """Generated files whose content on disk differs from what the taxonomy gives."""
    return sorted(
        path for path, content in expected().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != content
    )


def write() -> list[Path]:
    """Write the stale generated files; returns them."""
    changed = stale()
    contents = expected()
    for path in changed:
        write_text(path, contents[path])
    return changed
