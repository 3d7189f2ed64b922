"""claimcheck.check.name_variant.v1: one entity written in different ways.

The surface forms of an entity are collected from every claim: ``who[].text`` (by
``who[].entity``), ``subject.text`` (by the subject id, an occurrence ``series:X#n``
counting as ``series:X``) and ``where.text``. Forms are compared after case-folding and
dropping a parenthetical, a qualifier after a comma, possessives and session ordinals (``resources/checks/names.yaml``).
Offices (their wordings are titles) and countries (demonyms and capitals: "South
Korean", "Seoul") are skipped, and so are descriptions: forms that do not start and end
with a capitalised word ("the mechanism", "the summit in Phnom Penh"). Short references are not variants: a single word that is a word of a longer form
("Austin" / "Lloyd Austin"), or an acronym. When the index has ``entities`` with
``merges``, only the label and forms the index merged count (acronym merges do not). One ``variant`` per entity, citing one
claim per (form, source).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from ..entities.names import is_known_given
from ..models import Claim, Finding
from .context import CheckContext, base_subject, claim_order
from .finding import make_finding
from .registry import rule
from .tables import name_tables

RULE = "claimcheck.check.name_variant.v1"
_PAREN = re.compile(r"\s*\([^)]*\)")
_NUM_ORD = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_POSS = re.compile(r"[’']s\b")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")
SKIPPED_KINDS = ("office:", "country:")
# how the index joined a form: an acronym is a short reference, every other join
# ("exact" after folding hyphens and spaces, alias table, fuzzy, name order, manual) counts
UNCOUNTED_MERGES = frozenset({"acronym"})


@lru_cache(maxsize=8192)
def name_key(form: str) -> str:
    """The form compared: case-folded, no parenthetical, possessive or session ordinal."""
    # a parenthetical or a qualifier after a comma ("Phnom Penh, Cambodia") is not the name
    text = _NUM_ORD.sub(" ", _POSS.sub("", _PAREN.sub("", form).split(",")[0]))
    t = name_tables()
    ords = set(t.ordinal_words)
    words = [w for w in re.findall(r"[\w-]+", text.casefold()) if w not in ords]
    while words and words[0] in t.determiners:
        words.pop(0)
    return " ".join(words)


def _name_words(form: str) -> list[str]:
    """The words of a form without parenthetical, comma qualifier, leading determiners or ordinals."""
    t = name_tables()
    words = re.findall(r"[\w.-]+", _NUM_ORD.sub(" ", _PAREN.sub("", form).split(",")[0]))
    while words and words[0].casefold() in t.determiners:
        words.pop(0)
    ords = set(t.ordinal_words)
    return [w for w in words if w.casefold() not in ords]


def is_description(form: str) -> bool:
    """"the mechanism", "a system to share missile data", "the summit in Phnom Penh": a
    phrase describing the entity, not its name (a name starts and ends capitalised)."""
    words = _name_words(form)
    particles = set(name_tables().particles)
    while len(words) > 1 and words[0] in particles:  # "von der Leyen"
        words = words[1:]
    if not words:
        return True
    first, last = words[0], words[-1]
    return not ((first[:1].isupper() or first[:1].isdigit()) and (last[:1].isupper() or last[:1].isdigit()))


def is_short_reference(form: str, others: list[str]) -> bool:
    """An acronym ("DTT", "14th DTT"), one word that is a word of a longer form ("Austin",
    "Shin"), or the tail of a longer form ("von der Leyen" of "Ursula von der Leyen")."""
    words = _name_words(form)
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return True
    key = name_key(form).split()
    for other in others:
        longer = name_key(other).split()
        if len(longer) <= len(key) or not key:
            continue
        if (len(key) == 1 and key[0] in longer) or (longer[-len(key):] == key and not _drops_a_first_name(form, key, other)):
            return True
    return False


def _drops_a_first_name(form: str, tail: list[str], longer: str) -> bool:
    """"Marta Lindqvist" of "Anna Marta Lindqvist": a name written without its first given
    name is a variant, not a short reference. Not when the tail starts with a particle
    ("von der Leyen") or a known given name, whose longer form only adds a descriptor
    ("Acme Dana Reyes", "Centrist Paul Okafor"), nor after a possessive."""
    if len(_name_words(form)) < 2 or tail[0] in name_tables().particles or is_known_given(tail[0]):
        return False
    dropped = _name_words(longer)[: -len(_name_words(form))]
    # "Frankfurt-based Deutsche Boerse", "Bringing Cadillac": a descriptor, not a given name
    if any("-" in w or not w.isalpha() or w.endswith(("ing", "ed", "ly")) for w in dropped):
        return False
    return "'s " not in longer.replace("’", "'")


def _mentions(ctx: CheckContext) -> dict[str, dict[str, list[Claim]]]:
    """entity id -> surface form -> claims that write it."""
    out: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in ctx.all_claims():
        if c.subject.text:
            # a session's name is its series' name; an unnamed event "#date" stays itself
            sid = base_subject(c.subject.id) if c.subject.id.startswith("series:") else c.subject.id
            out[sid][c.subject.text].append(c)
        for w in c.who:
            out[w.entity][w.text].append(c)
        if c.where is not None:
            out[c.where.entity][c.where.text].append(c)
    return out


def _merged_forms(ctx: CheckContext, entity: str) -> set[str] | None:
    """Form keys the index merged into this entity (None: the index says nothing)."""
    entities = getattr(ctx.index, "entities", None)
    if not isinstance(entities, dict) or entity not in entities:
        return None
    e = entities[entity]
    keys = {name_key(e.label)}
    keys.update(name_key(m.variant) for m in e.merges if m.how not in UNCOUNTED_MERGES)
    keys.update(name_key(m.canonical) for m in e.merges if m.how not in UNCOUNTED_MERGES)
    return keys


def _how(ctx: CheckContext, entity: str) -> str:
    entities = getattr(ctx.index, "entities", None)
    if not isinstance(entities, dict) or entity not in entities:
        return "the claims name this entity with the same id"
    merges = [m for m in entities[entity].merges if m.how not in UNCOUNTED_MERGES]
    if not merges:
        return "the entity index joined these names"
    return "joined by the entity index: " + "; ".join(
        f'"{m.variant}" -> "{m.canonical}" ({m.how}{f", score {m.score:.0f}" if m.score is not None else ""})'
        for m in sorted(merges, key=lambda m: (m.variant, m.canonical))
    )


def _label(ctx: CheckContext, entity: str) -> str:
    entities = getattr(ctx.index, "entities", None)
    if isinstance(entities, dict) and entity in entities:
        return f"{entities[entity].label} ({entity})"
    label = ctx.label(entity)
    return entity if label == entity else f"{label} ({entity})"


@rule(RULE, "name_variant")
def check_name_variants(ctx: CheckContext) -> Iterator[Finding]:
    """Spelling, order or transliteration variants of one entity: variant."""
    for entity, forms in sorted(_mentions(ctx).items()):
        if entity.startswith(SKIPPED_KINDS):
            # an office's "names" are title wordings (the title rule's business); a country's
            # are demonyms and capitals ("South Korean", "Seoul"), not spellings
            continue
        all_forms = sorted(forms)
        merged = _merged_forms(ctx, entity)
        kept: dict[str, list[str]] = defaultdict(list)  # key -> forms
        for f in all_forms:
            if is_description(f) or is_short_reference(f, all_forms):
                continue
            key = name_key(f)
            if merged is not None and key not in merged:
                continue
            kept[key].append(f)
        if len(kept) < 2:
            continue
        cited: list[Claim] = []
        shown: list[str] = []
        for key in sorted(kept):
            for f in kept[key]:
                shown.append(f)
                per_source: dict[str, Claim] = {}
                for c in sorted(forms[f], key=claim_order):
                    per_source.setdefault(c.source, c)
                cited.extend(per_source.values())

        def detail(_: CheckContext, c: Claim, entity: str = entity) -> str:
            used = sorted({f for f in shown if any(x.id == c.id for x in forms[f])})
            return "written " + " / ".join(f'"{f}"' for f in used) + f" for {entity}"

        yield make_finding(
            ctx, rule=RULE, kind="name_variant", severity="variant", subject=entity, claims=cited, detail=detail,
            uses_dates=False,
            summary=f"{_label(ctx, entity)} is written {len(kept)} ways: " + ", ".join(f'"{f}"' for f in shown),
            reason=f"spelling, order or transliteration variants of one name; {_how(ctx, entity)}.",
        )
