"""Who holds a singular post of a body: the post's head noun and its holder-of scope, read
from the syntax around a person mention, with no table of organisations.

- after the name: "X, chief of the rescue section", "X, the Harbour Union's general secretary";
- before it: "the rector of the University of Tarvel, X", "the clinic's director, X",
  "Museum director X", "its president, X", "the master, Captain X"; the title before it and the
  body after it: "Director-General X of the Coastal Health Board";
- a verb naming the head of a body: "the appeals panel, chaired by judge X", "the panel,
  led by its president X", "the Chilean delegation was led by X", "Peru was represented by
  X" (and the gapped "..., and Peru by X").

The scope is the body's words, folded, with its head noun last ("the department's rescue
section" -> "department rescue section"; "X of the Y" keeps X's head; a parenthesised acronym
is the head, as it names the whole body); a country's party at a meeting is "delegation
<country>"; "its"/"the" with no other word leave it open (None): the check joins it to the
one scope the corpus writes with that post. Not read: a rank or another time before the
post ("deputy", "former", "new", "its first"), an indefinite post ("a director of"), a
statement telling a change of holder ("was appointed", "succeeded", "until"), a post of a
country (a national office: the role_holder rule's). Claims: subject the person, facet
``post``, value the post key, ``title.body`` the scope; compared by ``checks/post_holder.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from .entities.lexicon import lexicon
from .entities.text import fold_token
from .frames import Draft, Sentence, SentenceDates
from .models import Actor, ClaimValue, Mention, Span, TitleAttrs
from .resources import load_resource

PREDICATE = "hold-post"
CHANGE_REACH = 40  # characters around the post and the name in which a change of holder is read
FACET = "post"


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    person: str
    post: str | None
    scope: str | None


class OfficeTables(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    posts: dict[str, str] = Field(min_length=1)
    head_posts: list[str] = Field(min_length=1)
    chaired_bodies: list[str] = Field(min_length=1)
    delegation_nouns: list[str] = Field(min_length=1)
    team_nouns: list[str] = []
    not_delegation_posts: list[str] = []
    lead_verbs: list[str] = Field(min_length=1)
    headed_bodies: list[str] = []
    directed_events: list[str] = []
    led_undertakings: list[str] = []
    undertaking_posts: list[str] = []
    not_holder_words: list[str] = Field(min_length=1)
    change_words: list[str] = Field(min_length=1)
    place_nouns: list[str]
    scope_time_words: list[str] = []
    member_bodies: dict[str, str] = {}
    courtesy_titles: list[str] = []
    scope_stops: list[str]
    scope_connectors: list[str]
    examples: list[_Example] = Field(min_length=1)


@lru_cache(maxsize=1)
def tables() -> OfficeTables:
    return load_resource("claims/offices.yaml", OfficeTables)


@dataclass(frozen=True)
class Office:
    post: str  # post key ("head", "director-general")
    scope: str | None  # folded scope words, head noun last; None: "its"/"the" (the story's one)
    span: Span  # the post's words as written


_DET = r"(?P<det>the|its|their)"
_WORDS = r"[\w’'.-]+"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    t = tables()
    post = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                    for p in sorted(t.posts, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in t.lead_verbs)
    of = r"(?:\s+of\s+(?P<of>[^,;:()]{1,80}?(?:\s*\((?-i:[A-Z])[\w.]{1,9}\))?))?"
    poss = rf"(?:(?P<poss>(?:{_WORDS}\s+){{0,4}}?{_WORDS})[’']s\s+)?"
    pre = r"(?P<pre>(?:(?-i:[A-Z])[\w’'.-]*\s+){0,3})"
    before = re.compile(rf"(?:^|(?<=[\s(“\"]))(?:{_DET}\s+)?{poss}{pre}(?P<post>{post}){of}"
                        r"\s*(?P<comma>,)?\s*(?P<cop>(?:is|was)\s+)?$", re.IGNORECASE)
    after = re.compile(rf"\s*,\s+(?:{_DET}\s+)?{poss}{pre}(?P<post>{post})"
                       r"(?:\s+of\s+(?P<of>[^,;:()]{1,80}?(?:\s*\((?-i:[A-Z])[\w.]{1,9}\))?))?"
                       r"(?=\s*[,;:.)]|\s+(?:said|says|told|who|has|had|is|was|will|added|noted)\b|\s*$)",
                       re.IGNORECASE)
    verb = re.compile(rf"(?P<np>[^,;:()]{{1,90}}?)(?:\s*\((?P<acr>(?-i:[A-Z])[\w.]{{1,9}})\))?\s*,?\s+"
                      rf"(?:(?:was|is|were|are|has\s+been|had\s+been|being)\s+)?"
                      rf"(?:(?P<verb>{verbs}|represented)\s+by|(?P<under>under))\s+"
                      rf"(?:(?:its|their|the)\s+(?P<post>{post})\s+)?(?P<between>(?:{_WORDS}\s+){{0,3}}?)$",
                      re.IGNORECASE)
    gap = re.compile(rf"(?:,\s*|\s+)(?:and|while)\s+(?P<np>[^,;:()]{{1,60}}?)\s+by\s+"
                     rf"(?P<between>(?:{_WORDS}\s+){{0,4}}?)$", re.IGNORECASE)
    lead = re.compile(rf"\b(?:{verbs}|represented)\s+by\b", re.IGNORECASE)
    return before, after, verb, gap, lead


@lru_cache(maxsize=1)
def _tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What the end of a match of the verb and the gapped patterns must be (the verb and "by",
    then a few words): found from far fewer starts than the whole pattern, whose lazy noun
    phrase is tried at every start of the window. No tail, no match."""
    t = tables()
    post = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                    for p in sorted(t.posts, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in t.lead_verbs)
    verb = re.compile(rf"(?:(?:{verbs}|represented)\s+by|under)\s+(?:(?:its|their|the)\s+(?:{post})\s+)?"
                      rf"(?:{_WORDS}\s+){{0,3}}$", re.IGNORECASE)
    gap = re.compile(rf"\s+by\s+(?:{_WORDS}\s+){{0,4}}$", re.IGNORECASE)
    return verb, gap


