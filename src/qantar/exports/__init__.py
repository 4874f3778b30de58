"""Exports of the built corpus for other tools, one module per format.

Every format module has the same shape: `NAME`, `DROPS` (what the format cannot carry, said
in every export's notice) and `write(documents, output) -> list[Path]`, where `documents`
yields (split, canonical document) pairs in corpus order; formats that can carry everything
also have `read(directory) -> list[document]`. The table below registers them.
"""

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ..errors import InputError

FORMATS = {
    "conll2003": "qantar.exports.conll2003",
    "conllu": "qantar.exports.conllu",
    "spacy": "qantar.exports.spacy_docbin",
    "brat": "qantar.exports.brat",
    "timeml": "qantar.exports.timeml",
    "jsonl": "qantar.exports.jsonl",
}


@dataclass(frozen=True)
class ExportResult:
    format: str
    files: list[Path]
    documents: int
    drops: str


def format_module(name: str):
    if name not in FORMATS:
        raise InputError(f"unknown export format {name!r}; formats are {', '.join(FORMATS)}")
    return import_module(FORMATS[name])


def export(name: str, corpus: Path, output: Path, *, splits=None, statuses=None, languages=None) -> ExportResult:
    """Write the corpus at `corpus` in format `name` into `output`, keeping only the asked
    splits, annotation statuses and document languages (None: all)."""
    from . import reader  # pyarrow: imported by the export itself, not by building the command line

    module = format_module(name)
    output.mkdir(parents=True, exist_ok=True)
    count = 0

    def documents():
        nonlocal count
        for split, doc in reader.documents(corpus, splits=splits, statuses=statuses, languages=languages):
            count += 1
            yield split, doc

    files = module.write(documents(), output)
    notice = output / f"{name}.DROPS.txt"
    notice.write_text(f"qantar export --format {name}: what this format does not carry\n\n{module.DROPS}\n",
                      encoding="utf-8")
    return ExportResult(name, files + [notice], count, module.DROPS)
