"""Finding time expressions: one combined regex over the text, matches parsed once per text.

All rules are joined into one compiled alternation (in rule order), so the text is scanned
once. For each hit the rule's own pattern is re-matched at that position to read its
groups. The result -- a list of anchor-independent :class:`Cand` -- is cached by the text's
hash (plus sentences and excluded spans), so tagging the same text against many candidate
anchors (publication-date inference) only re-runs the cheap per-anchor handlers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from functools import cache

from ..cache import cached
from .firstchars import first_chars
from .lexicon import lexicon
from .literals import LiteralGate, required
from .prefixes import PrefixIndex, first_prefixes
from .rules import BOUND_AFTER, BOUND_BEFORE, RULES, Cand, compiled
from .tense import TenseIndex, cue_regex, split_sentences

# Rules whose value depends on the sentence's direction.
NEEDS_TENSE = {"month_day_range", "reporting_period", "soon", "week_of_date", "ordinal_day", "half_year", "the_weekend", "month", "month_day", "weekday", "weekday_date", "on_the_nth", "quarter", "holiday", "season",
               "clock_time", "day_pair_of_month"}
_GROUP = re.compile(r"\(\?P<\w+>")
_PRE_WORD = re.compile(r"([\w.]+)\W*$")
CACHE_SIZE = 256
_cache: OrderedDict[tuple[object, ...], tuple[str, list[Cand]]] = OrderedDict()


@cache
def combined() -> re.Pattern[str]:
    cue_regex()
    guards = _guards()
    alts = [f"(?P<{r.name}>{guards[r.pattern]}{_GROUP.sub('(?:', r.pattern)})" for r in RULES]
    return re.compile(BOUND_BEFORE + "(?:" + "|".join(alts) + ")" + BOUND_AFTER, re.IGNORECASE)


def _guards() -> dict[str, str]:
    """Each rule pattern's guard, kept with the cached resources (reading 53 parse trees is
    a few hundredths of a second of every run's start)."""
    patterns = [r.pattern for r in RULES]
    known = cached("timex-first-char-guards", lambda: {p: _first_char_guard(p) for p in patterns})
    return {p: known[p] if p in known else _first_char_guard(p) for p in patterns}


def _first_char_guard(pattern: str) -> str:
    """A lookahead on the characters a rule can begin with: the engine enters every
    alternative at every start tried, and most rules cannot begin where it stands ("the ..."
    at a digit); failing them on their first character halves the scan. Same matches:
    an alternative the guard stops could not have matched (non-ASCII characters pass)."""
    first = first_chars(pattern, re.IGNORECASE)
    if first is None:
        return ""
    ascii_first = "[" + "".join(re.escape(c) for c in sorted(first)) + "]|" if first else ""
    return "(?=" + ascii_first + "[^\\x00-\\x7f])"


PREFIX_CHARS = 3  # how many of a start's characters choose the rules tried there


@cache
def _dispatch() -> tuple[list[tuple[str, re.Pattern[str]]], PrefixIndex]:
    """Each rule's own pattern (bounded as in the combined one), in rule order, and the index
    of the rules that can begin with a start's first characters. Trying them in order at a
    start finds what the combined alternation finds there (its first alternative that
    matches), without entering the rules that cannot begin with what the text holds."""
    patterns = [r.pattern for r in RULES]
    known = cached(f"timex-rule-prefixes-{PREFIX_CHARS}", lambda: {p: _prefixes(p) for p in patterns})
    prefixes = [known[p] if p in known else _prefixes(p) for p in patterns]
    return [(r.name, compiled(r.name)) for r in RULES], PrefixIndex(prefixes, PREFIX_CHARS)


@cache
def _gate() -> LiteralGate:
    """Which rules a text's words let match (``timex/literals.py``): a rule needing "ago" or
    "fiscal" is not tried in an article that never writes it."""
    patterns = [r.pattern for r in RULES]
    known = cached("timex-rule-literals", lambda: {p: required(p, re.IGNORECASE) for p in patterns})
    return LiteralGate([known[p] if p in known else required(p, re.IGNORECASE) for p in patterns])


def _prefixes(pattern: str) -> frozenset[tuple[frozenset[str] | None, ...]] | None:
    return first_prefixes(pattern, re.IGNORECASE, PREFIX_CHARS)


