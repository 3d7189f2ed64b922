"""Finding ids, ordering and explanations across rules."""

from __future__ import annotations

import hashlib
import json
import random
import re

import pytest
from checks_factories import Corpus

from claimcheck.checks import RULES, run_checks
from claimcheck.checks.finding import finding_id
from claimcheck.errors import UsageError
from claimcheck.models import Claim, Source, Subject


def mixed() -> Corpus:
    """A conflict (2 sources), a tension, and variants with 3 and 2 sources."""
    k = Corpus()
    k.source("a", "The talks were held on March 3. The system will launch within this year. The lakeside summit was on 18 August.", "2023-06-05")
    k.source("b", "The talks, held on May 9, ended. The system will launch in December. The lakeside summit last August mattered.", "2023-11-13")
    k.source("c", "The lakeside summit of August 18, 2023 was historic. The system will launch by the end of the year.", "2023-08")
    k.source("d", "The drill ran from June 1 to June 10.", "2023-06-11")
    k.source("e", "The drill ran from June 5 to June 20.", "2023-06-21")
    k.claim("a", "The talks were held on March 3", "event:talks", "occurrence", when=("March 3", "2023-03-03"))
    k.claim("b", "The talks, held on May 9", "event:talks", "occurrence", when=("May 9", "2023-05-09"))
    k.claim("a", "The system will launch within this year", "thing:system", "launch",
            when=("within this year", "2023-06-05/2023-12-31"), modality="planned")
    k.claim("b", "The system will launch in December", "thing:system", "launch", when=("in December", "2023-12"), modality="planned")
    k.claim("c", "The system will launch by the end of the year", "thing:system", "launch",
            when=("by the end of the year", "2023-08/2023-12-31"), modality="planned")
    k.claim("a", "The lakeside summit was on 18 August", "event:summit", "occurrence", when=("18 August", "2023-08-18"))
    k.claim("b", "The lakeside summit last August", "event:summit", "occurrence", when=("last August", "2023-08"),
            anchor="publication", year_explicit=False)
    k.claim("d", "The drill ran from June 1 to June 10", "event:drill", "occurrence", when=("from June 1 to June 10", "2023-06-01/2023-06-10"))
    k.claim("e", "The drill ran from June 5 to June 20", "event:drill", "occurrence", when=("from June 5 to June 20", "2023-06-05/2023-06-20"))
    return k


def test_order_conflicts_tensions_variants_then_more_sources_then_id() -> None:
    found = mixed().run()
    assert [f.severity for f in found] == ["conflict", "tension", "variant", "variant"]
    assert [f.subject for f in found] == ["event:talks", "event:drill", "thing:system", "event:summit"]


