"""Tallies of decisions taken by a vote ("the board voted 7-2", "passed 214-198", "by 188
votes to 6, with 12 abstentions", "voted five to two", "seven members voted for the cut and
two against", "approved by 93 senators; 21 voted against", "voted unanimously", "the
decision was not unanimous").

One claim per tally, facet ``tally``, subject ``tally:<body>`` (the body whose members voted,
from the voter noun: "directors" are a board's; ``-`` when none is written) with
``#<stage>-<n>`` when the sentence numbers a stage of voting ("the third ballot", "at second
reading": two stages are two votes). Value type ``other``: ``"<for>-<against>"`` with ``?``
for a side not written and ``/<abstentions>`` when written, ``unanimous``, or ``split`` ("not
unanimous"). What was voted on is kept in ``topic`` as ``name:<word>`` (capitalised words of
the object: "to ratify Finland's accession") and ``noun:<stem>`` (decision nouns of
``tallies.yaml``: "the budget"), so the check tells two votes of one body apart. A tally in a
clause that plans, requires or forecasts ("will vote", "requires the unanimous approval", "a
5-2 vote is expected") is no result and is not read. Words in ``quantities/tallies.yaml``;
compared by checks/tally.py.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..frames import to_when
from ..models import Claim, ClaimValue, Source, SubjectRef, Timex
from ..resources import load_resource
from ..segment import sentences_outside_excluded
from ..words import SubstringGate, alternation
from .numbers import word_value
from .scores import day_in_sentence
from .tables import tables

SUBJECT = "tally:"
FACET = "tally"
DECIDED = "decided:ballot"  # the ballot or round that decided the story's contest
DECIDED_FACET = "decided"


class TallyExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True, populate_by_name=True)
    text: str
    for_: int | None = Field(default=None, alias="for")
    against: int | None = None
    abstained: int | None = None
    unanimous: bool | None = None
    body: str | None = None
    stage: str | None = None
    nouns: list[str] = Field(default_factory=list)
    none: bool = False  # no tally is read


class DecidedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    ballot: int | None  # the ballot or round that decided it; None: none read
    names: list[str] = Field(default_factory=list)


class TallyTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    split_before: list[str] = Field(min_length=1)
    split_after: list[str] = Field(min_length=1)
    rejecting: list[str]
    for_after: list[str] = Field(min_length=1)
    against_after: list[str] = Field(min_length=1)
    abstain_after: list[str] = Field(min_length=1)
    for_agent: list[str] = Field(min_length=1)
    none_against: list[str]
    unanimous: list[str] = Field(min_length=1)
    negators: list[str]
    planned: list[str]
    other_occasion: list[str]
    occasion_nouns: list[str]
    indefinite_object: list[str]
    decision_cues: list[str] = Field(min_length=1)
    voters: dict[str, list[str]] = Field(min_length=1)
    generic_voters: list[str]
    stages: list[str] = Field(min_length=1)
    decision_nouns: list[str]
    win_verbs: list[str] = Field(min_length=1)
    failing: list[str]
    decided_examples: list[DecidedExample] = Field(min_length=1)
    examples: list[TallyExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> TallyTable:
    return load_resource("quantities/tallies.yaml", TallyTable)


@dataclass
class Tally:
    """One tally read in a sentence; offsets are the sentence's."""
    start: int
    end: int
    for_: int | None = None
    against: int | None = None
    abstained: int | None = None
    unanimous: bool | None = None  # True: everyone one way; False: "not unanimous"
    body: str | None = None
    stage: str | None = None
    names: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    words: list[str] = field(default_factory=list)

    def value(self) -> str:
        if self.unanimous is not None and self.for_ is None:
            return "unanimous" if self.unanimous else "split"
        v = f"{'?' if self.for_ is None else self.for_}-{'?' if self.against is None else self.against}"
        return v if self.abstained is None else f"{v}/{self.abstained}"


def _alt(words: list[str]) -> str:
    return alternation(words, any_space=True)


