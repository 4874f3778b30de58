"""Build throughput and memory on synthetic corpora, and one very long article.

Usage: .venv/bin/python scripts/bench_build.py [--sizes 1000 10000] [--modes jobs1 all ray incremental]
                                               [--workdir /tmp/qantar-bench] [--long-article-mb 20]

A synthetic corpus of N articles is the five seed articles (with their gold) and N-5
variants of them: each variant is one seed with its paragraphs shuffled by a seeded random
generator, under an id of its own and with the seed's metadata (so its split comes from
the id hash). Each corpus is built by `qantar build` in a subprocess of its own:

- `jobs1`: --jobs 1, empty cache;
- `all`: --jobs <all cores>, empty cache;
- `ray`: --engine ray (a local Ray runtime on all cores), empty cache;
- `rebuild`: nothing changed since `all`, rebuilt with `all`'s cache;
- `incremental`: one article added after `all`, rebuilt with `all`'s cache.

Run `all` before `rebuild` and `incremental`. The load average before each run is printed with it.

For each: wall time, CPU time (user + system of the build and the processes it waited for;
Ray's own processes are not its children and are missing from it), peak RSS (the sum over
the build's process tree, sampled every 0.2 s) and articles/s. The machine and its load
are printed first: on a shared machine the figures move with other people's work.

`--long-article-mb M` also annotates one article of M MB (seed paragraphs repeated) in a
subprocess and prints how long ingestion and annotation took, wall and CPU time (the process's
threads: lingua's run in parallel), cold start included. Its paragraphs repeat, so each is
language-identified once (qantar.language_id caches paragraphs): an article of as many
different paragraphs spends about 3 ms of CPU more on each.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil

from qantar.articles import HEADER

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("schema", "annotation/kb.json", "annotation/clusters.json", "annotation/gold",
                 "annotation/PROCESS.md", "annotation/consistency-explained.json")


def _seed_entries() -> list[dict]:
    return json.loads((REPO / "seeds" / "metadata.json").read_text(encoding="utf-8"))["documents"]


def _without_header(text: str) -> tuple[str, str]:
    match = HEADER.match(text)
    return (match.group(0), text[match.end():]) if match else ("", text)


def _variant(text: str, rng: random.Random) -> str:
    header, body = _without_header(text)  # the ` date YYYY-MM ` header stays in front
    paragraphs = body.split("\n")
    rng.shuffle(paragraphs)
    return header + "\n".join(p for p in paragraphs if p.strip()) + "\n"


def make_project(root: Path, size: int) -> Path:
    """A project checkout with `size` articles (the seeds and variants of them)."""
    if (root / "seeds" / "metadata.json").exists():
        return root
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        elif source.exists():
            (root / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / part)
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    entries = _seed_entries()
    documents = []
    for entry in entries:
        shutil.copy2(REPO / "seeds" / entry["file"], seeds / entry["file"])
        documents.append(entry)
    texts = [(REPO / "seeds" / e["file"]).read_text(encoding="utf-8") for e in entries]
    for i in range(size - len(entries)):
        add_variant(seeds, documents, entries, texts, i)
    _write_metadata(seeds, documents)
    return root


def add_variant(seeds: Path, documents: list, entries: list, texts: list, i: int) -> None:
    which = i % len(entries)
    doc_id = f"syn{i:07d}_{which}"
    (seeds / f"{doc_id}.txt").write_text(_variant(texts[which], random.Random(i)), encoding="utf-8")
    entry = {k: v for k, v in entries[which].items() if k not in ("split", "outlet_evidence")}
    documents.append({**entry, "id": doc_id, "file": f"{doc_id}.txt"})


def _write_metadata(seeds: Path, documents: list) -> None:
    (seeds / "metadata.json").write_text(json.dumps({"documents": documents}, ensure_ascii=False), encoding="utf-8")


def add_one_article(root: Path) -> None:
    seeds = root / "seeds"
    documents = json.loads((seeds / "metadata.json").read_text(encoding="utf-8"))["documents"]
    entries = _seed_entries()
    texts = [(REPO / "seeds" / e["file"]).read_text(encoding="utf-8") for e in entries]
    add_variant(seeds, documents, entries, texts, 10_000_000 + len(documents))
    _write_metadata(seeds, documents)


class TreeMemory:
    """Peak of the summed RSS of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.2):
        self.process, self.every, self.peak = psutil.Process(pid), every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process] + self.process.children(recursive=True)
                total = 0
                for proc in tree:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            self._stop.wait(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_build(root: Path, cache: Path, output: Path, options: list[str], log: Path) -> dict:
    env = {**os.environ, "QANTAR_ROOT": str(root), "QANTAR_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "qantar.cli", "build", "--output", str(output), *options]
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        memory = TreeMemory(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    peak = memory.stop()
    if status != 0:
        raise SystemExit(f"build failed ({' '.join(options)}), see {log}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": peak}


def long_article(workdir: Path, megabytes: float, timeout: float) -> str:
    texts = [_without_header((REPO / "seeds" / e["file"]).read_text(encoding="utf-8"))[1]
             for e in _seed_entries() if e["language"] == "pl"]
    unit = "\n".join(t.strip() for t in texts) + "\n"
    path = workdir / f"long-{megabytes:g}mb.txt"
    path.write_text(unit * max(1, int(megabytes * 1024 * 1024 / len(unit.encode()))), encoding="utf-8")
    code = textwrap.dedent(f"""
        import time
        from qantar import ingest, pipeline
        t, c = time.perf_counter(), time.process_time()
        doc = ingest.from_file({str(path)!r}, language="pl", dct="2022-01-05")
        t1, c1 = time.perf_counter(), time.process_time()
        pipeline.annotate(doc)
        t2, c2 = time.perf_counter(), time.process_time()
        counts = {{layer: len(doc[layer]) for layer in ("entities", "timexes", "events")}}
        print(f"{{len(doc['text'])}} characters: ingest {{t1 - t:.1f}} s (CPU {{c1 - c:.1f}} s), "
              f"annotate {{t2 - t1:.1f}} s (CPU {{c2 - c1:.1f}} s), {{counts}}")
    """)
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"not finished in {timeout:g} s"
    return done.stdout.strip() or done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--modes", nargs="+", default=["jobs1", "all", "ray", "rebuild", "incremental"],
                        choices=["jobs1", "all", "ray", "rebuild", "incremental"])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/qantar-bench"))
    parser.add_argument("--long-article-mb", type=float, default=0)
    parser.add_argument("--long-article-timeout", type=float, default=900, help="seconds (default 900)")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    print(f"{cores} cores, load average {os.getloadavg()[0]:.1f} at the start, "
          f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM", flush=True)
    options = {"jobs1": ["--jobs", "1"], "all": ["--jobs", str(cores)], "ray": ["--engine", "ray", "--jobs", str(cores)],
               "rebuild": ["--jobs", str(cores)], "incremental": ["--jobs", str(cores)]}
    labels = {"rebuild": "rebuild, nothing changed (cache of `all`)",
              "incremental": "incremental (+1 article, cache of `all`)"}
    print("| articles | run | wall (s) | CPU (s) | peak RSS (MiB) | articles/s | load before |\n"
          "|---|---|---|---|---|---|---|", flush=True)
    for size in args.sizes:
        root = make_project(args.workdir / f"corpus-{size}", size)
        for mode in args.modes:
            cache = args.workdir / f"cache-{size}-{'all' if mode in labels else mode}"
            if mode == "incremental":
                add_one_article(root)
            elif mode not in labels:
                shutil.rmtree(cache, ignore_errors=True)
            load = os.getloadavg()[0]
            figures = run_build(root, cache, args.workdir / f"out-{size}-{mode}", options[mode],
                                args.workdir / f"log-{size}-{mode}.txt")
            built = len(json.loads((root / "seeds" / "metadata.json").read_text(encoding="utf-8"))["documents"])
            label = labels.get(mode, " ".join(options[mode]))
            print(f"| {built} | {label} | {figures['wall']:.1f} | {figures['cpu']:.1f} | "
                  f"{figures['rss'] / 2**20:.0f} | {built / figures['wall']:.1f} | {load:.1f} |", flush=True)
    if args.long_article_mb:
        print(f"\nlong article ({args.long_article_mb:g} MB): {long_article(args.workdir, args.long_article_mb, args.long_article_timeout)}")


if __name__ == "__main__":
    main()
