"""The CLI: coded errors (exit 2) for what used to be tracebacks, exit 1 only for findings,
the claims folder's absence said, help without Python types, the corpus taken alike."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import store

from .helpers import ROOT, cli

@pytest.fixture
def work(tmp_path: Path) -> Path:
    """The seed corpus and only its metadata (the seeds give variants, not conflicts)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "corpus")
    (tmp_path / "claims").mkdir()
    shutil.copyfile(ROOT / "claims" / "sources.yaml", tmp_path / "claims" / "sources.yaml")
    return tmp_path


def test_out_into_a_missing_folder_or_onto_a_folder_is_a_coded_error(work: Path) -> None:
    for out in (work / "missing" / "r.html", work / "corpus"):
        result = cli(["report", "corpus", "--claims", "claims", "--format", "html", "--out", str(out)], cwd=work)
        assert result.returncode == 2 and result.stderr.startswith("Error: [E301]"), result.stderr
    assert not list(work.rglob(".*.tmp"))
    ok = cli(["export", "corpus", "--claims", "claims", "--format", "webannotation", "--out", str(work / "w.json")],
             cwd=work)
    assert ok.returncode == 0 and json.loads((work / "w.json").read_text())["type"]
    assert not list(work.rglob(".*.tmp"))


def test_a_missing_default_claims_folder_is_a_warning_an_explicit_one_an_error(work: Path) -> None:
    shutil.rmtree(work / "claims")
    default = cli(["report", "corpus"], cwd=work)
    assert default.returncode == 0 and "warning: no ./claims folder" in default.stderr
    explicit = cli(["report", "corpus", "--claims", "elsewhere"], cwd=work)
    assert explicit.returncode == 2 and "Error: [E207] claims folder not found: elsewhere" in explicit.stderr
    (work / "file").write_text("x", encoding="utf-8")
    a_file = cli(["report", "corpus", "--claims", "file"], cwd=work)
    assert a_file.returncode == 2 and "Error: [E207]" in a_file.stderr


def test_version_and_help_without_python_types() -> None:
    from claimcheck import __version__

    version = cli(["--version"])
    assert version.returncode == 0 and version.stdout.strip() == f"claimcheck {__version__}"
    for args in (["--help"], ["report", "--help"], ["annotate", "claim", "--help"], ["annotate", "override", "--help"],
                 ["review", "--help"]):
        text = cli(args, env={"COLUMNS": "200", "PATH": ""}).stdout
        assert "<bool>" not in text and "<list[str]>" not in text and "<str>" not in text, text


def test_every_option_of_annotate_override_has_help() -> None:
    from typer.main import get_command

    from claimcheck.cli import app

    group = get_command(app)
    override = group.commands["annotate"].commands["override"]  # type: ignore[attr-defined]
    for param in override.params:
        assert param.help, f"{param.name} has no help"


def test_annotate_takes_the_corpus_first_or_as_an_option(work: Path) -> None:
    a, b = sorted(p.stem for p in (work / "corpus").iterdir())[:2]
    first = cli(["annotate", "source", "corpus", a, "--outlet", "Wire", "--claims", "claims"], cwd=work)
    assert first.returncode == 0, first.stderr
    option = cli(["annotate", "source", b, "--corpus", "corpus", "--outlet", "Desk", "--claims", "claims"], cwd=work)
    assert option.returncode == 0, option.stderr
    entries = store.read_sources(work / "claims")
    assert (entries[a].outlet, entries[b].outlet) == ("Wire", "Desk")
    both = cli(["annotate", "source", "corpus", a, "--corpus", "other", "--outlet", "X", "--claims", "claims"],
               cwd=work)
    assert both.returncode == 2 and "Error: [E300]" in both.stderr


def test_verdict_open_resets_a_verdict(work: Path) -> None:
    data = json.loads(cli(["report", "corpus", "--claims", "claims", "--format", "json"], cwd=work).stdout)
    finding = data["findings"][0]["id"]
    assert cli(["review", "corpus", finding, "--verdict", "dismissed", "--claims", "claims"], cwd=work).returncode == 0
    reset = cli(["review", "corpus", finding, "--verdict", "open", "--claims", "claims"], cwd=work)
    assert reset.returncode == 0, reset.stderr
    data = json.loads(cli(["report", "corpus", "--claims", "claims", "--format", "json"], cwd=work).stdout)
    assert next(f["review"]["verdict"] for f in data["findings"] if f["id"] == finding) == "open"


def test_exit_codes_findings_one_crashes_two_closed_pipe_quiet(work: Path) -> None:
    found = cli(["report", "corpus", "--claims", "claims", "--fail-on", "variant"], cwd=work)
    assert found.returncode == 1, found.stderr
    missing = cli(["report", "nowhere", "--claims", "claims", "--fail-on", "variant"], cwd=work)
    assert missing.returncode == 2 and missing.stderr.startswith("Error: [E101]")
    # an unforeseen failure is a coded error with exit 2, never 1 and never a traceback
    crash = subprocess.run([sys.executable, "-c", "import claimcheck.pipeline as p, claimcheck.cli as c\n"
                            "def boom(*a, **k): raise RuntimeError('boom')\n"
                            "p.run = boom\nimport sys; sys.argv = ['claimcheck', 'report', 'corpus']\nc.main()"],
                           cwd=work, capture_output=True, text=True, timeout=120)
    assert crash.returncode == 2 and "Error: [E001]" in crash.stderr and "Traceback" not in crash.stderr
    piped = subprocess.run(f"'{sys.executable}' -m claimcheck claims corpus --claims claims --format jsonl | head -c 1",
                           shell=True, cwd=work, capture_output=True, text=True, timeout=120)
    assert piped.stderr == ""


def test_readme_walkthrough_uses_the_installed_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    walkthrough = readme.split("## The review loop on the seeds", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in walkthrough.splitlines() if "claimcheck " in line and not line.startswith("`")]
    assert commands and all(line.startswith(".venv/bin/claimcheck ") for line in commands if line.strip()), commands
