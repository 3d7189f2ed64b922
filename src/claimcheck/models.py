"""Records that cross a stage boundary.

Every span is a pair of code-point offsets into the source text exactly as decoded, so
``source.text[start:end] == quote`` always holds. Models serialise to the JSON report
``claimcheck.report/1`` (see docs/DESIGN.md); fields marked *internal* are excluded from
the report and exist for the stages that follow.
"""

from __future__ import annotations

import sys
from datetime import date
from types import UnionType
from typing import Any, Literal, Self, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
AnchorKind = Literal["absolute", "publication", "another", "unresolved"]
# "interval" is a window or deadline ("within this year"): start/end are its bounds.
Granularity = Literal[
    "time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "interval"
]
DateBasis = Literal["metadata", "file", "inferred", "unknown"]
Modality = Literal["reported", "planned", "agreed", "expected"]
Severity = Literal["conflict", "tension", "variant"]
FindingKind = Literal[
    "date", "ordinal", "place", "title", "name_variant", "count", "role_holder", "weekday", "first", "other"
]
Verdict = Literal["open", "confirmed", "dismissed", "needs-follow-up"]
EntityKind = Literal["person", "org", "country", "place", "series", "event", "thing", "office"]
ValueType = Literal["ordinal", "count", "title", "duration", "name", "other"]


class Record(BaseModel):
    # infinities as Python's json writes them ("more than 40": up to Infinity), so a record's
    # JSON from pydantic's serialiser is byte for byte its dump through json (report/json.py)
    model_config = ConfigDict(extra="forbid", frozen=False, ser_json_inf_nan="constants")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        _TEMPLATES[cls] = _template(cls)  # now: the class's shared keys may not last (``_template``)

    @classmethod
    def from_fields(cls, fields: dict[str, Any]) -> Self:
        """``model_construct(**fields)`` for every field already validated, in field order (a
        validated record's ``__dict__``, sent back by a worker): the same record, without
        model_construct's loop over aliases and defaults (about ten times dearer). ``fields``
        becomes the record's own dict."""
        if tuple(fields) != _field_names(cls):
            return cls.model_construct(**fields)
        obj = cls.__new__(cls)
        _set(obj, "__dict__", _shared_keys(cls, fields))
        _set(obj, "__pydantic_fields_set__", _every_field(cls))
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj


    def share_field_set(self) -> Self:
        """Give this record, and the records it holds, the one set of its class's field names
        that ``from_fields`` records share, in place of a set of its own (a set of five names
        or more is 728 bytes, often more than the record's values; a claim holds ten of them).
        Nothing reads which fields were set explicitly (no ``exclude_unset``), and assigning
        a field adds a name the shared set already holds. For records kept until the report.
        Its fields move to a dict sharing its keys with the class's other records (``_shared_keys``)."""
        cls = type(self)
        _set(self, "__dict__", _shared_keys(cls, self.__dict__))
        _set(self, "__pydantic_fields_set__", _every_field(cls))
        for name, _, many in _nested(cls):
            value = self.__dict__[name]
            if value is not None:
                for v in (value if many else (value,)):
                    v.share_field_set()
        return self

    def share_strings(self, pool: dict[str, str], skip: tuple[str, ...] = ()) -> Self:
        """Each text field of this record and of the records it holds as the one object of that
        text in ``pool`` (a run's texts, by value), but the fields in ``skip`` (an id no other
        record holds): names, ids, kinds and quotes recur across mentions and claims, and a
        record sent back by a worker holds copies of its own. Values do not change."""
        fields = self.__dict__
        for name, value in fields.items():  # values only are written: the dict keeps its size
            if type(value) is str and name not in skip:
                fields[name] = pool.setdefault(value, value)
        for name, _, many in _nested(type(self)):
            value = fields[name]
            if value is not None:
                for v in (value if many else (value,)):
                    v.share_strings(pool)
        return self

    def packed(self) -> dict[str, Any]:
        """The record as plain dicts, nested records included: what a worker process sends
        back (unpickling a model costs several times more than a dict); ``from_packed``
        makes the same record of it."""
        fields = dict(self.__dict__)
        for name, _, many in _nested(type(self)):
            value = fields[name]
            if value is not None:
                fields[name] = [v.packed() for v in value] if many else value.packed()
        return fields

    @classmethod
    def from_packed(cls, fields: dict[str, Any]) -> Self:
        """The record ``packed`` gave ``fields`` of (its fields were validated where it was made)."""
        for name, kind, many in _nested(cls):
            value = fields[name]
            if value is not None:
                fields[name] = [kind.from_packed(v) for v in value] if many else kind.from_packed(value)
        return cls.from_fields(fields)


