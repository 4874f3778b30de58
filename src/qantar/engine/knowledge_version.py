"""What the automatic annotation of a document depends on besides its text and metadata,
as hashes: the engine code and shared knowledge (knowledge base, taxonomy, `xx` data files,
the list of language data files, the versions of the morphology and language-detection
packages), and each language's data files apart, so that a change to Polish rules
re-annotates only documents with Polish paragraphs."""

import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .. import langdata
from ..paths import annotation_dir, lang_dir, schema_dir

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Packages whose data or models change automatic annotations.
DEPENDENCIES = ("morfeusz2", "lingua-language-detector")
# Project files every document's annotation reads.
SHARED_PROJECT_FILES = ("annotation/kb.json", "annotation/clusters.json", "schema/taxonomy.toml")


def _hash_files(files, root: Path, digest=None):
    digest = digest or hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(missing)")
        digest.update(b"\0")
    return digest


@dataclass(frozen=True)
class KnowledgeVersion:
    shared: str
    languages: dict[str, str]  # language code -> hash of lang/<code>/*

    def language(self, code: str) -> str:
        return self.languages.get(code, "")  # "" for a language without data files

    @classmethod
    def compute(cls, lang_root: Path | None = None, project_files: dict[str, Path] | None = None) -> "KnowledgeVersion":
        lang_root = Path(lang_root or lang_dir())
        digest = _hash_files(_PACKAGE_DIR.rglob("*.py"), _PACKAGE_DIR)
        files = project_files or {name: _project_file(name) for name in SHARED_PROJECT_FILES}
        for name, path in sorted(files.items()):
            digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"(missing)"))
        for package in DEPENDENCIES:
            digest.update(f"{package}=={metadata.version(package)}\0".encode())
        # The list of data files (a new language's text.toml changes language detection).
        digest.update("\n".join(sorted(str(p.relative_to(lang_root)) for p in lang_root.rglob("*.toml"))).encode())
        _hash_files((lang_root / langdata.SHARED).glob("*.toml"), lang_root, digest)
        languages = {folder.name: _hash_files(folder.glob("*.toml"), lang_root).hexdigest()
                     for folder in sorted(lang_root.iterdir()) if folder.is_dir() and folder.name != langdata.SHARED}
        return cls(digest.hexdigest(), languages)


def _project_file(name: str) -> Path:
    top, rest = name.split("/", 1)
    return {"annotation": annotation_dir(), "schema": schema_dir()}[top] / rest
