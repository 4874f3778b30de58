"""What the automatic annotation of a document depends on besides its text and metadata,
as hashes: the annotation code (the modules ingestion and the annotators import, found by
reading their imports, so that editing the card or the writer keeps the cache) and shared
knowledge (knowledge base, taxonomy, `xx` data files,
the list of language data files, the versions of the morphology and language-detection
packages), and each language's data files apart, so that a change to Polish rules
re-annotates only documents with Polish paragraphs."""

import ast
import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .. import langdata, pipeline
from ..paths import annotation_dir, lang_dir, schema_dir

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Packages whose data or models change automatic annotations.
DEPENDENCIES = ("morfeusz2", "lingua-language-detector")
# Project files every document's annotation reads.
SHARED_PROJECT_FILES = ("annotation/kb.json", "annotation/clusters.json", "schema/taxonomy.toml")
# Where the annotation code starts: ingestion, the layers, knowledge withholding.
ROOT_MODULES = ("qantar.ingest", "qantar.pipeline", "qantar.holdout",
                *(path.split(":")[0] for _layer, path in pipeline.AUTOMATIC_LAYERS))


def _module_file(name: str) -> Path | None:
    base = _PACKAGE_DIR.joinpath(*name.split(".")[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path, name: str) -> set[str]:
    """The qantar modules a module imports anywhere in its code (function-level too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return {m for m in found if m == "qantar" or m.startswith("qantar.")}


def annotation_code() -> list[Path]:
    """The source files of every qantar module the annotation code reaches."""
    seen, todo, files = set(), list(ROOT_MODULES), []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(name)
        if path is not None:
            files.append(path)
            todo += _imports(path, name)
    return sorted(set(files))


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
    output: str = ""  # everything else that shapes a document's rows: all code, the schemas

    def language(self, code: str) -> str:
        return self.languages.get(code, "")  # "" for a language without data files

    @classmethod
    def compute(cls, lang_root: Path | None = None, project_files: dict[str, Path] | None = None) -> "KnowledgeVersion":
        lang_root = Path(lang_root or lang_dir())
        digest = _hash_files(annotation_code(), _PACKAGE_DIR)
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
        output = _hash_files(_PACKAGE_DIR.rglob("*.py"), _PACKAGE_DIR)
        output.update(digest.digest())
        schemas = Path(files.get("schema/taxonomy.toml", _project_file("schema/taxonomy.toml"))).parent
        _hash_files(schemas.glob("*.json"), schemas, output)
        return cls(digest.hexdigest(), languages, output.hexdigest())


def _project_file(name: str) -> Path:
    top, rest = name.split("/", 1)
    return {"annotation": annotation_dir(), "schema": schema_dir()}[top] / rest
