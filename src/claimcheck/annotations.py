"""People's corrections from claims/annotations.yaml, applied to the extracted claims.

``apply`` adds manual claims (marked ``origin="manual"``), then drops suppressed claims and
applies overrides (both may name an extracted or a manual claim). A manual claim enters
grouping and comparison like an extracted one, so its fields are resolved the same way:
its span is the quote's first occurrence in the source; ``when`` is either words of the
quote, tagged by the time tagger against the source's publication date, or an ISO value
(day, month, year, season, interval ``A/B``); names become entity ids.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import ClaimsValidationError, QuoteNotFound
from .keys import EntityKey, MalformedId, SubjectKey, parse, parse_written
from .models import Actor, Claim, ClaimValue, DateAnchor, Source, SubjectRef, Timex, When, Where
from .store import Annotations, ManualClaim, Override, line_for, parse_when_value

log = logging.getLogger("claimcheck.annotations")

TagTime = Callable[[str, DateAnchor | None], Sequence[Timex]]

_ENTITY_ID = re.compile(r"^(person|org|country|place|series|event|thing|office):[^\s]+$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_TYPED_VALUE = re.compile(r"^(ordinal|count|title|duration|name|other):(.+)$")
_SLUG_DROP = re.compile(r"[^\w]+")
# The default kind of a bare name, by the field it fills (an id says its kind itself).
_DEFAULT_KIND = {"who": "person", "where": "place", "subject": "thing"}


class _Context:
    """What resolving one claim's fields needs: its source, span, and where it was written."""

    def __init__(self, source: Source, span: tuple[int, int], where_written: str, index: Any,
                 tagged: Callable[[Source], Sequence[Timex]], record: ManualClaim | Override) -> None:
        self.source, self.span, self.where_written = source, span, where_written
        self.index, self.tagged, self.record = index, tagged, record

    def fail(self, record: ManualClaim | Override, field: str, message: str) -> ClaimsValidationError:
        return ClaimsValidationError(f"{self.where_written}:{line_for(record, field)}: '{field}': {message}")

    def find(self, needle: str) -> tuple[int, int] | None:
        """``needle`` as whole words inside this claim's quote: exact case first, then
        ignoring case ("Austin" is not found in "Austinite")."""
        needle = needle.strip()
        if not needle:
            return None
        pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
        text, (start, end) = self.source.text, self.span
        for flags in (0, re.IGNORECASE):
            m = re.compile(pattern, flags).search(text, start, end)
            if m:
                return m.start(), m.end()
        return None


def manual_claim_id(source: str, quote: str, predicate: str, subject: str) -> str:
    """Stable id of a manual claim: from what it says, never from file order."""
    key = "\x1f".join((source, quote, predicate, subject)).encode("utf-8")
    return f"m-{hashlib.sha1(key).hexdigest()[:10]}"


# --- entities -------------------------------------------------------------------------


def _label_from_id(key: SubjectKey) -> str:
    label = key.base.name.replace("-", " ").strip().title() or key.name
    return f"{label} #{key.tail}" if key.tail else label


def _index_entity(index: Any, key: SubjectKey) -> Any:
    """The index's record for ``key`` (a session: its series) if it has one (duck-typed: the
    entity index is built by claimcheck.entities; a mapping ``entities`` or a ``get`` method
    is used)."""
    if index is None:
        return None
    entities = getattr(index, "entities", None)
    if isinstance(entities, Mapping):
        return entities.get(key.base.render())
    getter = getattr(index, "get", None)
    return getter(key.base.render()) if callable(getter) else None


def _index_lookup(index: Any, name: str) -> str | None:
    """The canonical id the index gives a surface form, if it can."""
    if index is None:
        return None
    for method in ("entity_for", "lookup", "resolve_name", "canonical_id"):
        fn = getattr(index, method, None)
        if callable(fn):
            try:
                found = fn(name)
            except (KeyError, ValueError, TypeError):
                continue
            if isinstance(found, str):
                return found
            if found is not None and isinstance(getattr(found, "id", None), str):
                return found.id
    return None


def slugify(text: str) -> str:
    return _SLUG_DROP.sub("-", text.lower()).strip("-") or "unnamed"


def _entity(spec: str, field: str, ctx: _Context) -> tuple[str, str, tuple[int, int] | None]:
    """(entity id, label, span of the words in the quote naming it)."""
    spec = spec.strip()
    if _ENTITY_ID.match(spec):
        entity_id = spec
        try:  # the one place an id written by a person is read back
            key = parse_written(entity_id)
        except MalformedId as exc:
            raise ctx.fail(ctx.record, field, str(exc)) from None
        record = _index_entity(ctx.index, key)
        label = getattr(record, "label", None) or _label_from_id(key)
        if key.tail and record is not None:
            label = f"{label} #{key.tail}"
        base = label.split(" #")[0]
        # the full name, listed variants, then the head word ("Austin", "mechanism")
        names = [base, *(getattr(record, "variants", None) or []), *[w for w in base.split()[-1:] if len(w) >= 4]]
        span = next((s for s in map(ctx.find, names) if s), None)
        return entity_id, label, span
    entity_id = _index_lookup(ctx.index, spec) or EntityKey(_DEFAULT_KIND[field], slugify(spec)).render()
    return entity_id, spec, ctx.find(spec)


