"""scripts/setup_label_studio.py: its install check runs the server's own command in a
throwaway data directory, offline, and shows the server's real error."""

import importlib.util
import os
import stat
from pathlib import Path

from qantar.labelstudio import local

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "setup_label_studio.py"


def _setup():
    spec = importlib.util.spec_from_file_location("setup_label_studio", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_server(venv: Path, body: str) -> None:
    exe = venv / "bin" / "label-studio"
    exe.parent.mkdir(parents=True)
    exe.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)


def test_broken_install_shows_the_servers_own_error(tmp_path):
    _fake_server(tmp_path, 'echo "django.db.utils.OperationalError: no such table: core_asyncmigrationstatus" >&2\n'
                           "exit 1\n")
    problem = _setup().check(tmp_path)
    assert "exited with status 1" in problem
    assert "django.db.utils.OperationalError: no such table: core_asyncmigrationstatus" in problem


def test_check_runs_offline_in_a_throwaway_data_directory_not_the_users(tmp_path):
    report = tmp_path / "seen.txt"
    _fake_server(tmp_path, f'echo "$LABEL_STUDIO_BASE_DATA_DIR|$HOME|$COLLECT_ANALYTICS|$PWD" > {report}\n'
                           'echo \'{"release": "1.23.2"}\'\n')
    assert _setup().check(tmp_path) is None
    data_dir, home, analytics, cwd = report.read_text(encoding="utf-8").strip().split("|")
    assert data_dir == home == cwd != os.environ.get("HOME")
    assert analytics == "false" and not Path(data_dir).exists()  # thrown away afterwards


def test_offline_settings_are_the_servers(tmp_path):
    assert _setup().OFFLINE == local.OFFLINE
