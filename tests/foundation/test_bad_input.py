"""Bad input as a new user gives it: one `qantar: error:` line with what and where, exit 1,
and corpus/, annotation/ and the target directory exactly as they were."""

import re
import json
import shutil
from pathlib import Path

import pytest

from qantar import cli, corrections

ARTICLE = "Protestujący w Ałmaty wtargnęli w środę do ratusza.\n"
SECOND = "002_cc900549b10e308e"
SPLITS_HINT = "use one of train, validation, test"
DAY_HINT = "expected YYYY-MM-DD, e.g. 2022-01-05"
CODE_HINT = "expected an ISO 639-1 code such as da, el, en, pl"


def snapshot(*directories: Path) -> dict:
    return {str(p): p.read_bytes() for d in directories if d.exists() for p in sorted(d.rglob("*")) if p.is_file()}


@pytest.fixture
def project(project_copy, repo_root, tmp_path, monkeypatch):
    """A project copy with a built corpus; the commands run in a scratch directory."""
    shutil.copytree(repo_root / "corpus", project_copy / "corpus")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return project_copy


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    status = cli.main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def refused(capsys, project, args, message, target=None) -> None:
    """The command exits 1 with exactly `message` and changes nothing."""
    watched = [project / "corpus", project / "annotation"] + ([Path(target)] if target else [])
    before = snapshot(*watched)
    status, _, err = run(capsys, *args)
    assert (status, err) == (1, f"qantar: error: {message}\n")
    assert snapshot(*watched) == before


