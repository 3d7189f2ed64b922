"""Classes of a story's thing (resources/claims/class_values.yaml): what it is made of ("an
iron meteorite", "a stony meteorite", "an ordinary chondrite"), the country it was made in
("an Italian-made drill", "a Korean-built drill"), the geological period it lived in ("lived in
the Late Jurassic"), the language it was written in ("translated from the Russian", "the first
Georgian-language novel").

Each reading is a typed value of one family bound to its thing by the shape of the phrase:
an adjective of the family right before the thing's head noun, a "<Country>-made" before it, a
period after a verb of living or dating, a language after "translated from". A head-keyed
family is keyed by the head noun (``value:material|meteorite``), which the article must name
more than once: the story's thing, not an object in passing; a period or a language is one per
story's thing (``value:period|-``). Claims are named values (named_values.py), compared by
checks/named_value.py with ``same``: two values of one family for one thing conflict, a period
and its part ("Cretaceous", "Early Cretaceous") do not.

Quiet where a word of the clause ties the value to another thing, a former or planned one, or
many ("the other titles were translated from", "another iron meteorite"), and for a list
("translated from Spanish, Korean and Arabic"). Read only in sentences that hold a string of
``literals()`` (the caller's gate)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .resources import load_resource
from .words import alternation


class Kind(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    head: str
    value: str


class Modifier(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    values: dict[str, list[str]] = Field(min_length=1)
    kinds: dict[str, Kind] = Field(default_factory=dict)
    heads_excluded: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _kinds_valued(self) -> "Modifier":
        for noun, kind in self.kinds.items():
            if kind.value not in self.values:
                raise ValueError(f"kind {noun!r} names an unknown value {kind.value!r}")
        return self


class ClassExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    family: str | None
    key: str | None
    value: str | None


class ClassValueTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    modifiers: dict[str, Modifier] = Field(min_length=1)
    origin_suffixes: list[str] = Field(min_length=1)
    periods: list[str] = Field(min_length=1)
    period_parts: dict[str, str]
    period_aliases: dict[str, str]
    period_verbs: list[str] = Field(min_length=1)
    dating_verbs: list[str] = Field(min_length=1)
    languages: list[str] = Field(min_length=1)
    language_aliases: dict[str, str]
    language_works: list[str] = Field(min_length=1)
    language_verbs: list[str] = Field(min_length=1)
    language_wholly: list[str] = Field(min_length=1)
    air_vehicles: list[str]
    vehicles: list[str] = Field(min_length=1)
    travel_verbs: list[str] = Field(min_length=1)
    travel_nouns: list[str] = Field(min_length=1)
    slopes: dict[str, list[str]] = Field(min_length=1)
    aircraft_makers: list[str] = Field(min_length=1)
    sail_classes: dict[str, list[str]] = Field(min_length=1)
    sail_nouns: list[str] = Field(min_length=1)
    sex_nouns: dict[str, list[str]] = Field(min_length=1)
    fuels: dict[str, list[str]] = Field(min_length=1)
    fuel_suffixes: list[str] = Field(min_length=1)
    fuel_verbs: list[str] = Field(min_length=1)
    quiet_words: list[str]
    examples: list[ClassExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _checked(self) -> "ClassValueTable":
        known = set(self.modifiers) | _SHAPED
        for ex in self.examples:
            if ex.family is not None and ex.family not in known:
                raise ValueError(f"example names an unknown family {ex.family!r}")
        return self


@lru_cache(maxsize=1)
def table() -> ClassValueTable:
    return load_resource("claims/class_values.yaml", ClassValueTable)


_SHAPED = frozenset({"origin", "period", "language", "model", "sail-class", "fuel", "route", "slope"})  # families read by their own shape
_SINGULAR = frozenset({"sex"})  # families told of one person: a plural head is a group


def families() -> frozenset[str]:
    return frozenset(table().modifiers) | _SHAPED


@dataclass(frozen=True)
class Reading:
    """One class value read in a sentence (offsets within the sentence)."""

    family: str
    key: str  # the head noun ("meteorite"), the class of thing ("aircraft"), or "-": the story's one thing
    value: str  # canonical: "stone", "italy", "early cretaceous", "georgian", "boeing 787-9"
    text: str  # as written
    span: tuple[int, int]
    head_span: tuple[int, int] | None  # the head noun as written (a head-keyed family)
    referent: str | None = None  # the name the value is told of ("Aurelia Air", a boat's name)


_DET = r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat)\s+"
_CLAUSE_BREAK = re.compile(r"[;:()—]|\bbut\b")
# words a head noun cannot be: verbs and function words after a noun-or-adjective value
_NOT_HEADS = frozenset("""is are was were be been has have had will would could should may might can and or but of
in on at to for with by from as than that which who the a an its it fell fall falls lay lies sat hit hits struck came
went broke weighs weigh landed appeared appears looked looks seemed seems""".split())
_PERSONAL = frozenset("he she him her who one someone anyone everyone".split())
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b(?![-’'])")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    t = table()
    out: dict[str, re.Pattern[str]] = {}
    for family, mod in t.modifiers.items():
        words = alternation([w for ws in mod.values.values() for w in ws])
        # "an iron meteorite", "a large stony meteorite" (one word may stand between)
        out[family] = re.compile(rf"{_DET}(?:[a-z][\w-]*\s+|[A-Z]\d\s+)?(?P<value>{words})(?=\s)")
        if mod.kinds:  # "an ordinary chondrite", "an L5 ordinary chondrite", "the rockslide": one thing
            out[f"{family}:kind"] = re.compile(rf"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,2}}?(?P<kind>{alternation(mod.kinds)})\b")
    out["origin"] = re.compile(rf"(?<![\w-])(?!(?:The|A|An|Its|Her|His|Their)\s)(?P<country>[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*)?)-(?:{alternation(t.origin_suffixes)})"
                               r"(?=\s)")
    # "the drill, made in Italy", "a ferry built in Norway": the thing's noun, then where it was made
    out["origin_after"] = re.compile(
        rf"{_DET}(?:[a-z][\w-]*\s+)?(?P<head>[a-z][a-z-]*[a-rt-z]),?\s+(?:which\s+was\s+|that\s+was\s+|was\s+|is\s+)?"
        rf"(?:{alternation(t.origin_suffixes)})\s+in\s+(?:the\s+)?(?P<country>[A-Z][\w’'.]*(?:\s[A-Z][\w’'.]*)?)")
    parts = alternation(t.period_parts)
    periods = alternation(t.periods)
    out["period"] = re.compile(
        rf"\b(?:(?:{alternation(t.period_verbs)})\s+(?:in|during)|(?:{alternation(t.dating_verbs)})\s+(?:back\s+)?"
        rf"(?:from|to)|{_DET}(?:[a-z][\w-]*\s+)?(?P<head>[a-z][a-z-]*[a-rt-z])\s+from)\s+(?:the\s+)?(?:(?P<part>{parts})\s+)?"
        rf"(?P<period>{periods})\b")  # "lived in the Late Jurassic", "dates from the Miocene", "a sauropod from the"
    langs = alternation(t.languages)
    wholly = alternation(t.language_wholly)
    no_list = rf"(?!\s*(?:,|and\b|or\b|/)\s*(?:{langs}))"  # "in English and Irish": no one language
    out["language"] = re.compile(
        rf"\btranslated\s+from\s+(?:the\s+)?(?P<lang>{langs})\b(?!\s*(?:,|and\b|or\b|/)\s*(?:{langs}))"
        rf"|(?<![\w-])(?P<lang2>{langs})-language\s+(?P<work>{alternation(t.language_works)})\b"
        # "the novel, written in Catalan", "her memoir was originally written in Welsh", "a ballad
        # sung entirely in Basque"; "sung in Irish" alone names a song
        rf"|\b(?:{alternation(t.language_works)}),?\s+(?:(?:was|is|were|are)\s+)?(?:(?:{wholly})\s+)?"
        rf"(?:{alternation(t.language_verbs)})\s+(?:(?:{wholly})\s+)?in\s+(?:the\s+)?(?P<lang3>{langs})\b{no_list}"
        rf"|\bsung\s+(?:(?:{wholly})\s+)?in\s+(?P<lang4>{langs})\b{no_list}")
    # "an Aurelia Air Boeing 787-9": the operator's capitalised words, the maker, the model code
    # (letters, digits, a variant after a dash: "A350-900", "Mi-8", "S-92"; never a year)
    out["model"] = re.compile(
        rf"(?:(?<![\w’'-])(?P<operator>(?:[A-Z][\w&’'.-]*\s){{1,3}}?))?(?<![\w-])(?P<maker>{alternation(t.aircraft_makers)})\s+"
        r"(?P<code>(?!(?:19|20)\d\d\b)(?:[A-Z][A-Za-z]?-?)?\d{2,4}(?:-\d{1,4}[A-Z]{0,3}|[A-Za-z]{1,3})?"
        r"(?:\s(?:MAX|Max)(?:\s?\d{1,2})?)?)(?![\w’'-])")
    # "the donor was a man in his 50s": the noun before a copula, a person noun after it
    out["sex_copula"] = re.compile(
        rf"{_DET}(?P<head>[a-z][a-z-]*[a-rt-z]),?\s+(?:was|is)\s+(?:an?\s+)(?:[a-z][\w-]*\s+)?"
        rf"(?P<value>{alternation([w for ws in t.sex_nouns.values() for w in ws])})\b(?!-)")
    fuels = alternation([w for ws in t.fuels.values() for w in ws])
    # "four methanol-powered ships", "ships powered by liquefied natural gas"
    out["fuel"] = re.compile(rf"(?<![\w-])(?P<value>{fuels})-(?:{alternation(t.fuel_suffixes)})(?=\s)")
    out["fuel_after"] = re.compile(
        rf"(?<![\w-])(?P<head>[a-z][a-z-]*[a-z])\s+(?:(?:which|that)\s+(?:are|is|will\s+be)\s+)?"
        rf"(?:{alternation(t.fuel_verbs)})\s+(?P<value>{fuels})(?![\w-])")
    # "travelling from Leeds to York", "the overnight service from Leeds", "the ferry from Dover"
    place = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}"
    out["route"] = re.compile(
        rf"\b(?P<travel>{alternation(t.travel_verbs + t.travel_nouns + t.vehicles)})\s+from\s+(?:the\s+)?"
        rf"(?P<origin>{place})(?:\s+to\s+(?:the\s+)?(?P<dest>{place}))?"
        rf"|\bbound\s+for\s+(?:the\s+)?(?P<bound>{place})")  # "the vessel, bound for Lesbos": its destination
    slope = alternation([w for ws in t.slopes.values() for w in ws])
    # "travelling uphill", "riding the cabin back down", "which was ascending towards"
    out["slope"] = re.compile(
        rf"\b(?:(?:{alternation(t.travel_verbs)})\s+(?:(?:the|a|an|its|their)\s+(?P<obj>{alternation(t.vehicles)})\s+)?)?"
        rf"(?P<slope>{slope})\b")
    out["vehicle"] = re.compile(rf"\b(?:{alternation(t.vehicles)})\b", re.IGNORECASE)
    classes = alternation([w for ws in t.sail_classes.values() for w in ws])
    out["sail-class"] = re.compile(
        rf"{_DET}(?P<value>{classes})\s+(?:(?P<noun>{alternation(t.sail_nouns)})\b|(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,3}}))")
    return out


def literals() -> tuple[str, ...]:
    """Strings a sentence must hold for a reading (a capitalised word with its first letter
    left out)."""
    t = table()
    out = {f" {w} " for m in t.modifiers.values() for ws in m.values.values() for w in ws}
    out |= {f" {k}" for m in t.modifiers.values() for k in m.kinds}
    out |= {f"-{s}" for s in t.origin_suffixes}
    out |= {p.lower()[1:] for p in t.periods}
    out |= {"translated from", "-language", " sung "} | {f" {v} " for v in t.language_verbs}
    out |= {f"{w} from " for w in t.travel_verbs + t.travel_nouns + t.vehicles} | {"bound for "}
    out |= {w for ws in t.slopes.values() for w in ws}
    out |= {f"{m} " for m in t.aircraft_makers}
    out |= {w for ws in t.sail_classes.values() for w in ws}
    out |= {f" {w}" for ws in t.sex_nouns.values() for w in ws}
    out |= {f[1:] for ws in t.fuels.values() for f in ws}
    return tuple(sorted(out))


def _quiet(sentence: str, start: int) -> bool:
    """A word of the clause before ``start`` ties the value to another thing, a former one or
    many."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    words = set(re.findall(r"[a-z]+", sentence[lo:start].lower()))
    return bool(words & set(table().quiet_words))


