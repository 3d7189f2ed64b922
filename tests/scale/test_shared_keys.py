"""Records kept until the report hold their fields in dicts that share their keys (smaller)."""

from __future__ import annotations

import sys

from claimcheck.models import Claim, Mention, SubjectRef, When


def test_records_kept_for_long_share_their_keys() -> None:
    """A kept record's fields sit in a dict sharing its keys with the class's other records
    (smaller), which reads, compares, dumps and takes assignments as the dict it replaced."""
    def made() -> Claim:
        return Claim(id="c-1", source="court", span=(4, 40), quote="The court sat on Monday in Leeds.",
                     predicate="sat", subject=SubjectRef(id="org:crown-court", label="Crown Court"))

    plain, kept = made(), made().share_field_set()
    assert sys.getsizeof(kept.__dict__) < sys.getsizeof(plain.__dict__)
    assert kept == plain and kept.model_dump() == plain.model_dump() and list(kept.__dict__) == list(plain.__dict__)
    kept.quote = "The court sat."
    assert kept.quote == "The court sat." and kept.model_dump()["quote"] == "The court sat."
    again = Claim.from_packed(kept.packed())
    assert again == kept and sys.getsizeof(again.__dict__) < sys.getsizeof(plain.__dict__)



def test_only_records_of_many_fields_are_given_shared_keys() -> None:
    """A split dict has room for 30 values whatever the class: a record of a few fields keeps
    its ordinary dict, which is smaller."""
    small = When(text="on Monday", span=(3, 12), value="2025-03-03")
    fields = small.__dict__
    assert small.share_field_set().__dict__ is fields
    many = Mention(span=(0, 8), text="Tom Reid", kind="person")
    before = sys.getsizeof(many.__dict__)
    assert sys.getsizeof(many.share_field_set().__dict__) < before


def test_equal_texts_of_kept_records_are_one_object() -> None:
    """``share_strings``: a name, an id or a quote written in several records (and copied
    once more by each worker that sends a record back) is held once; nothing reads
    differently, and a field in ``skip`` (a claim's own id) keeps its own object."""
    def fresh(text: str) -> str:  # a new object of that text, as a worker's unpickling makes
        return (text + "!")[:-1]

    def made(n: int) -> Claim:
        return Claim(id=fresh(f"c-{n}"), source=fresh("regatta"), span=(0, 30),
                     quote=fresh("The race was won by Ana Lund."), predicate="won",
                     subject=SubjectRef(id=fresh("person:ana-lund"), label=fresh("Ana Lund")),
                     when=When(text=fresh("on Sunday"), span=(31, 40), value="2025-06-01"))

    a, b = made(1), made(1)
    assert a.quote is not b.quote and a.subject.id is not b.subject.id  # two copies of each
    before = a.model_dump_json()
    pool: dict[str, str] = {}
    a.share_strings(pool, ("id",))
    b.share_strings(pool, ("id",))
    assert a.quote is b.quote and a.source is b.source and a.subject.label is b.subject.label
    assert a.when is not None and b.when is not None and a.when.text is b.when.text
    assert a.id is not b.id  # skipped
    assert a.model_dump_json() == b.model_dump_json() == before
    left = Mention(span=(0, 8), text=fresh("Tom Reid"), kind="person")
    right = Mention(span=(40, 48), text=fresh("Tom Reid"), kind="person")
    left.share_strings(pool), right.share_strings(pool)
    assert left.text is right.text and left.span != right.span
