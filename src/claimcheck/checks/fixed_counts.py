"""Counts that are a fixed fact of their event, compared whatever day each report was written.

A count with no time written is keyed by its article's day (``quantities/scope.py``), since a
running tally (the dead, cases, arrests: ``resources/checks/running.yaml``) may be updated
from one day to the next. Any other count of what an event did or held ("14 regions were
affected", "21 films in competition", "all seven lines stopped", "90% of customers") is one
figure whatever day a report was written: its keys of several such days are one key here.

Within one family (dimension, head, verb class, entity) of a count that is no tally:

- keys whose verbs are of one class (``quantities/things.act_class``: "lost power" and "left
  without power" are one relation) are one key under the class's name (``one_verb``, before
  the other alignments), unless a sum or a change is written next to the figure;
- a claim dated only by its article (as-of its publication day or month) joins the one day
  written with another claim of the family up to a week before its article, else the
  earliest article day of its family within a week of its own (no day written: two reports
  of one event's fact); two days written within that week leave the family as it is (the
  story tells the count at two times);
- a claim whose words say a reading as of its day or a figure that moves ("so far", "still",
  "has spread to", "combined", "in total": ``update_cues``, ``perfect_cues``,
  ``count_occasions``) stays on its day; so does a running figure (``Quantity.running``), a
  noun written capitalised ("1 Nordlys" of a score) and a figure from an article that gives
  two figures of the noun (it tells two things of it).

Linear: one pass over the groups, the words of a claim read only when its family spans two
days or two verbs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..keys import QuantityKey, parse
from ..models import Claim
from ..quantities.rates import is_rate
from ..quantities.tables import tables as quantity_tables
from ..quantities.things import act_class, table as thing_table
from ..resources import load_resource
from .context import CheckContext
from .count_occasions import Sentences, moving_words

_WEEK = 7  # days: a day written with one report's figure, or another report's day, is the same event's
# roles that are no verb of the counted: a plan, a sentence's parts, a bargaining position
OTHER_ROLES = frozenset({"forecast", "offset", "imposed", "maximum", "prosecution", "defense", "probation",
                          "demand", "offer", "before", "change", "value", "size"})
_NO_ACT = frozenset({"", "held", "have"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class RunningExample(_Model):
    dimension: str
    head: str
    role: str
    tally: bool


class RunningTables(_Model):
    tally_things: list[str] = Field(min_length=1)
    tally_acts: list[str] = Field(min_length=1)
    polled: list[str] = Field(min_length=1)
    per_occasion: list[str] = Field(min_length=1)
    update_cues: list[str] = Field(min_length=1)
    perfect_cues: list[str] = Field(min_length=1)
    examples: list[RunningExample] = Field(min_length=1)

    def grows(self, head: str, role: str, also: frozenset[str] = frozenset()) -> bool:
        """A count that grows while its story runs (the dead, arrests, damaged homes)."""
        base, _, qual = head.partition(":")
        same = thing_table().same_things
        thing = next((cls for cls, ws in same.items() if base in ws), base)
        things = set(self.tally_things) | also
        if thing in things or qual in things or base.split()[-1:] and base.split()[-1] in things:
            return True
        act = act_class(role) if role not in _NO_ACT else act_class(qual) if qual else None
        return act is not None and (act in self.tally_acts or act in things)

    def tally(self, dimension: str, head: str, role: str) -> bool:
        """A count compared within its as-of day only: one that grows, one round's figure (one
        round's is no other round's), a share read again with each poll."""
        if self.grows(head, role, frozenset(self.per_occasion)):
            return True
        thing = head.partition(":")[0]
        return dimension == "percent" and thing in self.polled

    @model_validator(mode="after")
    def _examples_hold(self) -> RunningTables:
        for ex in self.examples:
            if self.tally(ex.dimension, ex.head, ex.role) != ex.tally:
                raise ValueError(f"example {ex.dimension}|{ex.head}|{ex.role}: tally should be {ex.tally}")
        return self


@lru_cache(maxsize=1)
def running_tables() -> RunningTables:
    return load_resource("checks/running.yaml", RunningTables)


def _day(asof: str | None) -> date | None:
    if asof is None or len(asof) < 10:
        return None
    try:
        return date.fromisoformat(asof[:10])
    except ValueError:
        return None


def movable(key: QuantityKey) -> bool:
    """A count of what an event did or held, no tally, no plan, no class with its own dating."""
    if key.age or key.dimension not in {"count", "percent"} or key.role in OTHER_ROLES or key.head.startswith("attr:") \
            or (key.dimension != "count" and is_rate(key.head)):
        return False  # a value of an attribute, an interest rate: a level of its day (quantities/attributes.py)
    t = quantity_tables()
    base, _, qual = key.head.partition(":")
    if {base, qual} & (set(t.cumulative) | set(t.one_day)) or qual in {"part", "down", "up", "more", "left"}:
        return False
    return not running_tables().tally(key.dimension, key.head, key.role)


def one_verb(ctx: CheckContext, groups: list[tuple[str, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """The groups with the keys of one count told by verbs of one class ("lost power", "left
    without power": ``quantities/things.act_class``) made one, under the class's name. A
    figure written as a sum or a change ("71 cancelled on Sunday and Monday combined") keeps
    its own verb: it is no reading of the others' fact."""
    roles: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # whatever the holder: one is joined later
    keyed: list[tuple[str, QuantityKey | None, list[Claim]]] = []
    for sid, claims in groups:
        key = parse(sid)
        if not isinstance(key, QuantityKey) or key.age or key.role in OTHER_ROLES or key.role in _NO_ACT:
            keyed.append((sid, None, claims))
            continue
        keyed.append((sid, key, claims))
        roles[(key.dimension, key.head, act_class(key.role) or key.role)].add(key.role)
    if all(len(r) < 2 for r in roles.values()):
        return groups
    sentences = ctx.shared("count_occasions.sentences", lambda c: Sentences(c.sources))
    moving = set(moving_words())
    regrouped: dict[str, list[Claim]] = defaultdict(list)
    for sid, key, claims in keyed:
        verb = (act_class(key.role) or key.role) if key is not None else None
        first = verb if key is not None and len(roles[(key.dimension, key.head, verb or "")]) > 1 else None
        if key is None or first is None or first == key.role:
            regrouped[sid].extend(claims)
            continue
        for c in claims:
            moved = not _changing(ctx, sentences, c, moving, state=False)
            regrouped[QuantityKey(key.dimension, key.head, first, key.entity, key.asof).render() if moved else sid].append(c)
    return sorted(regrouped.items())


def fixed_days(ctx: CheckContext, groups: list[tuple[str, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """The groups with the keys of one fixed count across days and verbs made one."""
    family: dict[tuple[str, str, str, str | None], list[tuple[QuantityKey, str, list[Claim]]]] = defaultdict(list)
    out: list[tuple[str, list[Claim]]] = []
    # an article giving two figures of one counted noun, under any keys ("a cargo of 500
    # tonnes", "carrying 650 tonnes when it left port"), tells two things of it: not moved
    figures: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    for sid, claims in groups:
        key = parse(sid)
        if isinstance(key, QuantityKey) and not key.age:
            for c in claims:
                if c.quantity is not None:
                    figures[(key.dimension, key.head.partition(":")[0], c.source)].add(c.quantity.value)
    for sid, claims in groups:
        key = parse(sid)
        if not isinstance(key, QuantityKey) or key.asof is None or not movable(key):
            out.append((sid, claims))
            continue
        verb = act_class(key.role) if key.role not in _NO_ACT else key.role
        family[(key.dimension, key.head, verb or "", key.entity)].append((key, sid, claims))
    if not family:
        return groups
    sentences = ctx.shared("count_occasions.sentences", lambda c: Sentences(c.sources))
    regrouped: dict[str, list[Claim]] = defaultdict(list)
    for sid, claims in out:
        regrouped[sid].extend(claims)
    for (dim, head, _, _), members in family.items():
        base = head.partition(":")[0]
        two = {c.source for _, _, cs in members for c in cs if len(figures[(dim, base, c.source)]) > 1}
        for sid, claims in _one_family(ctx, sentences, members, two):
            regrouped[sid].extend(claims)
    return sorted(regrouped.items())


def _published_day(ctx: CheckContext, c: Claim) -> tuple[str | None, date | None]:
    src = ctx.sources.get(c.source)
    if src is None or not src.published.value:
        return None, None
    return src.published.value, src.published.start


def _one_family(ctx: CheckContext, sentences: Sentences, members: list[tuple[QuantityKey, str, list[Claim]]],
                two: set[str]) -> list[tuple[str, list[Claim]]]:
    if len(members) < 2:
        return [(sid, claims) for _, sid, claims in members]
    # claims dated by their article's day, and the days written with the others
    undated: list[tuple[Claim, QuantityKey, date]] = []
    written: list[tuple[Claim, QuantityKey]] = []
    out: dict[str, list[Claim]] = defaultdict(list)
    for key, _, claims in members:
        for c in claims:
            value, start = _published_day(ctx, c)
            if c.source in two:
                out[key.render()].append(c)
            elif value is not None and start is not None and key.asof in (value, value[:7]):
                undated.append((c, key, start))
            else:
                written.append((c, key))
    for c, key in written:
        out[key.render()].append(c)
    moving = set(moving_words())
    still = [u for u in sorted(undated, key=lambda u: (u[2], u[0].id))
             if not (u[0].quantity is not None and (u[0].quantity.running or _named(u[0].quantity.text)))
             and not _changing(ctx, sentences, u[0], moving, perfect=True)]
    kept = {id(u[0]) for u in still}
    for c, key, _ in undated:
        if id(c) not in kept:  # "has spread to", "rose to": as of its own day
            out[key.render()].append(c)
    # a day (not an hour: a reading at a time) written with a figure no word says is moving
    days = sorted({(d, k.asof) for c, k in written if k.asof and len(k.asof) == 10
                   and (d := _day(k.asof)) is not None and not _changing(ctx, sentences, c, moving, perfect=True)})
    for cluster in _clusters(still):
        first, last = cluster[0][2], cluster[-1][2]
        near = [(d, a) for d, a in days if first - timedelta(days=_WEEK) <= d <= last]
        fits = [a for d, a in near if d <= first and last - d <= timedelta(days=_WEEK)]
        if near and not (len(near) == 1 and fits):
            target = None  # the story tells the count at another day in these reports' week
        else:
            target = fits[0] if fits else cluster[0][1].asof
        for c, key, _ in cluster:
            out[key.with_asof(target or key.asof).render()].append(c)
    return list(out.items())


def _clusters(undated: list[tuple[Claim, QuantityKey, date]]) -> list[list[tuple[Claim, QuantityKey, date]]]:
    """Claims by their articles' days (sorted), each cluster spanning at most a week."""
    out: list[list[tuple[Claim, QuantityKey, date]]] = []
    for u in undated:
        if out and u[2] - out[-1][0][2] <= timedelta(days=_WEEK):
            out[-1].append(u)
        else:
            out.append([u])
    return out


def named(c: Claim) -> bool:
    """A quantity claim whose counted noun is written capitalised (``_named``)."""
    return c.quantity is not None and _named(c.quantity.text)


def _named(text: str) -> bool:
    """The counted noun is written capitalised after its number ("1 Nordlys" of a score "3-1
    Nordlys"): a name read as a noun, no thing whose count is one fact."""
    words = text.split()
    return len(words) > 1 and words[-1][:1].isupper()


def _changing(ctx: CheckContext, sentences: Sentences, c: Claim, moving: set[str], state: bool = True,
              perfect: bool = False) -> bool:
    """Words next to the figure say a figure that moves (a sum, a change: ``count_occasions``)
    or, with ``state``, a reading as of its day ("so far", "still", "as of": ``update_cues``),
    or, with ``perfect``, a state reached by its day ("has spread to": ``perfect_cues``)."""
    q = c.quantity
    if q is None:
        return False
    words = sentences.words(c, q.head.partition(":")[0])
    if words & moving:
        return True
    src = ctx.sources.get(c.source)
    if not state or src is None:
        return False
    text = src.text
    lo, hi = max(0, q.span[0] - _CUE_REACH), min(len(text), q.span[1] + _CUE_REACH)
    before, after = text[lo:q.span[0]], text[q.span[1]:hi]
    before = re.split(r"[.;:!?]\s", before)[-1]  # its own sentence and clause only
    after = re.split(r"[.;:!?](?:\s|$)", after)[0]
    if _cue_re().search(before) or _cue_re().search(after):
        return True
    return perfect and bool(_perfect_re().search(before))


@lru_cache(maxsize=1)
def _perfect_re() -> re.Pattern[str]:
    cues = sorted(running_tables().perfect_cues, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE)


_CUE_REACH = 60  # characters either side of the figure read for an update cue


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    cues = sorted(running_tables().update_cues, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE)


def changing(ctx: CheckContext, c: Claim, perfect: bool = False) -> bool:
    """Words next to a quantity claim's figure say a reading as of its day or a figure that
    moves (with ``perfect``, the present perfect too: a state reached by its day)."""
    sentences = ctx.shared("count_occasions.sentences", lambda x: Sentences(x.sources))
    return _changing(ctx, sentences, c, set(moving_words()), perfect=perfect)


def tally(key: QuantityKey) -> bool:
    """A count of a key compared within its as-of day only (``running.yaml``)."""
    return running_tables().tally(key.dimension, key.head, key.role)


def grows(key: QuantityKey) -> bool:
    """A count of a key that grows while its story runs (``running.yaml``)."""
    return running_tables().grows(key.head, key.role)


__all__ = ["RunningTables", "changing", "fixed_days", "grows", "movable", "named", "one_verb", "running_tables", "tally"]
