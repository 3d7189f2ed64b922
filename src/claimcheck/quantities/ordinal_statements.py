"""Ordinal statements read by their shape, for any noun or verb (no story's words):

- predicative: "<subject> is/was/became the Nth <noun phrase> [to <verb> ... | <participle>
  from ... | in ...]" ("Ilves became the first Estonian to win the regatta", "the comet is
  the 14th periodic comet named after an amateur"), and its elliptic forms, whose noun is
  an ordinal's noun before it in the sentence or the subject's head ("Her first voyage
  ended in 2019; the trip was her second", "The survey is the agency's 12th to the Arctic");
- "the Nth <noun> <subject> has <verb>ed" (a contact relative clause: "the second plant X
  has closed in Europe"), keyed as "the Nth <noun> <verb>ed", its subject a scope word;
- "the Nth time (that) <subject> has <verb>ed ...": the number of a happening, keyed by its
  verb ("the second time the council has rejected the plan"; a passive's agent is its
  active subject: "has been hit by a storm" / "a storm had hit"), and the same number told
  after the verb: "<subject> <verb>ed ... for the Nth time" ("the bank cut rates for the
  second time"; no forecast, no negation, no pronoun subject);
- a place in a set told whole: "<subject> was/became the Nth of the M [nouns] to be <verb>ed
  | to <verb> | <verb>ed" ("Ana Ruiz, the third of the five climbers to be rescued", "He was
  the first of the 12 finalists to arrive"), keyed ``of-<verb class>`` (the participle's
  class, "to be" or not; the nouns and the words after the verb are no key: "brought out" and
  "brought to the surface" are one act), its holder the subject or the name the apposition
  follows; none without a holder, or with N above M;
- a stage of a run: "<prep> the/its Nth <stage noun>" ("passed in its second reading",
  "is now in its 12th winter"), keyed by the stage noun AND the verb of its clause: a stage
  is identified by its number, so only the same happening told at two numbers disagrees
  ("drew in the third game" and "won in the fifth game" are two games).

Verbs told in other words share a class (`verb_classes`; a particle is read with its verb:
"to walk out" is `leave`), and a passive whose patient does what an intransitive verb tells
is keyed as that verb ("the third rider killed on ..." / "to be killed": `rider-to-die`).

One claim per statement, subject ``rank:nth-<key>`` (head noun lemma, "-to-<verb class>"
or "-<participle class>"; "time-<verb class>"; "<stage>-<verb class>"), facet ``rank``, the
scope words (modifiers, the phrase after, a nationality) and the period as topic, ``who``
the named subject, if any: compared by checks/rank.py (two named subjects are two things;
an article giving one key two numbers speaks of two things). A negated statement ("is not
the first Estonian to win") states no number; superlatives ("the second largest") are
ranks (quantities/rank.py); time and session nouns are none in the predicative shape
(`quantities.yaml` `ordinal_noun_stop`). A statement another reader made a claim of is
left to it (the caller passes the ordinal spans already read).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..events.kind_ordinals import scope_of, table as kind_table
from ..models import Actor, Claim, Mention, Source, Span
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation
from .held import lemma, stem
from .holder_ordinals import HOLDS_NTH
from .ordinals import nth_claim
from .tables import tables


class OrdinalStatementExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    ordinal: int | None
    key: str


class OrdinalStatementTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    stage_nouns: list[str] = Field(min_length=1)
    verb_classes: dict[str, list[str]]
    passive_as: dict[str, str] = {}
    irregular_past: dict[str, list[str]] = {}
    examples: list[OrdinalStatementExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> OrdinalStatementTable:
    return load_resource("quantities/ordinal_statements.yaml", OrdinalStatementTable)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = rf"(?P<ord>{'|'.join(_ORDINALS)}|1st|[1-9]\d{{0,2}}(?:st|nd|rd|th))"
_W = r"[^\W\d_][\w’'-]*"  # a word: a letter first
_COP = r"\b(?P<cop>is|was|are|were|becomes|became|become|remains|remained|be|been|marks|marked)\b"
# "Ilves, the first Estonian to win the regatta, said": an apposition numbers its name only
# in a line of holders (an infinitive or a participle after the noun)
_APPOSED = r"(?P<apposed>(?<=[\w)]),)"
# "The win makes Ilves the second Estonian to win": the object is the one numbered
_MAKES = r"\b(?:makes|made|make|making)\s+(?P<made>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
_ADV = r"(?:\s+(?:now|also|only|still|officially|effectively|just|thus|already))*"
# the subject of a contact relative clause after the numbered noun: a capitalised name (up
# to three words), a personal pronoun, or "the" and a noun
_REL_SUBJECT = r"(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})|(?:he|she|it|they|we|you|i)|the\s+[a-z]{3,}"
_NEG = r"(?P<neg>\s+not\b|n['’]t\b)?"
# "Ilves became the first Estonian to win the regatta", "the trip was her second", "the
# agency's 12th to the Arctic"; the noun phrase ends at an infinitive, a participle and its
# preposition, a preposition or the clause's end
_PREDICATIVE = re.compile(
    rf"(?:{_COP}{_NEG}{_ADV}|{_APPOSED}|{_MAKES})\s+(?P<det>the|its|his|her|their|our|(?:the\s+)?{_W}(?:\s+{_W})?['’]s)\s+(?:very\s+)?{_ORD}"
    rf"(?P<final>\s+and\s+(?:final|last))?(?P<np>(?:\s+{_W}){{0,4}}?)"
    rf"(?P<tail>\s+to\s+be\s+(?P<tobe>[a-z]{{3,}}(?:ed|en))\b"
    rf"|\s+to\s+(?P<verb>[a-z]{{3,}})(?:\s+(?P<vp>out|down|off|away))?\b"
    rf"|\s+(?P<part>[a-z]{{3,}}(?:ed|en))\s+(?:from|in|by|at|on|for|after|as)\b"
    # a contact relative clause: "the second plant Hoshida has closed", "the third title she has won"
    rf"|\s+(?:that\s+|which\s+)?(?P<rsubj>{_REL_SUBJECT})\s+(?:has|have|had)(?P<rneg>(?:\s+(?:now|ever|already|also|just|not|never))*)"
    r"\s+(?P<rpart>[a-z]{3,})\b"
    r"|\s+(?:in|of|from|at|on|since|to|this|last|after|before|among|with|for|by|under|until|ever|anywhere)\b"
    r"|\s*[,.;:!?)\n]|\s+(?:and|but|when|while|as|which|who|that)\b|\s*$)")
# "Ruiz, the third of the five climbers to be rescued,", "He was the first of the 12 finalists to arrive"
_CARDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12}
_NTH_OF = re.compile(
    rf"(?:{_COP}{_NEG}{_ADV}|{_APPOSED})\s+(?:only\s+)?the\s+(?:very\s+)?{_ORD}\s+of\s+(?:the|its|their|those)?\s*"
    rf"(?P<m>{'|'.join(_CARDINALS)}|\d{{1,3}})(?P<np>(?:\s+(?!(?:to|who|that)\b)[a-z][\w’'-]*){{0,2}})"
    r"\s+(?:to\s+(?:be\s+|have\s+been\s+)?(?P<verb>[a-z]{3,})|(?:who|that)\s+(?:was|were|had\s+been)\s+(?P<rel>[a-z]{3,})"
    r"|(?P<part>[a-z]{3,}))\b", re.IGNORECASE)
# "It is the second time (in two years) (that) the council has rejected ..."
_NTH_TIME = re.compile(rf"{_COP}{_NEG}{_ADV}\s+(?:only\s+)?the\s+(?:very\s+)?{_ORD}\s+time\b")
_TIME_PERIOD = re.compile(r"\s+(?:in|over|since|this|for|within)\s+[^,;.]{1,30}?(?=\s+that\b)")
# the clause after "the Nth time": its subject and auxiliaries before the verb
_SUBJECT_AUX = re.compile(r"\s+(?P<subj>.+?)(?P<aux>\s+(?:has|have|had|was|were|is|are)(?:\s+(?:been|ever|not|now|also|only|just|actually))*)?\s+$", re.DOTALL)
_BY = re.compile(r"\s+by\s+(?P<agent>[^,;.:]{1,40}?)(?=\s+(?:since|in|on|at|for|this|last|and|but)\b|[,;.:]|$)")
_PARTICLE = r"(?:\s+(?P<p>down|up|out|off|over|back|away))?"
# "in its third and final reading", "at the 30th kilometre"
_STAGE_PREP = r"\b(?P<prep>in|at|on|during|into|for|from|through)\s+(?P<det>the|its|their|his|her)\s+"
_NP_STOP = frozenset("""the a an of in at on for since to from with by after before as and or but is was are were be been
has had have will would could can may might that which who whose this these than it they he she we not now today
again yet so then still ever here there""".split())
_SUPERLATIVES = frozenset("most least best worst largest biggest highest lowest greatest smallest fastest oldest "
                          "youngest richest strongest longest top".split())
_NOT_NAME = frozenset("the a an it this that these those he she they we his her its their there here today yesterday "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_HOLDER_KINDS = frozenset({"person", "org"})
_NOT_VERB = frozenset("hundred kindred sacred naked wicked ing morning evening spring string thing nothing something "
                      "anything everything king ring wing during ceiling building meeting ruling wedding".split())


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    forms = {f: v for v, fs in tables().irregular_past.items() for f in fs}
    forms.update({f: v for v, fs in table().irregular_past.items() for f in fs})
    return forms


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return {v: cls for cls, vs in table().verb_classes.items() for v in vs}


@lru_cache(maxsize=1)
def _stages() -> frozenset[str]:
    return frozenset(table().stage_nouns)


def _is_stage(key: str) -> bool:
    return key.split("-")[0] in _stages()


@lru_cache(maxsize=1)
def _stage_re() -> re.Pattern[str]:
    stage = alternation(table().stage_nouns)
    # "its 15th winter season": a stage noun after the stage noun is one unit with it
    return re.compile(rf"{_STAGE_PREP}{_ORD}(?P<final>\s+and\s+(?:final|last))?\s+(?P<stage>{stage})s?"
                      rf"(?:\s+(?:{stage})s?)?\b(?![-’'])")


@lru_cache(maxsize=1)
def _verb_re() -> re.Pattern[str]:
    irregular = alternation(_irregular())
    return re.compile(rf"\b(?P<v>[a-z]{{3,}}ed|[a-z]{{3,}}ing|{irregular}|is|are|was|were){_PARTICLE}\b")


@lru_cache(maxsize=1)
def _past_re() -> re.Pattern[str]:
    irregular = alternation(_irregular())
    return re.compile(rf"(?P<v>[a-z]{{3,}}ed|{irregular}){_PARTICLE}\b")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(tables().holder_titles)


@lru_cache(maxsize=1)
def _noun_stop() -> frozenset[str]:
    t = tables()
    return frozenset(t.ordinal_noun_stop) | frozenset(t.lineage_heads)


def _number(word: str) -> int:
    low = word.lower()
    return _ORDINALS.get(low) or int(re.match(r"\d+", low).group())  # type: ignore[union-attr]


def verb_class(verb: str, particle: str | None = None) -> str:
    """A verb's class by its lemma ("collapsed": fail; "struck down": annul), else its lemma."""
    low = verb.lower()
    base = _irregular().get(low) or ("be" if low in ("is", "are", "was", "were", "be") else None)
    if base is None:  # a class's lemma among the forms a suffix may come from ("passed", "named", "naming")
        cut = low[:-2] if low.endswith("ed") else low[:-3] if low.endswith("ing") else low
        base = next((b for b in (cut, cut + "e", low[:-1]) if b in _classes()), None) or stem(low)
    if particle and (cls := _classes().get(f"{base}-{particle}")):
        return cls
    cls = _classes().get(base, base)
    return f"{cls}-{particle}" if particle else cls


