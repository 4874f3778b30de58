"""The per-document function every engine maps: article -> everything the build needs of it.

Runs in whichever process (or cluster node) the engine chooses, so it takes and returns
only picklable values and reads its inputs itself.
"""

import copy
from dataclasses import dataclass, field
from functools import lru_cache

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
    """What the build keeps of a document: cached without its rows as the document's summary."""
    id: str
    split: str
    key: str  # cache.result_key: names the document's rows and summary in the cache
    languages: dict  # language -> knowledge version of the document's paragraphs (cache staleness)
    sizes: dict  # config -> (rows, bytes of Arrow data) of the document
    stats: DocumentStats
    knowledge: list[str]
    auto: dict | None  # the automatic document, kept only when gold layers replace some of it
    problems: list = field(default_factory=list)
    from_cache: bool = False
    rows: bytes | None = None  # cache.rows_blob of the document's tables; None when read from the cache


def _annotation_key(article: Article, settings: Settings, withheld: frozenset) -> str:
    try:
        with open(article.path, "rb") as handle:
            raw = handle.read()
    except OSError:  # missing or not a file: ingestion says so
        raw = b""
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
    the document into rows of every config. An unchanged document's summary comes from the
    cache (a few kilobytes: its rows stay there for the shard writer); the build stores a
    new one's rows and summary (`cache.DocumentCache.put_output`)."""
    store = cache.DocumentCache(settings.cache_dir)
    annotation_key = _annotation_key(article, settings, frozenset())
    output_key = cache.result_key(annotation_key, article.gold, settings.version)
    cached = store.get_summary(output_key, settings.version)
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
    return DocumentResult(article.id, article.split, output_key, cache.document_version(doc, settings.version),
                          {config: (table.num_rows, table.nbytes) for config, table in tables.items()},
                          DocumentStats.of(doc, article.split), annotated.knowledge, auto, problems,
                          annotated.from_cache,
                          cache.rows_blob({config: corpus_arrow.to_ipc(t) for config, t in tables.items()}))