@lru_cache(maxsize=1)
def _post_tail() -> re.Pattern[str]:
    """What the end of a match of the pattern of a post before a name must be (the post, its
    "of" phrase, a comma or a copula): no tail, no match."""
    post = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                    for p in sorted(tables().posts, key=len, reverse=True))
    return re.compile(rf"(?:{post})(?:\s+of\s+[^,;:()]{{1,80}}?(?:\s*\((?-i:[A-Z])[\w.]{{1,9}}\))?)?"
                      r"\s*,?\s*(?:(?:is|was)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _post_word() -> re.Pattern[str]:
    """Any post's head word: a cheap test before the apposition patterns."""
    heads = sorted({p.split()[-1].split("-")[0] for p in tables().posts}, key=lambda h: (-len(h), h))
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    t = tables()
    change = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(t.change_words, key=len, reverse=True))
                        + r")\b", re.IGNORECASE)
    return (frozenset(t.not_holder_words), frozenset(t.scope_stops), frozenset(t.scope_connectors),
            frozenset(t.place_nouns), change)


_FUNCTION = frozenset({"the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "and", "but",
                       "while", "said", "says", "told", "with", "from", "in", "at", "on", "to", "for", "by",
                       "as", "of", "was", "is", "were", "are", "faced", "met", "when", "after", "also"})
FUNCTION_WORDS = _FUNCTION  # shared with the holder rule: words before a title that qualify no post
_TOKEN = re.compile(r"[\w’'.-]+|\([^)]*\)")


def _norm(written: str) -> str:
    return re.sub(r"[\s-]+", " ", written.casefold()).strip()


