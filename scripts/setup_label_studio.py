#!/usr/bin/env python3
"""Set up what the Label Studio round trip needs: the server's own virtual environment
(.venv-label-studio) and, for the real-browser test, Chromium from the Debian package.

The server pins many packages (Django, pytz, pyarrow...) that must not meet the project's,
so it lives apart; the project itself only needs label-studio-sdk. The install is checked
by running the server's `version` command in a throwaway data directory, offline (never
the user's own Label Studio data); when it fails, its own error is shown. Idempotent: does
nothing when both are there. The first time: about 2 to 4 minutes and 1 GB for Label
Studio, about a minute more for Chromium.

    python3 scripts/setup_label_studio.py [--venv PATH] [--no-browser]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

VERSION = "1.23.2"
ROOT = Path(__file__).resolve().parent.parent
# The same as qantar.labelstudio.local.OFFLINE (this script runs before qantar is installed):
# the variables that stop the server from calling the outside world.
OFFLINE = {"LATEST_VERSION_CHECK": "false", "COLLECT_ANALYTICS": "false", "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": ""}
CHROMIUM = "/usr/bin/chromium"


def check(target: Path) -> str | None:
    """None when `label-studio version` reports VERSION, else what went wrong (its output)."""
    exe = target / "bin" / "label-studio"
    if not exe.exists():
        return f"{exe} does not exist"
    with tempfile.TemporaryDirectory(prefix="qantar-ls-check-") as data_dir:
        env = {k: v for k, v in os.environ.items() if k not in ("USERNAME", "PASSWORD", "PORT", "HOST", "DEBUG")}
        env.update(OFFLINE, LABEL_STUDIO_BASE_DATA_DIR=data_dir, HOME=data_dir)
        # `version` (never `--version`, which starts a server) prints JSON with the release.
        done = subprocess.run([str(exe), "version"], capture_output=True, text=True, env=env, cwd=data_dir,
                              stdin=subprocess.DEVNULL, timeout=600)
    if done.returncode == 0 and f'"{VERSION}"' in done.stdout:
        return None
    output = (done.stderr.strip() or done.stdout.strip() or "(no output)").splitlines()
    return f"`{exe} version` exited with status {done.returncode}:\n" + "\n".join(output[-25:])


def checked_marker(target: Path) -> Path:
    """Written after a successful check, so that a second run does not pay for the check again
    (the server's `version` migrates a fresh database: one to two minutes)."""
    return target / f".qantar-checked-{VERSION}"


def install_label_studio(target: Path) -> int:
    if checked_marker(target).exists() and (target / "bin" / "label-studio").exists():
        print(f"{target}: label-studio {VERSION} is installed (checked before)")
        return 0
    if check(target) is None:
        checked_marker(target).write_text("ok\n")
        print(f"{target}: label-studio {VERSION} is installed")
        return 0
    print(f"{target}: installing label-studio {VERSION} (2 to 4 minutes, 1 GB)", flush=True)
    venv.EnvBuilder(with_pip=True, clear=False).create(target)
    subprocess.run([str(target / "bin" / "pip"), "install", "--quiet", f"label-studio=={VERSION}"], check=True)
    problem = check(target)
    if problem:
        print(f"{target}: label-studio {VERSION} does not work:\n{problem}", file=sys.stderr)
        return 1
    checked_marker(target).write_text("ok\n")
    print(f"{target}: label-studio {VERSION} is installed")
    return 0


def install_chromium() -> int:
    """Chromium for the real-browser test (Playwright drives it; never `playwright install`)."""
    if Path(CHROMIUM).exists():
        print(f"{CHROMIUM}: Chromium is installed")
        return 0
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"{CHROMIUM} is missing: the browser test will be skipped; install it with "
              "`sudo apt-get install chromium` (Debian)")
        return 0
    print("installing Chromium from the Debian package (about a minute)", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-q", "chromium"]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:  # a fresh image has no package lists yet
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0 or not Path(CHROMIUM).exists():
        print(f"Chromium did not install (status {done.returncode}):\n{done.stderr.strip()[-2000:]}", file=sys.stderr)
        return 1
    print(f"{CHROMIUM}: Chromium is installed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv-label-studio")
    parser.add_argument("--no-browser", action="store_true", help="do not install Chromium")
    args = parser.parse_args()
    status = install_label_studio(args.venv)
    if not args.no_browser:
        status = install_chromium() or status
    return status


if __name__ == "__main__":
    sys.exit(main())
