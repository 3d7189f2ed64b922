"""claimcheck.check.title.v1: one person, one title at a time.

Claims on ``person:X`` with facet ``title`` carry ``value`` (type title): an office id
(``office:...``) or the title words. Words are normalised by ``resources/checks/titles.yaml``
into a set; equal sets or one inside the other are wordings of one title (``variant``:
"Minister of Defense" / "Defense Minister"); a differing rank modifier ("Deputy") or other
office words are a different title: a ``conflict`` when two sources give them for the
same day, a ``tension`` when the times overlap only as coarser periods (a change of post
within them fits) or one source gives both (a dual role fits); no finding when the times
do not overlap (people change jobs). A title marked "former" is skipped. A title is held as of
its statement's time, but a sentence's date after publication is a plan's, not the post's:
then the publication day (``held_span``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..entities.lexicon import lexicon
from ..models import Claim, Finding, Severity
from .context import CheckContext
from .finding import describe_when, make_finding
from .intervals import Span, overlaps
from .registry import rule
from .tables import title_tables
from .taking_up import taken_up
from .title_lattice import compound_heads, lattice_relation, rank_words, rungs

RULE = "claimcheck.check.title.v1"
TitleRelation = Literal["same", "wording", "different", "skip"]
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)
def title_key(text: str) -> frozenset[str] | None:
    """The set of words that identify a title; None for a past title ("former ...")."""
    t = title_tables()
    if text.startswith("office:"):
        return frozenset({text})
    words: list[str] = []
    for raw in _WORD.findall(_level_named(_without_country(text)).casefold()):
        raw = re.sub(r"[’']s$", "", raw)
        # a listed spelling keeps its hyphen ("secretary-general"); otherwise split on it
        for part in t.spelling[raw].split() if raw in t.spelling else raw.split("-"):
            for w in t.spelling.get(part, part).split():  # "co-ceo": co, chief, executive
                if w in t.past_markers:
                    return None
                if w and w not in t.stopwords:
                    words.append(w)
    return frozenset(words)


def title_relation(a: str, b: str) -> TitleRelation:
    ka, kb = title_key(a), title_key(b)
    if ka is None or kb is None:
        return "skip"
    if ka == kb:
        return "same"
    # "first vice minister" / "second vice minister": two rungs of one ladder of deputies;
    # "vice minister" names either, so an ordinal on one side only narrows the title
    la, lb = ladder_ordinal(a), ladder_ordinal(b)
    if la and lb and la != lb:
        return "different"
    if la or lb:
        ka, kb = ka - {la}, kb - {lb}
        if ka == kb:
            return "wording"
    if any(w.startswith("office:") for w in ka | kb):
        return "different"
    t = title_tables()
    ranks = set(t.rank_modifiers)
    if ka & ranks != kb & ranks:
        return "different"
    if _portfolios_differ(a, b):
        return "different"
    if ka <= kb or kb <= ka:
        return "wording"
    heads = set(t.generic_heads)
    if (ka & heads or kb & heads) and (ka - heads - ranks) & (kb - heads - ranks):  # a shared rank is no portfolio
        return "wording"
    return "different"


_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=1)
def _level_before_name() -> re.Pattern[str]:
    levels = "|".join(w.capitalize() for w in title_tables().level_modifiers)
    return re.compile(rf"\b({levels})(?=\s+[A-Z])")


def _level_named(text: str) -> str:
    """A level word written with a capital before another capitalised word opens a
    portfolio's name ("Regional Development Minister"), no rank: it is kept as a word of its
    own ("regional_"), while "the regional culture minister" is a minister of a region."""
    if not title_tables().level_modifiers:
        return text
    return _level_before_name().sub(r"\1_", text)


def _without_country(text: str) -> str:
    """The title without the country that opens it ("South Korea's vice minister",
    "Indonesian Vice Minister"): a qualifier of the title, not one of its words."""
    words = text.split()
    lex = lexicon()
    for n in (3, 2, 1):
        if len(words) > n and lex.country_of(_POSSESSIVE.sub("", " ".join(words[:n]))) is not None:
            return " ".join(words[n:])
    return text


@lru_cache(maxsize=4096)
def ladder_ordinal(text: str) -> str | None:
    """The ordinal that ranks a deputy in a title ("first" of "First Vice Foreign Minister"),
    else None: an ordinal before another word ("First Minister", "first officer") is part
    of the title's name, not a rung."""
    words = _ordered_words(text)
    ordinals = lexicon().rank_ordinals
    ranks = title_tables().rank_modifiers
    return next((w for i, w in enumerate(words[:-1]) if w in ordinals and words[i + 1] in ranks
                 and words[i + 1] not in ordinals), None)


@lru_cache(maxsize=4096)
def _ordered_words(text: str) -> tuple[str, ...]:
    t = title_tables()
    out: list[str] = []
    for raw in _WORD.findall(_level_named(text).casefold()):
        raw = re.sub(r"[’']s$", "", raw)
        for part in t.spelling[raw].split() if raw in t.spelling else raw.split("-"):
            for w in t.spelling.get(part, part).split():
                if w and w not in t.stopwords:
                    out.append(w)
    return tuple(out)


