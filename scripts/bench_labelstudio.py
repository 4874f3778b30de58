#!/usr/bin/env python3
"""Push and pull timings for N Label Studio tasks (default 1000) against a local server.

The tasks are the seed documents with their automatic layers, copied under new ids, each
with its layers also as a corrected annotation (pushed `--with-gold`), so the pull brings
back N annotated tasks; then the same documents as a queue to review (predictions only).
Starts its own server (scripts/setup_label_studio.py first) on 127.0.0.1 and stops it.

    .venv/bin/python scripts/bench_labelstudio.py [--tasks 1000]
"""

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

from qantar import corrections
from qantar.atomic import write_text
from qantar.labelstudio import export_tasks, import_tasks, local, server, workflow
from qantar.paths import project_root


def documents(count: int, annotation_dir: Path) -> list[dict]:
    """`count` documents cycling over the seeds, each with a gold file of its layers."""
    seeds = workflow.documents()
    docs = []
    for i in range(count):
        doc = copy.deepcopy(seeds[i % len(seeds)])
        doc["id"] = f"{doc['id']}-{i:05d}"
        layers = {layer: [{**a, "status": "gold", "source": "label-studio:bench@example.com", "confidence": None}
                          for a in doc[layer]] for layer in ("entities", "timexes", "events")}
        write_text(corrections.gold_dir(annotation_dir) / f"{doc['id']}.json", corrections.render(
            {"doc_id": doc["id"], "text_sha256": corrections.text_sha256(doc["text"]), "layers": layers}))
        docs.append(doc)
    return docs


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1000)
    n = parser.parse_args().tasks
    with tempfile.TemporaryDirectory(prefix="qantar-ls-bench-") as tmp:
        tmp = Path(tmp)
        docs = timed(f"prepare {n} documents and gold files", documents, n, tmp / "annotation")
        template = timed("migrated data dir (cached after first run)", local.migrated_template,
                         project_root() / ".cache" / "label-studio-template-1.23.2")
        ls = timed("start server from the migrated data dir", local.start, tmp / "server", template=template)
        try:
            conn = server.connect(ls.url, ls.token)
            tasks = timed(f"export_tasks ({n} tasks, with gold)", export_tasks, docs, tmp / "annotation", with_gold=True)
            result = timed(f"push (create project, import {n} tasks)", server.push, tasks, conn, "bench")
            assert result.imported == n, result
            timed(f"push again ({n} tasks already there)", server.push, tasks, conn, "bench")
            pulled = timed(f"pull ({n} annotated tasks)", server.pull, conn, "bench")
            assert len(pulled) == n and all(t["annotations"] for t in pulled)
            report = timed("import (round trip, nothing changes)", import_tasks, pulled, docs, tmp / "annotation")
            assert report.written == [], "round trip changed gold files"
            print(f"{sum(len(t['annotations'][0]['result']) for t in pulled)} results pulled")
            queue = timed(f"export_tasks ({n} tasks to review)", export_tasks, docs, tmp / "no-gold")
            result = timed(f"push (create project, {n} tasks with predictions)", server.push, queue, conn, "bench-queue")
            assert result.imported == n, result
        finally:
            ls.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
