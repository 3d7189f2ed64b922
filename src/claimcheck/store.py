"""The claims/ folder: human-owned YAML, read with line numbers and validated.

Reading: ``read_sources``, ``read_annotations``, ``read_reviews`` (errors name
``file:line``). Writing: every change is a locked read-modify-write of the round-trip
document (comments and key order kept), validated, then written atomically.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .cache import cached_file
from .errors import ClaimsFileAccess, ClaimsValidationError, LockTimeout, ReviewError
from .models import Modality, Review
from .yamlio import line_of, load_yaml, round_trip_yaml

M = TypeVar("M", bound=BaseModel)

# Writing needs ruamel's round-trip types and a file lock; each writer imports them, so
# that reading the folder (every run, cached: claimcheck.cache) pays for neither.
if TYPE_CHECKING:
    from ruamel.yaml.comments import CommentedMap


class ReviewChanged(ReviewError):
    """Another session recorded a verdict on this finding since this one read it."""

    code = "E503"

    def __init__(self, message: str, current: Review) -> None:
        super().__init__(message)
        self.current = current
_DATE_LIKE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})"
                        r"(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w.-])")


def _impossible(m: re.Match[str]) -> bool:
    """A date (or timestamp) the YAML reader cannot build: 2023-02-30, 2023-04-15T25:00."""
    try:
        date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return True
    return m[4] is not None and (int(m[4]) > 23 or int(m[5]) > 59 or int(m[6] or 0) > 60)


def _load(path: Path) -> Any:
    """``load_yaml``, plus a ``file:line`` error for an impossible unquoted date
    (ruamel raises a bare ValueError while building it, e.g. ``when: 2023-13-01``)."""
    try:
        return load_yaml(path)
    except ValueError as exc:
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            for m in _DATE_LIKE.finditer(line.split("#", 1)[0]):
                if _impossible(m):
                    key = line.split(":", 1)[0].strip(" -\t") if ":" in line[:m.start()] else ""
                    what = f"'{key}': not a date or an interval" if key else "not a date"
                    raise ClaimsValidationError(f"{path}:{number}: {what} ('{m[0]}': {exc})") from None
        raise ClaimsValidationError(f"{path}:1: {exc}") from None

SOURCES_FILE = "sources.yaml"
_PUBLISHED = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
# a timestamp ("2023-04-15T10:00:00Z"): the day as written, whatever the time and zone
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[Tt ]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                        r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$")


class SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO day or YYYY-MM
    basis: str | None = None


def parse_published(value: object) -> str | None:
    """An ISO day or YYYY-MM as text (a timestamp gives its day, as written); None for
    empty; ValueError for anything else. The store and the pipeline both read it here."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):  # YAML reads an unquoted timestamp; its own day, not UTC's
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    stamp = _TIMESTAMP.match(text)
    if stamp is not None and int(stamp[2]) < 24 and int(stamp[3]) < 60 and int(stamp[4] or 0) < 61:
        text = stamp[1]
    if not _PUBLISHED.match(text):
        raise ValueError(f"'published': '{text}' is not an ISO day (2023-04-15) or a month (2023-04)")
    year, month, *day = (int(p) for p in text.split("-"))
    try:
        date(year, month, day[0] if day else 1)
    except ValueError:
        raise ValueError(f"'published': '{text}' is not a day of the calendar") from None
    return text


def read_sources(claims_dir: Path) -> dict[str, SourceEntry]:
    """Per source id, the metadata people wrote in claims/sources.yaml (empty if absent)."""
    path = claims_dir / SOURCES_FILE
    if not path.exists():  # a folder in its place is an error (load_yaml)
        return {}
    return cached_file("claims-sources", lambda: _parse_sources(_load(path), path), path)