def _head_after(sentence: str, pos: int, limit: int) -> tuple[str, tuple[int, int]] | None:
    """The head noun of the phrase from ``pos``: the last of up to ``limit`` lower-case words,
    stopping before a function word, a verb form ("-ed", "-ing") or punctuation."""
    head = None
    for _ in range(limit):
        m = _WORD_AFTER.match(sentence, pos)
        if m is None:
            break
        w = m.group(1)
        if w in _NOT_HEADS or w.endswith(("ed", "ing", "ly")):
            break
        head, pos = (w, m.span(1)), m.end()
        if sentence[pos:pos + 1] not in (" ", ""):
            break  # punctuation ends the phrase
    return head


def _key(noun: str) -> str:
    return noun[:-1] if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss") else noun


def read(sentence: str) -> list[Reading]:
    """Every class value the sentence binds to its thing, in order."""
    from .entities.lexicon import lexicon

    t = table()
    p = _patterns()
    out: list[Reading] = []
    for family, mod in t.modifiers.items():
        canon = {w: v for v, ws in mod.values.items() for w in ws}
        excluded = set(mod.heads_excluded)
        for m in p[family].finditer(sentence):
            head = _head_after(sentence, m.end("value"), 1)
            if head is None or head[0] in excluded or head[0] in canon or _quiet(sentence, m.start()):
                continue
            if family in _SINGULAR and _key(head[0]) != head[0]:
                continue  # "female athletes": a group, no one person's sex
            out.append(Reading(family, _key(head[0]), canon[m.group("value")], m.group("value"), m.span("value"), head[1]))
        if f"{family}:kind" in p:
            for m in p[f"{family}:kind"].finditer(sentence):
                if _quiet(sentence, m.start()):
                    continue
                kind = mod.kinds[m.group("kind")]
                out.append(Reading(family, kind.head, kind.value, m.group("kind"), m.span("kind"), None))
    for m in p["origin"].finditer(sentence):
        country = lexicon().country_of(m.group("country"))
        if country is None or _quiet(sentence, m.start()):
            continue  # "a Leeds-made mortar": a town, no country of make
        head = _head_after(sentence, m.end(), 3)
        if head is None:
            continue
        out.append(Reading("origin", _key(head[0]), country, m.group("country"), m.span("country"), head[1]))
    for m in p["origin_after"].finditer(sentence):
        country = lexicon().country_of(m.group("country"))
        if country is None or _quiet(sentence, m.start()) or any(r.head_span == m.span("head") for r in out):
            continue
        out.append(Reading("origin", _key(m.group("head")), country, m.group("country"), m.span("country"),
                           m.span("head")))
    for m in p["period"].finditer(sentence):
        if _quiet(sentence, m.start()):
            continue
        head = m.span("head") if m.group("head") else None  # "a sauropod from the ...": the story's thing only
        period = t.period_aliases.get(m.group("period"), m.group("period")).lower()
        part = t.period_parts.get(m.group("part") or "")
        value = f"{part} {period}" if part else period
        span = (m.start("part") if m.group("part") else m.start("period"), m.end("period"))
        out.append(Reading("period", "-", value, sentence[span[0]:span[1]], span, head))
    for m in p["language"].finditer(sentence):
        group = next(g for g in ("lang", "lang2", "lang3", "lang4") if m.group(g))
        if _quiet(sentence, m.start()):
            continue
        if group == "lang" and not set(re.findall(r"[a-z]+", sentence[:m.start()].lower())) & set(t.language_works):
            continue  # "translated from Italian" with no work named: a page's own note, not the story's work
        lang = m.group(group)
        out.append(Reading("language", "-", t.language_aliases.get(lang, lang).lower(), lang, m.span(group), None))
    for m in p["model"].finditer(sentence):
        if _quiet(sentence, m.start("maker")):
            continue
        code = m.group("code")
        if re.search(r"\ds$", code):
            continue  # "Boeing 737s": a fleet, no one aircraft
        words = (m.group("operator") or "").split()
        operator = " ".join(words[1:] if words and words[0] in ("The", "A", "An") else words) or None
        value = f"{m.group('maker').lower()} {code.lower()}"
        out.append(Reading("model", "aircraft", value, sentence[m.start("maker"):m.end("code")],
                           (m.start("maker"), m.end("code")), None, operator))
    sexes = {w: v for v, ws in t.sex_nouns.items() for w in ws}
    for m in p["sex_copula"].finditer(sentence):
        if _quiet(sentence, m.start()) or m.group("head") in _NOT_HEADS or m.group("head") in _PERSONAL:
            continue  # "that he was a man": a pronoun names no one the article keys
        out.append(Reading("sex", m.group("head"), sexes[m.group("value")], m.group("value"), m.span("value"),
                           m.span("head")))
    fuel = {w: v for v, ws in t.fuels.items() for w in ws}
    for m in p["fuel"].finditer(sentence):
        head = _head_after(sentence, m.end(), 3)
        if head is None or _quiet(sentence, m.start()):
            continue
        out.append(Reading("fuel", _key(head[0]), fuel[m.group("value")], m.group("value"), m.span("value"), head[1]))
    for m in p["fuel_after"].finditer(sentence):
        if _quiet(sentence, m.start()) or m.group("head") in _NOT_HEADS:
            continue
        out.append(Reading("fuel", _key(m.group("head")), fuel[m.group("value")], m.group("value"), m.span("value"),
                           m.span("head")))
    out.extend(_directions(sentence))
    sail = {w: v for v, ws in t.sail_classes.items() for w in ws}
    for m in p["sail-class"].finditer(sentence):
        if _quiet(sentence, m.start()):
            continue
        out.append(Reading("sail-class", "boat", sail[m.group("value")], m.group("value"), m.span("value"), None,
                           m.group("name")))
    return sorted(out, key=lambda r: r.span)


