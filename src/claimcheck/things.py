"""Things claims are about: noun phrases headed by a thing noun (mechanism, system, drill,
agreement ...), each with a *topic* (its content words, synonyms folded, generic words
dropped), so that "a system to share river flood warning data in real time" and
"a real-time river flood warning data sharing mechanism" share the topic
{data, flood, river, share, warning}. A definite or demonstrative phrase ("the mechanism",
"these drills") refers back to the latest thing of its head class in the article whose
topic contains its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .models import Span
from .resources import load_resource
from .words import PhraseTable, Words, scan

_WORD = re.compile(r"[A-Za-z][\w.’'-]*[\w]|[A-Za-z]")
# Words that end a noun phrase on its left (it never reaches across them).
_LEFT_STOP = frozenset(
    """of on in to for with by and or at from as that which who whom whose is are was were be been being has have
    had will would shall should can could may might must do does did not no than then into onto over under about
    after before during through toward towards between among while when where said says agreed agree promised
    urged aims aim also further such including include includes like via per its""".split()
)
_DETERMINERS = frozenset("a an the this that these those its their our his her".split())
_DEMONSTRATIVES = frozenset("this that these those such".split())
# Post-modifiers a phrase may take on its right ("a system to share ...", "the sharing of ...").
_POST = re.compile(r"\s+(?:to|of|on|for)\s+(?:[^,.;:“”\"()]|\.(?=\S)){1,90}?(?=\s+(?:within|by|in|on|before|after|that|which|"
                   r"and|to|during|from|at|since|until|as|launched)\b|[,;:“”\"()]|\.(?!\S)|$)")
# A proper name right after the head names the thing ("the multi-domain training Northern Anchor").
_NAME_AFTER = re.compile(r" (?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){0,3}\b")
_HYPHEN_PREFIXES = frozenset("multi anti counter non co cross inter sub semi pre post pro trans".split())


class ThingsResource(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    head_classes: dict[str, list[str]]
    synonyms: dict[str, str]
    generic: list[str]
    anaphora_window: int
    verbs: list[str]
    to_clause_classes: list[str]
    examples: list[dict[str, object]]


@dataclass(frozen=True)
class Vocabulary:
    head_class: dict[str, str]
    head_table: PhraseTable[str]
    synonyms: dict[str, str]
    generic: frozenset[str]
    window: int
    left_stop: frozenset[str]
    to_clause_classes: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    res = load_resource("claims/things.yaml", ThingsResource)
    head_class = {w.lower(): cls for cls, words in res.head_classes.items() for w in words}
    from .predicates import lexicon  # predicate word forms are verbs: a phrase never spans them

    verbs = {w.lower() for w in res.verbs} | {f.lower() for p in lexicon().predicates.values() for f in p.forms
                                              if " " not in f}
    return Vocabulary(head_class=head_class,
                      head_table=PhraseTable(head_class.items()),
                      synonyms={k.lower(): v for k, v in res.synonyms.items()},
                      generic=frozenset(w.lower() for w in res.generic), window=res.anaphora_window,
                      left_stop=_LEFT_STOP | (verbs - set(head_class)),
                      to_clause_classes=frozenset(res.to_clause_classes))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def fold(word: str, vocab: Vocabulary) -> list[str]:
    """A word's topic forms: synonyms folded, hyphenated compounds split unless prefixed."""
    w = word.lower().strip(".’'").removesuffix("’s").removesuffix("'s")
    if w in vocab.synonyms:
        return [vocab.synonyms[w]]
    if "-" in w and w.split("-", 1)[0] not in _HYPHEN_PREFIXES and w not in vocab.generic:
        return [f for part in w.split("-") if part for f in fold(part, vocab)]
    if "-" in w and w.split("-", 1)[0] in _HYPHEN_PREFIXES:
        return [w]
    w = vocab.synonyms.get(w, w)
    stemmed = _stem(w)
    return [vocab.synonyms.get(stemmed, stemmed)]


def topic_of(text: str, vocab: Vocabulary | None = None) -> frozenset[str]:
    vocab = vocab or vocabulary()
    words = {f for m in _WORD.finditer(text) for f in fold(m.group(), vocab)}
    return frozenset(w for w in words if w not in vocab.generic and w not in vocab.left_stop and len(w) > 1
                     and not w.isdigit())


