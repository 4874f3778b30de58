"""Push tasks to and pull annotations from a running Label Studio (label-studio-sdk 2.x).

URL and token come from the arguments or from LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY
(the token shown under Account & Settings in Label Studio).
"""

import json
import os
import time
from dataclasses import dataclass

from ..errors import InputError, QantarError
from . import config

DEFAULT_PROJECT = "qantar"
IMPORT_BATCH = 500  # tasks per import request


class ServerRefused(QantarError):
    """Label Studio could not be reached or refused a request (names the URL and call)."""


@dataclass
class Connection:
    client: "label_studio_sdk.LabelStudio"  # noqa: F821  (the SDK is imported on connecting)
    url: str


@dataclass
class PushResult:
    project_id: int
    created: bool
    config_updated: bool
    imported: int
    already_there: int
    annotators: int  # annotations the queue collects per task


def connect(url: str | None = None, token: str | None = None) -> Connection:
    url = url or os.environ.get("LABEL_STUDIO_URL")
    token = token or os.environ.get("LABEL_STUDIO_API_KEY")
    if not url:
        raise InputError("no Label Studio URL: pass --url or set LABEL_STUDIO_URL (e.g. http://127.0.0.1:8080)")
    if not token:
        raise InputError("no Label Studio token: pass --token or set LABEL_STUDIO_API_KEY "
                         "(Label Studio: Account & Settings -> Legacy token)")
    from label_studio_sdk import LabelStudio  # 2 s of imports: only for a command that connects

    return Connection(LabelStudio(base_url=url.rstrip("/"), api_key=token, timeout=300), url)


def _call(conn: Connection, what: str, function, *args, **kwargs):
    import httpx
    from label_studio_sdk.core.api_error import ApiError

    try:
        return function(*args, **kwargs)
    except ApiError as exc:
        raise ServerRefused(f"Label Studio at {conn.url} refused to {what}: HTTP {exc.status_code} {exc.body}") from exc
    except httpx.HTTPError as exc:
        raise ServerRefused(f"cannot reach Label Studio at {conn.url} to {what}: {exc}") from exc


def find_project(conn: Connection, title: str):
    projects = _call(conn, "list projects", conn.client.projects.list, title=title)
    return next((p for p in _call(conn, "list projects", list, projects) if p.title == title), None)


def _project(conn: Connection, title: str) -> tuple[int, bool, bool]:
    """(project id, created, config updated) for a project with the current labeling config."""
    xml = config.render()
    project = find_project(conn, title)
    if project is None:
        created = _call(conn, f"create project {title!r}", conn.client.projects.create, title=title, label_config=xml)
        return created.id, True, False
    current = _call(conn, f"read project {title!r}", conn.client.projects.get, project.id)
    if (current.label_config or "").strip() != xml.strip():  # the server drops the final newline
        _call(conn, f"update the labeling config of {title!r}", conn.client.projects.update, project.id, label_config=xml)
        return project.id, False, True
    return project.id, False, False


def _prelabel(conn: Connection, project_id: int, model_version: str) -> None:
    """Annotators start from the predictions of `model_version` (it must have predictions)."""
    current = _call(conn, "read the project", conn.client.projects.get, project_id)
    if current.model_version != model_version or not current.show_collab_predictions:
        _call(conn, "set the prediction version", conn.client.projects.update, project_id,
              show_collab_predictions=True, model_version=model_version)


def _doc_ids(conn: Connection, project_id: int) -> set[str]:
    pager = _call(conn, "list tasks", conn.client.tasks.list, project=project_id, fields="task_only", page_size=1000)
    return {task.data.get("doc_id") for task in _call(conn, "list tasks", list, pager)}


def _overlap(conn: Connection, project_id: int, annotators: int | None) -> int:
    """Have the queue give each task to `annotators` people (None: leave it as it is)."""
    current = _call(conn, "read the project", conn.client.projects.get, project_id)
    if annotators is not None and current.maximum_annotations != annotators:
        _call(conn, "set the annotators per task", conn.client.projects.update, project_id,
              maximum_annotations=annotators)
        return annotators
    return current.maximum_annotations


def push(tasks: list[dict], conn: Connection, title: str = DEFAULT_PROJECT, annotators: int | None = None) -> PushResult:
    """Create the project (or bring its labeling config up to date) and import the tasks of
    documents it does not have yet; tasks already there keep the annotators' work.
    `annotators`: how many people annotate each task (the queue offers a task until it has
    that many annotations)."""
    project_id, created, updated = _project(conn, title)
    overlap = _overlap(conn, project_id, annotators)
    present = set() if created else _doc_ids(conn, project_id)
    new = [task for task in tasks if task["data"]["doc_id"] not in present]
    for first in range(0, len(new), IMPORT_BATCH):
        _call(conn, "import tasks", conn.client.projects.import_tasks, project_id,
              request=new[first:first + IMPORT_BATCH], return_task_ids=True)
    # Only a version the server holds predictions of can be chosen.
    versions = [p["model_version"] for task in new for p in task.get("predictions", [])]
    if versions:
        _prelabel(conn, project_id, versions[-1])
    return PushResult(project_id, created, updated, len(new), len(tasks) - len(new), overlap)


def _emails(conn: Connection) -> dict[int, str]:
    """Label Studio user id -> email, from the users API."""
    return {user.id: user.email for user in _call(conn, "list users", conn.client.users.list)}


def _name_users(tasks: list[dict], emails: dict[int, str]) -> None:
    """Replace the user ids of `completed_by` and `updated_by` by {"id", "email"} objects."""
    for task in tasks:
        for annotation in task.get("annotations") or []:
            for key in ("completed_by", "updated_by"):
                who = annotation.get(key)
                if isinstance(who, int) and who in emails:
                    annotation[key] = {"id": who, "email": emails[who]}


def pull(conn: Connection, title: str = DEFAULT_PROJECT, timeout: float = 600) -> list[dict]:
    """Every task of the project with its annotations; the users who made and last changed
    each annotation are named by email."""
    project = find_project(conn, title)
    if project is None:
        raise ServerRefused(f"Label Studio at {conn.url} has no project {title!r}; run `qantar ls push` first")
    exports = conn.client.projects.exports
    snapshot = _call(conn, "create an export", exports.create, project.id, title="qantar pull",
                     serialization_options={"annotations__completed_by": {"only_id": False}})
    deadline = time.monotonic() + timeout
    while snapshot.status not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise ServerRefused(f"Label Studio at {conn.url}: export of {title!r} not ready after {timeout:.0f} s")
        time.sleep(0.1)
        snapshot = _call(conn, "read the export", exports.get, project.id, snapshot.id)
    if snapshot.status == "failed":
        raise ServerRefused(f"Label Studio at {conn.url}: the export of {title!r} failed")
    raw = b"".join(_call(conn, "download the export", exports.download, project.id, snapshot.id, export_type="JSON"))
    _call(conn, "delete the export", exports.delete, project.id, snapshot.id)
    tasks = json.loads(raw)
    _name_users(tasks, _emails(conn))
    return tasks
