"""The JSON report ``claimcheck.report/1`` and its JSON Schema, both from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from ..models import Report, Timex

SCHEMA_ID = "claimcheck.report/1"


def report_dict(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json", by_alias=True)


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


def report_schema() -> dict[str, Any]:
    """JSON Schema of the report as serialised (kept in docs/report.schema.json, tested)."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = SCHEMA_ID
    schema["title"] = "claimcheck report"
    return schema


def timex_dict(source_id: str, t: Timex) -> dict[str, Any]:
    """One entry of ``claimcheck times --format json`` (DESIGN.md)."""
    return {
        "source": source_id,
        "span": list(t.span),
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "start": t.start.isoformat() if t.start else None,
        "end": t.end.isoformat() if t.end else None,
        "granularity": t.granularity,
        "anchor": t.anchor,
    }
