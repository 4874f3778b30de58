#!/usr/bin/env python3
"""Time every `qantar export` format and `qantar show --all` on a synthetic corpus.

The corpus is made as in scripts/bench_build.py (the seeds and shuffled variants of them),
built once with all cores, then each export runs in a fresh process; the table gives wall
time, peak RSS and documents per second.

    python scripts/bench_exports.py --size 1000 [--workdir /tmp/qantar-bench-exports]
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_build  # noqa: E402  (the synthetic corpus maker beside this script)

from qantar import exports  # noqa: E402


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one command run to completion in its own process."""
    start = time.perf_counter()
    pid = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    if status:
        raise SystemExit(f"{' '.join(command)} failed (status {status})")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/qantar-bench-exports"))
    args = parser.parse_args()
    root = bench_build.make_project(args.workdir / f"n{args.size}", args.size)
    env = {**os.environ, "QANTAR_ROOT": str(root), "QANTAR_CACHE_DIR": str(args.workdir / "cache")}
    qantar = [sys.executable, "-m", "qantar.cli"]
    corpus = root / "corpus"
    wall, _ = timed(qantar + ["build", "--output", str(corpus)], env)
    table = Table(title=f"exports of a synthetic corpus of {args.size} articles (built in {wall:.0f} s)")
    for column in ("command", "wall (s)", "peak RSS (MiB)", "articles/s"):
        table.add_column(column)
    for name in exports.FORMATS:
        wall, rss = timed(qantar + ["export", "--format", name, "--corpus", str(corpus),
                                    "--output", str(args.workdir / f"out-{name}")], env)
        table.add_row(f"export --format {name}", f"{wall:.1f}", f"{rss:.0f}", f"{args.size / wall:.0f}")
    wall, rss = timed(qantar + ["show", "--all", "--corpus", str(corpus), "--html", str(args.workdir / "site")], env)
    table.add_row("show --all", f"{wall:.1f}", f"{rss:.0f}", f"{args.size / wall:.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
