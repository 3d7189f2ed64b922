"""The main event of an article, and the main events of one story across articles.

A news article reports one happening of a kind and mentions it many times ("A wildfire
broke out near X on Sunday", "The Elk Creek Fire spread east", "the blaze"), while other
articles of the story name it otherwise ("the fire that started in Y on August 2"). Before
this pass such mentions meet only on shared participants, a shared place or one named id
(`coref.py`, `occurrence_groups.py`); an unnamed "the attack began on Sunday" met nothing.

1. In one article, the occurrences of one kind (an event class or event noun, by family)
   are one event unless strong keys clash: the writer does not contradict himself, so two
   dates that disagree, two numbers ("the first round", "the second round"), two patients or
   two named events are two events; "another", "an earlier", "next" before the noun marks
   another event. The article's main event of the kind is the cluster holding most of its
   mentions (the first one on a tie: news lead with what they report).
2. Across articles, the main events of one kind join when the articles are of one story (they
   name two people, bodies or places in common, or one and a day that agrees) and no
   strong key clashes: dates far apart (`coref.yaml` far_days / far_any_days), two patients,
   two named events, two numbers on days that do not agree. Their dates, places and numbers
   that differ are then what the checks compare.

Blocks: (source, kind) in one article; (kind, name) across articles, postings capped. A
join compares the members of two clusters pairwise only up to `MAX_PAIRS`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import lru_cache

from ..entities import gazetteer
from ..keys import parse
from ..models import Claim
from ..story_names import is_story_name, names_by_source
from ..unionfind import UnionFind
from .coref import clashes
from .lexicon import class_of, family, open_class, settings
from .open_class import open_kind
from .nouns import noun_grammar
from .occurrence_groups import clock_of

CLOCK_APART = 120  # minutes: two clock times of one day further apart tell two events (rounding and "about" aside)
MAX_PAIRS = 2500  # a join that would compare more member pairs is refused (clusters stay small)
MAX_POSTING = 20  # sources per (kind, name) block: a name many articles use says nothing
MIN_NAMES = 3  # an article naming fewer tells no story apart
MIN_OVERLAP = 0.2  # the share of the shorter article's names the other names too: one story
# right before the event word: it names another event of the kind than the one reported
_OTHER = re.compile(r"\b(?:another|earlier|previous|prior|next|separate|similar|former|past|upcoming|subsequent|maiden|inaugural|"
                    r"later|last|such|first-ever)\s+(?!(?:week|weekend|month|year|night|season|summer|winter|spring|autumn|"
                    r"fall|[a-z]+day)[’']s\s)(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)  # "last week's fire" is dated, not another
_WORD = re.compile(r"[\w-]+")
# a verb or an auxiliary between an event noun and a date or place: they are another verb's
_VERBISH = re.compile(r"\b(?:[a-z]{3,}(?:ed|ing)|is|are|was|were|has|had|have|been|be|will|would|said|says|told|"
                      r"spread|spreads|hit|hits|struck|burned|burnt|made|took|left|found|rose|rises|fell|falls|grew|went|came|"
                      r"saw|gave|got|kept|led|met|ran|sent|stood|won|lost|drew|held|told|paid|"
                      r"(?:since|until|after|before|following)(?!\s+(?:dawn|daybreak|noon|midday|midnight|sunrise|sunset)))\b")
# verbs an incident is the subject of when it happens ("an earthquake struck the island on Friday")
_IMPACT = re.compile(r"(?:struck|hit|rocked|shook|tore|ripped|swept)\b")
# the words after which an event noun is no verb's object: prepositions, conjunctions, "as"
_FUNCTION = frozenset("""in on at of for from by with after before since during following as when and or but that
which where while than to into over near like about despite amid against through across until once""".split())
_PREMOD = re.compile(r"(?:[’']s)?(?:\s+(?!(?:the|a|an)\b)[\w-]+){0,2}\s*")  # "Sunday's attack", "the Jan. 1 quake"
_PREMOD_GAP = re.compile(r"(?:[’']s)?\s+")  # a date right before its event noun ("the Thursday afternoon collapse")
_FRONT = re.compile(r"\s*(?:\w+\s+){0,2}")  # "On Sunday, the fire ...", "Late on Tuesday, ..."
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w.’'-]+\s+){0,3}$", re.IGNORECASE)  # "a 6.1-magnitude tremor"


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    from ..timex.lexicon import lexicon as time_words

    return {w.lower(): n for w, n in time_words().numbers.ordinals.items() if n > 0}


def _trigger(c: Claim) -> tuple[int, int] | None:
    if c.event is not None:
        return c.event.trigger
    return c.subject.span


def kind_of(c: Claim) -> str | None:
    """The kind an occurrence claim reports: its class, else its event noun (a qualifier
    class such as "trilateral" kept apart from a name such as "grammy", which makes the
    event its own and no member of a kind)."""
    if c.facet != "occurrence" or not c.subject.id.startswith("event:"):
        return None
    if "~" in c.subject.id and c.subject.id.split(":", 1)[1].split("~")[0] not in {
            c.event.cls if c.event else "", c.event_type}:
        return None  # kept alone on purpose: an edition of a competition named without its year
    if c.event is not None:
        cls = class_of(c.event.cls)
        if cls.distributive and not (cls.collective and not c.event.patient):
            return None  # a vote, an arrest, an appointment is each participant's own: coreference joins them
        if _plural(c):
            return None  # "made five arrests": several events, none the one reported
        return _open_or_family(c.event.cls)
    if not c.event_type:
        return None
    head, _, noun = c.event_type.rpartition("-")
    if head and head not in set(noun_grammar().qualifier_class.values()):
        return None
    return family(noun)


def _open_or_family(cls: str) -> str:
    """A class's family; an open class's word family (`open_class.open_kind`: "diverted" and
    "the diversion" are one kind), marked apart from the tables' classes."""
    if class_of(cls) is open_class() and family(cls) == cls:
        return "open:" + open_kind(cls)
    return family(cls)


