"""The report's `entities` section and `claimcheck entities`: each canonical entity with the
names merged into it and its mentions, every span indexing its source."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()

TEXTS = {
    "a": "Transfer news\n\nCoach Marisol Quintero signed Tomas Ferreira on Monday. Quintero said he was ready.",
    "b": "Rovers sign midfielder\n\nCoach Marisol Quinterro confirmed the deal for Tomas Ferreira.",
}


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    return corpus, claims


def test_the_json_report_lists_entities_with_their_names_and_mentions(tmp_path: Path) -> None:
    corpus, claims = _corpus(tmp_path)
    result = runner.invoke(app, ["report", str(corpus), "--claims", str(claims), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    people = {e["id"]: e for e in report["entities"] if e["kind"] == "person"}
    coach = next(e for e in people.values() if "Marisol Quintero" in e["names"])
    assert {"Marisol Quintero", "Marisol Quinterro", "Quintero"} <= set(coach["names"])
    assert {m["source"] for m in coach["mentions"]} == {"a", "b"}
    for e in report["entities"]:
        for m in e["mentions"]:
            assert TEXTS[m["source"]][m["span"][0]:m["span"][1]] == m["text"]


def test_entities_command_prints_json_and_a_table(tmp_path: Path) -> None:
    corpus, claims = _corpus(tmp_path)
    result = runner.invoke(app, ["entities", str(corpus), "--claims", str(claims), "--kind", "person",
                                 "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["kind"] == "person" for r in rows)
    table = runner.invoke(app, ["entities", str(corpus), "--claims", str(claims), "--quiet"], env={"COLUMNS": "240"})
    assert table.exit_code == 0 and "Marisol Quinterro" in table.stdout
