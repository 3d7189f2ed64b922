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

Classes of one family (coref.yaml `families`: a verdict, a sentencing) share blocks; two
mentions of different classes are one happening only on day-precise dates that agree, and
a cluster never holds two of different classes whose dates disagree (the verdict in
November, the sentencing in March). In one article, a definite event noun that names
nobody ("the verdict was given at X", "the match, at Y") refers back to the nearest
mention of its family before it. An occurrence of the old frame in the sentence of an event
mention of its family is that mention ("the trial ended on Thursday with a ten-month
sentence"): it takes the mention's subject.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from datetime import timedelta

from ..keys import EntityKey, parse
from ..models import Claim, EventAttrs
from .lexicon import class_of, classes, family, open_class, settings

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


def _precise(c: Claim) -> bool:
    return c.when is not None and c.when.granularity in {"day", "time"}


def _other_happening(a: Claim, b: Claim) -> bool:
    """Two classes of one family with dates that disagree: the verdict in November and the
    sentencing in March are two steps of one case, not one step misdated."""
    if _attrs(a).cls == _attrs(b).cls or not (a.when and b.when and a.when.start and b.when.start):
        return False
    return not _dates_agree(a, b, settings().day_slack)


def score(a: Claim, b: Claim) -> float:
    """The evidence that two event mentions of one class (or family) report one event."""
    s = settings()
    w = s.weights
    ea, eb = _attrs(a), _attrs(b)
    if ea.cls != eb.cls and not (_precise(a) and _precise(b) and _dates_agree(a, b, s.day_slack)):
        return float("-inf")  # across classes only the same day says one happening
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
    if class_of(_attrs(a).cls) is not open_class() and class_of(_attrs(b).cls) is not open_class():
        return True  # either side of no class (a family may pair one with a class) asks for more
    same_ordinal = a.value is not None and b.value is not None and a.value.type == b.value.type == "ordinal" \
        and a.value.value == b.value.value
    same_place = a.where is not None and b.where is not None and a.where.entity == b.where.entity
    ka = {k for k, kind in zip(_attrs(a).participants, _attrs(a).kinds) if not kind.endswith("~")}
    kb = {k for k, kind in zip(_attrs(b).participants, _attrs(b).kinds) if not kind.endswith("~")}
    if _attrs(a).lead or _attrs(b).lead:  # a common verb ("closed up 9% in Oslo"): a place is no evidence
        return same_ordinal or len(ka & kb) >= 2
    return same_ordinal or same_place or len(ka & kb) >= 2  # named both times, not implied ("England": its country)


def _month_of(c: Claim) -> str | None:
    """The month a date at most a month wide lies in ("2024-03" for March 4 or for March)."""
    w = c.when
    if w is None or w.start is None or w.end is None or w.granularity not in {"day", "time", "month"}:
        return None
    return w.start.isoformat()[:7] if w.start.isoformat()[:7] == w.end.isoformat()[:7] else None


def _month(c: Claim) -> str | None:
    return c.when.start.isoformat()[:7] if c.when and c.when.start else None


def blocks(events: list[Claim]) -> list[list[Claim]]:
    """Candidate groups: mentions that share a class and a participant or patient."""
    by_key: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in events:
        e = _attrs(c)
        fam = family(e.cls)
        for p in e.participants:
            by_key[(fam, "p", p)].append(c)
        if e.patient:
            by_key[(fam, "patient", e.patient)].append(c)
        if c.value is not None and c.value.type == "ordinal":
            by_key[(fam, "n", str(c.value.value))].append(c)  # "the 12th such handover"
        # a mention that names nobody meets the others of its family by its month and place:
        # "the cup final on May 16 at X", "arrested in March 2024" against a day in March
        if (m := _month_of(c)) is not None:
            by_key[(fam, "month", m)].append(c)
        if c.where is not None:
            by_key[(fam, "place", c.where.entity)].append(c)
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
    if _other_happening(a, b):
        n += 1
    if a.source == b.source and _precise(a) and _precise(b) and not _dates_agree(a, b, settings().day_slack):
        n += 1  # one article gives one happening one day: two days are two matches, two votes
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
    kinds = {_attrs(c).cls for c in group}
    cls = kinds.pop() if len(kinds) == 1 else family(_attrs(group[0]).cls)
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
    aliases.update(_thing_synonyms(events))
    if not aliases:
        return
    for c in events:
        e = _attrs(c)
        keys: dict[str, str] = {}
        for k, kind in zip(e.participants, e.kinds):
            keys.setdefault(aliases.get(k, k), kind)
        patient = aliases.get(e.patient, e.patient) if e.patient else None
        c.event = e.model_copy(update={"participants": tuple(keys), "kinds": tuple(keys.values()), "patient": patient})


def _thing_synonyms(events: list[Claim]) -> dict[str, str]:
    """"thing:agreement" -> "thing:deal": a patient named by a word of one `patient_synonyms`
    group ("reached a deal", "reached an agreement") is one patient, named by the group's first."""
    first = {w: f"thing:{group[0]}" for group in settings().patient_synonyms for w in group}
    out: dict[str, str] = {}
    for c in events:
        p = _attrs(c).patient
        if p and p.startswith("thing:") and (to := first.get(p[6:])) is not None and to != p:
            out[p] = to
    return out


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
    for anaphor, antecedent in definite_links(events):
        clusters.join(antecedent.id, anaphor.id)
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
            if c.event_type:  # an event noun read as a phrase too: grouped by type, place and date next
                c.subject.id, c.subject.label = f"event:{c.event_type}", c.event_type
            else:
                c.subject.id, c.subject.label = f"event:{_attrs(c).cls}~{c.id}", _attrs(c).cls
            continue
        sid, label = _subject(group)
        n, base = 2, sid
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        for c in group:
            c.subject.id, c.subject.label = sid, label
    adopt_frame_occurrences(claims, events)


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def _names_nobody(c: Claim) -> bool:
    """No patient and no core participant: "the verdict", "the match, at Y" (a place named
    after a locative is no participant of its own)."""
    e = _attrs(c)
    return e.patient is None and all(kind == "far" or kind.endswith("~") for kind in e.kinds)


def _definite(c: Claim) -> bool:
    """The trigger is a noun after "the"/"this"/"that" (one lower-case modifier between)."""
    start = _attrs(c).trigger[0] - c.span[0]
    return 0 < start <= len(c.quote) and bool(_DEFINITE.search(c.quote[max(0, start - 24):start]))


def definite_links(events: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(anaphor, antecedent) pairs inside one article: a definite event noun that names
    nobody refers back to the nearest mention of its family at most `definite_window`
    chars before it, unless both are dated to days that disagree (another match). One pass
    per article over its mentions in text order: linear."""
    window = settings().definite_window
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in events:
        by_source[c.source].append(c)
    out: list[tuple[Claim, Claim]] = []
    for source in sorted(by_source):
        ordered = sorted(by_source[source], key=lambda c: (_attrs(c).trigger[0], c.id))
        last: dict[str, Claim] = {}  # family -> the latest mention before the current one
        for c in ordered:
            fam = family(_attrs(c).cls)
            before = last.get(fam)
            if before is not None and _names_nobody(c) and _definite(c) \
                    and _attrs(c).trigger[0] - _attrs(before).trigger[1] <= window \
                    and not (c.when and before.when and c.when.start and before.when.start
                             and not _dates_agree(c, before, settings().day_slack)):
                out.append((c, before))
            last[fam] = c
    return out


def adopt_frame_occurrences(claims: list[Claim], events: list[Claim]) -> None:
    """An occurrence of the old frame (no event attributes, subject "event:<noun>") is what an
    event mention of its family reports when it stands in that mention's sentence ("the
    trial ... ended on Thursday in Leeds with a ten-month sentence"), or when it is a
    definite noun that names nobody after that mention in its article ("The blaze, in
    Galashiels, ..."): it takes the mention's subject, unless their dates or places differ
    (the frame reads "in Sweden" where the layer reads "the Esrange base": one sentence read
    two ways is no finding). Keyed by (source, sentence) and by source: linear."""
    window = settings().definite_window
    by_sentence: dict[tuple[str, int, int], list[Claim]] = defaultdict(list)
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in events:
        by_sentence[(c.source, c.span[0], c.span[1])].append(c)
        by_source[c.source].append(c)
    starts: dict[str, list[int]] = {}
    for source, found in by_source.items():
        found.sort(key=lambda c: (_attrs(c).trigger[1], c.id))
        starts[source] = [_attrs(c).trigger[1] for c in found]
    for c in claims:
        if c.event is not None or c.facet != "occurrence" or not c.event_type \
                or c.subject.id != f"event:{c.event_type}":
            continue
        fam = family(c.event_type)
        near = [e for e in by_sentence.get((c.source, c.span[0], c.span[1]), ()) if family(_attrs(e).cls) == fam]
        if near:
            if len({e.subject.id for e in near}) != 1:
                continue
            if c.where is not None and any(e.where is not None and e.where.entity != c.where.entity for e in near):
                continue
        else:
            before = _antecedent(c, fam, by_source.get(c.source, []), starts.get(c.source, []), window)
            if before is None:
                continue
            near = [before]
        if any(c.when and e.when and c.when.start and e.when.start and not _dates_agree(c, e, 0) for e in near):
            continue
        c.subject.id, c.subject.label = near[0].subject.id, near[0].subject.label


def _antecedent(c: Claim, fam: str, found: list[Claim], ends: list[int], window: int) -> Claim | None:
    """The nearest event mention of the family before a definite frame noun that names nobody."""
    span = c.subject.span
    if span is None or c.who or not (c.span[0] <= span[0] <= c.span[1]):
        return None
    if not _DEFINITE.search(c.quote[max(0, span[0] - c.span[0] - 24):span[0] - c.span[0]]):
        return None
    i = bisect_right(ends, span[0])
    while i > 0:
        i -= 1
        e = found[i]
        if span[0] - _attrs(e).trigger[1] > window:
            return None
        if family(_attrs(e).cls) == fam:
            return e
    return None