def _plural(c: Claim) -> bool:
    """The event noun is written in the plural ("arrests") where its class lists the singular."""
    if c.event is None or not (c.span[0] <= c.event.trigger[0] <= c.span[1]):
        return False
    lo, hi = c.event.trigger[0] - c.span[0], c.event.trigger[1] - c.span[0]
    word = c.quote[lo:hi].lower()
    nouns = {n.lower() for n in class_of(c.event.cls).nouns}
    return word.endswith("s") and word not in nouns and word[:-1] in nouns


def _named(sid: str) -> bool:
    """A named event's id ("event:elk-creek-fire"), not a cluster or a type keyed by date."""
    name = parse(sid).name
    return bool(name) and not any(ch in sid for ch in "#~") and ":" not in name


def _other(c: Claim) -> bool:
    """"another attack", "an earlier fire", "the next round": not the event reported."""
    span = _trigger(c)
    if span is None or not (c.span[0] <= span[0] <= c.span[1]):
        return False
    start = span[0] - c.span[0]
    return _OTHER.search(c.quote[max(0, start - 40):start]) is not None


def _is_noun(c: Claim) -> bool:
    """The event word is a noun (a phrase, or a class mention read from one of its nouns)."""
    if c.event is None:
        return True
    span = c.event.trigger
    word = c.quote[span[0] - c.span[0]:span[1] - c.span[0]].lower()
    cls = class_of(c.event.cls)
    if word in {n.lower() for n in cls.nouns}:
        return True
    if word in {f.lower() for f in cls.forms}:
        return False  # a verb form of the class, phrasal ones too ("lifted off", "came off the rails")
    first = word.split()[0] if word.split() else word
    return not first.endswith(("ed", "t", "n"))  # "lifted off": the verb is its first word


def _object(c: Claim, start: int) -> bool:
    """"were working the fire", "a helicopter fighting the blaze": the noun is a verb's
    object, and the date and place of its clause are that verb's."""
    head = c.quote[:start]
    if c.timex is not None and c.span[0] <= c.timex.span[0] and _PREMOD_GAP.fullmatch(
            c.quote, c.timex.span[1] - c.span[0], start):
        head = c.quote[:c.timex.span[0] - c.span[0]]  # "in the Thursday afternoon collapse": the date premodifies the noun
    words = head.split()
    k = len(words) - 1
    dets = {"the", "a", "an", "its", "their", "this", "his", "her"}

    def det(w: str) -> bool:  # "the", or a possessive ("last week's warehouse fire")
        return w.lower() in dets or w.endswith(("'s", "’s"))

    while k >= 0 and (det(words[k])
                      or (words[k][:1].islower() and words[k].lower() not in _FUNCTION
                          and k == len(words) - 1 and len(words) > 1 and det(words[k - 1]))
                      or words[k][:1].isupper() and k > 0 and words[k - 1][:1].isupper()):
        k -= 1  # the determiner and modifiers of the noun ("the Elk Creek", "a fast-moving")
    if k < 0 or any(w.endswith(("'s", "’s")) for w in words[k:]):
        return False  # a possessive determines the noun ("last week's warehouse fire"): no verb's object
    w = words[k].strip(",;:").lower()
    if words[k].endswith((",", ";", ":")) or not w.isalpha():
        return False
    return w not in _FUNCTION and words[k][:1].islower()


