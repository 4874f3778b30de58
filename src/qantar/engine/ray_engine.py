"""The cluster engine: Ray Data maps the per-document function over the article list.

Needs the optional extra (`pip install 'qantar[ray]'`). Without an address a local Ray
runtime is started for the build and stopped after it; with one (`ray://host:10001` or
`auto`) the build runs on that cluster, whose nodes need qantar installed and the
article files, the project checkout and the cache directory at the same paths (a shared
file system). Results come back in article order (`preserve_order`) and the driver
writes the Parquet shards, so the corpus is byte-identical to a local build.
"""

import os
import pickle

import numpy as np

from ..errors import QantarError
from .document import Settings

BATCH = 8  # articles per Ray task
# The object store of a local runtime: results are a few hundred kB per batch; Ray's
# default (30% of the RAM) lets Ray Data run far ahead of the writer and fill it.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


def _map_batch(batch: dict, function, settings: Settings) -> dict:
    results = [pickle.dumps(function(pickle.loads(item), settings)) for item in batch["article"]]
    return {"result": np.array(results, dtype=object)}


def run(function, articles, settings: Settings, jobs: int, address: str | None = None):
    """`function(article, settings)` of every article, in order, computed by Ray tasks."""
    try:
        import ray
    except ImportError as exc:
        raise QantarError("the Ray engine needs the optional extra: pip install 'qantar[ray]'") from exc
    started = not ray.is_initialized()
    if started:
        env = {name: os.environ[name] for name in ("QANTAR_ROOT", "QANTAR_CACHE_DIR") if name in os.environ}
        ray.init(address=address, num_cpus=None if address else jobs, include_dashboard=False,
                 object_store_memory=None if address else LOCAL_OBJECT_STORE_BYTES,
                 log_to_driver=False, configure_logging=False, runtime_env={"env_vars": env} if env else None)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        items = ray.data.from_items([{"article": pickle.dumps(article)} for article in articles])
        mapped = items.map_batches(_map_batch, batch_size=BATCH, batch_format="numpy",
                                   fn_kwargs={"function": function, "settings": settings})
        for batch in mapped.iter_batches(batch_size=None, batch_format="numpy"):
            for item in batch["result"]:
                yield pickle.loads(item)
    finally:
        if started:
            ray.shutdown()
