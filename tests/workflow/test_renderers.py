"""Markdown and HTML reports, and the SVG timeline, on hand-made reports."""

from __future__ import annotations

import re
from datetime import date

from claimcheck.models import OrphanedReview, Report, Review
from claimcheck.report.html import quote_in_context, render_html
from claimcheck.report.markdown import render_markdown
from claimcheck.report.timeline import marks_for, timeline_svg


def _texts(report: Report) -> dict[str, str]:
    return {s.id: s.text for s in report.sources}


def test_markdown_groups_findings_by_subject_with_quotes(report: Report) -> None:
    reviewed = report.findings[0].model_copy(update={"review": Review(verdict="confirmed", note="a | b")})
    md = render_markdown(report.model_copy(update={
        "findings": [reviewed, *report.findings[1:]],
        "orphaned_reviews": [OrphanedReview(finding="date-old", review=Review(verdict="dismissed", note="gone"))]}))
    assert md.startswith("# claimcheck report\n")
    assert "findings: 2 conflict, 1 variant." in md
    meeting, mechanism = md.index("### Trilateral meeting"), md.index("### Warning mechanism")
    assert meeting < md.index("The meeting is dated") < mechanism < md.index("The launch window narrows")
    assert "| alpha | 2023-11-13 | “The three defense ministers met in Seoul on Sunday, November 12, 2023” |" in md
    assert "| beta | 2023-11 (inferred) |" in md
    assert "review: **confirmed** — a | b" in md
    assert "## Orphaned verdicts" in md and "| `date-old` | dismissed | gone |" in md
    assert "> Rests on an inferred publication date" in md
    assert "### Warning mechanism &lt;launch>" in md  # text is shown, not parsed as HTML
    # every table row has the same number of unescaped cell separators
    for line in md.splitlines():
        if line.startswith("| alpha") or line.startswith("| beta"):
            assert len(re.findall(r"(?<!\\)\|", line)) in (5, 6)


def test_html_is_self_contained_and_filterable(report: Report) -> None:
    html = render_html(report, _texts(report))
    assert html.startswith("<!DOCTYPE html>")
    # nothing fetched from anywhere: no external scripts, styles, images or fonts
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert "@import" not in html and "url(" not in html
    for name in ("severity", "kind", "verdict"):
        assert f'data-filter="{name}"' in html
    assert html.count('<article class="finding') == 3
    assert 'data-severity="conflict" data-kind="place" data-verdict="open"' in html
    assert html.count('<svg class="timeline"') == 2
    # quotes highlighted in their paragraph, and the source text escaped
    assert ("<mark>The ministers met in <b>Busan</b> on <b>November 13, 2023</b></mark>, according to officials."
            in html)  # the words that carry the place and the date in bold
    assert "It is the &lt;first&gt; such step &amp; more." in html
    assert "Warning mechanism &lt;launch&gt;" in html
    assert "inferred" in html and "2023-11-13" in html  # sources with dates and basis
    assert '<a class="sid" href="https://example.org/alpha" rel="noopener noreferrer">' in html


def test_html_lists_orphaned_verdicts_and_quiet_subjects(report: Report) -> None:
    extra = report.model_copy(update={
        "findings": report.findings[:2],
        "orphaned_reviews": [OrphanedReview(finding="date-old", review=Review(verdict="dismissed", note="n"))]})
    html = render_html(extra, _texts(report))
    assert "Orphaned verdicts" in html and '<tr class="orphan"><td>date-old</td>' in html
    assert "Other subjects dated by several sources (1)" in html  # the mechanism: no finding left
    one_dated = [c.model_copy(update={"when": None}) if c.id == "c-b2" else c for c in report.claims]
    html = render_html(extra.model_copy(update={"claims": one_dated}), _texts(report))
    assert "Other subjects" not in html  # a timeline with one source compares nothing


