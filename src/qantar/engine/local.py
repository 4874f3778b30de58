"""The engines of one machine: serial, or a pool of worker processes.

The pool keeps a bounded number of chunks in flight and hands results back in article
order, so memory does not grow with the corpus and the output does not depend on the
number of workers.
"""

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from .document import Settings

CHUNK = 8  # articles per task: amortises the inter-process round trip
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: keeps workers busy, bounds memory


def all_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _map_chunk(function, chunk, settings: Settings) -> list:
    return [function(article, settings) for article in chunk]


def run(function, articles, settings: Settings, jobs: int):
    """`function(article, settings)` of every article, in order; `function` must be
    importable by name (the workers unpickle it)."""
    if jobs <= 1:
        for article in articles:
            yield function(article, settings)
        return
    chunks = iter(lambda it=iter(articles): list(islice(it, CHUNK)), [])
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = deque()
        for chunk in islice(chunks, jobs * IN_FLIGHT_PER_WORKER):
            pending.append(pool.submit(_map_chunk, function, chunk, settings))
        while pending:
            results = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_map_chunk, function, chunk, settings))
            yield from results
