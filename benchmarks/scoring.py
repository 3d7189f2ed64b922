"""Scoring a claimcheck run against gold labels (the rules of ``../shared/devsets/README.md``).

Pure functions over plain records, so the scorer can be tested on a tiny corpus whose
report is known (``tests/benchmarks/test_scoring.py``) before anything is tuned against it.

- A gold **conflict is found** when one finding of severity conflict or tension holds
  claims whose spans overlap at least two of its sides with different gold values
  (**exact** when that finding's severity is conflict).
- A gold **variant is found** when one finding of any severity covers two such sides.
- A **false alarm** is a ``consistent`` entry with a conflict or tension finding covering
  two of its sides.
- **Conflict precision**: conflict and tension findings that cover a gold conflict, over
  all conflict and tension findings.
- **Time values**: a side whose value is an ISO date or interval is matched by a time
  expression overlapping its quote with that value (or ``start/end``).
- **Publication dates** (the run without metadata): exact day, within a day, the right
  month, and confident (>= 0.7) inferences wrong by more than a month.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Span = tuple[int, int]
ALARM = frozenset({"conflict", "tension"})
CONFIDENT = 0.7
_ISO = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
ISO_VALUE = re.compile(rf"^{_ISO}(?:/{_ISO})?$")


# --- gold -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    doc: str
    quote: str
    value: str  # normalised to text: gold values may be numbers


@dataclass(frozen=True)
class GoldEntry:
    id: str
    kind: str
    severity: Literal["conflict", "variant", "consistent", "time"]  # "time": sides scored for time values only
    subject: str
    sides: tuple[Side, ...]


def gold_entries(data: dict[str, Any]) -> list[GoldEntry]:
    """The inconsistencies and consistent look-alikes of one gold.yaml, as entries."""
    entries: list[GoldEntry] = []
    for raw in data.get("inconsistencies") or []:
        entries.append(_entry(raw, raw["severity"]))
    for raw in data.get("consistent") or []:
        entries.append(_entry(raw, "consistent"))
    return entries


def _entry(raw: dict[str, Any], severity: str) -> GoldEntry:
    sides = tuple(Side(doc=str(s["doc"]), quote=str(s["quote"]), value=str(s["value"])) for s in raw["sides"])
    return GoldEntry(id=str(raw["id"]), kind=str(raw.get("kind", "other")), severity=severity,  # type: ignore[arg-type]
                     subject=str(raw.get("subject", "")), sides=sides)


# --- what a run produced ------------------------------------------------------------------


@dataclass(frozen=True)
class RunClaim:
    id: str
    source: str
    span: Span
    predicate: str = ""
    subject: str = ""
    value: str = ""
    when: str = ""
    where: str = ""  # the place a claim states (its entity and the words written)


@dataclass(frozen=True)
class RunFinding:
    id: str
    severity: str
    kind: str
    subject: str
    claims: tuple[str, ...]
    summary: str = ""


@dataclass(frozen=True)
class RunTimex:
    span: Span
    value: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class RunPublished:
    value: str | None  # ISO day or YYYY-MM; None when unknown
    confidence: float | None = None


@dataclass
class Run:
    """One claimcheck run over a corpus, reduced to what scoring reads."""

    texts: dict[str, str]
    claims: list[RunClaim]
    findings: list[RunFinding]
    subjects: dict[str, tuple[str, ...]] = field(default_factory=dict)  # subject id -> claim ids
    timexes: dict[str, list[RunTimex]] = field(default_factory=dict)
    published: dict[str, RunPublished] = field(default_factory=dict)
    words: int = 0
    seconds: float = 0.0


# --- locating gold quotes and the claims over them ------------------------------------------


def quote_spans(text: str, quote: str) -> list[Span]:
    """Every occurrence of ``quote`` in ``text`` (gold quotes are exact substrings)."""
    spans: list[Span] = []
    start = text.find(quote)
    while start >= 0 and quote:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class ClaimLocator:
    """One run's claims indexed for scoring, built once: which claims overlap a side's
    quote (cached per side), the findings each claim fell into, the subject of each claim."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.by_source: dict[str, list[RunClaim]] = defaultdict(list)
        for c in run.claims:
            self.by_source[c.source].append(c)
        self.claims_by_id = {c.id: c for c in run.claims}
        self.findings_of_claim: dict[str, list[RunFinding]] = defaultdict(list)
        for f in run.findings:
            for cid in f.claims:
                self.findings_of_claim[cid].append(f)
        self.subjects_of: dict[str, set[str]] = defaultdict(set)  # a claim may stand in several subjects
        for sid, cids in run.subjects.items():
            for cid in cids:
                self.subjects_of[cid].add(sid)
        self._cache: dict[Side, frozenset[str]] = {}

    def claims_over(self, side: Side) -> frozenset[str]:
        if side not in self._cache:
            spans = quote_spans(self.run.texts.get(side.doc, ""), side.quote)
            self._cache[side] = frozenset(c.id for c in self.by_source.get(side.doc, ())
                                          if any(_overlaps(c.span, s) for s in spans))
        return self._cache[side]

    def findings_over(self, claim_ids: Iterable[str]) -> list[RunFinding]:
        """The findings holding any of ``claim_ids``, once each, by id."""
        seen = {f.id: f for cid in claim_ids for f in self.findings_of_claim.get(cid, ())}
        return [seen[k] for k in sorted(seen)]


