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
from functools import lru_cache

from .gcpause import without_gc
from ..models import Mention, Source
from .aliases import AliasTable
from .chunks import CHUNK, Piece, analyse, chunk_finder
from .lexicon import Entry, Lexicon, lexicon
from .names import parse_name
from .text import acronym_key, fold_token, key, slug

_ACRONYM_DEF = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&-]{1,11})\)")
_PAREN_NAME = re.compile(r"[ \t]*\(((?:the )?(?:\d{1,3}(?:st|nd|rd|th) )?[A-Z][^()\n]{2,60}?)\)")
_APPOSITIVE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?([a-zA-Z](?:[^,.;:()“”\"\n]|\.(?=[A-Za-z])|(?<=[A-Z]\.[A-Z])\.){1,90})")
_PREV_WORDS = re.compile(r"([\w’'.-]+)[ \t,]*$")
_WORD = re.compile(r"[\w’'.-]+")
_COUNTERPART = re.compile(r"(?:his|her|their|its)\s+((?:[\w.’'-]+\s+){0,3}?)(?:counterparts?|opposite number),?\s*$", re.I)
_AFFILIATION = re.compile(r"\s+(?:at|from|of the|with|in|for the)\s+")
_PREV_MODIFIER = re.compile(r"\b(former|ex|late|acting|deputy|vice|assistant)[ \t]+$", re.I)
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})")
_MODIFIER_WORD = re.compile(r"\b(?:former|ex|late|acting|deputy|vice|assistant|under|senior|first deputy|principal deputy)\b", re.I)
_IN_PLACE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?)")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_DC = re.compile(r",?[ \t]*(?:D\.C\.|DC)\b")


def _excluded_checker(excluded: list[tuple[int, int]]):
    """A test "does [a, b) overlap an excluded span" in O(log n): spans merged first."""
    merged: list[list[int]] = []
    for s, e in sorted(excluded):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]
    ends = [e for _, e in merged]

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b) - 1  # the last span starting before b
        return i >= 0 and ends[i] > a

    return inside


