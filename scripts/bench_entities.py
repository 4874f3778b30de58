"""Benchmark of the entity annotator: throughput (characters per second, one core), peak
memory, cold start (imports, knowledge base, gazetteers, morphology) measured apart, and
the load time and memory of each part of the knowledge (the generated KB above all).

Usage: .venv/bin/python scripts/bench_entities.py [--repeat 20] [--keep-caches]

Documents are ingested first and not timed. Each timed pass annotates the five seeds;
unless --keep-caches, the per-word caches (folding, morphological analyses) are cleared
before each pass so that repeating the same texts does not flatter the figure.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc

COLD = r"""
import json, resource, time, tracemalloc
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
from qantar import seeds
docs = seeds.ingest_seeds()
t1 = time.perf_counter()
rss_before = rss()
tracemalloc.start()
from qantar.entities.annotator import annotate
for doc in docs:
    annotate(doc)
t2 = time.perf_counter()
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"ingest_s": t1 - t0, "cold_annotate_s": t2 - t1,
                  "tracemalloc_peak_mb_cold_annotate": peak / 2**20,
                  "maxrss_mb_after_ingest": rss_before, "maxrss_mb_after_annotate": rss()}))
"""


KNOWLEDGE = r"""
import json, resource, sys, time, tracemalloc
traced = sys.argv[1] == "memory"   # tracemalloc slows loading: time and memory in two runs
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from qantar import kb
from qantar.entities import names, words
parts = {
    "generated name index (annotation)": names._generated,
    "curated KB + aliases index (annotation)": lambda: names.index(),
    "first names (annotation)": words.first_names,
    "whole KB entries, curated + generated (validation, build)": kb.load,
}
out = {}
for label, load in parts.items():
    if traced:
        tracemalloc.start()
    before = rss()
    start = time.perf_counter()
    load()
    seconds = time.perf_counter() - start
    if traced:
        out[label] = {"python_heap_mb": round(tracemalloc.get_traced_memory()[0] / 2**20, 1)}
        tracemalloc.stop()
    else:
        out[label] = {"load_s": round(seconds, 3), "maxrss_growth_mb": round(rss() - before, 1)}
print(json.dumps(out))
"""


def knowledge_cost() -> dict:
    """Each part of the knowledge loaded in turn in a fresh interpreter: seconds, memory it
    keeps on the Python heap (tracemalloc), and growth of the peak resident size."""
    report = {}
    for mode in ("time", "memory"):
        out = subprocess.run([sys.executable, "-c", KNOWLEDGE, mode], capture_output=True, text=True, check=True)
        for label, figures in json.loads(out.stdout.strip().splitlines()[-1]).items():
            report.setdefault(label, {}).update(figures)
    return report


def cold_start() -> dict:
    """Ingest then the first annotation of the seeds, in a fresh interpreter. The first
    annotation pays for importing morfeusz2, validating the KB and building the gazetteers
    (tracemalloc is on during it, which slows it a little)."""
    out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


PER_WORD_CACHE = 10_000   # caches at least this large hold per-word answers, smaller ones data files


def _clear_word_caches() -> None:
    from qantar import langdata, lexicon, morphology
    from qantar.entities import evidence, names, text, words

    for module in (morphology, lexicon, words, names, evidence, text):
        for obj in vars(module).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and (info().maxsize or 0) >= PER_WORD_CACHE:
                obj.cache_clear()
    for language in langdata.languages_with("entities"):
        morph = morphology.for_language(language).analyser
        if morph is not None:
            morph.analyse.cache_clear()


def warm(repeat: int, keep_caches: bool) -> dict:
    from qantar import seeds
    from qantar.entities.annotator import annotate

    docs = seeds.ingest_seeds()
    for doc in docs:          # warm-up: KB, gazetteers, morphology loaded
        annotate(doc)
    chars = sum(len(doc["text"]) for doc in docs)
    mentions = 0
    elapsed = 0.0
    tracemalloc.start()
    for _ in range(repeat):
        if not keep_caches:
            _clear_word_caches()
        start = time.process_time()       # CPU time of this process: one core
        for doc in docs:
            mentions += len(annotate(doc))
        elapsed += time.process_time() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "chars_per_pass": chars,
        "passes": repeat,
        "chars_per_s": chars * repeat / elapsed,
        "mentions_per_pass": mentions // repeat,
        "tracemalloc_peak_mb_during_annotation": peak / 2**20,
        "maxrss_mb_process": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep-caches", action="store_true")
    args = parser.parse_args()
    report = {"knowledge": knowledge_cost(), "cold_start": cold_start(),
              "warm": warm(args.repeat, args.keep_caches), "keep_caches": args.keep_caches}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