def _portfolios_differ(a: str, b: str) -> bool:
    """"Chief Data Scientist" / "chief scientist": one head and one "chief", but another
    portfolio between them: two different posts, although one word set holds the other."""
    oa, ob = _ordered_words(a), _ordered_words(b)
    if not oa or not ob or oa[-1] != ob[-1] or "chief" not in oa[:-1] or "chief" not in ob[:-1]:
        return False
    return oa[oa.index("chief") + 1 : -1] != ob[ob.index("chief") + 1 : -1]


def _title(c: Claim) -> str | None:
    if c.value is None:
        return None
    return str(c.value.value)


def held_span(ctx: CheckContext, c: Claim) -> Span | None:
    """When a title is told as held: its statement's time, except that a sentence's date wholly
    after publication dates a plan ("Minister X expects approval in the first half of 2026"),
    not the post, which a title names as of writing: then the publication day."""
    span = ctx.statement_span(c)
    src = ctx.sources.get(c.source)
    pub = src.published if src is not None else None
    if span is None or pub is None or pub.start is None or pub.start != pub.end or span.start <= pub.start:
        return span
    return Span(pub.start, pub.start, "day")


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    what = f'title "{v.text}" = {v.value}' if v else "no title"
    return f"{what}; {describe_when(ctx, claim)}"


@rule(RULE, "title")
def check_titles(ctx: CheckContext) -> Iterator[Finding]:
    """Wordings of one title: variant; another office at the same time: conflict."""
    for sid, claims in ctx.facet("title"):
        by_title: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.title is not None and (c.title.past or c.title.dated):
                continue  # "ex-Twitter chair", "who was the club's assistant coach": not held now
            if (v := _title(c)) is not None and title_key(v) is not None:
                by_title[v].append(c)
        keys = sorted(by_title)
        label = ctx.label(sid)
        # wordings: merge titles related as same/wording into one variant finding per person
        wording = [c for k in keys for c in by_title[k]]
        texts = {c.value.text.casefold() for c in wording if c.value}  # type: ignore[union-attr]
        if len(keys) > 1 or len(texts) > 1:
            related = _variant_claims(by_title, keys)
            if related:
                yield make_finding(
                    ctx, rule=RULE, kind="title", severity="variant", subject=sid, claims=related, detail=_detail,
                    uses_dates=False,
                    summary=f"{label}: one title, worded differently: "
                    + ", ".join(sorted(_written(related))),
                    reason="the title's words are the same or one set contains the other: wordings of one title.",
                )
        yield from _merged(ctx, sid, keys, by_title, _pairs(ctx, sid, keys, by_title, claims))


@dataclass(frozen=True)
class _Pending:
    """A finding on two titles of one person, before the findings on one pair of posts merge."""
    a: str
    b: str
    severity: Severity
    claims: tuple[Claim, ...]
    summary: str
    reason: str
    rests_on: tuple[str, ...]


def _merged(ctx: CheckContext, sid: str, keys: list[str], by_title: dict[str, list[Claim]],
            pending: Iterator[_Pending]) -> Iterator[Finding]:
    """One finding per pair of posts and severity: titles that are wordings of one post
    ("undersecretary" / "undersecretary for fisheries") against another post say one
    disagreement, cited once with all its statements, not once per wording."""
    post = _posts_of_keys(keys, by_title)
    groups: dict[tuple[str, str, str], list[_Pending]] = defaultdict(list)
    for p in pending:
        groups[(*sorted((post[p.a], post[p.b])), p.severity)].append(p)  # type: ignore[index]
    for (_, _, sev), ps in sorted(groups.items()):
        first = ps[0]
        yield make_finding(
            ctx, rule=RULE, kind="title", severity=first.severity, subject=sid,
            claims=[c for p in ps for c in p.claims], detail=_detail,
            also_rests_on=sorted({s for p in ps for s in p.rests_on}),
            summary=first.summary, reason=first.reason,
        )


def _posts_of_keys(keys: list[str], by_title: dict[str, list[Claim]]) -> dict[str, str]:
    """Each title key to the first key of its post: keys joined where the title rule reads
    them as one title (same or worded differently)."""
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if root(a) != root(b) and (_group_relation(a, b, by_title) in ("same", "wording")
                                       or _one_lattice_post(by_title[a], by_title[b])):
                parent[max(root(a), root(b))] = min(root(a), root(b))
    return {k: root(k) for k in keys}


def _one_lattice_post(a: list[Claim], b: list[Claim]) -> bool:
    """Every written pair names one post of the lattice at one rank ("MP" / "member of parliament")."""
    return all(lattice_relation(x, y) == "same" and _rank_words(x) == _rank_words(y)
               for x in _written(a) for y in _written(b))


