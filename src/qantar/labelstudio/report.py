"""What an import changed, per document and layer: a rich table (every field of every
change, escaped so that `[place=ent-3-9]` is shown, not read as console markup) and the
same as JSON for scripts."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from rich.markup import escape
from rich.table import Table

from .regions import content


def _fmt(value) -> str:
    if isinstance(value, list):  # event arguments
        return "[" + ", ".join(f"{a['role']}={a['ref']}" for a in value) + "]"
    return "null" if value is None else str(value)


def _describe(layer: str, ann: dict) -> str:
    """`id 'text' TYPE field=value ...`: every field an annotator decides that is set."""
    fields = content(layer, ann)
    parts = [f"{ann['id']} {ann['text']!r} {ann['type']}"]
    for name, value in fields.items():
        if name in ("id", "start", "end", "text", "type") or value in (None, []):
            continue
        parts.append(f"{name}={_fmt(value)}")
    return " ".join(parts)


@dataclass
class FieldChange:
    id: str
    text: str
    fields: dict  # field name -> (before, after)

    def __str__(self) -> str:
        diffs = "; ".join(f"{name} {_fmt(a)} → {_fmt(b)}" for name, (a, b) in self.fields.items())
        return f"{self.id} {self.text!r}: {diffs}"


@dataclass
class LayerChange:
    layer: str = ""
    added_annotations: list[dict] = field(default_factory=list)
    removed_annotations: list[dict] = field(default_factory=list)
    changed_annotations: list[FieldChange] = field(default_factory=list)
    confirmed: int = 0  # automatic annotations a person kept as they were

    @property
    def added(self) -> list[str]:
        return [_describe(self.layer, a) for a in self.added_annotations]

    @property
    def removed(self) -> list[str]:
        return [_describe(self.layer, a) for a in self.removed_annotations]

    @property
    def changed(self) -> list[str]:
        return [str(c) for c in self.changed_annotations]

    def __bool__(self) -> bool:
        return bool(self.added_annotations or self.removed_annotations or self.changed_annotations)

    def as_json(self) -> dict:
        return {
            "added": [content(self.layer, a) for a in self.added_annotations],
            "removed": [content(self.layer, a) for a in self.removed_annotations],
            "changed": [{"id": c.id, "text": c.text,
                         "fields": {name: {"before": a, "after": b} for name, (a, b) in c.fields.items()}}
                        for c in self.changed_annotations],
            "confirmed": self.confirmed,
        }


def compare(layer: str, before: list[dict], after: list[dict]) -> LayerChange:
    """Added, removed and changed annotations (by id; provenance is not compared)."""
    old = {a["id"]: a for a in before}
    new = {a["id"]: a for a in after}
    change = LayerChange(layer)
    for ann_id in sorted(new.keys() - old.keys(), key=lambda i: (new[i]["start"], i)):
        change.added_annotations.append(new[ann_id])
    for ann_id in sorted(old.keys() - new.keys(), key=lambda i: (old[i]["start"], i)):
        change.removed_annotations.append(old[ann_id])
    for ann_id in sorted(old.keys() & new.keys(), key=lambda i: (new[i]["start"], i)):
        a, b = content(layer, old[ann_id]), content(layer, new[ann_id])
        diffs = {k: (a[k], b[k]) for k in a if a[k] != b[k]}
        if diffs:
            change.changed_annotations.append(FieldChange(ann_id, new[ann_id]["text"], diffs))
        elif old[ann_id]["status"] == "silver" and new[ann_id]["status"] == "gold":
            change.confirmed += 1
    return change


@dataclass
class DocumentChange:
    doc_id: str
    task_id: object = None
    annotation_id: object = None
    annotator: str | None = None     # the Label Studio user who last changed the annotation
    annotated_at: str | None = None  # when (UTC), as Label Studio recorded it
    layers: dict = field(default_factory=dict)  # layer -> LayerChange
    written: Path | None = None  # the gold file, when its content changed
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"doc_id": self.doc_id, "task_id": self.task_id, "annotation_id": self.annotation_id,
                "annotator": self.annotator, "annotated_at": self.annotated_at,
                "written": str(self.written) if self.written else None, "notes": self.notes,
                "layers": {layer: change.as_json() for layer, change in self.layers.items()}}


@dataclass
class ChangeReport:
    source: str
    documents: list[DocumentChange] = field(default_factory=list)

    @property
    def written(self) -> list[Path]:
        return [d.written for d in self.documents if d.written]

    def changes(self, doc_id: str, layer: str) -> LayerChange:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc.layers.get(layer, LayerChange(layer))
        return LayerChange(layer)

    def table(self) -> Table:
        table = Table(title=escape(f"Label Studio import: {self.source}"), show_lines=True)
        table.add_column("document", no_wrap=True)
        table.add_column("layer", no_wrap=True)
        for column in ("added", "removed", "changed"):
            table.add_column(column, overflow="fold")
        for doc in self.documents:
            label = doc.doc_id
            if doc.annotation_id is not None:
                label += f"\nannotation #{doc.annotation_id}\n{doc.annotator}"
                if doc.annotated_at:
                    label += f"\n{doc.annotated_at}"
            label = escape(label)
            rows = [(layer, change) for layer, change in doc.layers.items() if change]
            if not rows:
                table.add_row(label, "", "", "", "no change" if doc.annotation_id is not None else "no submitted annotation")
            for layer, change in rows:
                table.add_row(label, layer, *(escape("\n".join(lines)) for lines in
                                              (change.added, change.removed, change.changed)))
                label = ""
        return table

    def notes(self) -> list[str]:
        out = [f"{d.doc_id}: {note}" for d in self.documents for note in d.notes]
        out += [f"wrote {path}" for path in self.written]
        return out

    def to_json(self) -> str:
        return json.dumps({"source": self.source, "documents": [d.as_json() for d in self.documents],
                           "written": [str(p) for p in self.written]}, ensure_ascii=False, indent=2)
