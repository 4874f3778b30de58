"""Hugging Face features of each corpus config, and the rows that fill them.

Every label field is a ClassLabel whose names come from the taxonomy.
"""

from datasets import ClassLabel, Features, List, Value

from . import taxonomy

_INT = Value("int32")
_STR = Value("string")
_FLOAT = Value("float64")

CONFIGS = ("documents", "tokens", "entities", "timexes", "events")


def _labels(section: str) -> ClassLabel:
    return ClassLabel(names=taxonomy.load().names(section))


def _provenance() -> dict:
    return {"status": _labels("statuses"), "source": _STR, "confidence": _FLOAT}


def _span() -> dict:
    return {"id": _STR, "start": _INT, "end": _INT, "text": _STR}


def entity_struct() -> dict:
    return {**_span(), "type": _labels("entity_types"), "kb_id": _STR, **_provenance()}


def timex_struct() -> dict:
    return {**_span(), "type": _labels("timex_types"), "value": _STR, "mod": _STR,
            "range_begin": _STR, "range_end": _STR, "anchor": _STR, **_provenance()}


def event_struct(argument: dict) -> dict:
    return {**_span(), "type": _labels("event_types"), "realis": _labels("realis"),
            "arguments": List(argument), "cluster": _STR, **_provenance()}


def features(config: str) -> Features:
    tax = taxonomy.load()
    if config == "documents":
        return Features({
            "id": _STR, "source_file": _STR, "language": _STR, "outlet": _STR, "published": _STR,
            "dct": {"value": _STR, "source": _STR, "evidence": _STR},
            "text": _STR,
            "segments": List({"id": _STR, "start": _INT, "end": _INT,
                              "kind": _labels("segment_kinds"), "language": _STR}),
            "sentences": List({"id": _STR, "start": _INT, "end": _INT, "segment": _STR}),
            "tokens": List({"start": _INT, "end": _INT}),
            "entities": List(entity_struct()),
            "timexes": List(timex_struct()),
            "events": List(event_struct({"role": _labels("roles"), "ref": _STR})),
        })
    row = {"doc_id": _STR, "language": _STR}
    if config == "tokens":
        return Features({
            **row, "sentence_id": _STR, "start": _INT, "end": _INT,
            "tokens": List(_STR),
            "ner_tags": List(ClassLabel(names=tax.bio_tags("entity_types"))),
            "event_tags": List(ClassLabel(names=tax.bio_tags("event_types"))),
        })
    if config == "entities":
        return Features({**row, **entity_struct()})
    if config == "timexes":
        return Features({**row, **timex_struct()})
    if config == "events":
        argument = {"role": _labels("roles"), "ref": _STR, "start": _INT, "end": _INT,
                    "text": _STR, "label": _STR}
        return Features({**row, **event_struct(argument)})
    raise KeyError(f"unknown config {config!r}; configs are {', '.join(CONFIGS)}")
