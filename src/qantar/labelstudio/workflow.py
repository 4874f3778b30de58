"""The steps of one correction cycle over the corpus documents (what `qantar ls` runs)."""

import json
from pathlib import Path

from ..atomic import write_text
from . import config, server
from .export import export_tasks
from .importer import import_export, import_tasks


def documents() -> list[dict]:
    """The corpus documents: automatic layers with the corrected ones merged in."""
    from ..build import documents as built  # late: build imports the whole pipeline

    return built()


def write_export(path, docs=None, annotation_dir=None) -> int:
    """Write the tasks of every document to `path` (a file Label Studio imports)."""
    tasks = export_tasks(docs if docs is not None else documents(), annotation_dir)
    write_text(Path(path), json.dumps(tasks, ensure_ascii=False, indent=2) + "\n")
    return len(tasks)


def import_file(path, docs=None, annotation_dir=None):
    return import_export(Path(path), docs if docs is not None else documents(), annotation_dir)


def push(url=None, token=None, project=server.DEFAULT_PROJECT, docs=None, annotation_dir=None) -> server.PushResult:
    tasks = export_tasks(docs if docs is not None else documents(), annotation_dir)
    return server.push(tasks, server.connect(url, token), project)


def pull(url=None, token=None, project=server.DEFAULT_PROJECT, docs=None, annotation_dir=None, save=None):
    """Pull the project's annotations, optionally keep the raw export in `save`, import them."""
    conn = server.connect(url, token)
    tasks = server.pull(conn, project)
    if save:
        write_text(Path(save), json.dumps(tasks, ensure_ascii=False, indent=2) + "\n")
    return import_tasks(tasks, docs if docs is not None else documents(), annotation_dir,
                        source=f"{conn.url} project {project!r}")


def write_config(base=None) -> list[Path]:
    return config.write(base)
