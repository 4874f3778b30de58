"""Ingest: an article file (or text) -> a canonical document with segments, sentences, tokens.

The annotation layers are left empty here; `qantar.pipeline` fills them.
"""

from pathlib import Path

from . import articles, inputs, language_id, segments, tokens

LAYERS = ("entities", "timexes", "events")


def document_language(text: str) -> str:
    """The language of the article, detected on its whole text."""
    return language_id.detect_document(text)


def from_text(
    text: str,
    doc_id: str,
    source_file: str,
    *,
    language: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    dct: dict | None = None,
) -> dict:
    articles.check_text(text, source_file)
    language = inputs.language(language, f"{source_file}: language") if language else document_language(text)
    segs = segments.segment(text, language)
    sentences, toks = [], []
    for seg in segs:
        for start, end in tokens.split_sentences(text, seg["start"], seg["end"], seg["language"]):
            sentences.append({"id": f"s{len(sentences)}", "start": start, "end": end, "segment": seg["id"]})
            toks += tokens.tokenize(text, start, end, seg["language"])
    doc = {
        "id": doc_id,
        "source_file": source_file,
        "language": language,
        "outlet": outlet,
        "published": published,
        "dct": dct or {"value": None, "source": None, "evidence": None},
        "text": text,
        "segments": segs,
        "sentences": sentences,
        "tokens": toks,
    }
    for layer in LAYERS:
        doc[layer] = []
    return doc


def from_file(path, *, doc_id=None, source_file=None, language=None, outlet=None, dct=None) -> dict:
    """A document from an article file; `dct` is a day (YYYY-MM-DD) or a full dct object."""
    raw = articles.read_article(path)
    if isinstance(dct, str):
        dct = {"value": inputs.day(dct, "dct"), "source": "inferred", "evidence": "given on the command line"}
    return from_text(
        raw.text,
        doc_id or Path(path).stem,
        source_file or Path(path).name,
        language=language,
        published=raw.published,
        outlet=outlet,
        dct=dct,
    )
