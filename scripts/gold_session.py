"""One correction cycle of the seed articles through a real Label Studio server.

The annotators' submissions (annotation/work/<doc_id>.json: the corrected layers of one
article, made by reading the automatic annotation against annotation/GUIDELINES.md) are
submitted as Label Studio annotations, then pulled and imported exactly as `qantar ls pull`
does, so annotation/gold/ holds what the real path produces.

Steps: start a local server (throwaway data dir, loopback, offline settings); push one task
per seed with the automatic layers as predictions; submit each article's corrected layers
through the API as that article's annotation, with every layer marked reviewed (the
annotators checked each layer whole); pull the project and import it into
annotation/ (validated, with the change report); stop the server.

Usage: python scripts/gold_session.py
"""

import json
import sys
import tempfile
from pathlib import Path

from rich.console import Console

from qantar import build
from qantar.labelstudio import local, regions, server, workflow
from qantar.paths import annotation_dir

PROJECT = "qantar-gold"


def main() -> int:
    console = Console()
    work = {path.stem: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((annotation_dir() / "work").glob("*.json"))}
    docs = build.documents()
    with tempfile.TemporaryDirectory(prefix="qantar-ls-") as data_dir:
        ls = local.start(Path(data_dir))
        try:
            conn = server.connect(ls.url, ls.token)
            pushed, _reviewed = workflow.push(ls.url, ls.token, PROJECT, docs=docs, with_gold=True)
            console.print(f"pushed {pushed.imported} tasks to {ls.url} project {PROJECT!r}")
            project = server.find_project(conn, PROJECT)
            tasks = {t.data["doc_id"]: t.id for t in conn.client.tasks.list(project=project.id, fields="task_only")}
            for doc_id, submission in work.items():
                # the annotator reviewed every layer of the article, changed or not
                result = regions.to_results(submission["layers"], reviewed=sorted(submission["layers"]))
                conn.client.annotations.create(tasks[doc_id], result=result, was_cancelled=False,
                                               ground_truth=True, lead_time=0.0)
                console.print(f"submitted {doc_id} by {submission['annotator']}: {len(result)} results")
            report = workflow.pull(ls.url, ls.token, PROJECT, docs=docs)
        finally:
            ls.stop()
    console.print(report.table())
    for note in report.notes():
        console.print(f"note: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