def edit_metadata(project, **fields) -> Path:
    path = project / "seeds" / "metadata.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    entry = next(d for d in data["documents"] if d["id"] == SECOND)
    for key, value in fields.items():
        if key == "dct_value":
            entry["dct"]["value"] = value
        else:
            entry[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# annotate: days and language codes

@pytest.mark.parametrize("value, problem", [
    ("2022-13-45", "'2022-13-45' is not a calendar date (month must be in 1..12)"),
    ("2022-02-30", "'2022-02-30' is not a calendar date (day is out of range for month)"),
    ("yesterday", "'yesterday' is not a date"),
    ("2023-3-3", "'2023-3-3' is not a date"),
    ("2023-03-03T10:00", "'2023-03-03T10:00' is not a date"),
])
def test_annotate_refuses_a_dct_that_is_no_day(project, capsys, value, problem):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    refused(capsys, project, ["annotate", "a.txt", "--dct", value], f"--dct: {problem}; {DAY_HINT}", ".")


@pytest.mark.parametrize("value, message", [
    ("polish", f"'polish' is not a language code; {CODE_HINT}; did you mean `pl` (Polish)?"),
    ("pol", f"'pol' is not an ISO 639-1 language code; {CODE_HINT}; did you mean `pl` (Polish)?"),
    ("xx", f"'xx' is not a language (`xx` is the folder of the data shared by all languages); {CODE_HINT}"),
    ("zz", f"'zz' is not an ISO 639-1 language code; {CODE_HINT}"),
])
def test_annotate_refuses_what_is_no_iso_639_1_code(project, capsys, value, message):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    refused(capsys, project, ["annotate", "a.txt", "--language", value], f"--language: {message}", ".")


def test_annotate_normalises_an_upper_case_code(project, capsys):
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    status, out, err = run(capsys, "annotate", "a.txt", "--language", "PL")
    assert (status, err) == (0, "")
    assert json.loads(out)["language"] == "pl"


def test_annotate_says_what_a_language_without_data_gets(project, capsys):
    Path("a.txt").write_text("Demonstranten stürmten am Mittwoch das Rathaus von Almaty.\n", encoding="utf-8")
    status, out, err = run(capsys, "annotate", "a.txt", "--language", "de")
    assert status == 0 and json.loads(out)["language"] == "de"
    assert err == ("qantar: notice: no data files for de (German) under src/qantar/lang/de/: paragraphs not "
                   "detected as one of da, el, en, pl get only the shared rules of lang/xx/ and knowledge-base "
                   "names (no German word forms, time-expression or event-trigger rules)\n")


def test_annotate_help_lists_the_supported_languages(capsys):
    with pytest.raises(SystemExit):
        cli.main(["annotate", "--help"])
    assert "languages with data files: da, el, en, pl" in " ".join(capsys.readouterr().out.split())


# article text

@pytest.mark.parametrize("content, problem", [
    (b"\x00" * 2000, "a control character U+0000 at byte offset 0"),
    ("Tekst o Ałmaty\x0c dalej.\n".encode(), "a control character U+000C at byte offset 15"),
    ("Tekst\x1b[0m o Ałmaty.\n".encode(), "a control character U+001B at byte offset 5"),
    ("Tekst o Ałmaty\x7f.\n".encode(), "a control character U+007F at byte offset 15"),
])
def test_an_article_with_control_characters_is_refused_with_the_byte_offset(project, capsys, content, problem):
    Path("a.txt").write_bytes(content)
    refused(capsys, project, ["annotate", "a.txt"],
            f"a.txt: {problem}; an article may hold only printable characters, tab and line breaks", ".")


def test_an_encoded_surrogate_is_refused(project, capsys):
    Path("a.txt").write_bytes(b"Tekst \xed\xa0\x80 o Almaty.\n")
    refused(capsys, project, ["annotate", "a.txt"],
            "a.txt: not UTF-8 (an encoded UTF-16 surrogate (bytes 0xed 0xa0 at byte offset 6)); "
            "convert it to UTF-8 before adding it", ".")


def test_a_byte_order_mark_is_dropped(project, capsys):
    Path("a.txt").write_bytes("\ufeff date 2022-01 ".encode() + ARTICLE.encode())
    status, out, _ = run(capsys, "annotate", "a.txt", "--language", "pl")
    doc = json.loads(out)
    assert status == 0 and doc["text"] == ARTICLE and doc["published"] == "2022-01"


def test_a_seed_of_nul_bytes_stops_the_build(project, capsys):
    (project / "seeds" / f"{SECOND}.txt").write_bytes(b"\x00" * 2000)
    refused(capsys, project, ["build"],
            f"{project}/seeds/{SECOND}.txt: a control character U+0000 at byte offset 0; an article may hold "
            "only printable characters, tab and line breaks")


# seeds/ and its metadata

@pytest.mark.parametrize("fields, message", [
    ({"dct_value": "2022-13-45"}, f"dct.value: '2022-13-45' is not a calendar date (month must be in 1..12); {DAY_HINT}"),
    ({"split": "dev"}, f"split: unknown split 'dev'; {SPLITS_HINT}"),
    ({"language": "xx"}, f"language: 'xx' is not a language (`xx` is the folder of the data shared by all languages); {CODE_HINT}"),
    ({"language": "polish"}, f"language: 'polish' is not a language code; {CODE_HINT}; did you mean `pl` (Polish)?"),
])
def test_bad_seed_metadata_stops_the_build(project, capsys, fields, message):
    path = edit_metadata(project, **fields)
    refused(capsys, project, ["build"], f"{path}: document {SECOND}: {message}")


def test_a_file_in_seeds_that_is_no_article_is_reported(project, capsys):
    (project / "seeds" / "photo.png").write_bytes(b"\x89PNG\r\n")
    refused(capsys, project, ["build"], f"{project / 'seeds'}: photo.png: not an article (articles are UTF-8 .txt "
                                        "files listed in metadata.json); move it out of seeds/")


# build --output

def test_build_refuses_the_current_directory(project, capsys):
    Path("keep.txt").write_text("mine\n", encoding="utf-8")
    refused(capsys, project, ["build", "--output", "."], "--output .: is the current directory or one above it; "
                                                         "give a directory of its own, e.g. --output corpus", ".")


def test_build_refuses_a_git_checkout(project, capsys, tmp_path):
    clone = tmp_path / "clone"
    (clone / ".git").mkdir(parents=True)
    (clone / "README.md").write_text("a clone\n", encoding="utf-8")
    refused(capsys, project, ["build", "--output", str(clone)],
            f"--output {clone}: is a repository checkout or holds one; give a directory of its own, e.g. --output corpus",
            clone)


def test_build_refuses_the_project_root(project, capsys):
    refused(capsys, project, ["build", "--output", str(project)],
            f"--output {project}: is a repository checkout or holds one; give a directory of its own, e.g. --output corpus")


def test_build_refuses_a_directory_it_did_not_write(project, capsys):
    Path("mine").mkdir()
    Path("mine/notes.txt").write_text("mine\n", encoding="utf-8")
    refused(capsys, project, ["build", "--output", "mine"],
            "--output mine: is not empty and is not a corpus written by qantar (no .qantar-corpus file); a build "
            "replaces its target whole, so give a new or empty directory", "mine")


def test_build_refuses_a_file(project, capsys):
    Path("out").write_text("mine\n", encoding="utf-8")
    refused(capsys, project, ["build", "--output", "out"], "--output out: is a file, not a directory", ".")


def test_committed_corpus_carries_the_marker(repo_root):
    from qantar.build import MARKER

    assert (repo_root / "corpus" / MARKER).is_file()


# validate

def _doc_file(seed_docs, change) -> Path:
    doc = json.loads(json.dumps(seed_docs[SECOND]))
    change(doc)
    path = Path("doc.json")
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_validate_refuses_an_empty_list(project, capsys):
    Path("empty.json").write_text("[]", encoding="utf-8")
    refused(capsys, project, ["validate", "empty.json"],
            "empty.json: no documents (an empty list); give one canonical document or a list of them", ".")


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["dct"].update(value="2022-13-45"), "dct.value: '2022-13-45' is not a calendar date (month must be in 1..12)"),
    (lambda d: d.update(published="2022-13"), "published: '2022-13' is not a calendar month (month must be in 1..12)"),
    (lambda d: d["timexes"].append({"id": "t-bad", "start": 0, "end": 4, "text": d["text"][:4], "type": "DATE",
                                    "value": "2022-02-30", "range_begin": None, "range_end": None, "anchor": None,
                                    "mod": None, "status": "gold", "source": "test", "confidence": None}),
     "timexes[0] t-bad value: '2022-02-30' is not a calendar date (day is out of range for month)"),
    (lambda d: d["segments"][0].update(start=10, end=5), "segments[0]: span 10-5 is reversed (end before start)"),
])
def test_validate_reports_what_is_wrong(project, capsys, seed_docs, change, problem):
    path = _doc_file(seed_docs, change)
    status, _, err = run(capsys, "validate", str(path))
    assert status == 1
    assert f"doc.json: document {SECOND}: {problem}\n" in err


