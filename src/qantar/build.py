"""The main job: seeds/ -> documents (automatic layers, corrections merged) -> corpus/.

Documents stream one at a time from the engine (serial, a process pool, or Ray) to the
sharded Parquet writer; only the automatic versions of gold documents are kept, for
evaluation. The corpus directory is written into a staging directory and swapped in
only when everything is written, so a failed or killed build leaves the previous corpus/
as it was (qantar.atomic). The target must be a new or empty directory or a previous build
(it holds the MARKER file): a build never deletes what it did not write.
"""

import copy
import hashlib
import os
import pickle
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import (atomic, card, card_figures, clusters, corpus_features, corpus_shards, corrections, croissant,
               devset, evaluation, holdout, kb, splits, validate)
from .card_stats import CorpusStats
from .engine import articles as engine_articles
from .engine import cache, document, local
from .engine.knowledge_version import KnowledgeVersion
from .errors import InputError, ValidationError
from .engine import ENGINES
from .paths import MARKER, annotation_dir, corpus_dir, project_root, schema_dir, seeds_dir

MARKER_TEXT = ("This directory was written by `qantar build`; the next build replaces it whole.\n"
               "Do not keep other files here.\n")

@dataclass(frozen=True)
class Run:
    """How the per-document function is mapped: engine, workers, cluster address, cache."""
    jobs: int = 1
    engine: str = "local"
    address: str | None = None
    cache_dir: Path | None = None  # default: cache.default_dir(); use_cache=False for none
    use_cache: bool = True

    def settings(self) -> document.Settings:
        directory = (self.cache_dir or cache.default_dir()) if self.use_cache else None
        return document.Settings(KnowledgeVersion.compute(), str(directory) if directory else None)

    def map(self, function, articles, settings: document.Settings):
        if self.engine == "ray":
            from .engine import ray_engine
            return ray_engine.run(function, articles, settings, self.jobs, self.address)
        return local.run(function, articles, settings, self.jobs)


@dataclass
class Scan:
    """What evaluation needs from a pass over the corpus: how many documents use each
    knowledge key, and the automatic documents and knowledge of the gold ones."""
    usage: Counter = field(default_factory=Counter)
    gold_auto: list = field(default_factory=list)
    gold_knowledge: dict = field(default_factory=dict)
    gold_articles: dict = field(default_factory=dict)
    annotated: int = 0
    from_cache: int = 0

    def add(self, article, auto: dict | None, knowledge: list[str], from_cache: bool) -> None:
        self.usage.update(knowledge)
        if article.gold:
            self.gold_auto.append(auto)
            self.gold_knowledge[article.id] = knowledge
            self.gold_articles[article.id] = article
        self.from_cache += from_cache
        self.annotated += not from_cache


@dataclass
class BuildResult:
    path: Path
    stats: CorpusStats
    files: dict[tuple[str, str], int]  # (config, split) -> rows
    evaluation: dict[str, list] = field(default_factory=dict)  # variant -> evaluation.Table list
    annotated: int = 0  # documents annotated by this build
    from_cache: int = 0  # documents read from the cache


def _report(progress, done: int, total: int) -> None:
    if progress:
        progress(done, total)


def scan(run: Run = Run(), progress=None, gold: dict | None = None,
         files: dict[str, str] | None = None) -> tuple[Scan, document.Settings]:
    """One pass over the seeds (automatic layers only, through the cache); `gold` (default:
    annotation/gold) decides which automatic documents are kept; `files` names where each
    document's corrections come from, in messages."""
    gold = corrections.load_all() if gold is None else gold
    articles = engine_articles.seed_articles(gold, files=files)
    settings = run.settings()
    out = Scan()
    for done, (article, annotated) in enumerate(
            zip(articles, run.map(document.annotate_only, articles, settings), strict=True), start=1):
        out.add(article, annotated.doc if article.gold else None, annotated.knowledge, annotated.from_cache)
        _report(progress, done, len(articles))
    return out, settings


def automatic_documents(progress=None, run: Run = Run()) -> list[dict]:
    """The seed documents with automatic layers only, in id order (held in memory: for
    small corpora and tests)."""
    gold = corrections.load_all()
    articles = engine_articles.seed_articles(gold)
    return [a.doc for a in run.map(document.annotate_only, articles, run.settings())]


def merge(auto_docs: list[dict], gold: dict[str, dict], files: dict[str, str] | None = None) -> list[dict]:
    """Copies of (a few) automatic documents with the corrected layers in place; `files`
    names the corrections file of each doc_id in messages (default: annotation/gold/<doc_id>.json)."""
    def file(doc_id):
        return (files or {}).get(doc_id, f"annotation/gold/{doc_id}.json")

    unknown = sorted(set(gold) - {doc["id"] for doc in auto_docs})
    if unknown:
        raise ValidationError([validate.Problem(file(d), d, "", "corrections for a document that is not in seeds/")
                               for d in unknown])
    return [corrections.apply(copy.deepcopy(doc), gold.get(doc["id"]), file=file(doc["id"])) for doc in auto_docs]


