"""Acronyms and parenthetical names defined in the text: "Long Form (ABC)" (also a
loose paraphrase), "Name (Other Name)", lower-case long forms whose initials spell the
acronym, and acronyms glossed after a comma ("the TTX, a tabletop exercise")."""

from __future__ import annotations

import re

from .chunks import CHUNK, Piece, analyse
from ..models import Mention
from .document import Doc
from .text import acronym_key, fold_token, key, slug

_ACRONYM_DEF = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&-]{1,11})\)")

_PAREN_NAME = re.compile(r"[ \t]*\(((?:the )?(?:\d{1,3}(?:st|nd|rd|th) )?[A-Z][^()\n]{2,60}?)\)")

_PAREN_ACRONYM = re.compile(r"\(([A-Z]{2,8})s?\)")

_GLOSS = re.compile(r",[ \t]+(?:a|an|the)[ \t]+((?:[\w-]+[ \t]+){0,4}?([\w-]+))(?=[ \t]*[,.;:)])")

_LOWER_WORD = re.compile(r"[A-Za-z][\w-]*")

_SKIP_INITIAL = frozenset("of the and for to in on a an".split())


def use_acronym(doc: Doc, p: Piece, base: int) -> None:
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
    entry = doc.aliases.lookup(doc.text[a:b]) if doc.aliases is not None else None
    if entry is not None:  # an acronym listed in claims/aliases.yaml
        doc.add(a, b, entry.kind or "thing", entry.id, "alias-table")
        return
    long = _spelled_by_initials(doc, ak) if ak else None
    if long is not None:  # "the Coastal Fisheries Dialogue ... the first CFD": its initials, no brackets
        extra = {}
        kind = long.kind
        if p.ordinal is not None:
            extra = {"ordinal": p.ordinal, "ordinal_span": (base + p.ordinal_span[0], base + p.ordinal_span[1])}  # type: ignore[index]
            a = base + p.ordinal_span[0]  # type: ignore[index]
        doc.add(a, b, kind, long.entity or "", "acronym-initials", **extra)
        return
    if p.ordinal is not None and ak:
        # "the 8th KIJC" with no long form in this document: a numbered session of a series
        # that another document may spell out (joined across the corpus by its acronym)
        oa = base + p.ordinal_span[0]  # type: ignore[index]
        doc.add(oa, b, "series", f"series:{slug(ak.lower())}", "acronym-ordinal", ordinal=p.ordinal,
                ordinal_span=(oa, base + p.ordinal_span[1]))  # type: ignore[index]
        return
    doc.pending.append((a, b))


_INITIAL_KINDS = frozenset({"series", "event", "org"})


def _spelled_by_initials(doc: Doc, abbr: str) -> Mention | None:
    """The one earlier name of a series, an event or an organisation whose initials spell
    ``abbr``; the table of initials grows with the document's mentions (each read once)."""
    seen, table = doc.initials
    for m in doc.mentions[seen:]:
        if m.kind in _INITIAL_KINDS and m.entity and " " in m.text:
            letters = _initials(m.text.split())
            if len(letters) >= 2:
                table.setdefault(letters, {}).setdefault(m.entity, m)
    doc.initials = (len(doc.mentions), table)
    found = table.get(abbr, {})
    return next(iter(found.values())) if len(found) == 1 else None


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


def _whole_chunk_long_form(doc: Doc, a: int, b: int, abbr: str) -> bool:
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


def read_definition(doc: Doc, chunk_start: int, chunk_end: int, p: Piece, nxt: Piece | None) -> None:
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
        if known is not None and not _kinds_agree(known.kind, last.kind):
            return  # "the FA Cup (AP)", "the Festival (UK)": a known name of its own, read as such
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
                # "12th Ports Ministers Summit (Harbour Dialogue)": one series
                if other.entity and other.entity in doc.lex.series:
                    last.entity, last.kind = other.entity, "series"
                else:
                    other.entity, other.kind = last.entity, last.kind
            elif other.kind == last.kind:
                if other.entity and not other.entity.startswith(f"{other.kind}:?"):
                    last.entity = other.entity
                else:
                    other.entity = last.entity


def _kinds_agree(known: str, long_form: str) -> bool:
    """A known acronym defines a long form of its own kind; a known series acronym also
    a long form read as another kind ("... Consultative Group (NCG)" -> the series)."""
    return known == long_form or (known == "series" and long_form != "country")


def glossed_acronyms(doc: Doc, inside) -> None:
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
