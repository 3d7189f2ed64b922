"""The `annotate` commands: each checks what a person writes against the corpus as the next
run will see it (the source exists, the quote occurs, the claim id is produced), then
writes it to the claims/ folder. They run the pipeline to know that corpus, which is why
they live here and not in ``annotations``, the stage that applies claims/annotations.yaml
inside a run and must not call back into the pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import annotations
from .annotations import TagTime
from .errors import UnknownClaim, UnknownSource, UsageError
from .models import Claim, Report, Source
from .store import (Annotations, ManualClaim, Override, SourceEntry, add_manual_claim, build_record,
                    read_annotations, write_alias, write_override, write_source, write_suppress)


def _corpus_ids(corpus: Path) -> list[str]:
    from . import corpus as corpus_mod

    sources, _ = corpus_mod.load(corpus)
    return [s.id for s in sources]


def annotate_source(corpus: Path, claims_dir: Path, source_id: str, *, published: str | None = None,
                    outlet: str | None = None, url: str | None = None, basis: str | None = None) -> SourceEntry:
    """Set a source's metadata in claims/sources.yaml. ``published`` "" or "none" removes
    the date (the pipeline then dates the source from the file or the text)."""
    ids = _corpus_ids(corpus)
    if source_id not in ids:
        raise UnknownSource(f"no source {source_id!r} in {corpus} (sources: {', '.join(sorted(ids)) or 'none'})")
    if published is not None and published.strip().lower() in ("", "none", "null", "unknown"):
        published = None
        remove_date = True
    else:
        remove_date = False
    fields: dict[str, Any] = {name: value for name, value in
                              (("published", published), ("outlet", outlet), ("url", url), ("basis", basis))
                              if value is not None}
    if remove_date:
        fields["published"] = None
    if not fields:
        raise UsageError("nothing to change: give --published, --outlet, --url or --basis")
    return write_source(claims_dir, source_id, **fields)


def annotate_alias(claims_dir: Path, canonical: str, variants: list[str], kind: str | None = None,
                   valid_from: str | None = None, valid_to: str | None = None, office: str | None = None) -> None:
    if not canonical.strip() or not [v for v in variants if v.strip()]:
        raise UsageError("give a canonical name and at least one variant")
    if (valid_from or valid_to) and not office:
        raise UsageError("--from/--to say when an office was held: give --office office:... too")
    write_alias(claims_dir, canonical.strip(), [v.strip() for v in variants if v.strip()], kind, valid_from, valid_to,
                office)


def _analysed(corpus: Path, claims_dir: Path) -> tuple[dict[str, Source], Any]:
    """The corpus's dated sources and entity index, as the next run will see them."""
    from . import pipeline

    analysis = pipeline.analyse(corpus, claims_dir)
    return {s.id: s for s in analysis.sources}, analysis.index


def _tag_time() -> TagTime | None:
    try:
        from .timex import tag
    except ImportError:
        return None
    return tag


def annotate_claim(corpus: Path, claims_dir: Path, fields: Mapping[str, Any]) -> Claim:
    """Add a manual claim: checked (source, quote, when) against the corpus, then written."""
    where_written = claims_dir / "annotations.yaml"
    record = build_record(ManualClaim, {k: v for k, v in fields.items() if v not in (None, [])}, where_written, 1, "")
    sources, index = _analysed(corpus, claims_dir)
    if record.source not in sources:
        raise UnknownSource(f"no source {record.source!r} in {corpus}")
    tagged = annotations.tagger(_tag_time())
    claim = annotations.manual(record, Annotations(path=str(where_written)), sources, index, tagged)
    add_manual_claim(claims_dir, fields)
    return claim


def _run(corpus: Path, claims_dir: Path) -> Report:
    from . import pipeline

    return pipeline.run(corpus, claims_dir)


def _known_claim(report: Report, claims_dir: Path, claim_id: str) -> Claim | None:
    for c in report.claims:
        if c.id == claim_id:
            return c
    if claim_id in read_annotations(claims_dir).suppress:  # suppressed: not in the report, but known
        return None
    raise UnknownClaim(f"no claim {claim_id!r} in this run (see `claimcheck claims` for claim ids)")


def annotate_suppress(corpus: Path, claims_dir: Path, claim_id: str, note: str | None) -> None:
    _known_claim(_run(corpus, claims_dir), claims_dir, claim_id)
    write_suppress(claims_dir, claim_id, note)


def annotate_override(corpus: Path, claims_dir: Path, claim_id: str, fields: Mapping[str, Any]) -> Claim:
    """Override fields of one claim; checked by applying it before anything is written."""
    if not fields:
        raise UsageError("nothing to override: give at least one of --when, --where, --who, --predicate, "
                         "--subject, --value, --modality, --facet")
    report = _run(corpus, claims_dir)
    claim = _known_claim(report, claims_dir, claim_id)
    if claim is None:
        raise UnknownClaim(f"claim {claim_id!r} is suppressed; remove it from 'suppress' before overriding it")
    where_written = claims_dir / "annotations.yaml"
    record = build_record(Override, dict(fields), where_written, 1, f"override {claim_id!r}: ")
    sources = {s.id: s for s in report.sources}
    tagged = annotations.tagger(_tag_time())
    updated = annotations.overridden(claim, record, Annotations(path=str(where_written)), sources, None, tagged)
    write_override(claims_dir, claim_id, fields)
    return updated
