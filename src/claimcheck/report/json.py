"""The JSON report ``claimcheck.report/1`` and its JSON Schema, both from the pydantic models."""

from __future__ import annotations

import json
import re
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
                text = _record(item)
                yield ("[\n" if i == 0 else ",\n") + "    " + text.replace("\n", "\n    ")
            yield "\n  ]"
        else:
            yield _dumps(report.model_dump(mode="json", by_alias=True, include={name})[key]).replace("\n", "\n  ")
    yield "\n}\n"


# pydantic writes a float under 1e-4 in full ("0.00001", "1.5e-7") where Python writes
# "1e-05", "1.5e-07": a record whose JSON may hold one is written the slow way
_SMALL_FLOAT = re.compile(r"\de-")


def _record(item: BaseModel) -> str:
    """One record as ``_dumps(item.model_dump(mode="json", by_alias=True))`` writes it, from
    pydantic's serialiser (compiled: about ten times faster than dumping to dicts and indenting
    them with Python's encoder, which has no C version with an indent). Both write the same
    layout, escapes and floats (``Record``: infinities as ``Infinity``), but for floats under
    1e-4, which go the slow way."""
    try:
        text = item.model_dump_json(indent=2, by_alias=True)
    except ValueError:  # a string pydantic cannot encode (a lone surrogate): as Python writes it
        text = ""
    if not text or "0.0000" in text or ("e-" in text and _SMALL_FLOAT.search(text)):
        return _dumps(item.model_dump(mode="json", by_alias=True))
    return text


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
