"""Discovery and decoding never raise and never drop input without saying so."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from claimcheck import corpus

from .helpers import ARTICLE, unprivileged


def _write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_nested_a_thousand_levels_deep_is_read() -> None:
    # its own temporary folder, flattened before removal: pytest's clean-up (shutil.rmtree)
    # recurses and would fail on it
    deep = Path(tempfile.mkdtemp(prefix="claimcheck-deep-"))
    fd = os.open(deep, os.O_RDONLY)
    try:  # relative mkdirs: the absolute path would pass PATH_MAX
        for _ in range(1100):
            os.mkdir("d", dir_fd=fd)
            nxt = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
        with os.fdopen(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as handle:
            handle.write(ARTICLE)
    finally:
        os.close(fd)
    _write(deep / "top.txt")
    try:
        sources, skipped = corpus.load(deep)
        assert [s.id for s in sources] == ["deep", "top"]
    finally:
        _flatten(deep)
        shutil.rmtree(deep)


def _flatten(top: Path) -> None:
    """Remove a deep chain of ``d`` folders one level at a time (shutil.rmtree recurses)."""
    while (top / "d").is_dir():
        inner = top / "d"
        if (inner / "d").is_dir():
            (inner / "d").rename(top / "next")
        for f in inner.iterdir():
            f.unlink()
        inner.rmdir()
        if (top / "next").is_dir():
            (top / "next").rename(top / "d")


def test_a_symlinked_folder_is_followed_once_and_a_loop_is_listed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    _write(outside / "linked.txt")
    root = tmp_path / "corpus"
    _write(root / "own.txt")
    (root / "more").symlink_to(outside, target_is_directory=True)
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # a loop
    sources, skipped = corpus.load(root)
    assert [s.id for s in sources] == ["linked", "own"]
    assert [(Path(k.path).relative_to(root).as_posix(), k.code) for k in skipped] == [("sub/back", "E119")]
    assert "already read" in skipped[0].reason


def test_an_unreadable_subfolder_is_listed_as_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    _write(root / "ok.txt")
    _write(root / "locked" / "hidden.txt")
    (tmp_path / "claims").mkdir()
    (root / "locked").chmod(0)
    try:
        result = unprivileged(["report", str(root), "--claims", str(tmp_path / "claims"), "--format", "json"])
    finally:
        (root / "locked").chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert f"skipped {root / 'locked'}: unreadable folder (Permission denied) [E117]" in result.stderr
    assert [s["code"] for s in json.loads(result.stdout)["skipped"]] == ["E117"]


def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path: Path) -> None:
    for name, encoding in (("u16le", "utf-16-le"), ("u16be", "utf-16-be"), ("u32le", "utf-32-le")):
        bom = "\ufeff".encode(encoding)
        (tmp_path / f"{name}.txt").write_bytes(bom + ARTICLE.encode(encoding))
    sources, skipped = corpus.load(tmp_path)
    assert skipped == [] and [s.text for s in sources] == [ARTICLE] * 3


def test_an_oversized_html_page_is_reported_as_too_large(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(corpus, "MAX_HTML_BYTES", 2000)
    page = f'<html><body><p data-x="{"a" * 5000}">{ARTICLE}</p></body></html>'
    _write(tmp_path / "big.html", page)
    _write(tmp_path / "ok.txt")
    sources, skipped = corpus.load(tmp_path)
    assert [(Path(k.path).name, k.code) for k in skipped] == [("big.html", "E116")]
    assert "too large" in skipped[0].reason and "HTML" in skipped[0].reason


def test_a_jsonl_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": ARTICLE})
    _write(tmp_path / "feed.jsonl", good + '\n{"id": "b", "text": "unterminated\n')
    sources, skipped = corpus.load(tmp_path)
    assert [Path(k.path).name for k in skipped] == ["feed.jsonl:2"]
    assert "column 21" in skipped[0].reason and "Unterminated string" in skipped[0].reason


def test_a_jsonl_published_that_is_not_a_date_is_listed_and_the_article_loads(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": ARTICLE, "published": "last week"},
             {"id": "b", "text": ARTICLE, "published": "2021-03-04T08:00:00Z"}]
    _write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    sources, skipped = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["a", "b"]
    assert sources[0].meta_published is None and sources[1].meta_published == "2021-03-04T08:00:00Z"
    assert [(Path(k.path).name, k.code) for k in skipped] == [("feed.jsonl:1", "E120")]
    assert "'published'" in skipped[0].reason and "last week" in skipped[0].reason


def test_old_mac_line_endings_give_the_same_findings(tmp_path: Path) -> None:
    """CR-only files used to merge lines, and a place read across a line gave a false conflict."""
    from claimcheck import pipeline

    from .helpers import ROOT

    lf, cr = tmp_path / "lf", tmp_path / "cr"
    lf.mkdir()
    cr.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        (lf / path.name).write_text(text, encoding="utf-8", newline="")
        (cr / path.name).write_text(text.replace("\n", "\r"), encoding="utf-8", newline="")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "sources.yaml").write_text((ROOT / "claims" / "sources.yaml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    by_lf = pipeline.run(lf, claims).findings
    by_cr = pipeline.run(cr, claims).findings
    assert [f.id for f in by_cr] == [f.id for f in by_lf] and not [f for f in by_cr if f.severity == "conflict"]