def _pairs(ctx: CheckContext, sid: str, keys: list[str], by_title: dict[str, list[Claim]],
           claims: list[Claim]) -> Iterator[_Pending]:
    """Each pair of titles of one person that disagree, with its severity and evidence."""
    label = ctx.label(sid)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _group_relation(a, b, by_title) != "different" or _two_bodies(by_title[a], by_title[b]) \
                    or not _apart_in_kind(a, b, by_title):
                continue
            side_a, side_b, same_day = _overlapping(ctx, by_title[a], by_title[b])
            near_a, near_b, gap = _in_frame(ctx, by_title[a], by_title[b], apart=bool(side_a))
            if any(taken_up(ctx, c) for c in near_a + near_b):
                near_a, near_b = [], []  # "X was named director on Tuesday": a move the text tells
            if side_a:
                # the statements days apart say it too, also beside two of one day: each source
                # that gives either post within the week is a side of one disagreement
                side_a = list({c.id: c for c in side_a + _plain(ctx, near_a)}.values())
                side_b = list({c.id: c for c in side_b + _plain(ctx, near_b)}.values())
            elif near_a:
                if (found := _framed(ctx, sid, a, b, by_title, claims, near_a, near_b, gap)) is not None:
                    yield found
                continue
            else:
                side_a, side_b = _sandwiched(ctx, by_title[a], by_title[b])
                if side_a:
                    yield _Pending(
                        a, b, "tension", tuple(side_a + side_b),
                        f"{label}: titled {a} and {b}, back and forth within {SANDWICH_DAYS} days",
                        "one title is stated before and after the other within a few weeks by "
                        "different sources: only a change of post and a change back fits.", (),
                    )
                continue
            one_source = len({c.source for c in side_a + side_b}) == 1
            combined = _combined(a, b, by_title)
            if combined and _given_together(a, b, by_title, claims):
                continue  # a source gives both posts: a dual role, which the others shortened
            if combined:
                sev, why = "tension", ("two posts at the top of one body that one person often holds "
                                       "together, given apart by different sources and by none together.")
            elif _held_together(a, b) or _only_fields_differ(by_title[a], by_title[b]):
                sev, why = "tension", ("two portfolios one minister often holds together: an outlet may "
                                       "have shortened the title either way.")
            elif same_day and not one_source:
                sev: Severity = "conflict"
                why = "a different office or rank stated for the same day."
            elif one_source:
                sev, why = "tension", "one source gives both titles for the same time: only a dual role fits."
            elif _deputy_and_post(by_title[a], by_title[b]) and not any(taken_up(ctx, c) for c in side_a + side_b):
                sev, why = "conflict", ("a post and its deputy given one person by different sources for one "
                                        "period, no promotion told: one is wrong.")
            else:
                sev, why = "tension", "different titles in overlapping periods: only a change of post within the period fits."
            yield _Pending(a, b, sev, tuple(side_a + side_b), f"{label}: titled {a} and {b} at the same time",
                           why, tuple(c.source for c in side_a + side_b if c.when is None))


def _deputy_and_post(a: list[Claim], b: list[Claim]) -> bool:
    """Every written pair is one post with a rank on one side only ("Deputy Health Minister" /
    "Health Minister"): the post and its deputy, not two ranks ("senior deputy" / "deputy") nor
    two posts."""
    pairs = [(x, y) for x in _written(a) for y in _written(b)]
    if not pairs:
        return False
    for x, y in pairs:
        rx, ry = _rank_words(x), _rank_words(y)
        kx, ky = title_key(x), title_key(y)
        if kx is None or ky is None or (rx and ry) or rx == ry or kx - rx != ky - ry:
            return False
    return True


def _plain(ctx: CheckContext, claims: list[Claim]) -> list[Claim]:
    """Statements that tell only the post held then: not a sentence that also tells a past
    post ("Captain X, a former air force pilot"), whose quote mixes two times."""
    past = frozenset(title_tables().past_markers)
    out = []
    for c in claims:
        src = ctx.sources.get(c.source)
        words = {w.casefold() for w in _WORD.findall(src.text[c.span[0]:c.span[1]])} if src is not None else set()
        if not words & past:
            out.append(c)
    return out