@lru_cache(maxsize=1)
def _post_keys() -> dict[str, str]:
    return {_norm(k): v for k, v in tables().posts.items()}


def _post_key(written: str) -> str | None:
    return _post_keys().get(_norm(written))


def _fold(w: str) -> str:
    return fold_token(re.sub(r"[’']s$", "", w))


def _scope(phrase: str) -> tuple[str, bool] | None:
    """(folded words, head noun last; whether the scope names a country) of a body phrase;
    None when it holds no content word."""
    _, stops, connectors, places, _ = _words()
    phrase = phrase.strip()
    acr = re.search(r"\(([A-Z][\w.]{1,9})\)\s*$", phrase) or re.search(r"(?<=[a-z]\s)([A-Z]{2,9})\s*$", phrase)
    if acr:
        phrase = phrase[: acr.start()].strip()
    # "this year's judging panel": a time's possessive names no body
    tokens = [w for w in phrase.split() if _fold(w) not in tables().scope_time_words]
    if len(tokens) == 1 and _fold(tokens[0]) in tables().member_bodies:
        tokens = tables().member_bodies[_fold(tokens[0])].split()  # "chair of judges": of the judging panel
    kept: list[str] = []
    for tok in tokens:  # a stop word ends the phrase: "the rescue section at the ministry"
        if tok.casefold() in stops and kept:
            break
        kept.append(tok)
    raw = " ".join(kept)
    if lexicon().country_of(raw.removeprefix("the ").removeprefix("The ")) is not None:
        return raw, True
    # "X of the Y": the head is X's last word
    parts = re.split(r"\s+of\s+", raw, maxsplit=1)
    head_part = parts[0].split()
    words = [w for w in (_fold(t) for t in kept) if w and w not in connectors]
    if not words:
        return None
    head = _fold(head_part[-1]) if head_part else words[-1]
    caps = [t for t in kept if t[:1].isupper() and t.casefold() not in connectors]
    if head in places and caps and len(words) > 1:  # "Argo county": the place's name
        words.remove(head)
        head = words[-1] if len(parts) == 1 else head
    words = [w for w in words if w != head] + ([f"={_fold(acr.group(1))}"] if acr else []) + [head]
    return " ".join(dict.fromkeys(words)), False


def _country_of_phrase(np: str) -> str | None:
    """The country a delegation phrase names: a demonym, a country's name or possessive."""
    lex = lexicon()
    words = [re.sub(r"[’']s$", "", w) for w in np.split()]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            c = lex.country_of(" ".join(words[i : i + n]))
            if c is not None:
                return c
    return None


def _trim_np(np: str) -> str:
    """The noun phrase ending a run of words: from the right up to a determiner or a
    function word ("... told this newspaper that the Rail Commission" -> "Rail Commission")."""
    words = np.split()
    out: list[str] = []
    for w in reversed(words):
        if w.casefold() in _FUNCTION and out:
            break
        out.append(w)
    return " ".join(reversed(out))


def _another_time(phrase: str | None) -> bool:
    """A scope written with a word of another time ("the new board", "the former council")."""
    times = set(tables().not_holder_words) - _ARTICLES
    return bool(phrase) and any(fold_token(w.split("-")[0]) in times for w in (phrase or "").split())


_ARTICLES = frozenset({"a", "an", "another", "one", "each", "every", "any", "whose", "regional", "local"})


def _blocked(*parts: str | None) -> bool:
    """A rank, another time or an indefinite before the post: not the one holder now."""
    no = _words()[0]
    return any(fold_token(w.split("-")[0]) in no or fold_token(w) in no for p in parts if p for w in p.split())


