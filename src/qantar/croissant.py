"""Croissant (MLCommons) metadata of the built corpus, `corpus/croissant.json`, generated
from the same features as the Parquet files: one FileSet per config, one RecordSet per
config with a Field per top-level column, ClassLabel columns described with their names."""

import json

from datasets import ClassLabel, List, Value

from . import corpus_features
from .card import PRETTY_NAME

_CONTEXT = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
    "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/", "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"}, "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/", "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract",
    "field": "cr:field", "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject", "fileSet": "cr:fileSet",
    "format": "cr:format", "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset", "jsonPath": "cr:jsonPath",
    "key": "cr:key", "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path", "recordSet": "cr:recordSet",
    "references": "cr:references", "regex": "cr:regex", "repeated": "cr:repeated", "replace": "cr:replace",
    "sc": "https://schema.org/", "separator": "cr:separator", "source": "cr:source", "subField": "cr:subField",
    "transform": "cr:transform",
}
_TYPES = {"string": "sc:Text", "int32": "sc:Integer", "int64": "sc:Integer", "float64": "sc:Float", "bool": "sc:Boolean"}
DESCRIPTION = ("News articles about the January 2022 unrest in Kazakhstan with stand-off annotations of named "
               "entities linked to a knowledge base, TIMEX3 time expressions and events with arguments and "
               "realis; automatic (silver) and corrected (gold) layers. The article texts belong to their "
               "publishers; see the dataset card.")

CITATION = ("@misc{qantar, title={qantar: annotated multilingual news on the January 2022 unrest in Kazakhstan}, "
            "note={Corpus and tools built from seeds/ by the qantar command line}}")


def _field(config: str, name: str, feature) -> dict | None:
    """A Croissant field of one top-level column, or None for a nested column it cannot type."""
    field = {"@type": "cr:Field", "@id": f"{config}/{name}", "name": f"{config}/{name}",
             "source": {"fileSet": {"@id": f"{config}-parquet"}, "extract": {"column": name}}}
    if isinstance(feature, ClassLabel):
        return {**field, "dataType": "sc:Integer",
                "description": "ClassLabel: " + ", ".join(f"{i}={n}" for i, n in enumerate(feature.names))}
    if isinstance(feature, Value) and feature.dtype in _TYPES:
        return {**field, "dataType": _TYPES[feature.dtype]}
    if isinstance(feature, List) and not isinstance(feature.feature, (dict, List)):
        inner = _field(config, name, feature.feature)
        return {**inner, "repeated": True} if inner else None
    return None


def metadata(configs: list[str]) -> dict:
    """The Croissant JSON-LD of a corpus holding `configs`."""
    distribution, record_sets = [], []
    for config in configs:
        distribution.append({"@type": "cr:FileSet", "@id": f"{config}-parquet", "name": f"{config}-parquet",
                             "encodingFormat": "application/x-parquet", "includes": f"{config}/*.parquet"})
        fields = [f for name, feature in corpus_features.features(config).items()
                  if (f := _field(config, name, feature))]
        record_sets.append({"@type": "cr:RecordSet", "@id": config, "name": config, "field": fields})
    return {
        "@context": _CONTEXT, "@type": "sc:Dataset", "name": "qantar", "alternateName": PRETTY_NAME,
        "description": DESCRIPTION, "citeAs": CITATION, "conformsTo": "http://mlcommons.org/croissant/1.0",
        "license": "https://opensource.org/license/mit", "url": "https://qantar.invalid/",
        "version": "1.0.0", "distribution": distribution, "recordSet": record_sets,
    }


def render(configs: list[str]) -> str:
    return json.dumps(metadata(configs), ensure_ascii=False, indent=1) + "\n"