def _parse_sources(data: Any, path: Path) -> dict[str, SourceEntry]:
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
            raise ClaimsValidationError(f"{path}:{line}: source '{key}': expected a mapping of fields")
        fields = {str(k): v for k, v in body.items()}
        unknown = [k for k in fields if k not in SourceEntry.model_fields]
        if unknown:
            raise ClaimsValidationError(f"{path}:{line_of(body, unknown[0], line)}: source '{key}': unknown field "
                                        f"'{unknown[0]}' (expected {', '.join(SourceEntry.model_fields)})")
        try:
            fields["published"] = parse_published(fields.get("published"))
        except ValueError as exc:
            field_line = line_of(body, "published", line) if "published" in body else line
            raise ClaimsValidationError(f"{path}:{field_line}: source '{key}': {exc}") from None
        for name, value in fields.items():
            if name != "published" and value is not None and not isinstance(value, (str, int, float)):
                raise ClaimsValidationError(f"{path}:{line_of(body, name, line)}: source '{key}': '{name}' must be "
                                            "text")
        entries[str(key)] = SourceEntry(**{k: (None if v is None else v if k == "published" else str(v))
                                           for k, v in fields.items()})
    return entries


# --- when values written by people ------------------------------------------------------

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
# Meteorological seasons (northern hemisphere), as TIMEX3 season values are read.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
LOOKS_LIKE_DATE = re.compile(r"^\d{4}(?:[-/]|$)")


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _point(text: str) -> tuple[date, date, str] | None:
    try:
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day, "day"
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), _month_end(year, month), "month"
        if m := _YEAR.match(text):
            year = int(m[1])
            return date(year, 1, 1), date(year, 12, 31), "year"
        if m := _SEASON.match(text):
            year, (first, last) = int(m[1]), _SEASON_MONTHS[m[2]]
            end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
            return date(year, first, 1), _month_end(end_year, end_month), "season"
    except ValueError:  # 2023-02-30, month 13
        return None
    return None


def parse_when_value(value: object) -> tuple[str, date, date, str] | None:
    """An ISO day, month, year, season (2024-SU) or interval ``A/B`` as (value, start, end,
    granularity); None when ``value`` is not one of those."""
    if isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = _point(first.strip()), _point(last.strip())
        if a is None or b is None or a[0] > b[1]:
            return None
        return f"{first.strip()}/{last.strip()}", a[0], b[1], "interval"
    point = _point(text)
    if point is None:
        return None
    return text, point[0], point[1], point[2]


# --- the records people write -----------------------------------------------------------

ANNOTATIONS_FILE = "annotations.yaml"
REVIEWS_FILE = "reviews.yaml"
ALIASES_FILE = "aliases.yaml"
# Fields a manual claim and an override may set (the shape of an extracted claim).
CLAIM_FIELDS = ("predicate", "subject", "who", "when", "where", "value", "modality", "facet")
VALUE_TYPES = ("ordinal", "count", "title", "duration", "name", "other")
# What claimcheck.entities reads from an alias mapping (see entities/aliases.py).
ALIAS_FIELDS = ("kind", "variants", "office", "from", "to", "terms")
ALIAS_KINDS = ("person", "org", "country", "place", "series", "event", "thing", "office")