def _group_relation(a: str, b: str, by_title: dict[str, list[Claim]]) -> TitleRelation:
    """Two normalised titles: office ids compare as ids; titles that name a national office
    compare by that office ("home secretary" / "interior minister"); an office beside a
    title that names none is another post held too ("party leader" / "prime minister");
    otherwise the written words decide, and two titles with different head words are two
    posts, not a disagreement ("chairman" / "president")."""
    if a.startswith("office:") and b.startswith("office:"):
        return "same" if a == b else "different"
    written_a, written_b = _written(by_title[a]), _written(by_title[b])
    texts_a = written_a | ({a} if not a.startswith("office:") else set())
    texts_b = written_b | ({b} if not b.startswith("office:") else set())
    offices_a, offices_b = _offices(a, by_title[a]), _offices(b, by_title[b])
    if offices_a and offices_b:
        return "wording" if offices_a & offices_b else "different"
    joint = frozenset(joint_posts({c.value.text for cs in by_title.values() for c in cs if c.value}))
    one = _one_body(by_title[a], by_title[b])
    if any(posts_relation(x, y, joint, one) == "different" for x in written_a for y in written_b):
        # "chief executive" / "chief technology officer": two posts at the top of one body, also
        # when the body's name is the only other word ("Acme CEO" / "Acme's CTO" are no wordings)
        return "different"
    lattice = {lattice_relation(x, y) for x in written_a for y in written_b}
    if "exclusive" in lattice and "same" not in lattice:
        # two posts of one family ("director" / "director-general", "judge" / "prosecutor"),
        # although one title's words may hold the other's
        return "different"
    if _one_post_worded_twice(by_title[a], by_title[b]):
        return "wording"
    rels = {title_relation(x, y) for x in texts_a for y in texts_b}
    if rels & {"same", "wording"}:
        return "wording"
    # without an office on both sides, only one head word with another rank or portfolio
    # disagrees ("deputy director" / "director"); different heads are two posts
    if "different" in rels and any(title_head(x) == title_head(y) for x in texts_a for y in texts_b):
        return "different"
    # one post of the lattice at two ranks, its head written two ways ("Minister of Infrastructure"
    # / "secretary of state for mobility"); without a rank apart they are wordings ("Secretary" / "Minister")
    if "different" in rels and "same" in lattice and any(_rank_words(x) != _rank_words(y)
                                                          for x in written_a for y in written_b):
        return "different"
    return "skip"


def _one_post_worded_twice(a: list[Claim], b: list[Claim]) -> bool:
    """Two titles that name one post in other words: two names of one post of the tables
    ("manager" / "head coach": ``same_posts``); two generic heads ("head" / "chief": a generic
    word fits any post); or a generic head and a post at one body, written with that body on
    both sides and no rank apart ("the federation's chief" / "federation president")."""
    for ca in a:
        for cb in b:
            x, y = ca.value.text if ca.value else "", cb.value.text if cb.value else ""
            if not x or not y or _rank_words(x) != _rank_words(y):
                continue
            px, py = post_of(x), post_of(y)
            if px is not None and px == py and title_key(x) != title_key(y):
                return True
            gx, gy = _generic_only(x), _generic_only(y)
            if gx and gy:
                return True
            if (gx or gy) and not _rank_words(x) and _one_body([ca], [cb]):
                return True
    return False


def _generic_only(text: str) -> bool:
    """A title of generic head words only ("chief", "the head")."""
    key = title_key(text)
    return bool(key) and key <= frozenset(title_tables().generic_heads)  # type: ignore[operator]


def _rank_words(text: str) -> frozenset[str]:
    return frozenset(title_key(text) or ()) & frozenset(title_tables().rank_modifiers) - _STAND_IN


def _two_bodies(a: list[Claim], b: list[Claim]) -> bool:
    """Every claim of each side names its body and the sides name different ones ("Nordlys's
    assistant coach" / "Vestby head coach"): posts at two bodies, held one after the other
    or together, no disagreement."""
    ba = {c.title.body if c.title else None for c in a}
    bb = {c.title.body if c.title else None for c in b}
    if None in ba or None in bb:
        return False
    # one name's words among the other's: one body ("Department of Tourism" / "Nepal's Department of Tourism")
    return not any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())  # type: ignore[union-attr]
                   for x in ba for y in bb)


def _offices(key: str, claims: list[Claim]) -> set[str]:
    """The national offices a group of title claims names: by its office id, or by the titles as
    written, but not those the person holds at a body written with them ("the chamber's
    president": the chamber's post, not the country's), unless the extractor read an office."""
    texts = {c.value.text for c in claims if c.value
             and (str(c.value.value).startswith("office:") or c.title is None or not c.title.body)}
    if texts or key.startswith("office:"):
        texts.add(key)
    return {o for x in texts if (o := office_key(x))}


def _written(claims: list[Claim]) -> set[str]:
    """The titles as the claims write them."""
    return {c.value.text for c in claims if c.value}


def _combined(a: str, b: str, by_title: dict[str, list[Claim]]) -> bool:
    """Two titles, as written, naming posts one person often holds together."""
    one = _one_body(by_title[a], by_title[b])
    return any(posts_combined(x, y, one) for x in _written(by_title[a]) for y in _written(by_title[b]))


def _one_body(a: list[Claim], b: list[Claim]) -> bool:
    """Some claim of each side names one body ("Meseta Rail chief executive X" / "the chair of
    Meseta Rail"): one name's words among the other's."""
    ba = {c.title.body for c in a if c.title and c.title.body}
    bb = {c.title.body for c in b if c.title and c.title.body}
    return any(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()) for x in ba for y in bb)


def _given_together(a: str, b: str, by_title: dict[str, list[Claim]], claims: list[Claim]) -> bool:
    """Some source gives the person both posts the two titles name (in any wording)."""
    posts_a = {p for x in _written(by_title[a]) if (p := post_of(x))}
    posts_b = {p for x in _written(by_title[b]) if (p := post_of(x))}
    by_source: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.value is not None and (p := post_of(c.value.text)):
            by_source[c.source].add(p)
    return any(posts & posts_a and posts & posts_b for posts in by_source.values())


