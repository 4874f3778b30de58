"""The steps of one correction cycle over the corpus documents (what `qantar ls` runs)."""

import json
from pathlib import Path

from .. import corrections
from ..atomic import write_text
from . import config, server
from .export import export_tasks
from .importer import import_export, import_tasks


def documents(annotation_dir=None) -> list[dict]:
    """The corpus documents: automatic layers with the corrected ones of `annotation_dir`
    (default: annotation/) merged in."""
    from ..build import automatic_documents, merge  # late: build imports the whole pipeline

    return merge(automatic_documents(), corrections.load_all(annotation_dir))


def write_export(path, docs=None, annotation_dir=None, with_gold=False) -> int:
    """Write the tasks of the documents to `path` (a file Label Studio imports)."""
    docs = docs if docs is not None else documents(annotation_dir)
    tasks = export_tasks(docs, annotation_dir, with_gold=with_gold)
    write_text(Path(path), json.dumps(tasks, ensure_ascii=False, indent=2) + "\n")
    return len(tasks)


def import_file(path, docs=None, annotation_dir=None):
    return import_export(Path(path), docs if docs is not None else documents(annotation_dir), annotation_dir)


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
    return import_tasks(tasks, docs if docs is not None else documents(annotation_dir), annotation_dir,
                        source=f"{conn.url} project {project!r}")


def write_config(base=None) -> list[Path]:
    return config.write(base)
