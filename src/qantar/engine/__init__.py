"""One per-document function, several engines.

An article list (`articles`) is mapped by `document.process` (ingest, annotate through the
cache, merge gold, validate, rows) serially, by a process pool on one machine (`local`) or
by Ray Data on a cluster (`ray_engine`); the results come back in article order, so every
engine writes the same corpus byte for byte.
"""

ENGINES = ("local", "ray")