def _own(c: Claim) -> bool:
    """Whether the date and place a noun occurrence carries are its own: read through nothing
    but a verb of happening ("the attack began on Sunday", "the fire on Friday", "Sunday's
    attack"), never another verb's ("working the fire on Monday", "was contained on Thursday")."""
    if not _is_noun(c):
        return True
    span = _trigger(c)
    if span is None or not (c.span[0] <= span[0] <= c.span[1]):
        return False
    start, end = span[0] - c.span[0], span[1] - c.span[0]
    if _object(c, start):
        return False
    from .nouns import happening_end

    for at in ([c.timex.span] if c.timex is not None else []) + ([c.where.span] if c.where is not None else []):
        lo, hi = at[0] - c.span[0], at[1] - c.span[0]
        if not (0 <= lo <= len(c.quote)):
            continue
        if lo < end:  # written before the noun: a premodifier ("Sunday's attack") or a fronted "On Sunday, ..."
            between = c.quote[hi:start]
            if not (_PREMOD.fullmatch(between) or (_FRONT.fullmatch(c.quote[:lo]) and between.startswith(","))):
                return False
        between = c.quote[end:lo] if lo >= end else c.quote[hi:start]
        stated = _stated_by(c)
        inside = 0  # the end of the last verb of happening: its own words ("was held") are read
        for m in _VERBISH.finditer(between):
            if m.start() < inside:
                continue
            done = happening_end(between, m.start())
            if done is not None:
                inside = done
            elif not _IMPACT.match(between, m.start()) and not (lo >= end and m.group().lower() in stated):
                return False
    return True


def _stated_by(c: Claim) -> frozenset[str]:
    """The verbs by which an event of the claim's kind happens ("the recall, announced on ...")."""
    kind = c.event.cls if c.event is not None else (c.event_type.rpartition("-")[2] if c.event_type else "")
    return frozenset(w.lower() for w in class_of(kind).announced_by) if kind else frozenset()


def _indefinite(c: Claim) -> bool:
    """A noun introduced by "a"/"an" ("a powerful quake struck on Saturday")."""
    span = _trigger(c)
    if not _is_noun(c) or span is None or not (c.span[0] <= span[0] <= c.span[1]):
        return False
    start = span[0] - c.span[0]
    return _INDEFINITE.search(c.quote[max(0, start - 40):start]) is not None


def _number(c: Claim) -> int | None:
    """The number the phrase gives the event ("the first round"), else its ordinal value."""
    if c.value is not None and c.value.type == "ordinal" and isinstance(c.value.value, int):
        return c.value.value
    words = _ordinal_words()
    for w in _WORD.findall((c.subject.text or "").lower()):
        if w in words:
            return words[w]
    return None


def _gap_days(a: Claim, b: Claim) -> tuple[int, bool] | None:
    """Days between two dates (0 when they overlap) and whether both are day-precise."""
    wa, wb = a.when, b.when
    if not (wa and wb and wa.start and wa.end and wb.start and wb.end):
        return None
    gap = max((wb.start - wa.end).days, (wa.start - wb.end).days, 0)
    return gap, wa.granularity in {"day", "time"} and wb.granularity in {"day", "time"}


def _near(a: Claim, b: Claim) -> bool:
    """Two day-precise dates at most `main_far_days` apart: the main events of two articles
    that name something in common are one happening whose day one of them got wrong."""
    g = _gap_days(a, b)
    return g is not None and g[1] and g[0] <= settings().main_far_days


def _agree(a: Claim, b: Claim) -> bool:
    g = _gap_days(a, b)
    return g is not None and g[0] <= (settings().day_slack if g[1] else 0)