@dataclass(frozen=True)
class _Res:
    gate: tuple[str, ...]
    dash: re.Pattern[str]
    to: re.Pattern[str]
    cue_dash: re.Pattern[str]
    cue_to: re.Pattern[str]
    after_dash: re.Pattern[str]
    rejecting: re.Pattern[str]
    abstain_tail: re.Pattern[str]
    number: re.Pattern[str]
    role_after: re.Pattern[str]
    agent_before: re.Pattern[str]
    none_against: re.Pattern[str]
    unanimous: re.Pattern[str]
    negated: re.Pattern[str]
    planned: re.Pattern[str]
    planned_after: re.Pattern[str]
    cue: re.Pattern[str]
    other_occasion: re.Pattern[str]
    indefinite: re.Pattern[str]
    voter: re.Pattern[str]
    voter_body: dict[str, str | None]
    stage: re.Pattern[str]
    obj_after: re.Pattern[str]
    obj_before: re.Pattern[str]
    passive_before: re.Pattern[str]
    nouns: frozenset[str]
    decided: tuple[re.Pattern[str], ...]
    failing: re.Pattern[str]
    split_after_words: frozenset[str]


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    words = tables().number_words
    tens = [w for w, n in words.items() if 20 <= n < 100 and n % 10 == 0]
    ones = [w for w, n in words.items() if 0 < n < 10]
    simple = [w for w, n in words.items() if n < 100 and w not in tens]
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|(?:{alternation(tens)})(?:-(?:{alternation(ones)}))?|{alternation(simple)})"
    voter_body: dict[str, str | None] = {w.lower(): body for body, ws in t.voters.items() for w in ws}
    voter_body.update({w.lower(): None for w in t.generic_voters})
    voter = _alt(sorted(voter_body))
    I = re.IGNORECASE
    return _Res(
        # every cue of a split is a gate word ("the motion carried 25-22", "The tally was 104-89")
        gate=tuple(dict.fromkeys(("vot", "Vot", "unanim", "Unanim", "abstain", "abstention", "backed", "opposed",
                                  "against", "ruling", "split", "dissent", "ballot", "verdict", "decision", "passed",
                                  "approved", "rejected", "adopted", "Tally")
                                 + tuple(w for w in t.split_before + t.split_after if w != "by" and " " not in w))),
        dash=re.compile(r"(?<![\w.,/–-])(?P<a>\d{1,4}(?:,\d{3})*)\s?[-–]\s?(?P<b>\d{1,4}(?:,\d{3})*)(?![\w%]|[.,-]\d)"),
        to=re.compile(rf"(?<![\w.,/-])(?P<a>{num})(?P<v1>\s+votes?)?\s+to\s+(?P<b>{num})(?P<v2>\s+votes?)?\b", I),
        cue_dash=re.compile(rf"\b(?P<cue>{_alt([w for w in t.split_before if w != 'by'])})\s+(?:[\w'’-]+\s+){{0,3}}$", I),
        cue_to=re.compile(rf"\b(?P<cue>{_alt(t.split_before)})\s+(?P<of>(?:a|an|the)\s+(?:vote|margin|majority|tally)\s+of\s+)?$", I),
        after_dash=re.compile(rf"\s+(?:{_alt(t.split_after)})\b", I),
        rejecting=re.compile(rf"\b(?:{_alt(t.rejecting)})\b", I),
        abstain_tail=re.compile(rf"^[^.;]{{0,30}}?\b(?P<n>{num})\s+(?:{_alt(t.abstain_after)})\b", I),
        number=re.compile(rf"(?<![\w.,/$€£¥-])(?P<n>{num})(?![\w%]|[.,]\d|\s*(?:%|per\s*cent|percent))", I),
        role_after=re.compile(
            rf"(?:\s+of\s+the\s+{num})?(?:\s+(?:{voter})(?=\s+(?:{voter})\b))?(?:\s+(?P<voter>{voter}))?\s+(?:(?P<f>{_alt(t.for_after)})|"
            rf"(?P<a>{_alt(t.against_after)})|(?P<x>{_alt(t.abstain_after)}))\b", I),
        agent_before=re.compile(rf"\b(?:{_alt(t.for_agent)})\s+$", I),
        none_against=re.compile(rf"\b(?:{_alt(t.none_against)})(?:\s+[\w'’-]+){{0,2}}?\s+"
                                rf"(?:(?:voted|spoke)\s+against|opposed|dissented|objected)\b", I),
        unanimous=re.compile(rf"\b(?:{_alt(t.unanimous)})\b", I),
        negated=re.compile(rf"\b(?:{_alt(t.negators)})\s+(?:(?:a|an|been)\s+)?$|n['’]t\s+(?:(?:a|an|been)\s+)?$", I),
        planned=re.compile(rf"\b(?:{_alt(t.planned)})\b", I),
        planned_after=re.compile(r"^[^.;,]{0,30}?\b(?:is|are|was|were|seen as)\s+(?:expected|predicted|forecast|likely)\b", I),
        cue=re.compile(rf"\b(?:{_alt(t.decision_cues)})\b", I),
        other_occasion=re.compile(rf"\b(?:{_alt(t.other_occasion)})\s+(?:[\w-]+\s+)?(?:{_alt(t.occasion_nouns)})\b", I),
        indefinite=re.compile(rf"\s+(?:{_alt(t.indefinite_object)})\b", I),
        voter=re.compile(rf"\b(?P<v>{voter})\b", I),
        voter_body=voter_body,
        stage=re.compile(rf"\b(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))"
                         rf"\s+(?P<n>{_alt(t.stages)})s?\b", I),
        obj_after=re.compile(r"^[^.;,]{0,40}?\b(?:to|on|for|against|in\s+favou?r\s+of)\s+(?P<obj>[^.;,]{1,70})", I),
        obj_before=re.compile(r"\b(?:passed|approved|adopted|rejected|backed|endorsed|ratified|cleared|carried)\s+"
                              r"(?P<obj>[^.;,]{1,70}?)\s+(?:by\s+)?$", I),
        passive_before=re.compile(r"(?P<obj>[^.;,]{1,70}?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                                  r"(?:\w+\s+)?(?:backed|approved|passed|adopted|rejected|supported|endorsed|carried|"
                                  r"defeated|ratified|cleared)\b", I),
        nouns=frozenset(n.lower() for n in t.decision_nouns),
        decided=(
            # "was elected on the fourth ballot", "won in the second round of voting"
            re.compile(rf"\b(?P<w>{_alt(t.win_verbs)})\b[^.;:!?]{{0,80}}?\b(?:on|in|at)\s+the\s+(?P<o>{_ORDS})\s+"
                       rf"(?:{_alt(t.stages)})\b", I),
            # "On the third ballot, X won"
            re.compile(rf"\b(?:on|in|at)\s+the\s+(?P<o>{_ORDS})\s+(?:{_alt(t.stages)})(?:\s+of\s+voting)?\s*,?"
                       rf"[^.;:!?]{{0,60}}?\b(?P<w>{_alt(t.win_verbs)})\b", I),
            # "chosen after five ballots", "won after three rounds of voting"
            re.compile(rf"\b(?P<w>{_alt(t.win_verbs)})\b[^.;:!?]{{0,80}}?\bafter\s+(?P<c>{num})\s+"
                       rf"(?:{_alt([x + 's' for x in t.stages])})\b", I),
        ),
        failing=re.compile(rf"\b(?:{_alt(t.failing)})\b|n['’]t\b", I),
        split_after_words=frozenset(w.lower() for w in t.split_after),
    )


_ORDS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10}
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w-]*(?:['’]s)?")
_NOT_NAME = frozenset({"the", "a", "an", "it", "its", "he", "she", "his", "her", "they", "their", "we", "on", "in",
                       "at", "but", "and", "after", "before", "when", "while", "of", "to", "for", "by", "this",
                       "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "nato", "eu", "un"})
_SHARE_WON = re.compile(r"\s+(?:more|fewer|most|less|the\s+most|\d|[\w'’-]+\s+(?:votes|seats|per\s*cent|percent)\b)")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# a bare "N against" counts voters only where the clause ends or goes on with the vote ("and
# two against", "two against, with one abstention", "40 against it")
_BARE_AGAINST_END = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:it|him|her|them|and|with|while)\b)")
_STOP_OBJECT = re.compile(r"\b(?:after|at|when|which|while|who|with|because|as|following|said|says)\b")


_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z]+)\b")


