"""Loading: each input format, each bad-file case, ids, and a corpus with nothing readable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import corpus
from claimcheck.errors import CorpusNotFound, EmptyCorpus

ARTICLE = "Ministers met in Seoul on Sunday.\nThey agreed to hold talks in May.\n"


def test_txt_and_md_are_read_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\n" + ARTICLE, encoding="utf-8")
    sources, skipped = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["a", "b"]
    assert sources[0].text == ARTICLE and skipped == []


def test_folders_are_read_recursively_and_hidden_files_ignored(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("x: 1\n", encoding="utf-8")
    sources, _ = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["c"]


def test_jsonl_lines_become_sources_with_their_metadata(tmp_path: Path) -> None:
    lines = [
        {"id": "n1", "text": ARTICLE, "title": "T", "published": "2023-11-13", "outlet": "O", "url": "http://x"},
        {"id": "n2", "text": ARTICLE},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    sources, skipped = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["n1", "n2"]
    assert sources[0].meta_published == "2023-11-13" and sources[0].outlet == "O" and sources[0].title == "T"
    assert skipped == []


def test_a_bad_jsonl_line_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": ARTICLE}) + "\n{not json\n" + json.dumps({"text": "no id"}) + "\n",
        encoding="utf-8")
    sources, skipped = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["ok"]
    assert [(Path(s.path).name, s.code) for s in skipped] == [("feed.jsonl:2", "E114"), ("feed.jsonl:3", "E115")]


def test_html_goes_through_trafilatura_and_spans_index_the_extracted_text(tmp_path: Path) -> None:
    body = "<p>" + "The ministers met in Seoul on Sunday and agreed to activate the mechanism in December. " * 3 + "</p>"
    html = (f"<html><head><title>Talks</title><meta name='date' content='2023-11-13'></head>"
            f"<body><nav>Home News</nav><article><h1>Talks in Seoul</h1>{body}</article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    sources, skipped = corpus.load(tmp_path)
    assert skipped == [] and len(sources) == 1
    s = sources[0]
    assert "agreed to activate the mechanism" in s.text and "<p>" not in s.text
    assert s.meta_published == "2023-11-13"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("binary.txt", b"\x00\x01\x02PNG", "E110"),
        ("latin1.txt", "Caf\xe9 talks".encode("latin-1"), "E111"),
        ("empty.txt", b"   \n", "E112"),
    ],
)
def test_bad_files_are_skipped_with_a_reason_not_fatal(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    sources, skipped = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["good"]
    assert [(Path(s.path).name, s.code) for s in skipped] == [(name, code)]


def test_a_file_over_the_size_limit_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 10)
    (tmp_path / "big.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(EmptyCorpus) as err:
        corpus.load(tmp_path)
    assert "skipped 1 file(s)" in str(err.value)


def test_missing_corpus_and_empty_corpus_are_errors_with_codes(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFound) as missing:
        corpus.load(tmp_path / "nope")
    assert str(missing.value).startswith("[E101] corpus not found")
    with pytest.raises(EmptyCorpus) as empty:
        corpus.load(tmp_path)
    assert str(empty.value).startswith("[E102] no readable article")


def test_same_stem_in_two_folders_gets_path_ids(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    sources, _ = corpus.load(tmp_path)
    assert [s.id for s in sources] == ["x/a", "y/a"]


def test_a_bom_is_decoded_away_and_text_kept_otherwise(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + ARTICLE.encode())
    sources, _ = corpus.load(tmp_path)
    assert sources[0].text == ARTICLE