_PRONOUNS = frozenset("he she it they we you i".split())


def _passive_as(participle: str) -> str | None:
    """The intransitive verb a passive is keyed as ("killed": die), else None."""
    low = participle.lower()
    forms = (_irregular().get(low), low[:-2], low[:-2] + "e", low[:-1])
    return next((table().passive_as[f] for f in forms if f and f in table().passive_as), None)


def _participle(word: str) -> bool:
    """A past participle: a regular "-ed"/"-en" form or an irregular past ("won", "held")."""
    low = word.lower()
    return (low.endswith(("ed", "en")) and low not in _NOT_VERB and low != "been") or (low in _irregular() and low not in ("is", "was"))


def _words(text: str) -> tuple[str, ...]:
    stop = set(kind_table().scope_stop)
    return tuple(sorted({w for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", text.lower()))
                         if w not in stop and len(w) > 1}))


# "in the past twelve months", "in more than a decade", "in two years": a stretch counted back
# from the report ("living memory" is all the time there is)
_SPAN = re.compile(r"\b(?:in|over|for|within)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|"
                   r"(?:the\s+)?(?:past|last)\s+)*(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"eleven|twelve|fifteen|twenty|thirty|several|many|\d+)\s+(?P<unit>year|decade|month|week|day|"
                   r"centur(?:y|ie))s?\b", re.IGNORECASE)
