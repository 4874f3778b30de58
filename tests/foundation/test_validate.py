"""`qantar validate` rejects each kind of broken document with a message that says where."""

import copy
import json

import pytest

from qantar import cli, ingest, kb

TEXT = "W środę Tokajew przyjął dymisję rządu w Ałmaty."


@pytest.fixture
def valid_doc():
    doc = ingest.from_text(TEXT, "doc-1", "doc-1.txt", language="pl",
                           dct={"value": "2022-01-05", "source": "inferred", "evidence": "test"})
    kb_id = sorted(kb.load().ids())[0]

    def span(text):
        start = TEXT.index(text)
        return start, start + len(text)

    s, e = span("Tokajew")
    doc["entities"] = [{"id": f"ent-{s}-{e}", "start": s, "end": e, "text": "Tokajew", "type": "PER",
                        "kb_id": kb_id, "status": "gold", "source": "test", "confidence": None}]
    s, e = span("W środę")
    doc["timexes"] = [{"id": f"tx-{s}-{e}", "start": s, "end": e, "text": "W środę", "type": "DATE",
                       "value": "2022-01-05", "mod": None, "range_begin": None, "range_end": None,
                       "anchor": "dct", "status": "gold", "source": "test", "confidence": None}]
    s, e = span("dymisję")
    doc["events"] = [{"id": f"ev-{s}-{e}", "start": s, "end": e, "text": "dymisję", "type": "Resign",
                      "realis": "actual", "cluster": None, "status": "gold", "source": "test", "confidence": None,
                      "arguments": [{"role": "agent", "ref": doc["entities"][0]["id"]},
                                    {"role": "time", "ref": doc["timexes"][0]["id"]}]}]
    return doc


def run_validate(tmp_path, capsys, doc):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    status = cli.main(["validate", str(path)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err, str(path)


def test_valid_document_passes(tmp_path, capsys, valid_doc):
    status, output, _ = run_validate(tmp_path, capsys, valid_doc)
    assert status == 0, output
    assert "1 document(s) valid" in output


def _set(path, value):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _delete(path):
    def change(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


def _duplicate_id(doc):
    doc["timexes"][0]["id"] = doc["entities"][0]["id"]
    doc["events"][0]["arguments"] = [a for a in doc["events"][0]["arguments"] if a["role"] != "time"]


def _overlapping_tokens(doc):
    doc["tokens"][1]["start"] = doc["tokens"][0]["start"]


CASES = {
    "span past the end": (_set(["entities", 0, "end"], len(TEXT) + 5),
                          "entities[0] ent-8-15: span 8-52 ends after the end of the text (length 47)"),
    "span text differs": (_set(["entities", 0, "text"], "Tokajewa"),
                          "span text 'Tokajewa' differs from the document text 'Tokajew' at 8-15"),
    "duplicate id": (_duplicate_id, "timexes[0] ent-8-15: duplicate id (also used by entities[0] ent-8-15)"),
    "dangling argument": (_set(["events", 0, "arguments", 0, "ref"], "ent-99-100"),
                          "argument agent refers to 'ent-99-100', which is no entity or time expression"),
    "unknown label": (_set(["entities", 0, "type"], "PERSON"), "entities[0].type: 'PERSON' is not one of"),
    "malformed TIMEX value": (_set(["timexes", 0, "value"], "5 January"),
                              "value '5 January' is not a well-formed DATE value"),
    "overlapping tokens": (_overlapping_tokens, "tokens[1]: overlaps the previous one"),
    "missing required field": (_delete(["events", 0, "realis"]), "events[0]: 'realis' is a required property"),
    "wrong type": (_set(["entities", 0, "start"], "8"), "entities[0].start: '8' is not of type 'integer'"),
    "unknown event cluster": (_set(["events", 0, "cluster"], "no-such-cluster"),
                              "cluster 'no-such-cluster' is not in annotation/clusters.json"),
    "unknown KB id": (_set(["entities", 0, "kb_id"], "no-such-entity"),
                      "kb_id 'no-such-entity' is not in the knowledge base"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_documents_are_rejected_with_a_clear_message(tmp_path, capsys, valid_doc, case):
    change, message = CASES[case]
    doc = copy.deepcopy(valid_doc)
    change(doc)
    status, output, path = run_validate(tmp_path, capsys, doc)
    assert status == 1
    assert f"{path}: document doc-1: " in output
    assert message in output, output


def test_unreadable_json_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    assert cli.main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"qantar: error: {path}: cannot read JSON") and err.count("\n") == 1
