"""The clause layer of a sentence: its verb groups, each with its subject, object and attached
phrases, read from the words the text's one scan found (`words.scan`) and the time
expressions the tagger found. No parser and no part-of-speech model: closed word classes
(resources/clauses/grammar.yaml) and the open verb forms the event layer already knows (a
regular -ed form, an irregular past of events/open.yaml `lead_irregular`).

A clause (`Clause`) is one verb group (auxiliaries, adverbs between, the main verb and a
particle it takes: "had already set", "was not broken", "set off") with

- its lemma (a `verbs` entry, else `open_class.past_verb_class`, else the word), tense,
  negation, passive (a form of "be" before a participle) and its "by" agent;
- its subject: the noun phrase right before the verb group, with an aside between skipped
  ("The board of the agency, which sits in Tartu, rejected" -> "The board of the agency");
  for a relative clause ("which sits in Tartu", "who saw the comet on Monday") the
  noun phrase its pronoun follows; for a relative clause whose own subject follows the pronoun
  ("which Tom Ashby had set in 2020") that subject, the antecedent its object; for a verb
  joined by "and" with no subject of its own the subject of the verb before;
- its object's head and the phrases after the verb (and between its subject and the verb),
  each typed TIME (a time expression starts in it), PLACE (a gazetteer place, or a capitalised
  name a place noun introduces: "the town of X", "the X ski area", "his X home") or OTHER.

Computed once per sentence, on demand (`Layer.of`): one pass over the sentence's words to
find the verb groups and one walk back and forth from each: linear in the sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .models import Span, Timex
from .resources import load_resource
from .words import Words

Kind = Literal["TIME", "PLACE", "OTHER"]


class ClauseExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verb: str
    lemma: str
    subject: str | None = None
    object: str | None = None
    agent: str | None = None
    passive: bool = False
    negated: bool = False
    relative: bool = False
    places: list[str] = []
    times: list[str] = []


class SentenceExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    clauses: list[ClauseExample]


class ClauseGrammar(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    auxiliaries: dict[str, Literal["present", "past", "future", "modal", "none"]]
    be_forms: list[str]
    modals: list[str]
    adverbs: list[str]
    negations: list[str]
    relatives: list[str]
    subordinators: list[str]
    conjunctions: list[str]
    pronouns: list[str]
    determiners: list[str]
    prepositions: list[str]
    particles: list[str]
    verbs: dict[str, list[str]]
    place_nouns: list[str]
    examples: list[SentenceExample] = Field(min_length=1)


@dataclass(frozen=True)
class Words_:
    """The grammar's word sets, built once."""

    aux: dict[str, str]
    be: frozenset[str]
    modal: frozenset[str]
    adverb: frozenset[str]
    negation: frozenset[str]
    relative: frozenset[str]
    subordinator: frozenset[str]
    conjunction: frozenset[str]
    pronoun: frozenset[str]
    determiner: frozenset[str]
    preposition: frozenset[str]
    particle: frozenset[str]
    form: dict[str, str]  # a verb form -> its lemma
    place_noun: frozenset[str]
    stop: frozenset[str]  # words no noun phrase runs over


@lru_cache(maxsize=1)
def grammar() -> ClauseGrammar:
    return load_resource("clauses/grammar.yaml", ClauseGrammar)


@lru_cache(maxsize=1)
def sets() -> Words_:
    g = grammar()
    form = {f: lemma for lemma, forms in g.verbs.items() for f in forms}
    stop = frozenset(g.auxiliaries) | set(g.relatives) | set(g.subordinators) | set(g.conjunctions) \
        | set(g.prepositions)
    return Words_(dict(g.auxiliaries), frozenset(g.be_forms), frozenset(g.modals), frozenset(g.adverbs),
                  frozenset(g.negations), frozenset(g.relatives), frozenset(g.subordinators),
                  frozenset(g.conjunctions), frozenset(g.pronouns), frozenset(g.determiners),
                  frozenset(g.prepositions), frozenset(g.particles), form, frozenset(g.place_nouns), stop)