def _counted_after(sentence: str, end: int) -> bool:
    """Whether a noun a count counts follows a pair "N-M": a plural that is no vote word, or
    a noun of people ("120-150 passengers", "10-12 people"), which makes the pair a range."""
    m = _NEXT_WORD.match(sentence, end)
    if m is None:
        return False
    w = m.group("w")
    if w in _res().split_after_words:
        return False
    t = tables()
    return (len(w) > 3 and w.endswith("s") and not w.endswith("ss")) or w in t.irregular_plurals \
        or w in t.people_nouns


def _int(text: str) -> int | None:
    v = word_value(text)
    return int(v) if v is not None and v == int(v) else None


def _object_words(phrase: str, voters: dict[str, str | None], whole: bool = False) -> tuple[set[str], set[str]]:
    """Names and decision nouns of what was voted on ("to ratify Finland's accession"); an
    object phrase ends at a clause word and is read to its eighth word, unless ``whole``."""
    cut = None if whole else _STOP_OBJECT.search(phrase)
    phrase = phrase[:cut.start()] if cut else phrase
    names, nouns = set(), set()
    res = _res()
    for w in re.findall(r"[\w'’-]+", phrase)[:None if whole else 8]:
        bare = re.sub(r"['’]s?$", "", w)
        low = bare.lower()
        if low in voters:
            continue
        if low in res.nouns or low.rstrip("s") in res.nouns:
            nouns.add(low.rstrip("s")[:5])  # "the Bill" is a bill
        elif bare[:1].isupper() and low not in _NOT_NAME:
            names.update(p.lower() for p in bare.split("-") if len(p) > 1)
    return names, nouns


