"""The cache of validated resources: built once, rebuilt when the package changes, off on
request, and never in the way when it is damaged or cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import cache
from claimcheck.entities.schemas import Titles
from claimcheck.resources import load_resource


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    return tmp_path / "cache"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"built": self.calls}


def test_built_once_then_read(folder: Path) -> None:
    build = Builder()
    assert cache.cached("k", build) == {"built": 1}
    assert cache.cached("k", build) == {"built": 1}
    assert build.calls == 1
    assert len(list(folder.rglob("*.pickle"))) == 1


def test_a_changed_package_builds_again(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = Builder()
    cache.cached("k", build)
    monkeypatch.setattr(cache, "fingerprint", lambda: "another-version")
    assert cache.cached("k", build) == {"built": 2}


def test_the_fingerprint_follows_the_package_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE", package)
    first = cache.fingerprint.__wrapped__()
    (package / "a.yaml").write_text("x: 22\n", encoding="utf-8")
    assert cache.fingerprint.__wrapped__() != first
    (package / "notes.txt").write_text("not part of the fingerprint", encoding="utf-8")
    assert cache.fingerprint.__wrapped__() == cache.fingerprint.__wrapped__()


def test_another_source_file_is_another_entry(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "table.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    build = Builder()
    cache.cached("k", build, source)
    cache.cached("k", build, source)
    assert build.calls == 1
    source.write_text("a: 100\n", encoding="utf-8")  # edited: size and time change
    cache.cached("k", build, source)
    other = tmp_path / "other.yaml"
    other.write_text("a: 1\n", encoding="utf-8")
    cache.cached("k", build, other)
    assert build.calls == 3
    assert cache.cached("k", build, tmp_path / "missing.yaml") == {"built": 4}  # the builder reports it


def test_off_when_asked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
    build = Builder()
    cache.cached("k", build)
    cache.cached("k", build)
    assert build.calls == 2 and not folder.exists()


def test_a_damaged_entry_is_rebuilt(folder: Path) -> None:
    build = Builder()
    cache.cached("k", build)
    (entry,) = folder.rglob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cache.cached("k", build) == {"built": 2}
    assert cache.cached("k", build) == {"built": 2}


def test_an_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "cache"))
    build = Builder()
    assert cache.cached("k", build) == {"built": 1}
    assert cache.cached("k", build) == {"built": 2}


def test_a_cached_resource_equals_a_freshly_validated_one(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_resource("entities/titles.yaml", Titles)  # built and written
    again = load_resource("entities/titles.yaml", Titles)  # read back
    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
    fresh = load_resource("entities/titles.yaml", Titles)
    assert first == again == fresh
    assert list(folder.rglob("resource-entities_titles*"))


def test_a_claims_file_is_cached_by_its_content(folder: Path, tmp_path: Path) -> None:
    """An edit that keeps the size (and, done quickly, the modification time) is still seen;
    the entry of the older content is removed when the new one is written."""
    path = tmp_path / "reviews.yaml"
    path.write_text("f-1:\n  verdict: confirmed\n", encoding="utf-8")
    build = Builder()
    assert cache.cached_file("claims-reviews", build, path) == {"built": 1}
    assert cache.cached_file("claims-reviews", build, path) == {"built": 1}
    path.write_text("f-1:\n  verdict: dismissed\n", encoding="utf-8")  # same size
    assert cache.cached_file("claims-reviews", build, path) == {"built": 2}
    assert len(list(folder.rglob("claims-reviews-*.pickle"))) == 1
    path.write_text("f-1:\n  verdict: confirmed\n", encoding="utf-8")
    assert cache.cached_file("claims-reviews", build, path) == {"built": 3}


def test_a_claims_file_edited_while_read_is_not_kept(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("a:\n  published: '2024-05-01'\n", encoding="utf-8")

    def build() -> str:
        text = path.read_text(encoding="utf-8")
        path.write_text("a:\n  published: '2024-05-02'\n", encoding="utf-8")  # another writer, meanwhile
        return text

    cache.cached_file("claims-sources", build, path)
    assert not list(folder.rglob("claims-sources-*.pickle"))


def test_claims_files_read_back_from_the_cache_equal_fresh_ones(folder: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import store
    from claimcheck.entities import load_aliases

    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "sources.yaml").write_text("match-report:\n  outlet: \"Valley Gazette\"\n  published: 2024-09-14\n",
                                         encoding="utf-8")
    (claims / "aliases.yaml").write_text("Rosa Vidal:\n  kind: person\n  variants: ['R. Vidal']\n", encoding="utf-8")
    (claims / "reviews.yaml").write_text("count-1:\n  verdict: dismissed\n  note: 'two stands, one count'\n",
                                         encoding="utf-8")
    (claims / "annotations.yaml").write_text("suppress:\n  c-1: duplicate\n", encoding="utf-8")

    def read() -> tuple[object, ...]:
        aliases = load_aliases(claims)
        return (store.read_sources(claims), store.read_reviews(claims), store.read_annotations(claims),
                [(e.canonical, e.kind, e.variants) for e in aliases.entries], sorted(aliases.by_key))

    first, again = read(), read()
    assert len(list(folder.rglob("claims-*.pickle"))) == 4
    monkeypatch.setenv("CLAIMCHECK_CACHE", "0")
    assert first == again == read()
