"""claimcheck.check.first.v1: "for the first time" against an earlier occurrence.

Claims on ``thing:X`` with facet ``first`` carry the scope words in ``value`` ("multi-domain")
and the time of that first occurrence in ``when``. Compared, on the same subject, with
  * reported ``occurrence``/``launch`` claims dated before it: if the first names a scope,
    the earlier claim counts only when its quote has the same scope words, so "the first
    multi-domain exercise" does not clash with earlier single-domain drills. Wholly
    earlier: ``conflict``; starting earlier but overlapping: ``tension``;
  * other ``first`` claims of the same scope with disjoint dates: ``conflict``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Claim, Finding, Severity
from .context import CheckContext
from .date import is_plan
from .finding import describe_when, make_finding
from .intervals import Span, claim_span, overlaps
from .registry import rule

RULE = "claimcheck.check.first.v1"
EARLIER_FACETS = ("occurrence", "launch")
_NON_ALNUM = re.compile(r"[\W_]+")


def compact(text: str) -> str:
    """Case-folded letters and digits only: "multi-domain" == "multidomain" == "Multi Domain"."""
    return _NON_ALNUM.sub("", text.casefold())


def scope(c: Claim) -> str:
    """The scope words, compacted and sorted: a key for "same scope"."""
    return " ".join(sorted(scope_words(c)))


def scope_words(c: Claim) -> set[str]:
    if c.value is None:
        return set()
    return {w for w in (compact(x) for x in str(c.value.value).split()) if w}


def has_scope(words: set[str], quote: str) -> bool:
    """Every scope word occurs in the quote (ignoring case, spaces and hyphens)."""
    text = compact(quote)
    return all(w in text for w in words)


def _detail(ctx: CheckContext, c: Claim) -> str:
    if c.facet == "first":
        s = f'first, scope "{c.value.value}"' if c.value is not None and scope(c) else "first, no scope"
        return f"{s}; {describe_when(ctx, c)}"
    return f"{c.facet}; {describe_when(ctx, c)}"


@rule(RULE, "first")
def check_firsts(ctx: CheckContext) -> Iterator[Finding]:
    """A "first" with an earlier occurrence of the same scope: conflict or tension."""
    for sid, firsts in ctx.facet("first"):
        dated_firsts = [(c, s) for c in firsts if (s := claim_span(c)) is not None]
        earlier = sorted(
            (
                (c, s)
                for f in EARLIER_FACETS
                for c in ctx.groups.get((sid, f), [])
                if not is_plan(c) and (s := claim_span(c)) is not None
            ),
            key=lambda cs: (cs[1].start, cs[0].source, cs[0].span),
        )
        label = ctx.label(sid)
        for f, sf in dated_firsts:
            want = scope_words(f)
            before: list[tuple[Claim, Span]] = []
            for e, se in earlier:
                if se.start >= sf.start:
                    break  # sorted by start: nothing later can be earlier
                if want and not has_scope(want, e.quote):
                    continue  # a narrower scope: earlier drills of another kind
                before.append((e, se))
            if before:
                wholly = any(se.end < sf.start for _, se in before)
                sev: Severity = "conflict" if wholly else "tension"
                yield make_finding(
                    ctx, rule=RULE, kind="first", severity=sev, subject=sid,
                    claims=[f, *(e for e, _ in before)], detail=_detail,
                    summary=f"{label}: called the first{f' ({f.value.value})' if want and f.value else ''} "
                    f"but reported earlier: {', '.join(sorted({e.when.value for e, _ in before if e.when}))}",
                    reason="an occurrence of the same thing and scope "
                    + ("before" if wholly else "possibly before")
                    + " the one called the first.",
                )
        # two "firsts" of one scope at different times
        by_scope: dict[str, list[tuple[Claim, Span]]] = {}
        for f, sf in dated_firsts:
            by_scope.setdefault(scope(f), []).append((f, sf))
        for key, items in sorted(by_scope.items()):
            items.sort(key=lambda cs: (cs[1].start, cs[1].end, cs[0].source, cs[0].span))
            for (a, sa), (b, sb) in zip(items, items[1:]):
                if not overlaps(sa, sb):
                    yield make_finding(
                        ctx, rule=RULE, kind="first", severity="conflict", subject=sid, claims=[a, b],
                        detail=_detail,
                        summary=f"{label}: two different dates for the first{f' ({key})' if key else ''}",
                        reason="only one occurrence can be the first of its scope.",
                    )