def _subject(spec: str, ctx: _Context) -> SubjectRef:
    entity_id, label, span = _entity(spec, "subject", ctx)
    text = ctx.source.text[span[0]:span[1]] if span else None
    return SubjectRef(id=entity_id, label=label, text=text, span=span)


def _actors(specs: Sequence[str], ctx: _Context) -> list[Actor]:
    actors = []
    for spec in specs:
        entity_id, _, span = _entity(spec, "who", ctx)
        span = span or ctx.span  # not named in the quote: the whole quote is the evidence
        actors.append(Actor(entity=entity_id, text=ctx.source.text[span[0]:span[1]], span=span))
    return actors


def _where(spec: str, ctx: _Context) -> Where:
    entity_id, _, span = _entity(spec, "where", ctx)
    span = span or ctx.span
    return Where(entity=entity_id, text=ctx.source.text[span[0]:span[1]], span=span)


# --- time and values -------------------------------------------------------------------


def _when(spec: str, record: ManualClaim | Override, ctx: _Context) -> tuple[When, Timex | None]:
    parsed = parse_when_value(spec)
    words = None if parsed else ctx.find(spec)
    timexes = ctx.tagged(ctx.source)
    if words is not None:
        # the words of the quote: the tagger's reading, against the publication date
        overlapping = [t for t in timexes if t.span[0] < words[1] and words[0] < t.span[1]]
        if not overlapping:
            raise ctx.fail(record, "when", f"{spec!r} is not a time expression the tagger can read; "
                                           "give an ISO value (2023-12, 2023-06-05/2023-12-31)")
        best = max(overlapping, key=lambda t: min(t.span[1], words[1]) - max(t.span[0], words[0]))
        when = When(text=best.text, span=best.span, value=best.value, start=best.start, end=best.end,
                    granularity=best.granularity)
        return when, best
    if parsed is None:
        raise ctx.fail(record, "when", "not a date or an interval (nor words of the quote)")
    value, start, end, granularity = parsed
    # anchor the value to the words that state it when the tagger found them
    same = [t for t in timexes if t.value == value and ctx.span[0] <= t.span[0] and t.span[1] <= ctx.span[1]]
    span = same[0].span if same else ctx.span
    when = When(text=ctx.source.text[span[0]:span[1]], span=span, value=value, start=start, end=end,
                granularity=granularity)  # type: ignore[arg-type]
    return when, None


def _value(spec: object, ctx: _Context) -> ClaimValue:
    kind, value, text = "other", spec, None
    if isinstance(spec, Mapping):
        kind, value, text = spec.get("type", "other"), spec["value"], spec.get("text")
    elif isinstance(spec, bool):
        value = str(spec)
    elif isinstance(spec, (int, float)):
        kind = "count"
    elif isinstance(spec, str):
        s = spec.strip()
        if m := _TYPED_VALUE.match(s):
            kind, value = m[1], m[2].strip()
            if kind in ("ordinal", "count") and _NUMBER.match(str(value)):
                value = float(value) if "." in value else int(value)
        elif m := _ORDINAL.match(s):
            kind, value, text = "ordinal", int(m[1]), s
        elif _NUMBER.match(s):
            kind, value = "count", float(s) if "." in s else int(s)
        else:
            value = s
    if kind == "ordinal" and isinstance(value, str) and (m := _ORDINAL.match(value)):
        value = int(m[1])
    candidates = [text] if text else [str(value)]
    if kind == "ordinal" and isinstance(value, int):
        candidates.append(f"{value}{_suffix(value)}")
    span = next((s for s in map(ctx.find, candidates) if s), None)
    shown = ctx.source.text[span[0]:span[1]] if span else (text or str(value))
    return ClaimValue(type=kind, value=value, text=shown, span=span)  # type: ignore[arg-type]


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _facet(subject_id: str, predicate: str, value: ClaimValue | None) -> str:
    """What about the subject the claim states (internals.md, claim shapes)."""
    key = parse(subject_id)
    kind = key.kind
    if value is not None and value.type == "title":
        return "title"
    if value is not None and value.type in ("count", "duration"):
        return "count"
    if kind == "office":
        return "holder"
    if key.tail or kind == "event":
        return "occurrence"
    return predicate


# --- apply -----------------------------------------------------------------------------


def tagger(tag_time: TagTime | None) -> Callable[[Source], Sequence[Timex]]:
    """A source's time expressions, tagged once per source (none without a tagger)."""
    cache: dict[str, Sequence[Timex]] = {}

    def tagged(source: Source) -> Sequence[Timex]:
        if tag_time is None:
            return ()
        if source.id not in cache:
            cache[source.id] = tag_time(source.text, source.published.anchor())
        return cache[source.id]

    return tagged


