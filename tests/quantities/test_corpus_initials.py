"""Initials read across a corpus ("SBF" for a person named in full elsewhere) belong to the
corpus asked about: a run after another in one process (a service, the benchmark) never gets
the earlier corpus's people, even when the earlier index's memory is reused for the new one."""

from __future__ import annotations

from types import SimpleNamespace

from claimcheck.quantities import corpus_initials


def _index(label: str) -> SimpleNamespace:
    index = SimpleNamespace()  # made first, so it takes the address the last index freed
    index.entities = {"person:p": SimpleNamespace(kind="person", label=label)}
    return index


def test_each_new_index_gets_its_own_initials() -> None:
    # indices made and freed in turn: CPython gives each the last one's address, so a cache
    # keyed by id() answered the second corpus with the first one's people
    names = ["Alan Brook Carter", "Dina Evans Ford"]
    for i in range(20):
        index = _index(names[i % 2])
        expected = "".join(w[0] for w in names[i % 2].split())
        assert corpus_initials(index) == {expected: "person:p"}
        del index


def test_no_index_no_initials() -> None:
    assert corpus_initials(None) == {}
