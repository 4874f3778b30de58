"""brat standoff: `<split>/<doc id>.txt` and `.ann` per article, `annotation.conf` at the top.

Entities and time expressions are text-bound annotations (T) typed by the taxonomy; an event
is a T for its trigger and an E with its role arguments (`agent:T1 place2:T4`, brat numbers a
repeated role); realis is an attribute (A); a KB link is a normalisation (N, database
`qantar`). What brat has no slot for (annotation ids, status, source, confidence, TIMEX3
value/mod/range/anchor, event cluster) goes into one AnnotatorNotes line (#) per annotation
as JSON, so `read` rebuilds the layers exactly. Offsets are code points, as in the corpus.
"""

import json
import re
from pathlib import Path

from .. import taxonomy

NAME = "brat"
DROPS = ("Nothing of the annotation layers (fields brat has no slot for are kept as JSON in "
         "AnnotatorNotes). Sentences, tokens, segments and document metadata are not exported.")

_NOTE_FIELDS = {
    "entities": ("id", "status", "source", "confidence"),
    "timexes": ("id", "status", "source", "confidence", "value", "mod", "range_begin", "range_end", "anchor"),
    "events": ("id", "status", "source", "confidence", "cluster"),
}


def annotation_conf() -> str:
    tax = taxonomy.load()
    entity = "|".join(tax.entity_types)
    timex = "|".join(tax.timex_types)
    target = {"agent": entity, "patient": entity, "place": entity, "time": timex}
    events = [f"{name}\t" + ", ".join(f"{role}*:{target.get(role, entity + '|' + timex)}" for role in tax.roles)
              for name in tax.event_types]
    return "\n".join(["[entities]", *tax.entity_types, *tax.timex_types, "", "[relations]",
                      "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>", "", "[events]", *events, "",
                      "[attributes]", "Realis\tArg:<EVENT>, Value:" + "|".join(tax.realis), ""])


def _fragments(text: str, start: int, end: int) -> str:
    """brat offsets of a span, cut at line breaks (a brat fragment holds no newline)."""
    parts, pos = [], start
    for match in re.finditer(r"\n", text[start:end]):
        cut = start + match.start()
        if cut > pos:
            parts.append(f"{pos} {cut}")
        pos = cut + 1
    if end > pos:
        parts.append(f"{pos} {end}")
    return ";".join(parts)


def ann_lines(doc: dict) -> list[str]:
    text, lines, tid = doc["text"], [], {}
    spans = [(a["start"], a["end"], layer, a) for layer in ("entities", "timexes", "events") for a in doc[layer]]
    for n, (start, end, layer, ann) in enumerate(sorted(spans, key=lambda s: (s[0], s[1], s[2], s[3]["id"])), 1):
        tid[(layer, ann["id"])] = f"T{n}"
        shown = text[start:end].replace("\n", " ")
        lines.append(f"T{n}\t{ann['type']} {_fragments(text, start, end)}\t{shown}")
    notes = []
    for layer, fields in _NOTE_FIELDS.items():
        for ann in doc[layer]:
            extra = json.dumps({f: ann[f] for f in fields}, ensure_ascii=False, sort_keys=True)
            notes.append(f"AnnotatorNotes {tid[(layer, ann['id'])]}\t{extra}")
    ref = {a["id"]: tid[(layer, a["id"])] for layer in ("entities", "timexes") for a in doc[layer]}
    for k, event in enumerate(doc["events"], 1):
        seen: dict[str, int] = {}
        args = []
        for arg in event["arguments"]:
            seen[arg["role"]] = seen.get(arg["role"], 0) + 1
            args.append(f"{arg['role']}{seen[arg['role']] if seen[arg['role']] > 1 else ''}:{ref[arg['ref']]}")
        lines.append(f"E{k}\t{event['type']}:{tid[('events', event['id'])]}" + "".join(" " + a for a in args))
        lines.append(f"A{k}\tRealis E{k} {event['realis']}")
    links = [e for e in doc["entities"] if e["kb_id"]]
    lines += [f"N{i}\tReference {tid[('entities', e['id'])]} qantar:{e['kb_id']}\t{e['kb_id']}"
              for i, e in enumerate(links, 1)]
    lines += [f"#{i}\t{note}" for i, note in enumerate(notes, 1)]
    return lines


def write(documents, output: Path) -> list[Path]:
    conf = output / "annotation.conf"
    conf.write_text(annotation_conf(), encoding="utf-8")
    files = [conf]
    for split, doc in documents:
        folder = output / split
        folder.mkdir(exist_ok=True)
        txt, ann = folder / f"{doc['id']}.txt", folder / f"{doc['id']}.ann"
        txt.write_text(doc["text"], encoding="utf-8", newline="")
        ann.write_text("\n".join(ann_lines(doc)) + "\n", encoding="utf-8")
        files += [txt, ann]
    return files


def read_document(txt: Path) -> dict:
    """The annotation layers of one brat document (`id`, `text` and the three layers)."""
    text = txt.read_bytes().decode("utf-8")  # no newline translation: offsets count every character
    tax = taxonomy.load()
    layer_of = {**{t: "entities" for t in tax.entity_types}, **{t: "timexes" for t in tax.timex_types},
                **{t: "events" for t in tax.event_types}}
    spans, events, realis, links, notes = {}, [], {}, {}, {}
    for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        key, rest = line.split("\t", 1)
        if key[0] == "T":
            label, offsets = rest.split("\t", 1)[0].split(" ", 1)
            pairs = [tuple(map(int, frag.split())) for frag in offsets.split(";")]
            spans[key] = (label, pairs[0][0], pairs[-1][1])
        elif key[0] == "E":
            trigger, *args = rest.split()
            events.append((key, trigger.split(":")[1], [a.split(":") for a in args]))
        elif key[0] == "A":
            _, event_id, value = rest.split()
            realis[event_id] = value
        elif key[0] == "N":
            _, target, kb = rest.split("\t")[0].split()
            links[target] = kb.split(":", 1)[1]
        elif key[0] == "#":
            target, extra = rest.split("\t", 1)
            notes[target.split()[1]] = json.loads(extra)
    doc = {"id": txt.stem, "text": text, "entities": [], "timexes": [], "events": []}
    ids = {t: notes[t]["id"] for t in spans}
    for t, (label, start, end) in spans.items():
        layer = layer_of[label]
        if layer == "events":
            continue
        ann = {"id": ids[t], "start": start, "end": end, "text": text[start:end], "type": label}
        if layer == "entities":
            ann["kb_id"] = links.get(t)
        ann.update({f: notes[t][f] for f in _NOTE_FIELDS[layer] if f != "id"})
        doc[layer].append(ann)
    for e, trigger, args in events:
        label, start, end = spans[trigger]
        doc["events"].append({
            "id": ids[trigger], "start": start, "end": end, "text": text[start:end], "type": label,
            "realis": realis[e],
            "arguments": [{"role": re.sub(r"\d+$", "", role), "ref": ids[target]} for role, target in args],
            **{f: notes[trigger][f] for f in _NOTE_FIELDS["events"] if f != "id"},
        })
    for layer in ("entities", "timexes", "events"):
        doc[layer].sort(key=lambda a: (a["start"], a["end"], a["id"]))
    return doc


def read(directory: Path) -> list[dict]:
    return [read_document(txt) for txt in sorted(Path(directory).glob("*/*.txt"), key=lambda p: p.stem)]