def check(docs: list[dict]) -> None:
    """The build's checks on (a few) documents: schema, spans, references."""
    kb_ids, cluster_ids = kb.load().ids(), clusters.ids()
    problems = []
    for doc in docs:
        problems += validate.validate_document(doc, file=doc["source_file"], kb_ids=kb_ids, cluster_ids=cluster_ids)
    if problems:
        raise ValidationError(problems)


def iter_documents(gold: dict | None = None, run: Run = Run()):
    """The seed documents one at a time, in id order, with automatic layers, and the
    corrected layers of `gold` (default: annotation/gold) in their place."""
    gold = corrections.load_all() if gold is None else gold
    articles = engine_articles.seed_articles(gold)
    for article, annotated in zip(articles, run.map(document.annotate_only, articles, run.settings()), strict=True):
        doc = annotated.doc
        if article.gold:
            doc = corrections.apply(copy.deepcopy(doc), article.gold, file=f"annotation/gold/{article.id}.json")
        yield doc


def documents(progress=None, run: Run = Run()) -> list[dict]:
    """`iter_documents` held in memory: for small corpora and tests."""
    return list(iter_documents(run=run))


FULL, LEAVE_ONE_OUT = "full knowledge", "leave one article out"
DEV, DEV_ASIDE = "development set", "development set, aside articles"


def _scored(name: str, auto_docs: list[dict], gold: dict[str, dict], detail: bool) -> list:
    """A summary table (one row per language), then, with `detail`, every table of the report."""
    summary = evaluation.summary(auto_docs, gold, f"{name}: {len(gold)} article(s), automatic against gold")
    return [summary] + (evaluation.report(auto_docs, gold) if detail else [])


def leave_one_out(seen: Scan, settings: document.Settings) -> tuple[list[dict], dict[str, int]]:
    """The gold documents annotated again with the knowledge that only they use (each key
    counted once per document over the whole corpus) and knowledge copied from their own
    gold withheld; also the number of withheld items of each."""
    out, counts = [], {}
    for doc_id, article in seen.gold_articles.items():
        keys = frozenset({key for key in seen.gold_knowledge[doc_id] if seen.usage[key] == 1}
                         | holdout.knowledge_from_gold(doc_id))
        out.append(document.annotate_article(article, settings, withheld=keys).doc)
        counts[doc_id] = len(keys)
    return out, counts


def evaluate(seen: Scan, gold: dict[str, dict], settings: document.Settings,
             variants=(FULL, LEAVE_ONE_OUT), detail=True) -> dict[str, list]:
    """The evaluation tables of the asked variants on the seeds: with all the knowledge
    (agreement on the texts the rules were written from), and leave one article out
    (knowledge only the evaluated article uses, or copied from its gold, withheld)."""
    if not gold:
        return {}
    tables = {}
    if FULL in variants:
        tables[FULL] = _scored(FULL, seen.gold_auto, gold, detail)
    if LEAVE_ONE_OUT in variants:
        tables[LEAVE_ONE_OUT] = _scored(LEAVE_ONE_OUT, leave_one_out(seen, settings)[0], gold, detail)
    return tables


def evaluate_dev(articles: list, detail=True, settings: document.Settings | None = None) -> dict[str, list]:
    """The development set scored with all the knowledge, the aside articles apart."""
    settings = settings or Run().settings()
    tables = {}
    for name, aside in ((DEV, False), (DEV_ASIDE, True)):
        part = [a for a in articles if a.aside == aside]
        if part:
            auto_docs = [document.annotate_document(a.doc, settings) for a in part]
            tables[name] = _scored(name, auto_docs, {a.doc["id"]: a.gold for a in part}, detail)
    return tables


def write_documents(articles, target: Path, run: Run, settings: document.Settings, progress=None,
                    max_shard_bytes: int = corpus_shards.MAX_SHARD_BYTES) -> tuple[dict, CorpusStats, Scan]:
    """Every article through the engine into sharded Parquet under `target`; refuses the
    whole corpus when a document is invalid. New documents' rows and summaries go to the
    cache (to a temporary directory when there is none), where the shard writer reads them."""
    with tempfile.TemporaryDirectory(prefix="qantar-rows-") as scratch:
        store = cache.DocumentCache(settings.cache_dir or scratch)
        writer = corpus_shards.CorpusWriter(target, corpus_features.CONFIGS, splits.SPLITS, store.rows,
                                            cache.ShardStore(settings.cache_dir), settings.version.output,
                                            max_shard_bytes)
        stats, seen, problems = CorpusStats(), Scan(), []
        results = run.map(document.process, articles, settings)
        # strict: the engine runs to its end, so its workers stop before the corpus is written
        # (a pool left open would outlive a build killed during the writes)
        for done, (article, result) in enumerate(zip(articles, results, strict=True), start=1):
            problems += result.problems
            if not problems:
                if result.rows is not None:
                    store.put_output(result.key, result.languages, replace(result, rows=None), result.rows)
                writer.add(result.id, result.split, result.key, result.sizes)
            stats.add(result.stats)
            seen.add(article, result.auto, result.knowledge, result.from_cache)
            _report(progress, done, len(articles))
        counts = writer.close()
    if problems:
        raise ValidationError(problems)
    return counts, stats, seen