_NOT_PLACES = frozenset("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An It This That Its Their His Her""".split())


def _vehicle_before(sentence: str, pos: int) -> tuple[int, int] | None:
    """The last vehicle noun of the sentence before ``pos`` in its clause (asides between
    allowed: "The coach, operated by X, was travelling from"), else None."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, pos):
        lo = m.end()
    last = None
    for m in _patterns()["vehicle"].finditer(sentence, lo, pos):
        last = m.span()
    return last


def _directions(sentence: str) -> list[Reading]:
    """Which way the story's vehicle was going: its route ("travelling from Leeds to York") or
    its slope ("travelling uphill"), told of a vehicle noun before the verb (its subject), the
    vehicle the verb takes ("riding the cabin back down") or "It" opening the sentence."""
    t = table()
    p = _patterns()
    air = set(t.air_vehicles)
    out: list[Reading] = []
    for m in p["route"].finditer(sentence):
        origin, dest = m.group("origin") or "", m.group("dest") or m.group("bound")
        if origin in _NOT_PLACES or (dest is not None and dest in _NOT_PLACES) or _quiet(sentence, m.start()):
            continue
        travel = m.group("travel") or ""
        head = m.span("travel") if travel.lower() in t.vehicles else _vehicle_before(sentence, m.start())
        if head is None:
            continue  # "the minister was travelling from Paris": a person's trip, not the vehicle's
        value = f"{origin.lower()}>{dest.lower() if dest else ''}"
        first = "origin" if origin else "bound"
        span = (m.start(first), m.end("dest") if m.group("dest") else m.end(first))
        out.append(Reading("route", "-", value, sentence[span[0]:span[1]], span, head))
    slopes = {w: v for v, ws in t.slopes.items() for w in ws}
    for m in p["slope"].finditer(sentence):
        if _quiet(sentence, m.start()):
            continue
        if m.group("obj"):
            head: tuple[int, int] | None = m.span("obj")
        else:
            head = _vehicle_before(sentence, m.start())
            if head is None and not re.match(r"\s*It\s", sentence):
                continue  # "prices heading downhill": no vehicle
        if head is not None and sentence[head[0]:head[1]].lower() in air:
            continue  # an aircraft's climb or descent is a phase of flight
        out.append(Reading("slope", "-", slopes[m.group("slope")], m.group("slope"), m.span("slope"), head))
    return out


def named_often(text: str, head: str) -> bool:
    """The article names the head noun more than once (its plural, its doer or its act too:
    "drill", "driller", "drilling"): the story's thing, not an object in passing."""
    return len(re.findall(rf"\b{re.escape(head)}(?:s|es|er|ers|ing)?\b", text, re.IGNORECASE)) >= 2


