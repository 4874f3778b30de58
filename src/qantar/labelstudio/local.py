"""A Label Studio server on this machine: headless, offline, on loopback, in a data dir of
its own. Used by the tests and the benchmark; annotators start theirs the same way
(annotation/label-studio/README.md).

The server lives in its own virtual environment (.venv-label-studio, made by
scripts/setup_label_studio.py) because it pins packages the project does not want.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..errors import QantarError
from ..paths import project_root

# The variables that stop the server from calling the outside world.
OFFLINE = {
    "LATEST_VERSION_CHECK": "false",
    "COLLECT_ANALYTICS": "false",
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
}
# Label Studio also reads these bare names as its own settings: never pass them through.
_SHADOWING = ("USERNAME", "PASSWORD", "PORT", "HOST", "DEBUG")


class ServerError(QantarError):
    """The local Label Studio server could not be started."""


def server_executable(root: Path | None = None) -> Path:
    return Path(root or project_root()) / ".venv-label-studio" / "bin" / "label-studio"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LocalServer:
    process: subprocess.Popen
    url: str
    token: str
    username: str
    data_dir: Path
    log: Path

    def stop(self, timeout: float = 30) -> None:
        """SIGINT to its pid (it stops cleanly in about a second), SIGKILL if it hangs."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _environment(data_dir: Path, username: str, password: str, token: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in _SHADOWING}
    env.update(OFFLINE)
    env.update({
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "HOME": str(data_dir),  # it writes ~/.config/label-studio/user_id
        "LABEL_STUDIO_USERNAME": username,
        "LABEL_STUDIO_PASSWORD": password,
        # Token and legacy-token flag only take effect when the user is first created.
        "LABEL_STUDIO_USER_TOKEN": token,
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
    })
    return env


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"Label Studio exited with status {process.returncode} before it was ready; see {log}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise ServerError(f"Label Studio at {url} was not healthy after {timeout:.0f} s; see {log}")


def start(
    data_dir: Path,
    *,
    template: Path | None = None,
    port: int | None = None,
    username: str = "admin@example.com",
    password: str = "qantar-local-only",
    token: str = "qantar0local0test0token0000000000000000",
    timeout: float = 180,
    executable: Path | None = None,
) -> LocalServer:
    """Start a server in `data_dir` and wait for /health.

    `template`: an already migrated data dir, copied first (start in seconds instead of
    half a minute); it must have been made with the same username and token.
    """
    executable = Path(executable or server_executable())
    if not executable.exists():
        raise ServerError(f"{executable} is missing; run scripts/setup_label_studio.py")
    data_dir = Path(data_dir)
    if template is not None:
        shutil.copytree(template, data_dir, dirs_exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    log = data_dir / "server.log"
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [str(executable), "start", "--no-browser", "--internal-host", "127.0.0.1", "-p", str(port)],
            env=_environment(data_dir, username, password, token),
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=data_dir,
            # A background shell starts us with SIGINT ignored; the server would inherit that.
            preexec_fn=_default_sigint,
        )
    server = LocalServer(process, url, token, username, data_dir, log)
    try:
        wait_healthy(url, process, log, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def migrated_template(cache: Path, **options) -> Path:
    """A migrated data dir in `cache` (made once by starting and stopping a server)."""
    cache = Path(cache)
    if (cache / ".ready").exists():
        return cache
    staging = cache.with_name(cache.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    server = start(staging, **options)
    server.stop()
    for name in ("server.log", "media", "export", ".config"):
        path = staging / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    (staging / ".ready").write_text("migrated\n")
    shutil.rmtree(cache, ignore_errors=True)
    staging.rename(cache)
    return cache
