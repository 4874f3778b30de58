"""Consistency report over the whole corpus: findings a reviewer should look at.

- the same string labelled differently (entity type or KB id, event type);
- knowledge-base aliases that occur in a text but are not annotated there;
- events without any argument although their sentence names an entity or a time;
- time expressions without a value.

A finding that is right as it is can be explained in annotation/consistency-explained.json
({"explained": [{"key": ..., "reason": ...}]}); explained findings are listed apart.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .paths import annotation_dir


@dataclass(frozen=True)
class Finding:
    check: str
    doc_id: str
    annotation: str
    message: str

    @property
    def key(self) -> str:
        return f"{self.check}|{self.doc_id}|{self.annotation}"


def _inconsistent_labels(docs, layer, fields):
    seen = defaultdict(set)
    where = defaultdict(list)
    for doc in docs:
        for ann in doc[layer]:
            label = tuple(ann[f] for f in fields)
            seen[ann["text"]].add(label)
            where[(ann["text"], label)].append((doc["id"], ann["id"]))
    for text, labels in sorted(seen.items()):
        if len(labels) > 1:
            for label in sorted(labels, key=str):
                for doc_id, ann_id in where[(text, label)]:
                    others = ", ".join("/".join(map(str, other)) for other in sorted(labels - {label}, key=str))
                    yield Finding(f"{layer}-label", doc_id, ann_id,
                                  f"{text!r} is {'/'.join(map(str, label))} here but {others} elsewhere")


def _unannotated_aliases(docs, kb_entries):
    for doc in docs:
        spans = [(a["start"], a["end"]) for a in doc["entities"]]
        for entry in kb_entries:
            for alias in sorted({a for names in entry["aliases"].values() for a in names} | {entry["name"]}):
                for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", doc["text"]):
                    if not any(s < m.end() and m.start() < e for s, e in spans):  # any extent will do
                        yield Finding("kb-alias-unannotated", doc["id"], f"{m.start()}-{m.end()}",
                                      f"{alias!r} ({entry['id']}) occurs but is not annotated")


def _events_without_arguments(doc):
    """Events with no argument in a sentence that names an entity or a time (elsewhere
    there is nothing an argument could point to)."""
    mentions = doc["entities"] + doc["timexes"]
    for event in doc["events"]:
        if event["arguments"]:
            continue
        sentence = next(s for s in doc["sentences"] if s["start"] <= event["start"] < s["end"])
        nearby = [m["text"] for m in mentions if sentence["start"] <= m["start"] < sentence["end"]]
        if nearby:
            yield Finding("event-without-argument", doc["id"], event["id"],
                          f"event {event['text']!r} ({event['type']}) has no argument; its sentence "
                          f"names {', '.join(repr(t) for t in nearby[:4])}")


def findings(docs: list[dict], kb_entries: list[dict]) -> list[Finding]:
    out = list(_inconsistent_labels(docs, "entities", ("type", "kb_id")))
    out += _inconsistent_labels(docs, "events", ("type",))
    out += _unannotated_aliases(docs, kb_entries)
    for doc in docs:
        out += _events_without_arguments(doc)
        out += [Finding("timex-without-value", doc["id"], t["id"], f"time expression {t['text']!r} has no value")
                for t in doc["timexes"] if not t["value"]]
    return out


def load_explanations(path: Path | None = None) -> dict[str, str]:
    path = Path(path or annotation_dir() / "consistency-explained.json")
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {item["key"]: item["reason"] for item in data["explained"]}
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: expected {{\"explained\": [{{\"key\", \"reason\"}}]}}: {exc}") from exc


def split_explained(found: list[Finding], explanations: dict[str, str]):
    """(unexplained findings, [(finding, reason)])."""
    unexplained = [f for f in found if f.key not in explanations]
    explained = [(f, explanations[f.key]) for f in found if f.key in explanations]
    return unexplained, explained
