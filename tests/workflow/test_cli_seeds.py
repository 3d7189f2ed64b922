"""The whole loop on a copy of the seed corpus and claims/, with the real pipeline:
report, review, annotate (remove 004's date, see what rests on it, put it back), export."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from claimcheck import store
from claimcheck.cli import app

REPO = Path(__file__).resolve().parents[2]
SEED_004 = "004_18a708085e7455ae"
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
runner = CliRunner()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    # only the seeds' metadata: reviews, aliases or annotations a person left in the
    # checkout's claims/ (the README's walkthrough writes some) must not change the start
    (tmp_path / "claims").mkdir()
    shutil.copyfile(REPO / "claims" / "sources.yaml", tmp_path / "claims" / "sources.yaml")
    path = tmp_path / "claims" / "sources.yaml"  # the repo's copy may be read-only
    path.chmod(path.stat().st_mode | stat.S_IWUSR)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "seed-tester")
    return tmp_path


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def report_json() -> dict:
    result = run("report", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_review_a_finding_and_see_it_in_every_later_report(work: Path) -> None:
    data = report_json()
    assert data["findings"], "the seeds produce findings"
    first = data["findings"][0]["id"]
    result = run("review", first, "--verdict", "confirmed", "--note", "checked against the ministry release")
    assert result.exit_code == 0 and f"Recorded confirmed for {first}" in result.output
    data = report_json()
    review = next(f["review"] for f in data["findings"] if f["id"] == first)
    assert review["verdict"] == "confirmed" and review["reviewer"] == "seed-tester"
    md = run("report", "--format", "markdown")
    assert md.exit_code == 0 and "review: **confirmed** — checked against the ministry release" in md.stdout
    exported = run("export", "--format", "claimreview")
    assert exported.exit_code == 0
    (node,) = json.loads(exported.stdout)["@graph"]
    assert node["identifier"] == first and node["author"]["name"] == "seed-tester"
    assert all(a["text"] for a in node["itemReviewed"]["appearance"])


def test_unknown_finding_and_orphaned_verdicts(work: Path) -> None:
    result = run("review", "date-0000000000", "--verdict", "dismissed")
    assert result.exit_code == 2 and "Error: [E501] no finding 'date-0000000000'" in result.output
    (work / "claims" / "reviews.yaml").write_text("# from an older run\ndate-0000000000:\n  verdict: dismissed\n"
                                                  "  note: the extractor changed since\n")
    data = report_json()
    assert data["orphaned_reviews"] == [{"finding": "date-0000000000", "review": {
        "verdict": "dismissed", "note": "the extractor changed since", "reviewer": None, "at": None}}]
    md = run("report", "--format", "markdown").stdout
    assert "## Orphaned verdicts" in md and "date-0000000000" in md
    # recording a new verdict keeps the orphan and its comment
    finding = data["findings"][0]["id"]
    assert run("review", finding, "--verdict", "needs-follow-up").exit_code == 0
    text = (work / "claims" / "reviews.yaml").read_text()
    assert text.startswith("# from an older run\ndate-0000000000:") and finding in text


def test_remove_004_date_see_what_rests_on_it_and_put_it_back(work: Path) -> None:
    original = (work / "claims" / "sources.yaml").read_text()
    before = report_json()
    result = run("annotate", "source", SEED_004, "--published", "none")
    assert result.exit_code == 0 and f"{SEED_004}: published unknown" in result.output
    after = report_json()
    published = next(s["published"] for s in after["sources"] if s["id"] == SEED_004)
    assert published["basis"] != "metadata" and published["value"] != "2024-06-03"
    resting = [f for f in after["findings"] if f["rests_on_inferred_date"]]
    if published["basis"] == "inferred":
        assert resting, "findings resting on 004's inferred date say so"
    assert {f["id"] for f in after["findings"]} != {f["id"] for f in before["findings"]}
    result = run("annotate", "source", SEED_004, "--published", "2024-06-03")
    assert result.exit_code == 0 and f"{SEED_004}: published 2024-06-03" in result.output
    # byte for byte, comments and all, but for 004's basis: it explained the date removed
    # (issue 15: a stale basis must not outlive its date), so it went with it
    lines = original.splitlines(keepends=True)
    at = lines.index(f"{SEED_004}:\n")
    entry = range(at + 1, next((i for i in range(at + 1, len(lines)) if not lines[i].startswith(" ")), len(lines)))
    kept = [line for i, line in enumerate(lines) if not (i in entry and line.startswith("  basis:"))]
    assert (work / "claims" / "sources.yaml").read_text() == "".join(kept)
    assert report_json()["findings"] == before["findings"]


def test_annotate_source_errors(work: Path) -> None:
    result = run("annotate", "source", "999_nope", "--published", "2024-01-01")
    assert result.exit_code == 2 and "Error: [E103] no source '999_nope'" in result.output
    result = run("annotate", "source", SEED_004, "--published", "June 2024")
    assert result.exit_code == 2 and "Error: [E202]" in result.output and "not an ISO day" in result.output


def test_manual_claim_enters_the_report(work: Path) -> None:
    source = "002_be3015e7b4282bff"
    quote = "officially activate the mechanism in December"
    assert quote in (work / "seeds" / f"{source}.txt").read_text(encoding="utf-8")
    result = run("annotate", "claim", "--source", source, "--quote", quote, "--predicate", "activate",
                 "--subject", "thing:missile-warning-mechanism", "--when", "in December", "--modality", "planned",
                 "--who", "Lloyd Austin", "--where", "Seoul")  # neither named in the quote
    assert result.exit_code == 0, result.output
    claim_id = result.output.split("added manual claim ")[1].split()[0]
    data = report_json()
    claim = next(c for c in data["claims"] if c["id"] == claim_id)
    assert claim["origin"] == "manual" and claim["when"]["value"] == "2023-12"
    # names are resolved by the run's entity index, like the extractor's mentions
    austin = next(c["who"][0]["entity"] for c in data["claims"] if c["who"] and "Austin" in c["who"][0]["text"]
                  and c["origin"] == "extracted")
    assert claim["who"][0]["entity"] == austin
    assert claim["where"]["entity"].split(":")[0] in ("place", "country")
    text = (work / "seeds" / f"{source}.txt").read_text(encoding="utf-8")
    assert text[claim["span"][0]:claim["span"][1]] == quote
    assert any(claim_id in s["claims"] for s in data["subjects"])  # grouped like an extracted claim
    bad = run("annotate", "claim", "--source", source, "--quote", "activate it in March")
    assert bad.exit_code == 2 and "Error: [E203]" in bad.output


def test_suppress_and_override_a_claim(work: Path) -> None:
    data = report_json()
    dated = [c for c in data["claims"] if c["when"] and c["origin"] == "extracted"]
    victim, corrected = dated[0], dated[1]
    result = run("annotate", "suppress", victim["id"], "--note", "misread")
    assert result.exit_code == 0 and f"suppressed {victim['id']}" in result.output
    result = run("annotate", "override", corrected["id"], "--when", "2023-12", "--modality", "planned")
    assert result.exit_code == 0, result.output
    data = report_json()
    ids = {c["id"]: c for c in data["claims"]}
    assert victim["id"] not in ids
    assert ids[corrected["id"]]["when"]["value"] == "2023-12" and ids[corrected["id"]]["modality"] == "planned"
    result = run("annotate", "suppress", "c-000000000000")
    assert result.exit_code == 2 and "Error: [E502]" in result.output
    result = run("annotate", "override", "c-000000000000", "--when", "2023-12")
    assert result.exit_code == 2 and "Error: [E502]" in result.output


def test_invalid_annotations_file_is_reported_with_its_line(work: Path) -> None:
    (work / "claims" / "annotations.yaml").write_text(
        "# hand-written\nclaims:\n  - source: 000_cffbf3d668cb60fe\n    quote: On the 15th\n    predicate: say\n"
        "    subject: org:ministry\n    when: 2023-04-31\n")
    result = run("report")
    assert result.exit_code == 2
    assert "claims/annotations.yaml:7: 'when': not a date or an interval" in result.output
    result = run("annotate", "suppress", "c-x")
    assert result.exit_code == 2 and "annotations.yaml:7" in result.output


def test_export_webannotation_on_seeds(work: Path) -> None:
    result = run("export", "seeds", "--format", "webannotation", "--out", "claims.jsonld")
    assert result.exit_code == 0
    doc = json.loads((work / "claims.jsonld").read_text(encoding="utf-8"))
    data = report_json()
    assert doc["total"] == len(data["claims"]) > 0
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (work / "seeds").glob("*.txt")}
    urls = {s["url"]: s["id"] for s in data["sources"] if s["url"]}
    for item in doc["first"]["items"]:
        source = item["target"]["source"]
        sid = urls.get(source) or source.rsplit(":", 1)[-1]
        quote, position = item["target"]["selector"]
        assert texts[sid][position["start"]:position["end"]] == quote["exact"]


def test_interactive_review_of_the_seeds_in_a_terminal(work: Path) -> None:
    assert CLAIMCHECK.exists()
    env = dict(os.environ, CLAIMCHECK_REVIEWER="pty-seeds", COLUMNS="120", LINES="50")
    child = pexpect.spawn(str(CLAIMCHECK), ["review"], cwd=str(work), env=env, encoding="utf-8", timeout=120,
                          dimensions=(50, 120))
    child.logfile_read = sys.stderr  # shown by pytest when the test fails
    child.expect(r"(\d+) open finding\(s\)")
    opened = int(child.match.group(1))
    child.expect(r"Verdict (?:\x1b\[[0-9;]*m)?\[c/d/f/s/q\]")
    child.sendline("d")
    child.expect("Note")
    child.sendline("same event, different wording")
    child.expect("Recorded dismissed for ")
    if opened > 1:
        child.expect(r"Verdict (?:\x1b\[[0-9;]*m)?\[c/d/f/s/q\]")
        child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    reviews = store.read_reviews(work / "claims")
    assert len(reviews) == 1
    (review,) = reviews.values()
    assert (review.verdict, review.note, review.reviewer) == ("dismissed", "same event, different wording", "pty-seeds")
    # the next walk has one fewer open finding
    child = pexpect.spawn(str(CLAIMCHECK), ["review"], cwd=str(work), env=env, encoding="utf-8", timeout=120)
    if opened > 1:
        child.expect(rf"{opened - 1} open finding\(s\)")
        child.sendline("q")
    else:
        child.expect("No open findings")
    child.expect(pexpect.EOF)


@pytest.mark.browser
def test_html_report_of_the_seeds_in_chromium(work: Path, tmp_path: Path) -> None:
    from browser import load

    result = run("report", "--format", "html", "--out", "report.html")
    assert result.exit_code in (0, 1), result.output
    page = work / "report.html"
    html = page.read_text(encoding="utf-8")
    assert "<svg class=\"timeline\"" in html
    run_ = load(page, "seeds-report.png", tmp_path)
    assert run_.console == [], f"console output: {run_.console}"
    assert 'data-ready="ok"' in run_.dom and "<svg" in run_.dom
    assert run_.screenshot.is_file() and run_.screenshot.stat().st_size > 10_000


def test_fail_on_counts_only_findings_not_dismissed(work: Path) -> None:
    data = report_json()
    rank = {"variant": 1, "tension": 2, "conflict": 3}
    worst = max(data["findings"], key=lambda f: rank[f["severity"]])["severity"]
    assert run("report", "--fail-on", worst).exit_code == 1
    assert run("report", "--fail-on", "never").exit_code == 0
    for f in data["findings"]:
        if f["severity"] == worst:
            result = run("review", f["id"], "--verdict", "dismissed", "--note", "read in context")
            assert result.exit_code == 0, result.output
    result = run("report", "--fail-on", worst)
    above = [f for f in data["findings"] if rank[f["severity"]] > rank[worst]]
    assert result.exit_code == (1 if above else 0)
