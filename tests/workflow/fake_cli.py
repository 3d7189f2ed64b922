"""The claimcheck CLI with the pipeline replaced by the hand-made report, for driving the
interactive review through a real terminal without depending on extraction results."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from factory import fake_tag, sample_report, sources_by_id  # noqa: E402

from claimcheck import annotations, review, store  # noqa: E402
from claimcheck.cli import app, workflow  # noqa: E402
from claimcheck.models import Report  # noqa: E402


def _fake_run(corpus: Path, claims_dir: Path, *_options: object) -> Report:
    report = sample_report()
    claims = annotations.apply(report.claims, store.read_annotations(claims_dir), sources_by_id(), tag_time=fake_tag)
    findings, orphaned = review.join(report.findings, store.read_reviews(claims_dir))
    return report.model_copy(update={"claims": claims, "findings": findings, "orphaned_reviews": orphaned})


workflow._run = _fake_run  # type: ignore[assignment]

if __name__ == "__main__":
    app()
