"""Coreference pieces on hand-made claims: person ids joined by their tail, blocks split
by month when large, and what keeps two mentions apart."""

from __future__ import annotations

from datetime import date

from claimcheck.events import coref
from claimcheck.models import Claim, EventAttrs, SubjectRef, When


def claim(cid: str, cls: str, participants: dict[str, str], day: date | None = None, patient: str | None = None,
          role: tuple[str, ...] = ()) -> Claim:
    when = When(text="x", span=(0, 1), value=day.isoformat(), start=day, end=day, granularity="day") if day else None
    return Claim(id=cid, source=f"s-{cid}", span=(0, 1), quote="x", predicate=cls,
                 subject=SubjectRef(id=f"event:{cls}", label=cls), when=when, facet="occurrence",
                 event=EventAttrs(cls=cls, trigger=(0, 1), participants=tuple(participants),
                                  kinds=tuple(participants.values()), patient=patient, role=role))


def test_person_tail_joins_the_one_longer_id() -> None:
    a = claim("a", "arrest", {"person:okonkwo-bell": "person"})
    b = claim("b", "arrest", {"person:ada-okonkwo-bell": "person"})
    assert coref.person_aliases([a, b]) == {"person:okonkwo-bell": "person:ada-okonkwo-bell"}
    c = claim("c", "arrest", {"person:tom-okonkwo-bell": "person"})
    assert coref.person_aliases([a, b, c]) == {}  # two people end so: no guess


def test_shared_patient_and_date_join_but_another_country_keeps_apart() -> None:
    day = date(2020, 5, 4)
    norway = claim("a", "accession", {"country:norway": "country", "org:union": "org"}, day, "country:norway")
    norway2 = claim("b", "accession", {"country:norway": "country"}, date(2020, 6, 1), "country:norway")
    sweden = claim("c", "accession", {"country:sweden": "country", "org:union": "org"}, day, "country:sweden")
    assert coref.score(norway, norway2) >= 2.0  # the same patient, a date off: joined, then a finding
    assert coref.score(norway, sweden) < 2.0
    coref.link([norway, norway2, sweden])
    assert norway.subject.id == norway2.subject.id != sweden.subject.id


def test_roles_that_differ_by_rank_are_two_appointments() -> None:
    day = date(2020, 5, 4)
    a = claim("a", "appointment", {"person:x": "person"}, day, "person:x", ("chancellor", "shadow"))
    b = claim("b", "appointment", {"person:x": "person"}, day, "person:x", ("chancellor",))
    c = claim("c", "appointment", {"person:x": "person"}, day, "person:x", ("chancellor", "shadow"))
    assert coref.clashes(a, b) == 1 and coref.clashes(a, c) == 0


def test_a_large_block_is_split_by_month() -> None:
    many = [claim(f"c{i:03d}", "approval", {"country:x": "country"}, date(2020, 1 + i % 3, 1)) for i in range(90)]
    sizes = sorted(len(b) for b in coref.blocks(many))
    # the participant's block split by month, and the three month blocks of their own
    assert sizes == [30] * 6


def test_other_people_beside_one_patient_do_not_keep_apart() -> None:
    day = date(2019, 4, 5)
    fired = claim("a", "dismissal", {"person:mia-ross": "person", "person:tom-hale": "person"}, day, "person:mia-ross")
    hired = claim("b", "dismissal", {"person:mia-ross": "person", "person:ian-cole": "person"}, day, "person:mia-ross")
    assert coref.clashes(fired, hired) == 0  # "Hale fired Ross" and "Cole hired Ross once she was fired"
    other = claim("c", "dismissal", {"person:ian-cole": "person"}, day, "person:ian-cole")
    assert coref.clashes(fired, other) >= 1  # another patient still does


def test_a_name_known_only_in_its_document_does_not_clash() -> None:
    day = date(2019, 4, 5)
    a = claim("a", "approval", {"country:peru": "country", "person:quinn~3fa2": "person"}, day)
    b = claim("b", "approval", {"country:peru": "country", "person:ana-ruiz": "person"}, day)
    c = claim("c", "approval", {"country:peru": "country", "person:luis-vega": "person"}, day)
    assert coref.clashes(a, b) == 0 and coref.clashes(b, c) == 1


def test_a_family_joins_two_classes_only_on_one_day() -> None:
    day = date(2023, 9, 14)
    sentenced = claim("a", "sentencing", {"person:x": "person"}, day, "person:x")
    guilty = claim("b", "verdict", {"person:x": "person"}, date(2023, 9, 13), "person:x")
    earlier = claim("c", "verdict", {"person:x": "person"}, date(2023, 7, 3), "person:x")
    assert coref.score(sentenced, guilty) >= 2.0  # a day apart: one decision written two ways
    assert coref.score(sentenced, earlier) == float("-inf")  # the verdict months before: another step
    assert coref.clashes(guilty, earlier) == 0 and coref.clashes(sentenced, earlier) == 1
    plain = claim("d", "arrest", {"person:x": "person"}, day, "person:x")
    assert coref.score(sentenced, plain) < 2.0 or coref.blocks([sentenced, plain]) == []  # no family in common


def test_a_month_and_a_place_are_block_keys() -> None:
    a = claim("a", "arrest", {}, date(2024, 3, 4))
    b = claim("b", "arrest", {}, None)
    b.when = When(text="x", span=(0, 1), value="2024-03", start=date(2024, 3, 1), end=date(2024, 3, 31),
                  granularity="month")
    assert any({c.id for c in block} == {"a", "b"} for block in coref.blocks([a, b]))
