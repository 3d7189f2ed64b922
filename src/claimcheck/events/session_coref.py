"""Sessions of a series across documents, before occurrences are grouped (`group.group`).

- Two numbered sessions of one series ("series:x#7", "series:x#8") stated on the same day
  (a day apart for a time zone) and in no two different places are one occurrence
  numbered two ways: they become one subject, so the ordinal rule sees two numbers for
  one session and the date and place rules compare everything said about it. Heads whose
  sessions run several a day ("round", "plenary") are left apart.
- A series named without its ordinal ("the Nordic Rail Forum") in an article that gives no
  number is keyed by its date as a session of the series another article numbers.
- A bare definite head ("the forum" in an article that names no series) joins the one
  numbered session of the corpus whose series has that head and which is stated on the
  same day; common heads ("the meeting", "the talks") never do.
- In one article, a definite meeting noun with at most two lower-case modifiers after a
  numbered session ("the 11th round of X talks ... The two-day talks were held in Bergen on
  March 10") refers back to the nearest numbered session before it (within the coreference
  `definite_window`), unless their dates disagree: it takes the session's subject, so its
  day and place meet what other articles say of that session.
- A numbered session an article names without a date, in its lead, as the only number it
  gives its series, is the session the article reports: news reports what has just
  happened. With the article's publication day known, it is the one dated session of that
  series held in the `reported_within_days` before publication (or the day after, for a
  time zone), numbered differently: one occurrence numbered two ways ("the 10th round ..."
  in a report published the day after the 11th was held). Only that article's claims move.
  A session is held on a day stated for it (a day, the days of a week, or of the one month
  told for a session held: "collected the 26th X Prize last November") or, when an
  article reports it as its news with no narrower time ("this year's 32nd edition", or no
  date at all), on that article's publication day: two reports published within the window
  that number one session two ways meet. When neither number is dated, the number more
  articles give (else the lower) stays, so two articles never swap.
Candidates are blocked by (series, day) and (head, day), and by article: never all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, timedelta

from ..keys import EntityKey, LoneKey, OccurrenceKey, SubjectKey, named, parse
from ..story_names import names_by_source, stories
from ..models import Claim
from .editions import another_edition, far_below, held_spans, other_editions, sets_the_happening
from .lexicon import family, settings
from ..entities.lexicon import lexicon as names_lexicon
from .series_names import SeriesName, series_name
from .sessions import MAX_NAME_WORDS, session_slug as slug, tables

MAX_SESSION = 1000  # "series:x#2020" is a session keyed by its year, not the 2020th

_DEFINITE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)
# "the talks", "the two-day talks", "the closed-door meeting": lower-case modifiers only
# ("the Nordic talks" may name another series)
_DEFINITE_MODIFIED = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese)\s+(?:[a-z0-9][\w’'-]*\s+){0,2}$")


def _day(c: Claim) -> date | None:
    w = c.when
    if w is None or w.granularity not in ("day", "time") or w.start is None or w.start != w.end:
        return None
    return w.start


MAX_WEEK_DAYS = 7  # the longest span a session's stated time may cover and still date it


def _week(c: Claim) -> list[date] | None:
    """The days of a claim dated to a span of a week or less that is no day ("this week",
    "October 14-17"), else None."""
    w = c.when
    if w is None or w.start is None or w.end is None or w.start == w.end or c.modality == "planned":
        return None
    n = (w.end - w.start).days + 1
    return [w.start + timedelta(days=i) for i in range(n)] if n <= MAX_WEEK_DAYS else None


def _month(c: Claim) -> list[date] | None:
    """The days of a claim dated to one calendar month and no narrower ("last November"),
    told as held (not planned), else None."""
    w = c.when
    if w is None or w.granularity != "month" or w.start is None or w.end is None or c.modality == "planned":
        return None
    return [w.start + timedelta(days=i) for i in range((w.end - w.start).days + 1)]


def _numbered(sid: str) -> OccurrenceKey | None:
    """The key of a numbered session of a series (``series:x#7``), else None."""
    key = parse(sid)
    return key if isinstance(key, OccurrenceKey) and key.kind == "series" and key.number is not None else None


def join_sessions(claims: list[Claim], published: Mapping[str, date] | None = None) -> None:
    """Rename the subjects of claims that name one occurrence (module docstring).
    ``published``: each source's publication day, where known to the day."""
    occurrences = [c for c in claims if c.facet == "occurrence"]
    numbered = _numbered_sessions(occurrences)
    if not numbered:
        return
    if _shortened_names(claims, numbered) | _unnamed_sessions(claims, occurrences):
        numbered = _numbered_sessions(occurrences)  # subjects moved: read them again
    _named_without_ordinal(occurrences, {parse(sid).base for sid in numbered})
    if _numbered_in_article(occurrences) | _adjacent_sessions(occurrences):
        numbered = _numbered_sessions(occurrences)
    rename = _same_occurrence(numbered)
    for c in claims:
        target = rename.get((c.source, c.subject.id))
        if target is not None:
            c.subject.id, c.subject.label = target
    _previous_sessions(occurrences)
    if published:
        other_editions(occurrences, published)
        _undated_reports(claims, occurrences, published)
    _bare_heads(occurrences)
    _refer_back(occurrences)


def _numbered_sessions(occurrences: list[Claim]) -> dict[str, list[Claim]]:
    """The occurrence claims of each numbered session (``series:x#7``), by subject."""
    numbered: dict[str, list[Claim]] = defaultdict(list)
    for c in occurrences:
        if _numbered(c.subject.id) is not None:
            numbered[c.subject.id].append(c)
    return numbered


MIN_SHORT_WORDS = 2  # "the seventh Fisheries Dialogue": a shortened name keeps at least two words


def _shortened_names(claims: list[Claim], numbered: dict[str, list[Claim]]) -> bool:
    """One series named in different words is one series (`series_names`): names of one
    identity (participants as a set, head family, topic words) are one, and a name
    contained in exactly one longer name of the story ("the seventh High-Level Fisheries
    Dialogue" in "the 6th Japan-Mexico High-Level Fisheries Dialogue", "the Energy Talks"
    in "the Korea-Mongolia Energy Dialogue") is that series. Containers are looked up by
    one word's index (family and word): never all pairs. True when any moved."""
    names: set[str] = set()
    for sid in numbered:
        key = parse(sid)
        if isinstance(key, OccurrenceKey) and isinstance(key.of, EntityKey) and "~" not in key.of.name:
            names.add(key.of.name)
    by_identity: dict[SeriesName, list[str]] = defaultdict(list)
    for name in sorted(names):
        by_identity[series_name(name)].append(name)
    # the name shown for an identity: the longest written (then the first)
    chosen = {ident: min(group, key=lambda n: (-len(n.split("-")), n)) for ident, group in by_identity.items()}
    index: dict[tuple[str, str], list[SeriesName]] = defaultdict(list)
    for ident in by_identity:
        index[(ident.family, "")].append(ident)
        for w in sorted(ident.participants | ident.topic):
            index[(ident.family, w)].append(ident)
    target: dict[SeriesName, SeriesName] = {}
    for ident in by_identity:
        parts = sorted(ident.participants | ident.topic)
        if not parts and not _bare_head(by_identity[ident]):
            continue
        if parts and ident.words() < MIN_SHORT_WORDS:
            continue
        # a bare head ("the committee's 14th sitting") is looked up by its family alone
        pool = min((index[(ident.family, w)] for w in parts), key=len) if parts else index[(ident.family, "")]
        containers = [o for o in pool if o != ident and ident.within(o)]
        widest = [o for o in containers if not any(o != p and o.within(p) for p in containers)]
        if len(widest) == 1:
            target[ident] = widest[0]
    moves: dict[str, str] = {}
    for ident, group in by_identity.items():
        goal = chosen[target.get(ident, ident)]
        for name in group:
            if name != goal:
                moves[name] = goal
    if not moves:
        return False
    # the longer name is the one shown: "Fiji-Japan High-Level Coral Dialogue #6"
    shown: dict[str, str] = {}
    for sid in sorted(numbered):
        key = parse(sid)
        if isinstance(key, OccurrenceKey) and isinstance(key.of, EntityKey) and key.of.name in moves.values():
            first = min(numbered[sid], key=lambda c: c.id)
            shown.setdefault(key.of.name, first.subject.label.rsplit(" #", 1)[0])
    for c in claims:
        key = parse(c.subject.id)
        of = key.of if isinstance(key, OccurrenceKey) else key
        if isinstance(of, EntityKey) and of.kind == "series" and of.name in moves:
            goal = moves[of.name]
            base = EntityKey("series", goal)
            c.subject.id = (base.at(key.occurrence) if isinstance(key, OccurrenceKey) else base).render()
            label = shown.get(goal)
            if label:
                c.subject.label = f"{label} #{key.occurrence}" if isinstance(key, OccurrenceKey) else label
    return True


def _unnamed_sessions(claims: list[Claim], occurrences: list[Claim]) -> bool:
    """"The talks were the sixth round of a dialogue", "the seventh session will be held in
    Japan": a numbered session of no written series (``series:round~<source>#6``,
    session_claims.unnamed_session) is that session of the one named numbered series of its
    story that its noun can number: a common noun ("session", "round") any meeting series
    (`sessions.yaml` `series_heads`), another one ("the sixth dialogue") a series of its family.
    Two candidate series, or none: it stays its article's. True when any moved."""
    lone: list[tuple[Claim, OccurrenceKey]] = []
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is not None and isinstance(key.of, LoneKey) and isinstance(key.of.of, EntityKey):
            lone.append((c, key))
    if not lone:
        return False
    story = stories({c.source for c in claims}, names_by_source(claims))
    named: dict[str, set[EntityKey]] = defaultdict(set)  # story -> its named numbered series
    dated: dict[tuple[int, date], set[EntityKey]] = defaultdict(set)  # (number, day) -> series numbering it so
    lowest: dict[tuple[str, EntityKey], int] = {}  # (story, series) -> the lowest number the story gives it
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is not None and isinstance(key.of, EntityKey) and key.number is not None and key.number <= MAX_SESSION:
            named[story[c.source]].add(key.of)
            at = (story[c.source], key.of)
            lowest[at] = min(lowest.get(at, key.number), key.number)
            if (d := _day(c)) is not None:
                dated[(key.number, d)].add(key.of)
    # an article of no story in common (an analysis naming only a town) whose statements name
    # every country a series is named by: that series' story ("Japanese and Mexican officials")
    by_country: dict[str, set[EntityKey]] = defaultdict(set)
    for bases in named.values():
        for b in bases:
            if len(parts := series_name(b.name).participants) >= MIN_PARTIES:
                for country in parts:
                    by_country[country].add(b)
    countries = _countries_by_source(claims) if by_country else {}
    t = tables()
    moves: dict[str, tuple[str, str]] = {}
    labels = {c.subject.id: c.subject.label for c in occurrences}
    within: dict[tuple[str, str, int | None], list[tuple[Claim, OccurrenceKey]]] = defaultdict(list)
    for c, key in lone:
        noun = key.of.of.name
        pool = named.get(story[c.source], set())
        if not pool:
            said = countries.get(c.source, set())
            pool = {b for country in said for b in by_country.get(country, ())
                    if series_name(b.name).participants <= said}
        if not pool and key.number is not None and (d := _day(c)) is not None:
            # the same number on the same day (a day's slack): "were the sixth round" of the one
            # series another article numbers 6 on that day
            # (a noun of the series' own head family: "the second round" of a vote is no summit's)
            pool = {b for b in dated.get((key.number, d), set()) | dated.get((key.number, d - timedelta(days=1)), set())
                    | dated.get((key.number, d + timedelta(days=1)), set())
                    if t.head_family.get(noun) is not None and t.head_family.get(noun) == t.head_family.get(b.head)}
        below = {b for b in pool if far_below(key.number, lowest.get((story[c.source], b)))}
        if below:  # "the third round of voting" beside "the 81st session": the rounds of the story's happening
            within[(story[c.source], noun, key.number)].append((c, key))
        fits = [b for b in sorted(pool - below, key=lambda b: b.render())
                if (noun in t.of_only  # "this year's edition, the 31st": an edition of any series
                or ((b.head in t.series_heads or b.head in bodies() or b.head in t.treaty_heads) and b.head not in t.competitions
                    and (noun in t.generic or family(noun) == family(b.head) or t.head_family.get(noun, noun)
                         == t.head_family.get(b.head, b.head))))]
        if len(fits) == 1:
            target = fits[0].at(key.number).render()
            moves[c.subject.id] = (target, labels.get(target) or f"{fits[0].name.replace('-', ' ')} #{key.number}")
    for found in within.values():  # one story's "third round", in each article: one round
        anchor = min(key.of.anchor for _, key in found)
        for c, key in found:
            moves.setdefault(c.subject.id, (f"{LoneKey(key.of.of, anchor).render()}#{key.number}", c.subject.label))
    for c in claims:
        if c.subject.id in moves:
            c.subject.id, c.subject.label = moves[c.subject.id]
    return bool(moves)


MIN_PARTIES = 2  # a series named by one country names no story by its countries


def _named_by_parties(base: str) -> bool:
    """A series named by two countries or more ("the Ghana-Togo Joint Commission") meets once
    on a day: two numbers and two places given for that day are one session told two ways
    (the ordinal and place rules compare them); a name of no parties ("the Joint Commission")
    may be two pairs' series."""
    key = parse(base)
    return isinstance(key, EntityKey) and "~" not in key.name \
        and len(series_name(key.name).participants) >= MIN_PARTIES


def _once_a_week(head: str) -> bool:
    """A series whose head says it meets at most once a week: a competition or festival
    ("the festival's 33rd edition, this weekend") or a series' own head (summit, congress),
    never one that runs several a day ("the 12th round", "the third sitting")."""
    t = tables()
    return head not in t.several_a_day and (head in t.competitions or head in t.series_heads)


def _countries_by_source(claims: list[Claim]) -> dict[str, set[str]]:
    """The countries each source's claims name (as participants, places or subjects)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for eid in [a.entity for a in c.who] + [c.where.entity if c.where is not None else None, c.subject.id]:
            if eid and eid.startswith("country:"):
                out[c.source].add(eid.split(":", 1)[1].split("#", 1)[0])
    return out


def bodies() -> frozenset[str]:
    return names_lexicon().numbered_bodies


def _bare_head(names: list[str]) -> bool:
    """A series named by its head alone ("the committee's 14th sitting", "the 40th session of
    the Assembly", "the festival's 32nd edition"): a head of a family, a body that meets or a
    series' own head, not a common one ("the meeting")."""
    t = tables()
    return any("-" not in n and n not in t.generic and (n in t.head_family or n in bodies() or n in t.nouns)
               for n in names)


def _named_without_ordinal(occurrences: list[Claim], series: set[SubjectKey]) -> None:
    """"The Nordic Rail Forum" in an article that gives no number is a session of the series
    another article numbers: keyed by its date, so it joins the numbered session it overlaps."""
    for c in occurrences:
        if not c.subject.id.startswith("event:"):
            continue
        base: SubjectKey | None = named("series", parse(c.subject.id).name)
        if c.subject.id == f"event:{c.event_type}" or base not in series:
            base = _series_written_before(c, series)
        if base is not None and base in series and c.when is not None and c.when.start is not None:
            key = c.when.value.split("/")[0][:10]
            c.subject.id, c.subject.label = base.at(key).render(), f"{c.subject.label} ({key})"


_NAME_WORD = re.compile(r"[\w’'-]+")


def _series_written_before(c: Claim, series: set[SubjectKey]) -> SubjectKey | None:
    """"held a trilateral rail dialogue": the words before an event noun, in any case, that
    with the noun spell a series another article numbers (longest first)."""
    if c.subject.span is None or not c.subject.text:
        return None
    lead = c.quote[: max(0, c.subject.span[0] - c.span[0])]
    words = _NAME_WORD.findall(lead)[-MAX_NAME_WORDS:]
    head = c.subject.text.lower().split()
    for n in range(len(words), 0, -1):
        base = named("series", slug(words[-n:] + head))
        if base in series:
            return base
    return None


def _series_mentions(occurrences: list[Claim], unnumbered: Callable[[Claim], bool]) -> tuple[
        dict[tuple[str, str], dict[str, list[Claim]]], dict[tuple[str, str], list[Claim]]]:
    """The mentions of a named series, by article and series: its numbered sessions (subject id
    -> mentions) and its unnumbered mentions dated by a day, reported, and passing ``unnumbered``."""
    numbered: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    dated: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in occurrences:
        key = parse(c.subject.id)
        if not isinstance(key, OccurrenceKey) or key.kind != "series" or not isinstance(key.of, EntityKey):
            continue
        base = key.of.render()
        if key.number is not None and key.number <= MAX_SESSION:
            numbered[(c.source, base)][c.subject.id].append(c)
        elif _day(c) is not None and c.modality != "planned" and unnumbered(c):
            dated[(c.source, base)].append(c)
    return numbered, dated


def _numbered_in_article(occurrences: list[Claim]) -> bool:
    """"The X Festival opened on Friday. This year's edition, the 31st, drew 40,000": an article
    that gives its series one number, reported and dated by no day (or by a span holding the
    day), and dates the series' unnumbered mentions to one day (a day's slack) reports one
    session: the dated mentions are that numbered session, so its day meets other articles'
    numbers. True when any moved."""
    numbered, dated = _series_mentions(occurrences, lambda c: c.derived is False)
    moved = False
    for (source, base), said in sorted(dated.items()):
        sessions = numbered.get((source, base), {})
        if len(sessions) != 1:
            continue
        sid, own = next(iter(sessions.items()))
        days = sorted({d for c in said if (d := _day(c)) is not None})
        if (days[-1] - days[0]).days > 1 or any(c.modality == "planned" or c.derived for c in own):
            continue
        if any(_day(c) is not None or (c.when is not None and c.when.start is not None and c.when.end is not None
                                       and not (c.when.start <= days[0] and days[-1] <= c.when.end)) for c in own):
            continue  # the number has a day of its own, or a time that is not the mentions' day
        label = own[0].subject.label
        for c in said:
            c.subject.id, c.subject.label = sid, label
        moved = True
    return moved


# "last year's 30th edition", "the previous summit, the 8th": the session before the one reported
_PREVIOUS_CUE = re.compile(r"\b(?:last\s+year['’]s|previous|preceding|last)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _adjacent_sessions(occurrences: list[Claim]) -> bool:
    """An article that reports a session of a series by its day alone ("The X Festival opened
    on Friday") and numbers only the next one ("the 33rd edition will be held in August 2031",
    planned after that day) or only the one before ("Last year's 30th edition", dated before)
    numbers the reported one too: N - 1 or N + 1, derived (the ordinal rule makes a `tension`
    of a derived number, as for "the 14th ... next year"). True when any moved."""
    numbered, dated = _series_mentions(occurrences, lambda c: c.value is None)
    moved = False
    for (source, base), said in sorted(dated.items()):
        sessions = numbered.get((source, base), {})
        days = sorted({d for c in said if (d := _day(c)) is not None})
        if len(sessions) != 1 or (days[-1] - days[0]).days > 1:
            continue
        sid, told = next(iter(sessions.items()))
        number = _number(sid)
        if told[0].value is None or any(c.derived for c in told):
            continue
        starts = [c.when.start for c in told if c.when is not None and c.when.start is not None]
        ends = [c.when.end for c in told if c.when is not None and c.when.end is not None]
        if all(c.modality == "planned" for c in told) and starts and min(starts) > days[-1]:
            step = -1  # the next one is planned: the reported one comes before it
        elif all(c.modality != "planned" and c.span[0] <= (c.value.span or c.span)[0] and _PREVIOUS_CUE.search(
                c.quote[:(c.value.span or c.span)[0] - c.span[0]]) for c in told if c.value is not None) \
                and ends and max(ends) < days[0]:
            step = 1  # "last year's 30th edition": the reported one follows it
        else:
            continue
        if number + step < 1:
            continue
        value = told[0].value
        target = parse(base)
        assert isinstance(target, EntityKey)
        goal = target.at(number + step).render()
        for c in said:
            c.value = value.model_copy(update={"value": number + step})
            c.derived = True
            c.subject.id, c.subject.label = goal, f"{target.name.replace('-', ' ')} #{number + step}"
        moved = True
    return moved


def _number(sid: str) -> int:
    key = _numbered(sid)
    assert key is not None and key.number is not None  # only numbered sessions come here
    return key.number


def _same_occurrence(numbered: dict[str, list[Claim]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, session) -> the session it is (module docstring), with its label."""
    several = tables().several_a_day
    by_day: dict[tuple[str, date], set[str]] = defaultdict(set)
    places: dict[str, set[str]] = {}
    for sid in sorted(numbered):
        series = parse(sid).base
        base = series.render()
        # where a number is planned ("the 7th, to be held in Japan next year") says nothing of
        # where an occurrence numbered so by another article was held
        places[sid] = {c.where.entity for c in numbered[sid] if c.where is not None and c.modality != "planned"}
        if series.head in several:
            continue
        for c in numbered[sid]:
            if (d := _day(c)) is not None:
                by_day[(base, d)].add(sid)
            elif (week := _week(c)) is not None and (_named_by_parties(base) or _once_a_week(series.head)):
                # "meeting this week for the 12th X-Y Commission": a series of two countries
                # meets once in a week, as does a summit, congress or festival, so a number
                # dated by its week meets the days in it
                for d in week:
                    by_day[(base, d)].add(sid)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (base, d), sids in sorted(by_day.items()):
        near = sorted(sids | by_day.get((base, d - timedelta(days=1)), set()))
        for a in near:
            for b in near:
                ra, rb = find(a), find(b)
                if ra == rb or _number(a) == _number(b):
                    continue
                pa, pb = places[ra], places[rb]
                if pa and pb and not pa & pb and not _named_by_parties(base):
                    continue  # two places: two occurrences on one day (of a name any story may use)
                lo, hi = sorted((ra, rb), key=lambda s: (_number(s), s))
                parent[hi] = lo
                places[lo] = pa | pb
    days: dict[str, set[date]] = defaultdict(set)  # the days of each joined occurrence
    for sid in numbered:
        days[find(sid)] |= {d for c in numbered[sid] if (d := _day(c)) is not None}
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for sid in parent:
        root = find(sid)
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for c in numbered[sid]:
            by_source[c.source].append(c)
        for source, said in by_source.items():
            if _another_session(said, days[root]):
                continue  # "the seventh round, to be held in Seoul next year": the next one
            out[(source, sid)] = (root, numbered[root][0].subject.label)
    return out


def _another_session(said: list[Claim], days: set[date]) -> bool:
    """An article's claims of a session number are of another session than the occurrence
    other articles number differently: the article plans it, or dates it away from its days
    (a day's slack for a time zone). Only the session an article reports moves."""
    slack = timedelta(days=1)
    for c in said:
        if c.modality == "planned":
            return True
        w = c.when
        if w is not None and w.start is not None and w.end is not None \
                and not any(w.start - slack <= d <= w.end + slack for d in days):
            return True
    return False


# "The dialogue was last held in 2022", "the previous summit, in Oslo in 2023": the session
# before the one the article reports
_LAST_HELD = re.compile(r"\b(?:last|previously)\s+(?:been\s+)?(?:held|met|convened|staged|hosted|took\s+place)\b"
                        r"|\b(?:previous|preceding|last)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)


def _previous_sessions(occurrences: list[Claim]) -> None:
    """A session an article dates with "last held" or names "the previous/last <meeting
    noun>", in an article that reports one numbered session N of that series, is session
    N - 1 when its date lies before session N's: "The 6th X Dialogue opened on Monday ... The
    dialogue was last held in 2022" dates the 5th, so another article's "the 5th was held in
    2024" meets it."""
    nouns = tables().nouns
    reported: dict[tuple[str, str], set[int]] = defaultdict(set)
    starts: dict[tuple[str, str], date] = {}
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is None or key.number is None or key.number > MAX_SESSION or c.modality == "planned":
            continue
        base = key.base.render()
        reported[(c.source, base)].add(key.number)
        if c.when is not None and c.when.start is not None:
            starts[(c.source, base)] = min(starts.get((c.source, base), c.when.start), c.when.start)
    if not reported:
        return
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, base in reported:
        by_source[source].append(base)
    for c in occurrences:
        if c.modality == "planned" or c.when is None or c.when.end is None:
            continue
        key = parse(c.subject.id)
        if isinstance(key, OccurrenceKey) and key.kind == "series":
            if key.number is not None and key.number <= MAX_SESSION:
                continue
            series = key.base
        elif c.event is None and (head := _anaphor(c)) is not None and head[1].split()[-1:] and head[1].split()[-1] in nouns \
                and len(by_source.get(c.source, ())) == 1:
            # "The forum last met in 2028" after "the 37th plenary of the X Forum": a meeting
            # noun of the article's one numbered series
            series = parse(by_source[c.source][0])
        else:
            continue
        base = series.render()
        numbers = reported.get((c.source, base), set())
        current = starts.get((c.source, base))
        if len(numbers) != 1 or current is None or c.when.end >= current:
            continue
        cue = next((m for m in _LAST_HELD.finditer(c.quote) if m.group("noun") is None or m.group("noun").lower() in nouns),
                   None)
        number = next(iter(numbers))
        if cue is None or number < 2:
            continue
        c.subject.id = series.at(number - 1).render()
        c.subject.label = f"{series.name.replace('-', ' ')} #{number - 1}"


def _undated_reports(claims: list[Claim], occurrences: list[Claim], published: Mapping[str, date]) -> None:
    """An undated numbered session in an article's lead is the session of its series held
    just before the article was published (module docstring)."""
    conf = settings()
    several = tables().several_a_day
    by_article: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    heads: dict[str, str] = {}
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is None or key.number is None or key.number > MAX_SESSION:
            continue
        base = key.of.render()
        heads[base] = key.of.head
        by_article[(c.source, base)][c.subject.id].append(c)
    # (article, series) -> the session the article reports as its news, read once
    reported = {k: sid for k, sessions in by_article.items() if (sid := _reported(k[0], sessions, published))}
    held = _held_days(by_article, reported, published)
    reports: dict[str, int] = defaultdict(int)  # session -> articles reporting it as their news
    for sid in reported.values():
        reports[sid] += 1
    moves: dict[tuple[str, str], str] = {}
    for (source, base), sid in sorted(reported.items()):
        day = published[source]
        if heads[base] in several or any(c.when is not None for c in by_article[(source, base)][sid]):
            continue
        window = (day - timedelta(days=conf.reported_within_days), day + timedelta(days=1))
        own = {d for d, s, src in held[base] if s == sid and src is None}
        near = {s for d, s, src in held[base] if window[0] <= d <= window[1] and src != source}
        if len(near) != 1 or sid in near or own:
            continue  # none or two candidates; or this number is dated elsewhere: its own session
        target = next(iter(near))
        if not any(s == target and src is None for _, s, src in held[base]) \
                and (reports[target], -_number(target)) < (reports[sid], -_number(sid)):
            continue  # two undated reports: the number more articles give (else the lower) stays
        moves[(source, sid)] = target
    if not moves:
        return
    labels = {c.subject.id: c.subject.label for c in occurrences}
    for c in claims:
        target = moves.get((c.source, c.subject.id))
        if target is not None:
            c.subject.id, c.subject.label = target, labels.get(target, c.subject.label)


def _reported(source: str, sessions: Mapping[str, list[Claim]], published: Mapping[str, date]) -> str | None:
    """The session an article reports as its news: the one number it gives its series, in
    its lead, neither planned nor derived, and dated (if at all) by a span holding the
    publication day ("this year's 32nd edition"), else None."""
    day = published.get(source)
    if day is None or len(sessions) != 1:
        return None
    sid, said = next(iter(sessions.items()))
    if any(c.modality == "planned" or c.derived for c in said):
        return None
    if min(c.span[0] for c in said) > settings().lead_chars and not any(sets_the_happening(c) for c in said):
        return None  # a session named deep in an article is background, not its news
    for c in said:
        w = c.when
        if w is not None and (w.start is None or w.end is None or not w.start <= day <= w.end
                              or _day(c) is not None or _week(c) is not None):
            return None
    return sid


def _held_days(by_article: Mapping[tuple[str, str], Mapping[str, list[Claim]]],
               reported: Mapping[tuple[str, str], str],
               published: Mapping[str, date]) -> dict[str, set[tuple[date, str, str | None]]]:
    """series -> (day, session, source): the days a session was held, from a day or a week
    stated for it (source None), and, for a session an article reports as its news with no
    narrower time, that article's publication day (its source named)."""
    held: dict[str, set[tuple[date, str, str | None]]] = defaultdict(set)
    for (source, base), sessions in by_article.items():
        for sid, said in sessions.items():
            for c in said:
                if (d := _day(c)) is not None:
                    held[base].add((d, sid, None))
                elif (week := _week(c)) is not None:
                    held[base].update((d, sid, None) for d in week)
                elif (month := _month(c)) is not None:
                    # "collected the 26th X Prize last November": held on some day of that
                    # month, so a report of another number published within it meets it
                    held[base].update((d, sid, None) for d in month)
        if (sid := reported.get((source, base))) is not None:
            held[base].add((published[source], sid, source))
    return held


def _bare_heads(occurrences: list[Claim]) -> None:
    generic = tables().generic
    by_head: dict[tuple[str, date], set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is not None and (d := _day(c)) is not None:
            by_head[(key.of.head, d)].add(c.subject.id)
            labels[c.subject.id] = c.subject.label
    if not by_head:
        return
    rename: dict[str, str] = {}
    for c in sorted(occurrences, key=lambda c: c.id):
        if not c.subject.id.startswith("event:"):
            continue
        if c.event is not None:  # an event mention that names nobody: "lost the cup final on May 16"
            found_head = _anaphor(c)
            if found_head is None:
                continue
            start, noun = found_head
            head = noun.split()[-1] if noun else ""
        else:
            text = (c.subject.text or "").strip()
            if " " in text or not text or c.subject.span is None:
                continue
            start, head = c.subject.span[0], text.lower()
        d = _day(c)
        if head in generic or d is None:
            continue
        lead = c.quote[:max(0, start - c.span[0])]
        if not _DEFINITE.search(lead[-12:]):
            continue
        found = by_head.get((head, d), set()) | by_head.get((head, d - timedelta(days=1)), set()) \
            | by_head.get((head, d + timedelta(days=1)), set())
        if len(found) == 1:
            sid = next(iter(found))
            if c.event is not None:
                rename.setdefault(c.subject.id, sid)
            else:
                c.subject.id, c.subject.label = sid, labels[sid]
    held = held_spans(occurrences)
    for c in occurrences:
        if c.subject.id in rename and not another_edition(c, held[rename[c.subject.id]]):
            sid = rename[c.subject.id]
            c.subject.id, c.subject.label = sid, labels[sid]


def _disagree(a: Claim, b: Claim) -> bool:
    """Both dated and the dates cannot hold one day (a day's slack for a time zone)."""
    wa, wb = a.when, b.when
    if not (wa and wb and wa.start and wa.end and wb.start and wb.end):
        return False
    slack = timedelta(days=1)
    return not (wa.start <= wb.end + slack and wb.start <= wa.end + slack)


def _same_when(a: Claim, b: Claim) -> bool:
    """Both dated, to one value ("2026-10-14", "2026-W42")."""
    return a.when is not None and b.when is not None and a.when.start is not None and a.when.value == b.when.value


def _anaphor(c: Claim) -> tuple[int, str] | None:
    """Where a claim's head noun starts and the noun, for a claim that may refer back: an
    occurrence of the frame still on its generic subject, or an event mention that names
    nobody (no patient, no core participant)."""
    if c.event is not None:
        e = c.event
        if e.patient is not None or any(k != "far" and not k.endswith("~") for k in e.kinds):
            return None
        return e.trigger[0], c.quote[e.trigger[0] - c.span[0]:e.trigger[1] - c.span[0]].lower()
    span = c.subject.span
    if span is None or not c.subject.text or c.who or c.subject.id != f"event:{c.event_type}":
        return None
    return span[0], c.subject.text.lower()


def _refer_back(occurrences: list[Claim]) -> None:
    """A definite meeting noun (or a noun of the family of the session's head: "the match"
    after "the 11th X final") refers back to the nearest numbered session its article names
    before it (module docstring). An event mention takes the session's subject with every
    claim of its cluster."""
    meeting = set(tables().nouns) | set(tables().generic)
    other = set(tables().other_session)
    window = settings().definite_window
    sessions: dict[str, list[Claim]] = defaultdict(list)
    for c in occurrences:
        if _numbered(c.subject.id) is not None:
            sessions[c.source].append(c)
    if not sessions:
        return
    for found in sessions.values():
        found.sort(key=lambda c: (c.span[0], c.id))
    rename: dict[str, tuple[str, str]] = {}
    held = held_spans(occurrences)
    for c in sorted(occurrences, key=lambda c: c.id):
        if c.source not in sessions or (head := _anaphor(c)) is None:
            continue
        start, noun = head
        if not (c.span[0] <= start <= c.span[1]):
            continue
        # before it, or in its own sentence on the same day ("The talks in X on May 4 were the
        # sixth round of the dialogue")
        before = [s for s in sessions[c.source] if s.span[0] < c.span[0]
                  or (s.span == c.span and s is not c and _same_when(s, c))]
        if not before or c.span[0] - before[-1].span[1] > window or _disagree(c, before[-1]):
            continue
        key = _numbered(before[-1].subject.id)
        assert key is not None
        words = noun.split()
        if not words or (words[-1] not in meeting and family(words[-1]) != family(key.of.head)):
            continue
        lead = _DEFINITE_MODIFIED.search(c.quote[max(0, start - c.span[0] - 40):start - c.span[0]])
        if lead is None or other & set(lead.group().lower().split()):
            continue  # "the next talks", "the first meeting": another session
        target = (before[-1].subject.id, before[-1].subject.label)
        if another_edition(c, held[target[0]]):
            continue  # "in 2015, when the final was held in X": an earlier edition
        if c.event is not None:
            rename.setdefault(c.subject.id, target)
        else:
            c.subject.id, c.subject.label = target
    for c in occurrences:
        if c.subject.id in rename and not another_edition(c, held[rename[c.subject.id][0]]):
            c.subject.id, c.subject.label = rename[c.subject.id]
