"""Cross-document event coreference by evidence.

Event claims (``claim.event`` set) of one class are compared only inside blocks that
share a key: (class, participant) for every participant, (class, patient). A block too
large is split by month, so the work stays near-linear. Within a block a pair is scored
(weights in resources/events/coref.yaml): shared participants, the same patient, dates
that agree, the same place and the same ordinal raise the score; a participant of one kind that each side
names and the other does not (Norway against Sweden) lowers it. Pairs at or above the
threshold are joined, unless their clusters already hold different patients. The date,
place and outcome of joined mentions are never evidence against joining: a difference is
what the checks report. Nothing depends on input order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import timedelta

from ..keys import EntityKey, parse
from ..models import Claim, EventAttrs
from .lexicon import class_of, classes, open_class, settings

_SLUG = re.compile(r"[^a-z0-9]+")
CLASHING_KINDS = ("country", "person", "org")  # core participants only (the kind "far" never clashes)


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


def _attrs(c: Claim) -> EventAttrs:
    assert c.event is not None
    return c.event


def _dates_agree(a: Claim, b: Claim, slack_days: int) -> bool:
    wa, wb = a.when, b.when
    if not (wa and wb and wa.start and wa.end and wb.start and wb.end):
        return False
    slack = timedelta(days=slack_days) if wa.granularity in {"day", "time"} and wb.granularity in {"day", "time"} \
        else timedelta(0)
    return wa.start <= wb.end + slack and wb.start <= wa.end + slack


def _far(a: Claim, b: Claim, far_days: int, far_any_days: int) -> bool:
    """Dates too far apart for one event of a class that repeats: two days weeks apart, or
    any two dates half a year apart; the same day of another year is a wrong year, not far."""
    wa, wb = a.when, b.when
    if not (wa and wb and wa.start and wb.start and wa.end and wb.end):
        return False
    gap = max((wb.start - wa.end).days, (wa.start - wb.end).days, 0)
    precise = wa.granularity in {"day", "time"} and wb.granularity in {"day", "time"}
    if precise and (wa.start.month, wa.start.day) == (wb.start.month, wb.start.day):
        return False
    return gap > far_any_days or (precise and gap > far_days)


def score(a: Claim, b: Claim) -> float:
    """The evidence that two event mentions of one class report one event."""
    s = settings()
    w = s.weights
    ea, eb = _attrs(a), _attrs(b)
    ka, kb = dict(zip(ea.participants, ea.kinds)), dict(zip(eb.participants, eb.kinds))
    shared = sum(w.implied_participant if ka[k].endswith("~") and kb[k].endswith("~") else 1.0
                 for k in ka.keys() & kb.keys())
    total = w.shared_participant * min(shared, s.max_shared)
    if ea.patient and ea.patient == eb.patient:
        total += w.shared_patient
    total += w.clashing_participant * clashes(a, b)
    if _dates_agree(a, b, s.day_slack):
        total += w.date_agrees
    elif not class_of(ea.cls).once and _far(a, b, s.far_days, s.far_any_days):
        total += w.dates_far
    if a.where is not None and b.where is not None and a.where.entity == b.where.entity:
        total += w.same_place
    if a.value is not None and b.value is not None and a.value.type == b.value.type == "ordinal" \
            and a.value.value == b.value.value:
        total += w.same_ordinal  # the same number in the class's series: one occurrence
    return total


def corroborated(a: Claim, b: Claim) -> bool:
    """An event of no class (events/open_class.py) repeats more than any in the tables ("the
    game on Saturday"): two mentions are one only with more than a participant and a date in
    common: the same number in its series, the same place, or two participants."""
    if class_of(_attrs(a).cls) is not open_class():
        return True
    same_ordinal = a.value is not None and b.value is not None and a.value.type == b.value.type == "ordinal" \
        and a.value.value == b.value.value
    same_place = a.where is not None and b.where is not None and a.where.entity == b.where.entity
    ka = {k for k, kind in zip(_attrs(a).participants, _attrs(a).kinds) if not kind.endswith("~")}
    kb = {k for k, kind in zip(_attrs(b).participants, _attrs(b).kinds) if not kind.endswith("~")}
    return same_ordinal or same_place or len(ka & kb) >= 2  # named both times, not implied ("England": its country)


def _month(c: Claim) -> str | None:
    return c.when.start.isoformat()[:7] if c.when and c.when.start else None


def blocks(events: list[Claim]) -> list[list[Claim]]:
    """Candidate groups: mentions that share a class and a participant or patient."""
    by_key: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in events:
        e = _attrs(c)
        for p in e.participants:
            by_key[(e.cls, "p", p)].append(c)
        if e.patient:
            by_key[(e.cls, "patient", e.patient)].append(c)
        if c.value is not None and c.value.type == "ordinal":
            by_key[(e.cls, "n", str(c.value.value))].append(c)  # "the 12th such handover"
    limit = settings().max_block
    out: list[list[Claim]] = []
    for key in sorted(by_key):
        block = by_key[key]
        if len(block) <= limit:
            out.append(block)
            continue
        by_month: dict[str, list[Claim]] = defaultdict(list)
        for c in block:
            if (m := _month(c)) is not None:
                by_month[m].append(c)
        out.extend(by_month[m][:limit] for m in sorted(by_month))
    return [b for b in out if len(b) > 1]


def clashes(a: Claim, b: Claim) -> int:
    """Participants of one kind (country, person) that each side names and the other does not."""
    ea, eb = _attrs(a), _attrs(b)
    pa, pb = set(ea.participants), set(eb.participants)
    kinds = {**dict(zip(ea.participants, ea.kinds)), **dict(zip(eb.participants, eb.kinds))}
    n = 0
    same_patient = bool(ea.patient) and ea.patient == eb.patient
    for kind in CLASHING_KINDS:
        if kind == "person" and same_patient:
            continue  # one person fired, named beside others ("X recruited Y once he was ousted"): the patient decides
        # an entity known only within its document ("person:x~3fa2", a name the resolver
        # could not pin down) is too weak to keep two mentions apart
        only_a = sum(1 for k in pa - pb if kinds[k].rstrip("~") == kind and "~" not in k)
        only_b = sum(1 for k in pb - pa if kinds[k].rstrip("~") == kind and "~" not in k)
        n += min(only_a, only_b)
    if ea.patient and eb.patient and ea.patient != eb.patient:
        n += 1
    if ea.role and eb.role and _other_office(set(ea.role), set(eb.role)):
        n += 1  # "as leader of the party" against "as prime minister": two appointments
    return n


def _other_office(a: set[str], b: set[str]) -> bool:
    """No word in common, or a rank modifier on one side only ("shadow chancellor" / "chancellor")."""
    ranks = set(classes().role_modifiers)
    return not (a & b) or (a & ranks) != (b & ranks)


class _Clusters:
    """Union-find that never joins two clusters holding a pair of mentions that clash
    (Hungary's vote and Turkey's vote, both joined by "approved by Turkey and Hungary")."""

    def __init__(self, claims: list[Claim]) -> None:
        self.parent = {c.id: c.id for c in claims}
        self.members: dict[str, list[Claim]] = {c.id: [c] for c in claims}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if any(clashes(x, y) for x in self.members[ra] for y in self.members[rb]):
            return
        lo, hi = sorted((ra, rb))
        self.parent[hi] = lo
        self.members[lo] = self.members[ra] + self.members[rb]
        del self.members[hi]


def _subject(group: list[Claim]) -> tuple[str, str]:
    cls = _attrs(group[0]).cls
    counts = Counter(p for c in group for p in _attrs(c).participants)
    patients = Counter(p for c in group if (p := _attrs(c).patient))
    top = sorted(patients.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if patients else (
        sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else "")
    dated = sorted((c for c in group if c.when and c.when.start), key=lambda c: (c.when.start, c.id))  # type: ignore[union-attr]
    date = dated[0].when.value.split("/")[0] if dated else "undated"  # type: ignore[union-attr]
    written = parse(top).name if top else ""  # a cluster with no participant names nobody
    name = next((a.text for c in group for a in c.who if a.entity == top), written.replace("-", " "))
    key = _slug(written) or "unknown"
    return EntityKey("event", f"{cls}:{key}").at(date).render(), f"{cls} ({name})" if name else cls


def person_aliases(events: list[Claim]) -> dict[str, str]:
    """"person:okonkwo-bell" -> "person:ada-okonkwo-bell": a person id that is the tail
    of exactly one longer person id in the corpus names the same person."""
    people = sorted({p for c in events for p in _attrs(c).participants if p.startswith("person:")})
    tails: dict[str, set[str]] = defaultdict(set)
    for p in people:
        parts = parse(p).name.split("-")
        for k in range(1, len(parts)):
            tails[EntityKey("person", "-".join(parts[k:])).render()].add(p)
    return {p: next(iter(tails[p])) for p in people if len(tails.get(p, ())) == 1}


def _canonical(events: list[Claim]) -> None:
    aliases = person_aliases(events)
    if not aliases:
        return
    for c in events:
        e = _attrs(c)
        keys: dict[str, str] = {}
        for k, kind in zip(e.participants, e.kinds):
            keys.setdefault(aliases.get(k, k), kind)
        patient = aliases.get(e.patient, e.patient) if e.patient else None
        c.event = e.model_copy(update={"participants": tuple(keys), "kinds": tuple(keys.values()), "patient": patient})


def link(claims: list[Claim]) -> None:
    """Set the subject of every event claim: one subject per coreferent cluster."""
    events = sorted((c for c in claims if c.event is not None), key=lambda c: c.id)
    if not events:
        return
    _canonical(events)
    clusters = _Clusters(events)
    threshold = settings().threshold
    scored: dict[tuple[str, str], float] = {}
    for block in blocks(events):
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if pair not in scored:
                    scored[pair] = score(a, b)
    # the strongest evidence first: a mention that fits two clashing events joins the better one
    by_id = {c.id: c for c in events}
    for (a, b), s in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        if s >= threshold and corroborated(by_id[a], by_id[b]):
            clusters.join(a, b)
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in events:
        members[clusters.find(c.id)].append(c)
    taken: set[str] = set()
    for root in sorted(members):
        group = members[root]
        if len(group) == 1:
            c = group[0]
            c.subject.id, c.subject.label = f"event:{_attrs(c).cls}~{c.id}", _attrs(c).cls
            continue
        sid, label = _subject(group)
        n, base = 2, sid
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        for c in group:
            c.subject.id, c.subject.label = sid, label
