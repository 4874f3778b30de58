"""Validation of canonical documents: the JSON Schema, then semantic checks.

Every problem names where it is: the file, the document, the annotation and what is wrong.
"""

import bisect
from dataclasses import dataclass
from functools import lru_cache

import fastjsonschema

from . import inputs, schemas
from .articles import describe, first_non_text

SPAN_LAYERS = ("entities", "timexes", "events")


@dataclass(frozen=True)
class Problem:
    file: str
    doc_id: str
    annotation: str  # an annotation id or a JSON path; "" for the whole document
    message: str

    def __str__(self) -> str:
        where = [self.file or "<input>", f"document {self.doc_id or '?'}"]
        if self.annotation:
            where.append(self.annotation)
        return ": ".join(where) + f": {self.message}"


@lru_cache(maxsize=None)
def _validator(name: str):
    """jsonschema's validator of a schema, which explains what is wrong (imported only then:
    half a second that a valid document, and every command's start, need not pay)."""
    from jsonschema import Draft202012Validator

    schema = schemas.load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@lru_cache(maxsize=None)
def _compiled(name: str):
    """The schema compiled to Python once: tens of times faster than interpreting it, and
    enough to tell valid from invalid; jsonschema then explains what is wrong."""
    return fastjsonschema.compile(schemas.load_schema(name))


def _json_path(error) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")


