"""CoNLL-2003 columns: token, POS, chunk, NER (BIO) — one file per split.

POS and chunk are unknown here and written `_`; entity types are mapped to the CoNLL-2003
inventory by the taxonomy (`conll2003` of each entity type: GPE, LOC and FAC become LOC).
Columns are separated by a tab (tokens may contain non-breaking spaces); each document
starts with the usual `-DOCSTART-` line and sentences are separated by a blank line.
"""

from pathlib import Path

from .. import corpus_rows, taxonomy
from . import splitfiles

NAME = "conll2003"
DROPS = ("KB ids, entity types finer than CoNLL-2003 (GPE/LOC/FAC all become LOC), nested or "
         "overlapping entities (the first, longest one is tagged), time expressions, events, "
         "segment kinds and languages, document metadata.")


def _conll_type() -> dict:
    tax = taxonomy.load()
    return {name: tax.entry("entity_types", name)["conll2003"] for name in tax.entity_types}


def document_lines(doc: dict, mapping: dict) -> list[str]:
    lines = ["-DOCSTART-\t-X-\t-X-\tO", ""]
    entities = [{**e, "type": mapping[e["type"]]} for e in doc["entities"]]
    tags = corpus_rows.bio_tags(doc["tokens"], entities)
    for _sent, tokens, part in corpus_rows.sentence_tokens(doc):
        for token, tag in zip(tokens, corpus_rows.sentence_tags(tags, part)):
            lines.append(f"{doc['text'][token['start']:token['end']]}\t_\t_\t{tag}")
        lines.append("")
    return lines


def write(documents, output: Path) -> list[Path]:
    mapping = _conll_type()
    return splitfiles.write_lines(documents, output, ".conll", lambda doc: document_lines(doc, mapping))
