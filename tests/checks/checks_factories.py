"""Hand-made claims about small invented articles, shaped as docs/internals.md describes."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from claimcheck.checks import run_checks
from claimcheck.models import (
    Actor,
    Claim,
    ClaimValue,
    Finding,
    Published,
    Source,
    Subject,
    SubjectRef,
    Timex,
    When,
    Where,
)

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def interval(value: str) -> tuple[date, date, str]:
    """TIMEX3-ish value -> (start, end, granularity): day, month, year, season, A/B window."""
    if "/" in value:
        a, b = value.split("/")
        return interval(a)[0], interval(b)[1], "interval"
    if "T" in value:  # a clock time on a day: "2021-03-14T05:12"
        day = interval(value.split("T")[0])[0]
        return day, day, "time"
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31), "year"
    if parts[1] in _SEASONS:
        m1, m2 = _SEASONS[parts[1]]
        y2 = year + 1 if m2 < m1 else year
        return date(year, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1]), "season"
    month = int(parts[1])
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    d = date(year, month, int(parts[2]))
    return d, d, "day"


@dataclass
class Corpus:
    """A few invented sources and the claims an extractor would make about them."""

    sources: dict[str, Source] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def source(self, sid: str, text: str, published: str | None = "2023-06-05", basis: str = "metadata",
               confidence: float | None = None) -> Source:
        pub = Published(basis="unknown")
        if published is not None:
            start, end, _ = interval(published)
            pub = Published(value=published, start=start, end=end, basis=basis,  # type: ignore[arg-type]
                            evidence="page header" if basis == "inferred" else None, confidence=confidence)
        src = Source(id=sid, path=f"{sid}.txt", text=text, published=pub)
        self.sources[sid] = src
        return src

    def _span(self, sid: str, text: str, after: int = 0) -> tuple[int, int]:
        body = self.sources[sid].text
        start = body.find(text, after)
        if start < 0:
            start = body.find(text)
        assert start >= 0, f"{text!r} not in {sid}"
        return start, start + len(text)

    def claim(
        self,
        source: str,
        quote: str,
        subject: str,
        facet: str,
        *,
        when: tuple[str, str] | None = None,  # (words, TIMEX3 value)
        anchor: str = "absolute",
        year_explicit: bool = True,
        weekday: int | None = None,
        weekday_ok: bool | None = None,
        where: tuple[str, str] | None = None,  # (words, place id)
        value: tuple[str, str, str | int | float] | None = None,  # (type, words, value)
        who: list[tuple[str, str]] | None = None,  # [(words, entity id)]
        subject_text: str | None = None,
        modality: str = "reported",
        derived: bool = False,
        mod: str | None = None,
    ) -> Claim:
        span = self._span(source, quote)
        cid = f"{source}@{span[0]}-{span[1]}:{facet}:{subject}"
        w = tm = None
        if when is not None:
            words, val = when
            ws = self._span(source, words, span[0])
            start, end, gran = interval(val)
            w = When(text=words, span=ws, value=val, start=start, end=end, granularity=gran)  # type: ignore[arg-type]
            tm = Timex(span=ws, text=words, type="DATE", value=val, start=start, end=end, granularity=gran,  # type: ignore[arg-type]
                       anchor=anchor, year_explicit=year_explicit, weekday=weekday, weekday_ok=weekday_ok,  # type: ignore[arg-type]
                       mod=mod, rule="test")
        elif mod is not None:
            tm = Timex(span=span, text=quote, type="DURATION", value=str(value[2]) if value else "", mod=mod)
        inferred = (
            tm is not None and anchor == "publication" and self.sources[source].published.basis == "inferred"
        )
        c = Claim(
            id=cid, source=source, span=span, quote=quote, predicate=facet,
            subject=SubjectRef(id=subject, label=self.labels.get(subject, subject), text=subject_text,
                               span=self._span(source, subject_text, span[0]) if subject_text else None),
            who=[Actor(entity=e, text=t, span=self._span(source, t, span[0])) for t, e in (who or [])],
            when=w,
            where=Where(entity=where[1], text=where[0], span=self._span(source, where[0], span[0])) if where else None,
            value=ClaimValue(type=value[0], text=value[1], value=value[2], span=self._span(source, value[1], span[0]))  # type: ignore[arg-type]
            if value else None,
            modality=modality,  # type: ignore[arg-type]
            rests_on_inferred_date=inferred,
            facet=facet, derived=derived, timex=tm,
        )
        assert self.sources[source].text[span[0]:span[1]] == quote
        self.claims[cid] = c
        return c

    def subjects(self) -> list[Subject]:
        by: dict[str, Subject] = {}
        for c in self.claims.values():
            s = by.setdefault(c.subject.id, Subject(id=c.subject.id, label=self.labels.get(c.subject.id, c.subject.id)))
            s.claims.append(c.id)
            if c.source not in s.sources:
                s.sources.append(c.source)
        return list(by.values())

    def run(self, index: object | None = None, **kw: object) -> list[Finding]:
        return run_checks(self.subjects(), self.claims, self.sources, index, **kw)  # type: ignore[arg-type]


def only(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]
