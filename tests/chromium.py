"""Debian's Chromium for the browser tests (Playwright cannot download a browser here)."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
#: no GPU, no sandbox (CI runs as root) and no background traffic on a closed network
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need(path: Path = CHROMIUM, how: str = "install Debian's chromium (apt-get install chromium)"):
    """Skip, saying why, when a browser-test prerequisite is missing."""
    if not path.exists():
        reason = f"{path} is missing: {how}"
        print(f"\nbrowser test skipped: {reason}")
        pytest.skip(reason)