def _apart_in_kind(a: str, b: str, by_title: dict[str, list[Claim]]) -> bool:
    """Two titles that name two posts by what they are, not only by other words around one
    head ("district judge" / "federal judge" may be one judge): two national offices, two
    posts at the head of a body, two posts of the lattice, or one post at two ranks or rungs."""
    if a.startswith("office:") and b.startswith("office:"):
        return True
    written_a, written_b = _written(by_title[a]), _written(by_title[b])
    offices_a, offices_b = _offices(a, by_title[a]), _offices(b, by_title[b])
    if offices_a and offices_b and not offices_a & offices_b:
        return True
    one = _one_body(by_title[a], by_title[b])
    for x in written_a:
        for y in written_b:
            if posts_relation(x, y, one_body=one) == "different" or lattice_relation(x, y) == "exclusive":
                return True
            if _rank_words(x) != _rank_words(y) or _portfolios_differ(x, y) or fields_differ(x, y):
                return True
            lx, ly = ladder_ordinal(x), ladder_ordinal(y)
            if lx and ly and lx != ly:
                return True
    return False


def fields_differ(a: str, b: str) -> bool:
    """"finance critic" / "health critic": one head of a politician's portfolio post
    (``portfolio_posts``), written with another field right before it on each side: two
    posts, as a minister's two portfolios are."""
    oa, ob = _ordered_words(a), _ordered_words(b)
    t = title_tables()
    if len(oa) < 2 or len(ob) < 2 or oa[-1] != ob[-1] or oa[-1] not in t.portfolio_posts:
        return False
    skip = set(t.rank_modifiers) | set(t.generic_heads)
    fa, fb = oa[-2], ob[-2]
    if fa in skip or fb in skip or fa in ob or fb in oa:
        return False
    return fa.isalpha() and fb.isalpha() and lexicon().titles.get(fa) is None and lexicon().titles.get(fb) is None


def _only_fields_differ(a: list[Claim], b: list[Claim]) -> bool:
    """The two titles differ only by a field word ("finance critic" / "health critic"): an
    outlet may name one portfolio of several, a tension at most."""
    xa, xb = _written(a), _written(b)
    return any(fields_differ(x, y) for x in xa for y in xb) and not any(
        _rank_words(x) != _rank_words(y) or lattice_relation(x, y) == "exclusive" for x in xa for y in xb)


def _held_together(a: str, b: str) -> bool:
    """Two offices of portfolios often one minister's ("climate" and "energy")."""
    ka, kb = office_key(a), office_key(b)
    return ka is not None and kb is not None and frozenset({ka, kb}) in lexicon().held_together


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")


def post_of(text: str) -> str | None:
    """The post at the head of a body a title names ("chief executive", "safety director"),
    None when it names none, is past ("former CTO") or is held beside another ("interim CEO")."""
    post, joint = _post(text)
    return None if joint else post


def joint_posts(texts: set[str]) -> set[str]:
    """Posts one person is said to hold as interim or acting: held beside their own, also
    where a source leaves the marker out ("interim CEO" and, elsewhere, "CEO")."""
    return {p for t in texts if (pj := _post(t))[1] and (p := pj[0])}


@lru_cache(maxsize=4096)
def _post(text: str) -> tuple[str | None, bool]:
    """The post a title names and whether it is marked as held beside another."""
    t = title_tables()
    if title_key(text) is None:
        return None, False
    raw = [re.sub(r"[’']s$", "", w) for w in _WORD.findall(text)]
    joint = bool({w.casefold() for w in raw} & set(t.joint_markers))
    return _post_words(text, raw), joint


def _post_words(text: str, raw: list[str]) -> str | None:
    t = title_tables()
    words = " ".join(_ordered_words(text))
    for post in _posts_longest_first():
        if re.search(rf"(?:^| ){re.escape(post)}(?: |$)", words):
            if post in t.plain_heads and _qualified(raw, post):
                return None  # "fund manager": a job, not the post at the top
            return _same_post().get(post, post)
    for i, w in enumerate(raw[1:], start=1):
        before = raw[i - 1]
        if w.casefold() in t.portfolio_heads and before.islower() and before.isalpha() \
                and before not in t.portfolio_exempt:
            return f"{before} {w.casefold()}"
    return _chief_officer(raw) or _function_post(raw)


def _chief_officer(raw: list[str]) -> str | None:
    """"chief medical officer", "Chief Risk Officer": an officer at the top of a body named by
    its field, the post "chief <field>" (as "chief technology" of the table), one per field."""
    folded = [w.casefold() for w in raw]
    for i in range(len(folded) - 2):
        if folded[i] == "chief" and folded[i + 2] == "officer" and i + 3 == len(folded) \
                and folded[i + 1].isalpha() and folded[i + 1] not in title_tables().stopwords \
                and folded[i + 1] not in rank_words():
            return f"chief {folded[i + 1]}"
    return None


