"""One story per disagreement: a finding about a subject no name anchors is kept only when
two of its differing claims come from articles of one story.

A folder may hold several stories (a desk's inbox, a news archive): then no person, body or
place is named by a fifth of its articles, as a story's protagonist is. A subject keyed by what
is counted or told, with no person, body or place to tie it ("a 25-man squad", "a two-year
ban", "tested positive for X", "the third-largest economy"), then meets claims of unrelated
articles, and their values differ because they are about different things. Two articles are
of one story when their claims name a person, body or place in common (names most of the
folder's articles name say nothing: a broadcaster, a capital); an article naming nobody is
of no known story and may be of any. A finding about such a subject is kept when two of its
claims with different values come from one story, or one of them from an article of no
known story; otherwise it compares stories, not reports, and is dropped.

Linear: the names per source are gathered once; each finding joins only its own sources.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ..keys import EntityKey, LoneKey, QuantityKey, parse
from ..models import Claim, Finding
from ..quantities.attributes import PREFIX as ATTRIBUTE
from ..story_names import names_by_source as _named, stories

ANCHORLESS_KINDS = frozenset({"value", "rank", "thing", "tally", "decided"})  # subjects keyed by what is told, not by whom
COMMON_SHARE = 0.05  # a name this share of the folder's articles carry ties no story...
COMMON_MIN = 20  # ...once it is carried by more articles than this
FLAGGING = frozenset({"conflict", "tension"})
# a folder whose most named person, body or place is in this share of its articles is one
# story (the devsets' and team corpora's lowest is 0.27; a year of general news: 0.05)
ONE_STORY_SHARE = 0.2


def folder_names(claims: Iterable[Claim], folder_size: int) -> tuple[dict[str, frozenset[str]], bool]:
    """The people, bodies and places each source's claims name, without the names so many
    of the folder's sources carry that they tell no story apart; and whether the folder is
    one story (its most named person, body or place is named by ``ONE_STORY_SHARE`` of its
    articles: the protagonist of a story is named by most of its reports); ``folder_size``:
    the folder's articles, with claims or not."""
    claims = list(claims)
    found = _named(claims)
    sources = {c.source for c in claims}
    carried = Counter(n for names in found.values() for n in names)
    one_story = bool(carried) and max(carried.values()) >= ONE_STORY_SHARE * max(folder_size, len(sources))
    common = max(COMMON_MIN, int(COMMON_SHARE * len(sources)))
    return {s: frozenset(n for n in names if carried[n] <= common) for s, names in found.items()}, one_story


def anchorless(subject: str) -> bool:
    """A subject no name anchors: a count or measure of no named holder, a value, a rank or a thing."""
    key = parse(subject)
    if isinstance(key, QuantityKey):
        return not key.age and key.entity is None
    if isinstance(key, LoneKey):
        return False  # already kept within one article or story
    return isinstance(key, EntityKey) and key.kind in ANCHORLESS_KINDS


def _value(c: Claim) -> object:
    return None if c.value is None else (c.value.type, c.value.value)


def within_one_story(finding: Finding, claims: Mapping[str, Claim], names: Mapping[str, frozenset[str]],
                     strict: bool = False) -> bool:
    """Whether two of the finding's claims with different values are of one story (or one
    of them of no known story, unless ``strict``: then such an article is a story of its own)."""
    own = [claims[i] for i in finding.claims if i in claims]
    sources = sorted({c.source for c in own})
    if len(sources) < 2 or (not strict and any(not names.get(s) for s in sources)):
        return True
    if strict:
        names = {s: names.get(s) or frozenset({"~" + s}) for s in sources}
    story = stories(set(sources), names)
    values: dict[str, set[object]] = defaultdict(set)
    for c in own:
        values[story[c.source]].add(_value(c))
    return any(len(v) > 1 for v in values.values())


def keep_within_stories(findings: list[Finding], claims: Mapping[str, Claim], folder_size: int) -> list[Finding]:
    """The findings, less the conflicts and tensions about an anchorless subject that only
    compare articles of different stories."""
    if not any(f.severity in FLAGGING and anchorless(f.subject) for f in findings):
        return findings
    names, one_story = folder_names(claims.values(), folder_size)
    if one_story:
        return findings
    named = any(names.values())  # a folder naming nobody tells no stories apart
    return [f for f in findings
            if f.severity not in FLAGGING or not anchorless(f.subject)
            or within_one_story(f, claims, names, strict=_ATTRIBUTE in f.subject and named)]


# the value of an attribute of nothing named ("the rate", "a 5% rise"): in a folder of several
# stories, compared only between articles that name a person, body or place in common (every
# business story has a rate and a rise; an article naming nobody is of no story it can be tied to)
_ATTRIBUTE = "|" + ATTRIBUTE