_SPAN_REACH = 80


def _period(sentence: str, end: int, published: str | None) -> tuple[str, ...] | None:
    """The period a count is made in (``scope_of``'s period token, or ``span:<n>-<unit>`` for
    a stretch counted back), else ``period:-`` (none written: all the time there is;
    checks/rank.py compares it with a period's count one way)."""
    found = tuple(w for w in scope_of(sentence, end, "", published) if ":" in w)
    if found:
        return found
    span = _SPAN.search(sentence, end, min(len(sentence), end + _SPAN_REACH))
    if span is not None and not re.search(r"[,;.:]", sentence[end:span.start()]):
        return (f"span:{span.group('n').lower()}-{span.group('unit').lower()}",)
    return ("period:-",)


def _clause_rest(text: str, at: int, e: int) -> str:
    """The clause after ``at``, to the next comma, semicolon or stop."""
    end = _CLAUSE_END.search(text, at, e)
    return text[at:end.start() if end is not None else e]


_CLAUSE_END = re.compile(r"[,;.:!?]")
# "since its founding" is all the time there is: a count still
_SINCE = re.compile(r"\bsince\b(?!\s+(?:its|their|the)\s+(?:founding|foundation|creation|inception|establishment|"
                    r"formation|beginning|start)\b)")


def _first_since(n: int, period: tuple[str, ...], rest: str = "") -> bool:
    """ "The first ... in more than a decade", "the first since 2011", "the first quake to kill
    100 people since the 2016 quakes": no count, but that none came between (checks/first.py's
    kind of claim). ``rest``: the clause after the statement."""
    return n == 1 and (any(p.startswith(("span:", "since:")) for p in period) or _SINCE.search(rest) is not None)


