"""Typed keys for subject and entity ids.

An id in the report, in ``claims/`` and in verdicts is one string (``series:nordic-forum#9``,
``event:dismissal~c-1f2e``, ``quantity:count|dead||-|2024-01-02``); its parts are read
here and nowhere else. Code that makes an id builds a key and renders it; code that needs
a part (the series of a session, a quantity's head) reads it from the key. ``parse`` turns
an id string back into its key and ``render`` gives the same string byte for byte, so ids
written before keep working.

The grammar (docs/internals.md, claim shapes):

- ``kind:slug``, an entity or a subject (``EntityKey``); the slug may hold ``:`` ("event:
  <class>:<key>") and ``|`` ("operator:<device>|<place>");
- ``kind:slug~anchor``, an entity or a mention kept on its own (``LoneKey``): an event
  mention that joined nothing (``event:<class>~<claim id>``), a count of an unnamed event
  within its source (``event:<type>~<source>``), a name known only in its document
  (``person:x~3fa2``, ``series:x~3fa2``);
- ``<entity>#<occurrence>``, one occurrence of either (``OccurrenceKey``): a session number
  (``series:x#13``, ``series:x~3fa2#2``), a date (``series:x#2024-07``,
  ``event:<class>:<key>#2024-05-01``), a place's name (``event:meeting#quay-hall~1a93``);
  everything after the first ``#`` is the occurrence;
- ``quantity:<dimension>|<head>|<role>|<entity or ->|<as-of or fixed>``, or
  ``quantity:age|<entity>`` (``QuantityKey``).

Parsing is memoised per distinct id: a corpus repeats few ids many times.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Self

QUANTITY = "quantity"
_NO_ENTITY, _NO_ASOF = "-", "fixed"


class _Whole:
    """A key with no occurrence after it."""

    __slots__ = ()

    @property
    def base(self) -> Self:
        """The id without its occurrence (a session's series): here the key itself."""
        return self

    @property
    def tail(self) -> str:
        """What follows the base (``13`` of ``series:x#13``): nothing here."""
        return ""


class _Named(_Whole):
    """An entity, or one kept on its own: a name of words that occurrences hang from."""

    __slots__ = ()

    @property
    def name(self) -> str:
        raise NotImplementedError

    @property
    def words(self) -> list[str]:
        """The name's words (``series:nordic-rail-forum``: nordic, rail, forum; an anchor
        stays on the last, as the id reads)."""
        return self.name.split("-")

    @property
    def head(self) -> str:
        """The name's last word (the head noun of a series or event name)."""
        return self.name.rsplit("-", 1)[-1]

    def at(self, occurrence: object) -> OccurrenceKey:
        """One occurrence: a session number, a date, a year (written as ``str`` writes it)."""
        return OccurrenceKey(self, str(occurrence))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class EntityKey(_Named):
    """``kind:slug``."""

    kind: str
    slug: str

    def render(self) -> str:
        return f"{self.kind}:{self.slug}"

    @property
    def name(self) -> str:
        """The id after its kind."""
        return self.slug

    @property
    def entity(self) -> EntityKey:
        """The entity or series under any occurrence or anchor: here the key itself."""
        return self

    def alone(self, anchor: str) -> LoneKey:
        return LoneKey(self, anchor)


@dataclass(frozen=True, slots=True)
class LoneKey(_Named):
    """``<entity>~<anchor>``: an entity or mention kept apart from every other, its anchor a
    claim (``event:dismissal~c-1f2e``), a source (``event:quake~report-7``) or a document (a
    name known only there, ``person:baker~3fa2``, ``series:world-war~73a2``)."""

    of: EntityKey
    anchor: str

    def render(self) -> str:
        return f"{self.of.render()}~{self.anchor}"

    @property
    def kind(self) -> str:
        return self.of.kind

    @property
    def name(self) -> str:
        return f"{self.of.slug}~{self.anchor}"

    @property
    def entity(self) -> EntityKey:
        return self.of

    def alone(self, anchor: str) -> LoneKey:
        return LoneKey(self.of, f"{self.anchor}~{anchor}")


@dataclass(frozen=True, slots=True)
class OccurrenceKey:
    """``<entity>#<occurrence>``: one session or dated occurrence of a series or event (the
    occurrence a number, a date, a clock time or a place's name)."""

    of: EntityKey | LoneKey
    occurrence: str

    def render(self) -> str:
        return f"{self.of.render()}#{self.occurrence}"

    @property
    def kind(self) -> str:
        return self.of.kind

    @property
    def name(self) -> str:
        return f"{self.of.name}#{self.occurrence}"

    @property
    def base(self) -> EntityKey | LoneKey:
        """The series or event this is an occurrence of."""
        return self.of

    @property
    def tail(self) -> str:
        return self.occurrence

    @property
    def entity(self) -> EntityKey:
        return self.of.entity

    @property
    def number(self) -> int | None:
        """The session number (``#13``); None for a date or a year (``#2020``, ``#2020-05``)."""
        o = self.occurrence
        return int(o) if o.isdigit() and len(o) < 4 else None


@dataclass(frozen=True, slots=True)
class QuantityKey(_Whole):
    """What a number is compared within (claimcheck.quantities): its dimension, what it
    counts, its role, the entity it is bound to and the time it is true of. An age is keyed
    by its entity alone."""

    dimension: str
    head: str = ""
    role: str = ""
    entity: str | None = None
    asof: str | None = None

    @property
    def age(self) -> bool:
        return self.dimension == "age"

    @property
    def head_class(self) -> str:
        """The class of what is counted, without its qualifier (``dead:part`` -> dead)."""
        return head_class(self.head)

    def body(self) -> str:
        """The key without its ``quantity:`` kind, as ``quantities.key`` gives it."""
        if self.age:
            return f"age|{self.entity}"
        return "|".join([self.dimension, self.head, self.role, self.entity or _NO_ENTITY, self.asof or _NO_ASOF])

    def render(self) -> str:
        return f"{QUANTITY}:{self.body()}"

    def tally(self) -> str:
        """The id of this count over time: the key without its as-of part."""
        return f"{QUANTITY}:" + "|".join([self.dimension, self.head, self.role, self.entity or _NO_ENTITY])

    def with_asof(self, asof: str | None) -> QuantityKey:
        return QuantityKey(self.dimension, self.head, self.role, self.entity, asof)

    kind = QUANTITY

    @property
    def name(self) -> str:
        return self.body()


@dataclass(frozen=True, slots=True)
class TallyKey(_Whole):
    """A count followed over time (a finding's subject): ``QuantityKey.tally`` after the
    ``quantity:`` kind. The kind is written twice (``quantity:quantity:count|dead||-``), as
    it always was: finding ids and recorded verdicts depend on the string."""

    of: QuantityKey

    kind = QUANTITY

    def render(self) -> str:
        return f"{QUANTITY}:{self.of.tally()}"

    @property
    def name(self) -> str:
        return self.of.tally()


@dataclass(frozen=True, slots=True)
class ShareKey(_Whole):
    """A part against its share within one article (a finding's subject):
    ``quantity:share|<head>|<source>``."""

    head: str
    source: str

    kind = QUANTITY

    def render(self) -> str:
        return f"{QUANTITY}:{self.name}"

    @property
    def name(self) -> str:
        return f"share|{self.head}|{self.source}"


def head_class(head: str) -> str:
    """A quantity head's class without its qualifier: ``dead:part`` (a part of a whole) ->
    dead, ``lasted:hearing`` -> lasted."""
    return head.partition(":")[0]


@dataclass(frozen=True, slots=True)
class RawKey(_Whole):
    """A string that is no well-formed id (empty, no kind, a quantity key of another shape),
    met inside the pipeline: read as the old string operations read it (the kind before the
    first colon, the name after it, or the whole string), so an odd value never stops a run.
    An id a person wrote is never one (``parse_written``)."""

    text: str

    def render(self) -> str:
        return self.text

    @property
    def kind(self) -> str:
        kind, colon, _ = self.text.partition(":")
        return kind if colon else ""

    @property
    def name(self) -> str:
        _, colon, body = self.text.partition(":")
        return body if colon else self.text


SubjectKey = EntityKey | OccurrenceKey | LoneKey | QuantityKey | TallyKey | ShareKey | RawKey


class MalformedId(ValueError):
    """An id string that is no key (``series:``, ``x#3``, ``quantity:count|dead``)."""


@lru_cache(maxsize=1 << 16)
def parse(text: str) -> SubjectKey:
    """The key an id string renders from (a ``RawKey`` when it is none). Memoised."""
    try:
        return _parse(text)
    except MalformedId:
        return RawKey(text)


def _parse(text: str) -> SubjectKey:
    kind, colon, body = text.partition(":")
    if not colon or not kind or not body or not kind.isalpha() or not kind.islower():
        raise MalformedId(f"{text!r} is not an id of the form kind:name")
    if kind == QUANTITY:
        return _quantity(text, body)
    name, hash_, occurrence = body.partition("#")
    slug, tilde, anchor = name.partition("~")
    if not slug:
        raise MalformedId(f"{text!r}: no name after the kind")
    entity: EntityKey | LoneKey = LoneKey(EntityKey(kind, slug), anchor) if tilde else EntityKey(kind, slug)
    return OccurrenceKey(entity, occurrence) if hash_ else entity


def _quantity(text: str, body: str) -> QuantityKey | TallyKey | ShareKey:
    if body.startswith(f"{QUANTITY}:"):
        tally = _quantity(text, body.removeprefix(f"{QUANTITY}:") + "|" + _NO_ASOF)
        if isinstance(tally, QuantityKey) and not tally.age and tally.asof is None:
            return TallyKey(tally)
        raise MalformedId(f"{text!r}: not a count over time")
    parts = body.split("|")
    if parts[0] == "share" and len(parts) == 3:
        return ShareKey(parts[1], parts[2])
    if parts[0] == "age" and len(parts) == 2:
        return QuantityKey("age", entity=None if parts[1] == "None" else parts[1])
    if len(parts) != 5 or not parts[0]:
        raise MalformedId(f"{text!r}: a quantity key has five parts (dimension|head|role|entity|as-of)")
    dimension, head, role, entity, asof = parts
    return QuantityKey(dimension, head, role, None if entity == _NO_ENTITY else entity,
                       None if asof == _NO_ASOF else asof)


def occurrence_of(entity_id: str, occurrence: object) -> str:
    """The id of one occurrence of an entity or series: ``series:x``, 13 -> ``series:x#13``."""
    key = parse(entity_id)
    if not isinstance(key, (EntityKey, LoneKey)):
        raise MalformedId(f"{entity_id!r} is an occurrence already")
    return key.at(occurrence).render()


def unkeyed_series(subject_id: str) -> EntityKey | LoneKey | None:
    """A series named as a whole (``series:x``, no session number or date yet), else None."""
    key = parse(subject_id)
    return key if isinstance(key, (EntityKey, LoneKey)) and key.kind == "series" else None


def named(kind: str, name: str) -> EntityKey | LoneKey | OccurrenceKey:
    """The key of ``name`` taken as a ``kind`` (the series a named event's name spells:
    ``event:x~a`` -> ``series:x~a``), in the one form ``parse`` gives, so keys compare equal."""
    return parse(f"{kind}:{name}")  # type: ignore[return-value]


def parse_written(text: str) -> SubjectKey:
    """``parse`` for an id a person wrote in a file: stricter (no empty occurrence after
    ``#`` nor empty anchor after ``~``, which the pipeline may make but a person means not).
    The caller names the file and line in its coded error."""
    key = _parse(text)
    if text.endswith(("#", "~")) or "#~" in text:
        raise MalformedId(f"{text!r}: nothing after '{'#' if '#~' in text or text.endswith('#') else '~'}'")
    return key
