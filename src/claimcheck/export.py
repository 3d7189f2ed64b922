"""Exports for other tools: schema.org ClaimReview and W3C Web Annotation, as JSON-LD.

- ``claimreview(report)``: one ClaimReview per *confirmed* finding: what was reviewed
  (the finding's summary), the statements as a schema.org Claim with each appearance
  (URL, publication date, outlet, quote), the reviewer, and a textual rating.
- ``webannotation(report)``: every claim as a Web Annotation on its source text, with a
  TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points,
  which is what the W3C model counts and what claimcheck spans are).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlsplit

from .models import Claim, Finding, Report, Source

CONTEXT_LD = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32  # characters of prefix/suffix in a TextQuoteSelector
# The rating a confirmed finding gets, by severity: what a reader of the review sees.
RATINGS = {
    "conflict": "Contradictory: the sources cannot all be right",
    "tension": "Inconsistent: compatible only under a strained reading",
    "variant": "Stated differently: the same fact in different words or precision",
}


def _web_url(source: Source | None) -> str | None:
    """The source's URL when it is one (http or https, a host, no spaces); the metadata may
    hold a note instead ("https://x.example (News Zone, English)")."""
    if source is None or not source.url:
        return None
    url = source.url.strip()
    if any(ch.isspace() for ch in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _source_iri(source: Source | None, source_id: str) -> str:
    """An IRI for the source: its URL, else a URN of its id (percent-encoded: an id is a
    file name and may hold spaces)."""
    return _web_url(source) or f"urn:claimcheck:source:{quote(source_id, safe='/')}"


def _appearance(claim: Claim, source: Source | None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "text": claim.quote}
    url = _web_url(source)
    if url is not None:
        work["url"] = url
    work["identifier"] = claim.source
    if source is not None:
        if source.title:
            work["headline"] = source.title
        if source.published.value:
            work["datePublished"] = source.published.value
        if source.outlet:
            work["publisher"] = {"@type": "Organization", "name": source.outlet}
    return work


def _claim_review(finding: Finding, claims: dict[str, Claim], sources: dict[str, Source]) -> dict[str, Any]:
    stated = [claims[c] for c in finding.claims if c in claims]
    appearances = [_appearance(c, sources.get(c.source)) for c in stated]
    dates = sorted(a["datePublished"] for a in appearances if "datePublished" in a)
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
    if appearances:
        item["firstAppearance"] = min(appearances, key=lambda a: a.get("datePublished", "9999"))
    if dates:
        item["datePublished"] = dates[0]
    review = finding.review
    node: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": f"urn:claimcheck:finding:{finding.id}",
        "identifier": finding.id,
        "claimReviewed": finding.summary,
        "itemReviewed": item,
        "reviewBody": finding.explanation + (f"\n\nReviewer's note: {review.note}" if review.note else ""),
        "reviewRating": {"@type": "Rating", "alternateName": RATINGS[finding.severity],
                         "ratingExplanation": review.note or finding.explanation},
        "about": finding.subject,
        "keywords": [finding.kind, finding.severity],
    }
    if review.reviewer:
        node["author"] = {"@type": "Person", "name": review.reviewer}
    if review.at:
        node["datePublished"] = review.at[:10]
    return node


def claimreview(report: Report) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD for the confirmed findings of ``report``."""
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    graph = [_claim_review(f, claims, sources) for f in report.findings if f.review.verdict == "confirmed"]
    return {"@context": "https://schema.org", "@graph": graph}


def _body(claim: Claim) -> str:
    parts = [f"{claim.predicate} — {claim.subject.label}"]
    if claim.who:
        parts.append("who: " + ", ".join(a.entity for a in claim.who))
    if claim.when is not None:
        parts.append(f"when: {claim.when.value}")
    if claim.where is not None:
        parts.append(f"where: {claim.where.entity}")
    if claim.value is not None:
        parts.append(f"{claim.value.type}: {claim.value.value}")
    parts.append(f"modality: {claim.modality}")
    return "; ".join(parts)


def _annotation(claim: Claim, source: Source | None) -> dict[str, Any]:
    start, end = claim.span
    text = source.text if source is not None else ""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": claim.quote}
    if text:
        quote["prefix"] = text[max(0, start - AFFIX):start]
        quote["suffix"] = text[end:end + AFFIX]
    target: dict[str, Any] = {
        "source": _source_iri(source, claim.source),
        "selector": [quote, {"type": "TextPositionSelector", "start": start, "end": end}],
    }
    return {
        "id": f"urn:claimcheck:claim:{claim.id}",
        "type": "Annotation",
        "motivation": "describing",
        "creator": {"type": "Person"} if claim.origin == "manual" else {"type": "Software", "name": "claimcheck"},
        "body": [
            {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": _body(claim)},
            {"type": "TextualBody", "purpose": "tagging", "value": claim.subject.id},
        ],
        "target": target,
    }


def webannotation(report: Report) -> dict[str, Any]:
    """Every claim as a W3C Web Annotation, in one AnnotationCollection."""
    sources = {s.id: s for s in report.sources}
    items = [_annotation(c, sources.get(c.source)) for c in report.claims]
    return {
        "@context": CONTEXT_LD,
        "id": "urn:claimcheck:claims",
        "type": "AnnotationCollection",
        "label": "claimcheck claims",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


FORMATS = {"claimreview": claimreview, "webannotation": webannotation}


def export(report: Report, fmt: str) -> str:
    """The export ``fmt`` (claimreview or webannotation) as JSON text."""
    return json.dumps(FORMATS[fmt](report), ensure_ascii=False, indent=2) + "\n"