class _Doc:
    """Per-document state while mentions are collected."""

    def __init__(self, source: Source, lex: Lexicon) -> None:
        self.source = source
        self.text = source.text
        self.lex = lex
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, Mention] = {}  # acronym -> long-form mention
        self.pending: list[tuple[int, int]] = []  # unknown capitalised runs, for the surname pass
        self.contextual: list[Mention] = []
        self.covered = 0  # end of the last parenthetical already read as a definition
        self.aliases: AliasTable | None = None

    # -- helpers -------------------------------------------------------------------

    def add(self, start: int, end: int, kind: str, entity: str, rule: str, **extra: object) -> Mention:
        m = Mention(span=(start, end), text=self.text[start:end], kind=kind, entity=entity, rule=rule, **extra)  # type: ignore[arg-type]
        self.mentions.append(m)
        return m

    def prev_word(self, start: int) -> str:
        before = self.text[max(0, start - 24) : start].split()
        return before[-1].lower().rstrip(",") if before else ""

    # -- pieces --------------------------------------------------------------------

    def entry(self, p: Piece, base: int, nxt: Piece | None, prv: Piece | None = None) -> None:
        e = p.entry
        assert e is not None
        a, b = base + p.start, base + p.end
        if e.role == "capital" and prv is not None and prv.what == "run" and p.start - prv.end <= 1:
            return  # "Real Madrid", "Greater London": a larger name we do not know
        if e.kind == "country":
            if nxt is not None and nxt.what in ("title", "ministry") and nxt.start - p.end <= 2:
                return  # a qualifier, carried by the title or ministry
            b = self._strip_possessive(a, b)
            if e.role == "capital":
                m = _DC.match(self.text, b)
                if m:
                    self.add(a, m.end(), "place", "place:washington-dc", "capital-dc", country=e.country)
                    return
                if (self.prev_word(a) in self.lex.locatives and not self.text.startswith(("’s", "'s"), b)) or self._city_word_after(b):
                    place = self.lex.capital_places.get(e.country or "", f"place:{slug(self.text[a:b])}")
                    self.add(a, b, "place", place, "capital-place", country=e.country)
                    return
                self.add(a, b, "country", e.id, "capital-standin", country=e.country)
                return
            m = self.add(a, b, "country", e.id, f"country-{e.role}", country=e.country)
            if e.role == "contextual":
                self.contextual.append(m)
            self._lower_ministry(a, b, e.country)
            return
        b = self._strip_possessive(a, b)
        if e.kind == "series" and p.ordinal is not None:
            oa = base + p.ordinal_span[0]  # type: ignore[index]
            self.add(oa, b, "series", e.id, "series-known", ordinal=p.ordinal,
                     ordinal_span=(oa, base + p.ordinal_span[1]))  # type: ignore[index]
            return
        self.add(a, b, e.kind, e.id, f"{e.kind}-known", country=e.country)

    def _country_after(self, b: int) -> str | None:
        """"the Defense Ministry in Tokyo": a ministry located in a capital is that country's."""
        m = _IN_PLACE.match(self.text, b)
        if m is None:
            return None
        e = self.lex.lookup(m.group(1))
        return e.country if e is not None and e.role == "capital" else None

    def _city_word_after(self, b: int) -> bool:
        """"London mayor", "a Brussels summit", "the Tokyo office": the city, not the government."""
        m = _NEXT_LOWER_WORD.match(self.text, b)
        if m is None:
            return False
        w = m.group(1)
        return w in self.lex.heads or w in self.lex.event_nouns or (w in self.lex.titles and w not in self.lex.stop)

    def _strip_possessive(self, a: int, b: int) -> int:
        if self.text[a:b].endswith(("’s", "'s")):
            return b - 2
        if b - a > 2 and self.text[b - 1] in "’'" and self.text[b - 2] == "s":
            return b - 1  # plural possessive: "Bill Gates'"
        return b

    def _lower_ministry(self, a: int, b: int, country: str | None) -> None:
        """"South Korea's defense ministry": a country, possessive, a lower-case ministry."""
        m = _LOWER_MINISTRY.match(self.text, b)
        if m:
            info = self.lex.ministries.get(key(m.group(1) + " ministry"))
            if info is not None:
                self.mentions.pop()
                self.add(a, m.end(), "org", _ministry_id(info.portfolio, country), "ministry-qualified", country=country)

    def ministry(self, p: Piece, base: int) -> None:
        info = p.ministry
        assert info is not None
        country = p.qualifier or info.country or self._country_after(base + p.end)
        self.add(base + p.start, base + p.end, "org", _ministry_id(info.portfolio, country, self.source.id),
                 "ministry" + ("-qualified" if p.qualifier else ""), country=country)

    def named(self, p: Piece, base: int) -> None:
        a, b = base + p.start, base + p.end
        b = self._strip_possessive(a, b)
        name = self.text[a:b]
        if p.kind == "event":
            info = self.lex.series_by_key.get(self.lex.series_key(name))
            extra: dict[str, object] = {}
            if p.ordinal is not None:
                oa = base + p.ordinal_span[0]  # type: ignore[index]
                extra = {"ordinal": p.ordinal, "ordinal_span": (oa, base + p.ordinal_span[1])}  # type: ignore[index]
                a = oa
            if info is not None:
                self.add(a, b, "series", info.id, "series-key", **extra)
            elif p.ordinal is not None:
                self.add(a, b, "series", self._name_id("series", name), "series-ordinal", **extra)
            else:
                self.add(a, b, "event", self._name_id("event", name), "event-head")
            return
        self.add(a, b, p.kind, self._name_id(p.kind, name), f"{p.kind}-head")

    def _name_id(self, kind: str, name: str) -> str:
        """Provisional id of a headed name; a generic one ("the Trilateral Summit", "the
        Joint Committee") names something only within this document."""
        words = key(name).split()
        generic = all(w in self.lex.not_names or w in self.lex.stop or w in self.lex.heads
                      or w in self.lex.event_nouns for w in words)
        ident = f"{kind}:{slug(key(name))}"
        return f"{ident}--{slug(self.source.id)}" if generic else ident

    def title_person(self, t: Piece, run: Piece, base: int) -> None:
        info = t.title
        assert info is not None
        a = base + run.start
        if info.office is None:
            cp = self.counterpart(base)  # "his Japanese counterpart, Gen Nakatani"
            if cp is not None:
                title, tspan, office_key, country = cp
                self.person(a, base + run.end, "person-counterpart", title=title, title_span=tspan,
                            office_key=office_key, country=country)
                return
        country = t.qualifier or info.country
        office = None
        if info.office and t.modifier is None:
            office = info.office
        ts, te = base + t.start, base + t.end
        if t.modifier is not None:
            # "Former British Prime Minister": the title as written, modifier included
            mod = _MODIFIER_WORD.search(self.text, base, ts)
            if mod:
                ts = mod.start()
        mod = _PREV_MODIFIER.search(self.text, max(0, base - 30), base)
        if mod and self.lex.modifiers.get(mod.group(1).lower()) is not None:
            office, ts = None, mod.start(1)  # "former U.S. President Donald Trump"
        self.person(a, base + run.end, "person-titled", title=self.text[ts:te],
                    title_span=(ts, te), office_key=office, country=country)

    def person(self, a: int, b: int, rule: str, title: str | None = None, title_span: tuple[int, int] | None = None,
               office_key: str | None = None, country: str | None = None) -> Mention:
        b = self._strip_possessive(a, b)
        name = parse_name(self.text[a:b])
        pid = f"person:{name.slug}"
        if title is None:
            title, title_span, office_key, country = self._appositive(b)
        if country is None and title is not None:
            of = _OF_COUNTRY.match(self.text, b)
            if of:
                words = of.group(1).split()
                for n in range(len(words), 0, -1):
                    country = self.lex.country_of(" ".join(words[:n]))
                    if country:
                        break
        office = f"office:{country}-{office_key}" if office_key and country else None
        m = self.add(a, b, "person", pid, rule, title=title, title_span=title_span, office=office, country=country)
        if office_key and not country:
            self._unqualified[id(m)] = office_key
        return m

    def _appositive(self, end: int) -> tuple[str | None, tuple[int, int] | None, str | None, str | None]:
        """", director of policy at the South Korean side": a role after the name."""
        m = _APPOSITIVE.match(self.text, end)
        if not m:
            return None, None, None, None
        phrase = m.group(1)
        words = _WORD.findall(phrase)
        folded = [fold_token(w) for w in words]
        i, modifier = 0, None
        while i < len(folded) and folded[i] in self.lex.modifiers:
            modifier = self.lex.modifiers[folded[i]]
            i += 1
        for size in (2, 1):  # a country before the title: ", the U.S. defense secretary"
            if i + size < len(words) and self.lex.country_of(" ".join(words[i : i + size])):
                i += size
                break
        while i < len(folded) and folded[i] in self.lex.modifiers:
            modifier = self.lex.modifiers[folded[i]]
            i += 1
        best = None
        for size in range(min(6, len(folded) - i), 0, -1):
            t = self.lex.titles.get(" ".join(folded[i : i + size]))
            if t is not None and t.sort in ("national", "role"):
                best = t
                break
        if best is None:
            return None, None, None, None
        start = m.start(1)
        aff = _AFFILIATION.search(phrase)
        title_end = start + (aff.start() if aff else len(phrase.rstrip()))
        country = best.country
        for j in range(len(words)):
            for size in (3, 2, 1):
                c = self.lex.country_of(" ".join(words[j : j + size]))
                if c is not None:
                    country = c
                    break
            if country is not None and country != best.country:
                break
        office = best.office if modifier is None else None
        return self.text[start:title_end], (start, title_end), office, country

    def counterpart(self, a: int) -> tuple[str | None, tuple[int, int] | None, str | None, str | None] | None:
        if self.text.find("counterpart", max(0, a - 40), a) < 0 and self.text.find("opposite number", max(0, a - 40), a) < 0:
            return None
        m = _COUNTERPART.search(self.text, max(0, a - 60), a)
        if not m:
            return None
        country = None
        q = m.group(1).strip()
        if q:
            country = self.lex.country_of(q)
        office_key = None
        for prev in reversed(self.mentions):
            if prev.kind == "person" and prev.span[1] <= m.start() and prev.office:
                office_key = prev.office.split(":", 1)[1].split("-", 0)[0]
                office_key = _office_key(prev.office, prev.country)
                break
            if prev.kind == "person" and prev.span[1] <= m.start() and id(prev) in self._unqualified:
                office_key = self._unqualified[id(prev)]
                break
        ts = m.start()
        return self.text[ts:m.end()].rstrip(", "), (ts, ts + len(self.text[ts:m.end()].rstrip(", "))), office_key, country

    _unqualified: dict[int, str]