def _clash(a: Claim, b: Claim, own: bool = True) -> bool:
    """Strong keys that say two occurrences of a kind are two events; ``own``: both state
    their own date (a claim an earlier grouping joined with another verb's date is held to
    no writer's consistency, only to the dates far apart of another article)."""
    ea, eb = a.event, b.event
    if ea is not None and eb is not None and ea.patient and eb.patient and ea.patient != eb.patient:
        return True
    if a.source == b.source and ea is not None and eb is not None and ea.polarity and eb.polarity \
            and ea.polarity != eb.polarity:
        return True  # "found guilty" and "not guilty" in one article: two counts or two trials
    if a.source == b.source and ea is not None and eb is not None and clashes(a, b):
        return True  # one writer naming two sides of each ("X against Y", "Z against W"): two events
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None and na != nb and not (a.source != b.source and _agree(a, b)):
        return True  # "the first round" / "the second round"; one event numbered two ways keeps its day
    if a.source != b.source and _clocks_apart(a, b):
        return True  # "exploded at 20:37 on Saturday" / "the large blast on Monday at 11:15": two moments
    g = _gap_days(a, b)
    if g is None:
        return False
    gap, precise = g
    if a.source == b.source:
        return own and gap > 0  # one writer, two days: two events (a final on Saturday, another on Sunday)
    far = settings().far_days if na is not None and na == nb else settings().main_far_days
    return gap > settings().far_any_days or (precise and gap > far)


class _Clusters:
    def __init__(self, claims: list[Claim], own: set[str], story: Callable[[str, str], bool]) -> None:
        self.own = own
        self.story = story  # whether two articles are of one story
        ids = sorted({c.subject.id for c in claims})
        self.uf = UnionFind(ids)
        self.members: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            self.members[c.subject.id].append(c)

    def join(self, a: str, b: str, loose: bool = False,
             story: Callable[[str, str], bool] | None = None) -> bool:
        """Join two clusters unless strong keys clash; ``loose``: the articles are of one story
        when any two of them are (the story's main event), not every two; ``story``: another
        test of one story than the clusters' own."""
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return True
        ma, mb = self.members[ra], self.members[rb]
        if len(ma) * len(mb) > MAX_PAIRS:
            return False
        sa, sb = {c.source for c in ma}, {c.source for c in mb}
        test = any if loose else all
        one = story or self.story
        if len(sa) * len(sb) > MAX_PAIRS or not test(x == y or one(x, y) for x in sa for y in sb):
            return False  # every two articles of one event are of one story: no chain across stories
        named = {c.subject.id for c in ma + mb if _named(c.subject.id)}
        if len(named) > 1 or any(_clash(x, y, x.id in self.own and y.id in self.own) for x in ma for y in mb):
            return False
        self.uf.union(ra, rb)
        root = self.uf.find(ra)
        self.members[root] = ma + mb
        del self.members[rb if root == ra else ra]
        return True


def _same_patient(a: list[Claim], b: list[Claim]) -> bool:
    """Events of a class that happen to someone (a dismissal, an arrest, an accession), or that
    each participant holds on its own (a vote), are one across articles only when both name
    that one: "the new mayor will be sworn in" and "she
    joined" name nobody another article can be held to."""
    classes = {c.event.cls for c in a + b if c.event is not None}
    if not classes or all(class_of(k).patient == "none" and not class_of(k).distributive for k in classes):
        return True  # a vote is each body's own (distributive): one only with its voter named
    pa = {c.event.patient for c in a if c.event is not None and c.event.patient}
    pb = {c.event.patient for c in b if c.event is not None and c.event.patient}
    if not pa and not pb and all(class_of(k).collective for k in classes):
        return True  # "police arrested four people", "four suspects were detained": the story's arrests
    return bool(pa & pb)


def _named_events_and_things(c: Claim, ids: list[str]) -> list[str]:
    """Beside people, bodies and places, what else names a story: a named event ("the Elk
    Creek Fire") and a named thing (a vessel, a product: "the tanker Celestine Dawn")."""
    out = [i for i in ids if i and i.startswith("event:") and _named(i)]
    if c.subject.id.startswith("thing:") and "~" not in c.subject.id and _proper(c.subject.label):
        out.append(c.subject.id)
    return out


def _proper(label: str) -> bool:
    """A name of two or more capitalised words ("North Star", not "the missile warning system")."""
    words = label.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _main_root(cl: _Clusters, source: str, found: list[Claim]) -> str:
    counts = Counter(cl.uf.find(c.subject.id) for c in found)
    first = {}
    for k, c in enumerate(found):
        first.setdefault(cl.uf.find(c.subject.id), k)
    return min(counts, key=lambda r: (-counts[r], first[r], r))


