"""The per-document function every engine maps: article -> everything the build needs of it.

Runs in whichever process (or cluster node) the engine chooses, so it takes and returns
only picklable values and reads its inputs itself.
"""

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import clusters, corpus_arrow, corrections, holdout, ingest, kb, pipeline, validate
from ..card_stats import DocumentStats
from . import cache
from .articles import Article
from .knowledge_version import KnowledgeVersion


@dataclass(frozen=True)
class Settings:
    version: KnowledgeVersion
    cache_dir: str | None  # None: annotate everything, cache nothing


@dataclass
class Annotated:
    doc: dict  # the automatic layers only
    knowledge: list[str]  # keys of the knowledge used (empty when annotated with knowledge withheld)
    from_cache: bool


@dataclass
class DocumentResult:
    id: str
    split: str
    tables: dict  # config -> the document's rows, an Arrow IPC stream (corpus_arrow)
    stats: DocumentStats
    knowledge: list[str]
    auto: dict | None  # the automatic document, kept only when gold layers replace some of it
    problems: list = field(default_factory=list)
    from_cache: bool = False


def _annotation_key(article: Article, settings: Settings, withheld: frozenset) -> str:
    raw = Path(article.path).read_bytes() if Path(article.path).is_file() else b""
    return cache.key(raw, article.metadata(), withheld, settings.version)


def annotate_article(article: Article, settings: Settings, withheld: frozenset = frozenset(),
                     entry_key: str | None = None) -> Annotated:
    """The article ingested and automatically annotated (with `withheld` knowledge keys
    withheld), from the cache when nothing it depends on changed."""
    store = cache.DocumentCache(settings.cache_dir)
    entry_key = entry_key or _annotation_key(article, settings, withheld)
    entry = store.get(entry_key, settings.version)
    if entry is not None:
        return Annotated(entry["doc"], entry["knowledge"], True)
    doc = ingest.from_file(article.path, doc_id=article.id, source_file=article.source_file,
                           language=article.language, outlet=article.outlet, dct=article.dct)
    with holdout.withholding(withheld):
        used = pipeline.annotate_with_knowledge(doc)
    knowledge = [] if withheld else sorted(used)
    store.put(entry_key, settings.version, doc, knowledge)
    return Annotated(doc, knowledge, False)


def annotate_only(article: Article, settings: Settings) -> Annotated:
    """The per-document function of passes that need only the automatic layers."""
    return annotate_article(article, settings)


def annotate_document(doc: dict, settings: Settings) -> dict:
    """An ingested document (layers empty) annotated, through the cache (keyed by its text
    and metadata instead of a file)."""
    metadata = {k: v for k, v in doc.items() if k not in ("text", "segments", "sentences", "tokens", *ingest.LAYERS)}
    store = cache.DocumentCache(settings.cache_dir)
    entry_key = cache.key(doc["text"].encode(), metadata, frozenset(), settings.version)
    entry = store.get(entry_key, settings.version)
    if entry is not None:
        return entry["doc"]
    annotated = pipeline.annotate(copy.deepcopy(doc))
    store.put(entry_key, settings.version, annotated, [])
    return annotated


@lru_cache(maxsize=1)
def _known_ids() -> dict:
    return {"kb_ids": kb.load().ids(), "cluster_ids": clusters.ids()}


def process(article: Article, settings: Settings) -> DocumentResult:
    """Annotate (or read from the cache), put the gold layers in place, validate, and turn
    the document into rows of every config; the whole output is cached too, so that a
    rebuild reads an unchanged document's rows instead of computing them again."""
    store = cache.DocumentCache(settings.cache_dir)
    annotation_key = _annotation_key(article, settings, frozenset())
    output_key = cache.result_key(annotation_key, article.gold, settings.version)
    cached = store.get_result(output_key, settings.version)
    if cached is not None:
        cached.from_cache = True
        return cached
    annotated = annotate_article(article, settings, entry_key=annotation_key)
    doc, auto = annotated.doc, None
    if article.gold:
        auto = doc
        doc = corrections.apply(copy.deepcopy(auto), article.gold, file=f"annotation/gold/{article.id}.json")
    problems = validate.validate_document(doc, file=doc["source_file"], **_known_ids())
    tables = {} if problems else corpus_arrow.document_tables(doc)
    result = DocumentResult(article.id, article.split, tables, DocumentStats.of(doc, article.split),
                            annotated.knowledge, auto, problems, annotated.from_cache)
    if not problems:
        store.put_result(output_key, settings.version, doc, result)
    return result
