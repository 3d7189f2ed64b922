"""The story's happenings met once in each article, joined across articles.

An article that reports one happening of a kind on one day ("federal regulators approved its
drug on Monday", "the health unit issued an alert on Monday") names it once and seldom names
what another article names beside it ("the Medicines Review Board on Tuesday approved X",
"health authorities issued a public alert on Sunday"). Coreference (`coref.py`) then has only
the class and a near day, below its threshold, and the main events (`main_events.py`) skip a
class each participant holds on its own (an approval, an appointment) or ask two shared names
of two articles' open verbs. So the same happening stays two lone subjects and its two days are
never compared.

Here each article's one happening of a kind (an event class by family, an open class by word
family: "premiered" and "the premiere" are one kind; an event noun) is the subject of its
claims with a day-precise date of their own (read through a verb of happening, or as a light
verb's object: "issued a public alert on Sunday"), when the article dates no other subject of
that kind. A generic noun ("the accident", `coref.yaml` `lone.generic`) is the happening of
the one kind of its list the other articles report in its days. Across articles of one story
(names in common, `story_names.stories`, or one naming people but no body and no place;
published within `main_story_days`) those happenings join by scored evidence (`coref.yaml`
`lone`): each is its article's only dated one of the kind, names they share (participants,
patient, place), each article's lead reporting it. Kept apart whatever the score: day-precise
dates more than `main_far_days` apart (another happening of the kind, an earlier year), a plan
against a held event, another event marked so ("another", "previous", "last"), core
participants or patients each side names alone, two named events (`main_events._Clusters`).
Where two happenings of the days clash so (Turkey's vote, Hungary's vote), the kind happened
more than once, and only a name shared joins a mention to one of them. A happening dated to a
week at most ("earlier this week", "the weekend") joins after the days, and only the one
cluster of the articles whose day it holds: never a bridge between two days. A happening an
article dates to a month only, where it dates none of the kind to a day ("the hall, whose roof
collapsed in November", often a follow-up written months later), joins the one cluster of its
kind whose day-precise dates fall in that month, of articles sharing its names however far apart
written (the month is the evidence of time): the date check then calls it a narrower date.

Blocks: (kind, first day) over `main_far_days`, at most `MAX_BLOCK` articles: never all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta

from ..models import Claim
from ..story_names import names_by_source, stories
from .coref import clashes
from .lexicon import LoneSettings, class_of, family, open_class, settings
from .main_events import _Clusters, _gap_days, _named, _other, _own, _rename
from .open_class import grammar, open_kind

MAX_BLOCK = 20  # articles per (kind, days) block: more tell no one happening apart
_GENERIC = "generic:"


def _kind(c: Claim) -> str | None:
    """The kind of happening an occurrence reports: its class's family (distributive classes
    too: one article's approval meets another's), an open class's word family, else its event
    noun's family."""
    if c.facet != "occurrence" or not c.subject.id.startswith("event:"):
        return None
    if c.event is not None:
        if class_of(c.event.cls) is open_class() and family(c.event.cls) == c.event.cls:
            if c.event.cls.lower() in settings().lone.generic:
                return _GENERIC + c.event.cls.lower()  # "the accident": a kind read from the other articles
            return "open:" + open_kind(c.event.cls)
        return family(c.event.cls)
    if not c.event_type:
        return None
    return family(c.event_type.rpartition("-")[2])


# a light verb and the determiner of its object right before the event noun ("issued a
# public alert", "had its world premiere", "made an emergency landing"): the noun is the event
_LIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _light_object(c: Claim) -> bool:
    """The event noun is a light verb's object (`open.yaml` `light_verbs`): the day its
    clause gives is the event's, as the open class reads it."""
    if c.event is None or not (c.span[0] <= c.event.trigger[0] <= c.span[1]):
        return False
    start = c.event.trigger[0] - c.span[0]
    m = _LIGHT_BEFORE.search(c.quote, max(0, start - 60), start)
    return m is not None and m.group(1) in grammar().light_verbs


# the day of writing itself ("won the election today"): the writer's day, not one stated for the happening
_DEICTIC = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


WEEK = 7  # days: a date at most this wide ("earlier this week", "the weekend") still dates one happening


def _dated(c: Claim) -> bool:
    """Dated to a day, or to a week at most ("earlier this week": it holds the day another gives)."""
    w = c.when
    if w is None or w.start is None or w.end is None or w.text.lower() in _DEICTIC:
        return False
    return w.granularity in {"day", "time"} or w.granularity in {"week", "interval"} and (w.end - w.start).days <= WEEK


