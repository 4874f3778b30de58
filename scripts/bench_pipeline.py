"""Throughput of the automatic annotation pipeline on one core, per layer and in total.

Usage: .venv/bin/python scripts/bench_pipeline.py [--repeat 20]

Runs every layer of qantar.pipeline.AUTOMATIC_LAYERS over the ingested seed articles, in
pipeline order. The first pass of each layer is the cold start (imports, data files,
analyser dictionaries, empty caches) and is reported on its own; the warm figure is the
median of --repeat further passes, in characters of article text per second. Warm passes
re-read the same five articles, so per-word caches are hot: expect new text to run slower
than the warm figure and faster than the cold one. Each figure is given twice: wall time,
and CPU time of this process (what one core spends; a busy shared machine inflates the
wall time, not this).
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


def _pass(function, docs, layer) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one pass of `layer` over `docs`."""
    start, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        doc[layer] = function(doc)
    return time.perf_counter() - start, time.process_time() - cpu


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
    print(f"{'layer':<10} {'cold s':>8} {'cold cpu s':>10} {'warm ms/pass':>13} {'warm chars/s':>13} "
          f"{'cpu ms/pass':>12} {'cpu chars/s':>12}")
    totals = [0.0] * 4
    for layer, path in pipeline.AUTOMATIC_LAYERS:
        start, cpu = time.perf_counter(), time.process_time()
        function = pipeline.annotator(path)  # importing the layer is part of its cold start
        _pass(function, docs, layer)
        cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
        passes = [_pass(function, docs, layer) for _ in range(args.repeat)]
        warm = statistics.median(p[0] for p in passes)
        warm_cpu = statistics.median(p[1] for p in passes)
        figures = (cold, cold_cpu, warm, warm_cpu)
        totals = [t + f for t, f in zip(totals, figures)]
        print(_row(layer, figures, chars))
    print(_row("total", totals, chars))


def _row(name: str, figures, chars: int) -> str:
    cold, cold_cpu, warm, warm_cpu = figures
    return (f"{name:<10} {cold:>8.2f} {cold_cpu:>10.2f} {warm * 1000:>13.1f} {chars / warm:>13,.0f} "
            f"{warm_cpu * 1000:>12.1f} {chars / warm_cpu:>12,.0f}")


if __name__ == "__main__":
    main()
