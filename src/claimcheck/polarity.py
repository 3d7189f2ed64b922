"""One act of the story asserted in one article and denied in another
(resources/claims/polarity.yaml): "the government will charter flights" / "the state would
not charter aircraft itself"; "approved by a prosecutor" / "went ahead without the approval
of a prosecutor"; "the court ordered the minister to prepare a plan" / "the court stopped
short of ordering a new plan".

Read from the clause layer (claimcheck/clauses.py): a clause whose main verb is a verb of
decision or formal act (never of saying or thinking), its doer the subject (the agent of a
passive), its polarity the clause's negation; and two shapes that deny an act without "not":
a denying frame before the verb ("stopped short of ordering", "refused to sign") and
"without the <act noun> of <doer>". Keyed by the act's lemma and its doer's head noun
(``value:polarity|approve-prosecutor``; "the state" and "the government" are one doer), value
``yes`` or ``no``, compared by checks/named_value.py: two sources giving one key the two
values conflict, and a source that gives both is left out.

Quiet for a possibility, a condition or a state that may yet change ("may not", "if",
"has yet to", "has not approved", "not until"), a plan or a wish, an infinitive ("to charter":
another clause's aim), a pronoun doer (no one the article keys), and another or earlier act.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from .clauses import Clause, Layer
from .models import Claim, ClaimValue, Source, SubjectRef
from .resources import load_resource
from .segment import outside_sentence_at
from .words import Words, alternation, segment_start


class PolarityExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    key: str | None
    value: str | None


class PolarityTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: dict[str, list[str]] = Field(min_length=1)
    nominals: dict[str, str]
    denying_frames: list[str] = Field(min_length=1)
    doer_aliases: dict[str, list[str]]
    quiet_words: list[str]
    pronouns: list[str]
    examples: list[PolarityExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> PolarityTable:
    t = load_resource("claims/polarity.yaml", PolarityTable)
    for noun, lemma in t.nominals.items():
        if lemma not in t.verbs:
            raise ValueError(f"nominal {noun!r} names an unknown verb {lemma!r}")
    return t


@dataclass(frozen=True)
class _Sets:
    form: dict[str, str]  # a verb form -> its lemma
    cue: frozenset[str]  # words a sentence must hold: the verb forms and the act nouns
    alias: dict[str, str]
    quiet: frozenset[str]
    pronoun: frozenset[str]
    frame: re.Pattern[str]
    without: re.Pattern[str]


@lru_cache(maxsize=1)
def _sets() -> _Sets:
    t = table()
    form = {f: lemma for lemma, fs in t.verbs.items() for f in fs}
    return _Sets(
        form=form, cue=frozenset(form) | frozenset(t.nominals),
        alias={a: doer for doer, aliases in t.doer_aliases.items() for a in aliases},
        quiet=frozenset(t.quiet_words), pronoun=frozenset(t.pronouns),
        frame=re.compile(rf"\b(?:{alternation(t.denying_frames, any_space=True)})\s+(?P<verb>{alternation(form)})\b",
                         re.IGNORECASE),
        without=re.compile(rf"\bwithout\s+(?:(?:the|any|a|an|prior|formal|official)\s+)*(?P<noun>"
                           rf"{alternation(t.nominals)})\s+(?:of|from|by)\s+(?:(?:the|a|an)\s+)?"
                           r"(?P<doer>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b"),
    )


@dataclass(frozen=True)
class Reading:
    lemma: str
    doer: str
    value: str  # "yes" | "no"
    span: tuple[int, int]  # the verb or the act noun, in the text
    doer_span: tuple[int, int]
    sentence: tuple[int, int] = (0, 0)  # the read sentence holding it: the claim's span


_BREAK = re.compile(r"[;:()—–\"“”]|,")
_DOER_STOP = frozenset("of in on at to for with from by and or but which who that was were is are has have had".split())


def _doer(words: Words, text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The head noun of a noun phrase span: its last word before "of"/a preposition."""
    lo, hi = words.index_range(*span)
    head = None
    for i in range(lo, hi):
        w = words.lowers[i]
        if w in _DOER_STOP:
            break
        head = i
    if head is None:
        return None
    return words.lowers[head], (words.starts[head], words.ends[head])


def _fold(doer: str) -> str:
    d = doer[:-1] if len(doer) > 3 and doer.endswith("s") and not doer.endswith("ss") else doer
    return _sets().alias.get(d, d)


