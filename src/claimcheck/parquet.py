"""Claims as Parquet (``claimcheck claims --format parquet --out DIR``), for DuckDB, pandas
or Spark. One row per claim; the schema (``SCHEMA``) is documented in docs/scale.md and is
additive: columns may be added, none renamed or retyped within ``claimcheck.claims/1``.

Needs pyarrow (``pip install 'claimcheck[parquet]'``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import MissingExtra
from .models import Claim, Source

SCHEMA_NAME = "claimcheck.claims/1"
ROWS_PER_FILE = 500_000  # one file per this many claims: files stay a few tens of MB

# column -> (pyarrow type name, meaning); the order is the file's column order
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("string", "claim id, stable across runs"),
    "source": ("string", "source (article) id"),
    "source_published": ("string", "the source's publication date, ISO day or month, or null"),
    "source_date_basis": ("string", "metadata | file | inferred | unknown"),
    "outlet": ("string", "the source's outlet, if known"),
    "span_start": ("int64", "claim sentence start, code points into the source text"),
    "span_end": ("int64", "claim sentence end (exclusive)"),
    "quote": ("string", "the claim's sentence: text[span_start:span_end]"),
    "predicate": ("string", "what is claimed (occurrence, launch, holder, title, count ...)"),
    "subject_id": ("string", "canonical subject id, kind:slug (series:x#n for a session)"),
    "subject_label": ("string", "the subject's display name"),
    "who": ("list<string>", "entity ids of the actors"),
    "when_text": ("string", "the time expression as written"),
    "when_value": ("string", "its TIMEX3 value (2023-08-18, 2023-W33, 2023-08 ...)"),
    "when_start": ("date32", "first day of its interval"),
    "when_end": ("date32", "last day of its interval"),
    "where_entity": ("string", "place entity id"),
    "where_text": ("string", "the place as written"),
    "value_type": ("string", "ordinal | count | duration | title | other"),
    "value": ("string", "the value, as text (a count's number, a title's office id ...)"),
    "value_number": ("double", "the value when it is a number, else null"),
    "modality": ("string", "reported | planned | agreed | expected"),
    "attribution": ("string", "who said it, as written"),
    "origin": ("string", "extracted | manual"),
    "rests_on_inferred_date": ("bool", "resolved against an inferred publication date"),
    "claim_json": ("string", "the whole claim as in the JSON report (claimcheck.report/1)"),
}


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingExtra("--format parquet needs pyarrow: pip install 'claimcheck[parquet]'") from None
    return pyarrow


def schema() -> Any:
    pa = _pa()
    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
             "date32": pa.date32(), "list<string>": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, (kind, _) in COLUMNS.items()],
                     metadata={"schema": SCHEMA_NAME})


def row(c: Claim, source: Source | None) -> dict[str, Any]:
    value = c.value.value if c.value is not None else None
    published = source.published if source is not None else None
    return {
        "id": c.id, "source": c.source,
        "source_published": published.value if published is not None else None,
        "source_date_basis": published.basis if published is not None else None,
        "outlet": source.outlet if source is not None else None,
        "span_start": c.span[0], "span_end": c.span[1], "quote": c.quote, "predicate": c.predicate,
        "subject_id": c.subject.id, "subject_label": c.subject.label, "who": [a.entity for a in c.who],
        "when_text": c.when.text if c.when else None, "when_value": c.when.value if c.when else None,
        "when_start": c.when.start if c.when else None, "when_end": c.when.end if c.when else None,
        "where_entity": c.where.entity if c.where else None, "where_text": c.where.text if c.where else None,
        "value_type": c.value.type if c.value else None, "value": None if value is None else str(value),
        "value_number": float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None,
        "modality": c.modality, "attribution": c.attribution.text if c.attribution else None,
        "origin": c.origin, "rests_on_inferred_date": c.rests_on_inferred_date,
        "claim_json": json.dumps(c.model_dump(mode="json"), ensure_ascii=False, sort_keys=True),
    }


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_claims(claims: Iterable[Claim], sources: dict[str, Source], out: Path) -> list[Path]:
    """Write ``out/claims-00000.parquet`` ... (a dataset folder: DuckDB reads ``out/*.parquet``).
    Files from an earlier run in ``out`` are replaced, so the folder holds one run."""
    pa = _pa()
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("claims-*.parquet"):
        old.unlink()
    written: list[Path] = []
    rows = (row(c, sources.get(c.source)) for c in claims)
    for n, batch in enumerate(_batches(rows, ROWS_PER_FILE)):
        path = out / f"claims-{n:05d}.parquet"
        table = pa.Table.from_pylist(batch, schema=schema())
        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(path)
        written.append(path)
    if not written:  # no claims: an empty file still carries the schema
        path = out / "claims-00000.parquet"
        pq.write_table(schema().empty_table(), path)
        written.append(path)
    return written
