"""ClaimReview for confirmed findings; Web Annotations with selectors that find the words."""

from __future__ import annotations

import json

from claimcheck import export
from claimcheck.models import Report, Review


def test_claimreview_only_confirmed(report: Report) -> None:
    assert export.claimreview(report)["@graph"] == []
    confirmed = report.findings[0].model_copy(update={"review": Review(
        verdict="confirmed", note="the ministry confirmed the 12th", reviewer="ana", at="2026-01-02T03:04:05Z")})
    dismissed = report.findings[1].model_copy(update={"review": Review(verdict="dismissed")})
    doc = export.claimreview(report.model_copy(update={"findings": [confirmed, dismissed, report.findings[2]]}))
    assert doc["@context"] == "https://schema.org"
    (node,) = doc["@graph"]
    assert node["@type"] == "ClaimReview" and node["claimReviewed"] == confirmed.summary
    assert node["author"] == {"@type": "Person", "name": "ana"} and node["datePublished"] == "2026-01-02"
    assert node["reviewRating"]["@type"] == "Rating" and node["reviewRating"]["alternateName"].startswith("Contradictory")
    item = node["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2023-11"
    assert [a["url"] for a in item["appearance"]] == ["https://example.org/alpha", "https://example.org/beta"]
    assert item["appearance"][0]["datePublished"] == "2023-11-13"
    assert item["appearance"][1]["text"] == "The ministers met in Busan on November 13, 2023"


def test_webannotation_selectors_locate_every_claim(report: Report) -> None:
    doc = json.loads(export.export(report, "webannotation"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld" and doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]
    assert doc["total"] == len(items) == len(report.claims)
    texts = {s.url: s.text for s in report.sources}
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:claimcheck:claim:")
        quote, position = item["target"]["selector"]
        text = texts[item["target"]["source"]]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[position["start"] - len(quote["prefix"]):position["start"]] == quote["prefix"]
        assert text[position["end"]:position["end"] + len(quote["suffix"])] == quote["suffix"]


def test_source_without_url_gets_a_urn(report: Report) -> None:
    sources = [report.sources[0].model_copy(update={"url": None}), report.sources[1]]
    doc = export.webannotation(report.model_copy(update={"sources": sources}))
    assert doc["first"]["items"][0]["target"]["source"] == "urn:claimcheck:source:alpha"