def _decorate(sentence: str, t: Tally) -> Tally:
    """The body, stage and object of a tally found at ``t.start``..``t.end``."""
    res = _res()
    clause_start = max(sentence.rfind(";", 0, t.start) + 1, 0)
    clause_end = sentence.find(";", t.end)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    if t.body is None:
        best: tuple[int, str | None] | None = None
        for m in res.voter.finditer(sentence, clause_start, clause_end):
            d = t.start - m.end() if m.end() <= t.start else 2 * (m.start() - t.end) + 1
            body = res.voter_body.get(re.sub(r"\s+", " ", m.group("v").lower()))
            if body is not None and (best is None or d < best[0]):
                best = (d, body)
        t.body = best[1] if best else None
    stages = [(abs(m.start() - t.start), f"{m.group('n').lower()}-{_ORD.get(m.group('o').lower()) or int(m.group('o')[:-2])}")
              for m in res.stage.finditer(sentence, clause_start, clause_end)]
    t.stage = min(stages)[1] if stages else None
    names: set[str] = set()
    nouns: set[str] = set()
    phrases = []
    if (m := res.obj_after.match(sentence[t.end:clause_end])) is not None:
        phrases.append(m.group("obj"))
    before = sentence[clause_start:t.start]
    if (m := res.obj_before.search(before)) is not None:
        phrases.append(m.group("obj"))
    if (m := res.passive_before.search(before)) is not None:
        phrases.append(m.group("obj"))
    for p in phrases:
        names |= _object_words(p, res.voter_body)[0]
    # what was decided may be the clause's subject ("The bill passed 214-198"): its nouns near the tally
    nouns |= _object_words(sentence[max(clause_start, t.start - 80):min(clause_end, t.end + 60)], res.voter_body, True)[1]
    t.names, t.nouns = frozenset(names), frozenset(nouns)
    return t


def _planned(sentence: str, start: int, end: int) -> bool:
    """A tally planned, required or forecast, or of another vote than the one reported ("at
    its previous meeting", "last month"): no result to compare."""
    res = _res()
    lo = max(sentence.rfind(";", 0, start) + 1, sentence.rfind(", and", 0, start) + 1, start - 90, 0)
    hi = sentence.find(";", end)
    return res.planned.search(sentence, lo, start) is not None or res.planned_after.match(sentence[end:]) is not None \
        or res.other_occasion.search(sentence, lo, len(sentence) if hi < 0 else hi) is not None


