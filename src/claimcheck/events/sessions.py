"""Sessions of a series named by an ordinal and a meeting noun (resources/events/sessions.yaml).

"the seventh Nordic Rail Forum", "the 12th party congress", "the third round of tariff
talks": an ordinal, the words of the series' name, and a head noun make one session of a
series, whether or not a table knows the series. The finder is anchored on the head nouns
(one dictionary probe per word of the shared word scan) and looks back a few words for the
ordinal, so it costs nothing on sentences without a meeting noun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..entities.lexicon import lexicon
from ..models import Span
from ..resources import load_resource
from ..words import Words

MIN_TREATY_WORDS = 2  # "the parties to the agreement": a treaty noun alone names no treaty
MAX_NAME_WORDS = 5  # words between the ordinal and the head ("the 7th Baltic Sea Energy Ministers Forum")
# only spaces or hyphens between the words of one name, at most one line break (a name
# never runs from a headline into the next paragraph)
_JOIN = re.compile(r"[ \t-]*(?:\r?\n[ \t-]*)?")
_DIGIT_ORDINAL = re.compile(r"(\d{1,3})$")


class SessionExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    series: str | None
    ordinal: int | None = None


class IdentityExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    a: str
    b: str
    same: bool


class SessionTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: list[str]
    of_nouns: list[str]
    of_only: list[str] = []
    exercise_heads: list[str] = []
    ordinals: dict[str, int]
    tens: dict[str, int]
    not_name: list[str]
    dropped: list[str]
    other_session: list[str]
    several_a_day: list[str]
    generic: list[str]
    competitions: list[str]
    event_nouns: dict[str, str] = {}
    head_families: dict[str, list[str]] = {}
    series_heads: list[str] = []
    name_skip: list[str] = []
    party_nouns: list[str] = []
    treaty_heads: list[str] = []
    named_only: list[str] = []
    named_first: list[str] = []
    identity_examples: list[IdentityExample] = []
    examples: list[SessionExample]


@dataclass(frozen=True)
class Tables:
    nouns: frozenset[str]
    of_nouns: frozenset[str]
    of_only: frozenset[str]
    exercise_heads: frozenset[str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    not_name: frozenset[str]
    dropped: frozenset[str]
    other_session: frozenset[str]
    several_a_day: frozenset[str]
    generic: frozenset[str]
    competitions: frozenset[str]
    event_nouns: dict[str, str]
    head_family: dict[str, str]  # head noun -> its family (head_families)
    name_skip: frozenset[str]
    series_heads: frozenset[str]
    party_nouns: frozenset[str] = frozenset()
    treaty_heads: frozenset[str] = frozenset()
    named_only: frozenset[str] = frozenset()
    named_first: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()  # the words a session phrase may end on: nouns and named_first


@lru_cache(maxsize=1)
def tables() -> Tables:
    from ..timex.lexicon import lexicon as time_words

    t = load_resource("events/sessions.yaml", SessionTable)
    ordinals = {w: n for w, n in time_words().numbers.ordinals.items() if n >= 1}
    ordinals.update(t.ordinals)
    nouns = frozenset(t.nouns) | frozenset(t.of_only) | frozenset(t.exercise_heads) | frozenset(t.named_only)
    return Tables(nouns,
                  frozenset(t.of_nouns) | frozenset(t.of_only), frozenset(t.of_only), frozenset(t.exercise_heads), ordinals, t.tens, frozenset(t.not_name),
                  frozenset(t.dropped), frozenset(t.other_session), frozenset(t.several_a_day), frozenset(t.generic),
                  frozenset(t.competitions), dict(t.event_nouns),
                  {w: fam for fam, heads in t.head_families.items() for w in heads}, frozenset(t.name_skip),
                  frozenset(t.series_heads) | frozenset(w for heads in t.head_families.values() for w in heads),
                  frozenset(t.party_nouns), frozenset(t.treaty_heads), frozenset(t.named_only), frozenset(t.named_first),
                  nouns | frozenset(t.named_first))


@dataclass(frozen=True)
class SessionPhrase:
    span: Span  # from the ordinal to the head (or to the end of the name after "of")
    series: str  # series:<slug of the name words and the head>; "" when no name is written
    name: str  # the series' name as written, ordinal left out
    noun: str  # the head noun, lower case
    ordinal: int
    ordinal_span: Span
    owned: bool = False  # an owned event ("the fourth flight of the X"), not a meeting: no bare head refers to it


def word_ordinal(words: Words, text: str, i: int) -> tuple[int, Span] | None:
    """Word ``i`` as an ordinal: "seventh", "twenty-first", or the suffix of "7th"/"21st"."""
    t = tables()
    w = words.lowers[i]
    if w in ("st", "nd", "rd", "th"):
        m = _DIGIT_ORDINAL.search(text, max(0, words.starts[i] - 3), words.starts[i])
        if m is None:
            return None
        return int(m.group(1)), (m.start(1), words.ends[i])
    if w in t.ordinals:
        return t.ordinals[w], (words.starts[i], words.ends[i])
    tens, _, unit = w.partition("-")
    if unit and tens in t.tens and unit in t.ordinals and t.ordinals[unit] < 10:
        return t.tens[tens] + t.ordinals[unit], (words.starts[i], words.ends[i])
    return None


def _joined(text: str, words: Words, a: int, b: int) -> bool:
    """Words a and b (a < b) are adjacent: only spaces or hyphens between them."""
    return _JOIN.fullmatch(text, words.ends[a], words.starts[b]) is not None


def session_slug(parts: list[str]) -> str:
    """The slug of a series' name words, as its id spells it ("Nordic Rail Forum" -> nordic-rail-forum)."""
    return re.sub(r"[^a-z0-9]+", "-", " ".join(parts).lower().replace("’", "").replace("'", "")).strip("-")


