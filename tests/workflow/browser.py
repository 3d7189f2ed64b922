"""Headless Chromium for the HTML report tests: find it (installing it once through
scripts/install-test-deps.sh when missing), load a page, collect console output, DOM and a
screenshot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
INSTALL = REPO / "scripts" / "install-test-deps.sh"
_CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]? ?(.*)")


def _find() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


@lru_cache(maxsize=1)
def chromium() -> str | None:
    found = _find()
    if found is None and INSTALL.exists():
        subprocess.run(["sh", str(INSTALL)], capture_output=True, timeout=900, check=False)
        found = _find()
    return found


def require_chromium() -> str:
    found = chromium()
    if found is None:
        pytest.skip("headless Chromium is not installed and scripts/install-test-deps.sh could not install it "
                    "(needs root and apt access); the HTML report was not checked in a browser")
    return found


@dataclass
class PageRun:
    dom: str
    console: list[str]
    screenshot: Path


def _flags(profile: Path) -> list[str]:
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=3000", "--window-size=1200,1600"]


def load(page: Path, screenshot_name: str, tmp: Path, fragment: str = "") -> PageRun:
    exe = require_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / screenshot_name
    url = page.resolve().as_uri() + (f"#{fragment}" if fragment else "")
    console: list[str] = []
    dom_run = subprocess.run([exe, *_flags(tmp / "profile-dom"), "--dump-dom", url],
                             capture_output=True, text=True, timeout=120)
    shot_run = subprocess.run([exe, *_flags(tmp / "profile-shot"), f"--screenshot={shot}", url],
                              capture_output=True, text=True, timeout=120)
    for run in (dom_run, shot_run):
        for line in run.stderr.splitlines():
            m = _CONSOLE.search(line)
            if m:
                console.append(m.group(1))
    return PageRun(dom=dom_run.stdout, console=console, screenshot=shot)
