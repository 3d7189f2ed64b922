"""The consistency benchmark's command line: a folder that holds no corpus is named and left
out, and with none left the run stops with a coded exit, not a traceback."""

from __future__ import annotations

import subprocess
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


def test_a_python_without_the_dependencies_is_told_how_to_run_it(tmp_path: Path) -> None:
    # -S: no site-packages, as with a system python the project was never installed into
    done = subprocess.run([sys.executable, "-S", str(ROOT / "benchmarks" / "consistency.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Error: ruamel is not installed here" in done.stderr
    assert "Traceback" not in done.stderr
