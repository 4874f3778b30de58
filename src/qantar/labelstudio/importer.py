"""A Label Studio JSON export -> corrected layers in annotation/gold/<doc_id>.json.

Everything is validated before anything is written: one refused task refuses the whole
export (ImportRefused names the file, task, document, region and problem).

Per task: the ground-truth annotation, else the latest submitted one, is used; the others
are compared with it and a disagreement is reported. A region the annotator left as it was
keeps its corpus annotation (status, source); a new or
changed one becomes `gold` with source `label-studio:<email> <time>`: the Label Studio user
who last changed the annotation (`updated_by`, not its creator) and when (UTC). A layer is written when
it was corrected before, when the annotation changes it, or when the annotator marked it
as reviewed (the task-level `reviewed` choice); written layers replace the automatic ones
whole, so every annotation in them is `gold`.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import atomic, corrections, taxonomy, validate
from ..atomic import journaled_writes
from ..errors import ImportRefused, QantarError
from ..ingest import LAYERS
from .parse import RegionProblem, parse
from .regions import PROVENANCE, TAG_LAYER, annotation_id, content, field_order
from .report import ChangeReport, DocumentChange, compare
from .task_files import read_tasks

SOURCE_PREFIX = "label-studio:"


def _check_tasks(tasks, source: str) -> None:
    if isinstance(tasks, (dict, str, bytes)) or not isinstance(tasks, Iterable):
        raise ImportRefused(f"{source}: a Label Studio JSON export is a list of tasks, got {type(tasks).__name__}")


def _no_task(source: str) -> ImportRefused:
    return ImportRefused(f"{source}: the export holds no task; export with all tasks "
                         "(or `qantar ls pull`) and try again; nothing was imported")


def _user(who) -> str | None:
    if isinstance(who, dict):
        return who.get("email") or f"user-{who.get('id')}"
    if who is not None:
        return f"user-{who}"  # a plain export gives the user id only; `qantar ls pull` gives the email
    return None


def annotator(annotation: dict) -> str:
    """`label-studio:<email>` of the user who last changed the annotation (`updated_by`;
    Label Studio keeps its creator in `completed_by`)."""
    who = _user(annotation.get("updated_by")) or _user(annotation.get("completed_by"))
    return SOURCE_PREFIX + (who or "unknown")


def annotated_at(annotation: dict) -> str | None:
    """When the annotation was last changed, as `2022-01-05T10:00:00Z` (Label Studio keeps UTC)."""
    when = annotation.get("updated_at") or annotation.get("created_at")
    if not isinstance(when, str) or len(when) < 19:
        return None
    return when[:19] + "Z"


def source(annotation: dict) -> str:
    """The `source` of what an annotation changed: who, and when when known."""
    when = annotated_at(annotation)
    return annotator(annotation) + (f" {when}" if when else "")


def candidates(task: dict) -> list[dict]:
    """Submitted annotations, best first: ground truth, then the latest."""
    found = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]

    def rank(a):
        return (bool(a.get("ground_truth")), str(a.get("updated_at") or a.get("created_at") or ""), str(a.get("id")))

    return sorted(found, key=rank, reverse=True)


@dataclass
class _Context:
    source: str
    task: dict
    doc_id: str = "?"
    annotation_id: object = None
    results: list = field(default_factory=list)  # of the annotation being imported

    def refuse(self, region, problem: str) -> ImportRefused:
        where = f"{self.source}: task {self.task.get('id', '?')} (document {self.doc_id})"
        if self.annotation_id is not None:
            where += f", annotation #{self.annotation_id}"
        if region:
            where += f", {describe_region(self.results, region)}"
        return ImportRefused(f"{where}: {problem}; nothing was imported")


def describe_region(results, region_id) -> str:
    """`region <Label Studio id> '<text>' (<label>, corpus id <id>)`: what the annotator sees
    in the region list, and the id the corpus will give it."""
    for item in results if isinstance(results, list) else []:
        if not isinstance(item, dict) or item.get("id") != region_id or not isinstance(item.get("value"), dict):
            continue
        layer = TAG_LAYER.get(item.get("from_name")) if isinstance(item.get("from_name"), str) else None
        if layer is None:
            continue
        value = item["value"]
        labels = value.get("labels") if isinstance(value.get("labels"), list) else []
        described = f"region {region_id} {value.get('text')!r} ({', '.join(map(str, labels)) or 'no label'}"
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int) and annotation_id(layer, start, end) != region_id:
            described += f", corpus id {annotation_id(layer, start, end)}"
        return described + ")"
    return f"region {region_id}"


def _document(ctx: _Context, by_id: dict) -> dict:
    data = ctx.task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("doc_id"), str):
        raise ctx.refuse(None, "the task has no data.doc_id; it was not exported by qantar")
    ctx.doc_id = data["doc_id"]
    doc = by_id.get(ctx.doc_id)
    if doc is None:
        raise ctx.refuse(None, "no document with this id in the corpus")
    expected = corrections.text_sha256(doc["text"])
    if data.get("text") != doc["text"] or data.get("text_sha256", expected) != expected:
        raise ctx.refuse(None, "the task text differs from the corpus text of the document "
                               f"(corpus sha256 {expected[:12]}…, task {str(data.get('text_sha256'))[:12]}…); "
                               "the document changed since it was exported: export and correct it again")
    return doc


def _keep_order(before: list[dict], after: list[dict]) -> list[dict]:
    """Arguments in their corpus order, new ones after them (sorted): an unchanged event
    comes back byte-identical."""
    kept = [a for a in before if a in after]
    return kept + [a for a in after if a not in kept]


def _merge(layer: str, parsed: dict, origin: dict, base: list[dict], source: str, default_realis: str, notes: list) -> list[dict]:
    """Canonical annotations of one layer, with provenance, from the parsed contents."""
    base_by_id = {a["id"]: a for a in base}
    out = []
    for ann_id, found in parsed.items():
        came_from = base_by_id.get(origin[ann_id])
        if came_from and "arguments" in found:
            found["arguments"] = _keep_order(came_from["arguments"], found["arguments"])
        if layer == "events" and found.get("realis") is None:
            found["realis"] = came_from["realis"] if came_from else default_realis
            if not came_from:
                notes.append(f"{ann_id}: no realis chosen; took {default_realis!r}")
        full = {name: found.get(name) for name in field_order(layer) if name not in PROVENANCE}
        kept = base_by_id.get(ann_id)
        if kept and kept["status"] == "gold" and content(layer, kept) == full:
            out.append(kept)
        else:
            out.append({**full, "status": "gold", "source": source, "confidence": None})
    return sorted(out, key=lambda a: (a["start"], a["end"], a["id"]))


def _value_problems(layers: dict, knowledge_base) -> list[tuple[str, str]]:
    from ..timex.values import is_well_formed

    problems = []
    for ent in layers["entities"]:
        if ent["kb_id"] is not None and knowledge_base is not None and knowledge_base.get(ent["kb_id"]) is None:
            problems.append((ent["id"], f"KB id {ent['kb_id']!r} is not in the knowledge base (annotation/kb)"))
    for tx in layers["timexes"]:
        if tx["value"] is not None and not is_well_formed(tx["type"], tx["value"]):
            problems.append((tx["id"], f"TIMEX3 value {tx['value']!r} is not a well-formed {tx['type']} value"))
    return problems


def _knowledge_base():
    """The knowledge base, or None while the project has no knowledge base module."""
    try:
        from .. import kb
    except ImportError:
        return None
    return kb.load()


def _differing_ids(ours: dict, theirs: dict) -> list[str]:
    return sorted(i for i in ours.keys() | theirs.keys() if ours.get(i) != theirs.get(i))


def _disagreement(chosen: dict, chosen_layers, others: list[dict], text: str, tax) -> list[str]:
    notes = []
    for other in others:
        try:
            theirs = parse(other.get("result"), text, tax).layers
        except RegionProblem as exc:
            notes.append(f"annotation #{other.get('id')} was not used and is not valid: {exc}")
            continue
        differing = [f"{layer} ({', '.join(_differing_ids(chosen_layers[layer], theirs[layer]))})"
                     for layer in LAYERS if chosen_layers[layer] != theirs[layer]]
        if differing:
            why = "ground truth" if chosen.get("ground_truth") else "latest"
            notes.append(f"annotations disagree: used #{chosen.get('id')} ({why}, {annotator(chosen)}); "
                         f"#{other.get('id')} ({annotator(other)}) differs in " + "; ".join(differing))
    return notes


def _region_at(path: str, record: dict, origin: dict) -> str:
    """The Label Studio region of the annotation a JSON path (`layers.events[0].cluster`)
    points into, else the path."""
    found = re.match(r"layers\.(\w+)\[(\d+)\]", path)
    if not found or found[1] not in record["layers"] or int(found[2]) >= len(record["layers"][found[1]]):
        return path
    corpus_id = record["layers"][found[1]][int(found[2])]["id"]
    return origin.get(corpus_id, corpus_id)


def _import_task(ctx: _Context, by_id: dict, gold: dict, annotation_dir, tax, knowledge_base):
    """(DocumentChange, (path, text) to write or None) for one task; raises ImportRefused."""
    doc = _document(ctx, by_id)
    found = candidates(ctx.task)
    change = DocumentChange(ctx.doc_id, ctx.task.get("id"))
    if not found:
        return change, None
    chosen = found[0]
    ctx.annotation_id = change.annotation_id = chosen.get("id")
    ctx.results = chosen.get("result")
    change.annotator, change.annotated_at = annotator(chosen), annotated_at(chosen)
    try:
        parsed = parse(chosen.get("result"), doc["text"], tax)
    except RegionProblem as exc:
        raise ctx.refuse(exc.region, str(exc)) from None
    change.notes += parsed.notes
    change.notes += _disagreement(chosen, parsed.layers, found[1:], doc["text"], tax)  # before _merge fills them

    old = gold.get(ctx.doc_id)
    old_layers = old["layers"] if old else {}
    base = {layer: old_layers.get(layer, doc[layer]) for layer in LAYERS}
    new = {layer: _merge(layer, parsed.layers[layer], parsed.origin, base[layer], source(chosen),
                         tax.realis[0], change.notes) for layer in LAYERS}
    for corpus_id, problem in _value_problems(new, knowledge_base):
        raise ctx.refuse(parsed.origin.get(corpus_id, corpus_id), problem)
    change.layers = {layer: compare(layer, base[layer], new[layer]) for layer in LAYERS}
    written = [layer for layer in LAYERS if layer in old_layers or change.layers[layer] or layer in parsed.reviewed]
    if not written:
        return change, None
    record = {"doc_id": ctx.doc_id, "text_sha256": corrections.text_sha256(doc["text"]),
              "layers": {layer: new[layer] for layer in written}}
    problems = validate.schema_problems(record, "corrections.schema.json", ctx.source, ctx.doc_id)
    if problems:
        path = problems[0].annotation
        raise ctx.refuse(_region_at(path, record, parsed.origin), f"{path.rpartition('.')[2]}: {problems[0].message}")
    path = corrections.gold_dir(annotation_dir) / f"{ctx.doc_id}.json"
    text = corrections.render(record)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return change, None
    change.written = path
    return change, (path, text)


def import_tasks(tasks, docs, annotation_dir=None, *, source: str = "export") -> ChangeReport:
    """Import `tasks` (a list, or any iterable: they are read one at a time) into the
    corrections of `docs` (a list of documents, or a mapping doc_id -> document read on
    demand); validated whole before any write, the files to write waiting in the journal."""
    _check_tasks(tasks, source)
    # held from reading the gold to writing it: two imports at once would lose one's corrections
    with atomic.exclusive(corrections.gold_dir(annotation_dir)):
        tax = taxonomy.load()
        try:
            gold = corrections.load_all(annotation_dir)
        except QantarError as exc:
            raise ImportRefused(f"{source}: the existing corrections cannot be read: {exc}") from exc
        by_id = {doc["id"]: doc for doc in docs} if isinstance(docs, list) else docs
        knowledge_base = _knowledge_base()
        report, seen = ChangeReport(source), {}
        with journaled_writes(corrections.journal_path(annotation_dir)) as add:  # all documents or none
            for task in tasks:
                ctx = _Context(source, task if isinstance(task, dict) else {})
                if not isinstance(task, dict):
                    raise ctx.refuse(None, f"a task is not an object: {str(task)[:60]!r}")
                change, write = _import_task(ctx, by_id, gold, annotation_dir, tax, knowledge_base)
                if change.doc_id in seen:
                    raise ctx.refuse(None, f"a second task for this document (first: task {seen[change.doc_id]})")
                seen[change.doc_id] = task.get("id", "?")
                report.documents.append(change)
                if write:
                    add(*write)
            if not seen:
                raise _no_task(source)
    return report


def import_export(export, docs, annotation_dir=None) -> ChangeReport:
    """Import a Label Studio export file (path: a JSON list, or JSON Lines named *.jsonl,
    read one task at a time) or its parsed task list."""
    if isinstance(export, (str, Path)):
        return import_tasks(read_tasks(export), docs, annotation_dir, source=str(export))
    return import_tasks(export, docs, annotation_dir)
