"""Rows of each corpus config from canonical documents, and documents back from rows."""

import bisect

from datasets import ClassLabel, Features, List

from . import corpus_features


def segment_language(doc: dict):
    """A function: offset -> the language of the segment that holds it."""
    starts = [seg["start"] for seg in doc["segments"]]

    def language(offset: int) -> str:
        i = bisect.bisect_right(starts, offset) - 1
        return doc["segments"][i]["language"] if i >= 0 else doc["language"]

    return language


def bio_tags(tokens: list[dict], spans: list[dict]) -> list[str]:
    """BIO tags of tokens: a token overlapping a span gets its type; the first one B-, then I-."""
    tags = ["O"] * len(tokens)
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        first = True
        for i, tok in enumerate(tokens):
            if tok["end"] <= span["start"] or tok["start"] >= span["end"] or tags[i] != "O":
                continue
            tags[i] = ("B-" if first else "I-") + span["type"]
            first = False
    return tags


def document_row(doc: dict) -> dict:
    return {name: doc[name] for name in corpus_features.features("documents")}


def token_rows(doc: dict) -> list[dict]:
    language = segment_language(doc)
    tokens = doc["tokens"]
    starts = [t["start"] for t in tokens]
    rows = []
    for sent in doc["sentences"]:
        lo = bisect.bisect_left(starts, sent["start"])
        hi = bisect.bisect_left(starts, sent["end"])
        toks = tokens[lo:hi]
        rows.append({
            "doc_id": doc["id"],
            "language": language(sent["start"]),
            "sentence_id": sent["id"],
            "start": sent["start"],
            "end": sent["end"],
            "tokens": [doc["text"][t["start"]:t["end"]] for t in toks],
            "ner_tags": bio_tags(toks, doc["entities"]),
            "event_tags": bio_tags(toks, doc["events"]),
        })
    return rows


def layer_rows(doc: dict, layer: str) -> list[dict]:
    """One row per annotation of the layer; event arguments resolved to text and label."""
    language = segment_language(doc)
    targets = {a["id"]: a for name in ("entities", "timexes") for a in doc[name]}
    rows = []
    for ann in doc[layer]:
        row = {"doc_id": doc["id"], "language": language(ann["start"]), **ann}
        if layer == "events":
            row["arguments"] = [
                {"role": arg["role"], "ref": arg["ref"],
                 "start": targets[arg["ref"]]["start"], "end": targets[arg["ref"]]["end"],
                 "text": targets[arg["ref"]]["text"], "label": targets[arg["ref"]]["type"]}
                for arg in ann["arguments"]
            ]
        rows.append(row)
    return rows


def rows(config: str, docs: list[dict]) -> list[dict]:
    out = []
    for doc in docs:
        if config == "documents":
            out.append(document_row(doc))
        elif config == "tokens":
            out += token_rows(doc)
        else:
            out += layer_rows(doc, config)
    return out


def decode(feature, value):
    """A value read from Parquet/`datasets` with ClassLabel ids turned back into names."""
    if value is None:
        return None
    if isinstance(feature, ClassLabel):
        return feature.int2str(value)
    if isinstance(feature, (dict, Features)):
        return {key: decode(sub, value[key]) for key, sub in feature.items()}
    if isinstance(feature, List):
        return [decode(feature.feature, item) for item in value]
    return value


def document_from_row(row: dict) -> dict:
    """The canonical document stored in a `documents` row."""
    return decode(corpus_features.features("documents"), row)
