"""A small mixed corpus for the scale tests: the foundation test stories plus a few short
articles written for these tests (sport, courts, business), so claims, groups and findings
of several kinds exist."""

from __future__ import annotations

import shutil
from pathlib import Path

STORIES = Path(__file__).resolve().parents[1] / "foundation" / "stories"

ARTICLES = {
    "cup-final-a.txt": "Cup final moved to Cardiff\n\nThe football association said on Monday, March 3, 2025, "
                       "that the 44th cup final will be held in Cardiff on May 17. Chairman Peter Holt said "
                       "about 70,000 tickets would go on sale.",
    "cup-final-b.txt": "Cardiff to host the final\n\nThe 44th cup final will take place in Cardiff on May 18, "
                       "the association announced on Tuesday. Its chairman, Peter Holt, said 68,000 tickets "
                       "would be sold.",
    "court.txt": "Appeal hearing set\n\nThe supreme court will hear the appeal on June 2, 2025, Chief Justice "
                 "Anna Berg said on Friday. The court first sat in 1875.",
    "merger.txt": "Mill merger agreed\n\nThe two paper mills agreed on Wednesday to merge by the end of the year, "
                  "chief executive Marta Lind said. About 1,200 workers will keep their jobs.",
}
PUBLISHED = {"cup-final-a": "2025-03-03", "cup-final-b": "2025-03-04", "court": "2025-03-07", "merger": "2025-02-12"}


def build(root: Path) -> tuple[Path, Path]:
    """Write the corpus and its claims/ folder under ``root``; return both paths."""
    corpus = root / "corpus"
    for story in ("nato", "people", "quake"):
        shutil.copytree(STORIES / story, corpus / story)
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text + "\n", encoding="utf-8")
    claims = root / "claims"
    claims.mkdir()
    lines = [f"{sid}:\n  published: '{day}'\n" for sid, day in PUBLISHED.items()]
    (claims / "sources.yaml").write_text("".join(lines), encoding="utf-8")
    return corpus, claims
