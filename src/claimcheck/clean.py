"""Mark boilerplate as excluded regions. The text is never changed, so spans stay valid.

Line patterns come from ``resources/boilerplate.yaml``. Three mechanisms need no data:
a widget block (short lines around a weather reading), a repeated paragraph (the second
copy of a paragraph already seen), and a truncated teaser (a line that is a cut-off
prefix of a later line).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from .models import Source, Span
from .resources import load_resource

_LINE = re.compile(r"[^\r\n]+")  # a lone CR (old Mac files) ends a line too


class _Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class BoilerplatePattern(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    pattern: str
    page_date: bool = False
    published_date: bool = False  # the line states the article's own publication date
    examples: _Examples


class AuthorBio(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    pattern: str
    examples: _Examples


class BoilerplateResource(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    patterns: list[BoilerplatePattern]
    author_bio: AuthorBio


@dataclass(frozen=True)
class Boilerplate:
    line: re.Pattern[str]  # one alternation, a named group per pattern
    names: tuple[str, ...]
    page_date_names: frozenset[str]
    published_names: frozenset[str]
    author_bio: re.Pattern[str]
    resource: BoilerplateResource


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    res = load_resource("boilerplate.yaml", BoilerplateResource)
    alternation = "|".join(f"(?P<{p.name}>{p.pattern})" for p in res.patterns)
    return Boilerplate(
        line=re.compile(rf"(?:{alternation})", re.IGNORECASE),
        names=tuple(p.name for p in res.patterns),
        page_date_names=frozenset(p.name for p in res.patterns if p.page_date),
        published_names=frozenset(p.name for p in res.patterns if p.published_date),
        author_bio=re.compile(res.author_bio.pattern),
        resource=res,
    )


def classify_line(line: str) -> str | None:
    """Name of the boilerplate pattern that matches the whole (stripped) line, or None."""
    m = boilerplate().line.fullmatch(line.strip())
    return m.lastgroup if m else None


@dataclass(frozen=True)
class PageDate:
    """A date shown by the page: a header or capture stamp (weak dating evidence), or a
    dateline that names the publication ("Published: July 10, 2023"; ``published``)."""

    span: Span
    text: str
    published: bool = False


def _is_short_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"[.!?,;:\"“”]$", line.strip())


def mark_boilerplate(source: Source) -> list[PageDate]:
    """Fill ``source.excluded``; return the page dates found in excluded header lines."""
    text = source.text
    bp = boilerplate()
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text)]
    flags: list[str | None] = []
    for _, _, line in lines:
        stripped = line.strip()
        if not stripped:
            flags.append("blank")
            continue
        m = bp.line.fullmatch(stripped)
        flags.append(m.lastgroup if m else None)

    # A widget block: short label lines next to a weather reading ("55.9 F / Los Angeles").
    for i, flag in enumerate(flags):
        if flag == "weather_widget":
            for j in (i - 1, i + 1, i + 2):
                if 0 <= j < len(lines) and flags[j] is None and _is_short_label(lines[j][2]):
                    flags[j] = "weather_widget"

    # A repeated paragraph or a teaser cut off mid-word: keep the first full copy only.
    seen: set[str] = set()
    contents = [ln.strip() for _, _, ln in lines]
    for i, stripped in enumerate(contents):
        if flags[i] is not None or len(stripped) < 20:
            continue
        if stripped in seen:
            flags[i] = "repeated_paragraph"
        seen.add(stripped)
    ordered = sorted(set(contents))  # the lines a prefix begins sort right after it: no all-pairs scan
    for i, stripped in enumerate(contents):
        if flags[i] is None and len(stripped) >= 20 and not stripped[-1] in ".!?\"”’:)":
            after = bisect.bisect_right(ordered, stripped)
            if after < len(ordered) and ordered[after].startswith(stripped):
                flags[i] = "truncated_teaser"

    # An author bio: the last paragraphs of the article describing its author.
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        if flags[i] is None and bp.author_bio.fullmatch(contents[i]):
            flags[i] = "author_bio"
            break

    excluded: list[Span] = []
    page_dates: list[PageDate] = []
    for (start, end, line), flag in zip(lines, flags):
        if flag is None or flag == "blank":
            continue
        excluded.append((start, end))
        if flag in bp.page_date_names or flag in bp.published_names:
            lead = len(line) - len(line.lstrip())
            page_dates.append(PageDate(span=(start + lead, start + len(line.rstrip())), text=line.strip(),
                                       published=flag in bp.published_names))
    source.excluded = excluded
    return page_dates
