"""The development set: loaded through the same checks as the corpus, scored apart from the seeds."""

import json

import pytest

from qantar import build, corrections, devset
from qantar.cli import main
from qantar.errors import InputError, ValidationError

TEXT = "W środę policja zatrzymała w Ałmaty trzech mężczyzn.\n"
DCT = {"value": "2022-01-06", "source": "inferred", "evidence": "test"}


def _entity(start, end, type_, kb_id):
    return {"id": f"ent-{start}-{end}", "start": start, "end": end, "text": TEXT[start:end], "type": type_,
            "kb_id": kb_id, "status": "gold", "source": "agent:test", "confidence": None}


def _gold(doc_id, text=TEXT, entities=None):
    almaty = TEXT.index("Ałmaty")
    return {"doc_id": doc_id, "text_sha256": corrections.text_sha256(text),
            "layers": {"entities": entities if entities is not None else [_entity(almaty, almaty + 6, "GPE", "almaty")],
                       "timexes": [],
                       "events": []}}


def write_dev(root, doc_id="dev-pl-99", aside=False, gold=None, text=TEXT):
    (root / "articles" / "meta").mkdir(parents=True, exist_ok=True)
    (root / "gold").mkdir(exist_ok=True)
    (root / "articles" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    meta = {"id": doc_id, "file": f"{doc_id}.txt", "language": "pl", "outlet": None, "outlet_evidence": None,
            "published": None, "dct": DCT, "aside": aside, "topic": "kazakhstan-2022", "author": "test"}
    (root / "articles" / "meta" / f"{doc_id}.json").write_text(json.dumps(meta), encoding="utf-8")
    (root / "gold" / f"{doc_id}.json").write_text(corrections.render(gold or _gold(doc_id, text)), encoding="utf-8")


def test_a_dev_article_loads_with_its_gold_and_aside_flag(tmp_path):
    write_dev(tmp_path, "dev-pl-98", aside=True)
    write_dev(tmp_path, "dev-pl-99")
    articles = devset.load(tmp_path)
    assert [a.doc["id"] for a in articles] == ["dev-pl-98", "dev-pl-99"]
    assert [a.aside for a in articles] == [True, False]
    assert articles[1].doc["entities"] == []  # automatic layers are left to the caller
    assert articles[1].gold["layers"]["entities"][0]["kb_id"] == "almaty"


def test_gold_made_on_another_text_is_refused_naming_the_file(tmp_path):
    write_dev(tmp_path, gold=_gold("dev-pl-99", text=TEXT + "x"))
    with pytest.raises(ValidationError, match=r"dev-pl-99\.json: document dev-pl-99: text_sha256: .*different text"):
        devset.load(tmp_path)


def test_gold_with_a_wrong_span_or_unknown_kb_id_is_refused(tmp_path):
    bad = _entity(3, 9, "GPE", "no-such-entry")
    bad["text"] = "Ałmaty"
    write_dev(tmp_path, gold=_gold("dev-pl-99", entities=[bad]))
    with pytest.raises(ValidationError) as info:
        devset.load(tmp_path)
    message = str(info.value)
    assert "ent-3-9" in message and "differs from the document text" in message
    assert "no-such-entry" in message


def test_an_article_without_metadata_or_gold_is_refused(tmp_path):
    write_dev(tmp_path)
    (tmp_path / "articles" / "stray.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match="no metadata for stray"):
        devset.load(tmp_path)
    (tmp_path / "articles" / "stray.txt").unlink()
    (tmp_path / "gold" / "dev-pl-99.json").unlink()
    with pytest.raises(InputError, match="has no gold"):
        devset.load(tmp_path)


def test_dev_evaluation_reports_aside_articles_apart(tmp_path):
    write_dev(tmp_path, "dev-pl-98", aside=True)
    write_dev(tmp_path, "dev-pl-99")
    tables = build.evaluate_dev(devset.load(tmp_path), detail=False)
    assert list(tables) == [build.DEV, build.DEV_ASIDE]
    for variant in tables.values():
        summary = variant[0]
        row = {r[0]: r for r in summary.rows}["all"]
        assert summary.header[:4] == ["language", "docs", "entities F1 (strict)", "KB linking acc."]
        assert row[1] == 1  # one document in each part
        assert row[3] == "1.000"  # Ałmaty found and linked to its KB entry


def test_evaluate_dev_command_prints_the_summary(tmp_path, capsys):
    write_dev(tmp_path)
    assert main(["evaluate", "--dev", "--dev-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "development set: 1 article(s)" in out and "KB linking acc." in out
