"""JSON Schemas (draft 2020-12) for the canonical document, the knowledge base and the
corrected-annotation files, generated from the taxonomy.

The generated files live in schema/ so that other tools can read them; `check_generated`
reports the ones that no longer match the taxonomy.
"""

import json
from pathlib import Path

from . import taxonomy
from .paths import schema_dir

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"
LANGUAGE_PATTERN = r"^([a-z]{2}|und)$"


def _span(extra_properties: dict, required: list[str]) -> dict:
    props = {
        "id": {"type": "string", "pattern": ID_PATTERN},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 1},
        "text": {"type": "string", "minLength": 1},
    }
    props.update(extra_properties)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "start", "end", "text", *required],
        "properties": props,
    }


def _provenance(tax) -> dict:
    return {
        "status": {"enum": tax.statuses},
        "source": {"type": "string", "minLength": 1,
                   "description": "Rule set and version (silver) or annotator (gold)."},
        "confidence": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
    }


def layer_schemas(tax=None) -> dict:
    """The schema of one annotation of each annotated layer, keyed by layer name."""
    tax = tax or taxonomy.load()
    prov = _provenance(tax)
    nullable_str = {"type": ["string", "null"]}
    entity = _span(
        {"type": {"enum": tax.entity_types},
         "kb_id": {"type": ["string", "null"], "pattern": ID_PATTERN},
         **prov},
        ["type", "kb_id", "status", "source", "confidence"],
    )
    timex = _span(
        {"type": {"enum": tax.timex_types},
         "value": nullable_str,
         "mod": {"enum": [*tax.timex_mods, None]},
         "range_begin": nullable_str,
         "range_end": nullable_str,
         "anchor": {"type": ["string", "null"],
                    "description": "`dct`, the id of the time expression resolved against, or null when absolute."},
         **prov},
        ["type", "value", "mod", "range_begin", "range_end", "anchor", "status", "source", "confidence"],
    )
    argument = {
        "type": "object",
        "additionalProperties": False,
        "required": ["role", "ref"],
        "properties": {
            "role": {"enum": tax.roles},
            "ref": {"type": "string", "pattern": ID_PATTERN,
                    "description": "Id of an entity mention or time expression of the same document."},
        },
    }
    event = _span(
        {"type": {"enum": tax.event_types},
         "realis": {"enum": tax.realis},
         "arguments": {"type": "array", "items": argument},
         "cluster": {"type": ["string", "null"], "pattern": ID_PATTERN},
         **prov},
        ["type", "realis", "arguments", "cluster", "status", "source", "confidence"],
    )
    event["description"] = "An event mention; start/end/text are its trigger."
    return {"entities": entity, "timexes": timex, "events": event}


def document_schema(tax=None) -> dict:
    tax = tax or taxonomy.load()
    offsets = {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 1}}
    layers = layer_schemas(tax)
    return {
        "$schema": DRAFT,
        "$id": "https://qantar.invalid/schema/document.schema.json",
        "title": "qantar canonical document",
        "description": "Stand-off annotation over the exact article text. Offsets are Unicode code points, end-exclusive.",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "source_file", "language", "outlet", "published", "dct", "text",
                     "segments", "sentences", "tokens", "entities", "timexes", "events"],
        "properties": {
            "id": {"type": "string", "pattern": ID_PATTERN},
            "source_file": {"type": "string"},
            "language": {"type": "string", "pattern": LANGUAGE_PATTERN},
            "outlet": {"type": ["string", "null"]},
            "published": {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            "dct": {
                "type": "object",
                "additionalProperties": False,
                "required": ["value", "source", "evidence"],
                "properties": {
                    "value": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                    "source": {"enum": [*tax.dct_sources, None]},
                    "evidence": {"type": ["string", "null"]},
                },
            },
            "text": {"type": "string"},
            "segments": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": ["id", "start", "end", "kind", "language"],
                "properties": {"id": {"type": "string", "pattern": ID_PATTERN}, **offsets,
                               "kind": {"enum": tax.segment_kinds},
                               "language": {"type": "string", "pattern": LANGUAGE_PATTERN}}}},
            "sentences": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": ["id", "start", "end", "segment"],
                "properties": {"id": {"type": "string", "pattern": ID_PATTERN}, **offsets,
                               "segment": {"type": "string", "pattern": ID_PATTERN}}}},
            "tokens": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": ["start", "end"], "properties": offsets}},
            "entities": {"type": "array", "items": layers["entities"]},
            "timexes": {"type": "array", "items": layers["timexes"]},
            "events": {"type": "array", "items": layers["events"]},
        },
    }


def kb_schema(tax=None) -> dict:
    tax = tax or taxonomy.load()
    return {
        "$schema": DRAFT,
        "$id": "https://qantar.invalid/schema/kb.schema.json",
        "title": "qantar knowledge base",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "entries"],
        "properties": {
            "version": {"type": "string"},
            "entries": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "type", "name", "aliases", "wikidata", "provenance"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9_-]*$"},
                    "type": {"enum": tax.entity_types},
                    "name": {"type": "string", "minLength": 1},
                    "description": {"type": "string"},
                    "aliases": {"type": "object",
                                "propertyNames": {"pattern": LANGUAGE_PATTERN},
                                "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}}},
                    "wikidata": {"type": ["string", "null"], "pattern": r"^Q[1-9]\d*$"},
                    "iso": {"type": "string", "pattern": "^[A-Z]{2}$",
                            "description": "ISO 3166-1 alpha-2 code: the generated CLDR names merge into this entry"},
                    "geonames": {"type": "string", "pattern": r"^[1-9]\d*$",
                                 "description": "GeoNames id: the generated GeoNames names merge into this entry"},
                    "provenance": {
                        "type": "object", "additionalProperties": False, "required": ["source"],
                        "description": "curated (general knowledge of the topic), gold (copied from the gold "
                                       "annotation of one article), cldr or geonames (generated, with the source's id)",
                        "properties": {"source": {"enum": ["curated", "gold", "cldr", "geonames"]},
                                       "doc": {"type": "string"}, "id": {"type": "string"}},
                    },
                },
            }},
        },
    }


def corrections_schema(tax=None) -> dict:
    """annotation/gold/<doc_id>.json: the corrected layers of one document."""
    tax = tax or taxonomy.load()
    layers = layer_schemas(tax)
    return {
        "$schema": DRAFT,
        "$id": "https://qantar.invalid/schema/corrections.schema.json",
        "title": "qantar corrected annotations of one document",
        "type": "object",
        "additionalProperties": False,
        "required": ["doc_id", "text_sha256", "layers"],
        "properties": {
            "doc_id": {"type": "string", "pattern": ID_PATTERN},
            "text_sha256": {"type": "string", "pattern": r"^[0-9a-f]{64}$"},
            "layers": {
                "type": "object",
                "additionalProperties": False,
                "description": "Only the layers present were corrected; each replaces the automatic layer whole.",
                "properties": {name: {"type": "array", "items": schema} for name, schema in layers.items()},
            },
        },
    }


GENERATED = {
    "document.schema.json": document_schema,
    "kb.schema.json": kb_schema,
    "corrections.schema.json": corrections_schema,
}


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def load_schema(name: str) -> dict:
    """A generated schema, built from the current taxonomy (not read from disk)."""
    return GENERATED[name]()


def generated_files(directory: Path | None = None) -> dict[Path, str]:
    directory = directory or schema_dir()
    return {directory / name: render(build()) for name, build in GENERATED.items()}