def find_sessions(text: str, words: Words, lo: int, hi: int) -> list[SessionPhrase]:
    """Session phrases among words ``lo..hi`` (one sentence), left to right."""
    t = tables()
    out: list[SessionPhrase] = []
    lowers = words.lowers
    for k in words.positions_in(t.anchors, lo, hi):  # only a head noun anchors a session
        if k + 1 < hi and lowers[k + 1] in t.nouns and _joined(text, words, k, k + 1):
            continue  # "summit meeting": the last of the nouns heads the phrase
        found = _session_at(text, words, lo, hi, k)
        if found is None and lowers[k] in t.of_nouns:
            found = _apposed_session(text, words, k, words.ends[hi - 1])
        if found is None and lowers[k] in t.of_only:
            found = _apposed_edition(text, words, lo, k, words.ends[hi - 1])
        if found is not None:
            out.append(found)
    if lo < hi and (numbered := _acronym_numbers(text)):
        out += _acronym_sessions(text, numbered, words.starts[lo], words.ends[hi - 1])
        out.sort(key=lambda sp: sp.span)
    return out


# "the Lumen Film Festival, the 12th, opened": an ordinal set in apposition after the name,
# ending there or counted within the series ("the 14th since 1990", "the 12th of its kind"),
# or in a relative clause that says only that ("The meeting, which was the 14th, ended")
_NTH_APPOSED = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?the\s+(?P<n>[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th))"
                          r"(?=\s*[,.;:)]|\s*$|\s+(?:since|edition|so\s+far|to\s+date|of\s+(?:its|the|their)\b))", re.IGNORECASE)


def nth_in_apposition(text: str, end: int, limit: int) -> tuple[int, Span] | None:
    """The number in "X, the 12th, ..." right after a series' or event's name (2 or more)."""
    m = _NTH_APPOSED.match(text, end, limit)
    if m is None:
        return None
    word = m.group("n").lower()
    n = int(word[:-2]) if word[:1].isdigit() else tables().ordinals.get(word)
    return (n, m.span("n")) if n is not None and n >= 2 else None


