"""claims --format parquet: one row per claim, the documented schema, spans that index the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from typer.testing import CliRunner  # noqa: E402

from claimcheck.cli import app  # noqa: E402
from claimcheck.parquet import COLUMNS, SCHEMA_NAME  # noqa: E402

from .corpus import build  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("parquet"))


def test_the_parquet_rows_are_the_claims(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, claims = corpus
    out = tmp_path / "claims-out"
    result = runner.invoke(app, ["claims", str(folder), "--claims", str(claims), "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert table.schema.metadata[b"schema"] == SCHEMA_NAME.encode()
    listed = runner.invoke(app, ["claims", str(folder), "--claims", str(claims), "--format", "jsonl"])
    expected = [json.loads(line) for line in listed.stdout.splitlines()]
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [c["id"] for c in expected]
    assert [json.loads(r["claim_json"]) for r in rows] == expected
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.rglob("*.txt")}  # html, jsonl: not the file
    checked = [r for r in rows if r["source"] in texts]
    assert checked and all(texts[r["source"]][r["span_start"]:r["span_end"]] == r["quote"] for r in checked)
    counts = [r for r in rows if r["value_type"] in ("count", "ordinal")]
    assert counts and all(isinstance(r["value_number"], float) for r in counts)


def test_a_second_run_replaces_the_files(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, claims = corpus
    out = tmp_path / "again"
    out.mkdir()
    (out / "claims-00007.parquet").write_bytes(b"stale")
    args = ["claims", str(folder), "--claims", str(claims), "--format", "parquet", "--out", str(out)]
    assert runner.invoke(app, [*args, "--source", "cup-final-a"]).exit_code == 0
    assert [p.name for p in out.glob("*.parquet")] == ["claims-00000.parquet"]
    assert {r["source"] for r in pq.read_table(out).to_pylist()} == {"cup-final-a"}


def test_no_claims_still_writes_the_schema(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, claims = corpus
    out = tmp_path / "none"
    result = runner.invoke(app, ["claims", str(folder), "--claims", str(claims), "--format", "parquet", "--out", str(out),
                                 "--subject", "no-such-subject-anywhere"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == list(COLUMNS)


def test_parquet_needs_a_folder(corpus: tuple[Path, Path]) -> None:
    result = runner.invoke(app, ["claims", str(corpus[0]), "--format", "parquet"])
    assert result.exit_code == 2 and "[E300]" in result.stderr
