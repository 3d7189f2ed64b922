"""The CLI's cache of compiled regular expressions: a pattern served from the file behaves as
one compiled by ``re``; a damaged file or a turned-off cache changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck import regex_cache

PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>March|April)(?:,? (?P<year>\d{4}))?", re.IGNORECASE),
    (r"\b(?:the|a) (?:final|semi-final) (?:of|in)\b", 0),
    (r"(?<![\w.])[A-Z]{2,5}(?![\w.])", 0),
]
TEXT = "The semi-final of the cup, on 12 april 2024, drew 41,000; the FA said the 3 March tie moves."


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A cache folder of its own, and re's compiler and the module's state put back after."""
    from re import _compiler

    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    monkeypatch.setattr(_compiler, "compile", _compiler.compile)
    monkeypatch.setattr(regex_cache, "_state", {})
    re.purge()
    yield tmp_path
    re.purge()


def _behaviour(p: re.Pattern[str]) -> tuple[object, ...]:
    return (p.pattern, p.flags, p.groups, dict(p.groupindex),
            [(m.span(), m.groupdict()) for m in p.finditer(TEXT)])


def test_patterns_from_the_file_behave_as_compiled(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not regex_cache._supported():
        pytest.skip("another Python: the cache stays off")
    from re import _compiler

    original = _compiler.compile
    expected = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    re.purge()
    regex_cache.install()
    first = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    monkeypatch.setattr(regex_cache, "_WORTH_SAVING", 1)
    regex_cache.save()
    assert list(fresh.glob("regex-*.pickle"))
    # a second run: the same patterns, now read from the file
    monkeypatch.setattr(regex_cache, "_state", {})
    monkeypatch.setattr(_compiler, "compile", original)
    re.purge()
    regex_cache.install()
    assert all(key in regex_cache._state["entries"] for key in [(p, int(f)) for p, f in PATTERNS])
    second = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert first == expected and second == expected
    assert regex_cache._state["new"] == 0  # nothing new to write


def test_a_damaged_file_is_ignored(fresh: Path) -> None:
    if not regex_cache._supported():
        pytest.skip("another Python: the cache stays off")
    path = regex_cache._path()
    assert path is not None
    path.write_bytes(b"not a pickle")
    regex_cache.install()
    assert [_behaviour(re.compile(p, f)) for p, f in PATTERNS][0][4]
    with pytest.raises(re.error):
        re.compile("(unclosed")  # a bad pattern raises as without the cache


def test_turned_off(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from re import _compiler

    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
    before = _compiler.compile
    regex_cache.install()
    assert _compiler.compile is before
    regex_cache.save()
    assert not list(fresh.glob("regex-*"))
