"""Cross-source golden cases (tests/events/cases/*.yaml): short articles written for the
tests, run through the whole pipeline; findings that must and must not appear. A finding
matches when it is of the kind (and severity) given and its claims' sentences hold every
quote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from claimcheck import pipeline
from claimcheck.models import Report

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _run(case: dict[str, Any], tmp: Path) -> Report:
    docs, claims = tmp / "docs", tmp / "claims"
    docs.mkdir()
    claims.mkdir()
    meta = []
    for a in case["articles"]:
        (docs / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
        meta.append(f"{a['id']}:\n  published: {a['published']}\n")
    (claims / "sources.yaml").write_text("".join(meta), encoding="utf-8")
    return pipeline.run(docs, claims)


def _matches(report: Report, want: dict[str, Any]) -> bool:
    claims = {c.id: c for c in report.claims}
    for f in report.findings:
        if f.kind != want["kind"] or ("severity" in want and f.severity != want["severity"]):
            continue
        quotes = [claims[i].quote for i in f.claims]
        if all(any(q in text for text in quotes) for q in want["quotes"]):
            return True
    return False


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case(path: Path, tmp_path: Path) -> None:
    case = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    report = _run(case, tmp_path)
    for want in case.get("must") or []:
        assert _matches(report, want), (want, [f.summary for f in report.findings])
    for unwanted in case.get("must_not") or []:
        assert not _matches(report, unwanted), (unwanted, [f.summary for f in report.findings])
