"""One Label Studio annotation (its `result` list) -> validated canonical annotation content.

Label Studio validates nothing it is given (unknown labels, offsets past the end, relations
to missing regions all pass), so everything is checked here. Offsets are code points;
offsets counted in UTF-16 units (older Label Studio versions) are repaired when every
region's own text proves it, and refused otherwise.
"""

from dataclasses import dataclass, field

from . import config
from .regions import PER_REGION_TAG, TAG_LAYER, annotation_id


class RegionProblem(Exception):
    """What is wrong with one result; the importer adds file, task and document."""

    def __init__(self, region, message: str):
        self.region = region
        super().__init__(message)


@dataclass
class Region:
    id: str
    layer: str
    label: str
    start: int
    end: int
    text: str  # as Label Studio recorded it


@dataclass
class Parsed:
    layers: dict            # layer -> {canonical id: content without carried fields}
    origin: dict            # canonical id -> region id it came from
    notes: list = field(default_factory=list)
    reviewed: frozenset = frozenset()  # layers the annotator marked as reviewed whole


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _utf16_to_code_points(text: str) -> list:
    """Index: UTF-16 offset -> code-point offset (None inside a surrogate pair)."""
    table = []
    for index, char in enumerate(text):
        table.append(index)
        if ord(char) > 0xFFFF:
            table.append(None)
    table.append(len(text))
    return table


def _span_problem(text: str, start, end, said: str) -> str | None:
    if not (_is_int(start) and _is_int(end)):
        return f"offsets {start!r}-{end!r} are not integers"
    if start < 0 or end > len(text) or start >= end:
        return f"offsets {start}-{end} are outside the text (length {len(text)} code points) or empty"
    found = text[start:end]
    if found != said and found.split() != said.split():
        return f"offsets {start}-{end} hold {found!r} in the document but the region says {said!r}"
    return None


def _resolve_offsets(text: str, regions: list[Region], notes: list) -> None:
    """Check every region against the text, in code points or else in UTF-16 units."""
    problems = [(r, _span_problem(text, r.start, r.end, r.text)) for r in regions]
    problems = [(r, p) for r, p in problems if p]
    if problems and any(ord(c) > 0xFFFF for c in text):
        table = _utf16_to_code_points(text)

        def convert(offset):
            return table[offset] if _is_int(offset) and 0 <= offset < len(table) else None

        converted = [(r, convert(r.start), convert(r.end)) for r in regions]
        if all(s is not None and e is not None and not _span_problem(text, s, e, r.text) for r, s, e in converted):
            for r, s, e in converted:
                r.start, r.end = s, e
            notes.append("offsets were counted in UTF-16 units (older Label Studio); converted to code points")
            return
    if problems:
        region, problem = problems[0]
        raise RegionProblem(region.id, problem)
    for r in regions:
        if text[r.start:r.end] != r.text:
            notes.append(f"region {r.id}: span text {r.text!r} differs from the document only in whitespace; "
                         f"kept the offsets {r.start}-{r.end}")


def _single_value(item: dict, rid: str, key: str, allowed=None):
    values = item.get("value", {}).get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RegionProblem(rid, f"{item.get('from_name')}: value.{key} must be a list of strings")
    values = [v.strip() for v in values if v.strip()]
    if len(set(values)) > 1:
        raise RegionProblem(rid, f"{item.get('from_name')}: several values {values}; keep one")
    if values and allowed is not None and values[0] not in allowed:
        raise RegionProblem(rid, f"{item.get('from_name')}: unknown value {values[0]!r} (known: {', '.join(allowed)})")
    return values[0] if values else None


def _single_choices(item: dict, allowed: list[str]) -> list[str]:
    """The choices of a task-level Choices result, each one of `allowed`."""
    values = item.get("value", {}).get("choices")
    if not isinstance(values, list) or any(v not in allowed for v in values):
        raise RegionProblem(item.get("id"), f"{item.get('from_name')}: choices must be some of {', '.join(allowed)}; "
                                            f"got {values!r}")
    return values


def _region(item: dict, tax) -> Region:
    rid = item["id"]
    layer = TAG_LAYER[item["from_name"]]
    section = config.LABELS[layer][1]
    value = item.get("value")
    if item.get("type") != "labels" or not isinstance(value, dict):
        raise RegionProblem(rid, f"{item['from_name']}: expected a `labels` result with a value")
    labels = value.get("labels")
    if not isinstance(labels, list) or len(labels) != 1:
        raise RegionProblem(rid, f"{item['from_name']}: expected exactly one label, got {labels!r}")
    if labels[0] not in tax.names(section):
        raise RegionProblem(rid, f"unknown label {labels[0]!r} for {item['from_name']} "
                                 f"(known: {', '.join(tax.names(section))})")
    if not isinstance(value.get("text"), str):
        raise RegionProblem(rid, "the region has no span text (value.text)")
    return Region(rid, layer, labels[0], value.get("start"), value.get("end"), value["text"])