def _when_field(value: object) -> str | None:
    """Keep text ("in December") for the tagger; reject what looks like a date and is not."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, (str, int)):
        raise ValueError("not a date or an interval")
    text = str(value).strip()
    if LOOKS_LIKE_DATE.match(text) and parse_when_value(text) is None:
        raise ValueError("not a date or an interval")
    return text


def _value_field(value: object) -> object:
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Mapping):
        body = dict(value)
        if set(body) - {"type", "value", "text"} or "value" not in body:
            raise ValueError("a mapping with 'value' and optional 'type' and 'text'")
        if body.get("type", "other") not in VALUE_TYPES:
            raise ValueError(f"'type' must be one of {', '.join(VALUE_TYPES)}")
        return body
    raise ValueError("a number, a text, or a mapping with 'type' and 'value'")


def _who_field(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError("a name or entity id, or a list of them")


def line_for(record: BaseModel, name: str) -> int:
    """The line a field of a manual claim or override is written on (else the record's)."""
    lines: dict[str, int] = getattr(record, "field_lines", {})
    return lines.get(name, getattr(record, "line", 1) or 1)


class ManualClaim(BaseModel):
    """A claim the extractor missed, written in claims/annotations.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    source: str
    quote: str
    predicate: str
    subject: str
    who: list[str] = Field(default_factory=list)
    when: str | None = None
    where: str | None = None
    value: str | int | float | dict[str, Any] | None = None
    modality: Modality = "reported"
    facet: str | None = None
    line: int = Field(default=0, exclude=True)  # where it is written, for error messages
    field_lines: dict[str, int] = Field(default_factory=dict, exclude=True)

    _check_when = field_validator("when", mode="before")(lambda cls, v: _when_field(v))
    _check_value = field_validator("value", mode="before")(lambda cls, v: _value_field(v))
    _check_who = field_validator("who", mode="before")(lambda cls, v: _who_field(v))

    @field_validator("quote", "predicate", "subject", "source", mode="before")
    @classmethod
    def _non_empty(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise ValueError("must not be empty")
        return value


class Override(BaseModel):
    """New field values for one claim, by claim id."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    predicate: str | None = None
    subject: str | None = None
    who: list[str] | None = None
    when: str | None = None
    where: str | None = None
    value: str | int | float | dict[str, Any] | None = None
    modality: Modality | None = None
    facet: str | None = None
    line: int = Field(default=0, exclude=True)
    field_lines: dict[str, int] = Field(default_factory=dict, exclude=True)

    _check_when = field_validator("when", mode="before")(lambda cls, v: _when_field(v))
    _check_value = field_validator("value", mode="before")(lambda cls, v: _value_field(v))
    _check_who = field_validator("who", mode="before")(lambda cls, v: None if v is None else _who_field(v))

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if k in self.model_fields_set}