def _rests_on_inferred(source: Source, timex: Timex | None) -> bool:
    return source.published.basis == "inferred" and timex is not None and timex.anchor == "publication"


def manual(record: ManualClaim, annotations: Annotations, sources: Mapping[str, Source], index: Any,
            tagged: Callable[[Source], Sequence[Timex]]) -> Claim:
    """The claim a manual record states, its fields resolved as an extracted claim's are."""
    where_written = annotations.path
    source = sources.get(record.source)
    if source is None:
        raise ClaimsValidationError(
            f"{where_written}:{line_for(record, 'source')}: 'source': {record.source!r} is not a source in the corpus")
    start = source.text.find(record.quote)
    if start < 0:
        raise QuoteNotFound(f"{where_written}:{line_for(record, 'quote')}: 'quote': {record.quote!r} "
                            f"does not occur in source {record.source!r} (it must be copied exactly)")
    ctx = _Context(source, (start, start + len(record.quote)), where_written, index, tagged, record)
    when, timex = _when(record.when, record, ctx) if record.when else (None, None)
    value = _value(record.value, ctx) if record.value is not None else None
    subject = _subject(record.subject, ctx)
    return Claim(
        id=manual_claim_id(record.source, record.quote, record.predicate, record.subject),
        source=record.source, span=ctx.span, quote=record.quote, predicate=record.predicate,
        subject=subject, who=_actors(record.who, ctx), when=when,
        where=_where(record.where, ctx) if record.where else None, value=value, modality=record.modality,
        origin="manual", rests_on_inferred_date=_rests_on_inferred(source, timex),
        facet=record.facet or _facet(subject.id, record.predicate, value), timex=timex,
    )


def overridden(claim: Claim, record: Override, annotations: Annotations, sources: Mapping[str, Source],
              index: Any, tagged: Callable[[Source], Sequence[Timex]]) -> Claim:
    """``claim`` with the fields an override record sets replaced."""
    source = sources.get(claim.source)
    if source is None:
        return claim
    ctx = _Context(source, claim.span, annotations.path, index, tagged, record)
    fields = record.fields()
    update: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in ("predicate", "modality"):
            update[name] = spec if spec is not None else getattr(claim, name)
        elif name == "facet":
            update["facet"] = spec or claim.facet
        elif name == "subject":
            update["subject"] = _subject(spec, ctx) if spec else claim.subject
        elif name == "who":
            update["who"] = _actors(spec or [], ctx)
        elif name == "where":
            update["where"] = _where(spec, ctx) if spec else None
        elif name == "value":
            update["value"] = _value(spec, ctx) if spec is not None else None
        elif name == "when":
            when, timex = _when(spec, record, ctx) if spec else (None, None)
            update["when"], update["timex"] = when, timex
            update["rests_on_inferred_date"] = _rests_on_inferred(source, timex)
    return claim.model_copy(update=update)


def apply(claims: list[Claim], annotations: Annotations, sources: Mapping[str, Source], index: Any = None,
          tag_time: TagTime | None = None) -> list[Claim]:
    """Claims after people's annotations: manual claims added, suppressed ones dropped,
    overrides applied. ``tag_time(text, anchor)`` is the time tagger (claimcheck.timex.tag);
    without it, a manual ``when`` must be an ISO value. Suppressions and overrides naming
    a claim this run did not produce are kept in the file and logged, never an error."""
    tagged = tagger(tag_time)
    result = list(claims)
    seen = {c.id for c in claims}
    for record in annotations.claims:
        if record.source not in sources:  # a run on part of the corpus: kept for the next full run
            log.warning("%s:%d: manual claim on source %s, which is not in this corpus; not used",
                        annotations.path, record.line, record.source)
            continue
        claim = manual(record, annotations, sources, index, tagged)
        if claim.id not in seen:  # the same manual claim written twice counts once
            seen.add(claim.id)
            result.append(claim)
    unused = (set(annotations.suppress) | set(annotations.override)) - seen
    for claim_id in sorted(unused):
        log.warning("%s: claim %s is not produced by this run; its annotation is kept but unused",
                    annotations.path, claim_id)
    out = []
    for claim in result:
        if claim.id in annotations.suppress:
            continue
        record = annotations.override.get(claim.id)
        out.append(overridden(claim, record, annotations, sources, index, tagged) if record else claim)
    return out


def unused_ids(claims: Sequence[Claim], annotations: Annotations) -> list[str]:
    """Claim ids named by suppress/override that none of ``claims`` (as extracted, before
    ``apply``) carries: annotations left behind by a changed extractor."""
    ids = {c.id for c in claims}
    return sorted((set(annotations.suppress) | set(annotations.override)) - ids)
