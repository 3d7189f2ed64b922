"""claimcheck.check.named_value.v1: one referent, two names or classes for one relation.

Subjects ``value:<relation>|<key>`` (claimcheck.named_values), facet ``named-value``, value
the name or class as written and folded. Two sources that each give one value for the
subject, told of referents that may be one ("the vessel" and "the X-flagged Celestine
Dawn"; not two vessels named differently), disagree when the values are not one name
written two ways: a ``conflict`` of kind ``other`` (the table's severity: a relation marked
``tension`` there stays one). One name written two ways stays quiet: a value inside the other ("Hidro
Energie" in "Hidro Energie SA"), spellings within a few letters (rapidfuzz), one
abbreviation shared; two abbreviations that differ name two things ("NDMA", "NDEA"). A
source giving two values that disagree speaks of two referents: it is left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz

from .. import attribute_values, causes, class_values
from ..keys import parse
from ..models import Claim, Finding, Severity
from ..named_values import severities, table
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.named_value.v1"
_COUNTRY_VALUED = frozenset({"flag", "nationality"})
_MAX_SOURCES = 40  # a relation stated by more sources than this is no one fact of one story
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    about = f" (of {claim.subject.text})" if claim.subject.text else ""
    return f'"{v.text}" = {v.value}{about}' if v is not None else "no value"


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _words(value: str) -> frozenset[str]:
    # a possessive names what holds the rest: "Lyon's Saint-Exupery" airport lies in "Lyon"
    return frozenset(w.removesuffix("'s") for w in re.split(r"[\s/]+", _plain(value).replace("’", "'")) if w)


def _acronyms(claim: Claim) -> frozenset[str]:
    text = claim.value.text if claim.value is not None else ""
    return frozenset(w.strip("()") for w in text.split() if _ACRONYM.match(w.strip("()")))


def same_value(relation: str, a: Claim, b: Claim) -> bool:
    """The two values may name one thing: equal, one inside the other, a spelling variant,
    an abbreviation shared."""
    va, vb = str(a.value.value) if a.value else "", str(b.value.value) if b.value else ""
    if va == vb:
        return True
    if relation == "polarity":
        return va == vb  # "yes" or "no": an act done or not (polarity.py)
    if relation == "cause":
        return causes.same(va, vb)  # one account: a storm and the flood it brought
    if relation in class_values.families():
        return class_values.same(relation, va, vb)  # one family's values: a period holds its parts
    if relation in _COUNTRY_VALUED or relation in attribute_values.table().classes:
        return False  # a country's id, a number in its canonical form ("17", "5.5%", "50000 EUR")
    if relation == "code-name":
        ya, yb = set(_YEAR.findall(va)), set(_YEAR.findall(vb))
        if ya and yb and ya != yb:
            return True  # "X 2025" and "X 2026": two editions, not two names of one
        va, vb = _YEAR.sub("", va).strip(), _YEAR.sub("", vb).strip()
    xa, xb = _acronyms(a), _acronyms(b)
    if xa and xb:
        return bool(xa & xb)  # abbreviations a letter apart name two things
    wa, wb = _words(va), _words(vb)
    if wa <= wb or wb <= wa:
        return True
    return fuzz.token_sort_ratio(_plain(va), _plain(vb)) >= 90


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in table().generic_heads)


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def same_referent(relation: str, a: Claim, b: Claim) -> bool:
    """The two values may be told of one thing: no referent, a generic noun ("the
    structure", "the vessel"), one noun, or one name ("IPC" and "the company" are not said to
    be one)."""
    if relation == "nationality" or relation == "code-name":
        return True  # keyed by the age, the noun: the key is the referent
    ra, rb = a.subject.text, b.subject.text
    if not ra or not rb:
        return True
    named_a, named_b = ra[0].isupper() and ra.lower() not in _generic_heads(), rb[0].isupper() and rb.lower() not in _generic_heads()
    if named_a and named_b:
        return fuzz.ratio(_plain(ra), _plain(rb)) >= 85
    ha, hb = _stem(ra), _stem(rb)
    if named_a or named_b:  # a name against a noun: one thing only when the noun stands for any ("the vessel")
        return (hb if named_a else ha) in _generic_heads()
    return ha == hb or ha in _generic_heads() or hb in _generic_heads()


@rule(RULE, "other")
def check_named_values(ctx: CheckContext) -> Iterator[Finding]:
    """One referent given two names or classes by two sources: conflict (the table's severity)."""
    for sid, claims in ctx.facet("named-value"):
        relation = parse(sid).name.split("|", 1)[0]
        per_source: dict[str, list[Claim]] = {}
        for c in claims:
            if c.value is not None:
                per_source.setdefault(c.source, []).append(c)
        if not 2 <= len(per_source) <= _MAX_SOURCES:
            continue
        # a source giving two values that disagree speaks of two referents
        single = {src: cs for src, cs in per_source.items()
                  if all(same_value(relation, cs[0], c) and same_referent(relation, cs[0], c) for c in cs[1:])}
        if len(single) < 2:
            continue
        sources = sorted(single)
        clash: dict[str, Claim] = {}
        for i, x in enumerate(sources):  # a handful of sources per relation: pairs are few
            for y in sources[i + 1:]:
                for a in single[x]:
                    for b in single[y]:
                        if same_referent(relation, a, b) and not same_value(relation, a, b):
                            clash.setdefault(a.id, a)
                            clash.setdefault(b.id, b)
        if not clash:
            continue
        found = sorted(clash.values(), key=lambda c: (c.source, c.span, c.id))
        values = sorted({str(c.value.value) for c in found if c.value is not None})
        severity: Severity = "conflict" if severities().get(relation) == "conflict" else "tension"
        yield make_finding(
            ctx, rule=RULE, kind="other", severity=severity, subject=sid, claims=found, detail=_detail,
            uses_dates=False, summary=f"{ctx.label(sid)}: " + " or ".join(values),
            reason="one referent has one value for this relation; only two referents would fit both.",
        )