class Annotations(BaseModel):
    """claims/annotations.yaml: manual claims and corrections to extracted ones."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    claims: list[ManualClaim] = Field(default_factory=list)
    suppress: dict[str, str | None] = Field(default_factory=dict)
    override: dict[str, Override] = Field(default_factory=dict)
    path: str = Field(default=ANNOTATIONS_FILE, exclude=True)  # as named in error messages


def _first_error(exc: ValidationError) -> tuple[object | None, str]:
    """The field and the problem, in our words: "unknown field 'x'" (never pydantic's "Extra
    inputs are not permitted"), "'when': not a date" (without its "Value error, " prefix)."""
    err = exc.errors()[0]
    loc = err["loc"][0] if err["loc"] else None
    if err["type"] == "extra_forbidden":
        return loc, f"unknown field '{loc}'"
    message = str(err["msg"]).removeprefix("Value error, ")
    return loc, message if loc is None else f"'{loc}': {message}"


def build_record(model: type[M], body: Mapping[str, Any], path: Path, line: int, what: str) -> M:
    """Validate one mapping; an error names the file, the field's line and the field."""
    fields = {str(k): v for k, v in body.items()}
    if "line" in model.model_fields:
        fields["line"] = line
        fields["field_lines"] = {str(k): line_of(body, k, line) for k in body}
    try:
        return model(**fields)
    except ValidationError as exc:
        loc, message = _first_error(exc)
        at = line_of(body, loc, line) if loc is not None and loc in body else line
        raise ClaimsValidationError(f"{path}:{at}: {what}{message}") from None


def parse_annotations(data: Any, path: Path) -> Annotations:
    if data is None:
        return Annotations(path=str(path))
    if not isinstance(data, Mapping):
        raise ClaimsValidationError(f"{path}:1: expected a mapping with 'claims', 'suppress' and 'override'")
    unknown = [k for k in data if k not in ("claims", "suppress", "override")]
    if unknown:
        raise ClaimsValidationError(
            f"{path}:{line_of(data, unknown[0])}: unknown section {unknown[0]!r} "
            "(expected 'claims', 'suppress' or 'override')")
    claims: list[ManualClaim] = []
    items = data.get("claims") or []
    if not isinstance(items, list):
        raise ClaimsValidationError(f"{path}:{line_of(data, 'claims')}: 'claims' must be a list of claims")
    for i, body in enumerate(items):
        line = line_of(items, i, line_of(data, "claims"))
        if not isinstance(body, Mapping):
            raise ClaimsValidationError(f"{path}:{line}: a claim must be a mapping of fields")
        claims.append(build_record(ManualClaim, body, path, line, ""))
    suppress: dict[str, str | None] = {}
    section = data.get("suppress") or {}
    if isinstance(section, list):  # a bare list of ids is accepted: no notes
        section = {str(k): None for k in section}
    if not isinstance(section, Mapping):
        raise ClaimsValidationError(f"{path}:{line_of(data, 'suppress')}: 'suppress' must map claim id to a note")
    for key, note in section.items():
        if note is not None and not isinstance(note, str):
            raise ClaimsValidationError(f"{path}:{line_of(section, key)}: suppress '{key}': the note must be text")
        suppress[str(key)] = note
    override: dict[str, Override] = {}
    section = data.get("override") or {}
    if not isinstance(section, Mapping):
        raise ClaimsValidationError(f"{path}:{line_of(data, 'override')}: 'override' must map claim id to fields")
    for key, body in section.items():
        line = line_of(section, key)
        if not isinstance(body, Mapping):
            raise ClaimsValidationError(f"{path}:{line}: override '{key}': expected a mapping of fields")
        override[str(key)] = build_record(Override, body, path, line, f"override '{key}': ")
    return Annotations(claims=claims, suppress=suppress, override=override, path=str(path))


def read_annotations(claims_dir: Path) -> Annotations:
    """claims/annotations.yaml, validated (empty if absent)."""
    path = claims_dir / ANNOTATIONS_FILE
    if not path.exists():  # a folder in its place is an error (load_yaml)
        return Annotations(path=str(path))
    return cached_file("claims-annotations", lambda: parse_annotations(_load(path), path), path)


def parse_reviews(data: Any, path: Path) -> dict[str, Review]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ClaimsValidationError(f"{path}:1: expected a mapping of finding id to its review")
    reviews: dict[str, Review] = {}
    for key, body in data.items():
        line = line_of(data, key)
        if not isinstance(body, Mapping):
            raise ClaimsValidationError(f"{path}:{line}: review '{key}': expected a mapping with 'verdict'")
        fields = {str(k): v for k, v in body.items()}
        if isinstance(fields.get("at"), (date, datetime)):  # YAML reads unquoted timestamps
            fields["at"] = fields["at"].isoformat()
        reviews[str(key)] = _build_review(fields, body, path, line, str(key))
    return reviews


def _build_review(fields: dict[str, Any], body: Mapping[str, Any], path: Path, line: int, key: str) -> Review:
    try:
        return Review(**fields)
    except ValidationError as exc:
        loc, message = _first_error(exc)
        at = line_of(body, loc, line) if loc in body else line
        raise ClaimsValidationError(f"{path}:{at}: review '{key}': {message}") from None


def read_reviews(claims_dir: Path) -> dict[str, Review]:
    """claims/reviews.yaml: finding id -> verdict, note, reviewer, at (empty if absent)."""
    path = claims_dir / REVIEWS_FILE
    if not path.exists():  # a folder in its place is an error (load_yaml)
        return {}
    return cached_file("claims-reviews", lambda: parse_reviews(_load(path), path), path)


def _is_day(value: object) -> bool:
    return isinstance(value, date) or (isinstance(value, str) and parse_when_value(value) is not None
                                       and _DAY.match(value.strip()) is not None)


def parse_aliases_shape(data: Any, path: Path) -> None:
    """The shape ``annotate alias`` relies on: canonical -> list, or a mapping with
    kind, variants, from, to. (claimcheck.entities reads the file for the pipeline.)"""
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise ClaimsValidationError(f"{path}:1: expected a mapping of canonical name to its variants")
    for key, body in data.items():
        line = line_of(data, key)
        if body is None or isinstance(body, list):
            continue
        if not isinstance(body, Mapping):
            raise ClaimsValidationError(f"{path}:{line}: alias '{key}': expected a list of variants or a mapping")
        for name in body:
            if name not in ALIAS_FIELDS:
                raise ClaimsValidationError(f"{path}:{line_of(body, name, line)}: alias '{key}': unknown field {name!r}")
        if body.get("kind") is not None and body["kind"] not in ALIAS_KINDS:
            raise ClaimsValidationError(
                f"{path}:{line_of(body, 'kind', line)}: alias '{key}': 'kind' must be one of {', '.join(ALIAS_KINDS)}")
        for name in ("from", "to"):
            if body.get(name) is not None and not _is_day(body[name]):
                raise ClaimsValidationError(
                    f"{path}:{line_of(body, name, line)}: alias '{key}': '{name}': not an ISO day (2023-10-07)")


# --- atomic, locked round-trip writes ----------------------------------------------------

def _writer_yaml() -> Any:
    """The round-trip dumper, writing null as ``null`` (as people write it) not as nothing."""
    yaml = round_trip_yaml()
    yaml.representer.add_representer(
        type(None), lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


LOCK_TIMEOUT = 30.0  # seconds a writer waits for another one before giving up


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a reader (or a crash) sees the old file or the
    new one, never a half-written one: temp file in the same directory, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():  # keep the permissions people gave the file
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        else:  # mkstemp makes 0600; a new file gets the usual umask-based mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def edit_yaml(path: Path, check: Callable[[Any, Path], object] | None = None,
              timeout: float = LOCK_TIMEOUT) -> Iterator[CommentedMap]:
    """Read-modify-write ``path`` under ``<path>.lock``: yields the round-trip document
    (comments and order kept), checks it with ``check`` and writes it atomically. If the
    body or the check raises, the file is left as it was."""
    from filelock import FileLock, Timeout
    from ruamel.yaml.comments import CommentedMap

    if path.is_dir():
        raise ClaimsFileAccess(f"{path}: is a folder, not a file")
    lock = FileLock(f"{path}.lock", timeout=timeout)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise LockTimeout(f"{path}:1: another claimcheck process holds {path}.lock; try again") from None
    except OSError as exc:  # no permission to create the folder or the lock file in it
        raise ClaimsFileAccess(f"{path}: cannot write it ({exc.strerror}: {exc.filename or path.parent})") from None
    try:
        # temp files only exist under this lock: any left now are from a writer that died
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        data = _load(path) if path.exists() else None
        if check is not None and data is not None:
            check(data, path)  # refuse to rewrite a file that is already invalid
        if data is None:
            data = CommentedMap()
        if not isinstance(data, CommentedMap):
            raise ClaimsValidationError(f"{path}:1: expected a mapping at the top level")
        yield data
        if check is not None:
            check(data, path)
        buffer = io.StringIO()
        _writer_yaml().dump(data, buffer)
        try:
            atomic_write(path, buffer.getvalue())
        except OSError as exc:
            raise ClaimsFileAccess(f"{path}: cannot write it ({exc.strerror})") from None
    finally:
        lock.release()


# Characters YAML would fold or drop in a plain or single-quoted scalar (NEL and the
# Unicode line and paragraph separators count as line breaks; a BOM is stripped).
_FRAGILE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _scalar(value: Any) -> Any:
    """Text people typed, written so that it reads back exactly (escaped in double quotes
    when plain YAML would change it)."""
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, str) and _FRAGILE.search(value):
        return DoubleQuotedScalarString(value)
    if isinstance(value, list):
        return CommentedSeq(_scalar(v) for v in value)
    return value


