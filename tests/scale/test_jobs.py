"""--jobs: the output is byte-identical whatever the number of processes; the default
follows the corpus size; the progress bar shows only on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import pipeline
from claimcheck.cli import app
from claimcheck.cli.progress import progress_bar

from .corpus import build

runner = CliRunner()

COMMANDS = [
    ["report", "--format", "json"],
    ["report", "--format", "markdown"],
    ["claims", "--format", "jsonl"],
    ["times", "--format", "json"],
    ["sources", "--format", "json"],
    ["export", "--format", "webannotation"],
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("scale"))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_output_is_byte_identical_whatever_the_jobs(corpus: tuple[Path, Path], command: list[str]) -> None:
    folder, claims = corpus
    outputs = []
    for jobs in ("1", "2", "3"):
        result = runner.invoke(app, [command[0], str(folder), "--claims", str(claims), *command[1:], "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 200


def test_the_corpus_has_claims_and_findings(corpus: tuple[Path, Path]) -> None:
    folder, claims = corpus
    result = runner.invoke(app, ["report", str(folder), "--claims", str(claims), "--format", "json", "--jobs", "2"])
    report = json.loads(result.stdout)
    assert len(report["sources"]) >= 10 and len(report["claims"]) > 20 and report["findings"]


def test_jobs_must_be_positive(corpus: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["report", str(corpus[0]), "--jobs", "0"])
    assert result.exit_code == 2


def test_default_jobs_follow_the_corpus_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "cores", lambda: 8)
    assert pipeline.workers_for(None, pipeline.AUTO_MIN_SOURCES - 1) == 1  # forking costs more than it saves
    assert pipeline.workers_for(None, pipeline.AUTO_MIN_SOURCES) == 8
    assert pipeline.workers_for(3, 5) == 3  # asked for: given, even for a small corpus
    assert pipeline.workers_for(1, 10_000) == 1


def test_progress_is_silent_off_a_terminal_and_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    with progress_bar() as update:  # pytest's stderr is no terminal
        assert update is None
    monkeypatch.setattr("sys.stderr", _Terminal())
    with progress_bar(quiet=True) as update:
        assert update is None


def test_progress_on_a_terminal_follows_the_stages(monkeypatch: pytest.MonkeyPatch,
                                                   corpus: tuple[Path, Path]) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    stages: list[str] = []
    with progress_bar() as update:
        assert update is not None

        def record(stage: str, done: int, total: int) -> None:
            stages.append(stage)
            update(stage, done, total)

        report = pipeline.run(corpus[0], corpus[1], workers=2, progress=record)
    assert report.findings
    assert list(dict.fromkeys(stages)) == ["reading", "cleaning", "dating", "tagging", "resolving entities",
                                           "extracting claims", "grouping and checking"]
    assert "articles" in terminal.getvalue()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_work_beside_comes_back_from_the_child() -> None:
    import os

    ran: list[int] = []
    here = os.getpid()
    result = pipeline._beside(lambda: ("done", os.getpid()), lambda: ran.append(os.getpid()))
    assert result[0] == "done" and result[1] != here  # ran in the child
    assert ran == [here]  # the other work ran here meanwhile


def test_an_error_beside_is_raised_here() -> None:
    def failing() -> None:
        raise ValueError("no date")

    with pytest.raises(ValueError, match="no date"):
        pipeline._beside(failing, lambda: None)


def test_a_child_that_dies_leaves_the_work_to_this_process() -> None:
    import os

    here = os.getpid()

    def task() -> int:
        if os.getpid() != here:
            os._exit(3)  # the child dies without a word
        return 7

    assert pipeline._beside(task, lambda: None) == 7


def test_check_rules_split_over_two_processes_find_the_same(corpus: tuple[Path, Path]) -> None:
    """With a spare core the parent runs every other check rule in a forked child while it runs
    the rest: the same findings, in the same order, as all rules in one process."""
    from claimcheck import checks

    folder, claims = corpus
    analysis = pipeline.analyse(folder, claims)
    by_id = {c.id: c for c in analysis.claims}
    alone = checks.run_checks(analysis.subjects, by_id, analysis.by_id, analysis.index)
    split = checks.run_checks(analysis.subjects, by_id, analysis.by_id, analysis.index, beside=pipeline._beside)
    assert alone and [f.model_dump() for f in split] == [f.model_dump() for f in alone]