def _where_and_who(names: Iterable[str]) -> bool:
    """Whether an article's names hold a body or a place (not only people)."""
    return any(n.startswith(("org:", "place:")) for n in names)


def join_lone_happenings(claims: list[Claim], published: Mapping[str, date] | None = None) -> None:
    """Join, across the articles of one story, each article's one dated happening of a kind
    (module docstring)."""
    kinds: dict[str, str] = {}
    for c in claims:
        k = _kind(c)
        if k is not None and _dated(c) and not _other(c) and (_own(c) or _light_object(c)):
            kinds[c.id] = k
    if not kinds:
        return
    by_article: dict[tuple[str, str], set[str]] = defaultdict(set)  # (source, kind) -> subjects
    for c in claims:
        if c.id in kinds:
            by_article[(c.source, kinds[c.id])].add(c.subject.id)
    lone = {key: next(iter(sids)) for key, sids in by_article.items() if len(sids) == 1}
    _resolve_generic(lone, claims)
    monthly = _monthly(claims, by_article)
    if len(lone) + len(monthly) < 2 or not lone:
        return
    names = names_by_source(claims)
    story = stories({c.source for c in claims}, names)
    published = published or {}
    story_days = settings().main_story_days

    def one_story(a: str, b: str) -> bool:
        """Of one story, written within `main_story_days` of each other: articles with a name
        in common (`story_names.stories`), or of which one names no body and no place (the
        people an article quotes are its own: "a spokesman, Stefan X"); two that each name
        bodies or places, none in common, are two stories (a port's strike, a bakery's), and
        an article whose claims name nobody is of none."""
        na, nb = names.get(a, ()), names.get(b, ())
        if not na or not nb or story.get(a) != story.get(b) and _where_and_who(na) and _where_and_who(nb):
            return False  # an article whose claims name nobody is of no known story: its day is no evidence
        pa, pb = published.get(a), published.get(b)
        return pa is None or pb is None or abs((pa - pb).days) <= story_days

    def named_alike(a: str, b: str) -> bool:
        """Of one story by the names they share, however far apart written: a follow-up months
        later that dates the happening to its month ("the collapse in November") is told of
        the one happening of that kind the others date to a day of it."""
        return bool(names.get(a) and names.get(b)) and story.get(a) == story.get(b)

    ids = set(lone.values()) | {sid for sid, _ in monthly.values()}
    cl = _Clusters([c for c in claims if c.subject.id in ids], set(kinds), one_story)
    w = settings().lone
    lead_chars = settings().lead_chars
    pairs: dict[tuple[str, str, str], tuple[float, int]] = {}  # (kind, a, b) -> score, names shared
    crowded: set[tuple[str, str]] = set()  # (kind, source) in a block where the kind happened twice
    for (_, kind), sources in sorted(_blocks(lone, kinds, cl).items()):
        found = {src: [c for c in cl.members[cl.uf.find(lone[(src, kind)])] if c.id in kinds and c.source == src]
                 for src in sources}
        several = False
        for i, a in enumerate(sources):
            for b in sources[i + 1:]:
                if (kind, a, b) not in pairs:
                    pairs[(kind, a, b)] = _score(found[a], found[b], lead_chars, w)
                several = several or pairs[(kind, a, b)] == _CLASH
        if several:
            # two happenings of those days that name other core participants or patients
            # (Turkey's vote, Hungary's vote): the kind happened more than once, and a mention
            # that names nobody is none of them in particular
            crowded.update((kind, src) for src in sources)
    scored = sorted((-s, kind, a, b) for (kind, a, b), (s, shared) in pairs.items()
                    if s >= w.threshold and (shared or not ({(kind, a), (kind, b)} & crowded)))
    grouped = _by_source(cl, lone.values())
    before = {sid: frozenset(grouped[cl.uf.find(sid)]) for sid in lone.values()}  # its cluster's sources
    vague = {(src, kind) for (src, kind), sid in lone.items()
             if not any(_precise(c) for c in grouped[cl.uf.find(sid)].get(src, ()) if c.id in kinds)}
    for _, kind, a, b in scored:  # days first: they meet on their own evidence
        if not {(a, kind), (b, kind)} & vague:
            cl.join(lone[(a, kind)], lone[(b, kind)])
    partners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, kind, a, b in scored:
        for x, y in (((a, kind), b), ((b, kind), a)):
            if x in vague:
                partners[x].add(y)
    for (src, kind), others in sorted(partners.items()):
        # "earlier this week" holds any day of it: it is the happening of that week only
        # when the articles it fits report one (never a bridge between two days)
        roots = {cl.uf.find(lone[(o, kind)]) for o in others}
        if len(roots) == 1:
            cl.join(lone[(src, kind)], roots.pop())
    joined_monthly = _join_monthly(cl, monthly, claims, kinds, ids, named_alike)  # the month is the evidence of time
    grouped = _by_source(cl, lone.values())
    for c in joined_monthly:
        _narrow(c)
    for (src, kind), sid in sorted(lone.items()):
        sources = grouped[cl.uf.find(sid)]
        if sources.keys() != before[sid]:  # joined here: it now stands beside other articles' claims
            for c in sources.get(src, ()):
                if c.id in kinds:
                    _narrow(c)
    _rename(cl, claims)