def _function_post(raw: list[str]) -> str | None:
    """"head of communications", "director of corporate affairs": a function's head written
    before its field is the post "<field> director" ("communications director"), so two fields at
    one body are two posts. Only a lower-case field ending the title: a capitalised one or "the"
    names a body ("head of Acme", "head of the agency"), two fields joined ("sales and
    marketing") may each be shortened, and some fields are no function ("head of state")."""
    t = title_tables()
    at = next((i for i, w in enumerate(raw[:-2]) if w.casefold() in t.function_heads and raw[i + 1] == "of"), None)
    if at is None:
        return None
    field = raw[at + 2 :]
    if not all(w.isalpha() and w.islower() for w in field) or set(field) & ({"and", "the"} | set(t.stopwords)) \
            or field[-1] in t.not_functions:
        return None
    return f"{field[-1]} director"


def _qualified(raw: list[str], head: str) -> bool:
    """A lower-case word other than a rank or marker right before ``head`` ("fund manager")."""
    t = title_tables()
    for i, w in enumerate(raw[1:], start=1):
        before = raw[i - 1]
        if w.casefold() == head and before.islower() and before.isalpha() and before not in t.portfolio_exempt \
                and before not in t.rank_modifiers and before not in t.joint_markers:
            return True
    return False


@lru_cache(maxsize=1)
def _posts_longest_first() -> tuple[str, ...]:
    """The posts of the table, longer first ("general manager" before "manager")."""
    return tuple(sorted(title_tables().exclusive_posts, key=lambda p: (-len(p.split()), p)))


def _wording_of(post: str) -> str:
    """The first name of the post's group in ``post_wordings`` ("finance chief" -> "chief financial");
    a field's director or chief named from its field ("operations director", "chief operating"):
    the field's stem, so "head of technology" and "chief technology officer" are one post."""
    post = next((g[0] for g in title_tables().post_wordings if post in g), post)
    words = post.split()
    if len(words) == 2 and "chief" in words or len(words) == 2 and words[1] == "director":
        field = words[1] if words[0] == "chief" else words[0]
        if field.isalpha() and len(field) >= _STEM:
            return f"field:{field[:_STEM]}"
    return post


_STEM = 6  # "operations" / "operating", "finance" / "financial": one field's words share their first letters


@lru_cache(maxsize=1)
def _same_post() -> dict[str, str]:
    """Each post named two ways to the first of its names ("manager" -> "head coach")."""
    return {p: group[0] for group in title_tables().same_posts for p in group}


def posts_combined(a: str, b: str, one_body: bool = False) -> bool:
    """Two titles naming posts one person often holds together ("chairman" / "CEO") at one
    body: both written without a body, or with the same one ("Acme chair" / "Acme CEO"); a
    body on one side only may be another body ("chair" of the board / "Birch CEO")."""
    return _combinable(post_of(a), post_of(b)) and posts_relation(a, b, one_body=one_body) == "different"


def _combinable(pa: str | None, pb: str | None) -> bool:
    return pa is not None and pb is not None and pa != pb and any(
        pa in group and pb in group for group in title_tables().combined_posts)


@lru_cache(maxsize=4096)
def held_post(text: str) -> str | None:
    """The post a title gives its holder at a body, as the holder rule compares it: one of
    ``holder_posts``, "interim <post>" when marked as a stand-in ("caretaker head coach");
    None for any other title, a rank ("deputy chief executive", "vice-chair") or a shared
    post ("co-CEO", "joint manager")."""
    t = title_tables()
    post, joint = _post(text)
    if post is None:
        return _head_post(text)
    if post not in t.holder_posts:
        return None
    pieces = set(re.split(r"[\s-]+", text.casefold()))
    if pieces & (set(t.rank_modifiers) - set(t.joint_markers)) or pieces & set(t.shared_markers):
        return None
    return f"interim {post}" if joint else post


@lru_cache(maxsize=4096)
def _head_post(text: str) -> str | None:
    """"Governor", "Sierra Alta governor", "interim leader", "the party's leader", "regent of
    Lembah": a head of a place, party or bank (``holder_heads``) ending the title or before "of",
    with only a body's capitalised name, a generic body word or a stand-in marker before it;
    "interim <head>" when marked."""
    t = title_tables()
    raw = [re.sub(r"[’']s$", "", w) for w in _WORD.findall(text)]
    # the head ends the title, or "of" follows it ("regent of Lembah", "mayor of the town")
    # an abbreviation is its post ("Gov." is a governor: ``spelling``)
    at = next((i for i, w in enumerate(raw) if t.spelling.get(w.casefold(), w.casefold()) in t.holder_heads
               and (i == len(raw) - 1 or raw[i + 1].casefold() in ("of", "for"))), None)
    if at is None or title_key(text) is None:
        return None
    joint = False
    for w in raw[:at]:
        f = w.casefold()
        if f in t.joint_markers:
            joint = True
        elif f in t.rank_modifiers or f in t.shared_markers or f in t.past_markers:
            return None
        elif not (w[:1].isupper() or f in t.generic_bodies or f in t.stopwords):
            return None  # "community leader", "prison governor": another post, or many holders
    head = t.spelling.get(raw[at].casefold(), raw[at].casefold())
    return f"interim {head}" if joint else head


