import pytest

from qantar import exports
from qantar.exports import reader
from qantar.paths import corpus_dir


@pytest.fixture(scope="session")
def corpus_docs():
    """(split, document) of the committed corpus, as the exports read it."""
    return list(reader.documents(corpus_dir()))


@pytest.fixture(scope="session")
def exported(tmp_path_factory):
    """format -> (output directory, ExportResult) of the committed corpus."""
    out = {}
    for name in exports.FORMATS:
        target = tmp_path_factory.mktemp(name)
        out[name] = (target, exports.export(name, corpus_dir(), target))
    return out
