"""A Label Studio JSON export -> corrected layers in annotation/gold/<doc_id>.json.

Everything is validated before anything is written: one refused task refuses the whole
export (ImportRefused names the file, task, document, region and problem).

Per task: the ground-truth annotation, else the latest submitted one, is used; the others
are compared with it and a disagreement is reported. A region the annotator left as it was
keeps its corpus annotation (status, source); a new or
changed one becomes `gold` with source `label-studio:<annotator>`. A layer is written when
it was corrected before, when the annotation changes it, or when the annotator marked it
as reviewed (the task-level `reviewed` choice); written layers replace the automatic ones
whole, so every annotation in them is `gold`.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from .. import corrections, taxonomy, validate
from ..atomic import write_files
from ..errors import ImportRefused, QantarError
from ..ingest import LAYERS
from .parse import RegionProblem, parse
from .regions import PROVENANCE, content, field_order
from .report import ChangeReport, DocumentChange, compare

SOURCE_PREFIX = "label-studio:"


def load_export(path) -> list:
    """Read and check the outer shape of an export file."""
    path = Path(path)
    try:
        data = json.loads(path.read_bytes())
    except OSError as exc:
        raise ImportRefused(f"{path}: cannot read the export: {exc}") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportRefused(f"{path}: not a valid JSON file ({exc}); nothing was imported") from exc
    return data


def _check_tasks(tasks, source: str) -> None:
    if not isinstance(tasks, list):
        raise ImportRefused(f"{source}: a Label Studio JSON export is a list of tasks, got {type(tasks).__name__}")
    if not tasks:
        raise ImportRefused(f"{source}: the export holds no task; export with all tasks "
                            "(or `qantar ls pull`) and try again; nothing was imported")


def annotator(annotation: dict) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or f"user-{who.get('id')}"
    elif who is not None:
        who = f"user-{who}"  # a plain export gives the user id only; `qantar ls pull` gives the email
    return SOURCE_PREFIX + (who or "unknown")


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

    def refuse(self, region, problem: str) -> ImportRefused:
        where = f"{self.source}: task {self.task.get('id', '?')} (document {self.doc_id})"
        if self.annotation_id is not None:
            where += f", annotation #{self.annotation_id}"
        if region:
            where += f", region {region}"
        return ImportRefused(f"{where}: {problem}; nothing was imported")


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
            notes.append(f"annotations disagree: used #{chosen.get('id')} ({why}); #{other.get('id')} differs in "
                         + "; ".join(differing))
    return notes


def _import_task(ctx: _Context, by_id: dict, gold: dict, annotation_dir, tax, knowledge_base):
    """(DocumentChange, (path, text) to write or None) for one task; raises ImportRefused."""
    doc = _document(ctx, by_id)
    found = candidates(ctx.task)
    change = DocumentChange(ctx.doc_id, ctx.task.get("id"))
    if not found:
        return change, None
    chosen = found[0]
    ctx.annotation_id = change.annotation_id = chosen.get("id")
    change.annotator = annotator(chosen)
    try:
        parsed = parse(chosen.get("result"), doc["text"], tax)
    except RegionProblem as exc:
        raise ctx.refuse(exc.region, str(exc)) from None
    change.notes += parsed.notes
    change.notes += _disagreement(chosen, parsed.layers, found[1:], doc["text"], tax)  # before _merge fills them

    old = gold.get(ctx.doc_id)
    old_layers = old["layers"] if old else {}
    base = {layer: old_layers.get(layer, doc[layer]) for layer in LAYERS}
    new = {layer: _merge(layer, parsed.layers[layer], parsed.origin, base[layer], change.annotator,
                         tax.realis[0], change.notes) for layer in LAYERS}
    for region_id, problem in _value_problems(new, knowledge_base):
        raise ctx.refuse(region_id, problem)
    change.layers = {layer: compare(layer, base[layer], new[layer]) for layer in LAYERS}
    written = [layer for layer in LAYERS if layer in old_layers or change.layers[layer] or layer in parsed.reviewed]
    if not written:
        return change, None
    record = {"doc_id": ctx.doc_id, "text_sha256": corrections.text_sha256(doc["text"]),
              "layers": {layer: new[layer] for layer in written}}
    problems = validate.schema_problems(record, "corrections.schema.json", ctx.source, ctx.doc_id)
    if problems:
        raise ctx.refuse(problems[0].annotation, problems[0].message)
    path = corrections.gold_dir(annotation_dir) / f"{ctx.doc_id}.json"
    text = corrections.render(record)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return change, None
    change.written = path
    return change, (path, text)


def import_tasks(tasks, docs: list[dict], annotation_dir=None, *, source: str = "export") -> ChangeReport:
    """Import parsed export `tasks` (validated whole before any write)."""
    _check_tasks(tasks, source)
    tax = taxonomy.load()
    try:
        gold = corrections.load_all(annotation_dir)
    except QantarError as exc:
        raise ImportRefused(f"{source}: the existing corrections cannot be read: {exc}") from exc
    by_id = {doc["id"]: doc for doc in docs}
    knowledge_base = _knowledge_base()
    report, writes, seen = ChangeReport(source), [], {}
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
            writes.append(write)
    write_files(dict(writes), corrections.journal_path(annotation_dir))  # all documents or none
    return report


def import_export(export, docs: list[dict], annotation_dir=None) -> ChangeReport:
    """Import a Label Studio JSON export file (path) or its parsed task list."""
    if isinstance(export, (str, Path)):
        return import_tasks(load_export(export), docs, annotation_dir, source=str(export))
    return import_tasks(export, docs, annotation_dir)