def schema_problems(instance, schema_name: str, file: str, doc_id: str) -> list[Problem]:
    try:
        _compiled(schema_name)(instance)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    errors = sorted(_validator(schema_name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    return [Problem(file, doc_id, _json_path(e), e.message) for e in errors]


def _label(layer: str, ann: dict, index: int) -> str:
    return f"{layer}[{index}] {ann.get('id', '(no id)')}"


def describe_span(start: int, end: int, length: int) -> str | None:
    """What is wrong with the offsets start-end in a text of `length` characters, or None."""
    if start < 0:
        return f"span {start}-{end} starts before the text (negative offset)"
    if end < start:
        return f"span {start}-{end} is reversed (end before start)"
    if end == start:
        return f"span {start}-{end} is empty (end equals start)"
    if end > length:
        return f"span {start}-{end} ends after the end of the text (length {length})"
    return None


def span_problems(text: str, layer: str, annotations: list[dict], file: str, doc_id: str) -> list[Problem]:
    """Offsets inside the text and the stored span text equal to text[start:end]."""
    problems = []
    for i, ann in enumerate(annotations):
        start, end = ann.get("start"), ann.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue  # the schema reports it
        where = _label(layer, ann, i)
        wrong = describe_span(start, end, len(text))
        if wrong:
            problems.append(Problem(file, doc_id, where, wrong))
        elif "text" in ann and text[start:end] != ann["text"]:
            problems.append(Problem(file, doc_id, where,
                                    f"span text {ann['text']!r} differs from the document text "
                                    f"{text[start:end]!r} at {start}-{end}"))
    return problems


def _structure_problems(doc: dict, file: str, doc_id: str) -> list[Problem]:
    """Segments, sentences and tokens: in order, not overlapping, inside their segment."""
    problems = []
    segments = {seg["id"]: seg for seg in doc["segments"]}
    for name in ("segments", "sentences", "tokens"):
        items = doc[name]
        for i, (prev, cur) in enumerate(zip(items, items[1:]), start=1):
            if cur["start"] < prev["end"]:
                problems.append(Problem(file, doc_id, f"{name}[{i}]",
                                        f"overlaps the previous one ({prev['start']}-{prev['end']} and "
                                        f"{cur['start']}-{cur['end']})"))
        for i, item in enumerate(items):
            wrong = describe_span(item["start"], item["end"], len(doc["text"]))
            if wrong:
                problems.append(Problem(file, doc_id, f"{name}[{i}]", wrong))
    for i, sent in enumerate(doc["sentences"]):
        seg = segments.get(sent["segment"])
        if seg is None:
            problems.append(Problem(file, doc_id, f"sentences[{i}] {sent['id']}",
                                    f"refers to unknown segment {sent['segment']!r}"))
        elif not seg["start"] <= sent["start"] < sent["end"] <= seg["end"]:
            problems.append(Problem(file, doc_id, f"sentences[{i}] {sent['id']}",
                                    f"lies outside its segment {seg['id']}"))
    sentences = doc["sentences"]  # in order, not overlapping (checked above): bisect
    starts = [s["start"] for s in sentences]
    for i, tok in enumerate(doc["tokens"]):
        j = bisect.bisect_right(starts, tok["start"]) - 1
        if j < 0 or tok["end"] > sentences[j]["end"]:
            problems.append(Problem(file, doc_id, f"tokens[{i}]",
                                    f"token {tok['start']}-{tok['end']} lies outside every sentence"))
    return problems


def reference_problems(doc: dict, file: str, doc_id: str, kb_ids=None, cluster_ids=None) -> list[Problem]:
    """Unique ids, resolvable event arguments, known KB ids and event clusters, well-formed
    TIMEX values."""
    from .timex.values import is_well_formed

    problems, seen = [], {}
    for layer in ("segments", "sentences", *SPAN_LAYERS):
        for i, ann in enumerate(doc[layer]):
            if ann["id"] in seen:
                problems.append(Problem(file, doc_id, _label(layer, ann, i),
                                        f"duplicate id (also used by {seen[ann['id']]})"))
            else:
                seen[ann["id"]] = _label(layer, ann, i)
    targets = {a["id"] for layer in ("entities", "timexes") for a in doc[layer]}
    for i, event in enumerate(doc["events"]):
        for arg in event["arguments"]:
            if arg["ref"] not in targets:
                problems.append(Problem(file, doc_id, _label("events", event, i),
                                        f"argument {arg['role']} refers to {arg['ref']!r}, "
                                        "which is no entity or time expression of this document"))
    if kb_ids is not None:
        for i, ent in enumerate(doc["entities"]):
            if ent["kb_id"] is not None and ent["kb_id"] not in kb_ids:
                problems.append(Problem(file, doc_id, _label("entities", ent, i),
                                        f"kb_id {ent['kb_id']!r} is not in the knowledge base"))
    if cluster_ids is not None:
        for i, event in enumerate(doc["events"]):
            if event["cluster"] is not None and event["cluster"] not in cluster_ids:
                problems.append(Problem(file, doc_id, _label("events", event, i),
                                        f"cluster {event['cluster']!r} is not in annotation/clusters.json"))
    for i, tx in enumerate(doc["timexes"]):
        if tx["value"] is not None and not is_well_formed(tx["type"], tx["value"]):
            problems.append(Problem(file, doc_id, _label("timexes", tx, i),
                                    f"value {tx['value']!r} is not a well-formed {tx['type']} value"))
        for field in ("range_begin", "range_end"):
            value = tx[field]
            if value is not None and not (is_well_formed("DATE", value) or is_well_formed("TIME", value)):
                problems.append(Problem(file, doc_id, _label("timexes", tx, i),
                                        f"{field} {value!r} is not a well-formed date or time"))
    return problems


def date_problems(doc: dict, file: str, doc_id: str) -> list[Problem]:
    """Calendar-valid dates: the DCT, the published month or day, and the plain dates that
    begin TIMEX values and range bounds (2022-13-45 has the right shape but no day)."""
    fields = [("dct.value", doc["dct"]["value"]), ("published", doc["published"])]
    for i, tx in enumerate(doc["timexes"]):
        for field in ("value", "range_begin", "range_end"):
            fields.append((f"{_label('timexes', tx, i)} {field}", tx[field]))
    problems = []
    for where, value in fields:
        if isinstance(value, str):
            problem = inputs.calendar_problem(value[:10]) if value[:10].count("-") == 2 else inputs.calendar_problem(value[:7])
            if problem:
                problems.append(Problem(file, doc_id, where, problem))
    return problems


def text_problems(doc: dict, file: str, doc_id: str) -> list[Problem]:
    """Control characters and unpaired surrogates in the document text (qantar.articles)."""
    index = first_non_text(doc["text"])
    if index is None:
        return []
    return [Problem(file, doc_id, "text", f"{describe(doc['text'][index])} at character offset {index}")]


def validate_document(doc, file: str = "", kb_ids=None, cluster_ids=None) -> list[Problem]:
    """All problems of one canonical document; an empty list means it is valid.

    `kb_ids` and `cluster_ids`, when given, are the ids that references may use."""
    doc_id = doc.get("id", "") if isinstance(doc, dict) else ""
    problems = schema_problems(doc, "document.schema.json", file, doc_id)
    if problems:
        return problems  # semantic checks assume the shape is right
    for layer in SPAN_LAYERS:
        problems += span_problems(doc["text"], layer, doc[layer], file, doc_id)
    problems += _structure_problems(doc, file, doc_id)
    problems += reference_problems(doc, file, doc_id, kb_ids, cluster_ids)
    problems += date_problems(doc, file, doc_id)
    problems += text_problems(doc, file, doc_id)
    return problems