def test_validate_describes_a_reversed_annotation_span(seed_docs):
    from qantar import validate

    doc = json.loads(json.dumps(seed_docs[SECOND]))
    doc["entities"] = [{"id": "e1", "start": 9, "end": 3, "text": "x", "type": "PER", "kb_id": None,
                        "status": "gold", "source": "test", "confidence": None}]
    problems = [p.message for p in validate.span_problems(doc["text"], "entities", doc["entities"], "f", SECOND)]
    assert problems == ["span 9-3 is reversed (end before start)"]


# evaluate --gold

def test_evaluate_refuses_corrections_without_doc_id(project, capsys):
    Path("gold.json").write_text(json.dumps({"text_sha256": "0" * 64, "layers": {}}), encoding="utf-8")
    refused(capsys, project, ["evaluate", "--gold", "gold.json"],
            "gold.json: document gold: 'doc_id' is a required property", ".")


def test_evaluate_refuses_corrections_of_another_text(project, capsys):
    gold = json.loads((corrections.gold_dir(project / "annotation") / f"{SECOND}.json").read_text(encoding="utf-8"))
    gold["text_sha256"] = corrections.text_sha256("another text")
    Path("gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    refused(capsys, project, ["evaluate", "--gold", "gold.json"],
            f"gold.json: document {SECOND}: text_sha256: the corrections were made on a different text than the "
            "current document text; re-import them against the current text", ".")


def test_evaluate_refuses_an_unknown_kb_id(project, capsys):
    gold = json.loads((corrections.gold_dir(project / "annotation") / f"{SECOND}.json").read_text(encoding="utf-8"))
    entity = next(e for e in gold["layers"]["entities"] if e["kb_id"])
    entity["kb_id"] = "no-such-entry"
    Path("gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    status, _, err = run(capsys, "evaluate", "--gold", "gold.json")
    assert status == 1 and "kb_id 'no-such-entry' is not in the knowledge base" in err


# the command line itself

def test_a_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", "--no-such-option"])
    assert exit_info.value.code == 2


def test_debug_shows_the_traceback(project, capsys):
    status, _, err = run(capsys, "annotate", "missing.txt", "--debug")
    assert status == 1 and "Traceback (most recent call last)" in err
    assert err.endswith("qantar: error: missing.txt: cannot read: No such file or directory\n")


def test_every_command_has_a_description_and_an_example(capsys):
    top = cli.parser()
    for action in top._subparsers._group_actions:
        for name, sub in action.choices.items():
            nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
            parsers = [sub] + [p for a in nested for p in a.choices.values()]
            for p in parsers:
                assert p.description and re.search(r"Examples?:\s+qantar ", p.description), p.prog
                assert not p.description.startswith("Example"), f"{p.prog}: no description before the example"
    assert "exit status:" in top.format_help() and "examples:" in top.format_help()


def test_a_path_that_cannot_be_written_is_a_one_line_error(project, capsys):
    Path("tasks").mkdir()
    refused(capsys, project, ["ls", "export", "-o", "tasks"], "tasks: is a directory, not a file", ".")
