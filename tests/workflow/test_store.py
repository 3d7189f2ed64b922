"""claims/ files: validation with file:line, round trips that keep comments and order,
atomic locked writes (concurrent writers, a writer killed mid-write)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.errors import ClaimsValidationError, LockTimeout, YamlSyntaxError
from claimcheck.models import Review

ANNOTATIONS = """\
# People's corrections. Keep this comment.
claims:
  - source: alpha          # the wire story
    quote: "met in Seoul"
    predicate: meet
    subject: event:trilateral-meeting
    when: in December
suppress:
  c-1: the extractor read a headline
override:
  c-2:
    where: place:busan
"""


def test_annotations_read_and_validated(claims_dir: Path) -> None:
    (claims_dir / "annotations.yaml").write_text(ANNOTATIONS)
    ann = store.read_annotations(claims_dir)
    assert [c.quote for c in ann.claims] == ["met in Seoul"]
    assert ann.claims[0].line == 3 and store.line_for(ann.claims[0], "when") == 7
    assert ann.suppress == {"c-1": "the extractor read a headline"}
    assert ann.override["c-2"].fields() == {"where": "place:busan"}


@pytest.mark.parametrize("bad, message", [
    ("    when: in December\n", None),
    ("    when: 2023-02-30\n", ":7: 'when': not a date or an interval"),
    ("    when: 2023-13\n", ":7: 'when': not a date or an interval"),
    ("    when: '2023-11-20/2023-11-01'\n", ":7: 'when': not a date or an interval"),
    ("    modality: rumoured\n", ":7: 'modality'"),
    ("    colour: red\n", ":7: unknown field 'colour'"),
])
def test_annotation_errors_name_file_and_line(claims_dir: Path, bad: str, message: str | None) -> None:
    text = ANNOTATIONS.replace("    when: in December\n", bad)
    (claims_dir / "annotations.yaml").write_text(text)
    if message is None:
        store.read_annotations(claims_dir)
        return
    with pytest.raises(ClaimsValidationError) as err:
        store.read_annotations(claims_dir)
    assert str(claims_dir / "annotations.yaml") + message in err.value.message


def test_unquoted_impossible_date_is_a_located_error(claims_dir: Path) -> None:
    (claims_dir / "annotations.yaml").write_text(ANNOTATIONS.replace("in December", "2023-13-01"))
    with pytest.raises(ClaimsValidationError, match=r"annotations.yaml:7: 'when': not a date or an interval \('2023-13-01'"):
        store.read_annotations(claims_dir)


def test_missing_required_field_and_bad_sections(claims_dir: Path) -> None:
    (claims_dir / "annotations.yaml").write_text("claims:\n  - source: a\n    quote: q\n    subject: s\n")
    with pytest.raises(ClaimsValidationError, match=r"annotations.yaml:2: 'predicate': Field required"):
        store.read_annotations(claims_dir)
    (claims_dir / "annotations.yaml").write_text("claims: []\nsupress: {}\n")
    with pytest.raises(ClaimsValidationError, match=r"annotations.yaml:2: unknown section 'supress'"):
        store.read_annotations(claims_dir)


def test_yaml_syntax_error_is_located(claims_dir: Path) -> None:
    (claims_dir / "reviews.yaml").write_text("a:\n  verdict: confirmed\n  note: [unclosed\n")
    with pytest.raises(YamlSyntaxError, match=r"reviews.yaml:\d+:"):
        store.read_reviews(claims_dir)


def test_reviews_round_trip_keeps_comments_and_order(claims_dir: Path) -> None:
    path = claims_dir / "reviews.yaml"
    path.write_text("# verdicts, newest last\nzeta-1:\n  verdict: dismissed  # not a real conflict\n"
                    "  note: same day in two time zones\nalpha-1:\n  verdict: confirmed\n")
    store.write_review(claims_dir, "beta-1", Review(verdict="needs-follow-up", note="ask the desk", reviewer="ana"))
    store.write_review(claims_dir, "zeta-1", Review(verdict="confirmed", note="checked", reviewer="bo"))
    text = path.read_text()
    assert text.startswith("# verdicts, newest last\nzeta-1:\n")
    assert "# not a real conflict" in text
    assert text.index("zeta-1") < text.index("alpha-1") < text.index("beta-1")
    reviews = store.read_reviews(claims_dir)
    assert reviews["zeta-1"].verdict == "confirmed" and reviews["zeta-1"].reviewer == "bo"
    assert reviews["beta-1"].at and reviews["beta-1"].at.endswith("Z")
    assert reviews["alpha-1"] == Review(verdict="confirmed")


def test_bad_verdict_is_located_and_file_not_rewritten(claims_dir: Path) -> None:
    path = claims_dir / "reviews.yaml"
    original = "a-1:\n  verdict: confirmed\nb-1:\n  verdict: maybe\n"
    path.write_text(original)
    with pytest.raises(ClaimsValidationError, match=r"reviews.yaml:4: review 'b-1': 'verdict'"):
        store.read_reviews(claims_dir)
    with pytest.raises(ClaimsValidationError):
        store.write_review(claims_dir, "c-1", Review(verdict="dismissed"))
    assert path.read_text() == original


def test_sources_edit_keeps_comments_and_can_remove_a_date(claims_dir: Path) -> None:
    path = claims_dir / "sources.yaml"
    path.write_text("# dates checked by hand\nalpha:\n  outlet: Alpha Wire  # the agency\n  published: 2023-11-13\n"
                    "beta:\n  published: 2023-11\n")
    store.write_source(claims_dir, "beta", published="2023-11-14", basis="dateline")
    store.write_source(claims_dir, "alpha", published=None)
    text = path.read_text()
    assert "# dates checked by hand" in text and "# the agency" in text
    entries = store.read_sources(claims_dir)
    assert entries["alpha"].published is None and entries["alpha"].outlet == "Alpha Wire"
    assert entries["beta"].published == "2023-11-14" and entries["beta"].basis == "dateline"
    with pytest.raises(ClaimsValidationError, match="not an ISO day"):
        store.write_source(claims_dir, "beta", published="14 Nov 2023")
    assert store.read_sources(claims_dir)["beta"].published == "2023-11-14"


def test_alias_writes_list_then_mapping(claims_dir: Path) -> None:
    (claims_dir / "aliases.yaml").write_text("# people\nLloyd Austin:\n  - Lloyd J. Austin III\n")
    store.write_alias(claims_dir, "Lloyd Austin", ["Lloyd J. Austin", "Lloyd J. Austin III"])
    store.write_alias(claims_dir, "Shin Won-sik", ["Shin Won Sik"], kind="person", valid_from="2023-10-07",
                      office="office:kr-defense-minister")
    text = (claims_dir / "aliases.yaml").read_text()
    assert text.startswith("# people\nLloyd Austin:\n  - Lloyd J. Austin III\n  - Lloyd J. Austin\n")
    assert ("Shin Won-sik:\n  variants:\n    - Shin Won Sik\n  kind: person\n  office: office:kr-defense-minister\n"
            "  from: 2023-10-07\n") in text
    store.write_alias(claims_dir, "Lloyd Austin", ["Austin"], kind="person")
    data = (claims_dir / "aliases.yaml").read_text()
    assert "Lloyd Austin:\n  variants:\n    - Lloyd J. Austin III\n    - Lloyd J. Austin\n    - Austin\n  kind: person" in data
    # a second office becomes a further term
    store.write_alias(claims_dir, "Shin Won-sik", ["Shin Wonsik"], office="office:kr-security-adviser",
                      valid_from="2024-09-06")
    data = (claims_dir / "aliases.yaml").read_text()
    assert "  terms:\n    - office: office:kr-security-adviser\n      from: 2024-09-06\n" in data


def test_alias_errors(claims_dir: Path) -> None:
    with pytest.raises(ClaimsValidationError, match="'to'"):
        store.write_alias(claims_dir, "X", ["Y"], valid_to="soon", office="office:x")
    with pytest.raises(ClaimsValidationError, match="'from': '2023-10' is not an ISO day"):
        store.write_alias(claims_dir, "X", ["Y"], valid_from="2023-10", office="office:x")
    with pytest.raises(ClaimsValidationError, match="needs the office"):
        store.write_alias(claims_dir, "X", ["Y"], valid_from="2023-10-01")
    with pytest.raises(ClaimsValidationError, match="'to' 2023-01-01 is before 'from' 2023-10-01"):
        store.write_alias(claims_dir, "X", ["Y"], valid_from="2023-10-01", valid_to="2023-01-01", office="office:x")
    assert not (claims_dir / "aliases.yaml").exists()
    (claims_dir / "aliases.yaml").write_text("Minister:\n  office: office:x\n  terms: []\n  from: 2023-10\n")
    with pytest.raises(ClaimsValidationError, match=r"aliases.yaml:4: alias 'Minister': 'from'"):
        store.write_alias(claims_dir, "Y", ["Z"])


def test_aliases_written_are_read_by_the_entity_module(claims_dir: Path) -> None:
    from claimcheck.entities import load_aliases

    store.write_alias(claims_dir, "Lloyd Austin", ["Lloyd J. Austin III"], kind="person",
                      office="office:us-defense-secretary", valid_from="2021-01-22", valid_to="2025-01-20")
    store.write_alias(claims_dir, "Defense Trilateral Talks", ["DTT"], kind="series")
    table = load_aliases(claims_dir)
    assert {e.canonical for e in table.entries} == {"Lloyd Austin", "Defense Trilateral Talks"}


def test_manual_claim_suppress_override_written(claims_dir: Path) -> None:
    (claims_dir / "annotations.yaml").write_text(ANNOTATIONS)
    store.add_manual_claim(claims_dir, {"source": "beta", "quote": "in December", "predicate": "launch",
                                        "subject": "thing:mechanism", "value": "3rd", "who": ["person:a"]})
    store.write_suppress(claims_dir, "c-9", "duplicate")
    store.write_override(claims_dir, "c-2", {"when": "2023-12"})
    text = (claims_dir / "annotations.yaml").read_text()
    assert text.startswith("# People's corrections. Keep this comment.\n") and "# the wire story" in text
    ann = store.read_annotations(claims_dir)
    assert [c.source for c in ann.claims] == ["alpha", "beta"]
    assert ann.claims[1].who == ["person:a"] and ann.claims[1].value == "3rd"
    assert ann.suppress["c-9"] == "duplicate"
    assert ann.override["c-2"].fields() == {"where": "place:busan", "when": "2023-12"}
    with pytest.raises(ClaimsValidationError, match="'when': not a date or an interval"):
        store.write_override(claims_dir, "c-2", {"when": "2023-99"})
    assert store.read_annotations(claims_dir).override["c-2"].fields()["when"] == "2023-12"


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reviews.yaml"
    path.write_text("old: {verdict: confirmed}\n")
    os.chmod(path, 0o640)

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.atomic_write(path, "new")
    assert path.read_text() == "old: {verdict: confirmed}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["reviews.yaml"]  # no temp file left behind
    monkeypatch.undo()
    store.atomic_write(path, "new\n")
    assert path.read_text() == "new\n" and (path.stat().st_mode & 0o777) == 0o640


def test_lock_timeout_is_an_error(claims_dir: Path) -> None:
    from filelock import FileLock

    with FileLock(f"{claims_dir / 'reviews.yaml'}.lock"):
        with pytest.raises(LockTimeout, match="reviews.yaml.lock"):
            with store.edit_yaml(claims_dir / "reviews.yaml", timeout=0.2):
                pass


def _writer(claims_dir: str, worker: int, count: int) -> None:
    for n in range(count):
        store.write_review(Path(claims_dir), f"finding-{worker}-{n}",
                           Review(verdict="confirmed", note=f"worker {worker} item {n}", reviewer=f"w{worker}"))


def test_concurrent_writers_lose_nothing(claims_dir: Path) -> None:
    (claims_dir / "reviews.yaml").write_text("# shared by the desk\nkept-1:\n  verdict: dismissed\n")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(str(claims_dir), w, 6)) for w in range(6)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(120)
        assert p.exitcode == 0
    reviews = store.read_reviews(claims_dir)
    assert len(reviews) == 1 + 6 * 6
    assert all(reviews[f"finding-{w}-{n}"].note == f"worker {w} item {n}" for w in range(6) for n in range(6))
    assert (claims_dir / "reviews.yaml").read_text().startswith("# shared by the desk\n")


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from claimcheck import store
    from claimcheck.models import Review

    def die(*args):  # killed between the temp file's fsync and the rename
        os.kill(os.getpid(), signal.SIGKILL)

    os.replace = die
    store.write_review(Path(sys.argv[1]), "new-1", Review(verdict="confirmed", note="never lands"))
""")


