"""The claims/ folder: human-owned YAML, read with line numbers and validated.

Only `sources.yaml` reading lives here for now; annotations, reviews and atomic
round-trip writes are added by the review/annotate work.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .errors import ClaimsValidationError
from .yamlio import line_of, load_yaml

SOURCES_FILE = "sources.yaml"
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO day or YYYY-MM
    basis: str | None = None


def parse_published(value: object) -> str | None:
    """An ISO day or YYYY-MM as text; None for empty; ValueError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not _PUBLISHED.match(text):
        raise ValueError(f"'published': {text!r} is not an ISO day (2023-04-15) or a month (2023-04)")
    year, month, *day = (int(p) for p in text.split("-"))
    date(year, month, day[0] if day else 1)  # raises ValueError for 2023-02-30
    return text


def read_sources(claims_dir: Path) -> dict[str, SourceEntry]:
    """Per source id, the metadata people wrote in claims/sources.yaml (empty if absent)."""
    path = claims_dir / SOURCES_FILE
    if not path.is_file():
        return {}
    data = load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ClaimsValidationError(f"{path}:1: expected a mapping of source id to its metadata")
    entries: dict[str, SourceEntry] = {}
    for key, body in data.items():
        line = line_of(data, key)
        if body is None:
            body = {}
        if not isinstance(body, Mapping):
            raise ClaimsValidationError(f"{path}:{line}: source {key!r}: expected a mapping of fields")
        fields = dict(body)
        try:
            fields["published"] = parse_published(fields.get("published"))
            entries[str(key)] = SourceEntry(**{k: (None if v is None else v if k == "published" else str(v))
                                               for k, v in fields.items()})
        except ValueError as exc:
            field_line = line_of(body, "published", line) if "published" in body else line
            message = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc)
            raise ClaimsValidationError(f"{path}:{field_line}: source {key!r}: {message}") from None
    return entries