def read_offices(text: str, s: Sentence, m: Mention) -> list[Office]:
    """The singular posts and scopes the sentence gives the person mention ``m``: one written
    with the name, and one a verb gives it ("the panel, led by its president X")."""
    out = [o for o in (_apposed(text, s, m) or _titled_of(text, s, m) or _body_titled(text, m), _led(text, s, m),
                       _leads(text, s, m), _chairs(text, s, m))
           if o is not None]
    # "the jury, under its president X": the open scope of "its president" is the body the verb names
    if any(o.scope is not None for o in out):
        out = [o for o in out if o.scope is not None]
    return [o for i, o in enumerate(out) if all((o.post, o.scope) != (p.post, p.scope) for p in out[:i])]


def _apposed(text: str, s: Sentence, m: Mention) -> Office | None:
    before_p, after_p, _, _, _ = _patterns()
    s0, s1 = s.span
    left = m.title_span[0] if m.title_span and m.title_span[0] < m.span[0] else m.span[0]
    head = text[max(s0, left - 160) : left]
    base = max(s0, left - 160)
    # the post before the name, also when it is the name's own title ("Museum director X")
    whole = text[max(s0, m.span[0] - 160) : m.span[0]] if left < m.span[0] else ""
    post_word, tail = _post_word(), _post_tail()
    # no post word, or no post at the end: nothing to read
    before = (before_p.search(head) if post_word.search(head) and tail.search(head) else None,
              before_p.search(whole) if whole and post_word.search(whole) and tail.search(whole) else None)
    for found, offset in ((before[0], base), (before[1], max(s0, m.span[0] - 160)),
                          (after_p.match(text, m.span[1], min(s1, m.span[1] + 160)), 0)):
        if found is None:
            continue
        det, poss, pre, of = (found.group(g) for g in ("det", "poss", "pre", "of"))
        if poss:  # "said the clinic's": the possessor's own words only
            poss_words = poss.split()
            while poss_words and poss_words[0].casefold() in _FUNCTION:
                det = det or (poss_words[0] if poss_words[0].casefold() in ("the", "its", "their") else None)
                poss_words.pop(0)
            poss = " ".join(poss_words) or None
        if _blocked(pre, poss.split()[-1] if poss else None) or not (det or poss or pre or of):
            continue
        if pre and not of and not poss and not det and len(pre.split()) == 0:
            continue
        post = _post_key(found.group("post"))
        if post is None or (found.re is before_p and of and not found.group("comma") and not found.group("cop")
                            and not (offset == base and _courtesy(text, m))):
            # "the mayor of X confirmed to Y": the name is no apposition to the post; a courtesy
            # title between them keeps it one ("Chair of judges Professor X")
            continue
        phrase = " ".join(p for p in (poss, pre, of) if p)
        span = (found.start("post") + offset, found.end("post") + offset)
        return _office(post, phrase, span, det)
    return None


def _courtesy(text: str, m: Mention) -> bool:
    """The name's own title, written before it, is a courtesy title ("Professor", "Dr")."""
    if not m.title_span or m.title_span[0] >= m.span[0]:
        return False
    word = fold_token(text[m.title_span[0] : m.title_span[1]].rstrip("."))
    info = lexicon().titles.get(word)
    return word in tables().courtesy_titles or (info is not None and info.sort == "courtesy")


_OF_AFTER = re.compile(r"\s+of\s+(?P<of>(?:the\s+)?(?-i:[A-Z])[^,;:()]{0,80}?(?:\s*\((?-i:[A-Z])[\w.]{1,9}\))?)"
                       r"(?=\s*[,;:.)]|\s+(?:said|says|told|who|has|had|is|was|will|added|noted)\b|\s*$)")


def _titled_of(text: str, s: Sentence, m: Mention) -> Office | None:
    """"Director-General X of the Coastal Health Board": the title written before the name,
    the body after it."""
    if not m.title_span or m.title_span[1] > m.span[0] or m.span[0] - m.title_span[1] > 2:
        return None
    found = _OF_AFTER.match(text, m.span[1], s.span[1])
    if found is None:
        return None
    title = text[m.title_span[0] : m.title_span[1]]
    post = _post_key(title)
    if post is None:
        return None  # a rank or another word in the title ("Deputy director"): not the one holder
    return _office(post, found.group("of"), m.title_span, None)