def _iso_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def write_review(claims_dir: Path, finding_id: str, review: Review, expect: Review | None = None) -> Review:
    """Record ``review`` for ``finding_id`` in claims/reviews.yaml (fills ``at``).

    With ``expect`` (the review the writer saw, ``Review()`` for none), the write happens
    only if the file still holds that: another session's verdict given meanwhile is never
    overwritten unseen (ReviewChanged carries it)."""
    from ruamel.yaml.comments import CommentedMap

    if review.at is None:
        review = review.model_copy(update={"at": _iso_now()})
    path = claims_dir / REVIEWS_FILE
    with edit_yaml(path, parse_reviews) as data:
        if expect is not None:
            current = parse_reviews(data, path).get(finding_id, Review())
            if current != expect:
                raise ReviewChanged(f"{path}: {finding_id} was reviewed meanwhile: {current.verdict}"
                                    + (f" by {current.reviewer}" if current.reviewer else "")
                                    + (f" ({current.note})" if current.note else ""), current)
        entry = data.get(finding_id)
        if not isinstance(entry, CommentedMap):
            entry = CommentedMap()
            data[finding_id] = entry
        for name in ("verdict", "note", "reviewer", "at"):
            value = getattr(review, name)
            if value is None:
                entry.pop(name, None)
            else:
                entry[name] = _scalar(value)
    return review


