"""The interactive review driven through a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from claimcheck import store

FAKE_CLI = Path(__file__).parent / "fake_cli.py"
# a real terminal gets colour: the prompt's choices come wrapped in ANSI codes
VERDICT = r"Verdict (?:\x1b\[[0-9;]*m)?\[c/d/f/s/q\]"


def _spawn(args: list[str], cwd: Path) -> pexpect.spawn:
    env = dict(os.environ, CLAIMCHECK_REVIEWER="pty-tester", COLUMNS="120", LINES="50", TERM="xterm")
    return pexpect.spawn(sys.executable, [str(FAKE_CLI), *args], cwd=str(cwd), env=env, encoding="utf-8",
                         timeout=60, dimensions=(50, 120))


def test_interactive_review_in_a_terminal(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    child = _spawn(["review", "--claims", str(claims)], tmp_path)
    child.expect(r"3 open finding\(s\)")
    child.expect("The meeting is dated November 12 and November 13")
    child.expect(VERDICT)
    child.sendline("x")  # not a choice: asked again
    child.expect("Please select one of the available options")
    child.sendline("c")
    child.expect("Note")
    child.sendline("ministry readout says the 12th")
    child.expect("Recorded confirmed for date-0123456789")
    child.expect("The meeting is placed in Seoul and in Busan")
    child.expect(VERDICT)
    child.sendline("s")
    child.expect("The launch window narrows")
    child.expect(VERDICT)
    child.sendline("f")
    child.expect("Note")
    child.sendline("")
    child.expect(r"Reviewed 2, skipped 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = store.read_reviews(claims)
    assert saved["date-0123456789"].note == "ministry readout says the 12th"
    assert saved["date-0123456789"].reviewer == "pty-tester"
    assert saved["date-fedcba9876"].verdict == "needs-follow-up"
    assert "place-abcdef0123" not in saved


def test_quit_keeps_verdicts_already_given(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    child = _spawn(["review", "--claims", str(claims)], tmp_path)
    child.expect(VERDICT)
    child.sendline("d")
    child.expect("Note")
    child.sendline("same day in local time")
    child.expect(VERDICT)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert list(store.read_reviews(claims)) == ["date-0123456789"]


def test_ctrl_c_mid_review_keeps_earlier_verdicts(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    child = _spawn(["review", "--claims", str(claims)], tmp_path)
    child.expect(VERDICT)
    child.sendline("c")
    child.expect("Note")
    child.sendline("first")
    child.expect("Recorded confirmed")
    child.expect(VERDICT)
    child.sendintr()
    # CPython's input() can miss a SIGINT that lands after it released the GIL and before it
    # blocks in read (the flag is set, nothing wakes the read; seen under heavy load): a
    # person presses ^C again, and so does the test
    if child.expect(["Interrupted; verdicts given so far are in", pexpect.TIMEOUT], timeout=10) == 1:
        child.sendintr()
        child.expect("Interrupted; verdicts given so far are in")
    child.expect(pexpect.EOF)
    assert "Traceback" not in (child.before or "")
    child.close()
    assert child.exitstatus == 130
    assert store.read_reviews(claims)["date-0123456789"].note == "first"
    if (claims / "reviews.yaml").exists():
        assert not [p for p in claims.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("verdict", ["confirmed"])
def test_non_interactive_review_in_a_terminal(tmp_path: Path, verdict: str) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    child = _spawn(["review", "place-abcdef0123", "--verdict", verdict, "--claims", str(claims)], tmp_path)
    child.expect(f"Recorded {verdict} for place-abcdef0123")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
