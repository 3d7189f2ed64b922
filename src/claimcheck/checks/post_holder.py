"""claimcheck.check.post_holder.v1: one holder of a post at the top of one body at a time.

Title claims (facet ``title`` on ``person:X``) whose words name a post one person holds at a
body (``holder_posts`` in ``resources/checks/titles.yaml``: "chief executive", "chair", a
team's "head coach" or "manager"; "interim", "acting" or "caretaker" make the stand-in
post, an office of its own) say who holds that post. National offices are the holder
claims of ``role_holder``; this rule reads the posts of companies, clubs and other bodies.

The body is the one written with the title (``TitleAttrs.body``; generic words such as
"club" or "company" are none: ``generic_bodies``), else the one body the same person is
given that post at elsewhere, else the one body the corpus writes with that post, else,
when the corpus writes none with it, the story's one body; with several bodies written
and none for this person, the claim is not compared. Bodies are one when the words of one
hold the other's ("Acme" / "Acme Foods").

Two different people given one post of one body on the same day, by different sources:
a ``conflict`` when both bodies are written or the body is the story's one body of the post
(a company's post where the corpus writes one body with it; a head of a place, party, bank or
chamber, "Governor X", "Speaker Y", where no source writes a body with it: two provinces'
governors get their provinces written), else a ``tension`` (the body was inferred),
and a ``tension`` too when either person is reported appointed that day (the post may have
changed hands within it). Not read: past, dated ("then-CEO", "was CEO of") and leaving
titles, ranks ("deputy chief executive"), shared posts ("co-CEO", "joint manager"), a title
after "a"/"an"/"one of" (one of several), a body written only as a noun a story has several
of ("Committee chairman": ``many_bodies``), a person reported dismissed or resigning
(from the day before), and times coarser than a day. Claims are blocked by (post, body,
day), so the rule is linear in the title claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Iterator
from datetime import date, timedelta

from ..entities.lexicon import lexicon
from ..entities.text import slug
from ..models import Claim, Finding, Severity
from ..office_claims import FUNCTION_WORDS, tells_change
from .context import CheckContext
from .finding import describe_when, make_finding
from .registry import rule
from .role_holder import same_person
from .taking_up import taken_up as _taken_up
from .tables import title_tables
from .title import head_post, held_post, post_of, title_key
from .title_left import published_day

RULE = "claimcheck.check.post_holder.v1"
LEAVING = ("dismissal", "resignation")
_INDEFINITE = re.compile(r"(?:\b(?:a|an|another|one of(?: the| its| their)?)\s+)$", re.IGNORECASE)
RECENT_DAYS = 7  # a title in a sentence about this past week is the title as of writing
UNDATED_DAYS = 6  # an undated title is likely held within the week before publication (a week on: a change fits)
_NO_BODY = "~"  # the story's one body, when the corpus writes none with the post


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'{claim.subject.label or claim.subject.id} as "{v.text if v else "?"}"; {describe_when(ctx, claim)}'


def _body_words(body: str | None) -> frozenset[str]:
    if not body:
        return frozenset()
    generic = set(title_tables().generic_bodies)
    words = frozenset(body.split())
    return frozenset() if words <= generic else words


def _one_of_many(body: str | None) -> bool:
    """"Committee chairman X": a body written only as a noun a story has several of."""
    return bool(body) and " ".join(body.split()) in _many_bodies()


@lru_cache(maxsize=1)
def _many_bodies() -> frozenset[str]:
    return frozenset(title_tables().many_bodies)


def _indefinite(ctx: CheckContext, c: Claim) -> bool:
    src = ctx.sources.get(c.source)
    if src is None or c.value is None or c.value.span is None:
        return False
    start = c.value.span[0]
    return _INDEFINITE.search(src.text[max(0, start - 16) : start]) is not None


def _events(ctx: CheckContext) -> tuple[dict[str, date], dict[str, set[date]]]:
    """Per person: the earliest day a source reports them dismissed or resigning, and the
    days they are reported appointed."""
    left: dict[str, date] = {}
    appointed: dict[str, set[date]] = defaultdict(set)
    for _, claims in ctx.facet("occurrence"):
        for c in claims:
            e = c.event
            if e is None or not e.patient or not e.patient.startswith("person:"):
                continue
            span = ctx.statement_span(c)
            if span is None:
                continue
            if e.cls in LEAVING:
                left[e.patient] = min(left.get(e.patient, span.start), span.start)
            elif e.cls == "appointment" and span.days <= 1:
                appointed[e.patient].add(span.start)
    return left, appointed


def _held_days(ctx: CheckContext, c: Claim) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The days a title is told as held, and the days it is only likely held. Told: from its
    sentence's day, when that lies in the week before publication ("X was named interim
    coach on Monday"), through the publication day; the sentence's day alone when it is
    older and day-precise. Likely: a title in a sentence with no date of its own names the
    post as of writing, so also over the ``UNDATED_DAYS`` before publication (two outlets
    writing days apart of one weekend's game): a holder then is a tension, not a conflict."""
    span = ctx.statement_span(c)
    pub = published_day(ctx, c)
    if pub is not None and (span is None or span.end >= pub - timedelta(days=RECENT_DAYS)):
        first = span.start if span is not None and span.days <= 1 and span.start < pub else pub
        told = tuple(first + timedelta(days=n) for n in range((pub - first).days + 1))
        likely = tuple(pub - timedelta(days=n) for n in range(UNDATED_DAYS, 0, -1)) if c.when is None else ()
        return told, tuple(d for d in likely if d < first)
    return ((span.start,) if span is not None and span.days <= 1 else ()), ()


