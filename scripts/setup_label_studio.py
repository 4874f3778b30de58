#!/usr/bin/env python3
"""Create the Label Studio server's own virtual environment, .venv-label-studio.

The server pins many packages (Django, pytz, pyarrow...) that must not meet the project's,
so it lives apart; the project itself only needs label-studio-sdk. Idempotent: does
nothing when `.venv-label-studio/bin/label-studio version` already works. About 1.5 min
and 1 GB the first time.

    python3 scripts/setup_label_studio.py [--venv PATH]
"""

import argparse
import subprocess
import sys
import venv
from pathlib import Path

VERSION = "1.23.2"
ROOT = Path(__file__).resolve().parent.parent


def installed(target: Path) -> bool:
    # `version` (never `--version`, which starts a server) prints JSON with the release.
    exe = target / "bin" / "label-studio"
    if not exe.exists():
        return False
    done = subprocess.run([str(exe), "version"], capture_output=True, text=True)
    return done.returncode == 0 and f'"{VERSION}"' in done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv-label-studio")
    target = parser.parse_args().venv
    if installed(target):
        print(f"{target}: label-studio {VERSION} is installed")
        return 0
    print(f"{target}: installing label-studio {VERSION} (about 1.5 min)", flush=True)
    venv.EnvBuilder(with_pip=True, clear=False).create(target)
    subprocess.run([str(target / "bin" / "pip"), "install", "--quiet", f"label-studio=={VERSION}"], check=True)
    if not installed(target):
        print(f"{target}: label-studio {VERSION} did not install correctly", file=sys.stderr)
        return 1
    print(f"{target}: label-studio {VERSION} is installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
