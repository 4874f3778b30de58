"""The steps of one correction cycle over the corpus documents (what `qantar ls` runs)."""

import json
from collections.abc import Mapping
from pathlib import Path

from .. import corrections
from ..atomic import write_text
from . import config, server
from .export import export_tasks, iter_tasks
from .importer import import_export, import_tasks
from .task_files import write_tasks


def documents(annotation_dir=None) -> list[dict]:
    """The corpus documents: automatic layers with the corrected ones of `annotation_dir`
    (default: annotation/) merged in (held in memory: for small corpora and tests)."""
    from ..build import automatic_documents, merge  # late: build imports the whole pipeline

    return merge(automatic_documents(), corrections.load_all(annotation_dir))


class CorpusDocuments(Mapping):
    """The corpus documents by id, each annotated (through the cache) and merged with its
    corrections only when asked for: an import reads the documents of its tasks alone."""

    def __init__(self, annotation_dir=None):
        from ..build import Run  # late: build imports the whole pipeline
        from ..engine.articles import seed_articles

        self._gold = corrections.load_all(annotation_dir)
        self._articles = {a.id: a for a in seed_articles(self._gold)}
        self._settings = Run().settings()

    def __getitem__(self, doc_id: str) -> dict:
        from ..build import merge
        from ..engine.document import annotate_article

        doc = annotate_article(self._articles[doc_id], self._settings).doc
        return merge([doc], {doc_id: self._gold[doc_id]} if doc_id in self._gold else {})[0]

    def __iter__(self):
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)


def write_export(path, docs=None, annotation_dir=None, with_gold=False, chunk: int | None = None) -> tuple[int, list[Path]]:
    """Write the tasks of the documents (default: the corpus, one document at a time) to
    `path` (task_files: a JSON list, JSON Lines, or chunks of `chunk` tasks); (tasks, files)."""
    if docs is None:
        from ..build import iter_documents

        docs = iter_documents(corrections.load_all(annotation_dir))
    return write_tasks(Path(path), iter_tasks(docs, annotation_dir, with_gold=with_gold), chunk)


def import_file(path, docs=None, annotation_dir=None):
    """Import an export file, one task at a time, reading only the documents it names."""
    return import_export(Path(path), docs if docs is not None else CorpusDocuments(annotation_dir), annotation_dir)


def push(url=None, token=None, project=server.DEFAULT_PROJECT, docs=None, annotation_dir=None,
         with_gold=False, annotators=None) -> tuple[server.PushResult, int]:
    """(what the server did, how many documents were left out as fully reviewed)."""
    docs = docs if docs is not None else documents(annotation_dir)
    tasks = export_tasks(docs, annotation_dir, with_gold=with_gold)
    result = server.push(tasks, server.connect(url, token), project, annotators)
    return result, len(docs) - len(tasks)


def pull(url=None, token=None, project=server.DEFAULT_PROJECT, docs=None, annotation_dir=None, save=None):
    """Pull the project's annotations, optionally keep the raw export in `save`, import them."""
    conn = server.connect(url, token)
    tasks = server.pull(conn, project)
    if save:
        write_text(Path(save), json.dumps(tasks, ensure_ascii=False, indent=2) + "\n")
    return import_tasks(tasks, docs if docs is not None else CorpusDocuments(annotation_dir), annotation_dir,
                        source=f"{conn.url} project {project!r}")


def write_config(base=None) -> list[Path]:
    return config.write(base)