_LOWER_MINISTRY = re.compile(
    r"[’']s[ \t]+((?:national[ \t]+)?(?:defen[cs]e|foreign|interior|finance|justice|health|education|trade|unification|"
    r"economy|energy|environment|agriculture|labou?r|transport|culture))[ \t]+ministry\b"
)
_PORTFOLIO_WORDS = (r"(?:national[ \t]+)?(?:defen[cs]e|foreign(?:[ \t]+affairs)?|interior|finance|justice|health|education|"
                    r"trade|unification|economy|energy|environment|agriculture|labou?r|transport|culture)")
_BARE_LOWER_MINISTRY = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)[ \t]+(?:(" + _PORTFOLIO_WORDS + r")[ \t]+ministry\b|ministry[ \t]+of[ \t]+(" + _PORTFOLIO_WORDS + r")\b)"
)


def _ministry_id(portfolio: str, country: str | None, source_id: str | None = None) -> str:
    if country:
        return f"org:{country}-{portfolio}-ministry"
    # country unknown here: resolve() decides from the document's home country
    return f"org:?{portfolio}-ministry@{source_id or ''}"


def _office_key(office: str, country: str | None) -> str:
    body = office.split(":", 1)[1]
    if country and body.startswith(country + "-"):
        return body[len(country) + 1 :]
    return body


