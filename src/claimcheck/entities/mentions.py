"""find_mentions: the entity mentions of one source, with provisional ids.

Within one document this binds what the document itself says: titles and countries
written with a name, appositive roles, "his <country> counterpart", acronyms and
parenthetical names defined in the text, and surname-only mentions to the full name.
``resolve`` then joins the documents.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..models import Mention, Source
from .acronyms import glossed_acronyms, read_definition, use_acronym
from .bodies import candidates, short_forms
from .aliases import AliasTable
from .chunks import Piece, analyse, chunk_finder, given_name_like_a_place, surname_like_a_place
from .document import Doc, excluded_checker, lower_ministry_patterns, ministry_id
from ..gcpause import without_gc
from .lexicon import lexicon
from .people import _title_set_off, inner_portfolio, is_titled_name, office_title, read_run, surname_pass, titled_before
from .text import key


@without_gc
def find_mentions(source: Source, aliases: AliasTable | None = None) -> list[Mention]:
    """Every entity mention in ``source`` outside its excluded spans, in text order.
    With ``aliases`` (claims/aliases.yaml), names listed there are found too."""
    lex = lexicon()
    doc = Doc(source, lex)
    doc.aliases = aliases
    text = source.text
    inside = excluded_checker(list(source.excluded)) if source.excluded else (lambda a, b: False)
    _dateline(doc, inside)
    named = _PersonTexts(doc)
    for cm in _chunks(text, source.sentences):
        base = cm.start()
        if base < doc.covered or inside(base, cm.end()):
            continue
        pieces = _given_name_runs(doc, analyse(cm.group()), cm.group(), base, named)
        if len(pieces) == 2 and surname_like_a_place(pieces, cm.group()) and titled_before(doc, base):
            pieces = (Piece(0, pieces[1].end, "run"),)  # "sporting director Ana Lima": one name
        for idx, p in enumerate(pieces):
            nxt = pieces[idx + 1] if idx + 1 < len(pieces) else None
            prv = pieces[idx - 1] if idx > 0 else None
            if p.what == "entry":
                doc.entry(p, base, nxt, prv)
            elif p.what == "ministry":
                doc.ministry(p, base)
            elif p.what == "named":
                doc.named(p, base)
            elif p.what == "title":
                continue  # consumed by the run that follows, if any
            elif p.what == "acronym":
                use_acronym(doc, p, base)
            elif p.what == "run":
                if idx + 2 < len(pieces) and pieces[idx + 1].what == "title" and inner_portfolio(pieces, idx + 1, cm.group()) \
                        and pieces[idx + 2].what == "run":
                    continue  # the portfolio word inside a title ("Chief Data Scientist Roe")
                a, b = base + p.start, base + p.end
                if prv is not None and prv.what == "title" and prv.end + 3 >= p.start and prv.title.sort != "counterpart":  # type: ignore[union-attr]
                    if is_titled_name(lex, text[a:b]):
                        doc.title_person(office_title(pieces, idx, cm.group()), p, base)
                    continue
                read_run(doc, a, b)
            read_definition(doc, base, cm.end(), p, nxt)
    if "ministry" in text:
        covered = sorted(m.span for m in doc.mentions if m.kind == "org")
        for lm in lower_ministry_patterns()[1].finditer(text):
            a = lm.start(1) if lm.group(1) else text.rfind("ministry", lm.start(), lm.start(2))
            i = bisect.bisect_right(covered, (a, len(text))) - 1
            if inside(a, lm.end()) or (i >= 0 and covered[i][0] <= a < covered[i][1]):
                continue
            info = lex.ministries.get(key((lm.group(1) or lm.group(2)) + " ministry"))
            if info is not None:
                doc.add(a, lm.end(), "org", ministry_id(info.portfolio, None, source.id), "ministry-lower")
    if "(" in text or "," in text:
        glossed_acronyms(doc, inside)
    short_forms(doc)
    surname_pass(doc)
    candidates(doc)
    _contextual_pass(doc)
    if source.excluded:  # a definition or gloss read past a chunk may reach into boilerplate
        doc.mentions = [m for m in doc.mentions if not inside(m.span[0], m.span[1])]
    doc.mentions.sort(key=lambda m: (m.span[0], -m.span[1]))
    return doc.mentions


class _PersonTexts:
    """The texts the document has written people's names with so far: mentions are appended
    as chunks are read, so each is looked at once (linear in the mentions)."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.seen, self.upto = doc, set[str](), 0

    def __contains__(self, text: object) -> bool:
        ms = self.doc.mentions
        self.seen.update(m.text for m in ms[self.upto :] if m.kind == "person")
        self.upto = len(ms)
        return text in self.seen