def _monthly(claims: list[Claim], by_article: Mapping[tuple[str, str], set[str]]
             ) -> dict[tuple[str, str], tuple[str, tuple[int, int]]]:
    """Each article's one happening of a kind dated to a month only ("the collapse in November"),
    where it dates no subject of that kind to a day: (source, kind) -> (subject, (year, month))."""
    found: dict[tuple[str, str], set[tuple[str, tuple[int, int]]]] = defaultdict(set)
    for c in claims:
        w = c.when
        if w is None or w.granularity != "month" or w.start is None or (c.source, k := _kind(c) or "") in by_article:
            continue
        if k and not _other(c) and (_own(c) or _light_object(c)):
            found[(c.source, k)].add((c.subject.id, (w.start.year, w.start.month)))
    return {key: next(iter(v)) for key, v in found.items() if len(v) == 1}


def _join_monthly(cl: _Clusters, monthly: Mapping[tuple[str, str], tuple[str, tuple[int, int]]],
                  claims: list[Claim], kinds: Mapping[str, str], ids: set[str],
                  story: Callable[[str, str], bool]) -> list[Claim]:
    """A happening an article dates to a month joins the one happening of its kind the other
    articles date to a day of that month (a narrower date: the check compares the two); never
    when the month holds days of two such happenings. ``story``: whether two articles are of
    one story (by their names, whatever their days). Returns the claims joined, to narrow."""
    days: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)  # (kind, month) -> roots
    for c in claims:
        if c.id in kinds and c.subject.id in ids and _precise(c) and c.when is not None and c.when.start is not None:
            days[(kinds[c.id], (c.when.start.year, c.when.start.month))].add(cl.uf.find(c.subject.id))
    out: list[Claim] = []
    for (src, kind), (sid, month) in sorted(monthly.items()):
        roots = days.get((kind, month), set())
        if len(roots) == 1 and cl.join(sid, root := next(iter(roots)), story=story):
            out.extend(c for c in cl.members[cl.uf.find(root)] if c.subject.id == sid and c.source == src)
    return out


def _by_source(cl: _Clusters, sids: Iterable[str]) -> dict[str, dict[str, list[Claim]]]:
    """The clusters of ``sids``, each by its root: its members by source, read once per cluster
    (a story's one big happening holds many articles' lone subjects: never once per subject)."""
    out: dict[str, dict[str, list[Claim]]] = {}
    for sid in sids:
        root = cl.uf.find(sid)
        if root not in out:
            by: dict[str, list[Claim]] = defaultdict(list)
            for c in cl.members[root]:
                by[c.source].append(c)
            out[root] = by
    return out


_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—-]\s|[.!?]?\s*$")


def _narrow(c: Claim) -> None:
    """A mention joined here quotes its clause from the first of the words it rests on (its
    trigger, date, place, number, the participants named) to the clause's end, not its whole
    sentence: set beside another article's claims in a finding, "Three people were killed on
    Tuesday when a train derailed near X" would also quote the toll, which other articles may
    state alike."""
    spans = [c.subject.span, c.when.span if c.when else None, c.where.span if c.where else None,
             c.value.span if c.value else None, *(a.span for a in c.who)]
    inside = [x for x in spans if x is not None and c.span[0] <= x[0] < x[1] <= c.span[1]]
    if not inside:
        return
    lo, hi = min(x[0] for x in inside) - c.span[0], max(x[1] for x in inside) - c.span[0]
    while lo > 0 and (c.quote[lo - 1].isalnum() or c.quote[lo - 1] in "-’'"):
        lo -= 1  # out to whole words ("Tuesday's")
    m = _CLAUSE_END.search(c.quote, hi)
    hi = m.start() if m else len(c.quote)  # on to the end of its clause ("at 16:40 local time")
    c.span, c.quote = (c.span[0] + lo, c.span[0] + hi), c.quote[lo:hi]


def _precise(c: Claim) -> bool:
    return c.when is not None and c.when.granularity in {"day", "time"}