def _disputed(ctx: CheckContext, person: str, post: str) -> bool:
    """The person is given, besides this post, another post one holds instead of it ("chief
    technology officer" / "chief executive", "chairman" / "chief executive"): which post is theirs
    is the title rule's question, not who holds this one."""
    titles: dict[str, set[str]] = ctx.shared("post_holder.held_titles", _held_titles)
    return any(p != post and p.removeprefix("interim ") != post for p in titles.get(person, ()))


def _held_titles(ctx: CheckContext) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for sid, claims in ctx.facet("title"):
        for c in claims:
            if c.value is not None and c.title is not None and not c.title.past and sid.startswith("person:"):
                p = held_post(c.value.text) or post_of(c.value.text)
                if p is not None:
                    out[sid].add(p)
    return out


def _bare(text: str, post: str) -> bool:
    """The title is its post's words alone ("Gov.", "interim leader"), no name or field with it."""
    words, own = title_key(text), title_key(post)
    if words is None or own is None:
        return False
    # another name of the post ("manager" for "head coach") is bare too: only title words
    return all(lexicon().titles.get(w) is not None for w in words - own)


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")  # on the title's line: a headline's last word is none


def _qualified_before(ctx: CheckContext, c: Claim) -> bool:
    """A lower-case noun right before the title's words ("with port chief executive X"): a
    body or field the title left out, so the post is no bare one of the story's body. Function
    words, verbs in -ed and adverbs in -ly before it ("said chief executive X") qualify nothing."""
    src = ctx.sources.get(c.source)
    if src is None or c.value is None or c.value.span is None:
        return False
    start = c.value.span[0]
    found = _WORD_BEFORE.search(src.text[max(0, start - 24) : start])
    if found is None:
        return False
    w = found.group(1)
    return w not in FUNCTION_WORDS and w not in _NOT_QUALIFIERS and not w.endswith(("ed", "ly", "ing"))


_NOT_QUALIFIERS = frozenset({"our", "my", "your", "then", "now", "say", "tell", "tells", "asks", "or", "nor", "so",
                             "than", "under", "against", "between", "among", "about", "via", "who", "whom", "whose",
                             "which", "both", "each", "into", "thanks", "praises", "joins", "meets", "quotes"})


def _one_surname(a: list[Claim], b: list[Claim]) -> bool:
    """Names ending in one word ("Moreau" / "Claire Moreau"): one person the index kept
    apart, not two holders."""
    last = lambda cs: {w.text.split()[-1].casefold() for c in cs for w in c.who[:1] if w.text.split()}  # noqa: E731
    return bool(last(a) & last(b))


def _same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