Reading = tuple[int, str, tuple[int, int], tuple[str, ...], list[Actor]]
# the predicate of a predicative statement: its subject is the holder numbered
# (checks/rank.py compares one holder's numbers at a time, as for holder_ordinals)


class _Names:
    """The named person and body mentions of a text by position."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.named = sorted((m for m in mentions if m.entity and m.kind in _HOLDER_KINDS), key=lambda m: m.span)
        self.starts = [m.span[0] for m in self.named]

    def first(self, lo: int, hi: int) -> Mention | None:
        i = bisect.bisect_left(self.starts, lo)
        return self.named[i] if i < len(self.named) and self.named[i].span[0] < hi else None

    def surname(self, word: str) -> Mention | None:
        """A person named in full elsewhere in the text whose family name is ``word`` ("Seo"
        for "Ji-ho Seo" or "Seo Ji-ho"): once per statement read, over the text's few named people."""
        return next((m for m in self.named if m.kind == "person" and len(parts := m.text.split()) > 1
                     and word in (parts[0], parts[-1])), None)


_OBJECT_END = re.compile(r"\s+(?:on|in|at|since|after|before|when|last|this|next|from|during|and|but|with|by|for|"
                         r"until|over|within)\b|\s*[,.;:)]|\s*$")
_APPOSITION = re.compile(r",[^,]{0,40},")
_CLAUSE_START = re.compile(r".*(?:[;:]|,\s+(?:and|but|while|as)\s+|\b(?:and|but)\s+)", re.DOTALL)


def _apposition_start(text: str, s: int, comma: int) -> int:
    """Where the name an apposition follows may begin: after the clause's comma before it."""
    before = text.rfind(",", s, comma)
    return before + 1 if before >= 0 else s


