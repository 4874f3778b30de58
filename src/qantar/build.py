"""The main job: seeds/ -> documents (automatic layers, corrections merged) -> corpus/.

The corpus directory is written into a staging directory and swapped in only when
everything is written, so a failed or killed build leaves the previous corpus/ as it was
(qantar.atomic). The target must be a new or empty directory or a previous build (it holds
the MARKER file): a build never deletes what it did not write.
"""

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path

from datasets import Dataset
from datasets.utils.logging import disable_progress_bar

from . import (atomic, card, card_figures, clusters, devset, corpus_features, corpus_rows, corrections, croissant, evaluation,
               holdout, kb, pipeline, seeds, splits, validate)
from .errors import InputError, ValidationError
from .paths import annotation_dir, corpus_dir, project_root, schema_dir, seeds_dir

MARKER = ".qantar-corpus"
MARKER_TEXT = ("This directory was written by `qantar build`; the next build replaces it whole.\n"
               "Do not keep other files here.\n")


@dataclass
class BuildResult:
    path: Path
    documents: list[dict]
    split_of: dict[str, str]
    files: dict[tuple[str, str], int]  # (config, split) -> rows
    evaluation: dict[str, list] = field(default_factory=dict)  # variant -> evaluation.Table list


def automatic_documents(progress=None) -> list[dict]:
    """The seed documents with automatic layers only (what evaluation compares to gold)."""
    docs = seeds.ingest_seeds()
    for doc in docs:
        pipeline.annotate(doc)
        if progress:
            progress(doc["id"])
    return docs


def merge(auto_docs: list[dict], gold: dict[str, dict], files: dict[str, str] | None = None) -> list[dict]:
    """Copies of the automatic documents with the corrected layers in place; `files` names
    the corrections file of each doc_id in messages (default: annotation/gold/<doc_id>.json)."""
    def file(doc_id):
        return (files or {}).get(doc_id, f"annotation/gold/{doc_id}.json")

    unknown = sorted(set(gold) - {doc["id"] for doc in auto_docs})
    if unknown:
        raise ValidationError([validate.Problem(file(d), d, "", "corrections for a document that is not in seeds/")
                               for d in unknown])
    return [corrections.apply(copy.deepcopy(doc), gold.get(doc["id"]), file=file(doc["id"])) for doc in auto_docs]


def documents(progress=None) -> list[dict]:
    """The seed documents with automatic layers, and corrected layers in their place where
    annotation/gold has them."""
    gold = corrections.load_all()
    return merge(automatic_documents(progress), gold)


FULL, LEAVE_ONE_OUT = "full knowledge", "leave one article out"
DEV, DEV_ASIDE = "development set", "development set, aside articles"


def _scored(name: str, auto_docs: list[dict], gold: dict[str, dict], detail: bool) -> list:
    """A summary table (one row per language), then, with `detail`, every table of the report."""
    summary = evaluation.summary(auto_docs, gold, f"{name}: {len(gold)} article(s), automatic against gold")
    return [summary] + (evaluation.report(auto_docs, gold) if detail else [])


def evaluate(auto_docs: list[dict], gold: dict[str, dict], variants=(FULL, LEAVE_ONE_OUT), detail=True) -> dict[str, list]:
    """The evaluation tables of the asked variants on the seeds: with all the knowledge
    (agreement on the texts the rules were written from), and leave one article out
    (knowledge only the evaluated article uses, or copied from its gold, withheld)."""
    if not gold:
        return {}
    tables = {}
    if FULL in variants:
        tables[FULL] = _scored(FULL, auto_docs, gold, detail)
    if LEAVE_ONE_OUT in variants:
        loao_docs, _ = holdout.leave_one_out(auto_docs, pipeline.annotate, scored=set(gold))
        tables[LEAVE_ONE_OUT] = _scored(LEAVE_ONE_OUT, loao_docs, gold, detail)
    return tables


def evaluate_dev(articles: list, detail=True) -> dict[str, list]:
    """The development set scored with all the knowledge, the aside articles apart."""
    tables = {}
    for name, aside in ((DEV, False), (DEV_ASIDE, True)):
        part = [a for a in articles if a.aside == aside]
        if part:
            auto_docs = [pipeline.annotate(copy.deepcopy(a.doc)) for a in part]
            tables[name] = _scored(name, auto_docs, {a.doc["id"]: a.gold for a in part}, detail)
    return tables


def check(docs: list[dict]) -> None:
    kb_ids, cluster_ids = kb.load().ids(), clusters.ids()
    problems = []
    for doc in docs:
        problems += validate.validate_document(doc, file=doc["source_file"], kb_ids=kb_ids, cluster_ids=cluster_ids)
    if problems:
        raise ValidationError(problems)


def split_map() -> dict[str, str]:
    return {entry["id"]: splits.split_of(entry["id"], entry.get("split")) for entry in seeds.load_metadata()}


def write_corpus(docs: list[dict], target: Path, split_of: dict[str, str], tables: dict) -> dict[tuple[str, str], int]:
    """Parquet for every config and split, and the dataset card, into `target`."""
    disable_progress_bar()
    counts = {}
    for config in corpus_features.CONFIGS:
        features = corpus_features.features(config)
        for split in splits.SPLITS:
            part = [doc for doc in docs if split_of[doc["id"]] == split]
            rows = corpus_rows.rows(config, part)
            counts[(config, split)] = len(rows)
            if not rows:
                continue  # an empty Parquet split makes `load_dataset` fail
            path = target / config / f"{split}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            columns = {name: [row[name] for row in rows] for name in features}
            Dataset.from_dict(columns, features=features).to_parquet(str(path))
            atomic.count_write()
    configs = [c for c in corpus_features.CONFIGS if any(counts.get((c, s)) for s in splits.SPLITS)]
    (target / "croissant.json").write_text(croissant.render(configs), encoding="utf-8")
    atomic.count_write()
    card_figures.write(docs, tables, target / "figures")
    atomic.count_write()
    (target / "README.md").write_text(card.render(docs, split_of, counts, tables), encoding="utf-8")
    atomic.count_write()
    return counts


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


def build(target: Path | None = None, progress=None) -> BuildResult:
    target = check_target(Path(target or corpus_dir()))
    atomic.recover_directory(target, MARKER)
    gold = corrections.load_all()
    auto_docs = automatic_documents(progress)
    docs = merge(auto_docs, gold)
    check(docs)
    tables = {**evaluate_dev(devset.load(), detail=False), **evaluate(auto_docs, gold, detail=False)}
    split_of = split_map()
    try:
        staging = atomic.staging_directory(target, MARKER, MARKER_TEXT)
        try:
            counts = write_corpus(docs, staging, split_of, tables)
            atomic.replace_directory(staging, target)
        finally:
            atomic.recover_directory(target, MARKER)  # a failed write leaves no staging directory
    except OSError as exc:  # a full disk, a read-only or vanished directory: the old corpus stays
        raise InputError(f"--output {target}: cannot write the corpus: {exc.strerror or exc}") from exc
    return BuildResult(target, docs, split_of, counts, tables)
