"""Check an annotator's corrected layers (annotation/work/<doc_id>.json) before they go
to Label Studio: validation problems, and a listing of every annotation.

Usage: python scripts/check_gold_work.py DOC_ID [--list]
"""

import argparse
import copy
import json
import sys

from qantar import kb, pipeline, seeds, validate
from qantar.paths import annotation_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("doc_id")
    parser.add_argument("--list", action="store_true", help="print every annotation")
    args = parser.parse_args()
    path = annotation_dir() / "work" / f"{args.doc_id}.json"
    work = json.loads(path.read_text(encoding="utf-8"))
    [doc] = [d for d in seeds.ingest_seeds() if d["id"] == args.doc_id]
    auto = pipeline.annotate(copy.deepcopy(doc))
    for layer, annotations in work["layers"].items():
        doc[layer] = annotations
    for layer in ("entities", "timexes", "events"):
        if layer not in work["layers"]:
            doc[layer] = auto[layer]
    kb_ids = kb.load().ids() | {e["id"] for e in work.get("kb_additions", [])}
    clusters = {c["id"] for c in json.loads((annotation_dir() / "clusters.json").read_text())["clusters"]}
    clusters |= {c["id"] for c in work.get("cluster_additions", [])}
    problems = [str(p) for p in validate.validate_document(doc, file=str(path), kb_ids=kb_ids)]
    problems += [f"{path}: event {e['id']}: unknown cluster {e['cluster']!r}"
                 for e in doc["events"] if e["cluster"] and e["cluster"] not in clusters]
    for layer in ("entities", "timexes", "events"):
        gold = {a["id"] for a in doc[layer]}
        silver = {a["id"] for a in auto[layer]}
        print(f"{layer}: {len(gold)} corrected ({len(gold - silver)} not in the automatic layer, "
              f"{len(silver - gold)} automatic ones removed)")
    if args.list:
        for layer in ("entities", "timexes", "events"):
            for a in doc[layer]:
                extra = {"entities": lambda: f"{a['type']} {a['kb_id']}",
                         "timexes": lambda: f"{a['type']} {a['value']} mod={a['mod']}",
                         "events": lambda: f"{a['type']} {a['realis']} cluster={a['cluster']} "
                                           + ", ".join(f"{g['role']}={g['ref']}" for g in a["arguments"])}[layer]()
                print(f"  {a['id']:<14} {a['text']!r:<40} {extra}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
