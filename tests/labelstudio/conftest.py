"""Fixtures: a real Label Studio server for the session, small documents with automatic
layers, and projects/annotations made through the API as an annotator would."""

import itertools
import os
import time
from pathlib import Path

import pytest

from qantar import ingest
from qantar.labelstudio import local, server
from qantar.paths import project_root

SILVER = "qantar-test-rules/1.0"
EMOJI_TEXT = ("Ałmaty 🇰🇿😡 W środę 5 stycznia 2022 Tokajew ogłosił stan wyjątkowy w Ałmaty. "
              "Protestujący szturmowali ratusz. OUBZ wyśle wojska.")
PLAIN_TEXT = "Kassym-Jomart Tokayev accepted the government's resignation on 5 January."


def span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def entity(text, needle, type_, kb_id=None, occurrence=0):
    s, e = span(text, needle, occurrence)
    return {"id": f"ent-{s}-{e}", "start": s, "end": e, "text": needle, "type": type_, "kb_id": kb_id,
            "status": "silver", "source": SILVER, "confidence": 0.9}


def timex(text, needle, type_, value, anchor=None):
    s, e = span(text, needle)
    return {"id": f"tx-{s}-{e}", "start": s, "end": e, "text": needle, "type": type_, "value": value,
            "mod": None, "range_begin": None, "range_end": None, "anchor": anchor,
            "status": "silver", "source": SILVER, "confidence": 0.8}


def event(text, needle, type_, arguments=(), realis="actual", cluster=None):
    s, e = span(text, needle)
    return {"id": f"ev-{s}-{e}", "start": s, "end": e, "text": needle, "type": type_, "realis": realis,
            "arguments": sorted(({"role": r, "ref": ref} for r, ref in arguments), key=lambda a: (a["role"], a["ref"])),
            "cluster": cluster, "status": "silver", "source": SILVER, "confidence": 0.7}


def emoji_doc() -> dict:
    t = EMOJI_TEXT
    doc = ingest.from_text(t, "t-emoji", "tests/emoji.txt", language="pl",
                           dct={"value": "2022-01-05", "source": "header", "evidence": None})
    tokayev = entity(t, "Tokajew", "PER", "kassym-jomart-tokayev")
    almaty2 = entity(t, "Ałmaty", "GPE", "almaty", occurrence=1)
    doc["entities"] = sorted([entity(t, "Ałmaty", "GPE", "almaty"), tokayev, almaty2,
                              entity(t, "ratusz", "FAC")], key=lambda a: a["start"])
    date = timex(t, "5 stycznia 2022", "DATE", "2022-01-05")
    doc["timexes"] = [timex(t, "W środę", "DATE", "2022-01-05", anchor="dct"), date]
    doc["events"] = [
        event(t, "stan wyjątkowy", "DeclareEmergency",
              [("agent", tokayev["id"]), ("place", almaty2["id"]), ("time", date["id"])], cluster="kz-emergency"),
        event(t, "szturmowali", "Riot"),
        event(t, "wyśle", "Deploy"),
    ]
    return doc


def plain_doc() -> dict:
    t = PLAIN_TEXT
    doc = ingest.from_text(t, "t-plain", "tests/plain.txt", language="en",
                           dct={"value": "2022-01-05", "source": "header", "evidence": None})
    person = entity(t, "Kassym-Jomart Tokayev", "PER", "kassym-jomart-tokayev")
    date = timex(t, "5 January", "DATE", "2022-01-05")
    doc["entities"], doc["timexes"] = [person], [date]
    doc["events"] = [event(t, "resignation", "Resign", [("agent", person["id"]), ("time", date["id"])])]
    return doc


@pytest.fixture
def docs() -> list[dict]:
    return [plain_doc(), emoji_doc()]


def _server_or_skip() -> Path:
    executable = local.server_executable()
    if not executable.exists():
        message = (f"Label Studio server missing ({executable}); "
                   "create it with `python scripts/setup_label_studio.py`")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return executable


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory):
    """A real Label Studio on 127.0.0.1, offline, in a throwaway data dir; stopped by pid."""
    _server_or_skip()
    version = "1.23.2"
    template = local.migrated_template(project_root() / ".cache" / f"label-studio-template-{version}")
    started = local.start(tmp_path_factory.mktemp("label-studio"), template=template)
    yield started
    started.stop()


@pytest.fixture(scope="session")
def conn(ls_server):
    return server.connect(ls_server.url, ls_server.token)


_titles = itertools.count()


@pytest.fixture
def project_title(conn) -> str:
    """A fresh project title per test (projects are created by `push`)."""
    return f"qantar-test-{os.getpid()}-{next(_titles)}-{time.time_ns()}"


def project_tasks(conn, title) -> dict[str, dict]:
    """doc_id -> {"id", "prediction": result list or None} of the project's tasks."""
    project = server.find_project(conn, title)
    out = {}
    for task in conn.client.tasks.list(project=project.id, fields="task_only"):
        predictions = list(conn.client.predictions.list(task=task.id))
        out[task.data["doc_id"]] = {"id": task.id, "prediction": predictions[0].result if predictions else None}
    return out


def annotate(conn, task_id, result, ground_truth=False):
    """Submit an annotation as an annotator would from the labeling interface."""
    return conn.client.annotations.create(task_id, result=result, was_cancelled=False,
                                          ground_truth=ground_truth, lead_time=12.5)


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    return tmp_path / "gold"


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(Path(directory).glob("*"))} if Path(directory).exists() else {}