def join_main_events(claims: list[Claim], published: Mapping[str, date] | None = None) -> None:
    """Set one subject for the occurrences of an article's main event of each kind, and for
    the main events of one kind of the articles of one story (module docstring).
    ``published``: each source's publication day where known: articles written more than
    `main_story_days` apart are no one story by the names they share (the same yard can
    burn again; a look back a year later meets the event only by its name or number)."""
    kinds: dict[str, str] = {}
    for c in claims:
        k = kind_of(c)
        if k is not None and not _other(c) and _own(c):
            kinds[c.id] = k
    if not kinds:
        return
    cands = [c for c in claims if c.id in kinds]
    ids = {c.subject.id for c in cands}
    # every claim of a subject it joins counts for the clashes, also one read as another event's
    names = names_by_source(claims, _named_events_and_things)
    published = published or {}
    story_days = settings().main_story_days

    def one_story(a: str, b: str) -> bool:
        """A share of the shorter article's names named by the other too (`MIN_OVERLAP`),
        written within `main_story_days` of each other."""
        na, nb = names.get(a, set()), names.get(b, set())
        if min(len(na), len(nb)) >= MIN_NAMES and len(na & nb) / min(len(na), len(nb)) < MIN_OVERLAP:
            return False  # an article whose claims name few is of no known story: it bars none
        pa, pb = published.get(a), published.get(b)
        return pa is None or pb is None or abs((pa - pb).days) <= story_days

    cl = _Clusters([c for c in claims if c.subject.id in ids], set(kinds), one_story)
    headline: dict[str, int] = {}  # source -> start of its first sentence that states a claim
    lead_ends: dict[str, int] = {}  # source -> end of that sentence
    for c in sorted(claims, key=lambda c: (c.source, c.span[0], c.span[1])):
        if c.source not in headline:
            headline[c.source], lead_ends[c.source] = c.span[0], c.span[1]
    by_article: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in cands:
        by_article[(c.source, kinds[c.id])].append(c)
    mains: dict[str, dict[str, str]] = defaultdict(dict)  # kind -> source -> main root
    for (source, kind), found in sorted(by_article.items()):
        found.sort(key=lambda c: ((_trigger(c) or c.span)[0], c.id))
        # "a powerful quake" after the article's first mention of its kind (the headline's aside): another event
        body = [c for c in found if c.span[0] != headline.get(source)]
        if body:
            found = [c for c in found if c is body[0] or not (_indefinite(c) and c.span[0] > body[0].span[0])]
            by_article[(source, kind)] = found
        for c in found[1:]:
            cl.join(found[0].subject.id, c.subject.id)
        for c in found[1:]:  # a mention that did not fit the first may fit another of the article
            for d in found:
                if d is c:
                    break
                if cl.join(d.subject.id, c.subject.id):
                    break
    for (source, kind), found in sorted(by_article.items()):
        mains[kind][source] = _main_root(cl, source, found)
    for kind in sorted(mains):
        sources = mains[kind]
        postings: dict[str, list[str]] = defaultdict(list)
        for src in sorted(sources):
            for name in sorted(names.get(src, ())):
                postings[name].append(src)
        shared: Counter[tuple[str, str]] = Counter()
        for name, srcs in sorted(postings.items()):
            if len(srcs) > MAX_POSTING:
                continue
            for i, a in enumerate(srcs):
                for b in srcs[i + 1:]:
                    shared[(a, b)] += 1
        for (a, b), n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            ra, rb = cl.uf.find(sources[a]), cl.uf.find(sources[b])
            if ra == rb or not _same_patient(cl.members[ra], cl.members[rb]):
                continue
            if n >= 2 or (_named_both(kind, cl.members[ra], cl.members[rb])
                          and any(_agree(x, y) or _near(x, y) for x in cl.members[ra] for y in cl.members[rb])):
                cl.join(ra, rb)
        _join_by_day(cl, sources, kind)
    join_story_mains(cl, mains, names, lead_ends)
    _rename(cl, claims)


def _cls(c: Claim) -> str:
    """The class an occurrence reports ("sentencing"), not its family ("judgment")."""
    if c.event is not None:
        return c.event.cls if class_of(c.event.cls) is not open_class() else _open_or_family(c.event.cls)
    return c.event_type.rpartition("-")[2]