def story_thing(text: str, family: str, head: str) -> bool:
    """The head names the story's thing: named more than once; for a direction, the article
    names vehicles more than once ("the coach" then "the bus": one vehicle named two ways)."""
    if family in ("route", "slope"):
        return len(_patterns()["vehicle"].findall(text)) >= 2
    return named_often(text, head)


def same(family: str, a: str, b: str) -> bool:
    """Two values of a family may be one: equal, or a period and its part ("cretaceous",
    "early cretaceous")."""
    if a == b:
        return True
    if family == "period":
        wa, wb = set(a.split()), set(b.split())
        return wa <= wb or wb <= wa
    if family == "route":  # "leeds>" agrees with "leeds>york", ">york" too: one end unstated is no disagreement
        (fa, ta), (fb, tb) = a.split(">", 1), b.split(">", 1)
        return (not fa or not fb or fa == fb) and (not ta or not tb or ta == tb)
    if family == "model":  # a model and its variant: "boeing 787", "boeing 787-9", "airbus a320neo", "sikorsky s-92a"
        short, long = sorted((a, b), key=len)
        return long.startswith(short) and not long[len(short)].isdigit()
    return False


def label(family: str, key: str) -> str:
    if key != "-":
        return f"{family} of the {key}"
    return {"period": "geological period it lived in", "language": "language it was written in",
            "route": "route of the vehicle", "slope": "direction of travel (up or down)"}.get(family, family)
