"""TimeML: one `<split>/<doc id>.tml` per article, readable by TimeML tools.

DCT as a CREATION_TIME TIMEX3 (tid t0); time expressions inline as TIMEX3 (tid, type, value,
mod, anchorTimeID: t0 for a value resolved against the DCT, temporalFunction); event triggers
inline as EVENT (eid, class OCCURRENCE) with a MAKEINSTANCE each (tense/aspect NONE: not
annotated here; polarity POS; realis `other` as modality="other", TimeML's free-text modality);
an event's `time` argument as a TLINK IS_INCLUDED to that TIMEX3.
"""

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NAME = "timeml"
DROPS = ("Entities and KB links, event types (TimeML classes are coarser: every event is an "
         "OCCURRENCE, its qantar type kept only as a comment), agent/patient/place arguments, "
         "negation as opposed to other irrealis (both become modality=\"other\"), TIMEX3 ranges "
         "(range_begin/range_end are values, TimeML wants time ids), annotation status and source, "
         "and an event trigger that overlaps a time expression (the time expression is kept).")


def _attrs(pairs) -> str:
    return "".join(f" {key}={quoteattr(str(value))}" for key, value in pairs if value is not None)


def _inline(doc: dict, tids: dict, eids: dict) -> str:
    """The text with TIMEX3 and EVENT elements around their spans (no two overlap)."""
    dct = doc["dct"]["value"]
    spans = sorted([(t["start"], t["end"], 0, t) for t in doc["timexes"]] +
                   [(e["start"], e["end"], 1, e) for e in doc["events"] if e["id"] in eids],
                   key=lambda s: (s[0], s[2]))
    out, pos = [], 0
    for start, end, kind, ann in spans:
        out.append(escape(doc["text"][pos:start]))
        inner = escape(doc["text"][start:end])
        if kind == 0:
            anchor = "t0" if ann["anchor"] == "dct" and dct else tids.get(ann["anchor"])
            attrs = _attrs([("tid", tids[ann["id"]]), ("type", ann["type"]), ("value", ann["value"]),
                            ("mod", ann["mod"]), ("temporalFunction", "true" if anchor else "false"),
                            ("anchorTimeID", anchor)])
            out.append(f"<TIMEX3{attrs}>{inner}</TIMEX3>")
        else:
            out.append(f"<EVENT{_attrs([('eid', eids[ann['id']]), ('class', 'OCCURRENCE')])}>{inner}</EVENT>"
                       f"<!--qantar:{ann['type']}-->")
        pos = end
    out.append(escape(doc["text"][pos:]))
    return "".join(out)


def _not_overlapping_events(doc: dict) -> list[dict]:
    taken = [(t["start"], t["end"]) for t in doc["timexes"]]
    kept = []
    for event in doc["events"]:
        if all(event["end"] <= a or event["start"] >= b for a, b in taken):
            kept.append(event)
            taken.append((event["start"], event["end"]))
    return kept


def document_xml(doc: dict) -> str:
    tids = {t["id"]: f"t{i}" for i, t in enumerate(doc["timexes"], 1)}
    events = _not_overlapping_events(doc)
    eids = {e["id"]: f"e{i}" for i, e in enumerate(events, 1)}
    dct = doc["dct"]["value"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(doc['id'])}</DOCID>"]
    if dct:
        lines.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>')
    lines.append(f"<TEXT>{_inline(doc, tids, eids)}</TEXT>")
    links = 0
    for event in events:
        n = eids[event["id"]][1:]
        modality = "other" if event["realis"] != "actual" else None
        lines.append(f"<MAKEINSTANCE{_attrs([('eiid', f'ei{n}'), ('eventID', f'e{n}'), ('tense', 'NONE'), ('aspect', 'NONE'), ('polarity', 'POS'), ('modality', modality)])}/>")
        for arg in event["arguments"]:
            if arg["role"] == "time" and arg["ref"] in tids:
                links += 1
                lines.append(f'<TLINK lid="l{links}" eventInstanceID="ei{n}" '
                             f'relatedToTime="{tids[arg["ref"]]}" relType="IS_INCLUDED"/>')
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def write(documents, output: Path) -> list[Path]:
    files = []
    for split, doc in documents:
        folder = output / split
        folder.mkdir(exist_ok=True)
        path = folder / f"{doc['id']}.tml"
        path.write_text(document_xml(doc), encoding="utf-8")
        files.append(path)
    return files