@dataclass(frozen=True)
class Attachment:
    kind: Kind
    prep: str  # the preposition, lower case ("" for a time written with none: "on Sunday" has one)
    span: Span  # the preposition to the phrase's end
    value: Span | None  # the place's name or the time expression
    timex: Timex | None = None


@dataclass(frozen=True)
class Clause:
    verb: Span  # the verb group, first auxiliary to the main verb (and its particle)
    head: int  # word index of the main verb
    lemma: str  # "sit", "set off", "annul"
    tense: str  # present | past | future | modal | none
    negated: bool
    passive: bool
    subject: Span | None
    subject_head: int | None  # word index of the subject's head noun (the last before "of")
    relative: bool  # the subject is the noun phrase a relative pronoun follows
    object_head: int | None
    agent: Span | None
    attachments: tuple[Attachment, ...] = field(default=())
    end: int = 0  # where the clause's phrases end


_NAME_WORD = re.compile(r"\s*(?:(?:de|del|des|la|le|of|upon|on)\s+)?([^\W\d_][\w'’.-]*)")
_BREAK = frozenset(",;:()\"“”!?—–")


def _gap(text: str, words: Words, i: int) -> str:
    """The text between word i and word i + 1."""
    return text[words.ends[i]:words.starts[i + 1]] if i + 1 < len(words.starts) else text[words.ends[i]:]


def _letterless(gap: str) -> str:
    """A gap without the letters the scan leaves out of its words ("Ł" of "Łukasz")."""
    return "".join(ch for ch in gap if not ch.isalpha()).strip()


def _breaks(gap: str) -> bool:
    return not _BREAK.isdisjoint(gap) or ". " in gap or "\n" in gap


def _upper(text: str, words: Words, i: int) -> bool:
    """Word i is written with a capital (the scan starts "Łukasz" at its "u")."""
    p = words.starts[i]
    while p > 0 and text[p - 1].isalpha():
        p -= 1
    return text[p].isupper()


def name_at(text: str, start: int, limit: int) -> Span | None:
    """The capitalised name starting at ``start`` (its words, with "of", "de" between), up to
    ``limit``; diacritics kept whole ("Plzeň", "Łódź")."""
    end, pos = None, start
    while pos < limit:
        m = _NAME_WORD.match(text, pos, limit)
        if m is None or not m.group(1)[0].isupper() or (end is not None and text[end:m.start(1)].strip(" ") not in
                                                         ("", "of", "de", "del", "des", "la", "le", "upon", "on")):
            break
        if end is None and m.start(1) != start:
            break
        end = m.end(1)
        pos = end
    if end is None:
        return None
    return (start, end.__int__() if text[end - 1] != "." else end - 1)


