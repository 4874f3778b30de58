"""A build or a gold import killed at any moment leaves the old state or the new one, never a
mix, and the next command recovers.

The real command runs in a subprocess with QANTAR_TEST_ABORT_AFTER_WRITES=k, which makes it
exit at once (os._exit, no cleanup, like SIGKILL) right after its k-th durable write; k runs
over every write the command makes.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qantar import atomic, corrections, paths
from qantar.build import MARKER

REPO = paths.project_root()

KEPT = "004_d5d6603a1b0a140e"  # one article keeps each command run short


def snapshot(directory: Path) -> dict:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def qantar(root: Path, *args, abort_after: int | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QANTAR_ROOT": str(root)}
    env.pop(atomic.ABORT_AFTER_WRITES, None)
    if abort_after is not None:
        env[atomic.ABORT_AFTER_WRITES] = str(abort_after)
    return subprocess.run([sys.executable, "-m", "qantar.cli", *args], env=env, capture_output=True,
                          text=True, cwd=root)


@pytest.fixture
def small_project(tmp_path):
    """A project copy with one article and its corrections."""
    root = tmp_path / "project"
    for name in ("schema", "seeds", "annotation"):
        shutil.copytree(REPO / name, root / name)
    metadata = root / "seeds" / "metadata.json"
    data = json.loads(metadata.read_text(encoding="utf-8"))
    data["documents"] = [d for d in data["documents"] if d["id"] == KEPT]
    metadata.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    for path in (root / "seeds").glob("*.txt"):
        if path.stem != KEPT:
            path.unlink()
    for path in (root / "annotation" / "gold").glob("*.json"):
        if path.stem != KEPT:
            path.unlink()
    return root


def test_a_build_killed_after_any_write_leaves_the_old_or_the_new_corpus(small_project):
    corpus = small_project / "corpus"
    assert qantar(small_project, "build").returncode == 0
    (corpus / "README.md").write_text("the previous build\n", encoding="utf-8")  # tell old from new
    old = snapshot(corpus)
    assert qantar(small_project, "build").returncode == 0
    new = snapshot(corpus)
    assert new != old and MARKER in new
    k, outcomes = 0, []
    while True:
        k += 1
        (corpus / "README.md").write_text("the previous build\n", encoding="utf-8")
        assert snapshot(corpus) == old
        run = qantar(small_project, "build", abort_after=k)
        if run.returncode == 0:
            break
        assert run.returncode == 137, run.stderr
        # The next command (any command) recovers before it reads anything.
        assert qantar(small_project, "generate", "--check").returncode in (0, 1)
        after = snapshot(corpus)
        assert after in (old, new), f"killed after write {k}: corpus is a mix"
        outcomes.append("new" if after == new else "old")
        leftovers = sorted(p.name for p in small_project.iterdir() if p.name.startswith(".corpus")
                           and p != atomic.lock_of(corpus))
        assert leftovers == [], f"killed after write {k}: {leftovers} left behind"
    assert k > 5 and "old" in outcomes and "new" in outcomes  # kills both before and after the swap


def test_the_next_build_recovers_a_corpus_renamed_away(small_project):
    """Killed between the two renames of the swap: no corpus/, only the backup."""
    corpus = small_project / "corpus"
    assert qantar(small_project, "build").returncode == 0
    before = snapshot(corpus)
    os.replace(corpus, atomic.backup_of(corpus))
    run = qantar(small_project, "validate")
    assert run.returncode == 0
    assert "restored the previous corpus/" in run.stderr
    assert snapshot(corpus) == before


def _import_export(root: Path, export: Path) -> None:
    """An export in which two documents' tasks carry new entity corrections."""
    assert qantar(root, "ls", "export", "--with-gold", "-o", str(export)).returncode == 0
    tasks = json.loads(export.read_text(encoding="utf-8"))
    for number, task in enumerate(tasks):
        text = task["data"]["text"]
        start = text.index(text.split()[2])
        word = text.split()[2]
        # a reviewed document comes as an annotation, one still to review as a prediction
        current = (task.get("annotations") or task.get("predictions") or [{"result": []}])[0]["result"]
        kept = [r for r in current if (r.get("value") or {}).get("start") != start]
        region = {"id": f"new{number}", "from_name": "entity", "to_name": "text", "type": "labels",
                  "value": {"start": start, "end": start + len(word), "text": word, "labels": ["MISC"]}}
        task["annotations"] = [{"id": number + 1, "completed_by": {"id": 1, "email": "a@example.com"},
                                "result": kept + [region], "was_cancelled": False, "ground_truth": False}]
    export.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")


