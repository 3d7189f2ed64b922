"""resolve: join the mentions of all sources into canonical entities.

Joins, each recorded as a merge: the alias tables (claims/aliases.yaml over the shipped
resources), acronyms defined in several documents, series names equal after folding,
and person names within a block of one surname (hyphenation, name order, hypocorisms,
romanization). Then it fills what one document could not know: a person's country from
the same person's qualifier elsewhere (else, weakly, from the naming tradition), the
office of an unqualified national title, and the country of an unqualified ministry
from its document's home country. Sources are visited in sorted order and every choice
breaks ties by text, so the result does not depend on the dict's order.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Indel

from ..gcpause import without_gc
from ..keys import parse
from ..models import Entity, Mention, NameMerge
from .aliases import AliasTable
from .index import EntityIndex
from . import bodies
from .led_places import retype_bare_names
from .people import CANDIDATE
from .document import PLACE_PHRASES
from .lexicon import Lexicon, lexicon
from .spellings import form_words
from .names import (SLIP_MIN_LENGTH, as_g, one_slip, parse_name, same_person, sister_form, spelling_key, tradition_countries,
                    transliteration_key)
from .text import fold_token, key, slug

_SKIP_INITIAL = frozenset("of the and for to in on a an".split())
_DIGITS = re.compile(r"\d+")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.how: dict[str, tuple[str, float | None]] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        if p != x:
            root = self.find(p)
            self.parent[x] = root
            return root
        return x

    def union(self, a: str, b: str, how: str, score: float | None = None) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # the smaller id becomes the root: order-independent
        if rb < ra:
            ra, rb = rb, ra
            a, b = b, a
        self.parent[rb] = ra
        # both sides: either may be a variant of the label finally chosen
        self.how.setdefault(b, (how, score))
        self.how.setdefault(a, (how, score))


def _known_ids(lex: Lexicon) -> set[str]:
    ids = {e.id for e in lex.names.values()} | {e.id for e in lex.acronyms.values()} | set(lex.series)
    return ids


@without_gc
def resolve(mentions_by_source: dict[str, list[Mention]], aliases: AliasTable) -> EntityIndex:
    lex = lexicon()
    known = _known_ids(lex)
    uf = _UnionFind()
    order = sorted(mentions_by_source)
    all_mentions: list[tuple[str, Mention]] = [(sid, m) for sid in order for m in mentions_by_source[sid]]
    all_mentions = bodies.confirm(all_mentions, mentions_by_source)  # before any id enters the union-find
    retype_bare_names(lex, all_mentions)  # "Keller" where the corpus names "Mount Keller"
    bodies.retype_people(all_mentions)  # "Aegeon Tankers" where the corpus types it a body
    for _, m in all_mentions:
        if not m.entity:  # a mention made elsewhere (a manual claim): its text is its id
            m.entity = f"{m.kind}:{slug(m.text)}"
        uf.find(m.entity)

    respelt = _join_persons(uf, all_mentions)
    _join_initials(uf, all_mentions)
    _join_glued_initials(uf, all_mentions)
    all_mentions = _confirm_candidates(uf, all_mentions, mentions_by_source, respelt)
    _join_titled_surnames(uf, all_mentions)
    _fill_person_countries(uf, all_mentions)
    _fix_ministries(mentions_by_source, order)
    for _, m in all_mentions:
        uf.find(m.entity or "")
    _join_aliases(uf, all_mentions, aliases)
    _join_acronyms(uf, mentions_by_source, order, lex)
    _join_series(uf, all_mentions, lex)
    _join_name_slips(uf, all_mentions, lex)
    _join_name_forms(uf, all_mentions)
    _join_word_slips(uf, all_mentions)
    for a, b in bodies.bare_names(all_mentions):
        if uf.find(a) != uf.find(b):
            uf.union(a, b, "fuzzy")

    # components -> entities
    members: dict[str, list[Mention]] = defaultdict(list)
    for _, m in all_mentions:
        members[uf.find(m.entity or "")].append(m)
    alias_nodes: dict[str, list[str]] = defaultdict(list)  # root -> claims/aliases.yaml names joined
    for node in sorted(uf.parent):
        if node.startswith("@alias:"):
            alias_nodes[uf.find(node)].append(node)
    final: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    for root in sorted(members):
        ms = members[root]
        nodes = sorted({m.entity or "" for m in ms})
        eid, label, kind = _canonical(alias_nodes.get(root, []) + nodes, ms, aliases, known, lex)
        eid = _unique_id(eid, nodes, entities)
        ent = Entity(id=eid, kind=kind, label=label)  # type: ignore[arg-type]
        seen: set[str] = set()
        for m in sorted(ms, key=lambda m: m.text):
            if m.text not in seen and m.rule not in PLACE_PHRASES:  # "the Vietnamese capital" is no spelling of its name
                seen.add(m.text)
                ent.variants.append(m.text)
                if m.text != label:
                    how, score = ("alias-table", None) if aliases.lookup(m.text) else _how(m, uf, eid, known, label)
                    ent.merges.append(NameMerge(variant=m.text, canonical=label, how=how, score=score))  # type: ignore[arg-type]
        entities[eid] = ent
        for n in nodes:
            final[n] = eid
    for _, m in all_mentions:
        eid = final[m.entity or ""]
        m.entity = eid
        m.label = entities[eid].label
        if entities[eid].kind == "series" and m.kind == "event":
            m.kind = "series"
    _fill_offices(all_mentions, lex)
    _office_entities(entities, all_mentions, lex)
    return EntityIndex.build(entities, all_mentions, aliases)


# -- persons ---------------------------------------------------------------------------


def _join_persons(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> set[str]:
    """Full names within a block of one name word; a cheap test per pair in a block.
    Returns the ids of names joined to another spelling of the same length (a letter
    slip or the order reversed: "Ana Vukovic" / "Ana Vukovich", "Vukovic Ana"): the
    corpus writing one name two ways is evidence that it is a name."""
    names: dict[str, str] = {}  # text -> provisional id
    for _, m in all_mentions:
        if m.kind == "person" and len(parse_name(m.text).parts) >= 2:
            names.setdefault(m.text, m.entity or "")
    blocks: dict[str, list[str]] = defaultdict(list)
    for text in sorted(names):
        n = parse_name(text)
        # block by surname, and by the set of words for a reversed order the tables
        # cannot tell ("Wonsik Shin" / "Shin Wonsik"); never by given name alone
        # and by given name with the surname's first letter, for a slip in the surname
        # and by given name with the surname's spelling key ("Dzhumabayev"/"Zhumabayev")
        keys = {n.surname, "|".join(sorted(n.parts)), f"{n.given}|{n.surname[:1]}", f"{n.given}|~{spelling_key(n.surname)}",
                f"{n.given}|={transliteration_key(n.surname)}",  # "Zhaksybekov"/"Jaksybekov"
                "~" + "|".join(sorted(spelling_key(p) for p in n.parts)),  # "Ōno Shintarō"/"Shintaro Ohno"
                f"{sister_form(n.given)}|={transliteration_key(as_g(n.surname))}"}  # "Oleksii Hrytsenko"/"Alexei Gritsenko"
        if len(n.parts) == 3 and not n.surname_first:
            keys.add(n.parts[1])  # a first surname before a second ("Orrego" of "Valentina Orrego Cárdenas")
        for b in keys:
            blocks[b].append(text)
    done: set[tuple[str, str]] = set()
    respelt: set[str] = set()
    for b in sorted(blocks):
        texts = blocks[b]
        for i, x in enumerate(texts):
            for y in texts[i + 1 :]:
                if (x, y) in done or names[x] == names[y] and uf.find(names[x]) == uf.find(names[y]):
                    continue
                done.add((x, y))
                px, py = parse_name(x), parse_name(y)
                ok, how, score = same_person(px, py)
                if ok:
                    uf.union(names[x], names[y], how, score)
                    # scored and word for word: a spelling, not a longer name holding a shorter
                    # ("Marisol Dawn" / "Panama-flagged Marisol Dawn" is no evidence); one given
                    # name, or the order reversed: "Nazario" / "Nazaria" may be two siblings
                    if score is not None and len(px.parts) == len(py.parts) and key(x) != key(y) \
                            and (how == "name-order" or px.given == py.given):
                        respelt.update((names[x], names[y]))
    return respelt


def _confirm_candidates(uf: _UnionFind, all_mentions: list[tuple[str, Mention]],
                        mentions_by_source: dict[str, list[Mention]], respelt: Iterable[str] = ()) -> list[tuple[str, Mention]]:
    """A name-shaped run that nothing in its document made a person is kept only when it
    joined a person found elsewhere, or another spelling of itself ("Julia Szabo" /
    "Szabo Julia", "Ines Quispe" / "Ines Qquispe": ``respelt``); the others are dropped
    from every list."""
    confirmed = {uf.find(m.entity or "") for _, m in all_mentions if m.kind == "person" and m.rule != CANDIDATE}
    confirmed |= {uf.find(n) for n in respelt}
    dropped = {id(m) for _, m in all_mentions if m.rule == CANDIDATE and uf.find(m.entity or "") not in confirmed}
    for _, m in all_mentions:
        if m.rule == CANDIDATE and id(m) not in dropped:
            m.rule += "+corpus"
    if not dropped:
        return all_mentions
    for sid, ms in mentions_by_source.items():
        mentions_by_source[sid] = [m for m in ms if id(m) not in dropped]
    return [(sid, m) for sid, m in all_mentions if id(m) not in dropped]


def _join_initials(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """"J. Biden", "G. W. Bush": initials and a surname join the one full name in the
    corpus whose given names start with those initials (blocked by surname); with two
    candidates ("John Smith", "Jane Smith") they join neither."""
    full: dict[str, dict[str, str]] = defaultdict(dict)  # surname -> text -> provisional id
    short: list[tuple[str, str]] = []
    for _, m in all_mentions:
        if m.kind != "person":
            continue
        n = parse_name(m.text)
        if len(n.parts) >= 2:
            full[n.surname].setdefault(m.text, m.entity or "")
        elif len(n.parts) == 1 and n.initials:
            short.append((m.text, m.entity or ""))
    for text, node in sorted(set(short)):
        n = parse_name(text)
        wanted = "".join(n.initials)
        roots = set()
        for other, onode in full.get(n.parts[0], {}).items():
            o = parse_name(other)
            given = [p for p in (o.parts[1:] if o.surname_first else o.parts[:-1])]
            letters = "".join(g[0] for g in given) + "".join(o.initials)
            if letters.startswith(wanted) or "".join(g[0] for g in given).startswith(wanted):
                roots.add(uf.find(onode))
        if len(roots) == 1:
            uf.union(roots.pop(), node, "fuzzy")


_GLUED = re.compile(r"([A-Z][a-z]?)\.([A-Z]\w+)")


def _join_glued_initials(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """"B.Tsetseg", "Ye.Zhumabayev": an initial written onto one name word (a patronymic's
    or a given name's, as Mongolian and Kazakh agencies write names) joins the one full name
    of the corpus that has that word and another word starting with the initial; with two
    such names, neither. Blocked by the name word."""
    full: dict[str, dict[str, str]] = defaultdict(dict)  # name word -> text -> provisional id
    glued: list[tuple[str, str, str, str]] = []
    for _, m in all_mentions:
        if m.kind != "person":
            continue
        g = _GLUED.fullmatch(m.text.strip())
        if g is not None:
            glued.append((m.text, m.entity or "", fold_token(g.group(1)), fold_token(g.group(2))))
            continue
        n = parse_name(m.text)
        if len(n.parts) == 2:
            for p in n.parts:
                full[p].setdefault(m.text, m.entity or "")
    for _, node, initial, word in sorted(set(glued)):
        roots = {uf.find(onode) for other, onode in full.get(word, {}).items()
                 if any(p != word and p.startswith(initial) for p in parse_name(other).parts)}
        if len(roots) == 1:
            uf.union(roots.pop(), node, "fuzzy")


def _norm_title(title: str | None) -> str | None:
    if not title:
        return None
    t = lexicon().describe_title(title)
    return t.title if t is not None and t.sort in ("national", "qualified", "role") else None


def _join_titled_surnames(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """"Prime Minister Sato" in a document without the full name joins the one full name
    of that surname in the corpus that is written with the same title elsewhere."""
    full: dict[str, set[str]] = defaultdict(set)  # surname -> roots of full names
    titles: dict[str, set[str]] = defaultdict(set)  # root -> normalised titles
    for _, m in all_mentions:
        if m.kind != "person":
            continue
        n = parse_name(m.text)
        r = uf.find(m.entity or "")
        nt = _norm_title(m.title)
        if nt:
            titles[r].add(nt)
        if len(n.parts) >= 2:
            full[spelling_key(n.surname)].add(r)  # "Tsvetkova" / "Cvetkova": one surname
    for _, m in all_mentions:  # sorted by source, then text order
        if m.kind != "person" or "--" not in (m.entity or ""):
            continue
        n = parse_name(m.text)
        nt = _norm_title(m.title)
        roots = {uf.find(r) for r in full.get(spelling_key(n.parts[0]) if n.parts else "", ())}
        if nt and len(roots) == 1:
            root = roots.pop()
            if nt in titles.get(root, ()) or any(nt in titles.get(x, ()) for x in [uf.find(root)]):
                uf.union(root, m.entity or "", "fuzzy")


def _fill_person_countries(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """A person's country: their own qualifier anywhere in the corpus, else the first
    country of their naming tradition (weak), else the dateline's, else the one country
    whose national offices the corpus names with the country written, in a document that
    names no other country (weak)."""
    explicit: dict[str, Counter[str]] = defaultdict(Counter)
    longest: dict[str, str] = {}
    inferred: dict[str, str] = {}  # person root -> country inferred (weakly) for one mention
    outlet: dict[str, str] = {}  # source -> country of the agency in its dateline
    city: dict[str, str] = {}  # source -> country of its dateline city
    for sid, m in all_mentions:
        if m.rule == "dateline-outlet" and m.country:
            outlet[sid] = m.country
        elif m.rule == "dateline" and m.country:
            city[sid] = m.country
        if m.kind != "person":
            continue
        r = uf.find(m.entity or "")
        if m.country:
            explicit[r][m.country] += 1
        if len(m.text) > len(longest.get(r, "")) or (len(m.text) == len(longest.get(r, "")) and m.text < longest[r]):
            longest[r] = m.text
    # the countries whose national offices the corpus names with the country written: one
    # such country is the story's government, the last resort for a title written without one
    governments = {m.country for _, m in all_mentions
                   if m.kind == "person" and m.country and m.title and _national_title(m.title)}
    story = next(iter(governments)) if len(governments) == 1 else None
    # ... but not in a document that names another country (a visiting minister or president)
    foreign = {sid for sid, m in all_mentions if m.kind == "country" and m.country and m.country != story}
    for sid, m in all_mentions:
        if m.kind != "person" or m.country:
            continue
        r = uf.find(m.entity or "")
        if explicit.get(r):
            m.country = sorted(explicit[r].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            m.rule += "+country-corpus"
        elif m.title and _national_title(m.title):
            # a national title with no country written: the agency's country in the
            # dateline, else the naming tradition, else the dateline city (all weak)
            cs = tradition_countries(parse_name(longest.get(r, m.text)))
            if sid in outlet:
                m.country, how = outlet[sid], "dateline-outlet"
            elif cs:
                m.country, how = cs[0], "name-origin"
            elif sid in city:
                m.country, how = city[sid], "dateline"
            elif story is not None and sid not in foreign:
                m.country, how = story, "story"
            else:
                continue
            m.rule += f"+country-{how}"
            inferred.setdefault(r, m.country)
    for _, m in all_mentions:  # the same person's other mentions, now that one is known
        if m.kind == "person" and not m.country:
            r = uf.find(m.entity or "")
            if r in inferred:
                m.country = inferred[r]
                m.rule += "+country-corpus"


def _national_title(title: str) -> bool:
    """A title that names a national office even with no country written ("President",
    "defense minister"); "finance chief" needs its country written."""
    t = lexicon().titles.get(key(title))
    return t is not None and t.office is not None and t.sort == "national"


def _fix_ministries(mentions_by_source: dict[str, list[Mention]], order: Iterable[str]) -> None:
    """An unqualified ministry ("the Defense Ministry said") belongs to the document's
    home country: the country of its people whose national title was unqualified."""
    for sid in order:
        ms = mentions_by_source[sid]
        home: Counter[str] = Counter()
        for m in ms:
            if m.kind == "person" and m.country and m.title and ("+country" in m.rule):
                home[m.country] += 1
        if not home:
            for m in ms:
                if m.kind == "org" and m.rule == "ministry" and m.country:
                    home[m.country] += 1  # "Ministry of National Defense" names its country
        if not home:
            for rule in ("dateline-outlet", "dateline"):  # "SEOUL (Yonhap) --"
                for m in ms:
                    if m.rule == rule and m.country:
                        home[m.country] += 1
                if home:
                    break
        country = sorted(home.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if home else None
        for m in ms:
            e = m.entity or ""
            if e.startswith("org:?"):
                portfolio = e[5:].split("-ministry@", 1)[0]
                if country:
                    m.entity, m.country = f"org:{country}-{portfolio}-ministry", country
                    m.rule += "+home-country"
                else:
                    m.entity = f"org:{portfolio}-ministry-{slug(sid)}"


# -- other joins -------------------------------------------------------------------------


def _join_aliases(uf: _UnionFind, all_mentions: list[tuple[str, Mention]], aliases: AliasTable) -> None:
    for _, m in all_mentions:
        e = aliases.lookup(m.text)
        if e is not None and (e.kind is None or e.kind == m.kind or {e.kind, m.kind} <= {"series", "event"}):
            uf.union(f"@alias:{e.canonical}", m.entity or "", "alias-table")


def _content_words(text: str, lex: Lexicon) -> set[str]:
    words = set()
    for w in key(text).split():
        w = lex.spelling.get(w, w)
        if (w not in lex.stop and w not in lex.event_nouns and w not in lex.heads and w not in lex.not_names
                and len(w) > 2 and lex.country_of(w) is None):  # distinctive words only: not "Cup", "Agency"
            words.add(w)
    return words


def _spells(abbr: str, long_form: str) -> bool:
    letters = [w[0].upper() for w in re.findall(r"[A-Za-z][\w]*", long_form) if w.lower() not in _SKIP_INITIAL]
    return "".join(letters) == abbr.replace(".", "").upper()


def _join_acronyms(uf: _UnionFind, mentions_by_source: dict[str, list[Mention]], order: list[str], lex: Lexicon) -> None:
    """One acronym defined in several documents names one entity of one kind class,
    also when a long form is a loose paraphrase ("Chile-Peru-Ecuador Fisheries Meeting (TFT)"
    and "Trilateral Fisheries Talks (TFT)"), but not when both long forms spell the acronym
    and share no word: "Business Software Alliance (BSA)" is not "Building Society
    Association (BSA)"."""
    defs: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # -> [(entity, long form)]
    numbered: list[Mention] = []  # "the 8th KIJC" where no long form is written
    for sid in order:
        ms = sorted(mentions_by_source[sid], key=lambda m: m.span)
        for i, m in enumerate(ms):
            if m.rule == "acronym-ordinal":
                numbered.append(m)
            if not m.rule.startswith("acronym-def"):
                continue
            long = next((x.text for x in reversed(ms[:i]) if x.entity == m.entity and not x.rule.startswith("acronym")), "")
            cls = "event" if m.kind in ("series", "event") else m.kind
            defs[(m.text, cls)].append((m.entity or "", long))
    for (abbr, cls), found in sorted(defs.items()):
        for i, (ea, la) in enumerate(found):
            for eb, lb in found[i + 1 :]:
                if uf.find(ea) == uf.find(eb):
                    continue
                if _same_acronym_referent(abbr, cls, la, lb, lex):
                    uf.union(ea, eb, "acronym")
    # "the 8th KIJC" in a document that never spells it out: the series another document
    # defines with that acronym, when exactly one referent is defined
    for m in numbered:
        referents = {uf.find(e) for e, _ in defs.get((m.text.split()[-1], "event"), [])}
        if len(referents) == 1:
            uf.union(referents.pop(), m.entity or "", "acronym")


def _same_acronym_referent(abbr: str, cls: str, la: str, lb: str, lex: Lexicon) -> bool:
    """Two long forms of one acronym name one thing when they share a distinctive word, or
    when one spells the acronym and the other is a paraphrase of it. Two forms that both
    spell it and share nothing ("Business Software Alliance", "Building Society
    Association") are two things, and so are two that neither spells (an agency's or a
    country's abbreviation written after unrelated names). Events must also agree on
    their kind of event: a Cup is not a Championship."""
    if cls == "event" and not _event_heads_agree(la, lb, lex):
        return False
    if _content_words(la, lex) & _content_words(lb, lex):
        return True
    return _spells(abbr, la) != _spells(abbr, lb)


def _event_head(text: str, lex: Lexicon) -> str | None:
    """The generic noun an event name ends in, event nouns made one ("Summit" = "Talks")."""
    words = key(text).split()
    if not words:
        return None
    w = lex.spelling.get(words[-1], words[-1])
    if w in lex.event_nouns:
        return "<event>"
    return w if lex.heads.get(w) == "event" else None


def _event_heads_agree(a: str, b: str, lex: Lexicon) -> bool:
    ha, hb = _event_head(a, lex), _event_head(b, lex)
    return ha is None or hb is None or ha == hb


def _join_series(uf: _UnionFind, all_mentions: list[tuple[str, Mention]], lex: Lexicon) -> None:
    """Series and event names equal after folding (Asian = Asia, summit = conference)."""
    first: dict[str, str] = {}
    for _, m in all_mentions:
        if m.kind in ("series", "event") and not m.rule.startswith("acronym"):
            k = lex.series_key(m.text)
            if not k or all(w == "<event>" or w in lex.not_names or w in lex.heads for w in k.split()):
                continue  # "the Trilateral Summit", "the World Championship": nothing tells which one
            if k in first:
                uf.union(first[k], m.entity or "", "fuzzy")
            else:
                first[k] = m.entity or ""
    _join_series_spellings(uf, first, lex)


SLIP_KINDS = ("org", "place", "thing")


def _join_name_slips(uf: _UnionFind, all_mentions: list[tuple[str, Mention]], lex: Lexicon) -> None:
    """Names of bodies, places and things that agree word for word but for a one-letter
    slip in one distinctive word ("Meterological Agency"). Blocked by the name with that
    word masked, so each name costs one key per word."""
    blocks: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    for _, m in all_mentions:
        if m.kind not in SLIP_KINDS or m.text in seen or m.rule.startswith("acronym"):
            continue
        seen.add(m.text)
        words = key(m.text).split()
        if len(words) < 2:
            continue
        for i, w in enumerate(words):
            if len(w) >= SLIP_MIN_LENGTH and w not in lex.heads and w not in lex.stop:
                blocks[(m.kind, *words[:i], "*", *words[i + 1 :])].append((w, m.entity or ""))
    for block in sorted(blocks):
        items = blocks[block]
        for i, (wa, na) in enumerate(items):
            for wb, nb in items[i + 1 :]:
                if one_slip(wa, wb) and uf.find(na) != uf.find(nb):
                    uf.union(na, nb, "fuzzy", round(Indel.normalized_similarity(wa, wb) * 100.0, 1))


_FORM_CONNECTORS = frozenset("of the de del da do dos das di du la le les los el al van von der den".split())


def _join_name_forms(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """Names of bodies, places and things written with the same words spaced or ordered
    another way: "Black Marrow" = "BlackMarrow", "Tete Provincial Hospital" = "Hospital
    Provincial de Tete" (connectors left out), with or without a company's legal form, a
    German vowel written out or a place's former name (``spellings.form_words``: "BrightWay
    Logistics Inc." = "Brightway Logistics"). Blocked by the squashed name and by the
    sorted words, one key each."""
    blocks: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    seen: set[str] = set()
    for _, m in all_mentions:
        if m.kind not in SLIP_KINDS or m.text in seen or m.rule.startswith("acronym"):
            continue
        seen.add(m.text)
        # a legal form, German vowels written out, a renamed place: one name ("Brightway Inc.")
        words = form_words([w for w in key(m.text).split() if w not in _FORM_CONNECTORS], m.kind)
        if not words or len("".join(words)) < SLIP_MIN_LENGTH:
            continue
        blocks[(m.kind, "squash", "".join(words))].add(m.entity or "")
        if len(words) >= 2:
            blocks[(m.kind, "bag", " ".join(sorted(words)))].add(m.entity or "")
    for block in sorted(blocks):
        ids = sorted(blocks[block])
        for other in ids[1:]:
            if uf.find(ids[0]) != uf.find(other):
                uf.union(ids[0], other, "fuzzy")


def _join_word_slips(uf: _UnionFind, all_mentions: list[tuple[str, Mention]]) -> None:
    """One-word names of bodies and things that differ by one letter added, dropped, changed
    or two swapped ("ChaptGPT" / "ChatGPT", "Orvana" / "Orvanna"): one name misspelt. At least
    six letters, the same first letter, neither the other with an ending. Blocked by each
    word with one letter deleted, so a pair one edit apart always shares a key."""
    blocks: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    seen: set[str] = set()
    for _, m in all_mentions:
        if m.kind not in ("org", "thing") or m.text in seen or m.rule.startswith("acronym") or " " in m.text.strip():
            continue
        seen.add(m.text)
        w = key(m.text)
        if len(w) < 6 or " " in w or not w.isalpha():
            continue
        for k in {w, *(w[:i] + w[i + 1 :] for i in range(len(w)))}:
            blocks[(m.kind, k)].add((w, m.entity or ""))
    for block in sorted(blocks):
        items = sorted(blocks[block])
        for i, (wa, na) in enumerate(items):
            for wb, nb in items[i + 1 :]:
                if wa != wb and one_slip(wa, wb) and len(wa) >= 6 and len(wb) >= 6 and uf.find(na) != uf.find(nb):
                    uf.union(na, nb, "fuzzy", round(Indel.normalized_similarity(wa, wb) * 100.0, 1))


# Two distinctive words of event names are one spelling when at least this similar
# (Indel ratio, 0..100) and at least this long: "Confederation" = "Confederations" (96),
# but never "Davis" / "Dubai", "Austria" / "Australia" (88), "G7" / "G8".
EVENT_WORD_THRESHOLD = 90.0
EVENT_WORD_MIN_LEN = 6


def _join_series_spellings(uf: _UnionFind, first: dict[str, str], lex: Lexicon) -> None:
    """Series and event names whose generic words (Cup, Festival, <event>) are the same
    and whose distinctive words are spelling variants of each other. Only the distinctive
    words are compared, word by word, so a shared generic noun never makes two names
    alike; blocked by the generic words and the first letters of each distinctive word."""
    blocks: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for k in sorted(first):
        words = k.split()
        generic = tuple(w for w in words if w == "<event>" or w in lex.heads or w in lex.not_names)
        distinct = tuple(w for w in words if w not in generic)
        block = generic + ("|",) + tuple(w[:2] for w in distinct)
        blocks[block].append((distinct, first[k]))
    for block in sorted(blocks):
        items = blocks[block]
        for i, (da, na) in enumerate(items):
            for db, nb in items[i + 1 :]:
                score = _spelling_score(da, db)
                if score is not None:
                    uf.union(na, nb, "fuzzy", score)


def _spelling_score(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
    worst = 100.0
    for x, y in zip(a, b):
        if x == y:
            continue
        if min(len(x), len(y)) < EVENT_WORD_MIN_LEN or _DIGITS.findall(x) != _DIGITS.findall(y):
            return None
        score = Indel.normalized_similarity(x, y) * 100.0
        if score < EVENT_WORD_THRESHOLD:
            return None
        worst = min(worst, score)
    return round(worst, 1)


# -- canonical names -----------------------------------------------------------------------


def _canonical(nodes: list[str], ms: list[Mention], aliases: AliasTable, known: set[str], lex: Lexicon) -> tuple[str, str, str]:
    kinds = _count(m.kind for m in ms)
    kind = "series" if kinds.get("series") else sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for n in nodes:
        if n.startswith("@alias:"):
            name = n[7:]
            entry = aliases.lookup(name)
            k = (entry.kind if entry and entry.kind else kind)
            return f"{k}:{slug(name)}", name, k
    ids = [n for n in nodes if n in known]
    if ids:
        eid = sorted(ids)[0]
        return eid, _label_of(eid, lex), parse(eid).kind
    for n in nodes:
        if n.startswith("org:") and n.endswith("-ministry"):
            parts = n[4:-9]
            for country, label in lex.country_labels.items():
                if parts.startswith(country + "-"):
                    portfolio = parts[len(country) + 1 :]
                    off = lex.ministry_labels.get((country, portfolio))
                    # the official name with its country: "Ministry of Defense (Japan)"
                    return n, f"{off} ({label})" if off else f"{label} {portfolio.title()} Ministry", "org"
    if kind == "person":
        fulls = _count(m.text for m in ms if len(parse_name(m.text).parts) >= 2)
        pool = fulls or _count(m.text for m in ms)
        label = sorted(pool.items(), key=lambda kv: (-kv[1], len(kv[0].split()), kv[0]))[0][0]
        return f"person:{parse_name(label).slug}", label, "person"
    # a phrase naming a place by what it is ("the Vietnamese capital") counts as its name
    texts = _count(m.label if m.rule in PLACE_PHRASES and m.label else m.text for m in ms if not m.rule.startswith("acronym"))
    pool = texts or _count(m.text for m in ms)
    label = sorted(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
    if kind == "series":
        label = _drop_ordinal(label)
    return f"{kind}:{slug(label)}", label, kind


def _unique_id(eid: str, nodes: list[str], taken: dict[str, Entity]) -> str:
    """One short id per component, fixed by the component itself, not by the order in
    which components are visited: a document-scoped component ("Mr Bush" in a document
    without the full name, nodes "person:bush--<source>") is "<id>~<hash of its source>";
    another component whose slug is taken is "<id>~<hash of its smallest node>"."""
    root = nodes[0]  # sorted: the component's smallest node
    if all("--" in n for n in nodes):
        eid = f"{eid}~{_short_hash(root.partition('--')[2])}"
    if eid in taken:
        eid = f"{eid.split('~', 1)[0]}~{_short_hash(root)}"
    while eid in taken:  # a hash collision: extremely rare, still deterministic
        eid = f"{eid}{_short_hash(eid)[:2]}"
    return eid


def _short_hash(text: str) -> str:
    return hashlib.blake2s(text.encode("utf-8"), digest_size=3).hexdigest()


def _count(items: Iterable[str]) -> dict[str, int]:
    # a plain loop: Counter(generator) pays an ABC isinstance check per call
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _drop_ordinal(text: str) -> str:
    parts = text.split(" ", 1)
    if len(parts) == 2 and parts[0][:1].isdigit():
        return parts[1]
    return text


def _label_of(eid: str, lex: Lexicon) -> str:
    if eid in lex.series:
        return lex.series[eid].label
    for table in (lex.acronyms, lex.names):
        for e in table.values():
            if e.id == eid:
                return e.label
    return parse(eid).name


def _how(m: Mention, uf: _UnionFind, eid: str, known: set[str], label: str) -> tuple[str, float | None]:
    if m.rule.startswith("acronym"):
        return "acronym", None
    if m.kind == "person":
        a, b = parse_name(label), parse_name(m.text)
        if len(b.parts) == 1:
            return "fuzzy", None  # a surname alone, bound to the full name in its document
        ok, how, score = same_person(a, b)
        if ok:
            return how, score
    node = m.entity or ""
    if node in uf.how:
        return uf.how[node]
    if node in known or node.startswith("@alias:") or m.kind == "org" and node.endswith("-ministry"):
        return "alias-table", None  # the shipped tables (ministry forms come from titles.yaml)
    return "exact", None


def office_label(office_id: str, lex: Lexicon | None = None) -> str:
    """"office:south-korea-defense-minister" -> "South Korea Defense Minister"."""
    lex = lex or lexicon()
    body = parse(office_id).name
    for country, name in sorted(lex.country_labels.items(), key=lambda kv: -len(kv[0])):
        if body.startswith(country + "-"):
            rest = body[len(country) + 1 :]
            return f"{name} {lex.office_labels.get(rest, rest.replace('-', ' ').title())}"
    return body.replace("-", " ").title()


def _office_entities(entities: dict[str, Entity], all_mentions: list[tuple[str, Mention]], lex: Lexicon) -> None:
    """An entity per office named in the texts, its variants the titles written for it."""
    titles: dict[str, set[str]] = defaultdict(set)
    for _, m in all_mentions:
        if m.office:
            titles[m.office].add(m.title or "")
    for office in sorted(titles):
        if office not in entities:
            entities[office] = Entity(id=office, kind="office", label=office_label(office, lex),
                                      variants=sorted(t for t in titles[office] if t))


def _fill_offices(all_mentions: list[tuple[str, Mention]], lex: Lexicon) -> None:
    """The office an unqualified national title denotes, once the country is known."""
    for _, m in all_mentions:
        if m.kind == "person" and m.office is None and m.title and m.country:
            t = lex.titles.get(key(m.title))
            if t is not None and t.office and t.sort == "national":
                m.office = f"office:{m.country}-{t.office}"
