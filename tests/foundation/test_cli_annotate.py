"""`qantar annotate` on an article that is not in seeds/: valid canonical JSON on stdout."""

import json

from qantar import cli, kb, validate

ARTICLE = " date 2022-01 Protestujący w Ałmaty wtargnęli w środę do ratusza.\n\nDrugi akapit o Kazachstanie.\n"


def test_annotate_prints_a_valid_document(tmp_path, capsys):
    path = tmp_path / "nowy.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["annotate", str(path), "--dct", "2022-01-05"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["id"] == "nowy" and doc["published"] == "2022-01"
    assert doc["text"] == ARTICLE[len(" date 2022-01 "):]
    assert doc["dct"]["value"] == "2022-01-05"
    assert doc["language"] == "pl" and [s["language"] for s in doc["segments"]] == ["pl", "pl"]
    assert validate.validate_document(doc, file=str(path), kb_ids=kb.load().ids()) == []


def test_annotate_missing_file_is_a_one_line_error(tmp_path, capsys):
    assert cli.main(["annotate", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qantar: error: ") and "missing.txt: cannot read" in err and err.count("\n") == 1


def test_the_command_line_starts_without_importing_what_only_some_commands_need():
    import subprocess
    import sys

    heavy = ("datasets", "pyarrow", "matplotlib", "label_studio_sdk", "lingua", "simplemma", "jsonschema")
    code = ("import sys; from qantar import cli; cli.parser().parse_args(['validate']); "
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