def _apposed_session(text: str, words: Words, k: int, end: int) -> SessionPhrase | None:
    """"This year's edition of the X Marathon, the 44th, drew ...": a session noun with the
    series' name after "of" and its number in apposition after the name."""
    m = _of_name(text, words.ends[k], end)
    if m is None or m.group(0).split()[0] != "of":
        return None
    nth = nth_in_apposition(text, m.end(), end)
    if nth is None:
        return None
    name = [w.lower() for w in m.group("name").split() if w.lower() not in tables().dropped]
    return SessionPhrase(span=(words.starts[k], m.end()), series=f"series:{session_slug(name)}", name=m.group("name"),
                         noun=words.lowers[k], ordinal=nth[0], ordinal_span=nth[1])


def _apposed_edition(text: str, words: Words, lo: int, k: int, end: int) -> SessionPhrase | None:
    """"This year's edition, the 31st, drew ...": an edition noun of no written series with its
    number in apposition: a session of no written name (``series=""``), kept as its article's
    and joined to the story's one numbered series (session_coref._unnamed_sessions). The noun
    must be definite ("the", "this", a possessive), so "an edition, the first of its kind" is none."""
    before = words.lowers[k - 1] if k - 1 >= lo else ""
    if not (before in _DETERMINERS or _time_possessive(before)
            or (before in tables().other_session and k - 2 >= lo and words.lowers[k - 2] in _DETERMINERS)):
        return None  # "the next edition, the 33rd,": another session, numbered
    nth = nth_in_apposition(text, words.ends[k], end)
    if nth is None:
        return None
    return SessionPhrase(span=(words.starts[k], words.ends[k]), series="", name=words.lowers[k], noun=words.lowers[k],
                         ordinal=nth[0], ordinal_span=nth[1])


# "MOP13", "COP29", "WHA-77": a series' abbreviation with its session's number
_ACRONYM_NUMBER = re.compile(r"(?<![\w-])(?P<letters>[A-Z]{2,5})-?(?P<n>\d{1,3})(?![\w-])")
_CAPITAL_DIGIT = re.compile(r"[A-Z]-?\d")  # what every match holds: its last letter, then its number
# "MOP13 of the Andes Wetlands Convention": the series named after it
# ("(MOP14) to the Agreement on the Conservation of X": a bracketed abbreviation, a name with
# its topic after lower-case connectors)
_CAP = r"[A-Z][\w’'-]*"
_OF_NAME = re.compile(rf"\)?[ \t]+(?:of|to)[ \t]+the[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,4}}"
                      rf"(?:[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:(?:of|and|the)[ \t]+)*{_CAP}){{0,4}})?)")
_CONNECTORS = frozenset({"on", "for", "of", "and", "the"})
_OF_PLAIN = re.compile(rf"\)?[ \t]+(?:of|to)[ \t]+the[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,4}})")


def _of_name(text: str, at: int, end: int | None = None) -> re.Match[str] | None:
    """The series' name written after an abbreviation at ``at``; "on Friday", "on March 3"
    after it is when, no topic."""
    m = _OF_NAME.match(text, at) if end is None else _OF_NAME.match(text, at, end)
    if m is not None and re.search(r"[ \t](?:on|for)[ \t]", m.group("name")):
        lex = lexicon()
        topic = m.group("name").split()[-1].lower()
        if any(w.lower() in lex.calendar or w.lower() in lex.openers for w in m.group("name").split()) or topic in lex.calendar:
            m = _OF_PLAIN.match(text, at) if end is None else _OF_PLAIN.match(text, at, end)
    return m


def _name_words(name: str) -> list[str]:
    """A written name's slug words: "Agreement on the Conservation of X" is written with its
    topic before its head ("conservation x agreement"), as a body's name with "on" is
    (_session_at, _topic_after)."""
    words = [w.lower() for w in name.split() if w.lower() not in tables().dropped]
    c = next((i for i, w in enumerate(words) if i and w in ("on", "for")), None)
    if c is None:
        return words
    return words[:c - 1] + [w for w in words[c + 1:] if w not in _CONNECTORS] + [words[c - 1]]


