"""Records sent back by workers as plain dicts come back as the same records."""

from __future__ import annotations

import pickle

import pytest
from pydantic import BaseModel

from claimcheck.models import Actor, Claim, ClaimValue, Quantity, Record, SubjectRef, When


def test_claim_round_trip_with_nested_records() -> None:
    claim = Claim(id="c1", source="s1", span=(0, 30), quote="The ferry carried 212 passengers",
                  predicate="count", subject=SubjectRef(id="thing:ferry", label="ferry"),
                  who=[Actor(entity="org:harbour-line", text="Harbour Line", span=(40, 52))],
                  when=When(text="on Friday", span=(31, 40), value="2025-03-14"),
                  value=ClaimValue(type="count", value=212, text="212", span=(18, 21)),
                  quantity=Quantity(span=(18, 32), text="212 passengers", value=212, lo=212, hi=212,
                                    dimension="count", head="passengers"))
    packed = pickle.loads(pickle.dumps(claim.packed()))
    assert all(not isinstance(v, BaseModel) for v in packed.values())
    back = Claim.from_packed(packed)
    assert back == claim
    assert back.model_dump_json() == claim.model_dump_json()
    assert isinstance(back.who[0], Actor) and back.when is not None and back.when.value == "2025-03-14"


def test_a_record_in_another_form_is_refused() -> None:
    class Box(Record):
        items: dict[str, Actor] = {}

    with pytest.raises(TypeError):
        Box().packed()