def parse(results, text: str, tax) -> Parsed:
    """Validate one annotation's results against the document text and the taxonomy."""
    if not isinstance(results, list):
        raise RegionProblem(None, "`result` is not a list")
    regions: dict[str, Region] = {}
    per_region, relations, reviewed = [], [], []
    for item in results:
        if not isinstance(item, dict):
            raise RegionProblem(None, f"a result is not an object: {item!r}")
        if item.get("type") == "relation":
            relations.append(item)
            continue
        if item.get("from_name") == config.REVIEWED:
            reviewed = _single_choices(item, list(config.LABELS))
            continue
        rid, tag = item.get("id"), item.get("from_name")
        if not isinstance(rid, str) or not rid:
            raise RegionProblem(None, f"a {tag} result has no region id")
        if tag in TAG_LAYER:
            if rid in regions:
                raise RegionProblem(rid, "two regions share this id")
            regions[rid] = _region(item, tax)
        elif tag in PER_REGION_TAG:
            per_region.append(item)
        else:
            raise RegionProblem(rid, f"unknown tag {tag!r}: not in the labeling config")
    notes: list = []
    _resolve_offsets(text, list(regions.values()), notes)

    contents: dict[str, dict] = {}  # region id -> content
    for r in regions.values():
        contents[r.id] = {"id": annotation_id(r.layer, r.start, r.end), "start": r.start, "end": r.end,
                          "text": text[r.start:r.end], "type": r.label}
        if r.layer == "events":
            contents[r.id]["arguments"] = []
    seen: dict[str, set] = {}
    for item in per_region:
        rid, tag = item["id"], item["from_name"]
        layer, fieldname = PER_REGION_TAG[tag]
        region = regions.get(rid)
        if region is None or region.layer != layer:
            raise RegionProblem(rid, f"{tag} is given for a region that is not a {config.LABELS[layer][0]} region")
        if tag in seen.setdefault(rid, set()):
            raise RegionProblem(rid, f"{tag} is given twice")
        seen[rid].add(tag)
        if item.get("type") == "choices":
            allowed = tax.names(config.CHOICES[tag]) if tag in config.CHOICES else []
            contents[rid][fieldname] = _single_value(item, rid, "choices", allowed)
        else:
            contents[rid][fieldname] = _single_value(item, rid, "text")
    for item in relations:
        ends = (item.get("from_id"), item.get("to_id"))
        missing = [end for end in ends if end not in regions]
        if missing:
            raise RegionProblem(ends[0], f"relation {ends[0]} -> {ends[1]} points to a missing region {missing[0]!r}")
        events = [end for end in ends if regions[end].layer == "events"]
        if len(events) != 1:
            raise RegionProblem(ends[0], f"relation {ends[0]} -> {ends[1]} must join one event trigger "
                                         "to one entity or time expression")
        other = ends[1] if events[0] == ends[0] else ends[0]
        roles = item.get("labels")
        if not isinstance(roles, list) or not roles:
            raise RegionProblem(events[0], f"relation to {other} has no role (label it with one of {', '.join(tax.roles)})")
        for role in roles:
            if role not in tax.roles:
                raise RegionProblem(events[0], f"relation to {other}: unknown role {role!r} (known: {', '.join(tax.roles)})")
            contents[events[0]]["arguments"].append({"role": role, "ref": contents[other]["id"]})

    parsed = Parsed({layer: {} for layer in config.LABELS}, {}, notes, frozenset(reviewed))
    for rid, content in contents.items():
        layer = regions[rid].layer
        if "arguments" in content:
            unique = {(a["role"], a["ref"]): a for a in content["arguments"]}
            content["arguments"] = [unique[key] for key in sorted(unique)]
        if content["id"] in parsed.layers[layer]:
            twin = parsed.origin[content["id"]]
            raise RegionProblem(rid, f"regions {twin} and {rid} mark the same span "
                                     f"{content['start']}-{content['end']} in layer {layer}")
        parsed.layers[layer][content["id"]] = content
        parsed.origin[content["id"]] = rid
    return parsed