@lru_cache(maxsize=4)
def _acronym_numbers(text: str) -> tuple[tuple[int, int, str, int], ...]:
    """Every abbreviation written with a number in a text, found once per text."""
    if _CAPITAL_DIGIT.search(text) is None:
        return ()  # no capital before a digit: the pattern (a look-behind first: tried at every position) finds none
    return tuple((m.start(), m.end(), m.group("letters"), int(m.group("n"))) for m in _ACRONYM_NUMBER.finditer(text))


@lru_cache(maxsize=4)
def _named_acronyms(text: str) -> dict[str, list[str]]:
    """Abbreviations a text writes with the series' name after them ("MOP13 of the X
    Convention"): letters -> the name's words (one name only)."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for a, b, letters, _ in _acronym_numbers(text):
        if (m := _of_name(text, b)) is not None:
            words = tuple(_name_words(m.group("name")))
            names.setdefault(letters, set()).add(words)
    return {k: list(next(iter(v))) for k, v in names.items() if len(v) == 1}


def _acronym_sessions(text: str, numbered: tuple[tuple[int, int, str, int], ...], start: int, end: int) -> list[SessionPhrase]:
    """"MOP13 of the X Convention" (the session of the series named after it, as "the 13th
    meeting of the X Convention" is) and "COP29" (the series the name tables know by that
    abbreviation); an abbreviation no table knows and no name follows is no session ("PS5")."""
    out: list[SessionPhrase] = []
    i = bisect_right([a for a, *_ in numbered], start - 1)
    while i < len(numbered) and numbered[i][0] < end:
        a, b, letters, n = numbered[i]
        i += 1
        if n < 1:
            continue
        after = _of_name(text, b, end)
        if after is not None:
            name = _name_words(after.group("name"))
            out.append(SessionPhrase(span=(a, after.end()), series=f"series:{session_slug(name)}", name=after.group("name"),
                                     noun=letters.lower(), ordinal=n, ordinal_span=(a, b)))
            continue
        named = _named_acronyms(text).get(letters)
        if named is not None:  # "MOP15" where the article wrote "MOP13 of the X Convention"
            out.append(SessionPhrase(span=(a, b), series=f"series:{session_slug(named)}", name=letters,
                                     noun=letters.lower(), ordinal=n, ordinal_span=(a, b)))
            continue
        entry = lexicon().lookup(letters)
        if entry is not None and entry.kind == "series":
            out.append(SessionPhrase(span=(a, b), series=entry.id, name=letters, noun=letters.lower(), ordinal=n,
                                     ordinal_span=(a, b)))
    return out


# "the third round of their tariff talks": a determiner before the series' name
_DETERMINERS = frozenset({"the", "their", "its", "our", "this", "these"})


def _noun_ahead(text: str, words: Words, m: int, hi: int) -> bool:
    """A lower-case word of a series' name: a head noun follows within the name's length,
    every word joined ("trilateral maritime dialogue")."""
    t = tables()
    for n in range(m + 1, min(hi, m + MAX_NAME_WORDS)):
        if not _joined(text, words, n - 1, n) or words.lowers[n] in t.not_name:
            return False
        if words.lowers[n] in t.nouns or words.lowers[n] in lexicon().numbered_bodies:
            return True
    return False


_TOPIC_JOIN = frozenset({"and", "&"})
# lower-case words inside a capitalised topic ("on the Conservation of Alpine Lakes")
_TOPIC_INNER = frozenset({"the", "of"})


def _topic_after(text: str, words: Words, m: int, hi: int) -> tuple[list[str], int] | None:
    """"on Fisheries and Marine Science" right after a body's name (word ``m`` is "on"): its
    capitalised words (lower case) and where they end; None when no capitalised word follows."""
    if m >= hi or words.lowers[m] != "on" or not _joined(text, words, m - 1, m):
        return None
    topic: list[str] = []
    n, end = m + 1, None
    lex = lexicon()
    while n < hi and len(topic) < MAX_NAME_WORDS and _joined(text, words, n - 1, n):
        w = words.lowers[n]
        if w in lex.calendar or w in lex.openers:
            return None  # "on Monday", "on March 3": when it met, no topic
        if text[words.starts[n]].isupper() and w not in tables().not_name:
            topic.append(w)
            end = words.ends[n]
        elif not (w in _TOPIC_JOIN and topic) and w not in _TOPIC_INNER:
            break
        n += 1
    return (topic, end) if topic and end is not None else None


def _session_at(text: str, words: Words, lo: int, hi: int, k: int) -> SessionPhrase | None:
    t = tables()
    lowers = words.lowers
    for j in range(k - 1, max(lo, k - MAX_NAME_WORDS - 2) - 1, -1):
        if not _joined(text, words, j, j + 1):
            return None
        ordinal = word_ordinal(words, text, j)
        if ordinal is not None:
            break
        if lowers[j] in t.not_name:
            return None
    else:
        return None
    number, ospan = ordinal
    if lowers[k] in t.named_first and lowers[k] not in t.of_nouns:
        after = _name_after_head(text, words, lo, hi, j, k)
        if after is not None:
            # "the 38th Tour of the Fjords", "the 20th Festival of Nordic Music": the head
            # written first names the series with the name after "of", as "the Fjords Tour" would
            name = [lowers[i] for i in after if lowers[i] not in t.dropped and lowers[i] not in _INNER_LINKS]
            end = words.ends[after[-1]]
            return SessionPhrase(span=(ospan[0], end), series=f"series:{session_slug(name + [lowers[k]])}",
                                 name=text[words.starts[k]:end], noun=lowers[k], ordinal=number, ordinal_span=ospan)
        if lowers[k] not in t.nouns and lowers[k] not in t.named_only:
            return None  # "the third tour of duty", "his second race": a head of this shape only
    if lowers[k] in t.named_only and not _named_edition(text, words, lo, j, k, t.dropped):
        return None  # "won second prize", "her third award": the ordinal ranks, it numbers no edition
    name = [lowers[i] for i in range(j + 1, k) if lowers[i] not in t.dropped]
    head = [lowers[k]]
    end = words.ends[k]
    if lowers[k] in t.of_nouns and k + 2 < hi and lowers[k + 1] == "of":
        # "the third round of tariff talks", "the 40th session of the Assembly", "the 15th
        # meeting of the fisheries committee" (a body that meets heads the name as a meeting noun does)
        bodies = lexicon().numbered_bodies
        m = k + 2 + (lowers[k + 2] in _DETERMINERS)
        after: list[int] = []
        by_treaty = False
        while m < hi and len(after) < MAX_NAME_WORDS and lowers[m] not in t.not_name \
                and _joined(text, words, m - 1, m) and (text[words.starts[m]].isupper() or lowers[m] in t.nouns
                                                        or lowers[m] in bodies or _noun_ahead(text, words, m, hi)
                                                        or (not after and lowers[m] in t.party_nouns)):
            after.append(m)
            m += 1
        if after and all(lowers[i] in t.party_nouns for i in after):
            # "the 14th Meeting of the Parties to the X Convention": who meets is no name; the
            # treaty after "to the" names the series, as "the X Convention's 14th meeting" does
            treaty = _treaty_after(text, words, m, hi)
            if treaty is not None:
                after, m, by_treaty = treaty, treaty[-1] + 1, True
            elif any(text[words.starts[i]].isupper() for i in after):
                return None
            else:
                after = []  # "the 14th meeting of the parties in Quito": a meeting of no written series
        if after and not name:
            # "of the two countries' High-Level Fisheries Dialogue": a possessive owner is no part of the name
            owners = [n for n, i in enumerate(after) if lowers[i].endswith(("'", "’", "'s", "’s"))]
            if owners and owners[-1] + 1 < len(after):
                after = after[owners[-1] + 1:]
            name = [lowers[i] for i in after if lowers[i] not in t.dropped]
            if len(name) > 1 and (name[0] in t.exercise_heads or name[-1] in t.exercise_heads) \
                    and any(text[words.starts[i]].isupper() for i in after if lowers[i] not in t.exercise_heads):
                # "of Exercise Coral Shield", "of the Coral Shield exercise": the exercise's own name
                name = [w for w in name if w not in t.exercise_heads]
                head = []
            # "the 40th session of the Assembly", "the seventh meeting of the X Joint Commission":
            # the series is the named meeting or the body that meets, not its meeting
            # "the 45th running of the Harbour Marathon": an edition of whatever is named after "of"
            head = [] if by_treaty or lowers[k] in t.of_only or lowers[after[-1]] in t.nouns or lowers[after[-1]] in bodies else head
            end = words.ends[after[-1]]
            if not head and (topic := _topic_after(text, words, m, hi)) is not None:
                # "the Joint Committee on Fisheries and Marine Science": the topic is part of
                # the name, written before its head in the slug (the slug's last word is the head)
                words_of_topic, end = topic
                name = name[:-1] + words_of_topic + name[-1:]
    if head and lowers[k] in t.exercise_heads and name and all(
            text[words.starts[i]].isupper() for i in range(j + 1, k) if lowers[i] not in t.dropped):
        head = []  # "the third Coral Shield exercise": the series is the exercise's name
    start = ospan[0]
    if not name and lowers[k] in t.of_nouns and (owner := _possessive_owner(text, words, lo, ospan[0], lowers[k])) is not None:
        # "the Chile-Peru Water Dialogue's ninth meeting", "the festival's 32nd edition": the
        # session of the series named before it
        first, name = owner
        head, start = _owner_head(name, lowers[k]), words.starts[first]
    elif lowers[k] in t.of_nouns and j - 1 >= lo and lowers[j - 1] in ("its", "their") and head \
            and not any(text[words.starts[i]].isupper() for i in range(j + 1, k)) \
            and (body := _named_before(text, words, lo, j - 1)) is not None:
        # "The X Forum adopted the plug at its 37th plenary meeting", "the X Festival opened its
        # 32nd edition": the body's own sessions, as "the 37th plenary of the X Forum" names them
        name, head = body, _owner_head(body, lowers[k])
    if lowers[k] in t.of_only and head:
        if j - 1 < lo or not (lowers[j - 1] in _DETERMINERS or _time_possessive(lowers[j - 1])) \
                or (k + 1 < hi and lowers[k + 1] == "of"):
            # "a second edition" names no series; "the second edition of her novel", "her
            # novel's second edition" are the novel's, whatever series the article names
            return None
        # "the 33rd edition will be held in 2031", "next year's 33rd edition": an edition of no
        # written name, the story's one numbered series (session_claims.unnamed_session)
        return SessionPhrase(span=(ospan[0], words.ends[k]), series="", name=lowers[k], noun=lowers[k],
                             ordinal=number, ordinal_span=ospan)
    written = text[words.starts[j + 1]:end] if j + 1 <= k else text[words.starts[k]:end]
    parties = _between_parties(text, words, end, hi)
    if parties is not None and not _has_country(name):
        # "the third round of talks between Ghana and Togo": the countries name the series
        # ("ghana-togo-talks"), as "the Ghana-Togo talks" would; "talks" alone names none
        countries, end = parties
        name = countries + (name or [])
    series = f"series:{session_slug(name + head)}" if name else ""
    return SessionPhrase(span=(start, end), series=series, name=written, noun=lowers[k], ordinal=number,
                         ordinal_span=ospan)


def _named_edition(text: str, words: Words, lo: int, j: int, k: int, dropped: frozenset[str]) -> bool:
    """"the 26th Harwell Prize", "the 39th Polar Survey Expedition": after "the", a name
    written with capitals up to a capitalised head (words of ``dropped`` aside: "annual")
    numbers an edition of that name."""
    return (j - 1 >= lo and words.lowers[j - 1] == "the" and j + 1 < k
            and all(text[words.starts[i]].isupper() for i in range(j + 1, k + 1) if words.lowers[i] not in dropped))


# Connectors between a head written first and its name: "Tour of the Fjords", "Tour de Pologne"
_NAME_LINKS = frozenset({"of", "de", "du", "des", "di", "del", "della", "der"})
_INNER_LINKS = _NAME_LINKS | {"and", "the", "la", "le", "el"}  # "Festival of Music and Dance"; not "on Sunday"


def _name_after_head(text: str, words: Words, lo: int, hi: int, j: int, k: int) -> list[int] | None:
    """The words of the name after a capitalised head right after "the <ordinal>" ("the 38th
    Tour of the Fjords": Fjords), capitalised up to the first lower-case word other than a
    connector, else None ("the third Tour of duty" has no name, "the 46th President of X" no head
    of a series)."""
    lowers = words.lowers
    if not (j + 1 == k and j - 1 >= lo and lowers[j - 1] == "the" and text[words.starts[k]].isupper()
            and k + 2 < hi and lowers[k + 1] in _NAME_LINKS and _joined(text, words, k, k + 1)):
        return None
    m = k + 2 + (lowers[k + 2] in ("the", "la", "le", "el"))
    after: list[int] = []
    while m < hi and len(after) < MAX_NAME_WORDS and _joined(text, words, m - 1, m) and (
            text[words.starts[m]].isupper() or (after and lowers[m] in _INNER_LINKS and m + 1 < hi
                                                 and text[words.starts[m + 1]].isupper())):
        after.append(m)
        m += 1
    while after and lowers[after[-1]] in _INNER_LINKS:
        after.pop()
    return after or None


_TIME_OWNERS = frozenset({"year", "month", "week", "season", "summer", "winter", "spring", "autumn"})


def _time_possessive(word: str) -> bool:
    """"year's" of "next year's 33rd edition": a time, not an owner, before an edition."""
    return word.endswith(_POSSESSIVE_END) and (word[:-2] in _TIME_OWNERS or word[:-2] in lexicon().calendar)


def _owner_head(owner: list[str], noun: str) -> list[str]:
    """The head a session of an owner named before it keeps: none when the owner is itself a
    series or a body that meets ("the X Dialogue's ninth meeting", "the X Forum's 37th
    plenary") or the noun only numbers editions ("the X Festival's 32nd edition"); else the
    meeting noun, as "the tenth X Alliance summit" names it ("the X Alliance held its ninth
    summit": the alliance's summits, not the alliance)."""
    t = tables()
    last = owner[-1] if owner else ""
    if noun in t.of_only or last in t.nouns or last in lexicon().numbered_bodies:
        return []
    return [] if owner[-1:] == [noun] else [noun]


def _treaty_after(text: str, words: Words, m: int, hi: int) -> list[int] | None:
    """The capitalised name after "to the" at word ``m`` ("... of the Parties to the Andes
    Wetlands Convention"): its words' indices, else None."""
    lowers = words.lowers
    if m + 1 >= hi or lowers[m] != "to" or not _joined(text, words, m - 1, m):
        return None
    n = m + 1 + (lowers[m + 1] == "the")
    t = tables()
    out: list[int] = []
    while n < hi and len(out) < MAX_NAME_WORDS and _joined(text, words, n - 1, n) \
            and text[words.starts[n]].isupper() and lowers[n] not in t.not_name:
        out.append(n)
        n += 1
    # "to the Alpine lakes convention", "to the regional fisheries agreement": a description
    # in lower case that ends in a treaty noun names the treaty too (its words, head last)
    run, e = list(out), n
    while e < hi and len(run) < MAX_NAME_WORDS and _joined(text, words, e - 1, e) \
            and lowers[e].isalpha() and lowers[e] not in t.not_name:
        run.append(e)
        if lowers[e] in t.treaty_heads and len(run) >= MIN_TREATY_WORDS:
            out = list(run)
        e += 1
    return out or None


def _named_before(text: str, words: Words, lo: int, at: int) -> list[str] | None:
    """The last capitalised name of two words or more before word ``at`` in its sentence
    (a leading "The" left out), lower case; None when there is none."""
    not_name = tables().not_name
    i = at - 1
    while i >= lo:
        if text[words.starts[i]].isupper() and words.lowers[i] not in not_name:
            last = i
            while i - 1 >= lo and _joined(text, words, i - 1, i) and text[words.starts[i - 1]].isupper() \
                    and words.lowers[i - 1] not in not_name:
                i -= 1
            if last - i + 1 >= 2:
                return [w for w in words.lowers[i:last + 1] if w not in tables().dropped]
        i -= 1
    return None


def _has_country(name: list[str]) -> bool:
    """A country is written in a series' name words ("ghana-togo", "peruvian")."""
    lex = lexicon()
    return any(lex.country_of(part) is not None for w in name for part in w.split("-") if part)


_BETWEEN = frozenset({"between", "among"})
MAX_COUNTRY_WORDS = 3  # "between South Korea and New Zealand": a country's name runs to three words


def _between_parties(text: str, words: Words, at: int, hi: int) -> tuple[list[str], int] | None:
    """"between Ghana and Togo" right after a session phrase ending at ``at``: the countries'
    words (two or more, each a name the country table knows) and where they end; else None."""
    i = bisect_right(words.starts, at)
    if i >= hi or words.lowers[i] not in _BETWEEN or text[at:words.starts[i]].strip():
        return None
    lex = lexicon()
    out: list[str] = []
    n, end, count = i + 1, at, 0
    while n < hi:
        if words.lowers[n] == "the" and not count:
            n += 1
            continue
        for size in range(min(MAX_COUNTRY_WORDS, hi - n), 0, -1):
            phrase = text[words.starts[n]:words.ends[n + size - 1]]
            if phrase[:1].isupper() and lex.country_of(phrase) is not None:
                out += [w for w in words.lowers[n:n + size]]
                end, n, count = words.ends[n + size - 1], n + size, count + 1
                break
        else:
            break
        if n < hi and words.lowers[n] in ("and", ",") and count:
            n += 1
            continue
        if n < hi and text[words.ends[n - 1]:words.starts[n]].strip() == ",":
            continue  # "between Chile, Peru and Ecuador"
        break
    return (out, end) if count >= 2 else None


_POSSESSIVE_END = ("'s", "’s")


def _possessive_owner(text: str, words: Words, lo: int, at: int, noun: str = "") -> tuple[int, list[str]] | None:
    """The capitalised name whose possessive stands right before the ordinal starting at
    ``at`` ("the Chile-Peru Water Dialogue's ninth meeting"): its first word and its words,
    the possessive dropped; None when the owner is no capitalised name of two words or more
    ("the dialogue's", "Peru's")."""
    i = bisect_right(words.ends, at) - 1
    if i < lo or not words.lowers[i].endswith(_POSSESSIVE_END) or text[words.ends[i]:at].strip():
        return None
    t = tables()
    bare = words.lowers[i][:-2]
    if i - 1 >= lo and words.lowers[i - 1] == "the" and bare not in t.generic:
        # "the committee's 14th sitting", "the federation's 32nd congress": the one series of
        # that head the story names (session_coref._shortened_names joins it); "the meeting's",
        # "the country's" name none
        if bare in t.head_family or bare in lexicon().numbered_bodies or lexicon().heads.get(bare) == "event":
            return i, [bare]  # a body or a series that meets: the series itself
        if lexicon().heads.get(bare) == "org" and noun not in t.generic:
            return i, [bare, noun]  # a body's own meetings: "the party's 20th congress"
    not_name = t.not_name
    first = i
    while first - 1 >= lo and i - first + 1 < MAX_NAME_WORDS and _joined(text, words, first - 1, first) \
            and text[words.starts[first - 1]].isupper() and words.lowers[first - 1] not in not_name:
        first -= 1
    if not text[words.starts[i]].isupper() or i - first + 1 < 2:
        return None
    parts = [words.lowers[n] for n in range(first, i + 1)]
    parts[-1] = parts[-1][:-2]
    return first, parts