def _resolve_generic(lone: dict[tuple[str, str], str], claims: list[Claim]) -> None:
    """An article's one "accident" (a generic noun, `coref.yaml` `lone.generic`) is its happening
    of the one kind of that noun's list the other articles report within `main_far_days` of its
    day ("the cabin crashed on Saturday": a crash); of none or of two kinds, it is left out.
    Every dated occurrence counts here, also one whose day is another verb's ("a fire destroyed
    a warehouse on Saturday"): it still says the kind happened then."""
    generic = settings().lone.generic
    wanted = {k for kinds in generic.values() for k in kinds}
    if not any(kind.startswith(_GENERIC) for _, kind in lone):
        return
    far = settings().main_far_days
    days: dict[tuple[str, str], set[date]] = defaultdict(set)  # (source, subject) -> days
    reported: dict[tuple[str, date], set[str]] = defaultdict(set)  # (kind, day) -> sources
    for c in claims:
        if not _dated(c) or (k := _kind(c)) is None:
            continue
        days[(c.source, c.subject.id)].add(c.when.start)  # type: ignore[union-attr]
        if k in wanted and not _other(c):
            reported[(k, c.when.start)].add(c.source)  # type: ignore[union-attr]
    for (source, kind), sid in sorted(lone.items()):
        if not kind.startswith(_GENERIC):
            continue
        del lone[(source, kind)]
        mine = days[(source, sid)]
        near = [x + timedelta(days=n) for x in mine for n in range(-far, far + 1)]
        fits = {k for k in generic[kind[len(_GENERIC):]] if any(reported.get((k, d), set()) - {source} for d in near)}
        if len(fits) == 1 and (source, k := fits.pop()) not in lone:
            lone[(source, k)] = sid


def _blocks(lone: Mapping[tuple[str, str], str], kinds: Mapping[str, str],
            cl: _Clusters) -> dict[tuple[date, str], list[str]]:
    """(first day, kind) -> the articles whose one happening of the kind lies on that day or
    within `main_far_days` after it (an article is in the blocks of the days up to
    `main_far_days` before its own: together they span the days around it), each block
    capped at `MAX_BLOCK` articles (more tell no one happening apart)."""
    far = settings().main_far_days
    by_day: dict[tuple[str, date], set[str]] = defaultdict(set)
    for (source, kind), sid in sorted(lone.items()):
        for c in cl.members[cl.uf.find(sid)]:
            if c.source == source and c.id in kinds and c.when is not None and c.when.start is not None:
                for n in range(min((c.when.end - c.when.start).days, WEEK) if c.when.end else 0) or (0,):
                    by_day[(kind, c.when.start + timedelta(days=n))].add(source)
    out: dict[tuple[date, str], list[str]] = {}
    for (kind, day), sources in sorted(by_day.items()):
        near = set(sources)
        for k in range(1, far + 1):
            near |= by_day.get((kind, day + timedelta(days=k)), set())
        if 1 < len(near) <= MAX_BLOCK:
            out[(day, kind)] = sorted(near)
    return out


_CLASH = (float("-inf"), 0)  # core participants or patients that differ: two happenings
_APART = (float("-inf"), -1)  # days apart, a plan against a held event: no evidence either way


def _score(a: list[Claim], b: list[Claim], lead_chars: int, w: LoneSettings) -> tuple[float, int]:
    """The evidence that two articles' lone happenings of a kind are one, and the number of
    names they share; `_CLASH` or `_APART` when a strong key keeps them apart."""
    if not a or not b:
        return _APART
    far = settings().main_far_days
    for x in a:
        for y in b:
            g = _gap_days(x, y)
            if g is None or g[0] > (far if g[1] else 0):
                return _APART  # a week holds the day another article gives, or it is another week
            if x.modality != y.modality and "planned" in (x.modality, y.modality):
                return _APART  # a plan and a held event: the plan may have moved
            if x.event is not None and y.event is not None and clashes(x, y):
                return _CLASH
    score = w.lone_both
    ea = {k for c in a for k in _names(c)}
    eb = {k for c in b for k in _names(c)}
    shared = len(ea & eb)
    score += w.shared_name * min(shared, settings().max_shared)
    score += w.lead * (any(c.span[0] < lead_chars for c in a) + any(c.span[0] < lead_chars for c in b))
    return score, shared


def _names(c: Claim) -> set[str]:
    out = {a.entity for a in c.who if a.entity}
    if c.where is not None and c.where.entity:
        out.add(c.where.entity)
    if c.event is not None:
        out.update(p for p, k in zip(c.event.participants, c.event.kinds) if not k.endswith("~"))
        if c.event.patient:
            out.add(c.event.patient)
    if _named(c.subject.id):
        out.add(c.subject.id)
    return out
