"""claims/aliases.yaml: canonical names and their variants, with optional kind and
office terms (who held an office when). The shipped resources are always in force;
this file adds to them and wins where it names the same variant.

    Shin Won-sik: [Shin Won Sik, Shin Wonsik]
    Lloyd Austin:
      kind: person
      variants: [Lloyd J. Austin III]
      office: office:united-states-defense-minister
      from: 2021-01-22
      to: 2025-01-20
    Defense Trilateral Talks:
      kind: series
      variants: [DTT, Korea-US-Japan Security Meeting]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..cache import cached_file
from ..errors import ClaimsValidationError
from ..keys import MalformedId, parse_written
from ..models import EntityKind
from ..yamlio import line_of, load_yaml
from .text import key, slug

ALIASES_FILE = "aliases.yaml"


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True, populate_by_name=True)

    office: str
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None

    @field_validator("office")
    @classmethod
    def _office_id(cls, v: str) -> str:
        try:  # an id a person wrote: read once, here
            key = parse_written(v)
        except MalformedId:
            key = None
        if key is None or key.kind != "office":
            raise ValueError("office must be an id like office:south-korea-defense-minister")
        return v


class AliasSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True, populate_by_name=True)

    kind: EntityKind | None = None
    variants: list[str] = Field(default_factory=list)
    office: str | None = None
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None
    terms: list[Term] = Field(default_factory=list)

    @field_validator("variants")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not isinstance(x, str) or not x.strip() for x in v):
            raise ValueError("every variant must be a non-empty string")
        return v


@dataclass(frozen=True)
class Tenure:
    """One person's term in one office; open ends are None."""

    person: str
    office: str
    start: date | None
    end: date | None
    origin: str  # "aliases.yaml:<line>" or "text"

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class AliasEntry:
    canonical: str
    kind: EntityKind | None
    variants: list[str]
    terms: list[Term]
    line: int

    @property
    def id(self) -> str:
        return f"{self.kind or 'thing'}:{slug(self.canonical)}"


@dataclass
class AliasTable:
    """The claims/ aliases; the shipped lexicon is consulted by the resolver itself."""

    entries: list[AliasEntry] = field(default_factory=list)
    by_key: dict[str, AliasEntry] = field(default_factory=dict)
    path: Path | None = None

    def lookup(self, text: str) -> AliasEntry | None:
        """The claims/aliases.yaml entry naming ``text`` (canonical or variant)."""
        return self.by_key.get(key(text))

    def entity_id(self, text: str) -> str | None:
        """The canonical id of a name by the alias tables alone: claims/aliases.yaml
        first, then the shipped resources (countries, series, bodies, places, things)."""
        entry = self.lookup(text)
        if entry is not None:
            return entry.id
        from .lexicon import lexicon  # the shipped tables, loaded once

        hit = lexicon().lookup(text)
        return hit.id if hit is not None else None

    def tenures(self, person_id_of: Any = None) -> list[Tenure]:
        out: list[Tenure] = []
        for e in self.entries:
            if e.kind not in (None, "person"):
                continue
            pid = person_id_of(e) if person_id_of else f"person:{slug(e.canonical)}"
            for t in e.terms:
                out.append(Tenure(pid, t.office, t.from_, t.to, f"{ALIASES_FILE}:{e.line}"))
        return out


_DATE_LIKE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.-])")


def _load(path: Path) -> Any:
    """load_yaml, plus file:line for an impossible unquoted date ("from: 2021-13-01"),
    which the YAML reader rejects with a bare ValueError while building it."""
    try:
        return load_yaml(path)  # a syntax error: YamlSyntaxError (E201) with file:line
    except ValueError as exc:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in _DATE_LIKE.finditer(line.split("#", 1)[0]):
                try:
                    date(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    raise ClaimsValidationError(f"{path}:{number}: '{m[0]}' is not a date ({exc})") from None
        raise ClaimsValidationError(f"{path}:1: {exc}") from None


def load_aliases(claims_dir: Path | None) -> AliasTable:
    """The aliases of ``claims_dir/aliases.yaml`` (an empty table without one)."""
    table = AliasTable()
    if claims_dir is None:
        return table
    path = Path(claims_dir) / ALIASES_FILE
    if not path.exists():
        return table
    return cached_file("claims-aliases", lambda: _read(path), path)


def _read(path: Path) -> AliasTable:
    table = AliasTable(path=path)
    data = _load(path)
    if data is None:
        return table
    if not isinstance(data, dict):
        raise ClaimsValidationError(f"{path}:1: expected a mapping of canonical name -> variants")
    for name, body in data.items():
        line = line_of(data, name)
        if not isinstance(name, str) or not name.strip():
            raise ClaimsValidationError(f"{path}:{line}: a canonical name must be a non-empty string")
        raw = {"variants": body} if isinstance(body, list) else ({} if body is None else body)
        if not isinstance(raw, dict):
            raise ClaimsValidationError(f"{path}:{line}: {name}: expected a list of variants or a mapping")
        try:
            spec = AliasSpec.model_validate(dict(raw))
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = err["loc"]
            where = line
            if loc and isinstance(raw, dict) and loc[0] in raw:
                where = line_of(raw, loc[0], line)
            field_name = ".".join(str(x) for x in loc)
            kinds = ", ".join(get_args(EntityKind))
            if err["type"] == "extra_forbidden":
                raise ClaimsValidationError(f"{path}:{where}: {name}: unknown field '{field_name}'") from None
            msg = str(err["msg"]).removeprefix("Value error, ") + (f" (one of: {kinds})" if field_name == "kind" else "")
            raise ClaimsValidationError(f"{path}:{where}: {name}: {field_name}: {msg}") from None
        terms = list(spec.terms)
        if spec.office:
            try:
                terms.append(Term.model_validate({"office": spec.office, "from": spec.from_, "to": spec.to}))
            except ValidationError as exc:
                message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
                raise ClaimsValidationError(f"{path}:{line}: {name}: {message}") from None
        elif spec.from_ or spec.to:
            raise ClaimsValidationError(f"{path}:{line}: {name}: from/to need an office")
        for t in terms:
            if t.from_ and t.to and t.to < t.from_:
                raise ClaimsValidationError(f"{path}:{line}: {name}: 'to' {t.to} is before 'from' {t.from_}")
        kind = spec.kind or ("person" if terms else None)
        entry = AliasEntry(str(name), kind, [str(v) for v in spec.variants], terms, line)
        table.entries.append(entry)
        for v in [entry.canonical, *entry.variants]:
            table.by_key[key(v)] = entry
    return table