def _definite(c: Claim) -> bool:
    """A noun after "the"/"this" ("the fire", "the Sitakunda blaze"): an event the reader knows."""
    span = _trigger(c)
    if not _is_noun(c) or span is None or not (c.span[0] <= span[0] <= c.span[1]):
        return False
    start = span[0] - c.span[0]
    return _DEFINITE.search(c.quote[max(0, start - 40):start]) is not None


def _entities(members: list[Claim]) -> set[str]:
    out = {a.entity for c in members for a in c.who if a.entity}
    out |= {c.where.entity for c in members if c.where is not None and c.where.entity}
    return {i for i in out if is_story_name(i)}


def _story_score(a: list[Claim], b: list[Claim], source: str, lead: int) -> float:
    """The evidence that ``b`` (an article's main event of the story's main class, its claims
    of ``source``, whose first sentence with a claim ends at ``lead``) is the story event
    ``a`` (`coref.yaml` story weights)."""
    w = settings().story
    score = w.main_class
    score += w.shared_name * min(len(_entities(a) & _entities(b)), settings().max_shared)
    if any(_agree(x, y) for x in a for y in b):
        score += w.date_agrees
    pa = {c.where.entity: c.where.text for c in a if c.where is not None}
    pb = {c.where.entity: c.where.text for c in b if c.where is not None}
    if pa.keys() & pb.keys():
        score += w.same_place
    elif _apart(set(pa.values()), set(pb.values())):
        score += w.other_place  # two places the gazetteer knows, neither within the other
    own = [c for c in b if c.source == source]
    if any(c.span[0] < lead for c in own):
        score += w.lead
    if any(_definite(c) for c in own):
        score += w.definite
    return score


def _apart(a: set[str], b: set[str]) -> bool:
    """Two sets of place names, each known to the gazetteer, none within another of the other
    set and no site of one in the other ("Harlow" / "Chelmsford"); a name it does not know
    ("in the Medicare fraud case") tells nothing."""
    a, b = _narrowest(a), _narrowest(b)  # "Spain" beside "Medina del Campo" holds any town of Spain: no evidence
    if not a or not b or not all(gazetteer.readings(x) for x in a | b):
        return False
    if gazetteer.site_in(a, b) or gazetteer.site_in(b, a):
        return False
    return not any(gazetteer.nests(x, y) or gazetteer.nests(y, x) for x in a for y in b)


def _narrowest(names: set[str]) -> set[str]:
    """The names of a set no other of the set lies in (a town, not its province or country;
    an area, "Valladolid province", only when no town is named beside it)."""
    towns = {x for x in names if not gazetteer.is_area(x)}
    names = towns or names
    return {x for x in names if not any(y != x and (gazetteer.nests(y, x) or gazetteer.site_in({y}, {x}))
                                        for y in names)}


def join_story_mains(cl: _Clusters, mains: Mapping[str, Mapping[str, str]], names: Mapping[str, set[str]],
                     leads: Mapping[str, int]) -> None:
    """In a story (articles whose claims name a person, body or place in common), the class
    most of its articles report as their main event ("the fire", "the sentencing", "the
    final") is one event: each article's main event of that class joins it on evidence
    (`_story_score`), even when no name is shared or the day differs (the difference is then
    the finding); strong keys that clash (`_Clusters.join`: two patients, two numbers, days
    far apart) keep two events apart. Blocks: the story and the class."""
    from ..story_names import stories

    sources = sorted(names)
    story = stories(set(sources), names)
    size = Counter(story.values())
    w = settings().story
    for kind in sorted(mains):
        by_story: dict[str, dict[str, Counter[str]]] = defaultdict(dict)  # story -> source -> classes
        for src, root in sorted(mains[kind].items()):
            members = cl.members.get(cl.uf.find(root), [])
            by_story[story.get(src, src)][src] = Counter(_cls(c) for c in members if c.source == src)
        for anchor_src, found in sorted(by_story.items()):
            counts = Counter(k for classes in found.values() for k in classes)
            if not counts:
                continue
            top = min(counts, key=lambda k: (-counts[k], k))
            reporting = sorted(src for src, classes in found.items() if top in classes)
            if len(reporting) < 2 or len(reporting) < w.share * size.get(anchor_src, 1):
                continue
            roots = sorted({cl.uf.find(mains[kind][src]) for src in reporting},
                           key=lambda r: (-len({c.source for c in cl.members[r]}), -len(cl.members[r]), r))
            anchor = roots[0]
            for src in reporting:
                root, anchor = cl.uf.find(mains[kind][src]), cl.uf.find(anchor)
                if root == anchor:
                    continue
                if not _named_both(kind, cl.members[anchor], cl.members[root]) and not any(
                        len(names.get(src, set()) & names.get(c.source, set())) >= 2 for c in cl.members[anchor]):
                    continue  # a common verb of two leads ("closed up 9% in Oslo") and one place: two stories' news
                if _story_score(cl.members[anchor], cl.members[root], src, leads.get(src, 0)) >= w.threshold:
                    cl.join(anchor, root, loose=True)