class Layer:
    """The clauses of a document's sentences, made once per sentence when first asked."""

    def __init__(self, text: str, words: Words, timexes: list[Timex], is_place: object = None) -> None:
        self.text = text
        self.words = words
        self.timexes = sorted((t for t in timexes if t.span[0] < t.span[1]), key=lambda t: t.span)
        self._tstarts = [t.span[0] for t in self.timexes]
        self._is_place = is_place if callable(is_place) else _gazetteer_place
        self._cache: dict[Span, list[Clause]] = {}
        self._participle = False  # the last subject read was a participle's, set off after its noun

    def of(self, span: Span) -> list[Clause]:
        got = self._cache.get(span)
        if got is None:
            got = self._cache[span] = self._read(span)
        return got

    # -- verb groups -------------------------------------------------------------------------
    def _verb_form(self, i: int, lo: int, after_aux: bool) -> str | None:
        """The lemma of word i read as a main verb, else None."""
        from .events.open_class import grammar as open_grammar, past_verb_class

        w, t, ws = self.words.lowers[i], self.text, sets()
        if not (t[self.words.starts[i]].islower() or i == lo):
            return None
        if w in ws.form:
            lemma = ws.form[w]
            low = self.words.lowers
            if not after_aux and not w.endswith("ed") and i > lo and (low[i - 1] in ws.determiner or (
                    i - 3 >= lo and low[i - 2] in ws.determiner and low[i - 3] in ws.preposition)) \
                    and not _breaks(self.text[self.words.ends[max(lo, i - 2)]:self.words.starts[i]]):
                return None  # "the start", "onto a ski run": a noun
        else:
            cls = past_verb_class(w)
            if cls is None:
                if not after_aux or w in ws.stop or w in ws.determiner or w in ws.pronoun:
                    return None
                if not (w.endswith(("ed", "en", "ing")) or w in open_grammar().lead_irregular):
                    return None
                lemma = w
            else:
                lemma = cls
        if not after_aux and i > lo and self.words.lowers[i - 1] in open_grammar().lead_not_after \
                and self.words.lowers[i - 1] not in ws.pronoun and self.words.lowers[i - 1] not in ws.relative and not _breaks(_gap(t, self.words, i - 1)):
            return None  # "the armed men", "by armed men": an adjective
        return lemma

    def _groups(self, lo: int, hi: int) -> list[tuple[int, int, int, str, str, bool, bool]]:
        """(first, head, last, lemma, tense, negated, passive) of each verb group."""
        ws, lowers, out = sets(), self.words.lowers, []
        i = lo
        while i < hi:
            w = lowers[i]
            if w in ws.aux and (self.text[self.words.starts[i]].islower() or i == lo):
                first, auxes, negated, j = i, [w], False, i + 1
                head, lemma = i, w
                while j < hi and not _breaks(_gap(self.text, self.words, j - 1)):
                    x = lowers[j]
                    if x in ws.negation:
                        negated = True
                    elif x in ws.adverb or (x.endswith("ly") and len(x) > 4):
                        pass
                    elif x in ws.aux:
                        auxes.append(x)
                    else:
                        form = self._verb_form(j, lo, True)
                        modal = auxes[-1] in ws.modal
                        if form is None and modal and self.text[self.words.starts[j]].islower() \
                                and x not in ws.stop and x not in ws.determiner and x not in ws.pronoun:
                            form = x  # "will leave": the word after a modal is its verb
                        if form is not None:
                            head, lemma = j, form
                            j += 1
                        break
                    j += 1
                if head == i:
                    lemma = "be" if w in ws.be else w  # a copula or an auxiliary alone: "is in Tartu"
                passive = head != i and auxes[-1] in ws.be and not lowers[head].endswith("ing")
                out.append((first, head, head, lemma, ws.aux[auxes[0]], negated, passive))
                i = head + 1
                continue
            if w == "to" or w in ws.stop or w in ws.determiner:
                i += 1
                continue
            lemma = self._verb_form(i, lo, False)
            if lemma is not None:
                tense = "present" if (w == lemma and w not in _SAME_PAST) or w.endswith("s") and not w.endswith("ss") \
                    else "past"
                if w.endswith("ing"):
                    tense = "none"
                out.append((i, i, i, lemma, tense, False, False))
            i += 1
        return [self._particle(g, hi) for g in out]

    def _particle(self, g: tuple[int, int, int, str, str, bool, bool], hi: int) -> tuple[int, int, int, str, str, bool, bool]:
        first, head, last, lemma, tense, neg, passive = g
        k = head + 1
        if k < hi and self.words.lowers[k] in sets().particle and not _breaks(_gap(self.text, self.words, head)):
            phrase = f"{lemma} {self.words.lowers[k]}"
            if phrase in _PHRASES:
                return first, head, k, phrase, tense, neg, passive
        return g

    # -- the clauses -------------------------------------------------------------------------
    def _read(self, span: Span) -> list[Clause]:
        lo, hi = self.words.index_range(*span)
        if hi <= lo:
            return []
        groups = self._groups(lo, hi)
        out: list[Clause] = []
        for n, (first, head, last, lemma, tense, negated, passive) in enumerate(groups):
            nxt = groups[n + 1][0] if n + 1 < len(groups) else hi
            subject, subj_head, relative, obj_np, direct = self._subject(first, lo, out)
            end = self._end(last, nxt, hi, span[1])
            obj, attachments, agent = self._after(last, end, passive)
            before = self._before(first, subject if direct else None, lo, not out)
            if obj_np is not None and obj is None:
                obj = obj_np  # "which Tom Ashby had set": the antecedent is what was set
            if self._participle and first == head and not passive and self.words.lowers[head] != lemma:
                passive, tense = True, "none"  # "The ferry, held every summer, ...": a participle set off after its noun
            out.append(Clause((self.words.starts[first], self.words.ends[last]), head, lemma, tense, negated,
                              passive, self._widen(subject), subj_head, relative, obj, self._widen(agent),
                              tuple(before + attachments), end))
        return out

    def _widen(self, span: Span | None) -> Span | None:
        """A span over whole written words: the scan reads no letter outside A-Z ("Łukasz")."""
        if span is None:
            return None
        a, b, t = span[0], span[1], self.text
        while a > 0 and t[a - 1].isalpha():
            a -= 1
        while b < len(t) and t[b].isalpha():
            b += 1
        return a, b

    def _np_back(self, k: int, lo: int, of_ok: bool = True) -> tuple[int, int] | None:
        """The noun phrase ending at word k: (first word, head word), walking back over its words
        and "of" ("The plenary of the court"), stopping at a verb, a clause word or a break."""
        ws, lowers = sets(), self.words.lowers
        if k < lo or lowers[k] in ws.stop or lowers[k] in ws.aux:
            return None
        if lowers[k] in ws.pronoun:
            return k, k
        start, head = k, k
        j = k - 1
        while j >= lo and not _breaks(_gap(self.text, self.words, j)):
            x = lowers[j]
            if x == "of" and of_ok and j - 1 >= lo and lowers[j - 1] not in ws.stop:
                head = j - 1
                start = j - 1
                j -= 2
                continue
            if x in ws.determiner:
                start = j
                if of_ok and j - 2 >= lo and lowers[j - 1] == "of" and not _breaks(_gap(self.text, self.words, j - 1)) \
                        and lowers[j - 2] not in ws.stop:
                    j -= 1  # "the plenary of the court": the phrase runs on before "of"
                    continue
                break
            if x in ws.stop or x in ws.aux or x in ws.pronoun or x in ws.form:
                break
            start = j
            j -= 1
        return start, head

    def _subject(self, first: int, lo: int, done: list[Clause]) -> tuple[Span | None, int | None, bool, int | None, bool]:
        """(span, head, relative, object head from the antecedent, found right before the verb)
        of the subject of the verb group at ``first``."""
        ws, lowers, words = sets(), self.words.lowers, self.words
        self._participle = False
        none: tuple[Span | None, int | None, bool, int | None, bool] = (None, None, False, None, False)
        k = first - 1
        while k >= lo and lowers[k] in ws.adverb and not _breaks(_gap(self.text, words, k)) \
                and not (k - 1 >= lo and lowers[k - 1] in ws.determiner):  # "The first was found"
            k -= 1
        if k < lo:
            return none
        w = lowers[k]
        direct = False
        if _breaks(_gap(self.text, words, k)):
            # an aside between the subject and the verb: ", which sits in Tartu," / ", held ... ,"
            opened = self._aside_start(k, lo)
            if opened is None:
                if "," not in _gap(self.text, words, k) or w in ws.stop or w in ws.aux:
                    return none
                opened = k  # "The ferry, held every summer": a participle's subject is the phrase before it
                self._participle = True
            k = opened
        elif w in ws.relative and (w != "that" or self._after_noun(k, lo)):
            ante = self._antecedent(k, lo)
            if ante is None:
                return None, None, True, None, False
            return (words.starts[ante[0]], words.ends[ante[2]]), ante[1], True, None, False
        elif w in ws.conjunction and done:
            prev = done[-1]
            return prev.subject, prev.subject_head, prev.relative, None, False
        elif w in ws.stop or w in ws.aux:
            return none
        elif done and done[-1].relative and done[-1].verb[0] < words.starts[k] and \
                not any(_breaks(_gap(self.text, words, j)) for j in range(done[-1].head, k + 1)):
            prev = done[-1]  # "A farmer who found the piece on Monday sold it": the antecedent
            return prev.subject, prev.subject_head, False, None, False
        else:
            direct = True
        np = self._np_back(k, lo)
        if np is None:
            return none
        s, head = np
        if s == head and s - 1 > lo and lowers[s - 1] in ws.pronoun and lowers[s] in ws.form \
                and self._np_back(s - 2, lo) is not None:
            s, head = self._np_back(s - 2, lo)  # type: ignore[misc]  # "The record she broke": a clause in the phrase
        if direct and s - 1 > lo and lowers[s - 1] in ws.preposition and self._time_end(
                words.starts[s - 1], words.starts[s] + 1) > words.starts[s]:
            # "Police on Sunday arrested": a time phrase between the subject and its verb
            np = self._np_back(s - 2, lo)
            if np is None:
                return none
            k = s - 2
            s, head = np
        obj = None
        if s - 1 >= lo and lowers[s - 1] in ws.relative and not _breaks(_gap(self.text, words, s - 1)):
            ante = self._antecedent(s - 1, lo)
            obj = ante[1] if ante is not None else None
        return (words.starts[s], words.ends[k]), head, False, obj, direct

    def _after_noun(self, k: int, lo: int) -> bool:
        """"that" after a noun is a relative pronoun; after a verb ("said that") it opens a report."""
        return k - 1 >= lo and self._verb_form(k - 1, lo, False) is None and self.words.lowers[k - 1] not in sets().aux

    def _antecedent(self, k: int, lo: int) -> tuple[int, int, int | None] | None:
        """The noun phrase a relative pronoun at word k follows (a comma between allowed):
        (first word, head word, last word)."""
        j = k - 1
        if j < lo:
            return None
        np = self._np_back(j, lo, of_ok=False)  # "the plenary of the court, which sits": the court
        if np is None:
            return None
        return np[0], np[1], j

    def _aside_start(self, k: int, lo: int) -> int | None:
        """The last word before the comma that opens the aside ending at word k: an aside is a
        relative clause, an apposition or a participle phrase between two commas."""
        ws, words = sets(), self.words
        j = k
        while j > lo:
            gap = _gap(self.text, words, j - 1)
            if _breaks(gap):
                if "," not in gap and "—" not in gap and "–" not in gap:
                    return None
                opener = words.lowers[j]
                if any(ch.isdigit() for ch in gap) or opener in ws.relative or opener in ws.determiner or self._verb_form(j, lo, False) is not None \
                        or _upper(self.text, words, j) or opener in ws.preposition:
                    return j - 1
                return None
            j -= 1
        return None

    def _end(self, last: int, nxt: int, hi: int, limit: int) -> int:
        """Where the phrases after a verb end: a break, a clause word before the next verb, the
        next verb group."""
        ws, lowers, words = sets(), self.words.lowers, self.words
        j = last
        closing = False
        while j + 1 < min(nxt, hi):
            gap = _gap(self.text, words, j)
            if _breaks(gap) and not closing:
                skip = self._apposed_name(j, min(nxt, hi)) if _letterless(gap) == "," else None
                if skip is not None:
                    j, closing = skip, True  # "by a farmer, Ann Lind, on Monday": a name set beside a noun
                    continue
                return words.ends[j] + next(n for n, ch in enumerate(gap) if ch in _BREAK or ch in ".\n")
            closing = False
            x = lowers[j + 1]
            if x in ws.preposition and x in ws.subordinator and self._time_end(words.starts[j + 1], words.ends[j + 1] + 2) \
                    > words.starts[j + 1]:
                j += 1  # "until 2024", "after Monday": a preposition of time, not a clause
                continue
            if x in ws.relative or x in ws.subordinator and x != "as" or x in ws.conjunction and j + 2 <= nxt:
                if x not in ws.conjunction or j + 2 == nxt or lowers[j + 2] in ws.aux:
                    return words.starts[j + 1]
            j += 1
        return limit if j + 1 >= hi else words.starts[j + 1]

    def _apposed_name(self, j: int, hi: int) -> int | None:
        """The last word of a capitalised name set between commas after word j (", Ann Lind,"),
        when a lower-case noun ends at j; else None."""
        words = self.words
        if not self.text[words.starts[j]].islower() or words.lowers[j] in sets().stop:
            return None
        k = j + 1
        while k < hi and _upper(self.text, words, k) and not _breaks(_gap(self.text, words, k - 1) if k > j + 1 else ""):
            if _letterless(_gap(self.text, words, k)) == ",":
                return k if k + 1 < hi else None
            if _breaks(_gap(self.text, words, k)):
                return None
            k += 1
        return None

    def _after(self, last: int, end: int, passive: bool) -> tuple[int | None, list[Attachment], Span | None]:
        """The object's head, the attached phrases and the agent after a verb group."""
        ws, lowers, words = sets(), self.words.lowers, self.words
        j = last + 1
        obj = None
        hi = bisect.bisect_left(words.starts, end)
        # the object: the words up to the first preposition
        k = j
        while k < hi and lowers[k] not in ws.preposition and lowers[k] not in ws.stop:
            k += 1
        if k > j and lowers[j] not in ws.adverb and lowers[j] not in ws.particle:
            head = k - 1
            while head > j and (lowers[head] in ws.adverb or lowers[head].endswith("ly") and len(lowers[head]) > 4):
                head -= 1  # "set the record again": an adverb after the object
            obj = head
        out: list[Attachment] = []
        agent = None
        while k < hi:
            if lowers[k] not in ws.preposition:
                k += 1
                continue
            m = k + 1
            while m < hi and lowers[m] not in ws.preposition and lowers[m] not in ws.stop:
                m += 1
            # "a ski run above X", "the home of X": a phrase inside the phrase belongs to it
            p_end = words.ends[m - 1] if m - 1 > k else words.ends[k]
            limit = words.starts[m] if m < hi else end
            t_end = self._time_end(words.starts[k], limit)
            if t_end > p_end and "," not in self.text[p_end:t_end - 1]:
                p_end = t_end
            if m < hi and lowers[m] in ("of",):
                m2 = m + 1
                while m2 < hi and lowers[m2] not in ws.preposition and lowers[m2] not in ws.stop:
                    m2 += 1
                p_end, m = words.ends[m2 - 1] if m2 - 1 > m else p_end, m2
            p_end = max(p_end, self._time_end(words.starts[k], p_end))
            att = self._attachment(lowers[k], words.starts[k], p_end)
            if lowers[k] == "by" and passive and agent is None and att.kind == "OTHER":
                agent = (words.starts[k + 1], p_end) if k + 1 < hi else None
            out.append(att)
            k = bisect.bisect_left(words.starts, p_end) if p_end > words.starts[k] else k + 1
            k = max(k, m)
        return obj, out, agent

    def _before(self, first: int, subject: Span | None, lo: int, opening: bool) -> list[Attachment]:
        """The time phrases between the subject and the verb ("Investigators on Sunday began"),
        and a sentence's opening phrase before its first clause ("On Thursday, X declared")."""
        words, ws = self.words, sets()
        if opening:
            a = words.starts[lo]  # "On Thursday, X declared" and "X on Thursday declared"
        elif subject is not None:
            a = subject[1]
        else:
            return []
        b = words.starts[first]
        out = []
        lo2, hi2 = words.index_range(a, b)
        for k in range(lo2, hi2):
            if words.lowers[k] in ws.preposition:
                att = self._attachment(words.lowers[k], words.starts[k], max(self._time_end(words.starts[k], b),
                                                                             words.ends[k]))
                if att.kind == "TIME":
                    out.append(att)
        return out

    def _time_end(self, a: int, b: int) -> int:
        i = bisect.bisect_left(self._tstarts, a)
        if i < len(self.timexes) and self.timexes[i].span[0] < b:
            return self.timexes[i].span[1]
        return a

    def _attachment(self, prep: str, a: int, b: int) -> Attachment:
        text = self.text
        while b < len(text) and (text[b].isalnum() or text[b] in "'’-" and b + 1 < len(text) and text[b + 1].isalnum()):
            b += 1  # a word the scan split at a letter it does not read ("Tromsø", "Plzeň")
        i = bisect.bisect_left(self._tstarts, a)
        if i < len(self.timexes) and self.timexes[i].span[0] < b:
            t = self.timexes[i]
            return Attachment("TIME", prep, (a, max(b, t.span[1])), t.span, t)
        place = self._place_in(a + len(prep), b)
        if place is not None:
            return Attachment("PLACE", prep, (a, b), place)
        return Attachment("OTHER", prep, (a, b), None)

    def _place_in(self, a: int, b: int) -> Span | None:
        """The place a phrase names: a gazetteer place, "the <place noun> of X", "X <place noun>"."""
        text, ws = self.text, sets()
        pos = a
        prev_noun = False
        while pos < b:
            m = re.compile(r"\s*([^\W\d_][\w'’.-]*)").match(text, pos, b)
            if m is None:
                break
            tok = m.group(1)
            if tok[0].isupper():
                name = name_at(text, m.start(1), b)
                if name is None:
                    break
                nm = text[name[0]:name[1]]
                rest = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[name[1]:b])
                noun_after = rest is not None and (rest.group(1) in ws.place_noun or
                                                   (rest.group(2) or "") in ws.place_noun)
                if _demonym(nm) or noun_after and re.match(r"\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+[A-Z]", text[name[1]:b]):
                    pos, prev_noun = name[1], False
                    continue  # "the Scottish town of X", "a Bahamian resort": an adjective, not the place
                if prev_noun or noun_after or self._is_place(nm):
                    return name
                pos = name[1]
                prev_noun = False
                continue
            low = tok.lower()
            prev_noun = low in ws.place_noun or (prev_noun and low in ("of", "capital")) or (
                low == "of" and prev_noun)
            pos = m.end(1)
        return None