def _holder(text: str, lo: int, hi: int, names: _Names) -> list[Actor]:
    """The named subject of a clause ``text[lo:hi]``: a person or body mention, else a
    capitalised name that is the whole subject ("Rebollo is"); none for a pronoun or a
    common noun ("The new ship is")."""
    cut = _CLAUSE_START.match(text, lo, hi)
    lo = cut.end() if cut is not None else lo
    m = names.first(lo, hi)
    if m is not None:
        assert m.entity is not None
        return [Actor(entity=m.entity, text=m.text, span=m.span)]
    subject = _APPOSITION.sub("", text[lo:hi]).strip()
    words = subject.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0].lower() not in _NOT_NAME:
        start = text.index(words[0], lo)
        if len(words) == 1:
            # a family name alone: the person named in full in the text, else nobody known
            # (a name-order variant the entity layer did not join would split one holder)
            full = names.surname(words[0])
            return [Actor(entity=full.entity, text=words[0], span=(start, start + len(words[0])))] \
                if full is not None and full.entity else []
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-")
        return [Actor(entity=f"name:{slug}", text=text[start:start + len(words[0])], span=(start, start + len(words[0])))]
    return []


def _antecedent(text: str, s: int, at: int, cop: int) -> str | None:
    """The noun an elliptic ordinal stands for: an ordinal's noun earlier in the sentence
    ("Her first voyage ...; the trip was her second"), else the subject's head before the
    copula ("The survey is the agency's 12th")."""
    before = list(re.finditer(rf"\b{_ORD}\s+(?P<noun>[a-z]{{3,}})\b", text[s:at]))
    if before:
        return lemma(before[-1].group("noun"))
    head = re.search(r"\b(?P<noun>[a-z]{3,})\s*$", text[s:cop])
    if head is not None and head.group("noun") not in _NP_STOP:
        return lemma(head.group("noun"))
    return None


def _predicative(text: str, s: int, e: int, published: str | None, names: _Names) -> list[Reading]:
    out: list[Reading] = []
    sentence = text[s:e]
    for m in _PREDICATIVE.finditer(text, s, e):
        if m.group("neg"):
            continue  # "is not the first Estonian to win": no number stated
        if m.group("apposed") and m.group("verb") is None and m.group("part") is None and m.group("tobe") is None:
            continue  # "Oslo, the third city ...": an apposition is read only for a line of holders
        np = m.group("np").split()
        if any(w.lower() in _NP_STOP or w.lower() in _SUPERLATIVES or w.lower().endswith("est") for w in np):
            continue
        relative = m.group("rpart") is not None
        if relative and (not np or "not" in m.group("rneg").split() or "never" in m.group("rneg").split()
                         or not _participle(m.group("rpart"))):
            continue  # "the second plant X has not closed": no number stated
        if np:
            head = lemma(np[-1])
            mods = [w.lower() for w in np[:-1]]
        elif m.group("verb") is None and m.group("part") is None and m.group("tobe") is None \
                and m.group("final") is None:
            if m.group("cop") is None:
                continue  # an ellipsis is read after a copula only
            head, mods = _antecedent(text, s, m.start("ord"), m.start("cop")) or "", []
        else:
            continue
        if np and any(" ".join(np[i:]).lower() in _noun_stop() for i in range(len(np) - 1)):
            continue  # "the 13th Secretary General": a post's holder (quantities/holder_ordinals.py)
        # "X, whose title was their third in five years": a holder's title count told
        # elliptically, the holder reader's kind (quantities/holder_ordinals.py)
        title = not np and head in _titles()
        if not title and (not head or head in _noun_stop() or head in _stages() or len(head) < 3):
            continue  # time, session and post nouns are other readers'; "the second day" is no count
        key = "title" if title else head
        if m.group("verb"):
            key += "-to-" + verb_class(m.group("verb"), m.group("vp"))
            # the object runs to a preposition or a time word: "to lead the X on Monday"
            obj = _OBJECT_END.search(text, m.end("vp") if m.group("vp") else m.end("verb"), e)
            after = obj.start() if obj is not None else e
        elif m.group("part") or m.group("tobe"):
            # "the third cyclist killed on ...", "the third cyclist to be killed": a passive;
            # one whose patient does what an intransitive verb tells is keyed as that verb
            # ("killed" is "to die": `passive_as`)
            part = m.group("part") or m.group("tobe")
            active = _passive_as(part)
            key += f"-to-{verb_class(active)}" if active else "-" + verb_class(part)
            after = m.end("part") if m.group("part") else m.end("tobe")
        elif relative:  # "the second plant Hoshida has closed in Europe": keyed as "the second plant closed"
            key += "-" + verb_class(m.group("rpart"))
            after = m.end("rpart")
            agent = m.group("rsubj")
            mods += [] if agent.lower() in _PRONOUNS else [w.lower() for w in agent.split() if w.lower() != "the"]
        else:
            after = m.end("np")
        end = m.end("np") if np else m.end("ord")
        if m.group("verb"):
            scope = _words(" ".join(mods) + " " + text[m.end("vp") if m.group("vp") else m.end("verb"):after])
            period = _period(sentence, m.end("verb") - s, published)
        else:
            scope = tuple(w for w in scope_of(sentence, after - s, " ".join(mods), published) if ":" not in w)
            period = _period(sentence, after - s, published)
        if title:  # the holder reader's periods: a year or "since", else none written
            period = tuple(w for w in scope_of(sentence, after - s, "", published) if ":" in w) or ("period:-",)
        if _first_since(_number(m.group("ord")), period, _clause_rest(text, after, e)):
            continue
        if m.group("made"):
            lo, at = m.span("made")
        else:
            at = m.start("apposed") if m.group("apposed") else m.start("cop")
            lo = _apposition_start(text, s, at) if m.group("apposed") else s
        out.append((_number(m.group("ord")), key, (m.start("ord"), end), scope + period, _holder(text, lo, at, names)))
    return out


