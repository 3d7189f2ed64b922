"""The document a meeting produced, with its type (resources/events/documents.yaml):
"signed a memorandum of understanding", "adopted a binding treaty". A signing verb, an
optional article and up to three modifiers, then a document noun of a type."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..models import Span
from ..resources import load_resource
from ..words import alternation


class DocumentExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    type: str | None


class DocumentTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: list[str]
    types: dict[str, list[str]]
    generic: list[str]
    examples: list[DocumentExample]



@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    t = load_resource("events/documents.yaml", DocumentTable)
    of_type = {n.lower(): typ for typ, ns in t.types.items() for n in ns}
    nouns = alternation([*of_type, *t.generic])
    pattern = re.compile(rf"\b(?:{alternation(t.verbs)})\s+(?:(?:a|an|the|their|its|a new)\s+)?(?:[\w-]+\s+){{0,3}}?"
                         rf"(?P<noun>{nouns})\b", re.IGNORECASE)
    return pattern, of_type


@dataclass(frozen=True)
class DocumentMention:
    span: Span  # from the verb to the noun
    type: str  # a type of the table; generic nouns give none


def documents_in(text: str, span: Span) -> list[DocumentMention]:
    """Documents of a type signed or adopted in ``text[span]``."""
    pattern, of_type = _pattern()
    out = []
    for m in pattern.finditer(text, span[0], span[1]):
        typ = of_type.get(m.group("noun").lower())
        if typ is not None:
            out.append(DocumentMention(m.span(), typ))
    return out