_set = object.__setattr__
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_NESTED: dict[type, tuple[tuple[str, type[Record], bool], ...]] = {}
_EVERY_FIELD: dict[type, set[str]] = {}
_TEMPLATES: dict[type, tuple[dict[str, Any], int] | None] = {}


def _template(cls: type[Record]) -> tuple[dict[str, Any], int] | None:
    """A split dict holding every field name of ``cls`` in field order, and its size; None
    where it would be no smaller than an ordinary dict. Made when the class is: CPython may
    later stop sharing a class's keys with its new instances (so a dict made then would be
    an ordinary one), while copies of this dict keep sharing the keys it holds."""
    template = cls.__new__(cls).__dict__  # an instance's first dict: split, keyed by the class
    for name in cls.__pydantic_fields__:
        template[name] = None  # in field order: the order records are made in
    size = sys.getsizeof(template)
    return (template, size) if size < sys.getsizeof(dict.fromkeys(template)) else None


def _shared_keys(cls: type[Record], fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` (every field of ``cls``) in a dict that shares its table of keys with the
    other records of ``cls`` and holds only their values (a split table, PEP 412, as plain
    objects' attribute dicts are): a claim's 22 fields take 288 bytes instead of 832, a
    mention's 13 fields 288 instead of 464. The same dict to every reader; assigning a field
    keeps it split, and anything else at worst makes it an ordinary dict again. Made by
    copying a split dict of the class (``_TEMPLATES``) and writing the values over it; left
    as it is where that would not be smaller (records of a few fields)."""
    found = _TEMPLATES.get(cls)
    if found is None:
        return fields
    template = found[0]
    if len(fields) != len(template) or fields.keys() != template.keys():
        return fields  # not every field
    out = template.copy()  # a split dict's copy shares its keys
    out.update(fields)  # every key is there already: the values are written in place
    return out


def _every_field(cls: type[Record]) -> set[str]:
    """The set of all of ``cls``'s field names, one per class, shared by its records (never
    shrunk: pydantic only adds to it, when a field is assigned)."""
    names = _EVERY_FIELD.get(cls)
    if names is None:
        names = _EVERY_FIELD[cls] = set(cls.__pydantic_fields__)
    return names


def _nested(cls: type[Record]) -> tuple[tuple[str, type[Record], bool], ...]:
    """The fields of ``cls`` holding a record (``X``, ``X | None``) or a list of them (``list[X]``)."""
    found = _NESTED.get(cls)
    if found is None:
        out = []
        for name, info in cls.__pydantic_fields__.items():
            ann = info.annotation
            many = get_origin(ann) is list
            kinds = [a for a in (get_args(ann) if many or get_origin(ann) in (Union, UnionType) else (ann,))
                     if isinstance(a, type) and issubclass(a, Record)]
            if len(kinds) == 1:
                out.append((name, kinds[0], many))
            elif _holds_record(ann):  # in a dict, a tuple, a union of two records: not packed
                raise TypeError(f"{cls.__name__}.{name}: a record in a field of another form")
        found = _NESTED[cls] = tuple(out)
    return found


def _holds_record(ann: Any) -> bool:
    return (isinstance(ann, type) and issubclass(ann, Record)) or any(_holds_record(a) for a in get_args(ann))


def _field_names(cls: type[Record]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        # only plain records: a post-init hook would have to run, as model_construct runs it
        names = _FIELD_NAMES[cls] = (() if cls.__pydantic_post_init__ or cls.__pydantic_root_model__
                                     else tuple(cls.__pydantic_fields__))
    return names


# --- time -----------------------------------------------------------------------------


class DateAnchor(Record):
    """The date relative expressions are resolved against: a day, or only a month."""

    start: date
    end: date
    granularity: Literal["day", "month"]

    @property
    def value(self) -> str:
        return self.start.isoformat() if self.granularity == "day" else self.start.isoformat()[:7]


class Timex(Record):
    """One time expression found in a text, normalised (TIMEX3 type and value)."""

    span: Span
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2023-04-14, 2023-12, 2024-SU, P3Y, XXXX-11-13, 2023-06-05/2023-12-31
    start: date | None = None  # the interval covered (None for durations and sets)
    end: date | None = None
    granularity: Granularity | None = None
    anchor: AnchorKind = "absolute"
    mod: str | None = None  # TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, ON_OR_BEFORE ...
    year_explicit: bool = False  # the year is written in the text (not taken from an anchor)
    weekday: int | None = None  # a weekday written in the expression (0 = Monday)
    weekday_ok: bool | None = None  # that weekday agrees with the date (None: no weekday or unknown)
    begin: str | None = None  # a duration's begin point as TIMEX3 value ("six months since last September")
    tense: Literal["past", "present", "future"] | None = None  # direction used for a bare month/day
    rule: str = ""  # name of the rule that matched, for explanations


class Published(Record):
    """A source's publication date and how it was found."""

    value: str | None = None  # ISO day or YYYY-MM; None when unknown
    start: date | None = None
    end: date | None = None
    basis: DateBasis = "unknown"
    evidence: str | None = None
    confidence: float | None = None  # 0..1, for inferred dates

    def anchor(self) -> DateAnchor | None:
        if self.start is None or self.end is None:
            return None
        return DateAnchor(start=self.start, end=self.end, granularity="day" if self.start == self.end else "month")


# --- sources --------------------------------------------------------------------------


class Skipped(Record):
    path: str
    reason: str
    code: str


class Source(Record):
    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: Published = Field(default_factory=Published)
    text: str = Field(default="", exclude=True)  # internal: the decoded text spans index
    excluded: list[Span] = Field(default_factory=list, exclude=True)  # internal: boilerplate regions
    paragraphs: list[Span] = Field(default_factory=list, exclude=True)  # internal
    sentences: list[Span] = Field(default_factory=list, exclude=True)  # internal
    meta_published: str | None = Field(default=None, exclude=True)  # internal: date found in the file


# --- entities -------------------------------------------------------------------------


class Mention(Record):
    """A span naming an entity, before or after canonicalisation."""

    span: Span
    text: str
    kind: EntityKind
    entity: str | None = None  # canonical id kind:slug, filled by resolution
    label: str | None = None  # canonical display name
    title: str | None = None  # for people: the title or role written with the name
    title_span: Span | None = None
    office: str | None = None  # office id the title denotes, e.g. office:kr-defense-minister
    country: str | None = None  # country id a person or office belongs to
    ordinal: int | None = None  # "20th Asian Security Conference": the session number
    ordinal_span: Span | None = None
    rule: str = ""


class Entity(Record):
    id: str
    kind: EntityKind
    label: str
    variants: list[str] = Field(default_factory=list)  # every surface form seen or listed
    merges: list[NameMerge] = Field(default_factory=list)  # how variants were joined


class NameMerge(Record):
    variant: str
    canonical: str
    how: Literal["alias-table", "acronym", "fuzzy", "name-order", "manual", "exact"]
    score: float | None = None


# --- claims ---------------------------------------------------------------------------


class SubjectRef(Record):
    id: str
    label: str
    text: str | None = None
    span: Span | None = None


class Actor(Record):
    entity: str
    text: str
    span: Span


class When(Record):
    text: str
    span: Span
    value: str
    start: date | None = None
    end: date | None = None
    granularity: Granularity | None = None


class Where(Record):
    entity: str
    text: str
    span: Span


class ClaimValue(Record):
    type: ValueType
    value: str | int | float
    text: str
    span: Span | None = None


class Quantity(Record):
    """A number read with its unit, approximator, scope and as-of time (claimcheck.quantities).

    ``lo``/``hi`` is the interval the text allows, in the base unit of ``dimension``
    (metres, days, the currency's units, percent points); ``key`` blocks comparison: two
    quantities are compared only when their keys are equal."""

    span: Span
    text: str
    value: float
    lo: float
    hi: float
    relation: str = "exact"  # exact, approx, more_than, at_least, less_than, at_most, range
    dimension: str  # count, length, duration, money, percent, magnitude, age
    unit: str = ""  # the unit written: m, ft, hour, USD, %, ... (the value is in its dimension's base unit)
    precision: float = 0.0  # half the last digit written, in base units: "16.5 feet" may be 16.45..16.55
    head: str = ""  # what is counted: a class (dead, seats) or the noun ("delegation")
    role: str = ""  # a prison term's role, "forecast", "change" ...
    entity: str | None = None  # the entity the quantity is bound to
    asof: str | None = None  # the time it is true of (ISO day/time); None for a fixed fact
    whole: float | None = None  # "505 of 770": the whole the part is counted in
    running: bool = False  # led to by a rising verb ("the toll climbed to 180"): a tally read at some hour
    cause: str | None = None  # a casualty count's cause class ("earthquake", "collision"): its clause's, else its article's
    modifier: str | None = None  # lower-case words before an open-class counted noun ("40 ambulance patients": ambulance)
    owner: str | None = None  # a price per share's company ("for each X share": quantities/rates.py); the name of the carrier of people aboard ("the ferry X": quantities/carriers.py)


class Attribution(Record):
    text: str
    entity: str | None = None
    span: Span


class EventAttrs(Record):
    """What an event mention's own clause says about it (internal: coreference and checks)."""

    cls: str  # event class from resources/events/classes.yaml ("dismissal", "approval")
    trigger: Span  # the verb or noun that reports it
    participants: tuple[str, ...] = ()  # entity ids in its clause, and the countries they belong to
    kinds: tuple[str, ...] = ()  # the kind of each participant key, in the same order
    patient: str | None = None  # the entity it happened to ("ousted Marsh"), when the syntax says
    role: tuple[str, ...] = ()  # content words of "as <role>" after the trigger ("appointed X as prime minister")
    polarity: Literal["positive", "negative"] | None = None  # outcome for classes with opposites
    lead: bool = False  # read from a past verb of the article's lead no table knows (events/open_class.py)


class TitleAttrs(Record):
    """What a title claim's text says besides the title's words (internal: the title check)."""

    past: bool = False  # "former", "ex-", "formerly": the post was left before the time of writing
    body: str | None = None  # folded name of the body the title is held at, when written with it
    dated: bool = False  # told of a past time by its own words ("then-CEO", "was CEO of"): neither held nor left now
    leaving: bool = False  # the holder leaves the post at the statement's time ("the stepping down of interim CEO X")


class Claim(Record):
    id: str
    source: str
    span: Span
    quote: str
    predicate: str
    subject: SubjectRef
    who: list[Actor] = Field(default_factory=list)
    when: When | None = None
    where: Where | None = None
    value: ClaimValue | None = None
    modality: Modality = "reported"
    attribution: Attribution | None = None
    origin: Literal["extracted", "manual"] = "extracted"
    rests_on_inferred_date: bool = False
    # internal, for grouping and checks
    facet: str = Field(default="", exclude=True)  # what about the subject: occurrence, launch, title ...
    derived: bool = Field(default=False, exclude=True)  # inferred from another statement ("the 14th" -> 13th)
    timex: Timex | None = Field(default=None, exclude=True)
    topic: tuple[str, ...] = Field(default=(), exclude=True)  # a thing's content words, for grouping
    event_type: str = Field(default="", exclude=True)  # e.g. trilateral-summit, for grouping occurrences
    event: EventAttrs | None = Field(default=None, exclude=True)  # an event mention's attributes (events/)
    quantity: Quantity | None = Field(default=None, exclude=True)  # facet "quantity": the number read in full
    title: TitleAttrs | None = Field(default=None, exclude=True)  # facet "title": past marker and body


class Subject(Record):
    id: str
    label: str
    claims: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


# --- findings and review --------------------------------------------------------------


class Review(Record):
    verdict: Verdict = "open"
    note: str | None = None
    reviewer: str | None = None
    at: str | None = None


class Finding(Record):
    id: str
    kind: FindingKind
    severity: Severity
    subject: str
    summary: str
    explanation: str
    claims: list[str]
    rests_on_inferred_date: bool = False
    review: Review = Field(default_factory=Review)
    rule: str = Field(default="", exclude=True)  # versioned check name, e.g. claimcheck.check.date.v1
    inferred_sources: list[str] = Field(default_factory=list, exclude=True)


class OrphanedReview(Record):
    finding: str
    review: Review


class EntityMentionRef(Record):
    """One place an entity is written: the source, the exact span and its text."""

    source: str
    span: tuple[int, int]
    text: str


class EntityRecord(Record):
    """A canonical entity as the report lists it: what was merged and where it is written."""

    id: str
    kind: EntityKind
    label: str
    names: list[str]  # every distinct written form, sorted
    mentions: list[EntityMentionRef]


class Report(Record):
    schema_: Literal["claimcheck.report/1"] = Field(default="claimcheck.report/1", alias="schema")
    sources: list[Source]
    claims: list[Claim]
    subjects: list[Subject]
    findings: list[Finding]
    skipped: list[Skipped] = Field(default_factory=list)
    orphaned_reviews: list[OrphanedReview] = Field(default_factory=list)
    entities: list[EntityRecord] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


Entity.model_rebuild()