def _nth_of_set(text: str, s: int, e: int, names: _Names) -> list[Reading]:
    """"<holder> was the Nth of the M (nouns) to be <verb>ed": a holder's place in a set told
    whole (module docstring)."""
    out: list[Reading] = []
    for m in _NTH_OF.finditer(text, s, e):
        n, whole = _number(m.group("ord")), m.group("m").lower()
        total = _CARDINALS.get(whole) or int(whole)
        if m.group("neg") or n > total:
            continue  # "was not the first of the five": no number stated
        verb = m.group("verb") or m.group("rel") or m.group("part")
        if m.group("part") is not None and not _participle(verb):
            continue  # "the second of three in a row": no act told
        if m.group("apposed"):
            lo, at = _apposition_start(text, s, m.start("apposed")), m.start("apposed")
        else:
            lo, at = s, m.start("cop")
        who = _holder(text, lo, at, names)
        if not who:
            continue  # "It was the third of five": whose place is not said
        out.append((n, "of-" + verb_class(verb), (m.start("ord"), m.end("m")), (), who))
    return out


def _nth_time(text: str, s: int, e: int, published: str | None) -> list[Reading]:
    out: list[Reading] = []
    for m in _NTH_TIME.finditer(text, s, e):
        if m.group("neg"):
            continue
        pos = m.end()
        p = _TIME_PERIOD.match(text, pos, e)
        pos = p.end() if p is not None else pos
        that = re.compile(r"\s+that\b").match(text, pos, e)
        pos = that.end() if that is not None else pos
        verb = next((v for v in _past_re().finditer(text, pos, min(e, pos + 90))
                     if v.group("v") not in _NOT_VERB and text[v.start() - 1:v.start()] == " "), None)
        if verb is None or re.search(r"[,;.:]", text[pos:verb.start()]):
            continue
        chain = _SUBJECT_AUX.match(text[pos:verb.start()])
        if chain is None or not chain.group("subj").strip():
            continue
        aux = chain.group("aux") or ""
        passive = "been" in aux.split() or (aux.split()[:1] in (["was"], ["were"], ["is"], ["are"]))
        if passive:
            by = _BY.match(text, verb.end(), e)
            agent = by.group("agent") if by is not None else ""
        else:
            agent = chain.group("subj")
        key = "time-" + verb_class(verb.group("v"), verb.group("p"))
        sentence = text[s:e]
        period = _period(sentence, m.end() - s, published)
        if _first_since(_number(m.group("ord")), period, _clause_rest(text, verb.end(), e)):
            continue
        out.append((_number(m.group("ord")), key, (m.start("ord"), verb.end()), _words(agent) + period, []))
    return out


