"""Event layer throughput against article length: the seed articles joined into one article
of growing size, annotated by the entity and time layers first, then timed in the event
layer alone on one core. Constant characters per second mean the layer is linear in the
article's length (its entity-overlap test is an interval index, not a scan of every entity
per candidate trigger).

Usage: .venv/bin/python scripts/bench_events_long.py [--sizes 1 4 16 64]
"""

import argparse
import os
import time

from qantar import ingest, pipeline, seeds
from qantar.events import annotator

DCT = {"value": "2022-01-06", "source": "inferred", "evidence": "benchmark"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16, 64])
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    base = "\n\n".join(doc["text"] for doc in seeds.ingest_seeds())
    print("copies  chars      entities  events  seconds  chars/s")
    for copies in args.sizes:
        doc = ingest.from_text("\n\n".join([base] * copies), "long", "long.txt", language="pl", dct=DCT)
        for layer, path in pipeline.AUTOMATIC_LAYERS[:-1]:
            doc[layer] = pipeline.annotator(path)(doc)
        annotator.annotate(doc)  # warm: data files and word caches
        start = time.perf_counter()
        events = annotator.annotate(doc)
        took = time.perf_counter() - start
        print(f"{copies:>6}  {len(doc['text']):>9,}  {len(doc['entities']):>8}  {len(events):>6}  {took:>7.2f}  {len(doc['text']) / took:>9,.0f}")


if __name__ == "__main__":
    main()