def covered_sides(entry: GoldEntry, claim_ids: Iterable[str], locate: ClaimLocator) -> list[int]:
    """Indices of the entry's sides that one of ``claim_ids`` overlaps."""
    ids = set(claim_ids)
    return [i for i, side in enumerate(entry.sides) if locate.claims_over(side) & ids]


def covers_two_different(entry: GoldEntry, sides: Sequence[int]) -> bool:
    """Two covered sides with different gold values (any two, where every side has one value)."""
    values = {entry.sides[i].value for i in sides}
    if len({s.value for s in entry.sides}) == 1:
        return len(set(sides)) >= 2
    return len(values) >= 2


def covers_two(entry: GoldEntry, sides: Sequence[int]) -> bool:
    return len(set(sides)) >= 2


# --- scores ---------------------------------------------------------------------------------


@dataclass
class EntryResult:
    entry: GoldEntry
    found: bool  # conflict: by a conflict or tension finding; variant: by any finding; consistent: flagged
    exact: bool = False  # conflict found by a finding of severity conflict
    findings: list[str] = field(default_factory=list)  # the findings that found (or flagged) it


@dataclass
class PublicationScore:
    total: int = 0
    known: int = 0  # articles given any date
    exact: int = 0
    within_day: int = 0
    right_month: int = 0
    confident: int = 0
    confident_wrong: int = 0  # confidence >= 0.7, wrong by more than a month


@dataclass
class Score:
    conflicts: list[EntryResult]
    variants: list[EntryResult]
    consistent: list[EntryResult]
    alarm_findings: int  # conflict and tension findings in the run
    alarm_findings_on_gold: int  # those that cover a gold conflict
    time_values: tuple[int, int]  # matched, total
    values_read: tuple[int, int] = (0, 0)  # conflict and variant sides whose value a claim over the quote carries
    publication: PublicationScore | None = None
    words: int = 0
    seconds: float = 0.0

    @property
    def conflict_recall(self) -> tuple[int, int]:
        return sum(r.found for r in self.conflicts), len(self.conflicts)

    @property
    def exact_conflict_recall(self) -> tuple[int, int]:
        return sum(r.exact for r in self.conflicts), len(self.conflicts)

    @property
    def variant_recall(self) -> tuple[int, int]:
        return sum(r.found for r in self.variants), len(self.variants)

    @property
    def false_alarms(self) -> tuple[int, int]:
        return sum(r.found for r in self.consistent), len(self.consistent)

    @property
    def precision(self) -> tuple[int, int]:
        return self.alarm_findings_on_gold, self.alarm_findings

    def by_kind(self) -> dict[str, dict[str, tuple[int, int]]]:
        """Per gold kind: conflict recall, variant recall, false alarms (found, total)."""
        table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for name, results in (("conflict", self.conflicts), ("variant", self.variants),
                              ("false_alarm", self.consistent)):
            for r in results:
                cell = table[r.entry.kind][name]
                cell[0] += r.found
                cell[1] += 1
        return {k: {n: (c[0], c[1]) for n, c in v.items()} for k, v in sorted(table.items())}


def score(entries: Sequence[GoldEntry], run: Run, gold_published: dict[str, str] | None = None,
          inferred: Run | None = None) -> Score:
    """Score ``run`` (metadata given) against gold; ``inferred`` is the run without metadata."""
    locate = ClaimLocator(run)
    conflicts, variants, consistent = [], [], []
    for entry in entries:
        # only findings that hold a claim over some side can cover two of them
        cands = locate.findings_over(cid for side in entry.sides for cid in locate.claims_over(side))
        if entry.severity == "conflict":
            hits = [f for f in cands if f.severity in ALARM
                    and covers_two_different(entry, covered_sides(entry, f.claims, locate))]
            conflicts.append(EntryResult(entry, bool(hits), any(f.severity == "conflict" for f in hits),
                                         [f.id for f in hits]))
        elif entry.severity == "variant":
            hits = [f for f in cands if covers_two_different(entry, covered_sides(entry, f.claims, locate))]
            variants.append(EntryResult(entry, bool(hits), findings=[f.id for f in hits]))
        elif entry.severity == "consistent":
            hits = [f for f in cands if f.severity in ALARM and covers_two(entry, covered_sides(entry, f.claims, locate))]
            consistent.append(EntryResult(entry, bool(hits), findings=[f.id for f in hits]))

    gold_conflicts = [e for e in entries if e.severity == "conflict"]
    alarms = [f for f in run.findings if f.severity in ALARM]
    on_gold = sum(1 for f in alarms
                  if any(covers_two_different(e, covered_sides(e, f.claims, locate)) for e in gold_conflicts))
    return Score(conflicts=conflicts, variants=variants, consistent=consistent, alarm_findings=len(alarms),
                 alarm_findings_on_gold=on_gold, time_values=time_values(entries, run),
                 values_read=values_read(entries, locate),
                 publication=publication_score(gold_published, inferred) if gold_published and inferred else None,
                 words=run.words + (inferred.words if inferred else 0),
                 seconds=run.seconds + (inferred.seconds if inferred else 0.0))