UNSET: Any = object()
SOURCE_FIELDS = ("outlet", "url", "published", "basis")


def _put(entry: CommentedMap, name: str, value: Any, order: tuple[str, ...]) -> None:
    """Set ``name``; a new key goes where ``order`` puts it among the keys present, so a
    date removed and put back returns to its line."""
    if name in entry or name not in order:
        entry[name] = value
        return
    rank = order.index(name)
    position = sum(1 for key in entry if key in order and order.index(key) < rank)
    entry.insert(position, name, value)


def _check_sources(data: Any, path: Path) -> None:
    _parse_sources(data, path)


def write_source(claims_dir: Path, source_id: str, *, published: str | None = UNSET, outlet: str | None = UNSET,
                 url: str | None = UNSET, basis: str | None = UNSET) -> SourceEntry:
    """Set fields of one source in claims/sources.yaml; ``None`` removes a field."""
    from ruamel.yaml.comments import CommentedMap

    path = claims_dir / SOURCES_FILE
    if published is None and basis is UNSET:
        basis = None  # the basis explained the date being removed
    if published not in (UNSET, None):
        try:
            published = parse_published(published)
        except ValueError as exc:
            raise ClaimsValidationError(f"{path}:1: source {source_id!r}: {exc}") from None
    with edit_yaml(path, _check_sources) as data:
        entry = data.get(source_id)
        if not isinstance(entry, CommentedMap):
            entry = CommentedMap()
            data[source_id] = entry
        for name, value in (("outlet", outlet), ("url", url), ("published", published), ("basis", basis)):
            if value is UNSET:
                continue
            if value is None:
                entry.pop(name, None)
            else:
                value = date.fromisoformat(value) if name == "published" and _DAY.match(value) else value
                _put(entry, name, _scalar(value), SOURCE_FIELDS)  # a day is written plain, like people write it
    return read_sources(claims_dir).get(source_id, SourceEntry())


def _check_aliases(data: Any, path: Path) -> None:
    """The shape above, then the entity module's own reading of the file (the pipeline's
    reader), on a temporary copy, so an alias written here is one the next run accepts."""
    parse_aliases_shape(data, path)
    try:
        from .entities import load_aliases
    except ImportError:  # the entity module reads aliases; without it the shape is all we check
        return
    buffer = io.StringIO()
    _writer_yaml().dump(data, buffer)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / ALIASES_FILE).write_text(buffer.getvalue(), encoding="utf-8")
        try:
            load_aliases(Path(tmp))
        except ClaimsValidationError as exc:
            raise ClaimsValidationError(exc.message.replace(str(Path(tmp) / ALIASES_FILE), str(path))) from None


