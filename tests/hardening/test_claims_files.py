"""claims/ files: every way they can be broken gives a coded error naming file:line, never
a traceback; the store and the pipeline accept the same values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimcheck import pipeline, store, yamlio
from claimcheck.errors import ClaimsFileAccess, ClaimsValidationError, YamlAliasError, YamlSyntaxError

from .helpers import ARTICLE, cli, unprivileged


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "club.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("written", ["2023-04-15T10:00:00Z", "2023-04-15T23:30:00+09:00", "'2023-04-15T10:00:00Z'",
                                     "2023-04-15 10:00:00", "'2023-04-15T10:00'"])
def test_a_timestamp_is_read_as_that_day_by_store_and_pipeline(corpus: Path, claims: Path, written: str) -> None:
    (claims / "sources.yaml").write_text(f"club:\n  published: {written}\n", encoding="utf-8")
    assert store.read_sources(claims)["club"].published == "2023-04-15"
    sources, _ = pipeline.load_sources(corpus, claims)
    assert sources[0].published.value == "2023-04-15" and sources[0].published.basis == "metadata"
    entry = store.write_source(claims, "club", published=written.strip("'"))
    assert entry.published == "2023-04-15"


def test_a_date_that_is_no_day_is_refused_at_load_with_its_line(claims: Path) -> None:
    (claims / "sources.yaml").write_text("club:\n  outlet: X\n  published: 2023-04-15T25:00:00\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        store.read_sources(claims)
    assert "sources.yaml:3: 'published': not a date" in str(err.value)


def test_unknown_fields_are_named_without_pydantic_wording(claims: Path) -> None:
    (claims / "sources.yaml").write_text("club:\n  outle: X\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        store.read_sources(claims)
    assert str(err.value).endswith("sources.yaml:2: source 'club': unknown field 'outle' "
                                   "(expected outlet, url, published, basis)")
    (claims / "annotations.yaml").write_text("override:\n  c-1:\n    wehn: 2023\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        store.read_annotations(claims)
    assert "annotations.yaml:3: override 'c-1': unknown field 'wehn'" in str(err.value)
    assert "Extra inputs" not in str(err.value)


def test_messages_show_no_python_reprs(claims: Path) -> None:
    (claims / "sources.yaml").write_text("2023-01-01:\n  published: yesterday\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        store.read_sources(claims)
    assert "datetime" not in str(err.value) and "Value error" not in str(err.value)
    assert "source '2023-01-01'" in str(err.value)
    (claims / "annotations.yaml").write_text("claims:\n  - source: club\n    quote: x\n    predicate: sign\n"
                                             "    subject: club\n    when: 2023-02-29\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        store.read_annotations(claims)
    assert "datetime" not in str(err.value) and "Value error" not in str(err.value)


def test_a_broken_flow_sequence_is_reported_where_it_opened(claims: Path) -> None:
    (claims / "sources.yaml").write_text("club:\n  outlet: [unclosed\n", encoding="utf-8")
    with pytest.raises(YamlSyntaxError) as err:
        store.read_sources(claims)
    message = str(err.value)
    assert "sources.yaml:2: flow sequence opened here is not closed" in message and "line 3" in message


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n" for a, b in zip("abcdefgh", "bcdefghi"))


@pytest.mark.parametrize("name", ["sources.yaml", "aliases.yaml", "annotations.yaml", "reviews.yaml"])
def test_a_yaml_alias_bomb_is_refused_before_it_is_built(corpus: Path, claims: Path, name: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # counted, not timed: the bomb (9**9 values once expanded) is refused by its expansion
    # count, walking only the nodes as written, and never handed to the loader that would expand it
    (claims / name).write_text(f"{BOMB}club:\n  outlet: *i\n" if name == "sources.yaml" else BOMB, encoding="utf-8")
    walked: list[object] = []  # nodes of the bomb file the expansion check looked at
    real_children, real_check = yamlio._children, yamlio._check_expansion
    checking: list[Path] = []

    def check(root: object, path: Path, error: type) -> None:
        checking.append(path)
        try:
            real_check(root, path, error)
        finally:
            checking.pop()

    def counting(node: object) -> list[object]:
        if checking and checking[-1] == claims / name:
            walked.append(node)
        return real_children(node)

    real_load = YAML.load

    def guarded(self: YAML, stream: object) -> object:  # other YAML (the shipped resources) loads as usual
        if isinstance(stream, str) and BOMB in stream:
            raise AssertionError("an alias bomb reached the YAML loader")
        return real_load(self, stream)

    monkeypatch.setattr(yamlio, "_children", counting)
    monkeypatch.setattr(yamlio, "_check_expansion", check)
    monkeypatch.setattr(YAML, "load", guarded)
    with pytest.raises(YamlAliasError) as err:
        pipeline.run(corpus, claims)
    assert err.value.code == "E206" and f"{name}:" in str(err.value)
    assert f"more than {yamlio.MAX_ALIAS_EXPANSION}" in str(err.value)
    assert 0 < len(walked) < 500  # the nodes written (about a hundred), not the ones the aliases stand for


def test_small_aliases_are_still_allowed(claims: Path) -> None:
    (claims / "sources.yaml").write_text("base: &b\n  outlet: Wire\nclub:\n  outlet: *b\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError):  # read (an outlet must be text), not refused as a bomb
        store.read_sources(claims)


@pytest.mark.parametrize("name", ["sources.yaml", "aliases.yaml", "annotations.yaml", "reviews.yaml"])
def test_a_claims_file_that_is_a_directory_is_an_error(corpus: Path, claims: Path, name: str) -> None:
    (claims / name).mkdir()
    for args in (["report", str(corpus), "--claims", str(claims)],
                 ["annotate", "source", "club", "--published", "2023-01-02", "--corpus", str(corpus),
                  "--claims", str(claims)]):
        result = cli(args)
        if name in ("sources.yaml",) or args[0] == "report":
            assert result.returncode == 2, (args, result.stderr)
            assert f"Error: [E205] {claims / name}: is a folder, not a file" in result.stderr
        assert "Traceback" not in result.stderr


def test_an_unreadable_claims_file_is_an_error(corpus: Path, claims: Path) -> None:
    path = claims / "sources.yaml"
    path.write_text("club:\n  published: 2023-01-02\n", encoding="utf-8")
    path.chmod(0)
    result = unprivileged(["report", str(corpus), "--claims", str(claims)])
    path.chmod(0o644)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"Error: [E205] {path}: cannot read it (Permission denied)" in result.stderr


def test_an_unwritable_claims_folder_is_an_error(corpus: Path, claims: Path) -> None:
    claims.chmod(0o555)
    try:
        result = unprivileged(["annotate", "source", "club", "--published", "2023-01-02", "--corpus", str(corpus),
                               "--claims", str(claims)])
    finally:
        claims.chmod(0o755)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "Error: [E205]" in result.stderr and "cannot write" in result.stderr


def test_published_none_also_clears_the_basis(corpus: Path, claims: Path) -> None:
    (claims / "sources.yaml").write_text("club:\n  outlet: X\n  published: 2023-01-02\n  basis: dateline\n",
                                         encoding="utf-8")
    result = cli(["annotate", "source", "club", "--published", "none", "--corpus", str(corpus),
                  "--claims", str(claims)])
    assert result.returncode == 0, result.stderr
    assert (claims / "sources.yaml").read_text(encoding="utf-8") == "club:\n  outlet: X\n"
    json.loads(cli(["report", str(corpus), "--claims", str(claims), "--format", "json"]).stdout)


def test_an_unreadable_claims_folder_is_an_error(corpus: Path, claims: Path) -> None:
    (claims / "sources.yaml").write_text("club:\n  published: 2023-01-02\n", encoding="utf-8")
    claims.chmod(0)
    try:
        default = unprivileged(["report", "corpus"], cwd=claims.parent)  # ./claims
        given = unprivileged(["report", str(corpus), "--claims", str(claims)])
    finally:
        claims.chmod(0o755)
    assert default.returncode == 2 and "Traceback" not in default.stderr, default.stderr
    assert "Error: [E205] claims: cannot read the claims folder (Permission denied)" in default.stderr
    assert given.returncode == 2 and "Traceback" not in given.stderr and "not readable" in given.stderr