_NOUN_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")


def _body_titled(text: str, m: Mention) -> Office | None:
    """"jury president X", "panel chair Y": a head's title after the lower-case noun of a body
    chaired by one person (the story's one jury or panel)."""
    if not m.title_span or m.title_span[1] > m.span[0]:
        return None
    found = _NOUN_BEFORE.search(text, max(0, m.title_span[0] - 24), m.title_span[0])
    title = text[m.title_span[0] : m.title_span[1]]
    post = _post_key(title)
    t = tables()
    if post is None and re.fullmatch(r"[a-z]+ \S+", title):  # the noun read into the title ("rally director")
        noun, word = title.split()
        post = _post_key(word)
        start = m.title_span[0]
    elif found is None:
        return None
    else:
        noun, start = found.group(1), found.start(1)
    # "race director X", "excavation director Y": the head of an undertaking or an event the story tells
    led = (noun in t.led_undertakings or noun in t.directed_events) and post in t.undertaking_posts
    if not led and (noun not in t.chaired_bodies or post not in t.head_posts):
        return None
    return Office(post="head", scope=noun, span=(start, m.title_span[1]))


def _led(text: str, s: Sentence, m: Mention) -> Office | None:
    _, _, verb_p, gap_p, lead_p = _patterns()
    s0 = s.span[0]
    left = m.title_span[0] if m.title_span and m.title_span[0] < m.span[0] else m.span[0]
    head = text[max(s0, left - 160) : left]
    base = max(s0, left - 160)
    tail = head[-60:]
    if " by " not in tail and "under " not in tail:
        return None  # the verb stands within a few words before the name: most mentions have none
    verb_tail, gap_tail = _tails()
    verb = verb_p.search(head) if verb_tail.search(head) else None
    gapped = None
    if verb is None:
        gapped = gap_p.search(head) if gap_tail.search(head) else None
        if gapped is None or not lead_p.search(text, s0, base + gapped.start()):
            return None
    found = verb or gapped
    assert found is not None
    np = _trim_np(found.group("np"))
    between = found.group("between") or ""
    if _blocked(between.split()[0] if between else None) or _another_time(np):
        return None  # "a new board, led by X": a body or a holder of another time
    explicit = _post_key(found.group("post")) if verb is not None and found.group("post") else None
    if explicit is None and verb is not None and m.title_span and left < m.span[0] \
            and between.strip().casefold() in ("its", "their", "the"):
        explicit = _post_key(text[m.title_span[0] : m.title_span[1]])  # "under its president X": the name's own title
    span = (base + found.start(), base + found.end())
    country = _country_of_phrase(np)
    nouns = {_fold(w) for w in np.split()}
    t = tables()
    if country is not None and nouns & set(t.team_nouns) and not nouns & set(t.delegation_nouns) \
            and _official_titled(text, m, between):
        return Office(post="head", scope=f"delegation {country}", span=span)  # "a Mongolian team led by Vice Minister X"
    if country is not None and (nouns & set(t.delegation_nouns) or lexicon().country_of(np) is not None):
        if verb is not None and verb.group("under") and not nouns & set(t.delegation_nouns):
            return None
        return Office(post="head", scope=f"delegation {country}", span=span)
    # "the jury, under its president X": the explicit head of a body chaired by one person
    under_head = verb is not None and verb.group("under") and explicit in t.head_posts \
        and _fold(np.split()[-1]) in t.chaired_bodies
    if gapped is not None or (verb is not None and not under_head
                              and (verb.group("under") or verb.group("verb").casefold() == "represented")):
        return None
    scope = _scope(np + (f" ({found.group('acr')})" if verb is not None and found.group("acr") else ""))
    if scope is None or scope[1]:
        return None
    body_head = scope[0].split()[-1]
    if _fold(np.split()[-1]) in t.chaired_bodies or body_head in t.chaired_bodies:
        if explicit is None or explicit in t.head_posts:
            return Office(post="head", scope=scope[0], span=span)
    return None


