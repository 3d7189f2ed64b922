"""Attributes stated with their value, of a story's one thing (resources/claims/
attribute_values.yaml): "offered as lot 17", "will wear the number 9 shirt", "paying a coupon
of 5.5% a year", "€50,000 in prize money". The attribute noun (by class) is bound to its value
in one clause by the shape of its class; what it belongs to is the story's one such thing, so
the claims are named values keyed ``value:<class>|-`` (split by story as named values are, and
a writer giving two values speaks of two things: checks/named_value.py leaves it out).

Quiet, so two articles' values meet only where they are one fact: a value of another period
("3.1% in January"), a former, planned or hypothetical value ("originally paid a coupon of
7%"), another thing ("another lot", "each finalist"), a bound or a range ("up to $50,000").
Read only in sentences that hold a noun of the table (the caller's gate); the value is read
at the one position the shape gives, never by a scan of the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .quantities.numbers import currency_of, number_re, value_of
from .resources import load_resource
from .words import alternation


class AttributeClass(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    shape: Literal["label", "worn", "amount"]
    nouns: list[str] = Field(min_length=1)
    unit: Literal["money", "percent"] | None = None
    worth_heads: list[str] = Field(default_factory=list)  # "the prize, worth €40,000"
    receivers: list[str] = Field(default_factory=list)  # "the winner takes $1.5 million"

    @model_validator(mode="after")
    def _unit_for_amounts(self) -> "AttributeClass":
        if (self.shape == "amount") != (self.unit is not None):
            raise ValueError("an amount class names its unit; a label or worn number has none")
        if (self.worth_heads or self.receivers) and self.shape != "amount":
            raise ValueError("only an amount is a worth or a sum received")
        return self


class AttributeExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    attribute: str | None
    value: str | None


class AttributeValueTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    classes: dict[str, AttributeClass] = Field(min_length=1)
    currency_words: dict[str, str]
    receive_verbs: list[str] = Field(min_length=1)
    quiet_words: list[str]
    range_words: list[str]
    examples: list[AttributeExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _checked(self) -> "AttributeValueTable":
        for ex in self.examples:
            if ex.attribute is not None and ex.attribute not in self.classes:
                raise ValueError(f"example names an unknown class {ex.attribute!r}")
        return self


@lru_cache(maxsize=1)
def table() -> AttributeValueTable:
    return load_resource("claims/attribute_values.yaml", AttributeValueTable)


@dataclass(frozen=True)
class Reading:
    """One attribute's value read in a sentence (offsets within the sentence)."""

    attribute: str  # the class
    value: str  # canonical: "17", "5.5%", "50000 EUR"
    text: str  # as written
    span: tuple[int, int]
    noun_span: tuple[int, int]


@lru_cache(maxsize=1)
def _period_after() -> re.Pattern[str]:
    """A value of a period: "3.1% in January", "$2 million in 2023", "for the year to March".
    The months are the time tagger's calendar names ("Sept." written without its stop too)."""
    from .timex.lexicon import lexicon

    months = "|".join(re.escape(name.rstrip(".")) for m in lexicon().calendar.months for name in m.names)
    return re.compile(rf"\s+(?:in|for|during|since|from)\s+(?:(?:{months})\b|(?:19|20)\d\d\b|the\s+(?:first|second|"
                      r"third|fourth|last|previous)\b)")
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)")
_CLAUSE_BREAK = re.compile(r"[;:()—]|\bbut\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*$")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for name, cls in table().classes.items():
        nouns = alternation(cls.nouns, any_space=True)
        if cls.shape == "label":  # "offered as lot 17": the number names the thing
            out[name] = re.compile(rf"\bas\s+(?P<noun>(?i:{nouns}))\s+(?:No\.?\s*)?(?P<num>\d{{1,4}}[A-Z]?)\b(?![.,]\d)")
        elif cls.shape == "worn":  # "the number 9 shirt", "the No. 7 jersey"
            out[name] = re.compile(rf"\b(?:[Nn]umber|No\.)\s*(?P<num>\d{{1,2}})\s+(?P<noun>(?i:{nouns}))\b")
        else:  # "a coupon of 5.5%" | "€50,000 in prize money" | "the prize, worth €40,000" | "the winner takes $1.5m"
            shapes = [rf"\b(?P<noun>(?i:{nouns}))\s+of\s+", rf"\s+in\s+(?P<noun2>(?i:{nouns}))\b",
                      rf"(?<=\s)(?P<noun4>(?i:{nouns}))\b"]  # "a 27% haircut": the value right before its noun
            if cls.worth_heads:
                shapes.append(rf"\b[Tt]he\s+(?P<noun3>{alternation(cls.worth_heads)}),?\s+worth\s+")
            if cls.receivers:
                verbs = alternation(table().receive_verbs, any_space=True)
                shapes.append(rf"\b[Tt]he\s+(?P<noun3b>{alternation(cls.receivers)})\s+(?:{verbs})\s+")
            out[name] = re.compile("|".join(shapes))
    return out