@rule(RULE, "role_holder")
def check_post_holders(ctx: CheckContext) -> Iterator[Finding]:
    """Two people holding one post of one body on one day: conflict (bodies written) or tension."""
    # (claim, person, post, written body words, (day, only likely) pairs)
    read: list[tuple[Claim, str, str, frozenset[str], tuple[tuple[date, bool], ...]]] = []
    left: dict[str, date] | None = None
    appointed: dict[str, set[date]] = {}
    for sid, claims in ctx.facet("title"):
        for c in claims:
            t = c.title
            if c.value is None or t is None or t.past or t.dated or t.leaving or not sid.startswith("person:"):
                continue
            post = held_post(c.value.text)
            if post is None or _indefinite(ctx, c) or _one_of_many(t.body):
                continue
            days, likely = _held_days(ctx, c)
            if left is None:
                left, appointed = _events(ctx)
            if days and _taken_up(ctx, c):  # "X was named interim coach on Monday": a change that day
                appointed.setdefault(sid, set()).add(days[0])
                likely = ()  # taken up that day: not held before it
            gone = left.get(sid)
            if gone is not None:  # told leaving: a title near that day may be the one left
                days = tuple(d for d in days if d < gone - timedelta(days=1))
                likely = tuple(d for d in likely if d < gone - timedelta(days=1))
            if days or likely:
                read.append((c, sid, post, _body_words(t.body), tuple([(d, True) for d in likely] + [(d, False) for d in days])))
    if not read:
        return
    names = {_body_words(c.title.body): c.title.body for c, *_ in read if c.title and c.title.body}
    # the bodies written with each post, and with each person's post
    by_post: dict[str, list[frozenset[str]]] = defaultdict(list)
    by_person: dict[tuple[str, str], list[frozenset[str]]] = defaultdict(list)
    for _, person, post, body, _ in read:
        if body:
            by_post[post].append(body)
            by_person[(person, post)].append(body)
    # (post, body) -> day -> (claim, person, body written, the day told rather than only likely)
    offices: dict[tuple[str, frozenset[str] | str], dict[date, list[tuple[Claim, str, bool, bool]]]] = \
        defaultdict(lambda: defaultdict(list))
    canonical: dict[tuple[str, frozenset[str] | str], frozenset[str] | str] = {}
    for c, person, post, body, days in read:
        written = bool(body)
        if not written:
            # a bare post is the one body the corpus writes with it ("Governor X" where another
            # source writes "Oklahoma Governor Y"); two bodies written: none (two provinces'
            # governors). A post written with a name or a word of its own ("Opposition leader",
            # "port chief executive") is not bare.
            corpus_body = _one_body(by_post.get(post, [])) \
                if _bare(c.value.text if c.value else "", post) and not _qualified_before(ctx, c) else frozenset()
            body = _one_body(by_person.get((person, post), [])) or corpus_body \
                or (_NO_BODY if post not in by_post else frozenset())
            if not body:
                continue
        key = (post, body)
        if key not in canonical:  # one body of one post, many statements: worked out once
            canonical[key] = _canonical(body, by_post.get(post, []))
        for day, likely in days:
            offices[(post, canonical[key])][day].append((c, person, written, not likely))
    for (post, body), by_day in sorted(offices.items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        # per pair of people: the claims on shared days, the shared days told by both (else
        # the likely ones), and whether a told shared day had both bodies written and no appointment
        pairs: dict[tuple[str, str], tuple[dict[str, Claim], list[date], list[date], list[bool]]] = {}
        # the story's one body of the post is as sure as a written body: a bare "Governor X" where
        # no source writes a body with the post (two provinces' governors get their names
        # written), a bare "chief executive Y" where the corpus writes one body with it
        sole = (body == _NO_BODY and head_post(post)) or (not head_post(post) and bool(_one_body(by_post.get(post, []))))
        # the story's one body of the post (none written, or one): a day only likely held may be compared
        # (not a post each side of a match has: a bare "coach" may be the other side's)
        one = post not in title_tables().sided_posts and (body == _NO_BODY or bool(_one_body(by_post.get(post, []))))
        for day in sorted(by_day):
            items = by_day[day]
            people = sorted({p for _, p, _, _ in items})
            for i, pa in enumerate(people):
                for pb in people[i + 1 :]:
                    mine = [it for it in items if it[1] in (pa, pb)]
                    told_only = [it for it in mine if it[3]]
                    if (body != _NO_BODY or head_post(post)) and len({it[1] for it in told_only}) == 2 \
                            and len({it[0].source for it in told_only}) > 1:
                        # both told held that day: another source's likely day adds nothing. Not for a
                        # company's or club's post no source writes a body with: stories of deals and
                        # transfers name two bodies, and a bare "coach" may be the other one's
                        mine = told_only
                    if len({it[0].source for it in mine}) < 2 or len({it[1] for it in mine}) < 2:
                        continue  # one source names both: a change told in one story
                    both_told = all(it[3] for it in mine)
                    if not both_told and not all(it[2] for it in mine) and (
                            not one or any(_disputed(ctx, p, post) for p in (pa, pb))):
                        # a likely day and an inferred body of several, or a holder whose own post is
                        # in doubt: too little to hold two people apart
                        continue
                    involved, told, likely, sure = pairs.setdefault((pa, pb), ({}, [], [], [False]))
                    involved.update({it[0].id: it[0] for it in mine})
                    (told if both_told else likely).append(day)
                    # as of writing, days apart, with no change told: as sure as one day told
                    # the story's one body of the post, inferred for a bare title, is as sure when no
                    # sentence of the pair tells a change ("Acme named X as interim chief")
                    body_sure = all(it[2] or sole for it in mine) or (
                        one and not any(_changes(ctx, it[0]) for it in mine))
                    sure[0] = sure[0] or (body_sure and not any(day in appointed.get(p, ()) for p in (pa, pb)))
        both = _named_together(by_day)
        for (pa, pb), (involved, told, likely, sure) in sorted(pairs.items()):
            if (pa, pb) in both:
                continue  # one source gives both the post: two bodies' holders, or a change it tells
            side_a = sorted((c for c in involved.values() if c.subject.id == pa), key=lambda c: (c.source, c.span))
            side_b = sorted((c for c in involved.values() if c.subject.id == pb), key=lambda c: (c.source, c.span))
            if same_person(side_a, side_b) or _one_surname(side_a, side_b):
                continue
            # a sentence naming the other person with a change tells both ("X, who took over from Y in June"): no side
            side_a = [c for c in side_a if not _names_other(ctx, c, side_b)]
            side_b = [c for c in side_b if not _names_other(ctx, c, side_a)]
            if not side_a or not side_b or len({c.source for c in side_a + side_b}) < 2:
                continue
            sev: Severity = "conflict" if sure[0] else "tension"
            where = names.get(body, " ".join(sorted(body))) if isinstance(body, frozenset) else ""
            when = f"on {told[0].isoformat()}" if told else f"in the days to {likely[-1].isoformat()}"
            yield make_finding(
                ctx, rule=RULE, kind="role_holder", severity=sev, subject=f"post:{slug(f'{where} {post}')}",
                claims=side_a + side_b, detail=_detail,
                also_rests_on=[c.source for c in side_a + side_b],
                summary=f"{post} of {where or 'the story' + chr(39) + 's body'} {when}: "
                f"{ctx.label(pa)} and {ctx.label(pb)}",
                reason=("two people named by different sources as the one holder of one post of one body on "
                        "the same day" + ("." if sure[0] else ", where a body was inferred or one was appointed "
                                          "that day (the post may have changed hands).")) if told else
                "two people named by different sources, days apart and with no date of their own, as the one "
                "holder of one post of one body: as of writing, within one week (a change of holder fits only "
                "if it went untold).",
            )


def _changes(ctx: CheckContext, c: Claim) -> bool:
    """The claim's sentence tells a change of holder ("named", "took over", "until")."""
    src = ctx.sources.get(c.source)
    return src is not None and tells_change(src.text[c.span[0] : c.span[1]])


def _named_together(by_day: dict[date, list[tuple[Claim, str, bool, bool]]]) -> set[tuple[str, str]]:
    """Pairs of people one source gives the same post of one body (on any day): a writer who
    names both knows them apart (the holders of two bodies, or one after the other)."""
    people: dict[str, set[str]] = defaultdict(set)
    for items in by_day.values():
        for c, person, _, _ in items:
            people[c.source].add(person)
    return {(a, b) for ps in people.values() if len(ps) > 1 for a in ps for b in ps if a < b}


def _names_other(ctx: CheckContext, c: Claim, others: list[Claim]) -> bool:
    """The claim's sentence also names the person of ``others`` (by the surname written there) and
    tells a change of holder: the sentence knows both holders, one after the other."""
    src = ctx.sources.get(c.source)
    if src is None or not src.text:
        return False
    sentence = src.text[c.span[0] : c.span[1]]
    surnames = {w.text.split()[-1] for o in others for w in o.who[:1] if w.text.split()}
    return any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in surnames if len(n) > 2) \
        and tells_change(sentence)


def _one_body(bodies: list[frozenset[str]]) -> frozenset[str]:
    """The one body of a list, up to wording ("Acme" / "Acme Foods"); empty when none or several."""
    if not bodies:
        return frozenset()
    smallest = min(bodies, key=lambda b: (len(b), sorted(b)))
    return smallest if all(smallest <= b for b in bodies) else frozenset()


def _canonical(body: frozenset[str] | str, written: list[frozenset[str]]) -> frozenset[str] | str:
    """A body as the smallest written body it holds or that holds it, so wordings share a block."""
    if isinstance(body, str):
        return body
    kin = [b for b in written if _same_body(b, body)]
    return min(kin, key=lambda b: (len(b), sorted(b))) if kin else body
