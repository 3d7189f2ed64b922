"""The CLI's messages and exit codes, the JSON contract and its schema, spans and determinism."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report.json import report_schema

from .helpers import CLAIMS, ROOT, SEEDS

runner = CliRunner()
SCHEMA_FILE = ROOT / "docs" / "report.schema.json"


@pytest.fixture(scope="module")
def seed_report() -> dict:
    result = runner.invoke(app, ["report", str(SEEDS), "--claims", str(CLAIMS), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_schema_file_matches_the_models() -> None:
    generated = json.dumps(report_schema(), indent=2, sort_keys=True) + "\n"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated, \
        "docs/report.schema.json is stale: regenerate it from claimcheck.report.json.report_schema()"


def test_report_validates_against_the_schema(seed_report: dict) -> None:
    jsonschema.validate(seed_report, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert seed_report["schema"] == "claimcheck.report/1"


def test_every_span_indexes_its_source_text(seed_report: dict) -> None:
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in seed_report["sources"]}
    checked = 0
    for c in seed_report["claims"]:
        text = texts[c["source"]]
        assert text[c["span"][0]:c["span"][1]] == c["quote"]
        parts = [c["subject"]] + c["who"] + [c["when"], c["where"], c["value"], c["attribution"]]
        for part in parts:
            if part and part.get("span"):
                assert text[part["span"][0]:part["span"][1]] == part["text"], part
                checked += 1
    assert checked > 100


def test_no_conflict_on_the_seeds_with_their_metadata(seed_report: dict) -> None:
    assert [f["summary"] for f in seed_report["findings"] if f["severity"] == "conflict"] == []


def test_same_findings_for_a_renamed_copy_in_another_order(tmp_path: Path, seed_report: dict) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    for i, name in enumerate(reversed(names)):  # copies written in reverse order, in nested folders
        folder = corpus / f"d{i}"
        folder.mkdir()
        shutil.copy(SEEDS / name, folder / name)
    result = runner.invoke(app, ["report", str(corpus), "--claims", str(CLAIMS), "--format", "json"])
    other = json.loads(result.stdout)
    assert [f["id"] for f in other["findings"]] == [f["id"] for f in seed_report["findings"]]
    assert [c["id"] for c in other["claims"]] == [c["id"] for c in seed_report["claims"]]


@pytest.mark.slow
def test_two_runs_with_different_hash_seeds_give_the_same_report(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"r{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "claimcheck", "report", str(SEEDS), "--claims", str(CLAIMS),
                        "--format", "json", "--out", str(out)], check=True, env=env, cwd=ROOT)
        outputs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]


def test_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(tmp_path / "nope"), "--claims", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: [E101] corpus not found: {tmp_path / 'nope'}\n"


def test_corpus_without_articles_exits_2(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x00")
    result = runner.invoke(app, ["sources", str(tmp_path), "--claims", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: [E102] no readable article")
    assert "skipped 1 file(s)" in result.stderr and "binary file" in result.stderr


def test_bad_sources_yaml_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text("a:\n  published: 2023-02-30\n", encoding="utf-8")
    result = runner.invoke(app, ["sources", str(SEEDS), "--claims", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: [E202] {tmp_path / 'sources.yaml'}:2: 'published'")
    assert "Traceback" not in result.output


def test_a_skipped_file_is_reported_on_stderr_and_in_the_report(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "001_a55dc8124c92cfdc.txt", tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    result = runner.invoke(app, ["report", str(tmp_path), "--claims", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert f"skipped {tmp_path / 'bad.txt'}: binary file (NUL bytes), not an article [E110]" in result.stderr
    assert [s["code"] for s in json.loads(result.stdout)["skipped"]] == ["E110"]


def test_fail_on_sets_the_exit_status(tmp_path: Path) -> None:
    base = ["report", str(SEEDS), "--claims", str(CLAIMS), "--format", "json", "--out", str(tmp_path / "r.json")]
    assert runner.invoke(app, base + ["--fail-on", "conflict"]).exit_code == 0
    assert runner.invoke(app, base + ["--fail-on", "variant"]).exit_code == 1
    assert runner.invoke(app, base + ["--fail-on", "never"]).exit_code == 0
    bad = runner.invoke(app, base + ["--fail-on", "sometimes"])
    assert bad.exit_code == 2


def test_out_writes_the_file_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["report", str(SEEDS), "--claims", str(CLAIMS), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "claimcheck.report/1"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_sources_command_shows_dates_and_basis() -> None:
    result = runner.invoke(app, ["sources", str(SEEDS), "--claims", str(CLAIMS), "--format", "json"])
    rows = json.loads(result.stdout)
    assert [(r["id"][:3], r["published"]["value"], r["published"]["basis"]) for r in rows] == [
        ("000", "2023-04-15", "metadata"), ("001", "2023-06-05", "metadata"), ("002", "2023-11-13", "metadata"),
        ("003", "2023-08", "metadata"), ("004", "2024-06-03", "metadata")]


def test_times_json_has_the_documented_fields() -> None:
    result = runner.invoke(app, ["times", str(SEEDS), "--claims", str(CLAIMS), "--source", "002_be3015e7b4282bff",
                                 "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows and set(rows[0]) == {"source", "span", "text", "type", "value", "start", "end", "granularity", "anchor"}
    sunday = next(r for r in rows if r["text"].endswith("Sunday"))
    assert sunday["value"] == "2023-11-12" and sunday["anchor"] == "publication"


def test_unknown_source_is_an_error() -> None:
    result = runner.invoke(app, ["times", str(SEEDS), "--claims", str(CLAIMS), "--source", "nope"])
    assert result.exit_code == 2 and result.stderr == f"Error: [E103] no source 'nope' in {SEEDS}\n"


def test_claims_subject_filter_lists_the_dtt_sessions() -> None:
    result = runner.invoke(app, ["claims", str(SEEDS), "--claims", str(CLAIMS), "--subject", "DTT", "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and all(r["subject"]["id"].startswith("series:defense-trilateral-talks") for r in rows)
    sessions = {r["subject"]["id"]: r for r in rows if r["subject"]["id"].split("#")[-1].isdigit()}
    assert sessions["series:defense-trilateral-talks#13"]["when"]["value"] == "2023-04-14"
    assert sessions["series:defense-trilateral-talks#13"]["where"]["entity"] == "place:washington-dc"
    assert sessions["series:defense-trilateral-talks#14"]["when"]["value"] == "2024"
    assert sessions["series:defense-trilateral-talks#14"]["modality"] == "planned"