def write_alias(claims_dir: Path, canonical: str, variants: list[str], kind: str | None = None,
                valid_from: str | None = None, valid_to: str | None = None, office: str | None = None) -> None:
    """Add variants to claims/aliases.yaml, optionally a kind, and an office held from/to
    (a second office goes to the entry's ``terms``)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    path = claims_dir / ALIASES_FILE
    if (valid_from or valid_to) and not office:
        raise ClaimsValidationError(f"{path}:1: alias {canonical!r}: a period (from/to) needs the office held "
                                    "in it (office:...)")
    if office is not None and not re.match(r"^office:\S+$", office):
        raise ClaimsValidationError(f"{path}:1: alias {canonical!r}: 'office' must be an id like "
                                    "office:south-korea-defense-minister")
    for name, value in (("from", valid_from), ("to", valid_to)):
        if value is not None and not _is_day(value):
            raise ClaimsValidationError(f"{path}:1: alias {canonical!r}: '{name}': {value!r} is not an ISO day (2023-10-07)")
    if kind is not None and kind not in ALIAS_KINDS:
        raise ClaimsValidationError(f"{path}:1: alias {canonical!r}: 'kind' must be one of {', '.join(ALIAS_KINDS)}")
    with edit_yaml(path, _check_aliases) as data:
        entry = data.get(canonical)
        simple = kind is None and office is None
        if entry is None or isinstance(entry, list):
            known = list(entry or [])
            if simple:
                seq = entry if isinstance(entry, CommentedSeq) else CommentedSeq(known)
                seq.extend(v for v in variants if v not in known and v != canonical)
                data[canonical] = seq
                return
            entry = CommentedMap(variants=CommentedSeq(known))
            data[canonical] = entry
        seq = entry.get("variants")
        if not isinstance(seq, list):
            seq = CommentedSeq()
            entry["variants"] = seq
        seq.extend(v for v in variants if v not in seq and v != canonical)
        if kind is not None:
            entry["kind"] = kind
        if office is not None:
            term = CommentedMap(office=office)
            for name, value in (("from", valid_from), ("to", valid_to)):
                if value is not None:
                    term[name] = date.fromisoformat(value.strip())
            if entry.get("office") in (None, office):
                entry.update(term)
            else:  # already holds another office: this one is a further term
                terms = entry.get("terms")
                if not isinstance(terms, CommentedSeq):
                    terms = CommentedSeq(terms or [])
                    entry["terms"] = terms
                terms.append(term)


def _set_fields(target: CommentedMap, fields: Mapping[str, Any]) -> None:
    from ruamel.yaml.comments import CommentedMap

    for name, value in fields.items():
        if value is None:
            target.pop(name, None)
        elif isinstance(value, list):
            target[name] = _scalar(value)
        elif isinstance(value, Mapping):
            target[name] = CommentedMap((k, _scalar(v)) for k, v in value.items())
        else:
            target[name] = _scalar(value)


def add_manual_claim(claims_dir: Path, fields: Mapping[str, Any]) -> ManualClaim:
    """Append a manual claim to claims/annotations.yaml (validated before anything is written)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    path = claims_dir / ANNOTATIONS_FILE
    claim = build_record(ManualClaim, {k: v for k, v in fields.items() if v not in (None, [])}, path, 1, "")
    with edit_yaml(path, parse_annotations) as data:
        items = data.get("claims")
        if not isinstance(items, CommentedSeq):
            items = CommentedSeq(items or [])
            data["claims"] = items
        entry = CommentedMap()
        _set_fields(entry, {k: v for k, v in claim.model_dump().items()
                            if k in claim.model_fields_set and v not in (None, [])})
        items.append(entry)
    return claim


def write_suppress(claims_dir: Path, claim_id: str, note: str | None) -> None:
    from ruamel.yaml.comments import CommentedMap

    with edit_yaml(claims_dir / ANNOTATIONS_FILE, parse_annotations) as data:
        section = data.get("suppress")
        if not isinstance(section, CommentedMap):
            section = CommentedMap((str(k), None) for k in (section or []))
            data["suppress"] = section
        section[claim_id] = _scalar(note)


def write_override(claims_dir: Path, claim_id: str, fields: Mapping[str, Any]) -> Override:
    """Merge ``fields`` into the override of ``claim_id`` (validated before writing)."""
    from ruamel.yaml.comments import CommentedMap

    path = claims_dir / ANNOTATIONS_FILE
    override = build_record(Override, dict(fields), path, 1, f"override {claim_id!r}: ")
    with edit_yaml(path, parse_annotations) as data:
        section = data.get("override")
        if not isinstance(section, CommentedMap):
            section = CommentedMap()
            data["override"] = section
        entry = section.get(claim_id)
        if not isinstance(entry, CommentedMap):
            entry = CommentedMap()
            section[claim_id] = entry
        _set_fields(entry, override.fields())
    return override