def write_figures(stats: CorpusStats, tables: dict, folder: Path, settings: document.Settings) -> None:
    """The card's figures, each copied from the cache when its inputs and the code are those
    of a previous build (drawing them is most of an unchanged rebuild's time; an added
    article changes the label counts, not the evaluation or the timeline of the first articles)."""
    if settings.cache_dir is None:
        card_figures.write(stats, tables, folder)
        return
    folder.mkdir(parents=True, exist_ok=True)
    for name, inputs, draw in card_figures.figures(stats, tables):
        digest = hashlib.sha256(pickle.dumps((settings.version.output, name, inputs))).hexdigest()
        stored = Path(settings.cache_dir) / "figures" / digest / name
        if not stored.is_file():
            drawing = stored.parent.with_name(f".{digest}.{os.getpid()}")
            shutil.rmtree(drawing, ignore_errors=True)
            draw(drawing / name)
            try:
                os.replace(drawing, stored.parent)
            except OSError:  # another build stored the same figure meanwhile
                shutil.rmtree(drawing, ignore_errors=True)
        shutil.copyfile(stored, folder / name)


def write_card(target: Path, stats: CorpusStats, counts: dict, tables: dict, settings: document.Settings) -> None:
    """The dataset card, its figures and the Croissant metadata."""
    configs = [c for c in corpus_features.CONFIGS if any(counts.get((c, s)) for s in splits.SPLITS)]
    (target / "croissant.json").write_text(croissant.render(configs), encoding="utf-8")
    atomic.count_write()
    write_figures(stats, tables, target / "figures", settings)
    atomic.count_write()
    (target / "README.md").write_text(card.render(stats, counts, tables), encoding="utf-8")
    atomic.count_write()


def _is_within(path: Path, directory: Path) -> bool:
    return path == directory or directory in path.parents


def check_target(target: Path) -> Path:
    """The absolute target directory, refused when a build could delete what it did not write."""
    resolved = Path(os.path.abspath(target)).resolve()
    refuse = None
    if _is_within(Path.cwd().resolve(), resolved):
        refuse = "is the current directory or one above it; give a directory of its own, e.g. --output corpus"
    elif (resolved / ".git").exists() or _is_within(project_root().resolve(), resolved):
        refuse = "is a repository checkout or holds one; give a directory of its own, e.g. --output corpus"
    elif any(_is_within(resolved, d.resolve()) for d in (seeds_dir(), annotation_dir(), schema_dir())):
        refuse = "is inside seeds/, annotation/ or schema/, which hold the corpus's sources"
    elif resolved.exists() and not resolved.is_dir():
        refuse = "is a file, not a directory"
    elif resolved.is_dir() and any(resolved.iterdir()) and not (resolved / MARKER).is_file():
        refuse = (f"is not empty and is not a corpus written by qantar (no {MARKER} file); a build replaces "
                  "its target whole, so give a new or empty directory")
    if refuse:
        raise InputError(f"--output {target}: {refuse}")
    return resolved


def build(target: Path | None = None, progress=None, run: Run = Run(),
          max_shard_bytes: int = corpus_shards.MAX_SHARD_BYTES) -> BuildResult:
    target = check_target(Path(target or corpus_dir()))
    with atomic.exclusive(target):  # a second build of the same target is refused, not mixed in
        atomic.recover_directory(target, MARKER)
        gold = corrections.load_all()
        articles = engine_articles.seed_articles(gold)
        settings = run.settings()
        try:
            staging = atomic.staging_directory(target, MARKER, MARKER_TEXT)
            try:
                counts, stats, seen = write_documents(articles, staging, run, settings, progress, max_shard_bytes)
                tables = {**evaluate_dev(devset.load(), detail=False, settings=settings),
                          **evaluate(seen, gold, settings, detail=False)}
                write_card(staging, stats, counts, tables, settings)
                atomic.replace_directory(staging, target)
            finally:
                atomic.recover_directory(target, MARKER)  # a failed write leaves no staging directory
        except OSError as exc:  # a full disk, a read-only or vanished directory: the old corpus stays
            raise InputError(f"--output {target}: cannot write the corpus: {exc.strerror or exc}") from exc
    return BuildResult(target, stats, counts, tables, seen.annotated, seen.from_cache)