def read(sentence: str) -> list[Tally]:
    """Each tally of one sentence."""
    res = _res()
    if not any(g in sentence for g in res.gate):
        return []
    found: list[Tally] = []
    taken: list[tuple[int, int]] = []

    def split(a: int | None, b: int | None, s: int, e: int) -> None:
        if a is None or b is None or (a == 0 and b == 0):
            return
        before = sentence[max(0, s - 60):s]
        # "rejected by 214 votes to 198": the larger side voted against; not "rejected in a 2-1
        # decision", whose split is the deciders'
        rejected = res.rejecting.search(before) and not res.after_dash.match(sentence, e)
        f, ag = (min(a, b), max(a, b)) if rejected else (a, b)
        t = Tally(s, e, for_=f, against=ag)
        if (m := res.abstain_tail.match(sentence[e:])) is not None:
            t.abstained = _int(m.group("n"))
            t.end = e + m.end()
        taken.append((s, t.end))
        found.append(t)

    for m in res.dash.finditer(sentence):
        before = sentence[max(0, m.start() - 40):m.start()]
        if _counted_after(sentence, m.end()):
            continue  # "carried 120-150 passengers", "confirmed 10-12 people": a range of a count
        if res.cue_dash.search(before) or res.after_dash.match(sentence, m.end()):
            split(_int(m.group("a")), _int(m.group("b")), m.start(), m.end())
    for m in res.to.finditer(sentence):
        c = res.cue_to.search(sentence[max(0, m.start() - 40):m.start()])
        if c is None or any(s <= m.start() < e for s, e in taken):
            continue
        if c.group("cue").lower() == "by" and not (m.group("v1") or m.group("v2") or c.group("of")):
            continue  # "rose by 10 to 20": no vote
        split(_int(m.group("a")), _int(m.group("b")), m.start(), m.end())
    if not found:
        roles: dict[str, list[tuple[int, int, int, str | None]]] = {"f": [], "a": [], "x": []}
        for m in res.number.finditer(sentence):
            if any(s <= m.start() < e for s, e in taken) or sentence[m.end():m.end() + 1] in ("-", "–") \
                    or sentence[max(0, m.start() - 1):m.start()] in ("-", "–"):
                continue
            n = _int(m.group("n"))
            if n is None or _YEAR.match(m.group("n")):
                continue
            r = res.role_after.match(sentence, m.end())
            if r is not None and r.group("a") and not r.group("voter") and not r.group("a").startswith("voted") \
                    and not _BARE_AGAINST_END.match(sentence, r.end()):
                r = None  # "11 against 11", "in 1989 against New Zealand": no voters
            if r is not None:
                taken.append((m.start(), r.end()))  # "Six of the seven members": one count
                role = "f" if r.group("f") else "a" if r.group("a") else "x"
                if role == "f" and res.indefinite.match(sentence, m.end() + r.end() - m.end()):
                    continue  # "two members voted for a larger cut": another proposal's backers
                voter = r.group("voter")
                roles[role].append((n, m.start(), m.end() + r.end() - m.end(),
                                    res.voter_body.get(re.sub(r"\s+", " ", voter.lower())) if voter else None))
            elif res.agent_before.search(sentence, max(0, m.start() - 20), m.start()):
                v = res.voter.match(sentence, m.end() + 1) if sentence[m.end():m.end() + 1] == " " else None
                tail = sentence[m.end() + (1 + len(v.group(0)) if v else 0):][:1]
                if tail in ("", " ", ",", ".", ";", ")") and (v or tail in ("", ",", ".", ";", ")")):
                    roles["f"].append((n, m.start(), v.end() if v else m.end(),
                                       res.voter_body.get(re.sub(r"\s+", " ", v.group("v").lower())) if v else None))
        if (z := res.none_against.search(sentence)) is not None and not roles["a"]:
            roles["a"].append((0, z.start(), z.end(), None))
        if (roles["f"] or roles["a"]) and all(len(v) <= 1 for v in roles.values()):
            spans = [(s, e) for v in roles.values() for _, s, e, _ in v]
            bodies = {b for v in roles.values() for *_, b in v if b}
            t = Tally(min(s for s, _ in spans), max(e for _, e in spans),
                      for_=roles["f"][0][0] if roles["f"] else None, against=roles["a"][0][0] if roles["a"] else None,
                      abstained=roles["x"][0][0] if roles["x"] else None,
                      body=bodies.pop() if len(bodies) == 1 else None)
            found.append(t)
    for m in res.unanimous.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if not res.cue.search(sentence[:m.start()] + " " + sentence[m.end():]):
            continue
        negated = res.negated.search(sentence, max(0, m.start() - 16), m.start()) is not None
        found.append(Tally(m.start(), m.end(), unanimous=not negated, against=None if negated else 0))
    out = []
    for t in found:
        if _planned(sentence, t.start, t.end):
            continue
        out.append(_decorate(sentence, t))
    return sorted(out, key=lambda t: t.start)


