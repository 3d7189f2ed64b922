"""The publication date an HTML page states in its markup.

JSON-LD ``datePublished`` first (the publisher's own structured statement), else htmldate
asked for the *original* date: a page updated since it was published shows both, and the
claims it makes were made on the first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_LD_JSON = re.compile(r"<script[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            yield from _objects(node.get(key))
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


def json_ld_published(html: str) -> str | None:
    """``datePublished`` of the page's JSON-LD (an ISO day), or None."""
    for m in _LD_JSON.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        for obj in _objects(data):
            value = obj.get("datePublished")
            if isinstance(value, str) and _ISO_DAY.match(value.strip()):
                return value.strip()[:10]
    return None


def original_date(html: str) -> tuple[str, str] | None:
    """The page's original publication date (ISO day) and where it was read, or None."""
    found = json_ld_published(html)
    if found:
        return found, "JSON-LD datePublished"
    from htmldate import find_date  # imported late: only HTML pages need it

    try:
        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return (found, "htmldate, original date") if found else None