def _given_name_runs(doc: Doc, pieces: tuple[Piece, ...], chunk: str, base: int,
                     named: _PersonTexts) -> tuple[Piece, ...]:
    """A city's one-word name then one name word is a person's name ("Sofia Antunes", "Milan
    Novak") after a title (in the chunk or just before it: "Culture Minister Sofia Antunes",
    "federation president Sofia Lind"), set off by commas after a post ("the chamber's
    president, Milan Novak,") or when the document already named that person so: the two
    pieces become one run. Else the place and a body stay ("Sofia News")."""
    if len(pieces) < 2 or not any(p.what == "entry" for p in pieces[:-1]):
        return pieces
    out = list(pieces)
    for i in range(len(out) - 2, -1, -1):
        pair = (out[i], out[i + 1])
        if not given_name_like_a_place(pair, chunk[: out[i + 1].end]):
            continue
        prv = out[i - 1] if i > 0 else None
        titled = (prv is not None and prv.what == "title" and prv.end + 3 >= out[i].start
                  and prv.title is not None and prv.title.sort != "counterpart") \
            or (i == 0 and (titled_before(doc, base)
                            or (len(out) == 2 and _title_set_off(doc.text, base + out[0].start, base + out[1].end))))
        if titled or (i == 0 and len(out) == 2 and chunk[out[0].start : out[1].end] in named):
            out[i : i + 2] = [Piece(out[i].start, out[i + 1].end, "run")]
    return tuple(out)


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.]+(?:[ \t-][A-Z][A-Z'’.]+){0,3})"  # SEOUL, NEW DELHI, WASHINGTON
    r"(?:,[ \t]*[A-Z][a-z]{2,4}\.?[ \t]*\d{1,2})?"  # , Nov. 13
    r"[ \t]*(?:\(([A-Z][\w .&-]{1,40})\))?"  # (Yonhap)
    r"[ \t]*(?:--|—|–|-)[ \t]"
)


def _dateline(doc: Doc, inside) -> None:
    """"SEOUL, Nov. 13 (Yonhap) -- ...": the dateline city and the agency, evidence of
    the document's home country for titles and ministries written without one."""
    m = _DATELINE.search(doc.text, 0, min(len(doc.text), 400))
    if m is None or inside(m.start(), m.end()):
        return
    e = doc.lex.lookup(m.group(1).title())  # "NEW DELHI" -> "New Delhi" (not an acronym)
    if e is not None and (e.role == "capital" or e.kind == "place"):
        place = doc.lex.capital_places.get(e.country or "", e.id) if e.role == "capital" else e.id
        doc.add(m.start(1), m.end(1), "place", place, "dateline", country=e.country)
    if m.group(2):
        o = doc.lex.lookup(m.group(2))
        if o is not None and o.kind == "org":
            doc.add(m.start(2), m.end(2), "org", o.id, "dateline-outlet", country=o.country)
    doc.covered = m.end()


def _chunks(text: str, sentences: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Chunks of the whole text in one regex pass; the rare chunk that runs over a
    sentence end ("... the U.S. The next ...") is matched again within each sentence."""
    finder = chunk_finder()
    if not sentences:
        yield from finder.finditer(text)
        return
    starts = [a for a, _ in sentences]
    for cm in finder.finditer(text):
        g = cm.group()
        if "." not in g and "?" not in g and "!" not in g and "…" not in g:
            yield cm  # no sentence can start inside it
            continue
        a, b = cm.start(), cm.end()
        i = bisect.bisect_right(starts, a)
        if i < len(starts) and starts[i] < b:  # a sentence starts inside this chunk
            edges = [a] + starts[i:bisect.bisect_left(starts, b, i)] + [b]  # not a scan of every later sentence
            for lo, hi in zip(edges, edges[1:]):
                yield from finder.finditer(text, lo, hi)
            continue
        yield cm


def _contextual_pass(doc: Doc) -> None:
    """"the North" counts only when the document names North Korea itself."""
    if not doc.contextual:
        return
    named = {m.entity for m in doc.mentions if m.kind == "country" and m.rule != "country-contextual"}
    drop = {id(m) for m in doc.contextual if m.entity not in named}
    doc.mentions = [m for m in doc.mentions if id(m) not in drop]

__all__ = ["find_mentions"]
