"""The report as one self-contained HTML page: no network, no CDN, CSS and JS inline.

Findings grouped by subject, with filters by kind, severity and verdict; each quote shown
highlighted in its paragraph; a timeline per subject (SVG drawn by ``timeline``); the
orphaned verdicts; the sources with their publication dates and how each was found.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..models import Claim, Finding, Report, Source
from .reading import label_from_id, reading
from .timeline import marks_for, timeline_svg

TEMPLATES = Path(__file__).parent / "templates"
CONTEXT = 400  # characters shown each side of a quote in a very long paragraph
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SEVERITIES = ("conflict", "tension", "variant")
VERDICTS = ("open", "confirmed", "dismissed", "needs-follow-up")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=True, lstrip_blocks=True)


def _paragraph(text: str, span: tuple[int, int], paragraphs: list[tuple[int, int]]) -> tuple[int, int]:
    """The paragraph holding ``span``: from the segmenter when known, else blank-line blocks."""
    start, end = span
    for p0, p1 in paragraphs:
        if p0 <= start and end <= p1:
            return p0, p1
    p0 = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)), default=0)
    after = _PARAGRAPH_BREAK.search(text, end)
    return p0, after.start() if after else len(text)


def _emphasised(text: str, start: int, end: int, keys: list[tuple[int, int]]) -> str:
    """``text[start:end]`` escaped, with the key words (when, where, value) in <b>."""
    out, at = [], start
    for k0, k1 in sorted(k for k in keys if start <= k[0] < k[1] <= end):
        if k0 < at:  # overlaps the previous key: already emphasised
            continue
        out.append(f"{escape(text[at:k0])}<b>{escape(text[k0:k1])}</b>")
        at = k1
    out.append(escape(text[at:end]))
    return "".join(out)


def quote_in_context(text: str, span: tuple[int, int], paragraphs: list[tuple[int, int]] | None = None,
                     keys: list[tuple[int, int]] | None = None) -> Markup:
    """The paragraph around ``span`` with the quote marked and its ``keys`` spans in bold
    (escaped; trimmed when long)."""
    start, end = span
    if not text or not (0 <= start <= end <= len(text)):
        return Markup("")
    p0, p1 = _paragraph(text, span, paragraphs or [])
    before_from = max(p0, start - CONTEXT)
    after_to = min(p1, end + CONTEXT)
    lead = "…" if before_from > p0 else ""
    tail = "…" if after_to < p1 else ""
    return Markup(f"{lead}{escape(text[before_from:start])}<mark>{_emphasised(text, start, end, keys or [])}</mark>"
                  f"{escape(text[end:after_to])}{tail}")


def _keys(claim: Claim) -> list[tuple[int, int]]:
    spans = [claim.when.span if claim.when else None, claim.where.span if claim.where else None,
             claim.value.span if claim.value else None]
    return [tuple(s) for s in spans if s is not None and tuple(s) != tuple(claim.span)]  # type: ignore[misc]


@dataclass
class _Statement:
    claim: Claim
    source: Source | None
    context: Markup
    reading: str


@dataclass
class _FindingView:
    finding: Finding
    statements: list[_Statement] = field(default_factory=list)


@dataclass
class _SubjectView:
    id: str
    label: str
    timeline: Markup | None
    findings: list[_FindingView] = field(default_factory=list)


def _published(source: Source | None) -> str:
    if source is None or source.published.value is None:
        return "date unknown"
    return source.published.value


def render_html(report: Report, texts: Mapping[str, str] | None = None) -> str:
    """The HTML page. ``texts``: source id -> full text (else each Source's own text)."""
    texts = dict(texts or {})
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}
    labels = {c.subject.id: c.subject.label for c in report.claims}
    labels.update({s.id: s.label for s in report.subjects})
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in report.claims:
        claims_of[c.subject.id].append(c)
    marks = marks_for(report.findings)

    def text_of(source_id: str) -> str:
        return texts.get(source_id) or (sources[source_id].text if source_id in sources else "")

    def statement(c: Claim) -> _Statement:
        s = sources.get(c.source)
        context = quote_in_context(text_of(c.source), c.span, list(s.paragraphs) if s else None, _keys(c))
        return _Statement(c, s, context, reading(c))

    def timeline(subject_id: str, label: str, findings: list[Finding] = ()) -> Markup | None:  # type: ignore[assignment]
        """The subject's dated claims and those its findings quote (a numbering finding
        quotes the sessions of a series, each its own subject), with a row for every
        source a finding quotes."""
        own = claims_of.get(subject_id, [])
        seen = {c.id for c in own}
        quoted = [claims[cid] for f in findings for cid in f.claims if cid in claims and cid not in seen]
        shown = own + list({c.id: c for c in quoted}.values())
        quoted_sources = sorted({claims[cid].source for f in findings for cid in f.claims if cid in claims})
        svg = timeline_svg(subject_id, label, shown, sources, marks, quoted_sources)
        return Markup(svg) if svg else None

    subjects: dict[str, _SubjectView] = {}
    findings_of: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        if f.subject not in subjects:
            label = labels.get(f.subject) or label_from_id(f.subject)
            subjects[f.subject] = _SubjectView(f.subject, label, None)
        findings_of[f.subject].append(f)
        view = _FindingView(f, [statement(claims[cid]) for cid in f.claims if cid in claims])
        subjects[f.subject].findings.append(view)
    for sid, view in subjects.items():
        view.timeline = timeline(sid, view.label, findings_of[sid])
    # subjects dated by several sources without a finding: shown for context, folded
    quiet = []
    for s in report.subjects:
        dated_sources = {c.source for c in claims_of.get(s.id, []) if c.when is not None and c.when.start}
        if s.id not in subjects and len(dated_sources) > 1:  # a timeline that compares sources
            svg = timeline(s.id, s.label)
            if svg is not None:
                quiet.append(_SubjectView(s.id, s.label, svg))
    counts = {k: sum(1 for f in report.findings if f.severity == k) for k in SEVERITIES}
    kinds = sorted({f.kind for f in report.findings})
    verdicts = [v for v in VERDICTS if any(f.review.verdict == v for f in report.findings)] or ["open"]
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report, subjects=list(subjects.values()), quiet=quiet, counts=counts, kinds=kinds,
        severities=SEVERITIES, verdicts=verdicts, published=_published,
    )
