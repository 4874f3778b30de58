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
    """BIO tags of tokens (sorted, not overlapping): a token overlapping a span gets its type;
    the first one B-, then I-. Linear in tokens + spans (each span finds its tokens by bisection)."""
    tags = ["O"] * len(tokens)
    ends = [tok["end"] for tok in tokens]
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        first = True
        for i in range(bisect.bisect_right(ends, span["start"]), len(tokens)):
            if tokens[i]["start"] >= span["end"]:
                break
            if tags[i] == "O":
                tags[i] = ("B-" if first else "I-") + span["type"]
                first = False
    return tags


def sentence_tokens(doc: dict):
    """(sentence, its tokens, their slice of the document's tokens) in order."""
    starts = [t["start"] for t in doc["tokens"]]
    for sent in doc["sentences"]:
        lo = bisect.bisect_left(starts, sent["start"])
        hi = bisect.bisect_left(starts, sent["end"])
        yield sent, doc["tokens"][lo:hi], slice(lo, hi)


def sentence_tags(tags: list[str], part: slice) -> list[str]:
    """A sentence's slice of document-wide BIO tags, a span cut by the sentence start
    beginning again with B- (as if tagged sentence by sentence)."""
    out = tags[part]
    if out and out[0].startswith("I-"):
        out[0] = "B-" + out[0][2:]
    return out


def document_row(doc: dict) -> dict:
    return {name: doc[name] for name in corpus_features.features("documents")}


def token_rows(doc: dict) -> list[dict]:
    language = segment_language(doc)
    ner, events = bio_tags(doc["tokens"], doc["entities"]), bio_tags(doc["tokens"], doc["events"])
    rows = []
    for sent, toks, part in sentence_tokens(doc):
        rows.append({
            "doc_id": doc["id"],
            "language": language(sent["start"]),
            "sentence_id": sent["id"],
            "start": sent["start"],
            "end": sent["end"],
            "tokens": [doc["text"][t["start"]:t["end"]] for t in toks],
            "ner_tags": sentence_tags(ner, part),
            "event_tags": sentence_tags(events, part),
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
