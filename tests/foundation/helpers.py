"""Small builders shared by the foundation tests."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def seed_claims() -> Path:
    """A fresh claims folder holding only the seeds' metadata (claims/sources.yaml): what a
    person left in the checkout's claims/ (reviews, aliases, annotations from the README's
    walkthrough) must not change what the tests see."""
    folder = Path(tempfile.mkdtemp(prefix="claimcheck-seed-claims-")) / "claims"
    folder.mkdir()
    shutil.copyfile(ROOT / "claims" / "sources.yaml", folder / "sources.yaml")
    atexit.register(shutil.rmtree, folder.parent, True)
    return folder


CLAIMS = seed_claims()
SHARED = ROOT.parent / "shared" / "seeds"

