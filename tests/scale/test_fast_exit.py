"""The ``claimcheck`` command leaves without tearing the interpreter down (``cli.run``):
what it printed or wrote is whole and its exit status is the one ``main`` gave."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DERBY = {
    "derby-a.txt": "Derby moved to Sunday\n\nThe league said on Monday, March 3, 2025, that the 120th derby will "
                   "be played in Leeds on May 18. Its chairman, Tom Reid, said 41,000 tickets would go on sale.",
    "derby-b.txt": "Leeds to host the derby\n\nThe 120th derby will take place in Leeds on May 17, the league "
                   "said on Tuesday. Chairman Tom Reid said 40,000 tickets would be sold.",
}


def _claimcheck(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    if not corpus.exists():
        corpus.mkdir()
        claims.mkdir()
        for name, text in DERBY.items():
            (corpus / name).write_text(text, encoding="utf-8")
        (claims / "sources.yaml").write_text("derby-a:\n  published: '2025-03-03'\nderby-b:\n  published: '2025-03-04'\n",
                                             encoding="utf-8")
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "claimcheck", *args, str(corpus), "--claims", str(claims)],
                          capture_output=True, text=True, env=env)


def test_the_output_is_whole_and_the_status_kept(tmp_path: Path) -> None:
    from claimcheck import pipeline
    from claimcheck.report.json import iter_json

    done = _claimcheck(tmp_path, "report", "--format", "json")
    assert done.returncode == 0
    expected = "".join(iter_json(pipeline.run(tmp_path / "corpus", tmp_path / "claims", texts=False)))
    assert done.stdout == expected
    out = tmp_path / "report.md"
    assert _claimcheck(tmp_path, "report", "--format", "markdown", "--out", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("#")
    html = tmp_path / "report.html"  # the HTML report keeps the texts: it finds the two ticket counts
    assert _claimcheck(tmp_path, "report", "--format", "html", "--out", str(html), "--fail-on", "variant").returncode == 1
    assert html.read_text(encoding="utf-8").rstrip().endswith("</html>")
    bad = _claimcheck(tmp_path, "report", "--format", "nonsense")
    assert bad.returncode == 2 and "nonsense" in bad.stderr