# "The bank cut rates for the second time in this cycle": the happening's number told after its verb
_FOR_NTH_TIME = re.compile(rf"\bfor\s+the\s+(?:very\s+)?{_ORD}\s+time\b")
_CLAUSE_OPEN = re.compile(r".*(?:[,;:(]|\b(?:and|but|after|when|while|as|because|before|since|that|which|who)\b)", re.DOTALL)
_VERB_REACH = 90  # characters back from "for the Nth time" in which its verb is looked for
_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|to)\b")
_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)(?-i:[a-z]+)\b")
_PRESENT_EED = frozenset("exceed proceed succeed need feed speed bleed breed heed seed".split())  # no past forms


def _for_nth_time(text: str, s: int, e: int, published: str | None) -> list[Reading]:
    """ "<subject> <verb>ed ... for the Nth time (in <period>)": keyed like "the Nth time
    <subject> has <verb>ed" (``time-<verb class>``), its subject's words as scope (a passive's
    subject is its patient: "the term was extended for the fourth time")."""
    out: list[Reading] = []
    for m in _FOR_NTH_TIME.finditer(text, s, e):
        lo = max(s, m.start() - _VERB_REACH)
        cut = _CLAUSE_OPEN.match(text, lo, m.start())
        lo = cut.end() if cut is not None else lo
        verbs = [v for v in _past_re().finditer(text, lo, m.start())
                 if v.group("v") not in _NOT_VERB and text[v.start() - 1:v.start()] in (" ", "")]
        if not verbs or re.search(r"\b(?:not|never|no)\b|n['’]t\b", text[lo:m.start()]):
            continue  # no verb in the clause; "did not win for the third time": no number stated
        v = verbs[0]
        if v.group("v") in _PRESENT_EED or _MODAL.search(text, lo, v.start()) or _INFINITIVE.match(text, v.end()):
            continue  # "will exceed CZK 100bn", "are set to rise" for the first time: a forecast, no happening told
        subject = re.sub(r"\s+(?:has|have|had|was|were|is|are|been|be|just|also|now|again)\b", " ", text[lo:v.start()])
        words = tuple(w for w in _words(subject) if w not in _PRONOUNS)
        if not words:
            continue  # "He won for the third time": whose count, of what, the holder reader's to say
        sentence = text[s:e]
        period = _period(sentence, m.end() - s, published)
        n = _number(m.group("ord"))
        if _first_since(n, period, _clause_rest(text, m.end(), e)):
            continue
        out.append((n, "time-" + verb_class(v.group("v"), v.group("p")), (m.start("ord"), m.end()), words + period, []))
    return out


# the common noun a state is told of, right before its verb or the comma of "X, now in ..."
_STATE_SUBJECT = re.compile(r"\b(?P<head>[a-z]{3,})(?:['’]s)?,?(?:\s+(?:is|was|are|were|now|still|also|already))*\s*$")


def _state_of(text: str, s: int, at: int) -> tuple[str, ...]:
    """The subject's head noun of a state told at ``at`` ("fair" in "The fair, now in its
    40th year"), as a scope word; none for a pronoun or a name (any subject fits)."""
    m = _STATE_SUBJECT.search(text, max(s, at - 40), at)
    head = m.group("head") if m is not None else ""
    return (lemma(head),) if head and head not in _NP_STOP and head not in _NOT_NAME else ()


_NOW_IN = re.compile(r"\bnow\s+$")
_COUNTED = re.compile(r"\d")
# the subject right before a stage's verb: "Four other candidates were", "The budget"
_STAGE_SUBJECT = re.compile(r"(?:^|\b)(?P<num>(?:two|three|four|five|six|seven|eight|nine|ten|several|many|all|both)\s+)?"
                            r"(?:[a-z-]+\s+)?(?!(?:had|have|has|were|was|are|is|been|also|all|this|its|his|her|their)\b)(?P<head>[a-z]{3,})(?:\s+(?:had|have|has|were|was|are|is|been|also|all))*\s+$",
                            re.IGNORECASE)


def _plural(noun: str) -> bool:
    low = noun.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and lemma(low) != low