def test_html_does_not_link_what_is_not_a_web_address(report: Report) -> None:
    sources = [report.sources[0].model_copy(update={"url": "javascript:alert(1)"}), report.sources[1]]
    html = render_html(report.model_copy(update={"sources": sources}), _texts(report))
    assert 'href="javascript' not in html and '<span class="sid">javascript:alert(1)</span>' in html


def test_html_without_findings_says_so(report: Report) -> None:
    html = render_html(report.model_copy(update={"findings": []}), _texts(report))
    assert "No findings" in html and "<article" not in html


def test_quote_in_context_trims_long_paragraphs() -> None:
    text = "x" * 2000 + " the quote " + "y" * 2000
    at = text.index("the quote")
    ctx = str(quote_in_context(text, (at, at + 9)))
    assert ctx.startswith("…") and ctx.endswith("…") and "<mark>the quote</mark>" in ctx and len(ctx) < 1000
    assert str(quote_in_context("A.\n\nB <c>.\n\nD.", (4, 5))) == "<mark>B</mark> &lt;c&gt;."


def test_timeline_points_bars_and_conflict_marks(report: Report) -> None:
    sources = {s.id: s for s in report.sources}
    marks = marks_for(report.findings)
    assert marks == {"c-a1": "conflict", "c-b1": "conflict", "c-a2": "variant", "c-b2": "variant"}
    meeting = [c for c in report.claims if c.subject.id == "event:trilateral-meeting"]
    svg = timeline_svg("event:trilateral-meeting", "Meeting", meeting, sources, marks)
    assert svg is not None and svg.count("<circle") == 2 and "<rect" not in svg
    assert svg.count('class="conflict-mark"') == 2 and svg.count('class="stmt mark-conflict"') == 2
    assert svg.count('class="row"') == 2 and svg.count('class="published') == 2
    mech = [c for c in report.claims if c.subject.id == "thing:warning-mechanism"]
    bars = timeline_svg("thing:warning-mechanism", "M", mech, sources, marks)
    assert bars is not None and bars.count("<rect") == 2 and "conflict-mark" not in bars
    assert "unrealised" not in bars
    planned = [c.model_copy(update={"modality": "planned"}) if c.id == "c-b2" else c for c in mech]
    hollow = timeline_svg("thing:warning-mechanism", "M", planned, sources, marks) or ""
    assert hollow.count("unrealised") == 1 and 'data-claim="c-b2"' in hollow.split("unrealised")[1][:40]
    # the December bar starts after the window bar and both end together (2023-12-31)
    rects = [tuple(float(v) for v in m) for m in re.findall(r'<rect[^>]*x="([\d.]+)"[^>]*width="([\d.]+)"', bars)]
    (x_beta, w_beta), (x_alpha, w_alpha) = rects  # rows sorted by publication date: beta (2023-11-01) first
    assert x_beta > x_alpha and abs((x_beta + w_beta) - (x_alpha + w_alpha)) < 0.2


def test_timeline_none_without_dates(report: Report) -> None:
    undated = [c.model_copy(update={"when": None}) for c in report.claims]
    assert timeline_svg("s", "S", undated, {s.id: s for s in report.sources}) is None


def test_timeline_axis_spans_years() -> None:
    from factory import claim, source

    a = source("a", "In 2008 it began. In 2020 it met.", "2023-04-15")
    c1 = claim("1", a, "In 2008 it began", "series:x", ("2008", "2008", date(2008, 1, 1), date(2008, 12, 31), "year"))
    c2 = claim("2", a, "In 2020 it met", "series:x", ("2020", "2020", date(2020, 1, 1), date(2020, 12, 31), "year"))
    svg = timeline_svg("series:x", "X", [c1, c2], {"a": a})
    labels = re.findall(r'class="tick-label"[^>]*>([^<]+)<', svg or "")
    assert 3 <= len(labels) <= 9 and all(re.fullmatch(r"\d{4}", label) for label in labels)
