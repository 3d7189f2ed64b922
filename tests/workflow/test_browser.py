"""The HTML report in headless Chromium: scripts run without console errors, the filters
work, the SVG timelines are there; a screenshot is saved under test-artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import load  # noqa: E402

from claimcheck.models import Report, Review
from claimcheck.report.html import render_html

pytestmark = pytest.mark.browser


def test_html_report_in_chromium(report: Report, tmp_path: Path) -> None:
    confirmed = report.findings[1].model_copy(update={"review": Review(verdict="confirmed", note="two cities")})
    report = report.model_copy(update={"findings": [report.findings[0], confirmed, report.findings[2]]})
    page = tmp_path / "report.html"
    page.write_text(render_html(report, {s.id: s.text for s in report.sources}), encoding="utf-8")
    run = load(page, "workflow-report.png", tmp_path)
    assert run.console == [], f"console output: {run.console}"
    assert 'data-ready="ok"' in run.dom  # the inline script ran to its end
    assert "showing 3 of 3 findings" in run.dom
    assert run.dom.count('<svg class="timeline"') == 2 and "<circle" in run.dom and "<rect" in run.dom
    assert run.screenshot.is_file() and run.screenshot.stat().st_size > 10_000
    assert run.screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_filters_hide_findings(report: Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(report, {s.id: s.text for s in report.sources}), encoding="utf-8")
    run = load(page, "workflow-report-filtered.png", tmp_path, fragment="severity=conflict&kind=place")
    assert run.console == []
    assert "showing 1 of 3 findings" in run.dom
    hidden = [line for line in run.dom.splitlines() if '<article class="finding' in line and "hidden" in line]
    assert len(hidden) == 2
    # the mechanism's section has no finding left to show, so it is hidden as well
    assert '<section class="subject hidden" id="subject-2">' in run.dom


def test_page_with_a_script_error_is_caught(tmp_path: Path) -> None:
    """The harness itself: a broken page must show up as console output."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>missingFunction();</script></body></html>")
    run = load(page, "workflow-broken.png", tmp_path)
    assert any("missingFunction" in line for line in run.console)


@pytest.mark.browser
def test_without_chromium_the_browser_tests_skip_and_say_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import browser

    browser.chromium.cache_clear()
    monkeypatch.setattr(browser, "_find", lambda: None)
    monkeypatch.setattr(browser, "INSTALL", tmp_path / "missing.sh")
    try:
        with pytest.raises(pytest.skip.Exception, match="could not install it"):
            browser.require_chromium()
    finally:
        browser.chromium.cache_clear()