def _stage(text: str, s: int, e: int, published: str | None, names: _Names) -> list[Reading]:
    out: list[Reading] = []
    sentence = text[s:e]
    for m in _stage_re().finditer(text, s, e):
        lo = max(s, m.start() - 100)
        if _NOW_IN.search(text, max(s, m.start() - 6), m.start()) and m.group("prep") == "in":
            # "the festival, now in its 32nd year": a state told without its verb
            key = f"{m.group('stage')}-be-now"
            out.append((_number(m.group("ord")), key, (m.start("ord"), m.end()),
                        _state_of(text, s, m.start()), []))
            continue
        verbs = [v for v in _verb_re().finditer(text, lo, m.start()) if v.group("v") not in _NOT_VERB]
        if not verbs:
            continue
        v = verbs[-1]
        if re.search(r"[;:]", text[v.end():m.start()]) or _COUNTED.search(text, v.end(), m.start()):
            continue  # the verb of another clause; "won 118 votes in the first round": a count at that stage
        subject = _STAGE_SUBJECT.search(text, max(s, v.start() - 60), v.start())
        if subject is not None and (subject.group("num") or _plural(subject.group("head"))):
            continue  # "four candidates were elected in the first round": several things, each its own stage
        cls = verb_class(v.group("v"), v.group("p"))
        if cls == "be":
            now = v.group("v") in ("is", "are")
            cls = "be-now" if now else "be"
        key = f"{m.group('stage')}-{cls}"
        scope = tuple(w for w in scope_of(sentence, m.end() - s, "", published))
        if cls.startswith("be"):  # a state is its subject's ("the war is in its third year"), whatever
            scope = _state_of(text, s, v.start())  # words follow ("its 16th winter of operation")
        who = names.first(s, m.start())
        actor = [Actor(entity=who.entity, text=who.text, span=who.span)] if who is not None and who.entity else []
        out.append((_number(m.group("ord")), key, (m.start("ord"), m.end()), scope, actor))
    return out


def read(text: str, s: int, e: int, published: str | None, mentions: list[Mention] | None = None,
         names: _Names | None = None) -> list[Reading]:
    """(number, key, span, scope, named subject) of each ordinal statement in ``text[s:e]``
    (``names``: the text's named mentions indexed once, else indexed from ``mentions``)."""
    names = names if names is not None else _Names(mentions or [])
    out = _nth_of_set(text, s, e, names)
    out += _nth_time(text, s, e, published)
    out += _for_nth_time(text, s, e, published)
    out += [r for r in _predicative(text, s, e, published, names) if not any(o[2][0] <= r[2][0] < o[2][1] for o in out)]
    out += [r for r in _stage(text, s, e, published, names) if not any(o[2][0] <= r[2][0] < o[2][1] for o in out)]
    return out


_GATE = frozenset(_ORDINALS) | frozenset({"st", "nd", "rd", "th"})


def cue() -> Cue:
    """An ordinal word, or a digit's ordinal suffix (the word scan reads "15th" as "th")."""
    return Cue(words=_GATE)


def ordinal_statement_claims(source: Source, mentions: list[Mention] | None = None,
                             taken: list[tuple[int, int]] | None = None,
                             sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """Every ordinal statement of ``sentences`` (by default every sentence that meets
    ``cue()``) whose ordinal no other reader's claim covers (``taken``: their ordinal value
    spans)."""
    text = source.text
    spans = sorted(taken or [])
    published = source.published.value if source.published.start is not None else None
    names = _Names(mentions or [])
    out: list[Claim] = []
    for _, (s, e) in sentences if sentences is not None else sentences_meeting(source, cue()):
        for n, key, (a, b), scope, who in read(text, s, e, published, names=names):
            predicate = HOLDS_NTH if who and not key.startswith(("time-",)) and not _is_stage(key) else "nth"
            lo, hi = bisect.bisect_left(spans, (s, 0)), bisect.bisect_left(spans, (e, 0))
            if any(x <= a < y for x, y in spans[lo:hi]):
                continue  # another reader's claim over this ordinal
            out.append(nth_claim(source, "ord-stmt", key, n, (s, e), (a, b), scope, who, predicate))
    return out


__all__ = ["cue", "ordinal_statement_claims", "read", "table", "verb_class"]