def head_post(post: str) -> bool:
    """The post is a head of a place, party or bank (``holder_heads``), not a company's post."""
    return post.rsplit(" ", 1)[-1] in title_tables().holder_heads


def _bodies(text: str) -> frozenset[str]:
    """Capitalised words of a title that are not title words: the body it is held at ("Acme")."""
    t = title_tables()
    out = set()
    for w in _CAPITALISED.findall(text):
        f = re.sub(r"[’']s$", "", w.casefold())
        if f not in t.spelling and f not in t.stopwords and lexicon().titles.get(f) is None:
            out.add(f)
    return frozenset(out)


def posts_relation(a: str, b: str, joint: frozenset[str] = frozenset(), one_body: bool = False) -> TitleRelation:
    """Two titles of one person: "different" when each names another post at the head of one
    body (and no other body is named on each side), else "skip". ``joint``: posts the person
    holds beside their own (``joint_posts``); ``one_body``: the claims name one body for both,
    outside the titles' words ("Acme chief executive X" / "X, the chair of Acme")."""
    pa, pb = post_of(a), post_of(b)
    if pa is None or pb is None or pa == pb or pa in joint or pb in joint or _wording_of(pa) == _wording_of(pb):
        return "skip"
    ba, bb = _bodies(a), _bodies(b)
    if ba and bb and not ba & bb:
        return "skip"  # "Quora CEO" / "Facebook CTO": posts at two bodies
    if _combinable(pa, pb) and bool(ba) != bool(bb) and not one_body:
        return "skip"  # "chair" of a board / "Birch CEO": often held together, maybe at two bodies
    return "different"


@lru_cache(maxsize=4096)
def office_key(text: str) -> str | None:
    """The national office a title or office id names (``foreign-minister``), else None."""
    keys = office_keys()
    if text.startswith("office:"):
        return next((k for k in keys if text.endswith("-" + k)), None)
    info = lexicon().describe_title(text)
    return info.office if info is not None and info.office and info.sort == "national" else None


@lru_cache(maxsize=1)
def office_keys() -> tuple[str, ...]:
    """Every office key the title tables know, longest first (so "deputy-prime-minister"
    is tried before "prime-minister")."""
    keys = {t.office for t in lexicon().titles.values() if t.office}
    return tuple(sorted(keys, key=lambda k: (-len(k), k)))


@lru_cache(maxsize=4096)
def title_head(text: str) -> str | None:
    """The head word of a title as written: its last word, or the word before "of" or
    "for" ("director of policy" -> director); a rank written as its prefix is no head
    ("vice-minister" -> minister)."""
    t = title_tables()
    words = [p for w in (re.sub(r"[’']s$", "", x) for x in _WORD.findall(text.casefold()))
             for p in t.spelling.get(w, w).split()]  # "undersecretary": under, secretary
    cut = next((i for i, w in enumerate(words) if i > 0 and w in ("of", "for")), None)
    if cut is not None:
        words = words[:cut]
    lex = lexicon()
    if len(words) >= 2 and words[-2] in lex.rank_ordinals and words[-1] in lex.portfolio_heads:
        return f"{words[-2]}-{words[-1]}"  # "first officer": a rung of its own, not an officer
    words = [w for w in words if w not in t.stopwords]
    if not words:
        return None
    if len(words) >= 2 and f"{words[-2]}-{words[-1]}" in compound_heads():
        return f"{words[-2]}-{words[-1]}"  # "secretary general" is the post "secretary-general", not a general
    prefix, _, rest = words[-1].partition("-")
    return rest if rest and prefix in t.rank_modifiers else words[-1]


def _variant_claims(by_title: dict[str, list[Claim]], keys: list[str]) -> list[Claim]:
    out: list[Claim] = []  # a claim may be listed twice here; make_finding de-duplicates
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _group_relation(a, b, by_title) in ("same", "wording"):
                out += by_title[a] + by_title[b]
    for k in keys:  # one normalised title (an office id) written differently
        texts = sorted(_written(by_title[k]))
        # keep wordings of a title; drop words that only point at it ("his counterpart")
        kept = {
            t for t in texts
            if any(u.casefold() != t.casefold() and title_relation(t, u) in ("same", "wording") for u in texts)
        }
        out += [c for c in by_title[k] if c.value and c.value.text in kept]
    return out


FRAME_DAYS = 7  # two posts of one person stated within a week by two sources, neither as a change: one is wrong