def _match_at(text: str, start: int, end: int, active: int = -1) -> tuple[str, re.Match[str]] | None:
    """The first rule, in rule order, that matches at ``start`` within ``text[:end]``, of
    the rules in the mask ``active`` (``_gate``: the others cannot match the text)."""
    rules, index = _dispatch()
    for i in index.rules_for(text[start:min(end, start + PREFIX_CHARS)]):
        if not active >> i & 1:
            continue
        name, pattern = rules[i]
        m = pattern.match(text, start, end)
        if m is not None:
            return name, m
    return None


def warm() -> None:
    """Compile every rule's own pattern now (otherwise each at its first hit): before forking
    workers, so that they inherit them instead of each compiling them."""
    _dispatch()
    _gate()


def clear_cache() -> None:
    _cache.clear()


def find(text: str, sentences: Sequence[tuple[int, int]] | None = None,
         excluded: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    key = (hash(text), len(text), tuple(map(tuple, sentences)) if sentences is not None else None,
           tuple(map(tuple, excluded)))
    hit = _cache.get(key)
    if hit is not None and hit[0] == text:  # equal texts only: a hash is not proof
        _cache.move_to_end(key)
        return hit[1]
    cands = _find(text, sentences, excluded)
    _cache[key] = (text, cands)
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return cands


_WORD = re.compile(r"[^\W_]\w*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # split keeps the words between the gaps
# Function words never trigger a search on their own.
_STOP = {"the", "a", "an", "of", "in", "on", "at", "by", "to", "and", "or", "for", "this", "that", "last", "next",
         "each", "every", "per", "basis", "s", "day's", "new", "good", "fourth", "independence", "labor", "memorial",
         "martin", "luther", "king", "mother", "father", "veterans", "valentine", "black", "cyber",
         "election", "palm", "ash"}
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
LOOK_BACK = 48  # characters: the longest lead before a trigger word ("no more than sixty days")


@cache
def trigger_words() -> frozenset[str]:
    """Lower-case words of which every time expression contains one (or a digit)."""
    lx = lexicon()
    phrases: list[str] = []
    phrases += [n for m in lx.calendar.months for n in m.names] + [n for d in lx.calendar.weekdays for n in d.names]
    phrases += [n for s in lx.calendar.seasons for n in s.names] + [n for p in lx.calendar.day_parts for n in p.names]
    phrases += [n for h in lx.calendar.holidays for n in h.names]
    for u in lx.units.units:
        phrases += u.names + [u.plural or n + "s" for n in u.names] + ([u.adverb] if u.adverb else [])
        phrases += [n + "long" for n in u.names]  # "weeklong"
    phrases += list(lx.units.sets) + list(lx.relative.deictic)
    # years in words: the century word, the last word of "two thousand", decade nouns
    phrases += [*lx.numbers.year_centuries, *(t.split()[-1] for t in lx.numbers.year_thousands), *lx.numbers.decade_words]
    phrases += ["while", "time"]  # "for a while", "for some time"
    phrases += ["ago", "noon", "midnight", "midday", "fiscal", "half", "decades", "centuries", "period"]
    words: set[str] = set()
    for ph in phrases:
        for wd in re.findall(r"[^\W_]+", ph.lower()):
            if wd not in _STOP:
                words |= {wd, wd + "s"}
    return frozenset(words)


# Words the rule patterns themselves start with (besides the word tables' own words).
_PATTERN_LEADS = {"the", "a", "an", "within", "by", "before", "until", "till", "no", "in", "over", "during", "at",
                  "later", "earlier", "early", "mid", "late", "every", "each", "once", "twice", "thrice", "on",
                  "fiscal", "latest", "same", "recent", "more", "another", "additional", "q1", "q2", "q3", "q4",
                  "first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th", "this", "that", "last",
                  "next", "per", "year-earlier", "year-ago", "pre", "post", "and", "or"}


@cache
def starter_words() -> frozenset[str]:
    """Lower-case words a match can begin with: where the combined pattern is tried."""
    lx = lexicon()
    firsts = [*lx.numbers.cardinals, *lx.numbers.vague, *lx.numbers.ordinals, *lx.modifiers.quantity,
              *lx.modifiers.point, *lx.relative.offsets, *lx.relative.deictic, *lx.units.sets,
              *(n for h in lx.calendar.holidays for n in h.names)]
    words = {re.findall(r"[^\W_]+", f.lower())[0] for f in firsts}
    return frozenset(words | _PATTERN_LEADS | trigger_words())


def _hits(text: str) -> Iterator[re.Match[str]]:
    """Matches of the rules (as of the combined pattern), tried only at word starts that can
    begin a rule and lie shortly before a trigger word or a number: the matches a full
    ``combined().finditer`` finds, several times faster. Each is its rule's own match
    (``compiled(name)``), so its groups need no second match."""
    for _, m in _named_hits(text):
        yield m


def _word_kinds(word: str, leads: frozenset[str], keys: frozenset[str]) -> int:
    """What a word is to the scan: 1 a start (a digit, a word a rule may begin with, or such
    a word capitalised with a plural "s"), 2 a trigger (a digit or a trigger word), or both."""
    low = word.lower()
    is_digit = word[0].isdigit()
    start = is_digit or low in leads or (word[0].isupper() and low.rstrip("s") in leads)
    return (1 if start else 0) | (2 if is_digit or low in keys else 0)


# each written form's kinds, asked once per process (the word tables never change); cleared
# when it grows large, so a vast corpus of rare words holds it bounded
_KINDS: dict[str, int] = {}
_KINDS_MAX = 200_000


def _named_hits(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    keys = trigger_words()
    leads = starter_words()
    kinds = _KINDS
    if len(kinds) > _KINDS_MAX:
        kinds.clear()
    starts: list[int] = []
    failed: set[int] = set()  # a start that matched nothing once never will: same text, same rules
    pos = 0
    end = len(text)
    # one split of the text (gap, word, gap, word ..., gap) and a running offset: the words
    # ``_WORD.finditer`` finds, without a match object each; most words are neither a start
    # nor a trigger, told by one lookup of the word as written
    parts = _WORD_SPLIT.split(text)
    active = _gate().rules_in(parts[1::2])
    ws = len(parts[0])
    for k in range(1, len(parts), 2):
        word = parts[k]
        at = ws
        ws += len(word) + len(parts[k + 1])
        kind = kinds.get(word)
        if kind is None:
            kind = kinds[word] = _word_kinds(word, leads, keys)
        if not kind:
            continue
        if kind & 1:
            starts.append(at)
        if not kind & 2:
            continue
        lo = max(pos, at - LOOK_BACK)
        i = bisect_left(starts, lo)
        cands = starts[i:]
        if at > 0 and text[at - 1] in "'’" and at - 1 >= pos:
            cands = [*cands[:-1], at - 1, at]
        for s in cands:
            if s < pos or s in failed:
                continue
            hit = _match_at(text, s, end, active)
            if hit and text.find("\n", s, hit[1].end()) != -1:
                brk = _PARAGRAPH.search(text, s, hit[1].end())
                if brk is not None:  # a date never spans a paragraph break ("1 March" / "1945")
                    hit = _match_at(text, s, brk.start(), active)
            if hit:
                pos = hit[1].end()
                yield hit
            else:
                failed.add(s)
        if len(starts) > 64:
            del starts[:-32]  # keeps far more than LOOK_BACK characters of starts


def _find(text: str, sentences: Sequence[tuple[int, int]] | None, excluded: Sequence[tuple[int, int]]) -> list[Cand]:
    ex = sorted(excluded)
    ex_starts = [s for s, _ in ex]
    tenses: TenseIndex | None = None
    out: list[Cand] = []
    for name, sm in _named_hits(text):
        start, end = sm.span()
        i = bisect_right(ex_starts, start) - 1
        if (i >= 0 and ex[i][1] > start) or (i + 1 < len(ex) and ex[i + 1][0] < end):
            continue
        groups = {k: v for k, v in sm.groupdict().items() if v is not None}
        pm = _PRE_WORD.search(text, max(0, start - 20), start)
        pre = pm.group(1).lower() if pm else ""
        tense = None
        if name in NEEDS_TENSE:
            if tenses is None:
                tenses = TenseIndex(text, sentences if sentences is not None else split_sentences(text))
            tense = tenses.tense_at(start, end)
        if "lead" in groups:  # "earlier Friday": the extent is "Friday"
            start = sm.end("lead")
        out.append(Cand(name, start, sm.end(), groups, tense, pre, text[sm.end() : sm.end() + 24]))
    return out
