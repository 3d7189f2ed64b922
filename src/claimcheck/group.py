"""Claims about the same subject across sources, grouped deterministically.

- Things ("thing:?" from the extractor) join when their topics are alike: Jaccard at
  least 0.5 with two shared words, or one topic inside the other with two words. An
  inverted index over topic words keeps this near-linear. A thing of one content word ("a
  deal", "the cable") is one thing only within a story: articles whose claims name a person,
  body or place in common; each other story's is its own (``thing:deal~<anchor>``); an
  article whose claims name nobody is of no known story and keeps the shared subject. A
  rank with no holder named ("Asia's fourth-largest economy") is split by story the same way.
- Occurrences are the event layer's: its coreference (`events/coref.py`), the sessions
  numbered two ways (`events/session_coref.py`), then the event nouns and sessions grouped
  by type, place and date (`events/occurrence_groups.py`), the main events
  (`events/main_events.py`) and each article's one dated happening of a kind
  (`events/story_happenings.py`).
Nothing depends on input order: everything is sorted before it is joined.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

from .events import link as link_events
from .events.lone_ordinals import join_lone_ordinals
from .events.main_events import join_main_events
from .events.moments import join_moments
from .events.occurrence_groups import group_events, group_sessions, series_without_edition
from .events.session_coref import join_sessions
from .events.story_happenings import join_lone_happenings
from .keys import EntityKey
from .models import Claim, Subject
from .quantities.rank_scopes import join_unscoped_ranks
from .story_names import names_by_source as _names_by_source, stories as _stories
from .unionfind import UnionFind

SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return SLUG.sub("-", text.lower()).strip("-")


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Same head class ("@system"), and content words alike."""
    if {w for w in a if w[0] == "@"} != {w for w in b if w[0] == "@"}:
        return False
    a, b = frozenset(w for w in a if w[0] != "@"), frozenset(w for w in b if w[0] != "@")
    shared = len(a & b)
    if shared < 2:
        return False
    return shared / len(a | b) >= 0.5 or a <= b or b <= a


def _group_things(claims: list[Claim]) -> None:
    names = _names_by_source(claims)
    topics = sorted({c.topic for c in claims if c.subject.id == "thing:?" and c.topic})
    keys = ["|".join(t) for t in topics]
    uf = UnionFind(keys)
    index: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(topics):
        candidates = {j for w in t for j in index[w]}
        for j in sorted(candidates):
            if _alike(frozenset(t), frozenset(topics[j])):
                uf.union(keys[i], keys[j])
        for w in t:
            index[w].append(i)
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.subject.id == "thing:?" and c.topic:
            members[uf.find("|".join(c.topic))].append(c)
    for group in members.values():
        words = Counter(w for c in group for w in c.topic)
        core = sorted(w for w, n in words.items() if n * 2 >= len(group) and w[0] != "@") or sorted(words)
        subject = EntityKey("thing", slug(" ".join(core)))
        label = _most_common_text(group)
        lone = sum(1 for w in words if w[0] != "@") < 2
        story = _stories({c.source for c in group}, names) if lone else {}
        for c in group:
            # "a deal", "the new deal": one content word names one thing only within one
            # story (articles that name a person, body or place in common); two stories'
            # deals are two things. An article naming nobody is of no known story: shared.
            key = subject.alone(source_anchor(story[c.source])) if lone and names.get(c.source) else subject
            c.subject.id, c.subject.label = key.render(), label


def source_anchor(source: str) -> str:
    """A short, stable anchor for a source id (a thing known only in that article)."""
    return hashlib.sha1(source.encode()).hexdigest()[:6]


def _most_common_text(group: list[Claim]) -> str:
    texts = Counter(c.subject.text or c.subject.label for c in group if not _anaphoric(c.subject.text))
    if not texts:
        texts = Counter(c.subject.text or c.subject.label for c in group)
    return sorted(texts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]