@lru_cache(maxsize=1)
def _leads_pattern() -> re.Pattern[str]:
    t = tables()
    verbs = "|".join(re.escape(v) for v in t.lead_verbs)
    # "delegation" only: "X led the England side" is said of a captain as of a minister
    nouns = "|".join(re.escape(n) for n in t.delegation_nouns if n != "side")
    return re.compile(rf"\s*(?:,\s*who\s+)?(?:{verbs})\s+(?P<np>(?:the\s+)?(?:{_WORDS}\s+){{1,3}}?(?:{nouns}))\b",
                      re.IGNORECASE)


def _leads(text: str, s: Sentence, m: Mention) -> Office | None:
    """"X led the Chilean delegation", "X, who headed Peru's delegation,": the person heads the
    country's delegation (the active form of "the Chilean delegation was led by X")."""
    found = _leads_pattern().match(text, m.span[1], s.span[1])
    if found is None:
        return None
    np = found.group("np")
    country = _country_of_phrase(np)
    if country is None or _another_time(np):
        return None
    return Office(post="head", scope=f"delegation {country}", span=found.span("np"))


# "X, who chairs the finance committee,", "X, who heads the inquiry": the present tense of a
# verb heading a body chaired by one person; the past tense ("X, who directed the excavations",
# "X, who grew up in Y, led the 40th expedition") only for an undertaking the story tells, whose
# head is the one of its time ("led_undertakings"): a committee chaired once is another time.
_CHAIRS = re.compile(r"(?:\s*,\s*who\s+(?!(?:now|currently|had|has|previously|formerly|once)\b)[^,;.()]{1,120}?,)?"
                     r"\s*(?P<who>,\s*who\s+)?(?:now\s+|currently\s+)?"
                     r"(?P<verb>chairs|heads|leads|directs|runs|presides\s+over|chaired|headed|led|directed|presided\s+over)\s+"
                     r"(?P<np>(?:the|its|their)\s+(?:[\w’'/-]+\s+){0,4}?[\w’'-]+)"
                     r"(?=\s*[,;.)]|\s+(?:and|since|which|that|who|to|in|at|on|for|with|from|until)\b)")


def _chairs(text: str, s: Sentence, m: Mention) -> Office | None:
    found = _CHAIRS.match(text, m.span[1], s.span[1])
    if found is None:
        return None
    np = found.group("np")
    scope = _scope(re.sub(r"^(?:the|its|their)\s+", "", np))
    if scope is None or scope[1] or _another_time(np) or _blocked(np.split()[1] if len(np.split()) > 1 else None):
        return None
    t = tables()
    words = scope[0].split()
    head = _singular(words[-1])
    past = found.group("verb").casefold().endswith("ed")
    if head in t.led_undertakings:
        return Office(post="head", scope=" ".join(words[:-1] + [head]), span=found.span("np"))
    if past or not found.group("who"):
        return None  # a body chaired at another time, or a clause of the main verb ("X heads the list")
    if head not in t.chaired_bodies and head not in t.headed_bodies and not _named_body(np):
        return None  # "X, who leads the race", "who runs the numbers": no body one person heads
    return Office(post="head", scope=scope[0], span=found.span("np"))


def _named_body(np: str) -> bool:
    """A body written with its name, a capital after the determiner ("who heads the West
    African Maritime Centre"); a possessive's capital names its owner, not the body."""
    words = np.split()[1:]
    return bool(words) and words[-1][:1].isupper() and not any(w.endswith(("’s", "'s")) for w in words)