_SHARED: list[tuple[Words, list[Timex], Layer]] = []


def shared(text: str, words: Words, timexes: list[Timex]) -> Layer:
    """The one layer of a text's scan (`words.scan` hands its readers one `Words`): the event
    layer and the claim readers of one article read one set of clauses."""
    for w, t, layer in _SHARED:
        if w is words and t is timexes:
            return layer
    layer = Layer(text, words, timexes)
    _SHARED.insert(0, (words, timexes, layer))
    del _SHARED[4:]
    return layer


def forget() -> None:
    """Let the shared layers go (they hold the article's time expressions): called when an
    article's claims are made, so nothing of it outlives its extraction."""
    _SHARED.clear()


def _demonym(name: str) -> bool:
    from .entities.lexicon import lexicon

    e = lexicon().lookup(name)
    return e is not None and e.role == "demonym"


def _gazetteer_place(name: str) -> bool:
    from .entities import gazetteer

    return bool(gazetteer.readings(name))


@lru_cache(maxsize=1)
def _phrase_set() -> frozenset[str]:
    return frozenset({"set out", "set off", "come down", "go down", "break out", "take off", "move in", "move out"})


_PHRASES = _phrase_set()
# verbs whose past is written as their base: read as past with no auxiliary (news reports)
_SAME_PAST = frozenset({"set", "put", "hit", "cut", "let", "shut", "spread", "quit", "cost"})
