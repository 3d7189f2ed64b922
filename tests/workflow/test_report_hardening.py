"""Issue 15's report items: no doubled quotation marks, URLs that are URLs, ids that are
IRIs, and HTML timelines that show the year, every quoted source, numbering findings and
stay small with thousands of sources."""

from __future__ import annotations

import io
import re
from datetime import date

from factory import claim, sample_report, source
from rich.console import Console

from claimcheck import export
from claimcheck.models import Finding, Report, Review
from claimcheck.report.html import render_html
from claimcheck.report.markdown import render_markdown
from claimcheck.report.reading import quoted
from claimcheck.report.text import write_text
from claimcheck.report.timeline import MAX_ROWS, timeline_svg

QUOTING = ("Court desk\n\n“The appeal is dismissed,” the judge said on March 3, 2022.\n")


def _quoting_report() -> Report:
    report = sample_report()
    c = source("court", QUOTING, "2022-03-04")
    quote = "“The appeal is dismissed,” the judge said on March 3, 2022."
    cl = claim("c-q", c, quote, "event:trilateral-meeting",
               ("March 3, 2022", "2022-03-03", date(2022, 3, 3), date(2022, 3, 3), "day"))
    finding = report.findings[0].model_copy(update={"claims": ["c-a1", "c-q"]})
    return report.model_copy(update={"sources": report.sources + [c], "claims": report.claims + [cl],
                                     "findings": [finding] + report.findings[1:]})


def test_a_quote_that_opens_with_its_own_mark_is_not_doubled() -> None:
    assert quoted("“It is over,” she said.") == "“It is over,” she said."
    assert quoted("It is over.") == "“It is over.”"
    report = _quoting_report()
    buffer = io.StringIO()
    write_text(report, Console(file=buffer, width=200, highlight=False))
    assert "““" not in buffer.getvalue() and "“The appeal is dismissed,”" in buffer.getvalue()
    assert "““" not in render_markdown(report)


def test_claimreview_url_is_a_url_or_absent_and_ids_are_encoded() -> None:
    report = sample_report()
    noted = report.sources[0].model_copy(update={"url": "https://x.example (News Zone, English)", "id": "alpha wire"})
    claims = [c.model_copy(update={"source": "alpha wire"}) if c.source == "alpha" else c for c in report.claims]
    confirmed = report.findings[0].model_copy(update={"review": Review(verdict="confirmed")})
    doc = export.claimreview(report.model_copy(update={"sources": [noted, report.sources[1]], "claims": claims,
                                                       "findings": [confirmed]}))
    appearances = doc["@graph"][0]["itemReviewed"]["appearance"]
    assert "url" not in appearances[0] and appearances[1]["url"] == "https://example.org/beta"
    assert appearances[0]["identifier"] == "alpha wire"
    web = export.webannotation(report.model_copy(update={"sources": [noted, report.sources[1]], "claims": claims}))
    targets = {item["target"]["source"] for item in web["first"]["items"]}
    assert "urn:claimcheck:source:alpha%20wire" in targets and not any(" " in t for t in targets)


def test_timeline_axis_names_the_year_on_a_short_span() -> None:
    report = sample_report()
    sources = {s.id: s for s in report.sources}
    svg = timeline_svg("event:trilateral-meeting", "M", [c for c in report.claims if c.id in ("c-a1", "c-b1")],
                       sources) or ""
    labels = re.findall(r'class="tick-label"[^>]*>([^<]+)<', svg)
    assert labels and re.fullmatch(r"\d{4}-\d{2}-\d{2}", labels[0]) and all(re.search(r"\d{2}-\d{2}", x)
                                                                            for x in labels)


def test_every_source_a_finding_quotes_has_a_row() -> None:
    report = sample_report()
    undated = report.claims[1].model_copy(update={"when": None})  # beta's meeting claim, without a date
    claims = [undated if c.id == "c-b1" else c for c in report.claims]
    html = render_html(report.model_copy(update={"claims": claims}))
    meeting = html.split('data-subject="event:trilateral-meeting"', 1)[1].split("</svg>", 1)[0]
    assert meeting.count('class="row"') == 2 and ">beta<" in meeting


def test_a_numbering_finding_gets_a_timeline() -> None:
    report = sample_report()
    sessions = [c.model_copy(update={"subject": c.subject.model_copy(update={"id": f"series:cup#{n}"})})
                for n, c in zip((13, 14), (report.claims[0], report.claims[1]))]
    ordinal = Finding(id="ordinal-0000000001", kind="ordinal", severity="conflict", subject="series:cup",
                      summary="numbering does not fit", explanation="13 and 14 a day apart",
                      claims=[c.id for c in sessions])
    html = render_html(report.model_copy(update={"claims": sessions + report.claims[2:], "findings": [ordinal]}))
    assert 'data-subject="series:cup"' in html


def test_many_sources_share_a_summary_row() -> None:
    base = sample_report().sources[0]
    sources, claims = {}, []
    for n in range(300):
        s = base.model_copy(update={"id": f"s{n:03d}"})
        sources[s.id] = s
        c = sample_report().claims[0]
        claims.append(c.model_copy(update={"id": f"c{n:03d}", "source": s.id}))
    svg = timeline_svg("event:x", "X", claims, sources) or ""
    assert svg.count('class="row"') == MAX_ROWS and "+" + str(300 - MAX_ROWS + 1) + " sources" in svg
    assert svg.count("<circle") == 300  # every statement is still drawn


def test_sources_table_keeps_ids_and_dates_whole() -> None:
    html = render_html(sample_report())
    assert re.search(r"#sources td:first-child, #sources td:nth-child\(4\) \{ white-space: nowrap; \}", html)
