"""The JSON report ``claimcheck.report/1`` and its JSON Schema, both from the pydantic models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from ..models import Report, Timex

SCHEMA_ID = "claimcheck.report/1"


def report_dict(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json", by_alias=True)


def render_json(report: Report) -> str:
    return "".join(iter_json(report))


def iter_json(report: Report) -> Iterator[str]:
    """The JSON report in pieces, byte for byte ``json.dumps(report_dict(report), indent=2)``
    and a newline, one record at a time: the whole report never exists as one dict (as
    large as the report's records again), nor, written piece by piece, as one string."""
    yield "{"
    for n, (name, field) in enumerate(Report.model_fields.items()):
        key = field.alias or name
        value = getattr(report, name)
        yield ("\n" if n == 0 else ",\n") + "  " + _dumps(key) + ": "
        if isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            for i, item in enumerate(value):
                # JSON escapes a line break inside a string: every line break is the layout's
                text = _dumps(item.model_dump(mode="json", by_alias=True))
                yield ("[\n" if i == 0 else ",\n") + "    " + text.replace("\n", "\n    ")
            yield "\n  ]"
        else:
            yield _dumps(report.model_dump(mode="json", by_alias=True, include={name})[key]).replace("\n", "\n  ")
    yield "\n}\n"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


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