def test_a_gold_import_killed_after_any_write_changes_all_documents_or_none(small_project, tmp_path):
    # Two documents, so the import writes two gold files.
    data = json.loads((REPO / "seeds" / "metadata.json").read_text(encoding="utf-8"))
    second = next(d for d in data["documents"] if d["id"] != KEPT)
    metadata = small_project / "seeds" / "metadata.json"
    small = json.loads(metadata.read_text(encoding="utf-8"))
    small["documents"].append(second)
    metadata.write_text(json.dumps(small, ensure_ascii=False), encoding="utf-8")
    (small_project / "seeds" / second["file"]).write_bytes((REPO / "seeds" / second["file"]).read_bytes())
    gold = corrections.gold_dir(small_project / "annotation")
    export = tmp_path / "export.json"
    _import_export(small_project, export)
    old = snapshot(gold)
    assert qantar(small_project, "ls", "import", str(export)).returncode == 0
    new = snapshot(gold)
    assert len([name for name in new if new[name] != old.get(name)]) == 2
    k, outcomes = 0, []
    while True:
        k += 1
        for name in set(new) - set(old):
            (gold / name).unlink(missing_ok=True)
        for name, content in old.items():
            (gold / name).write_bytes(content)
        run = qantar(small_project, "ls", "import", str(export), abort_after=k)
        if run.returncode == 0:
            break
        assert run.returncode == 137, run.stderr
        assert qantar(small_project, "generate", "--check").returncode in (0, 1)
        after = snapshot(gold)
        assert after in (old, new), f"killed after write {k}: gold is a mix"
        outcomes.append("new" if after == new else "old")
        assert not corrections.journal_path(small_project / "annotation").exists()
    assert k > 3 and "old" in outcomes and "new" in outcomes


def _holding(target: Path) -> subprocess.Popen:
    """Another live process holding the write lock of `target` until it is killed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom qantar import atomic\nwith atomic.exclusive(sys.argv[1]):\n"
         "    print('held', flush=True)\n    sys.stdin.read()", str(target)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_a_running_build_is_left_alone_and_a_second_build_refused(small_project):
    corpus = small_project / "corpus"
    assert qantar(small_project, "build").returncode == 0
    before = snapshot(corpus)
    holder = _holding(corpus)
    try:
        staging = atomic.staging_directory(corpus, MARKER, "a build still writing")
        # Any other command starts with recovery: it must not take a live build's staging for a leftover.
        assert qantar(small_project, "validate").returncode == 0
        assert (staging / MARKER).is_file()
        run = qantar(small_project, "build")
        assert run.returncode != 0
        assert "another qantar command is writing it" in run.stderr and str(corpus) in run.stderr
        assert snapshot(corpus) == before and (staging / MARKER).is_file()
    finally:
        holder.kill()
        holder.wait()
    # Its writer gone, the staging directory is a leftover: the next command removes it.
    assert qantar(small_project, "validate").returncode == 0
    assert not staging.exists() and snapshot(corpus) == before


def test_an_import_is_refused_while_another_command_writes_the_gold(small_project, tmp_path):
    """While another command writes the gold, an import is refused (reading the gold before the
    other's write and writing after it would drop those corrections), and that command's journal
    is not replayed under it; once it is gone, its journal is finished."""
    annotation = small_project / "annotation"
    gold = corrections.gold_dir(annotation)
    export = tmp_path / "export.json"
    _import_export(small_project, export)
    old = snapshot(gold)
    journal = corrections.journal_path(annotation)
    target = gold / f"{KEPT}.json"
    pending = target.read_text(encoding="utf-8") + "\n"  # told apart from the file as it is
    holder = _holding(gold)
    try:
        journal.write_text(json.dumps({"path": os.path.relpath(target, annotation), "text": pending}) + "\n",
                           encoding="utf-8")
        run = qantar(small_project, "ls", "import", str(export))
        assert run.returncode != 0 and "another qantar command is writing it" in run.stderr
        assert snapshot(gold) == old and journal.exists()  # neither imported nor replayed
    finally:
        holder.kill()
        holder.wait()
    assert qantar(small_project, "validate").returncode == 0
    assert not journal.exists() and target.read_text(encoding="utf-8") == pending
