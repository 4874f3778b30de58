"""Each export re-read by its own tool's parser, with the corpus's counts."""

import json
import xml.etree.ElementTree as ET

import conllu
import pytest

from qantar import corpus_rows, exports, taxonomy
from qantar.cli import main
from qantar.errors import InputError
from qantar.exports import brat, jsonl
from qantar.paths import corpus_dir

LAYERS = ("entities", "timexes", "events")


def _count_b(tags, prefix=""):
    return sum(1 for t in tags if t.startswith("B-" + prefix))


def test_every_export_says_what_it_drops(exported):
    for name, (target, result) in exported.items():
        notice = (target / f"{name}.DROPS.txt").read_text(encoding="utf-8")
        assert result.drops in notice and result.documents == 5


def test_jsonl_round_trip_gives_the_same_documents(exported, corpus_docs):
    target, _ = exported["jsonl"]
    assert sorted(jsonl.read(target), key=lambda d: d["id"]) == sorted((d for _, d in corpus_docs), key=lambda d: d["id"])


def test_brat_round_trip_gives_the_same_layers(exported, corpus_docs):
    target, _ = exported["brat"]
    back = {d["id"]: d for d in brat.read(target)}
    assert set(back) == {d["id"] for _, d in corpus_docs}
    for _, doc in corpus_docs:
        assert back[doc["id"]]["text"] == doc["text"]
        for layer in LAYERS:
            assert back[doc["id"]][layer] == doc[layer], (doc["id"], layer)


def test_brat_configuration_declares_every_label_and_role(exported):
    target, _ = exported["brat"]
    conf = (target / "annotation.conf").read_text(encoding="utf-8")
    tax = taxonomy.load()
    for name in tax.entity_types + tax.timex_types + tax.event_types:
        assert f"\n{name}" in conf
    assert all(f"{role}*:" in conf for role in tax.roles)
    assert "Realis\tArg:<EVENT>, Value:actual|other" in conf


def test_conllu_parses_with_the_conllu_package_and_keeps_every_span(exported, corpus_docs):
    target, _ = exported["conllu"]
    sentences = []
    for path in sorted(target.glob("*.conllu")):
        sentences += conllu.parse(path.read_text(encoding="utf-8"))
    expected = sum(1 for _, d in corpus_docs for _s, toks, _p in corpus_rows.sentence_tokens(d) if toks)
    assert len(sentences) == expected
    misc = [tok["misc"] or {} for sent in sentences for tok in sent]
    for key, layer in (("NE", "entities"), ("Timex", "timexes"), ("Event", "events")):
        begins = sum(1 for m in misc if m.get(key, "O").startswith("B-"))
        # every annotation begins once; a span cut by a sentence boundary begins again
        assert begins >= sum(len(d[layer]) for _, d in corpus_docs) * 0.98, key
    first = sentences[0].metadata
    assert first["sent_id"].endswith("-s0") and first["text"] and first["lang"]


def test_conll2003_has_one_file_per_split_and_conll_entity_types(exported, corpus_docs):
    target, _ = exported["conll2003"]
    splits = {split for split, _ in corpus_docs}
    assert {p.stem for p in target.glob("*.conll")} == splits
    tags = []
    for path in target.glob("*.conll"):
        for sent in conllu.parse(path.read_text(encoding="utf-8"), fields=["form", "pos", "chunk", "ner"]):
            tags += [tok["ner"] for tok in sent if tok["form"] != "-DOCSTART-"]
    assert {t[2:] for t in tags if t != "O"} <= {"PER", "ORG", "LOC", "MISC"}
    entities = sum(len(d["entities"]) for _, d in corpus_docs)
    # entities sharing a token (`RadioZET.pl/PAP/TASS/Reuters` is one token) begin once
    assert 0.98 * entities <= _count_b(tags) <= entities


def test_timeml_is_well_formed_with_every_time_expression(exported, corpus_docs):
    target, _ = exported["timeml"]
    by_id = {d["id"]: d for _, d in corpus_docs}
    files = sorted(target.glob("*/*.tml"))
    assert len(files) == len(by_id)
    for path in files:
        root = ET.parse(path).getroot()
        doc = by_id[path.stem]
        assert root.tag == "TimeML" and root.find("DOCID").text == doc["id"]
        dct = root.find("DCT/TIMEX3")
        assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == doc["dct"]["value"]
        text = root.find("TEXT")
        assert "".join(text.itertext()) == doc["text"]
        timexes = text.findall("TIMEX3")
        assert [t.text for t in timexes] == [t["text"] for t in doc["timexes"]]
        tids = {t.get("tid") for t in timexes} | {"t0"}
        assert all(t.get("anchorTimeID", "t0") in tids for t in timexes)
        eids = {e.get("eid") for e in text.findall("EVENT")}
        instances = root.findall("MAKEINSTANCE")
        assert {m.get("eventID") for m in instances} == eids and len(eids) >= len(doc["events"]) - 2
        for link in root.findall("TLINK"):
            assert link.get("relatedToTime") in tids


def test_spacy_docbin_loads_back_with_entities_kb_ids_and_span_groups(exported, corpus_docs):
    spacy = pytest.importorskip("spacy", reason="the spacy export is an optional extra")
    from spacy.tokens import DocBin

    target, _ = exported["spacy"]
    vocab = spacy.blank("xx").vocab
    docs = []
    for path in sorted(target.glob("*.spacy")):
        docs += list(DocBin().from_disk(path).get_docs(vocab))
    by_id = {d["id"]: d for _, d in corpus_docs}
    assert len(docs) == len(by_id)
    for sdoc in docs:
        doc = by_id[sdoc.user_data["qantar"]["id"]]
        assert [t.text for t in sdoc] == [doc["text"][t["start"]:t["end"]] for t in doc["tokens"]]
        assert len(sdoc.ents) <= len(doc["entities"]) and len(sdoc.ents) >= 0.95 * len(doc["entities"])
        linked = {(e.text, e.kb_id_) for e in sdoc.ents if e.kb_id_}
        assert linked <= {(doc["text"][e["start"]:e["end"]].replace("\n", " "), e["kb_id"]) for e in doc["entities"]} | linked
        assert len(sdoc.spans["timexes"]) == len(doc["timexes"]) and len(sdoc.spans["events"]) == len(doc["events"])
        # DocBin's msgpack gives tuples for lists
        assert json.loads(json.dumps(sdoc.user_data["qantar"]["events"])) == doc["events"]


def test_filters_keep_only_the_asked_split_and_status(tmp_path, corpus_docs):
    result = exports.export("jsonl", corpus_dir(), tmp_path, splits=["test"], statuses=["gold"])
    docs = jsonl.read(tmp_path)
    assert result.documents == len(docs) == sum(1 for split, _ in corpus_docs if split == "test")
    assert all(a["status"] == "gold" for d in docs for layer in LAYERS for a in d[layer])


def test_export_command_prints_files_and_drops(tmp_path, capsys):
    assert main(["export", "--format", "conllu", "--output", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "5 document(s) exported as conllu" in out and "Not carried by conllu" in out
    assert (tmp_path / "out" / "conllu.DROPS.txt").exists()


def test_export_of_a_directory_without_a_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no Parquet files; build the corpus first"):
        exports.export("jsonl", tmp_path, tmp_path / "out")
