from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from factory import sample_report  # noqa: E402

from claimcheck.models import Report  # noqa: E402


@pytest.fixture
def report() -> Report:
    return sample_report()


@pytest.fixture
def claims_dir(tmp_path: Path) -> Path:
    path = tmp_path / "claims"
    path.mkdir()
    return path