def literals() -> tuple[str, ...]:
    """Strings a sentence must hold for a reading: each noun, its first letter left out
    (written capitalised or not)."""
    return tuple(sorted({n.lower()[1:] for cls in table().classes.values()
                         for n in cls.nouns + cls.worth_heads + cls.receivers}))


def _quiet(sentence: str, start: int) -> bool:
    """A word of the clause before ``start`` says the value is not the thing's present one."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    words = set(re.findall(r"[a-z]+", sentence[lo:start].lower()))
    return bool(words & set(table().quiet_words))


def _amount(sentence: str, m: re.Match[str] | None, unit: str, end: int | None = None) -> tuple[str, str, tuple[int, int]] | None:
    """The canonical value, its text and span of a number match in the unit of its class."""
    if m is None or (end is not None and m.end() != end and not sentence[m.end():end].strip().lower()
                     in table().currency_words):
        return None
    v = value_of(m)
    if v is None:
        return None
    stop = m.end()
    if unit == "percent":
        pm = _PERCENT.match(sentence, stop)
        if pm is None or m.group("cur"):
            return None
        stop = pm.end()
        canon = f"{v:g}%"
    else:
        cur = currency_of(m.group("cur")) if m.group("cur") else None
        after = re.match(r"\s+([a-z]+)", sentence[stop:])
        if cur is None and after and after.group(1) in table().currency_words:
            cur = table().currency_words[after.group(1)]
            stop += after.end()
        if cur is None:
            return None  # a sum names its currency: "50,000 in prize money" may be anything
        canon = f"{v:.0f} {cur}" if v == int(v) else f"{v:g} {cur}"
    before = _WORD_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
    if before is not None and before.group(1).lower() in set(table().range_words):
        return None  # "up to $50,000", "between 4% and"
    if re.match(r"\s*(?:-|–|to\b|and\b|or\b)\s*\S*\d", sentence[stop:]):
        return None  # "5% to 6%", "$1m-$2m": a range
    if _period_after().match(sentence, stop):
        return None  # "3.1% in January": a value of one period
    return canon, sentence[m.start():stop], (m.start(), stop)


_DET_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")


def _value_before(sentence: str, noun_start: int, unit: str) -> tuple[str, str, tuple[int, int]] | None:
    """The value written right before its noun, after a determiner ("a 27% haircut"); the
    last number of the few characters before the noun, never one of another phrase."""
    got = None
    for n in number_re().finditer(sentence, max(0, noun_start - 30), noun_start):
        got = _amount(sentence, n, unit)
    if got is None or sentence[got[2][1]:noun_start].strip() or not _DET_BEFORE.search(sentence, 0, got[2][0]):
        return None
    return got


def read(sentence: str) -> list[Reading]:
    """Every attribute value the sentence binds to its noun, in order."""
    out: list[Reading] = []
    for name, cls in table().classes.items():
        for m in _patterns()[name].finditer(sentence):
            if cls.shape in ("label", "worn"):
                if _quiet(sentence, m.start()):
                    continue
                num = m.group("num")
                out.append(Reading(name, num.lstrip("0") or "0", num, m.span("num"), m.span("noun")))
                continue
            assert cls.unit is not None
            groups = m.groupdict()  # a class without worth heads or receivers has no such groups
            after = next((g for g in ("noun", "noun3", "noun3b") if groups.get(g) is not None), None)
            if after is not None:  # the value right after the shape: "<noun> of", "the prize, worth", "the winner takes"
                got = _amount(sentence, number_re().match(sentence, m.end()), cls.unit)
                noun_span = m.span(after)
            elif groups.get("noun2") is not None:  # "<value> in <noun>": the number ends right before " in"
                got = None
                for n in number_re().finditer(sentence, max(0, m.start() - 40), m.start()):
                    got = _amount(sentence, n, cls.unit, m.start())
                noun_span = m.span("noun2")
            else:  # "a 27% haircut", "a 5.5% coupon": a determiner, the value, its noun
                got = _value_before(sentence, m.start(), cls.unit)
                noun_span = m.span("noun4")
            if got is None or _quiet(sentence, min(got[2][0], noun_span[0])) or any(r.span == got[2] for r in out):
                continue  # quiet, or read already by another shape ("the champion will receive X in prize money")
            out.append(Reading(name, got[0], got[1], got[2], noun_span))
    return sorted(out, key=lambda r: r.span)
