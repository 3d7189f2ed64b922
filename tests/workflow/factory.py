"""Hand-made sources, claims and findings for the workflow tests (no pipeline needed)."""

from __future__ import annotations

from datetime import date

from claimcheck.models import (Claim, ClaimValue, Finding, Published, Report, Source, Subject, SubjectRef, Timex,
                               When, Where)

TEXT_A = ("Alpha Wire\n\n"
          "The three defense ministers met in Seoul on Sunday, November 12, 2023, the ministry said.\n\n"
          "They agreed the warning mechanism would start within this year. It is the <first> such step & more.\n")
TEXT_B = ("Beta Daily\n\n"
          "The ministers met in Busan on November 13, 2023, according to officials.\n\n"
          "The mechanism will be activated in December.\n")


def source(sid: str, text: str, published: str | None, basis: str = "metadata") -> Source:
    pub = Published()
    if published:
        parts = [int(p) for p in published.split("-")]
        start = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        end = start if len(parts) > 2 else date(parts[0], parts[1], 28)
        pub = Published(value=published, start=start, end=end, basis=basis, evidence="test")
    return Source(id=sid, path=f"{sid}.txt", title=text.split("\n")[0], outlet=text.split("\n")[0],
                  url=f"https://example.org/{sid}", published=pub, text=text)


def claim(cid: str, src: Source, quote: str, subject: str, when: tuple[str, str, date, date, str] | None = None,
          where: tuple[str, str] | None = None, predicate: str = "meet", value: ClaimValue | None = None) -> Claim:
    start = src.text.index(quote)
    w = None
    if when is not None:
        wtext, wvalue, ws, we, gran = when
        at = src.text.index(wtext, start)
        w = When(text=wtext, span=(at, at + len(wtext)), value=wvalue, start=ws, end=we, granularity=gran)
    wh = None
    if where is not None:
        at = src.text.index(where[1], start)
        wh = Where(entity=where[0], text=where[1], span=(at, at + len(where[1])))
    return Claim(id=cid, source=src.id, span=(start, start + len(quote)), quote=quote, predicate=predicate,
                 subject=SubjectRef(id=subject, label=subject.split(":")[1]), when=w, where=wh, value=value)


def sample_report() -> Report:
    a = source("alpha", TEXT_A, "2023-11-13")
    b = source("beta", TEXT_B, "2023-11", basis="inferred")
    meet = "event:trilateral-meeting"
    mech = "thing:warning-mechanism"
    claims = [
        claim("c-a1", a, "The three defense ministers met in Seoul on Sunday, November 12, 2023", meet,
              ("November 12, 2023", "2023-11-12", date(2023, 11, 12), date(2023, 11, 12), "day"),
              ("place:seoul", "Seoul")),
        claim("c-b1", b, "The ministers met in Busan on November 13, 2023", meet,
              ("November 13, 2023", "2023-11-13", date(2023, 11, 13), date(2023, 11, 13), "day"),
              ("place:busan", "Busan")),
        claim("c-a2", a, "the warning mechanism would start within this year", mech,
              ("within this year", "2023-11-13/2023-12-31", date(2023, 11, 13), date(2023, 12, 31), "interval"),
              predicate="launch"),
        claim("c-b2", b, "The mechanism will be activated in December", mech,
              ("in December", "2023-12", date(2023, 12, 1), date(2023, 12, 31), "month"), predicate="launch"),
    ]
    subjects = [Subject(id=meet, label="Trilateral meeting", claims=["c-a1", "c-b1"], sources=["alpha", "beta"]),
                Subject(id=mech, label="Warning mechanism <launch>", claims=["c-a2", "c-b2"],
                        sources=["alpha", "beta"])]
    findings = [
        Finding(id="date-0123456789", kind="date", severity="conflict", subject=meet,
                summary="The meeting is dated November 12 and November 13", explanation="Two different days.",
                claims=["c-a1", "c-b1"], rests_on_inferred_date=False),
        Finding(id="place-abcdef0123", kind="place", severity="conflict", subject=meet,
                summary="The meeting is placed in Seoul and in Busan", explanation="One meeting, two places.",
                claims=["c-a1", "c-b1"]),
        Finding(id="date-fedcba9876", kind="date", severity="variant", subject=mech,
                summary="The launch window narrows", explanation="December lies within this year.",
                claims=["c-a2", "c-b2"], rests_on_inferred_date=True),
    ]
    return Report(sources=[a, b], claims=claims, subjects=subjects, findings=findings)


def sources_by_id() -> dict[str, Source]:
    return {s.id: s for s in sample_report().sources}


def fake_tag(text: str, anchor) -> list[Timex]:
    """A tiny stand-in for claimcheck.timex.tag: knows 'in December' and 'within this year'."""
    out = []
    for words, value, start, end, gran in (
            ("in December", "2023-12", date(2023, 12, 1), date(2023, 12, 31), "month"),
            ("within this year", "2023-11-13/2023-12-31", date(2023, 11, 13), date(2023, 12, 31), "interval"),
            ("November 12, 2023", "2023-11-12", date(2023, 11, 12), date(2023, 11, 12), "day")):
        at = text.find(words)
        if at >= 0:
            out.append(Timex(span=(at, at + len(words)), text=words, type="DATE", value=value, start=start, end=end,
                             granularity=gran, anchor="publication" if anchor else "absolute"))
    return out