def _quiet(text: str, lo: int, hi: int) -> bool:
    # as written: "in May" is a month, "If" opens the segment
    return any((w if w[0].islower() else w.lower()) in _sets().quiet and w != "May"
               for w in re.findall(r"[A-Za-z][\w-]*", text[lo:hi]))


def _clause_reading(text: str, words: Words, c: Clause, sent: tuple[int, int]) -> Reading | None:
    s = _sets()
    w = words.lowers[c.head]
    lemma = s.form.get(w)
    if lemma is None or w.endswith("ing"):
        return None  # a gerund: "ordering" is read by its frame
    if c.head > 0 and words.lowers[c.head - 1] == "to":
        return None  # "to charter": another clause's aim
    group = set(re.findall(r"[a-z']+", text[c.verb[0]:c.verb[1]].lower()))
    if group & s.quiet or (c.negated and group & {"has", "have"}):
        return None  # "may not approve", "has not approved": a possibility, a state that may change
    if c.passive:
        if c.agent is None:
            return None
        got = _doer(words, text, c.agent)
    else:
        if c.subject_head is None:
            return None
        got = (words.lowers[c.subject_head], (words.starts[c.subject_head], words.ends[c.subject_head]))
    if got is None or got[0] in s.pronoun:
        return None
    lo = segment_start(text, _BREAK, sent[0], c.verb[0])
    brk = _BREAK.search(text, c.verb[1], sent[1])
    if _quiet(text, min(lo, got[1][0]), brk.start() if brk else sent[1]):  # "did not approve it until May"
        return None
    return Reading(lemma, _fold(got[0]), "no" if c.negated else "yes", (words.starts[c.head], words.ends[c.head]), got[1])


def _frame_readings(text: str, words: Words, layer: Layer, sent: tuple[int, int]) -> list[Reading]:
    s = _sets()
    out: list[Reading] = []
    for m in s.frame.finditer(text, sent[0], sent[1]):
        clause = next((c for c in layer.of(sent) if c.verb[0] <= m.start() < c.verb[1] + 1), None)
        if clause is None or clause.subject_head is None or clause.negated:
            continue
        doer = words.lowers[clause.subject_head]
        if doer in s.pronoun or _quiet(text, segment_start(text, _BREAK, sent[0], m.start()), m.start()):
            continue
        out.append(Reading(s.form[m.group("verb").lower()], _fold(doer), "no", m.span("verb"),
                           (words.starts[clause.subject_head], words.ends[clause.subject_head])))
    for m in s.without.finditer(text, sent[0], sent[1]):
        parts = m.group("doer").split()
        if len(parts) == 2 and parts[1] in _DOER_STOP:
            parts = parts[:1]
        doer = parts[-1]
        if doer in s.pronoun or doer in _DOER_STOP or _quiet(text, segment_start(text, _BREAK, sent[0], m.start()), m.start()):
            continue
        start = m.start("doer") + m.group("doer").rfind(doer)
        out.append(Reading(table().nominals[m.group("noun")], _fold(doer), "no", m.span("noun"),
                           (start, start + len(doer))))
    return out


def readings(source: Source, words: Words, layer: Layer) -> list[Reading]:
    """Every act the source asserts or denies, in order."""
    text = source.text
    out: list[Reading] = []
    seen: set[int] = set()
    for h in words.positions(_sets().cue):
        held = outside_sentence_at(source, words.starts[h])
        if held is None or held[0] in seen:
            continue
        n, sent = held
        seen.add(n)
        frames = _frame_readings(text, words, layer, sent)
        taken = {r.span for r in frames}
        out.extend(replace(r, sentence=sent) for r in frames)
        for c in layer.of(sent):
            r = _clause_reading(text, words, c, sent)
            if r is not None and r.span not in taken:
                out.append(replace(r, sentence=sent))
    return sorted(out, key=lambda r: r.span)


def polarity_claims(source: Source, words: Words, layer: Layer) -> list[Claim]:
    """Named-value claims ``value:polarity|<lemma>-<doer>`` (module docstring)."""
    out: list[Claim] = []
    for r in readings(source, words, layer):
        s, e = r.sentence
        sid = f"value:polarity|{r.lemma}-{r.doer}"
        cid = "c-" + hashlib.sha1(f"{source.id}|named-value|{sid}|{r.span[0]}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=source.text[s:e], predicate="polarity",
            subject=SubjectRef(id=sid, label=f"whether the {r.doer} did {r.lemma}", text=None, span=r.doer_span),
            value=ClaimValue(type="name", value=r.value, text=source.text[r.span[0]:r.span[1]], span=r.span),
            modality="reported", facet="named-value",
        ))
    return out
