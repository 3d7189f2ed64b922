"""The CLI's cache of the code dataclasses and typing compile: a class built from the file
behaves as one built by the builtins; a damaged file or a turned-off cache changes nothing."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from claimcheck import code_cache


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A cache folder of its own; both modules' builtins and the module's state put back after."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    monkeypatch.delattr(typing, "compile", raising=False)
    monkeypatch.setattr(code_cache, "_state", {})
    yield tmp_path


def _make() -> tuple[object, ...]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Ferry:
        name: str
        berths: int = 2
        ports: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    @dataclasses.dataclass(slots=True)
    class Crossing:
        ferry: Ferry
        minutes: float | None = None

    a, b = Ferry("Skarv", 4, ("Bodø",)), Ferry("Skarv", 4)
    c = Crossing(a)
    c.minutes = 95.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.berths = 5  # type: ignore[misc]
    hint = typing.ForwardRef("tuple[str, ...] | None")._evaluate(globals(), None, frozenset())
    return (repr(a), a == b, hash(a) == hash(b), a < Ferry("Tern"), repr(c), dataclasses.astuple(c),
            [f.name for f in dataclasses.fields(Crossing)], hint)


def test_classes_from_the_file_behave_as_built(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _make()
    code_cache.install()
    assert "exec" in vars(dataclasses) and "compile" in vars(typing)
    first = _make()
    monkeypatch.setattr(code_cache, "_WORTH_SAVING", 1)
    code_cache.save()
    assert list(fresh.glob("code-*.marshal"))
    # a second run: the same texts, now read from the file, none compiled again
    monkeypatch.setattr(code_cache, "_state", {})
    monkeypatch.delattr(dataclasses, "exec")
    monkeypatch.delattr(typing, "compile")
    code_cache.install()
    second = _make()
    assert code_cache._state["new"] == 0
    assert first == expected and second == expected


def test_a_damaged_file_is_read_as_none(fresh: Path) -> None:
    expected = _make()
    path = code_cache._path()
    assert path is not None
    path.write_bytes(b"not marshal data")
    code_cache.install()
    assert _make() == expected


def test_no_cache_leaves_the_modules_alone(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
    code_cache.install()
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)