def _named_both(kind: str, a: list[Claim], b: list[Claim]) -> bool:
    """Whether two articles' events of a kind may meet on little more than a day: always for a
    class of the tables; for an open class, when both name it otherwise than by a common verb
    of their leads ("the outage"; not only "shares closed up 9% on Monday": each story's own)."""
    return not kind.startswith("open:") or (any(not _lead(c) for c in a) and any(not _lead(c) for c in b))


def _lead(c: Claim) -> bool:
    return c.event is not None and c.event.lead


def _join_by_day(cl: _Clusters, sources: dict[str, str], kind: str = "") -> None:
    """Main events of one kind stated on one day (or the next), in articles whose claims name
    nothing in common: an article that names few people or places ("an oil tanker was seized
    on Sunday") is of any story (`one_story`), and its day is the evidence. Blocks: the day."""
    by_day: dict[date, list[str]] = defaultdict(list)
    for src in sorted(sources):
        root = cl.uf.find(sources[src])
        days = {c.when.start for c in cl.members.get(root, ()) if c.source == src and c.when is not None
                and c.when.start is not None and c.when.start == c.when.end}
        for d in sorted(days):
            by_day[d].append(src)
    pairs: set[tuple[str, str]] = set()
    for d, srcs in sorted(by_day.items()):
        near = srcs + by_day.get(d + timedelta(days=1), [])
        if len(near) > MAX_POSTING:
            continue
        pairs.update((a, b) if a < b else (b, a) for a in srcs for b in near if a != b)
    for a, b in sorted(pairs):
        ra, rb = cl.uf.find(sources[a]), cl.uf.find(sources[b])
        if ra == rb or not _same_patient(cl.members[ra], cl.members[rb]):
            continue
        ma, mb = cl.members[ra], cl.members[rb]
        if len(ma) * len(mb) > MAX_PAIRS or not _named_both(kind, ma, mb) or not any(_agree(x, y) for x in ma for y in mb):
            continue
        if not any(_hours_apart(x, y) for x in ma for y in mb):  # a quake at 7 a.m. and one at 11:30: two
            cl.join(ra, rb)


def _clocks_apart(a: Claim, b: Claim) -> bool:
    """Two clock times, on any days, whose times of day lie more than `CLOCK_APART` minutes
    apart and are no zone shift of each other (the same minute of the hour: "15:16" and
    "18:16 UTC"): two moments, whatever day each article gives (a day written wrong keeps
    its hour)."""
    ca, cb = clock_of(a), clock_of(b)
    if ca is None or cb is None or ca[1] % 60 == cb[1] % 60:
        return False
    apart = abs(ca[1] - cb[1])
    return min(apart, 24 * 60 - apart) > CLOCK_APART


def _hours_apart(a: Claim, b: Claim) -> bool:
    """Both dated to clock times on one day more than `CLOCK_APART` minutes apart."""
    ca, cb = clock_of(a), clock_of(b)
    return ca is not None and cb is not None and ca[0] == cb[0] and abs(ca[1] - cb[1]) > CLOCK_APART


def _rename(cl: _Clusters, claims: list[Claim]) -> None:
    """A cluster of several subjects takes one of them: a named event's, else the one most
    of its claims hold (the smallest id on a tie); every claim of those subjects moves."""
    for root, members in sorted(cl.members.items()):
        ids = Counter(c.subject.id for c in members)
        if len(ids) < 2:
            continue
        named = sorted(i for i in ids if _named(i))
        sid = named[0] if named else min(ids, key=lambda i: (-ids[i], i))
        label = next(c.subject.label for c in members if c.subject.id == sid)
        for c in members:
            c.subject.id, c.subject.label = sid, label