def _singular(noun: str) -> str:
    """"excavations" -> "excavation": an undertaking's noun, written in the plural for its parts."""
    return noun[:-1] if len(noun) > 4 and noun.endswith("s") and not noun.endswith("ss") else noun


def _official_titled(text: str, m: Mention, between: str) -> bool:
    """The head of a country's team is titled as an official ("led by fisheries undersecretary
    X"): a title is written before the name and none of its words is a team's own post
    ("captain", "coach"): "England's team, led by captain X" is a side's, not a delegation."""
    title = " ".join(p for p in (between, text[m.title_span[0]:m.title_span[1]] if m.title_span else "") if p)
    words = {_fold(w) for w in re.split(r"[\s-]+", title) if w}
    return bool(words) and not words & set(tables().not_delegation_posts)


def _office(post: str, phrase: str, span: Span, det: str | None) -> Office | None:
    if _another_time(phrase):
        return None
    if not phrase:
        return Office(post=post, scope=None, span=span) if det else None
    scope = _scope(phrase)
    if scope is None or scope[1]:
        return None  # a country's post: a national office
    t = tables()
    head = scope[0].split()[-1]
    if post in t.head_posts and head in t.chaired_bodies:
        post = "head"
    elif (head in t.led_undertakings or head in t.directed_events) and post in t.undertaking_posts:
        # "Excavation director X", "the expedition's leader", "Race director Y": the head of the
        # undertaking or the event, as "race director Y" after a lower-case word reads it
        post = "head"
    return Office(post=post, scope=scope[0], span=span)


_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b")


def statement_end(text: str, after: int, sentence_end: int) -> int:
    """Where the statement about a holder ends: before the first relative clause after its
    name and post ("race director X, who said the race would return next year"; "X presented
    the cup with Y, who ..."): a date there is the relative clause's, not the post's."""
    m = _RELATIVE.search(text, after, sentence_end)
    return m.start() if m is not None else sentence_end


SINCE_REACH = 3  # characters after the name or post within which "since" dates the taking of the post


def _loose_since(hit: re.Match[str], after: int) -> bool:
    """"since" further after the holder than its own apposition ("X, the unit's head, has not
    spoken since Monday"): the date of another verb, no change of holder ("X, head since
    2019", "X, director since 2019" keep it)."""
    return hit.group().casefold() == "since" and hit.start() > after + SINCE_REACH


def tells_change(text: str) -> bool:
    """The words tell a change of holder ("took over from", "succeeded", "until")."""
    return _words()[4].search(text) is not None


def office_drafts(ex: SentenceDates) -> list[Draft]:
    """One ``post`` claim per person mention a sentence gives a singular post of a body."""
    change = _words()[4]
    drafts: list[Draft] = []
    for s in sorted(ex.sentences.values(), key=lambda s: s.index):
        people = [m for m in s.mentions if m.kind == "person" and m.entity]
        if not people:
            continue
        for m in people:
            for office in read_offices(ex.text, s, m):
                # a change of holder told around the post and the name ("X, who succeeded Y as chief")
                near = (max(s.span[0], min(office.span[0], m.span[0]) - CHANGE_REACH),
                        min(s.span[1], max(office.span[1], m.span[1]) + CHANGE_REACH))
                if any(not _loose_since(h, max(m.span[1], office.span[1])) for h in change.finditer(ex.text, *near)):
                    continue
                actor = Actor(entity=m.entity or "", text=m.text, span=m.span)
                written = ex.text[office.span[0] : office.span[1]]
                drafts.append(Draft(sentence=s, predicate=PREDICATE, facet=FACET, subject_id=m.entity or "",
                                    subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                    when=ex.sentence_date(s, statement_end(ex.text, max(m.span[1], office.span[1]),
                                                                            s.span[1]), lone=True), who=[actor],
                                    value=ClaimValue(type="title", value=office.post, text=written, span=office.span),
                                    title=TitleAttrs(body=office.scope)))
    return drafts
