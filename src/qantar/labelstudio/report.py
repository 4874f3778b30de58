"""What an import changed, per document and layer, and its rich table."""

from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

from .regions import content

# Shown in a change description, per layer.
_SHOWN = {"entities": ("type", "kb_id"), "timexes": ("type", "value"), "events": ("type", "realis", "arguments")}


def _describe(layer: str, ann: dict) -> str:
    parts = [f"{ann['id']} {ann['text']!r}"]
    for name in _SHOWN[layer]:
        value = ann.get(name)
        if name == "arguments":
            parts += [f"{a['role']}={a['ref']}" for a in value or []]
        elif value is not None:
            parts.append(f"{name}={value}" if name != "type" else str(value))
    return " ".join(parts)


def _fmt(value) -> str:
    if isinstance(value, list):  # event arguments
        return "[" + ", ".join(f"{a['role']}={a['ref']}" for a in value) + "]"
    return "null" if value is None else str(value)


@dataclass
class LayerChange:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    confirmed: int = 0  # automatic annotations a person kept as they were

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare(layer: str, before: list[dict], after: list[dict]) -> LayerChange:
    """Added, removed and changed annotations (by id; provenance is not compared)."""
    old = {a["id"]: a for a in before}
    new = {a["id"]: a for a in after}
    change = LayerChange()
    for ann_id in sorted(new.keys() - old.keys(), key=lambda i: (new[i]["start"], i)):
        change.added.append(_describe(layer, new[ann_id]))
    for ann_id in sorted(old.keys() - new.keys(), key=lambda i: (old[i]["start"], i)):
        change.removed.append(_describe(layer, old[ann_id]))
    for ann_id in sorted(old.keys() & new.keys(), key=lambda i: (new[i]["start"], i)):
        a, b = content(layer, old[ann_id]), content(layer, new[ann_id])
        diffs = [f"{k} {_fmt(a[k])} → {_fmt(b[k])}" for k in a if a[k] != b[k]]
        if diffs:
            change.changed.append(f"{ann_id} {new[ann_id]['text']!r}: " + "; ".join(diffs))
        elif old[ann_id]["status"] == "silver" and new[ann_id]["status"] == "gold":
            change.confirmed += 1
    return change


@dataclass
class DocumentChange:
    doc_id: str
    task_id: object = None
    annotation_id: object = None
    annotator: str | None = None
    layers: dict = field(default_factory=dict)  # layer -> LayerChange
    written: Path | None = None  # the gold file, when its content changed
    notes: list[str] = field(default_factory=list)


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
                return doc.layers.get(layer, LayerChange())
        return LayerChange()

    def table(self) -> Table:
        table = Table(title=f"Label Studio import: {self.source}", show_lines=True)
        table.add_column("document", no_wrap=True)
        table.add_column("layer", no_wrap=True)
        for column in ("added", "removed", "changed"):
            table.add_column(column, overflow="fold")
        for doc in self.documents:
            label = doc.doc_id if doc.annotation_id is None else f"{doc.doc_id}\nannotation #{doc.annotation_id}\n{doc.annotator}"
            rows = [(layer, change) for layer, change in doc.layers.items() if change]
            if not rows:
                table.add_row(label, "", "", "", "no change" if doc.annotation_id is not None else "no submitted annotation")
            for layer, change in rows:
                table.add_row(label, layer, "\n".join(change.added), "\n".join(change.removed), "\n".join(change.changed))
                label = ""
        return table

    def notes(self) -> list[str]:
        out = [f"{d.doc_id}: {note}" for d in self.documents for note in d.notes]
        out += [f"wrote {path}" for path in self.written]
        return out