def _anaphoric(text: str | None) -> bool:
    return not text or text.split()[0].lower() in {"the", "this", "that", "these", "those", "it"} and len(text.split()) <= 3


def _group_ranks(claims: list[Claim], names: dict[str, set[str]]) -> None:
    """A rank with no holder named ("Asia's fourth-largest economy") ranks what its article
    is about: one thing only within a story, as a one-word thing (``_group_things``). Stories
    are read over the whole folder (two articles that name nothing in common are one story
    when a third names something of each); an article naming nobody is of the one story of
    the others that rank the same kind, if they are one."""
    ranks = [c for c in claims if c.facet == "rank" and c.subject.id.startswith("rank:") and not c.who
             and not c.subject.id.startswith("rank:nth-") and "~" not in c.subject.id]
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in ranks:
        by_subject[c.subject.id].append(c)
    story = _stories({c.source for c in claims}, names) if ranks else {}
    for sid, group in sorted(by_subject.items()):
        subject = EntityKey("rank", sid.split(":", 1)[1])
        named = {story[c.source] for c in group if names.get(c.source)}
        for c in group:
            if names.get(c.source):
                c.subject.id = subject.alone(source_anchor(story[c.source])).render()
            elif len(named) == 1:
                c.subject.id = subject.alone(source_anchor(next(iter(named)))).render()


def _group_named_values(claims: list[Claim], names: dict[str, set[str]]) -> None:
    """A name or class told of a relation alone ("tested positive for X", "value:detected|-")
    is one fact only within a story. The names the claims carry are few, so a split is made
    only where the sources clearly hold two stories (two sets of articles, each naming people,
    bodies or places in common, none shared); otherwise the folder is one story, as it is meant
    to be, and an article joined to no other by a name is kept in it."""
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:  # a thing's attribute date ("when:built") is one fact of a story too
        if c.facet in ("named-value", "date-attribute") and "~" not in c.subject.id:
            by_subject[c.subject.id].append(c)
    for sid, group in sorted(by_subject.items()):
        story = _stories({c.source for c in group}, names)
        sizes = Counter(story.values())
        if sum(1 for n in sizes.values() if n > 1) < 2:
            continue
        for c in group:
            if names.get(c.source):
                kind, name = sid.split(":", 1)
                c.subject.id = EntityKey(kind, name).alone(source_anchor(story[c.source])).render()


def group(claims: list[Claim], published: Mapping[str, date] | None = None) -> list[Subject]:
    """Set each claim's final subject and return the subjects, sorted by id. ``published``:
    each source's publication day, where known to the day (an undated session in a report's
    lead is the one just held)."""
    _group_things(claims)
    names = _names_by_source(claims)
    join_unscoped_ranks(claims, names)  # "the third-deadliest landslide in the country": the story's one scope
    _group_ranks(claims, names)
    _group_named_values(claims, names)
    link_events(claims)  # event mentions of the event layer: coreference by evidence
    join_lone_ordinals(claims, published)  # "it was the third X of its scope": one event, numbered
    join_sessions(claims, published)  # one occurrence numbered two ways; "the forum" of one numbered session
    series_without_edition(claims)
    group_events(claims)
    group_sessions(claims)
    join_main_events(claims, published)  # an article's main event of a kind, and one story's across articles
    join_lone_happenings(claims, published)  # each article's one dated happening of a kind, across a story
    join_moments(claims)  # one moment in two time zones: one happening, whatever each article calls it
    subjects: dict[str, Subject] = {}
    sources: dict[str, set[str]] = defaultdict(set)  # a set: a subject may have thousands of sources
    for c in sorted(claims, key=lambda c: c.id):
        s = subjects.setdefault(c.subject.id, Subject(id=c.subject.id, label=c.subject.label))
        s.claims.append(c.id)
        sources[c.subject.id].add(c.source)
    for s in subjects.values():
        s.sources = sorted(sources[s.id])
    return [subjects[k] for k in sorted(subjects)]
