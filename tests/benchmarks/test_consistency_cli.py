"""The consistency benchmark's command line: a folder that holds no corpus is named and left
out, and with none left the run stops with a coded exit, not a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import consistency  # noqa: E402


def test_no_corpus_is_an_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    assert consistency.main([str(tmp_path / "articles")]) == 2
    err = capsys.readouterr().err
    assert "not a corpus (no sources.yaml), left out:" in err
    assert "Error: no corpus given (a corpus folder holds sources.yaml)" in err