def test_id_is_sha1_over_kind_subject_and_sorted_source_quote_pairs() -> None:
    k = mixed()
    f = k.run()[0]
    pairs = sorted((k.claims[c].source, k.claims[c].quote) for c in f.claims)
    digest = hashlib.sha1(json.dumps(["date", "event:talks", pairs], ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    assert f.id == f"date-{digest[:10]}"
    assert all(re.fullmatch(r"[a-z_]+-[0-9a-f]{10}", g.id) for g in k.run())


def test_ids_and_order_survive_shuffling_renamed_claim_ids_and_new_articles() -> None:
    k = mixed()
    before = [(f.id, f.severity, f.summary) for f in k.run()]
    rng = random.Random(7)
    for _ in range(5):
        # claim ids (and file order) change: new ids, shuffled dicts and subjects
        renamed: dict[str, Claim] = {}
        for i, c in enumerate(rng.sample(list(k.claims.values()), len(k.claims))):
            renamed[f"x{i}"] = c.model_copy(update={"id": f"x{i}"})
        subjects: dict[str, Subject] = {}
        for cid, c in renamed.items():
            subjects.setdefault(c.subject.id, Subject(id=c.subject.id, label=c.subject.id)).claims.append(cid)
        subj = list(subjects.values())
        rng.shuffle(subj)
        srcs: dict[str, Source] = dict(rng.sample(list(k.sources.items()), len(k.sources)))
        after = [(f.id, f.severity, f.summary) for f in run_checks(subj, renamed, srcs)]
        assert after == before
    # a new, unrelated article keeps every earlier id
    k.source("z", "The bridge opened on July 1. The bridge opened on July 9.", "2023-07-10")
    k.claim("z", "The bridge opened on July 1", "event:bridge", "occurrence", when=("July 1", "2023-07-01"))
    k.claim("z", "The bridge opened on July 9", "event:bridge", "occurrence", when=("July 9", "2023-07-09"))
    ids = {f.id for f in k.run()}
    assert {i for i, _, _ in before} <= ids and len(ids) == len(before) + 1


def test_explanations_cite_every_claim_with_source_value_and_rule() -> None:
    k = mixed()
    for f in k.run():
        for cid in f.claims:
            c = k.claims[cid]
            assert f'{c.source}: "{c.quote}"' in f.explanation
            assert c.when is not None and c.when.value in f.explanation
        assert f"Rule {f.rule}:" in f.explanation and f.rule in RULES
        assert "\n" not in f.summary


def test_finding_id_ignores_claim_order_and_ids() -> None:
    k = mixed()
    cs = list(k.claims.values())[:3]
    renamed = [c.model_copy(update={"id": "other-" + c.id}) for c in reversed(cs)]
    assert finding_id("date", "s", cs) == finding_id("date", "s", renamed)
    assert finding_id("date", "s", cs) != finding_id("place", "s", cs) != finding_id("date", "t", cs)


def test_a_rule_subset_can_be_run() -> None:
    assert {f.rule for f in mixed().run(rules=["claimcheck.check.date.v1"])} == {"claimcheck.check.date.v1"}
    assert mixed().run(rules=["claimcheck.check.place.v1"]) == []
    with pytest.raises(UsageError, match="unknown check rule"):
        mixed().run(rules=["claimcheck.check.date.v9"])


def test_a_source_repeating_a_statement_is_cited_once() -> None:
    k = Corpus()
    k.source("a", "They will launch it within this year. Again: they will launch it within this year.", "2023-06-05")
    k.source("b", "They will launch it in December.", "2023-11-13")
    k.claim("a", "They will launch it within this year", "thing:x", "launch", when=("within this year", "2023-06-05/2023-12-31"), modality="planned")
    k.claim("a", "they will launch it within this year", "thing:x", "launch", when=("within this year", "2023-06-05/2023-12-31"), modality="planned")
    k.claim("b", "They will launch it in December", "thing:x", "launch", when=("in December", "2023-12"), modality="planned")
    (f,) = k.run()
    assert len(f.claims) == 2 and {k.claims[c].source for c in f.claims} == {"a", "b"}


def test_a_variant_within_one_source_is_not_reported() -> None:
    k = Corpus()
    k.source("a", "The summit was held on November 13. The November summit was historic.", "2022-11-20")
    k.claim("a", "The summit was held on November 13", "event:summit", "occurrence", when=("November 13", "2022-11-13"))
    k.claim("a", "The November summit was historic", "event:summit", "occurrence", when=("November", "2022-11"))
    assert k.run() == []


def test_a_spelling_variant_does_not_rest_on_an_inferred_date() -> None:
    k = Corpus()
    k.source("a", "Shin Won-sik met Austin on the 2nd.", "2023-11-13")
    k.source("b", "Shin Won Sik met Austin on the 2nd.", "2025-01-22", basis="inferred")
    k.claim("a", "Shin Won-sik met Austin on the 2nd", "event:m", "occurrence", who=[("Shin Won-sik", "person:shin")],
            when=("on the 2nd", "2023-11-02"), anchor="publication", year_explicit=False)
    k.claim("b", "Shin Won Sik met Austin on the 2nd", "event:n", "occurrence", who=[("Shin Won Sik", "person:shin")],
            when=("on the 2nd", "2025-01-02"), anchor="publication", year_explicit=False)
    (f,) = k.run()
    assert f.kind == "name_variant" and not f.rests_on_inferred_date and f.inferred_sources == []
