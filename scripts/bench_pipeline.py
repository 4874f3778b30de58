"""Throughput of the automatic annotation pipeline on one core, per layer and in total.

Usage: .venv/bin/python scripts/bench_pipeline.py [--repeat 20]

Runs every layer of qantar.pipeline.AUTOMATIC_LAYERS over the ingested seed articles, in
pipeline order. The first pass of each layer is the cold start (imports, data files,
analyser dictionaries, empty caches) and is reported on its own; the warm figure is the
median of --repeat further passes, in characters of article text per second. Warm passes
re-read the same five articles, so per-word caches are hot: expect new text to run slower
than the warm figure and faster than the cold one.
"""

import argparse
import os
import statistics
import time

from qantar import pipeline, seeds


def _one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def _pass(function, docs, layer) -> float:
    start = time.perf_counter()
    for doc in docs:
        doc[layer] = function(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="warm passes per layer (default 20)")
    args = parser.parse_args()
    pinned = _one_core()
    start = time.perf_counter()
    docs = seeds.ingest_seeds()
    ingest_s = time.perf_counter() - start
    chars = sum(len(doc["text"]) for doc in docs)
    print(f"{len(docs)} seed documents, {chars} characters; {pinned}; ingest {ingest_s:.2f} s (not counted)")
    print(f"{'layer':<10} {'cold s':>8} {'warm ms/pass':>13} {'warm chars/s':>13}")
    cold_total = warm_total = 0.0
    for layer, path in pipeline.AUTOMATIC_LAYERS:
        start = time.perf_counter()
        function = pipeline.annotator(path)  # importing the layer is part of its cold start
        cold = time.perf_counter() - start + _pass(function, docs, layer)
        warm = statistics.median(_pass(function, docs, layer) for _ in range(args.repeat))
        cold_total, warm_total = cold_total + cold, warm_total + warm
        print(f"{layer:<10} {cold:>8.2f} {warm * 1000:>13.1f} {chars / warm:>13,.0f}")
    print(f"{'total':<10} {cold_total:>8.2f} {warm_total * 1000:>13.1f} {chars / warm_total:>13,.0f}")


if __name__ == "__main__":
    main()