def test_writer_killed_mid_write_leaves_previous_file(claims_dir: Path) -> None:
    path = claims_dir / "reviews.yaml"
    original = "# before\nold-1:\n  verdict: dismissed\n  note: keep me\n"
    path.write_text(original)
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(claims_dir)], capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    temps = [p for p in claims_dir.iterdir() if p.name.endswith(".tmp")]
    assert temps, "the child died after writing its temp file"
    assert "never lands" in temps[0].read_text()  # the new content was fully written, not renamed
    assert path.read_text() == original
    # the lock died with the process: the next writer proceeds
    store.write_review(claims_dir, "new-2", Review(verdict="confirmed"))
    assert set(store.read_reviews(claims_dir)) == {"old-1", "new-2"}
    assert not [p for p in claims_dir.iterdir() if p.name.endswith(".tmp")]  # the dead writer's temp is cleared


def test_parse_when_value() -> None:
    from datetime import date

    assert store.parse_when_value("2023-12") == ("2023-12", date(2023, 12, 1), date(2023, 12, 31), "month")
    assert store.parse_when_value("2024-02-29")[1] == date(2024, 2, 29)
    assert store.parse_when_value("2023-02-29") is None
    assert store.parse_when_value("2024-SU")[1:3] == (date(2024, 6, 1), date(2024, 8, 31))
    assert store.parse_when_value("2023-WI")[2] == date(2024, 2, 29)
    assert store.parse_when_value("2023-06-05/2023-12-31")[3] == "interval"
    assert store.parse_when_value("2023-12-31/2023-06-05") is None
    assert store.parse_when_value("December") is None


@pytest.mark.parametrize("typed", ["line\x85break", "sep\u2028arator", "\ufeffbom", "tab\there", "bell\x07",
                                   "two\nlines", "  padded  ", "# not a comment", "key: value", "'quoted'", "null"])
def test_typed_text_reads_back_exactly(claims_dir: Path, typed: str) -> None:
    store.write_review(claims_dir, "f-1", Review(verdict="confirmed", note=typed, reviewer=typed))
    store.write_suppress(claims_dir, "c-1", typed)
    saved = store.read_reviews(claims_dir)["f-1"]
    assert (saved.note, saved.reviewer) == (typed, typed)
    assert store.read_annotations(claims_dir).suppress["c-1"] == typed