def _any_time(times: list[Timex], starts: list[int], start: int, end: int) -> Timex | None:
    """The sentence's first resolved time of any width ("in March", "in 2019"): a tally said of
    a time before its article's days is of another vote (checks/tally.py)."""
    for t in times[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if t.span[1] <= end and t.start is not None and t.end is not None:
            return t
    return None


def _ordinal(text: str) -> int:
    return _ORD.get(text.lower()) or int(text[:-2])


def read_decided(sentence: str) -> list[tuple[int, int, int, frozenset[str]]]:
    """(the ballot or round that decided a contest, start, end, the winner's name words) of
    each such statement of one sentence ("was elected on the fourth ballot", "won after three
    rounds of voting"); a ballot lost ("failed to win on the first ballot"), planned or
    forecast is none."""
    res = _res()
    if not any(w in sentence for w in ("ballot", "round", "Ballot", "Round")):
        return []
    out: list[tuple[int, int, int, frozenset[str]]] = []
    for k, pattern in enumerate(res.decided):
        for m in pattern.finditer(sentence):
            between = sentence[max(0, m.start() - 30):m.start("o") if "o" in m.groupdict() and m.group("o") else m.end()]
            if k != 1 and res.failing.search(between) or k == 1 and res.failing.search(sentence, m.start(), m.end()):
                continue
            if k == 1 and sentence[:m.start()].rstrip()[-1:] not in ("", ",", ";", ":"):
                continue  # a fronted ballot opens its clause ("On the third ballot, X won")
            if _SHARE_WON.match(sentence, m.end("w")):
                continue  # "won more votes than", "won 41% in the first round": a share, not the decision
            if _planned(sentence, m.start(), m.end()):
                continue
            n = _ordinal(m.group("o")) if m.groupdict().get("o") else _int(m.group("c"))
            if not n or any(s <= m.start() < e or m.start() <= s < m.end() for _, s, e, _ in out):
                continue
            w = m.start("w")
            clause = max(sentence.rfind(",", 0, w), sentence.rfind(";", 0, w), -1) + 1
            names = frozenset(x.lower() for x in _NAME.findall(sentence, clause, w)
                              if x.lower() not in _NOT_NAME and not res.voter.fullmatch(x))
            out.append((n, m.start(), m.end(), names))
    return sorted(out, key=lambda r: r[1])


def tally_claims(source: Source, timexes: list[Timex]) -> list[Claim]:
    out: list[Claim] = []
    text = source.text
    times = sorted(timexes, key=lambda t: t.span)
    starts = [t.span[0] for t in times]
    gate = SubstringGate(_res().gate, text)
    for _, (s, e) in sentences_outside_excluded(source):
        if not gate.holds(s, e):
            continue
        for t in read(text[s:e]):
            sid = SUBJECT + (t.body or "-") + (f"#{t.stage}" if t.stage else "")
            when = day_in_sentence(times, starts, s, e) or _any_time(times, starts, s, e)
            cid = "c-" + hashlib.sha1(f"{source.id}|tally|{sid}|{s}|{t.start}".encode()).hexdigest()[:12]
            label = f"vote of the {t.body}" if t.body else "vote"
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="tally",
                subject=SubjectRef(id=sid, label=label + (f" ({t.stage.replace('-', ' ')})" if t.stage else "")),
                value=ClaimValue(type="other", value=t.value(), text=text[s + t.start:s + t.end],
                                 span=(s + t.start, s + t.end)),
                when=to_when(when) if when is not None else None, timex=when, modality="reported", facet=FACET,
                topic=tuple(sorted({f"name:{n}" for n in t.names} | {f"noun:{n}" for n in t.nouns})),
            ))
        for n, a, b, names in read_decided(text[s:e]):
            when = day_in_sentence(times, starts, s, e) or _any_time(times, starts, s, e)
            cid = "c-" + hashlib.sha1(f"{source.id}|decided|{s}|{a}".encode()).hexdigest()[:12]
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="decided",
                subject=SubjectRef(id=DECIDED, label="ballot that decided the contest"),
                value=ClaimValue(type="ordinal", value=n, text=text[s + a:s + b], span=(s + a, s + b)),
                when=to_when(when) if when is not None else None, timex=when, modality="reported",
                facet=DECIDED_FACET, topic=tuple(sorted(f"name:{x}" for x in names)),
            ))
    return out


__all__ = ["DECIDED", "DECIDED_FACET", "FACET", "SUBJECT", "Tally", "read", "read_decided", "table", "tally_claims"]
