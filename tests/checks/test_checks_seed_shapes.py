"""The seed corpus, with the claims an extractor should make by docs/internals.md's shapes.

These claims are written by hand (the extractor is built separately): they pin down what
the checks do with the seeds' statements, with the publication dates of
claims/sources.yaml and with 004's date inferred from its page header instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checks_factories import Corpus, only

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
S0, S1, S2, S3, S4 = (
    "000_cffbf3d668cb60fe", "001_a55dc8124c92cfdc", "002_be3015e7b4282bff", "003_3531a79baa55fc34", "004_18a708085e7455ae",
)
DTT, SLD = "series:defense-trilateral-talks", "series:shangri-la-dialogue"
MECH, EX = "thing:missile-warning-data-sharing-mechanism", "thing:trilateral-exercise"
KR, JP, US = "office:south-korea-defense-minister", "office:japan-defense-minister", "office:us-defense-secretary"


class Index:
    """Stands in for the entity index: a cadence known for the series (e.g. from an alias table)."""

    def series_cadence(self, series_id: str) -> str | None:
        return "P1Y" if series_id == SLD else None


def seed_claims(pub4: str, basis4: str) -> Corpus:
    k = Corpus()
    pubs = {S0: "2023-04-15", S1: "2023-06-05", S2: "2023-11-13", S3: "2023-08", S4: pub4}
    for sid, pub in pubs.items():
        k.source(sid, (SEEDS / f"{sid}.txt").read_text(encoding="utf-8"), pub, basis=basis4 if sid == S4 else "metadata")
    y4 = int(pub4[:4])
    rel = dict(anchor="publication", year_explicit=False)

    # 000: the 13th DTT (number derived from "the 14th DTT next year"), the planned 14th, the series
    k.claim(S0, "We held a Korea-US-Japan Security Meeting (DTT) in Washington, DC on the 14th (local time)", f"{DTT}#13",
            "occurrence", when=("on the 14th (local time)", "2023-04-14"), where=("Washington, DC", "place:washington-dc"),
            derived=True, subject_text="Korea-US-Japan Security Meeting (DTT)", **rel)
    k.claim(S0, "hold the 14th DTT next year in South Korea", f"{DTT}#14", "occurrence", when=("next year", "2024"),
            where=("South Korea", "place:south-korea"), value=("ordinal", "14th", 14), modality="planned", **rel)
    k.claim(S0, "The DTT has been held alternately by Korea, the US and Japan since 2008", DTT, "cadence",
            when=("since 2008", "2008"), value=("other", "alternately", "alternately"))
    k.claim(S0, "it has not been held for a while since the videoconference in May 2020", f"{DTT}#2020-05", "occurrence",
            when=("May 2020", "2020-05"), where=("videoconference", "place:virtual"))
    k.claim(S0, "resumed after about three years", DTT, "count", value=("duration", "about three years", "P3Y"), mod="APPROX")
    k.claim(S0, "the trilateral summit held in Phnom Penh, Cambodia on November 13 last year", "event:phnom-penh-summit",
            "occurrence", when=("November 13 last year", "2022-11-13"), where=("Phnom Penh, Cambodia", "place:phnom-penh"), **rel)

    # 001: 20th Shangri-La Dialogue, the mechanism "within this year", holders on June 3
    k.claim(S1, "a trilateral defense ministers’ meeting at the 20th Asian Security Conference held at the Shangri-La Hotel in Singapore",
            f"{SLD}#20", "occurrence", when=("On June 3", "2023-06-03"), where=("Singapore", "place:singapore"),
            value=("ordinal", "20th", 20), subject_text="20th Asian Security Conference", **rel)
    k.claim(S1, "by operating a system to share North Korean missile warning data in real time within this year", MECH, "launch",
            when=("within this year", "2023-06-05/2023-12-31"), modality="agreed", **rel)
    k.claim(S1, "the summit in Phnom Penh on November 13, 2022", "event:phnom-penh-summit", "occurrence",
            when=("November 13, 2022", "2022-11-13"), where=("Phnom Penh", "place:phnom-penh"))
    k.claim(S1, "Defense Minister Lee Jong-sup", KR, "holder", who=[("Lee Jong-sup", "person:lee-jong-sup")],
            when=("On June 3", "2023-06-03"), **rel)
    k.claim(S1, "Japan’s Minister of Defense Yasukazu Hamada", JP, "holder", who=[("Yasukazu Hamada", "person:yasukazu-hamada")],
            when=("On June 3", "2023-06-03"), **rel)
    k.claim(S1, "US Secretary of Defense Lloyd J. Austin III", US, "holder", who=[("Lloyd J. Austin III", "person:lloyd-austin")],
            when=("On June 3", "2023-06-03"), **rel)
    k.claim(S1, "US Secretary of Defense Lloyd J. Austin and", US, "holder", who=[("Lloyd J. Austin", "person:lloyd-austin")],
            when=("On June 3", "2023-06-03"), **rel)

    # 002: Seoul meeting on Sunday; activation in December; drills from January
    k.claim(S2, "his South Korean counterpart, Shin Won-sik", KR, "holder", who=[("Shin Won-sik", "person:shin-won-sik")],
            when=("on Sunday", "2023-11-12"), **rel)
    k.claim(S2, "Japanese Defense Minister Minoru Kihara", JP, "holder", who=[("Minoru Kihara", "person:minoru-kihara")],
            when=("on Sunday", "2023-11-12"), **rel)
    k.claim(S2, "United States Defense Secretary Lloyd Austin", US, "holder", who=[("Lloyd Austin", "person:lloyd-austin")],
            when=("on Sunday", "2023-11-12"), **rel)
    k.claim(S2, "officially activate the mechanism in December", MECH, "launch", when=("in December", "2023-12"), modality="agreed", **rel)
    k.claim(S2, "Scheduled to start in January", EX, "launch", when=("in January", "2024-01"), modality="planned", **rel)

    # 003: Camp David on 18 August; Phnom Penh "last November"; launch "by the end of the year"
    k.claim(S3, "met at the Camp David Trilateral Summit on 18 August", "event:camp-david-summit", "occurrence",
            when=("on 18 August", "2023-08-18"), **rel)
    k.claim(S3, "the real-time sharing of North Korea’s missile warning information that we agreed last November",
            "event:phnom-penh-summit", "occurrence", when=("last November", "2022-11"), **rel)
    k.claim(S3, "the launch of the mechanism by the end of the year", MECH, "launch",
            when=("by the end of the year", "2023-08/2023-12-31"), modality="expected", **rel)
    k.claim(S3, "we agreed to hold the Japan-US-ROK multidomain joint exercises on an annual basis", EX, "agreed",
            when=("on 18 August", "2023-08-18"), modality="agreed", **rel)

    # 004: the 21st Shangri-La Dialogue "on the 2nd"; "last August"; the first multi-domain exercise
    k.claim(S4, "the trilateral meeting held on the sidelines of the 21st Asia Security Summit (Shangri-La Dialogue) in Singapore",
            f"{SLD}#21", "occurrence", when=("on the 2nd", f"{pub4[:7]}-02"), where=("Singapore", "place:singapore"),
            value=("ordinal", "21st", 21), subject_text="21st Asia Security Summit (Shangri-La Dialogue)", **rel)
    k.claim(S4, "Defense Minister Shin Won Sik", KR, "holder", who=[("Shin Won Sik", "person:shin-won-sik")],
            when=("on the 2nd", f"{pub4[:7]}-02"), **rel)
    k.claim(S4, "Japanese Defense Minister Minoru Kihara", JP, "holder", who=[("Minoru Kihara", "person:minoru-kihara")],
            when=("on the 2nd", f"{pub4[:7]}-02"), **rel)
    k.claim(S4, "during the trilateral summit last August", "event:camp-david-summit", "occurrence",
            when=("last August", f"{y4 - 1 if pub4 < f'{y4}-08' else y4}-08"), **rel)
    k.claim(S4, "For the first time this summer, South Korea, the U.S., and Japan will conduct the multi-domain training Freedom Edge",
            EX, "first", when=("this summer", f"{y4}-SU"), value=("other", "multi-domain", "multi-domain"), modality="planned", **rel)
    k.claim(S4, "has not been conducted since the 2020 exercise", "series:trilateral-ttx#2020", "occurrence",
            when=("the 2020 exercise", "2020"))
    return k


def test_with_sources_yaml_no_conflict_and_the_expected_variants() -> None:
    found = seed_claims("2024-06-03", "metadata").run(index=Index())
    assert [f for f in found if f.severity in ("conflict", "tension")] == []
    dates = {f.subject: f for f in only(found, "date")}
    assert set(dates) == {MECH, "event:phnom-penh-summit", "event:camp-david-summit"}
    assert all(f.severity == "variant" for f in dates.values())
    assert len(dates[MECH].claims) == 3 and len(dates["event:phnom-penh-summit"].claims) == 3
    names = {f.subject for f in only(found, "name_variant")}
    assert {"person:shin-won-sik", "person:lloyd-austin", SLD} <= names
    # the two ministers' offices, the three exercise programmes and the numbering: nothing
    assert only(found, "role_holder") == [] and only(found, "first") == [] and only(found, "ordinal") == []


def test_with_004_dated_from_its_page_header_conflicts_name_004() -> None:
    found = seed_claims("2025-01-22", "inferred").run(index=Index())
    conflicts = [f for f in found if f.severity == "conflict"]
    assert {(f.kind, f.subject) for f in conflicts} == {("date", "event:camp-david-summit"), ("ordinal", SLD)}
    for f in conflicts:
        assert f.rests_on_inferred_date and f.inferred_sources == [S4]
        assert f"{S4} published 2025-01-22 (basis inferred" in f.explanation
        assert "check that source's publication date first" in f.explanation.casefold()
        assert "inferred with low confidence" in f.explanation
    assert found[: len(conflicts)] == conflicts


@pytest.mark.parametrize("pub4,basis", [("2024-06-03", "metadata"), ("2025-01-22", "inferred")])
def test_seed_ids_do_not_depend_on_claim_insertion_order(pub4: str, basis: str) -> None:
    k = seed_claims(pub4, basis)
    ids = [f.id for f in k.run(index=Index())]
    k.claims = dict(reversed(list(k.claims.items())))
    k.sources = dict(reversed(list(k.sources.items())))
    assert [f.id for f in k.run(index=Index())] == ids