def _is_titled_name(lex: Lexicon, run: str) -> bool:
    """After a title any capitalised words but function words make a name ("John Major")."""
    words = _WORD.findall(run)
    if not 1 <= len(words) <= 5 or any(fold_token(w) in lex.stop or any(c.isdigit() for c in w) for w in words):
        return False
    # "Chancellor's Department", "the Workers Union": a body, not a person
    return fold_token(words[-1]) not in lex.heads or parse_name(run).tradition is not None


def _is_name_run(lex: Lexicon, words: list[str]) -> bool:
    if not 1 <= len(words) <= 5:
        return False
    for i, w in enumerate(words):
        f = fold_token(w)
        if not f or f in lex.not_names or f in lex.stop or any(c.isdigit() for c in w):
            if f not in lex.particles:
                return False
        if f in lex.heads and i == len(words) - 1 and parse_name(" ".join(words)).tradition is None:
            return False  # "... Agency", "... Hotel": a body or a place ("Park Min-ho" is a name)
    return True


@without_gc
def find_mentions(source: Source, aliases: AliasTable | None = None) -> list[Mention]:
    """Every entity mention in ``source`` outside its excluded spans, in text order.
    With ``aliases`` (claims/aliases.yaml), names listed there are found too."""
    lex = lexicon()
    doc = _Doc(source, lex)
    doc.aliases = aliases
    doc._unqualified = {}
    text = source.text
    inside = _excluded_checker(list(source.excluded)) if source.excluded else (lambda a, b: False)
    _dateline(doc, inside)
    for cm in _chunks(text, source.sentences):
        base = cm.start()
        if base < doc.covered or inside(base, cm.end()):
            continue
        pieces = analyse(cm.group())
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
                _use_acronym(doc, p, base)
            elif p.what == "run":
                a, b = base + p.start, base + p.end
                if prv is not None and prv.what == "title" and prv.end + 3 >= p.start and prv.title.sort != "counterpart":  # type: ignore[union-attr]
                    if _is_titled_name(lex, text[a:b]):
                        doc.title_person(_office_title(pieces, idx), p, base)
                    continue
                _run(doc, a, b)
            _definition(doc, base, cm.end(), p, nxt)
    if "ministry" in text:
        covered = sorted(m.span for m in doc.mentions if m.kind == "org")
        for lm in _BARE_LOWER_MINISTRY.finditer(text):
            a = lm.start(1) if lm.group(1) else text.rfind("ministry", lm.start(), lm.start(2))
            i = bisect.bisect_right(covered, (a, len(text))) - 1
            if inside(a, lm.end()) or (i >= 0 and covered[i][0] <= a < covered[i][1]):
                continue
            info = lex.ministries.get(key((lm.group(1) or lm.group(2)) + " ministry"))
            if info is not None:
                doc.add(a, lm.end(), "org", _ministry_id(info.portfolio, None, source.id), "ministry-lower")
    if "(" in text or "," in text:
        _glossed_acronyms(doc, inside)
    _surname_pass(doc)
    _contextual_pass(doc)
    if source.excluded:  # a definition or gloss read past a chunk may reach into boilerplate
        doc.mentions = [m for m in doc.mentions if not inside(m.span[0], m.span[1])]
    doc.mentions.sort(key=lambda m: (m.span[0], -m.span[1]))
    return doc.mentions


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.]+(?:[ \t-][A-Z][A-Z'’.]+){0,3})"  # SEOUL, NEW DELHI, WASHINGTON
    r"(?:,[ \t]*[A-Z][a-z]{2,4}\.?[ \t]*\d{1,2})?"  # , Nov. 13
    r"[ \t]*(?:\(([A-Z][\w .&-]{1,40})\))?"  # (Yonhap)
    r"[ \t]*(?:--|—|–|-)[ \t]"
)


def _dateline(doc: _Doc, inside) -> None:
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


def _office_title(pieces: tuple[Piece, ...], idx: int) -> Piece:
    """The title for the name at ``idx``: of the titles written just before it
    ("Chairman of the Joint Chiefs of Staff Gen. Mark Milley"), the one that denotes an
    office, spanning all of them; else the nearest."""
    j = idx - 1
    while j - 1 >= 0 and pieces[j - 1].what == "title" and pieces[j].start - pieces[j - 1].end <= 2:
        j -= 1
    run = pieces[j:idx]
    best = next((t for t in run if t.title is not None and t.title.office), None)
    if best is None or len(run) == 1:
        return pieces[idx - 1]
    return Piece(run[0].start, run[-1].end, "title", title=best.title, modifier=best.modifier, qualifier=best.qualifier)


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
            edges = [a] + [x for x in starts[i:] if x < b] + [b]
            for lo, hi in zip(edges, edges[1:]):
                yield from finder.finditer(text, lo, hi)
            continue
        yield cm


@lru_cache(maxsize=100_000)
def _run_shape(run: str) -> tuple[bool, int, bool]:
    """(could be a person's name, its name parts, a name tradition or given name says so)."""
    lex = lexicon()
    words = _WORD.findall(run)
    if not _is_name_run(lex, words):
        return False, 0, False
    name = parse_name(run)
    first = fold_token(words[0])
    evidence = name.tradition is not None or first in lex.given_names or first in lex.hypocorisms
    return True, len(name.parts), evidence


def _run(doc: _Doc, a: int, b: int) -> None:
    """An unknown capitalised run: a person when something says so, else kept pending."""
    lex = doc.lex
    run = doc.text[a:b]
    if doc.aliases is not None:
        entry = doc.aliases.lookup(run)
        if entry is not None:
            doc.add(a, b, entry.kind or "thing", entry.id, "alias-table")
            return
    if a >= 4 and doc.text[a - 4 : a].lower() == "the ":
        e = lex.names.get("the " + key(run))
        if e is not None:
            doc.entry(Piece(0, 4 + b - a, "entry", entry=e), a - 4, None)
            return
    is_name, nparts, evidence = _run_shape(run)
    if not is_name:
        if doc.prev_word(a) in lex.exercise_nouns:
            doc.add(a, b, "series", f"series:{slug(key(run))}", "exercise-name")
        return
    cp = doc.counterpart(a)
    if cp is not None:
        title, tspan, office_key, country = cp
        doc.person(a, b, "person-counterpart", title=title, title_span=tspan, office_key=office_key, country=country)
        return
    prev = _title_before(doc, a)
    if prev is not None:
        title, tspan, office_key, country = prev
        doc.person(a, b, "person-titled", title=title, title_span=tspan, office_key=office_key, country=country)
        return
    if nparts >= 2 and (evidence or (doc.text.startswith(",", b) and _APPOSITIVE_ROLE(doc, b))):
        doc.person(a, b, "person-name")
        return
    if doc.prev_word(a) in lex.exercise_nouns:
        doc.add(a, b, "series", f"series:{slug(key(run))}", "exercise-name")
        return
    doc.pending.append((a, b))


def _APPOSITIVE_ROLE(doc: _Doc, b: int) -> bool:
    return doc._appositive(b)[0] is not None


def _title_before(doc: _Doc, a: int) -> tuple[str, tuple[int, int], str | None, str | None] | None:
    """A lower-case or separate title just before a name: "defense minister Lee"."""
    text = doc.text
    if a < 2 or text[a - 1] not in " \t":
        return None
    sp = text.rfind(" ", max(0, a - 30), a - 1)
    if fold_token(text[sp + 1 : a - 1]) not in doc.lex.title_last_words:
        return None
    window_start = max(0, a - 70)
    raw = text[window_start:a].split()
    # word offsets, walking back from the name
    spans: list[tuple[int, int]] = []
    end = a
    for w in reversed(raw):
        start = text.rfind(w, window_start, end)
        spans.append((start, start + len(w)))
        end = start
    spans.reverse()
    folded = [fold_token(w) for w in raw]
    for size in range(min(6, len(raw)), 0, -1):
        t = doc.lex.titles.get(" ".join(folded[-size:]))
        if t is None or t.sort == "counterpart":
            continue
        country = t.country
        before = raw[: len(raw) - size]
        for qs in (2, 1):
            if len(before) >= qs:
                c = doc.lex.country_of(" ".join(before[-qs:]))
                if c is not None:
                    country = c
                    break
        ts, te = spans[-size][0], spans[-1][1]
        if country is None and doc.mentions and 0 <= ts - doc.mentions[-1].span[1] <= 1 and doc.mentions[-1].kind == "org":
            country = doc.mentions[-1].country  # "Chinese Foreign Ministry spokesperson Lin Jian"
        return text[ts:te], (ts, te), t.office, country
    return None


def _use_acronym(doc: _Doc, p: Piece, base: int) -> None:
    a, b = base + p.start, base + p.end
    b = doc._strip_possessive(a, b)  # "the MPC's decision"
    ak = acronym_key(doc.text[a:b])
    long = doc.acronyms.get(ak or "")
    if long is not None:
        extra: dict[str, object] = {}
        kind = long.kind
        if p.ordinal is not None:
            extra = {"ordinal": p.ordinal, "ordinal_span": (base + p.ordinal_span[0], base + p.ordinal_span[1])}  # type: ignore[index]
            a = base + p.ordinal_span[0]  # type: ignore[index]
            kind = "series" if kind == "event" else kind
        doc.add(a, b, kind, long.entity or "", "acronym-use", **extra)
        return
    doc.pending.append((a, b))


def _plausible_acronym(abbr: str, long_form: str) -> bool:
    """An acronym is short and shorter than the words it stands for, which are not
    themselves written in capitals ("FATAL FORCE (MACROSPACE)" is neither)."""
    letters = sum(1 for c in abbr if c.isalpha())
    return 2 <= letters <= 9 and not long_form.isupper() and letters < sum(1 for c in long_form if c.isalpha())


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        if w.lower() in _SKIP_INITIAL:
            continue
        ak = acronym_key(w)
        out.append(ak if ak is not None else w[0].upper())
    return "".join(out)


def _whole_chunk_long_form(doc: _Doc, a: int, b: int, abbr: str) -> bool:
    """"U.S. Forces Japan (USFJ)": when the acronym spells the whole chunk but the chunk
    was read as smaller names, the whole chunk is the long form."""
    text = doc.text
    words = text[a:b].split()
    lead = 0
    while lead < len(words) - 1 and fold_token(words[lead]) in doc.lex.stop:
        lead += 1
    words = words[lead:]
    if len(words) < 2 or _initials(words) != abbr:
        return False
    start = text.find(words[0], a)
    if doc.mentions and doc.mentions[-1].span == (start, b):
        return False  # already one mention: the usual path binds it
    if abbr in doc.lex.acronyms:
        return False
    kinds = [doc.lex.heads.get(fold_token(w)) for w in words]
    kind = next((k for k in kinds[::-1] if k), "thing")
    kind = "series" if kind == "event" else kind
    doc.mentions = [x for x in doc.mentions if not (start <= x.span[0] and x.span[1] <= b)]
    long = doc.add(start, b, kind, f"{kind}:{slug(key(text[start:b]))}", f"{kind}-initials")
    m = _ACRONYM_DEF.match(text, b)
    assert m is not None
    doc.add(m.start(1), m.end(1), kind, long.entity or "", "acronym-def")
    doc.acronyms[abbr] = long
    doc.covered = m.end()
    return True


def _definition(doc: _Doc, chunk_start: int, chunk_end: int, p: Piece, nxt: Piece | None) -> None:
    """"Long Form (ABC)" or "Name (Other Name)" right after the chunk's last mention."""
    if nxt is not None or "(" not in doc.text[chunk_end : chunk_end + 3]:
        return
    text = doc.text
    m = _ACRONYM_DEF.match(text, chunk_end)
    if m and not _plausible_acronym(m.group(1), text[chunk_start:chunk_end]):
        m = None
    if m and acronym_key(m.group(1)) and _whole_chunk_long_form(doc, chunk_start, chunk_end, acronym_key(m.group(1)) or ""):
        return
    if not doc.mentions:
        return
    last = doc.mentions[-1]
    if last.span[1] < chunk_end - 3 or last.kind == "person":
        return
    if m and acronym_key(m.group(1)):
        abbr = acronym_key(m.group(1)) or m.group(1)
        known = doc.lex.acronyms.get(abbr)
        entity = last.entity
        if known is not None and known.kind in (last.kind, "series") and last.kind != "country":
            entity = known.id  # the acronym is a known name: the long form is that entity
            last.entity, last.kind = entity, known.kind
        doc.add(m.start(1), m.end(1), last.kind, entity or "", "acronym-def")
        doc.acronyms[abbr] = last
        doc.covered = m.end()
        return
    m = _PAREN_NAME.match(text, chunk_end)
    if m and last.kind in ("series", "event", "org", "thing", "place"):
        inner = m.group(1)
        if not CHUNK.fullmatch(inner):
            return
        before = len(doc.mentions)
        base = m.start(1)
        for q in analyse(inner):
            if q.what == "entry":
                doc.entry(q, base, None)
            elif q.what == "named":
                doc.named(q, base)
        doc.covered = m.end()
        for other in doc.mentions[before:]:
            other.rule = "paren-name"
            if other.kind in ("series", "event") and last.kind in ("series", "event"):
                # "21st Asia Security Summit (Shangri-La Dialogue)": one series
                if other.entity and other.entity in doc.lex.series:
                    last.entity, last.kind = other.entity, "series"
                else:
                    other.entity, other.kind = last.entity, last.kind
            elif other.kind == last.kind:
                if other.entity and not other.entity.startswith(f"{other.kind}:?"):
                    last.entity = other.entity
                else:
                    other.entity = last.entity


_PAREN_ACRONYM = re.compile(r"\(([A-Z]{2,8})s?\)")
_GLOSS = re.compile(r",[ \t]+(?:a|an|the)[ \t]+((?:[\w-]+[ \t]+){0,4}?([\w-]+))(?=[ \t]*[,.;:)])")
_LOWER_WORD = re.compile(r"[A-Za-z][\w-]*")
_SKIP_INITIAL = frozenset("of the and for to in on a an".split())


def _glossed_acronyms(doc: _Doc, inside) -> None:
    """Acronyms defined by lower-case words: "weapons of mass destruction (WMD)" (the
    initials must match), or glossed after a comma: "the TTX, a tabletop exercise"."""
    text, lex = doc.text, doc.lex
    for m in _PAREN_ACRONYM.finditer(text):
        abbr = m.group(1)
        if abbr in doc.acronyms or abbr in lex.acronyms or inside(m.start(), m.end()):
            continue
        words = list(_LOWER_WORD.finditer(text, max(0, m.start() - 120), m.start()))
        if not words or text[words[-1].end() : m.start()].strip():
            continue
        letters, k = "", 0
        for w in reversed(words):
            k += 1
            if w.group().lower() in _SKIP_INITIAL:
                continue
            letters = w.group()[0].upper() + letters
            if len(letters) >= len(abbr):
                break
        if letters != abbr:
            continue
        a, b = words[-k].start(), words[-1].end()
        if any(x.span[0] < b and a < x.span[1] for x in doc.mentions):
            continue
        kind = lex.heads.get(fold_token(words[-1].group()), "thing")
        kind = "series" if kind == "event" else kind
        long = doc.add(a, b, kind, f"{kind}:{slug(text[a:b])}", f"{kind}-initials")
        doc.add(m.start(1), m.end(1), kind, long.entity or "", "acronym-def")
        doc.acronyms[abbr] = long
    for a, b in list(doc.pending):
        abbr = acronym_key(text[a:b])
        if abbr is None or abbr in doc.acronyms:
            continue
        g = _GLOSS.match(text, b)
        if g is None:
            continue
        kind = lex.heads.get(fold_token(g.group(2)))
        if kind is None:
            continue
        kind = "series" if kind == "event" else kind
        m = doc.add(a, b, kind, f"{kind}:{slug(abbr)}", "acronym-gloss")
        doc.acronyms[abbr] = m
        doc.pending.remove((a, b))


def _surname_pass(doc: _Doc) -> None:
    """Bind surname-only mentions ("Kihara", "Secretary Austin") to the full name in
    the document; leave ambiguous or unknown ones alone."""
    full: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.kind == "person":
            name = parse_name(m.text)
            if len(name.parts) >= 2:
                full.setdefault(name.surname, set()).add(m.entity or "")
                full.setdefault(name.parts[0], set())
                full.setdefault(name.parts[-1], set())
    by_surname = {k: v for k, v in full.items() if v}
    for m in doc.mentions:
        if m.kind == "person" and len(parse_name(m.text).parts) == 1:
            cands = by_surname.get(parse_name(m.text).parts[0])
            if cands and len(cands) == 1:
                m.entity = next(iter(cands))
                m.rule += "+surname"
            elif not parse_name(m.text).initials:
                # a surname alone names someone only within this document; resolve()
                # joins it to a full name elsewhere only with a matching title
                m.entity = f"{m.entity}--{slug(doc.source.id)}"
    singles: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.kind == "person" and len(parse_name(m.text).parts) == 1:
            singles.setdefault(parse_name(m.text).parts[0], set()).add(m.entity or "")
    lex = doc.lex
    taken = {m.span for m in doc.mentions}
    for a, b in doc.pending:
        if (a, b) in taken:
            continue
        t = doc.text[a:b]
        f = fold_token(t)
        cands = by_surname.get(f) or singles.get(f)
        if cands and len(cands) == 1 and acronym_key(t) is None:
            doc.add(a, b, "person", next(iter(cands)), "person-surname")
            continue
        ak = acronym_key(t)
        if ak and ak in doc.acronyms:
            long = doc.acronyms[ak]
            doc.add(a, doc._strip_possessive(a, b), long.kind, long.entity or "", "acronym-use")
    del lex


def _contextual_pass(doc: _Doc) -> None:
    """"the North" counts only when the document names North Korea itself."""
    if not doc.contextual:
        return
    named = {m.entity for m in doc.mentions if m.kind == "country" and m.rule != "country-contextual"}
    drop = {id(m) for m in doc.contextual if m.entity not in named}
    doc.mentions = [m for m in doc.mentions if id(m) not in drop]


__all__ = ["find_mentions", "Entry"]