@dataclass
class Thing:
    span: Span
    text: str
    head: str
    head_class: str
    topic: frozenset[str]
    definite: bool
    demonstrative: bool
    sentence: int
    antecedent: int | None = None  # index of the thing this phrase refers back to
    chain_topic: frozenset[str] = field(default_factory=frozenset)  # topic of the referent

    @property
    def anaphoric(self) -> bool:
        return self.antecedent is not None


def _left_edge(text: str, head_start: int, floor: int, stop: frozenset[str]) -> tuple[int, bool, bool]:
    """Start of the noun phrase ending at a head noun; whether it is definite/demonstrative."""
    start = head_start
    tokens = list(_WORD.finditer(text, floor, head_start))
    definite = demonstrative = False
    for tok in reversed(tokens[-7:]):
        gap = text[tok.end():start]
        if gap.strip(" ") and not re.fullmatch(r"\s*", gap):
            break  # punctuation between words ends the phrase
        word = tok.group().lower()
        if word in _DETERMINERS:
            start = tok.start()
            definite = word in {"the", "this", "that", "these", "those", "its", "their", "our"}
            demonstrative = word in _DEMONSTRATIVES
            break
        if word in stop:
            break
        start = tok.start()
    return start, definite, demonstrative


def _has_head(words: Words, vocab: Vocabulary, start: int, end: int) -> bool:
    """A thing's head noun starts within ``[start, end)``."""
    lo, hi = words.index_range(start, end)
    return any(vocab.head_table.match_at(words, i) is not None for i in range(lo, hi))


def find_things(text: str, sentences: list[Span]) -> list[Thing]:
    """Thing phrases in the sentences, with in-article anaphora resolved."""
    vocab = vocabulary()
    words = scan(text)
    heads = vocab.head_table.find(words)
    things: list[Thing] = []
    h = 0
    for si, (s, e) in enumerate(sentences):
        last_end = s
        while h < len(heads) and heads[h].start < s:
            h += 1
        k = h
        while k < len(heads) and heads[k].end <= e:
            m = heads[k]
            k += 1
            if m.start < last_end:
                continue
            # a head followed by another head word belongs to the later one ("drill program")
            if k < len(heads) and heads[k].first == m.last + 1 and text[m.end:heads[k].start] == " ":
                continue
            start, definite, demonstrative = _left_edge(text, m.start, max(s, last_end, m.start - 100), vocab.left_stop)
            end = m.end
            head = text[m.start:m.end].lower()
            name = _NAME_AFTER.match(text, end, e)
            if name is not None and not _has_head(words, vocab, name.start() + 1, name.start() + 2):
                end = name.end()
            for _ in range(2):  # up to two post-modifiers: "the sharing of information on missile warnings"
                post = _POST.match(text, end, e)
                if post is None or (post.group().split()[0] == "to" and vocab.head_class[head] not in vocab.to_clause_classes):
                    break
                if _has_head(words, vocab, post.start(), post.end()):
                    break  # another thing's head: that phrase is its own
                end = post.end()
            phrase = text[start:end]
            things.append(Thing(span=(start, end), text=phrase, head=head, head_class=vocab.head_class[head],
                                topic=topic_of(phrase, vocab), definite=definite, demonstrative=demonstrative,
                                sentence=si))
            last_end = end
    _resolve_anaphora(things, vocab.window)
    return things


def _resolve_anaphora(things: list[Thing], window: int) -> None:
    for i, t in enumerate(things):
        t.chain_topic = t.topic
        if not (t.definite or t.demonstrative):
            continue
        for j in range(i - 1, -1, -1):
            prev = things[j]
            if t.sentence - prev.sentence > window:
                break
            same_class = prev.head_class == t.head_class
            if same_class and t.topic <= prev.chain_topic and prev.chain_topic != t.topic:
                t.antecedent, t.chain_topic = j, prev.chain_topic
                break
            if t.demonstrative and not t.topic and prev.chain_topic:
                t.antecedent, t.chain_topic = j, prev.chain_topic
                break
            if same_class and t.topic == prev.chain_topic and t.topic:
                break  # a repeated description: its own topic already names it