def time_value_sides(entries: Iterable[GoldEntry]) -> list[Side]:
    """Distinct sides whose gold value is an ISO date or interval."""
    seen: dict[Side, None] = {}
    for e in entries:
        for s in e.sides:
            if ISO_VALUE.match(s.value):
                seen.setdefault(s, None)
    return list(seen)


def timex_matches(value: str, t: RunTimex) -> bool:
    if t.value == value:
        return True
    if t.start is not None and t.end is not None:
        return value in {f"{t.start.isoformat()}/{t.end.isoformat()}", t.start.isoformat()} and (
            "/" in value or t.start == t.end)
    return False


def time_values(entries: Iterable[GoldEntry], run: Run) -> tuple[int, int]:
    sides = time_value_sides(entries)
    matched = 0
    for side in sides:
        spans = quote_spans(run.texts.get(side.doc, ""), side.quote)
        if any(timex_matches(side.value, t) for t in run.timexes.get(side.doc, ())
               if any(_overlaps(t.span, s) for s in spans)):
            matched += 1
    return matched, len(sides)


def _interval(value: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    start = date(parts[0], parts[1], 1)
    following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return start, date.fromordinal(following.toordinal() - 1)


def publication_score(gold: dict[str, str], inferred: Run) -> PublicationScore:
    out = PublicationScore()
    for doc, truth in sorted(gold.items()):
        out.total += 1
        got = inferred.published.get(doc)
        if got is None or not got.value:
            continue
        out.known += 1
        true_day = _interval(truth)[0]
        start, end = _interval(got.value)
        if start == end == true_day:
            out.exact += 1
        if start == end and abs((start - true_day).days) <= 1:
            out.within_day += 1
        if (start.year, start.month) == (true_day.year, true_day.month):
            out.right_month += 1
        off = 0 if start <= true_day <= end else min(abs((start - true_day).days), abs((end - true_day).days))
        if got.confidence is not None and got.confidence >= CONFIDENT:
            out.confident += 1
            if off > 31:
                out.confident_wrong += 1
    return out


# --- why a gold entry was missed -----------------------------------------------------------


@dataclass
class SideDetail:
    side: Side
    claims: list[RunClaim]
    findings: list[RunFinding]


@dataclass
class MissDetail:
    entry: GoldEntry
    stage: Literal["extraction", "grouping", "check"]
    sides: list[SideDetail]
    reason: str


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_WORD = re.compile(r"[^\W\d_]{3,}")
# a gold span of time ("19 h", "14 min", "5h42m", "3 days"): duration claims state days
_SPAN_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|months?|years?)(?![a-z])")
_SPAN_DAYS = {"s": 1 / 86400, "sec": 1 / 86400, "second": 1 / 86400, "m": 1 / 1440, "min": 1 / 1440,
              "minute": 1 / 1440, "h": 1 / 24, "hr": 1 / 24, "hour": 1 / 24, "d": 1.0, "day": 1.0,
              "week": 7.0, "month": 30.4375, "year": 365.25}


def _numbers(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in _NUMBER.findall(text) if n.replace(",", "").count(".") <= 1}


# a length claim states metres; the gold writes the figure in the unit its quote uses ("9 km",
# "7 kilometres", "32.4 miles", or a bare "2142" for metres)
_LENGTH_UNITS = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048}


# a gold ordinal written as a word ("first Korean winner", "second"): ordinal claims state its number
_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}


def _span_days(gold: str) -> float | None:
    """A gold span of time in days ("19 h", "5h42m"), else None."""
    parts = _SPAN_PART.findall(gold)
    if not parts or _SPAN_PART.sub("", gold).strip(" ,and"):
        return None
    return sum(float(n) * _SPAN_DAYS[unit.rstrip("s") if len(unit) > 1 else unit] for n, unit in parts)


