"""claimcheck.check.rank.v1: one thing ranked two ways ("the third-largest exchange" /
"the second-largest exchange").

Subjects ``rank:<superlative>-<noun>`` (quantities/rank.py), facet ``rank``. A subject is
compared only when it plainly names one thing: an article ranking two things of one kind
("the second-largest bank ... the third-largest bank") or two different names set in
apposition mean several things, and nothing is said. Different ranks then disagree: a
``conflict`` when two of them were published within ``_CLOSE_DAYS`` of each other, else a
``tension`` (a rank can change over time). Kind ``ordinal``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Claim, Finding
from ..quantities.holder_ordinals import HOLDS_NTH
from ..quantities.rank import rank_pattern
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.rank.v1"
_CLOSE_DAYS = 30


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'"{v.text if v else ""}" = rank {v.value if v else "?"}'


def _day(ctx: CheckContext, c: Claim):  # type: ignore[no-untyped-def]
    pub = ctx.sources[c.source].published if c.source in ctx.sources else None
    return pub.start if pub is not None else None


_COMPLEMENT = re.compile(r"\s+of\s+(?!the\b|all\b|its\b|their\b)(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def _product(c: Claim) -> tuple[str, ...]:
    """What the ranked noun is of, as written: its modifiers ("cocoa" in "the fourth-largest
    cocoa producer") or a lower-case complement ("producer of refined copper"); () if none."""
    subj = c.subject
    m = rank_pattern().match(subj.text or "")
    words = m.group("head").lower().split()[:-1] if m is not None else []
    if subj.span is not None:
        after = _COMPLEMENT.match(c.quote, subj.span[1] - c.span[0])
        if after is not None:
            words += after.group("what").lower().split()
    return tuple(words)


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of the shorter product starts a word of the longer ("shipping line" in
    "container shipping line", "crypto" in "cryptocurrency")."""
    return all(any(w.startswith(s) for w in long) for s in short)


def _several_products(claims: list[Claim]) -> bool:
    """Two rankings of one noun for different products ("cocoa producer", "power producer")
    rank different things; a product left unsaid, or written shorter, is not another one."""
    products = sorted({p for c in claims if (p := _product(c))})
    return any(not _fits(a, b) and not _fits(b, a) for i, a in enumerate(products) for b in products[i + 1:])


NTH = "rank:nth-"  # the number of the reported event among its kind (events/kind_ordinals.py)


_SPATE_DAYS = 7
# the later report tells of a new happening of the kind: "Another fire broke out on Tuesday.
# It was the third ...", "the latest in a spate of ..."
_ANOTHER = re.compile(r"\b(?:another|a\s+new|a\s+fresh|a\s+further|latest|yet\s+again)\b", re.IGNORECASE)
_BACK = 200  # characters before the statement read for that news (about a sentence)


def _tells_another(ctx: CheckContext, c: Claim) -> bool:
    src = ctx.sources.get(c.source)
    if src is None:
        return False
    return _ANOTHER.search(src.text, max(0, c.span[0] - _BACK), c.span[1]) is not None


def _fell(ctx: CheckContext, claims: list[Claim]) -> bool:
    """A higher number of the event among its kind stated on the day of a lower one or
    before it: the count of such events cannot fall, so both cannot be true. A higher number
    stated later fits only if another such event happened between the reports: a tension
    when the reports lie more than ``_SPATE_DAYS`` apart, or when the later report tells of
    a new one ("another fire broke out"); else the reports number one event (the story's:
    its number was fixed when it happened), and a new one of its kind within days would be
    news the later report tells, not a silent renumbering."""
    for a in claims:
        for b in claims:
            da, db = _day(ctx, a), _day(ctx, b)
            if a.value and b.value and da and db and int(a.value.value) > int(b.value.value) \
                    and (da <= db or ((da - db).days <= _SPATE_DAYS and not _tells_another(ctx, a))):
                return True
    return False


def _period(c: Claim) -> frozenset[str]:
    return frozenset(t for t in c.topic if ":" in t)


def _words(c: Claim) -> frozenset[str]:
    return frozenset(t for t in c.topic if ":" not in t)


def _among(short: frozenset[str], long: frozenset[str]) -> bool:
    """Every word of one scope is a word of the other (its first five letters: "Latvian",
    "Latvia"; "plant", "plants")."""
    return all(any(w[:5] == v[:5] for v in long) for w in short)


_ALL_TIME = frozenset({"period:-"})  # a count with no period written: all the time there is


def _within(part: Claim, whole: Claim) -> bool:
    """A count within a period ("the third time since 1999") against one with none ("the
    second time"): one count only when the period's is the higher, the one pair that cannot
    both be true (a period holds no more than all time); else two counts, never compared."""
    return part.value is not None and whole.value is not None and int(part.value.value) > int(whole.value.value)


def _compatible(a: Claim, b: Claim) -> bool:
    """Two numbers of the reported event among its kind counted in one scope: the same
    period when both write one ("this year" in 2025 and "in 2025"), and the words of one
    scope among the other's ("at the plant", "the plant's"); an unwritten scope fits any."""
    pa, pb = _period(a), _period(b)
    if pa and pb and pa != pb and not (_within(a, b) if pb == _ALL_TIME else _within(b, a) if pa == _ALL_TIME else False):
        return False
    wa, wb = _words(a), _words(b)
    return not wa or not wb or _among(wa, wb) or _among(wb, wa)


def _scope_groups(claims: list[Claim]) -> list[list[Claim]]:
    """Claims in groups whose members all count in one scope: each claim, the most specific
    first, joins the first group it fits every member of (few claims per subject)."""
    groups: list[list[Claim]] = []
    for c in sorted(claims, key=lambda c: (-len(c.topic), c.source, c.id)):
        home = next((g for g in groups if all(_compatible(c, o) for o in g)), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups


@rule(RULE, "ordinal")
def check_ranks(ctx: CheckContext) -> Iterator[Finding]:
    """One thing given two ranks among its kind: conflict (tension when far apart in time)."""
    for sid, all_claims in ctx.facet("rank"):
        for scoped in _scope_groups(all_claims) if sid.startswith(NTH) else [all_claims]:
            for claims in _by_holder(scoped) if sid.startswith(NTH) else [scoped]:
                yield from _ranked(ctx, sid, claims)


def _by_holder(claims: list[Claim]) -> list[list[Claim]]:
    """One count per holder ("Fjordvik's fourth title", "Stavnes' second title"): with one
    holder named or none, every claim; with several, each holder's claims (a claim naming
    none may be any holder's: left out)."""
    if any(c.who and c.predicate != HOLDS_NTH for c in claims):
        return [claims]  # a name found before a numbered thing may be no holder ("won stage 12 of the Vuelta and stage 15")
    holders: dict[str, list[Claim]] = {}
    for c in claims:
        for who in {a.entity for a in c.who}:
            holders.setdefault(who, []).append(c)
    if len(holders) <= 1:
        return [claims]
    return [holders[h] for h in sorted(holders)]


def _ranked(ctx: CheckContext, sid: str, claims: list[Claim]) -> Iterator[Finding]:
    """One scope's numbers (or one thing's ranks): the rule's finding, if any."""
    per_source: dict[str, set[int]] = {}
    for c in claims:
        if c.value is not None:
            per_source.setdefault(c.source, set()).add(int(c.value.value))
    named = {a.entity for c in claims for a in c.who}
    if len(per_source) < 2 or any(len(v) > 1 for v in per_source.values()) or len(named) > 1 \
            or _several_products(claims):
        return  # several things of one kind, or one source only
    values = sorted({v for vs in per_source.values() for v in vs})
    if len(values) < 2:
        return
    close = False
    for a in claims:
        for b in claims:
            da, db = _day(ctx, a), _day(ctx, b)
            if a.value and b.value and a.value.value != b.value.value and da and db \
                    and abs((da - db).days) <= _CLOSE_DAYS:
                close = True
    if close and sid.startswith(NTH):
        close = _fell(ctx, claims)
    yield make_finding(
        ctx, rule=RULE, kind="ordinal", severity="conflict" if close else "tension", subject=sid, claims=claims,
        detail=_detail, uses_dates=not close,
        summary=f"{ctx.label(sid)}: ranked {' and '.join(str(v) for v in values)}",
        reason=("the event's number among its kind cannot fall, nor change between reports days apart" if sid.startswith(NTH) and close else
                "the event's number among its kind: a higher number stated later fits only if another such "
                "event happened between the reports" if sid.startswith(NTH) else
                "one thing has one rank among its kind at a time" + (
                    "" if close else "; the statements lie far apart in time, and a rank can change")),
    )
