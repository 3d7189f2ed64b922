"""review / annotate / export through the CLI (CliRunner): messages and exit codes.

The pipeline is replaced by the hand-made report (joined with the reviews on disk, like
the real one), so these tests pin the commands themselves; test_cli_seeds.py runs the
same commands on the seed corpus with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factory import fake_tag, sample_report, sources_by_id
from typer.testing import CliRunner

from claimcheck import annotate, annotations, review, store
from claimcheck.cli import app
from claimcheck.cli import workflow
from claimcheck.models import Report

runner = CliRunner()


def _fake_run(corpus: Path, claims_dir: Path, *_options: object) -> Report:
    report = sample_report()
    claims = annotations.apply(report.claims, store.read_annotations(claims_dir), sources_by_id(), tag_time=fake_tag)
    findings, orphaned = review.join(report.findings, store.read_reviews(claims_dir))
    return report.model_copy(update={"claims": claims, "findings": findings, "orphaned_reviews": orphaned})


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    monkeypatch.setattr(workflow, "_run", _fake_run)
    monkeypatch.setattr(annotate, "_run", _fake_run)
    monkeypatch.setattr(annotate, "_corpus_ids", lambda corpus: ["alpha", "beta"])
    monkeypatch.setattr(annotate, "_analysed", lambda corpus, claims: (sources_by_id(), None))
    monkeypatch.setattr(annotate, "_tag_time", lambda: fake_tag)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "tester")
    return tmp_path / "claims"


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_review_one_finding(cli: Path) -> None:
    result = invoke("review", "date-0123456789", "--verdict", "confirmed", "--note", "checked with the ministry")
    assert result.exit_code == 0, result.output
    assert "Recorded confirmed for date-0123456789 in claims/reviews.yaml." in result.output
    saved = store.read_reviews(cli)["date-0123456789"]
    assert (saved.verdict, saved.note, saved.reviewer) == ("confirmed", "checked with the ministry", "tester")
    result = invoke("review", "seeds", "place-abcdef0123", "--verdict", "needs-follow-up", "--reviewer", "ana")
    assert result.exit_code == 0 and store.read_reviews(cli)["place-abcdef0123"].reviewer == "ana"


@pytest.mark.parametrize("args, message", [
    (("review", "date-nope", "--verdict", "confirmed"), "Error: [E501] no finding 'date-nope'"),
    (("review", "--verdict", "dismissed"), "Error: [E300] --verdict needs a FINDING_ID"),
    (("review", "a", "b", "c"), "Error: [E300] review takes at most a corpus and a finding id"),
])
def test_review_errors_exit_2(cli: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and message in result.output
    assert not (cli / "reviews.yaml").exists()


def test_review_bad_verdict_is_usage_error(cli: Path) -> None:
    result = invoke("review", "date-0123456789", "--verdict", "maybe")
    assert result.exit_code == 2 and "maybe" in result.output


def test_review_interactive_walk(cli: Path) -> None:
    result = invoke("review", input="d\nsame meeting, time zones\nf\n\nq\n")
    assert result.exit_code == 0, result.output
    assert "3 open finding(s)" in result.output and "Recorded dismissed for date-0123456789" in result.output
    saved = store.read_reviews(cli)
    assert saved["date-0123456789"].note == "same meeting, time zones"
    assert saved["place-abcdef0123"].verdict == "needs-follow-up" and saved["place-abcdef0123"].note is None
    # the next walk starts with what is still open
    result = invoke("review", input="q\n")
    assert "1 open finding(s)" in result.output and "The launch window narrows" in result.output


def test_review_lists_orphaned_verdicts(cli: Path) -> None:
    (cli / "reviews.yaml").write_text("date-gone:\n  verdict: confirmed\n  note: from an older run\n")
    result = invoke("review", input="q\n")
    assert "1 orphaned verdict(s)" in result.output and "date-gone" in result.output
    assert "date-gone" in store.read_reviews(cli)  # never dropped


def test_annotate_source(cli: Path) -> None:
    (cli / "sources.yaml").write_text("# checked by hand\nalpha:\n  published: 2023-11-13  # dateline\n")
    result = invoke("annotate", "source", "beta", "--published", "2023-11-14", "--outlet", "Beta Daily")
    assert result.exit_code == 0, result.output
    assert "claims/sources.yaml: beta: published 2023-11-14, outlet Beta Daily" in result.output
    result = invoke("annotate", "source", "alpha", "--published", "none")
    assert result.exit_code == 0 and "alpha: published unknown" in result.output
    text = (cli / "sources.yaml").read_text()
    assert text.startswith("# checked by hand\nalpha: {}\nbeta:\n") and "  published: 2023-11-14\n" in text
    assert store.read_sources(cli)["alpha"].published is None


@pytest.mark.parametrize("args, message", [
    (("annotate", "source", "gamma", "--published", "2023-01-01"), "Error: [E103] no source 'gamma'"),
    (("annotate", "source", "alpha", "--published", "yesterday"), "Error: [E202]"),
    (("annotate", "source", "alpha"), "Error: [E300] nothing to change"),
])
def test_annotate_source_errors(cli: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and message in result.output


def test_annotate_alias(cli: Path) -> None:
    result = invoke("annotate", "alias", "Shin Won-sik", "Shin Won Sik", "Won-sik Shin", "--kind", "person",
                    "--office", "office:kr-defense-minister", "--from", "2023-10-07")
    assert result.exit_code == 0, result.output
    assert "claims/aliases.yaml: Shin Won-sik <- Shin Won Sik, Won-sik Shin" in result.output
    text = (cli / "aliases.yaml").read_text()
    assert "Shin Won-sik:\n  variants:\n    - Shin Won Sik\n    - Won-sik Shin\n  kind: person\n" in text
    assert "  from: 2023-10-07\n" in text
    result = invoke("annotate", "alias", "X", "Y", "--office", "office:x", "--from", "soon")
    assert result.exit_code == 2 and "Error: [E202]" in result.output
    result = invoke("annotate", "alias", "X", "Y", "--from", "2023-01-01")
    assert result.exit_code == 2 and "Error: [E300] --from/--to say when an office was held" in result.output
    assert invoke("annotate", "alias", "X", "Y", "--kind", "animal").exit_code == 2
    assert invoke("annotate", "alias", "X").exit_code == 2  # no variant


def test_annotate_claim(cli: Path) -> None:
    result = invoke("annotate", "claim", "--source", "beta", "--quote", "The mechanism will be activated in December",
                    "--predicate", "launch", "--subject", "thing:warning-mechanism", "--when", "in December",
                    "--modality", "planned")
    assert result.exit_code == 0, result.output
    assert "added manual claim m-" in result.output and "2023-12" in result.output
    (entry,) = store.read_annotations(cli).claims
    assert entry.when == "in December" and entry.modality == "planned"
    bad = invoke("annotate", "claim", "--source", "beta", "--quote", "activated in January", "--subject", "thing:x")
    assert bad.exit_code == 2 and "Error: [E203]" in bad.output and "does not occur in source 'beta'" in bad.output
    bad = invoke("annotate", "claim", "--source", "beta", "--quote", "in December", "--when", "2023-12-45")
    assert bad.exit_code == 2 and "'when': not a date or an interval" in bad.output
    assert len(store.read_annotations(cli).claims) == 1  # nothing written by the failures


def test_annotate_suppress_and_override(cli: Path) -> None:
    result = invoke("annotate", "suppress", "c-b1", "--note", "misread")
    assert result.exit_code == 0 and "suppressed c-b1" in result.output
    result = invoke("annotate", "suppress", "c-b1", "--note", "misread, twice")  # still known: it is suppressed
    assert result.exit_code == 0
    result = invoke("annotate", "suppress", "c-none")
    assert result.exit_code == 2 and "Error: [E502] no claim 'c-none'" in result.output
    result = invoke("annotate", "override", "c-a2", "--when", "2023-12", "--modality", "planned")
    assert result.exit_code == 0 and "override c-a2: modality, when (when 2023-12)" in result.output
    ann = store.read_annotations(cli)
    assert ann.suppress == {"c-b1": "misread, twice"}
    assert ann.override["c-a2"].fields() == {"when": "2023-12", "modality": "planned"}
    assert invoke("annotate", "override", "c-a2").exit_code == 2
    bad = invoke("annotate", "override", "c-a2", "--when", "someday")
    assert bad.exit_code == 2 and "'when'" in bad.output
    assert invoke("annotate", "override", "c-b1", "--when", "2023-12").exit_code == 2  # suppressed


def test_export_formats(cli: Path) -> None:
    empty = invoke("export")
    assert empty.exit_code == 0 and json.loads(empty.stdout)["@graph"] == []
    assert "no confirmed findings to export" in empty.stderr
    invoke("review", "date-0123456789", "--verdict", "confirmed", "--note", "n")
    result = invoke("export", "--format", "claimreview")
    assert result.exit_code == 0
    graph = json.loads(result.stdout)["@graph"]
    assert [g["identifier"] for g in graph] == ["date-0123456789"]
    result = invoke("export", "seeds", "--format", "webannotation", "--out", "anno.jsonld")
    assert result.exit_code == 0 and result.stdout == ""
    doc = json.loads(Path("anno.jsonld").read_text())
    assert doc["total"] == 4
    assert invoke("export", "--format", "csv").exit_code == 2