def carries(claim: RunClaim, value: str) -> bool:
    """Whether ``claim`` states the gold ``value`` of a side it lies over (a heuristic for the
    miss report and ``values_read`` only): the same day or year, clock time, number, span of
    time (duration claims state days), length in any unit (length claims state metres), an
    ordinal written as a word ("second" is 2), or a word of the value, of the place it states,
    or of the person it is about (a title claim on "Governor X" has read who holds the post). A claim
    with no value, time or place (an event mention alone) carries nothing."""
    stated = f"{claim.value} {claim.when} {claim.where}".strip().lower()
    if not stated:
        return False
    gold = value.strip().lower()
    if claim.predicate == "duration" and (days := _span_days(gold)) is not None:
        found = _numbers(claim.value)
        return any(abs(days - b) <= 0.01 * max(days, 1e-9) for b in found)
    if claim.predicate == "length" and (numbers := _numbers(gold)):
        metres = _numbers(claim.value)
        return any(abs(a - b / f) <= 0.01 * max(abs(a), 1.0) for a in numbers for b in metres for f in _LENGTH_UNITS.values())
    if _ISO_DAY.match(gold):  # a day or a month, or an interval from it
        return gold[:10] in stated or gold[:7] in stated
    if clock := _CLOCK.search(gold):
        return f"{int(clock.group(1)):02d}:{clock.group(2)}" in stated
    ordinals = {float(n) for w, n in _ORDINAL_WORDS.items() if re.search(rf"\b{w}\b", gold)}
    if ordinals and not _NUMBER.search(gold) and ordinals & _numbers(claim.value):
        return True  # else its words may still be stated ("first secretary")
    numbers = _numbers(gold)
    if numbers:  # a count, an amount, a year: compared with the claim's value (its time holds digits too)
        found = _numbers(claim.value) | ({float(claim.when[:4])} if claim.when[:4].isdigit() else set())
        return any(abs(a - b) <= 0.01 * max(abs(a), 1.0) for a in numbers for b in found)
    words = set(_WORD.findall(gold))
    if claim.subject.startswith("person:"):
        stated = f"{stated} {claim.subject.removeprefix('person:')}"
    return not words or bool(words & set(_WORD.findall(stated.replace("-", " "))))


def values_read(entries: Iterable[GoldEntry], locate: ClaimLocator) -> tuple[int, int]:
    """How many distinct sides of the conflicts and variants some claim over the quote states
    the value of (``carries``), out of all of them: the extraction layer's coverage, which a
    conflict needs on two sides before grouping or a check can matter."""
    sides = {s for e in entries if e.severity in ("conflict", "variant") for s in e.sides}
    read = sum(any(carries(locate.claims_by_id[c], s.value) for c in locate.claims_over(s)) for s in sides)
    return read, len(sides)


def explain_miss(entry: GoldEntry, run: Run, locate: ClaimLocator | None = None) -> MissDetail:
    """Where the pipeline lost a missed entry: no claim carrying the value of two sides
    (extraction), such claims in different subjects (grouping), or grouped but not flagged as
    needed (check). Pass ``locate`` to explain many entries of one run without indexing it
    again."""
    locate = locate or ClaimLocator(run)
    details = []
    with_claims: list[int] = []
    for i, side in enumerate(entry.sides):
        ids = sorted(locate.claims_over(side))
        if ids:
            with_claims.append(i)
        details.append(SideDetail(side, [locate.claims_by_id[c] for c in ids], locate.findings_over(ids)))
    if not covers_two_different(entry, with_claims):
        missing = [entry.sides[i].quote for i in range(len(entry.sides)) if i not in with_claims]
        return MissDetail(entry, "extraction", details, f"no claim over {missing}")
    # a claim over a quote may carry another value of its sentence (a name, a title): only the
    # claims that carry the side's own value say whether grouping or the check lost it
    carrying = {i: {c.id for c in details[i].claims if carries(c, entry.sides[i].value)} for i in with_claims}
    valued = [i for i in with_claims if carrying[i]]
    if not covers_two_different(entry, valued):
        bare = [entry.sides[i].quote for i in with_claims if i not in valued]
        return MissDetail(entry, "extraction", details, f"claims over {bare} but none carries its value")
    subjects = sorted({sid for i in valued for cid in carrying[i] for sid in locate.subjects_of.get(cid) or {"?"}})
    grouped = [sid for sid in subjects
               if covers_two_different(entry, [i for i in valued
                                               if carrying[i] & set(locate.run.subjects.get(sid, ()))])]
    if not grouped:
        return MissDetail(entry, "grouping", details, f"claims fall in different subjects: {subjects}")
    return MissDetail(entry, "check", details, f"grouped in {grouped} but not flagged as needed")