def _in_frame(ctx: CheckContext, a: list[Claim], b: list[Claim],
              apart: bool = False) -> tuple[list[Claim], list[Claim], int]:
    """Claims of each side stated by different sources at most ``FRAME_DAYS`` apart (each
    statement's time a week or less), the closest in time only (the strongest evidence), and
    the days between them; ``apart``: only statements on different days (those of one day are
    ``_overlapping``). Further apart, one change of post fits (a change back is ``_sandwiched``)."""
    pairs: list[tuple[int, Claim, Claim]] = []
    for ca in a:
        sa = held_span(ctx, ca)
        for cb in b:
            sb = held_span(ctx, cb)
            if sa is None or sb is None or ca.source == cb.source or sa.days > 7 or sb.days > 7:
                continue
            days = max((sb.start - sa.end).days, (sa.start - sb.end).days, 0)
            if days <= FRAME_DAYS and not (apart and overlaps(sa, sb)):
                pairs.append((days, ca, cb))
    if not pairs:
        return [], [], FRAME_DAYS + 1
    gap = min(p[0] for p in pairs)
    hit_a = {ca.id: ca for d, ca, _ in pairs if d == gap}
    hit_b = {cb.id: cb for d, _, cb in pairs if d == gap}
    return list(hit_a.values()), list(hit_b.values()), gap


def _framed(ctx: CheckContext, sid: str, a: str, b: str, by_title: dict[str, list[Claim]], claims: list[Claim],
            side_a: list[Claim], side_b: list[Claim], gap: int) -> _Pending | None:
    """Two posts of one person stated by different sources days apart, neither as a change of
    post: a conflict; a tension for posts one person often holds together or a side that is
    not plainly reported."""
    label = ctx.label(sid)
    if _combined(a, b, by_title) and _given_together(a, b, by_title, claims):
        return None
    if any(_stand_in_apart(x, y) for x in _written(by_title[a]) for y in _written(by_title[b])):
        return None  # "Acting Health Minister" / "Health Minister": an outlet dropped the marker
    hedged = any(c.modality != "reported" for c in side_a + side_b)
    soft = _combined(a, b, by_title) or _held_together(a, b) or hedged
    sev: Severity = "tension" if soft else "conflict"
    posts = next((r for x in _written(by_title[a]) for y in _written(by_title[b]) if (r := rungs(x, y))), None)
    which = f" ({posts[0].post} and {posts[1].post}: two posts of the {posts[0].family} family)" if posts else ""
    return _Pending(
        a, b, sev, tuple(side_a + side_b),
        f"{label}: titled {a} and {b} within {gap} day{'s' if gap != 1 else ''}{which}",
        ("two posts one person holds one at a time, stated by different sources within days, neither "
         "as a change of post: both cannot be true." if sev == "conflict" else
         "two posts stated by different sources within days, neither as a change of post: one title may "
         "have shortened a dual role, or one side is not plainly reported."),
        tuple(c.source for c in side_a + side_b if c.when is None),
    )


_STAND_IN = frozenset({"acting", "interim", "caretaker"})  # an outlet may drop these: no rank apart


def _stand_in_apart(a: str, b: str) -> bool:
    """One post, one side marked as held by a stand-in ("acting", "interim")."""
    ka, kb = title_key(a), title_key(b)
    return bool(ka) and bool(kb) and ka != kb and ka - _STAND_IN == kb - _STAND_IN  # type: ignore[operator]


SANDWICH_DAYS = 31  # a change of post and back within a month is rare enough to report


def _sandwiched(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """Claims of two titles whose times do not overlap, where one title is stated both
    before and after the other within ``SANDWICH_DAYS``, each time by another source:
    the later statement of the first title rules out a simple change of post between."""
    timed = sorted(((sp, c, side) for side, cs in ((0, a), (1, b)) for c in cs
                    if (sp := held_span(ctx, c)) is not None and sp.days <= 7),
                   key=lambda t: (t[0].start, t[0].end, t[1].id))
    for i, (sp, c, side) in enumerate(timed):  # the middle statement: its nearest other-title neighbours
        before = next((t for t in reversed(timed[:i]) if t[2] != side), None)
        after = next((t for t in timed[i + 1 :] if t[2] != side), None)
        if before is None or after is None:
            continue
        if not (before[0].end < sp.start and sp.end < after[0].start):
            continue
        if (after[0].end - before[0].start).days > SANDWICH_DAYS:
            continue
        if len({before[1].source, c.source, after[1].source}) < 3 or before[1].source == after[1].source:
            continue
        outer = [before[1], after[1]]
        return (outer, [c]) if side == 1 else ([c], outer)
    return [], []


def _overlapping(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> tuple[list[Claim], list[Claim], bool]:
    """Claims of each side whose time overlaps a claim of the other, and whether two of them
    are the same day. A claim without a time is compared with every other (not same day)."""
    spans_a: list[tuple[Claim, Span | None]] = [(c, held_span(ctx, c)) for c in a]
    spans_b: list[tuple[Claim, Span | None]] = [(c, held_span(ctx, c)) for c in b]
    hit_a: dict[str, Claim] = {}
    hit_b: dict[str, Claim] = {}
    same_day = False
    for ca, sa in spans_a:
        for cb, sb in spans_b:
            if sa is None or sb is None or overlaps(sa, sb):
                hit_a[ca.id], hit_b[cb.id] = ca, cb
                # one day whether read to the day or to the hour ("this morning")
                same_day = same_day or (sa is not None and sb is not None and sa.is_point and sb.is_point
                                        and sa.start == sb.start)
    return list(hit_a.values()), list(hit_b.values()), same_day
