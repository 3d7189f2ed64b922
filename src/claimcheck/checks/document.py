"""claimcheck.check.document.v1: the type of the document a session produced.

Claims of facet ``document`` (value: a type of ``resources/events/documents.yaml``: a
memorandum, a treaty, a declaration ...) about one session: two sources each naming one
type, the types different, is a ``tension`` (kind ``other``): a meeting may sign more than
one document, but a source naming one names the session's outcome. A source that names
several types for the session is not compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.document.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'document "{v.text}" = {v.value}' if v else "no document"


@rule(RULE, "other")
def check_documents(ctx: CheckContext) -> Iterator[Finding]:
    """Two sources, two document types for one session: tension."""
    for sid, claims in ctx.facet("document"):
        by_source: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            if c.value is not None:
                by_source[c.source].add(str(c.value.value))
        single = {src: next(iter(ts)) for src, ts in by_source.items() if len(ts) == 1}
        types = sorted(set(single.values()))
        if len(types) < 2:
            continue
        cited = [c for c in claims if c.source in single]
        yield make_finding(
            ctx, rule=RULE, kind="other", severity="tension", subject=sid, claims=cited, detail=_detail,
            summary=f"{ctx.label(sid)}: the document signed is called " + " or ".join(types), uses_dates=False,
            reason="each source names one document of a different type for the session: both may have been signed, "
            "but as told they disagree on what it produced.",
        )
