"""Bodies, facilities and vessels no table names, typed by the words written with them
(resources/entities/bodies.yaml), and the short form of a body's name in its article.

- A lower-case descriptor right before an unknown capitalised run ("telecom group Orvana",
  "the ferry Aegean Star"), a "calling" phrase ("a group calling itself X", "known as X"),
  an appositive headed by a descriptor ("Orvana, a Lisbon-based telecom group") or a
  descriptor after the name with "the" before it ("the Kestrel ransomware gang", "the
  Kallmora zinc mine") types the run: org, thing (vessels, rockets) or place (facilities).
  A run that looks like a person's name (a given name, a naming tradition) is left to the
  person rules: "the team Jane Roe coaches".
- A body named with a brand head ("Vestby FK", "Halden Foods", "Corvina Bank") is also
  written by the words before that head alone ("Vestby beat ..."): such a word left
  unknown in the same article is that body, unless it follows a locative ("in Vestby"
  but not "at Vestby's ground" is
  the town) or two bodies share it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Mention
from .document import Doc
from .lexicon import Lexicon, lexicon
from .spellings import fold_vowels
from .text import acronym_key, fold_token, key, slug

_ADJECTIVE = re.compile(r"-[a-z]+$")  # "Porto-based", "Korean-built"
def _owner(run: str) -> bool:
    """"at Varnholt's plant": a possessive after a locative is an owner, not the place."""
    return run.endswith(("’s", "'s"))


_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_ENDS_NP = r"(?=[,.;:)]|\s+(?:that|which|who|whose|behind|based|in|from|with|for|on|at)\b|\s*$)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    def alt(words: dict[str, str]) -> str:
        return "|".join(re.escape(w).replace("\\ ", "[ \\t-]+") for w in sorted(words, key=lambda w: (-len(w), w)))

    # ", a Lisbon-based telecom group": modifiers that are no function words, then the noun
    apposed = re.compile(r",[ \t]+(?:a|an|the)[ \t]+((?:[\w’'-]+[ \t]+){0,3}?)(" + alt(lex.descriptors) + r")" + _ENDS_NP)
    after = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}?)(" + alt(lex.named_after) + r")\b(?![\w-])")  # "the X| ransomware gang"
    return apposed, after


def context_kind(doc: Doc, a: int, b: int, looks_personal: bool) -> str | None:
    """The kind the words around the unknown run ``text[a:b]`` give it, or None. Cheap
    tests first: the word before, then an anchored match after the run."""
    text = doc.text
    if a < 2 or text[a - 1] not in " \t" or not text[a - 2].islower():
        return None  # every cue ends in a lower-case word right before the run: most runs stop here
    lex = doc.lex
    prev = text[max(0, a - 30) : a].rstrip()
    if prev.lower().endswith(lex.calling):
        return None if looks_personal else "org"  # "a group calling itself X", "known as X"
    if looks_personal or not prev or not prev[-1].isalpha() or text[a - 1] in "\n\r" or _ADJECTIVE.search(text, a, b) or b - a < 3:
        return None  # a descriptor is in the run's sentence, right before it; "Porto-based" is no name
    word = prev.rsplit(None, 1)[-1]
    if word == "of":
        before = prev[:-2].rstrip().rsplit(None, 1)
        return "place" if before and before[-1].isalpha() and before[-1].islower() and key(before[-1]) in lex.place_of \
            else None
    if word.islower() and word.isalpha() and key(word) in lex.descriptors:  # not "the party's MPs"
        return lex.descriptors[key(word)]  # "telecom group Orvana", "the ferry Aegean Star"
    apposed, after = _patterns()
    if text.startswith(", ", b):
        m = apposed.match(text, b)
        if m is not None and _modifiers(lex, m.group(1)):
            return lex.descriptors[key(m.group(2))]
    if word in ("the", "The"):
        m = after.match(text, b)
        if m is not None and _modifiers(lex, m.group(1)) and not _NAME_AFTER.match(text, m.end()):
            # "the Catholic movement Opus Dei": the noun describes the name after it
            return lex.named_after[key(m.group(2))]
    return None


def _modifiers(lex: Lexicon, words: str) -> bool:
    """Words between an article and a descriptor that only modify it: no function word, no title."""
    return all(fold_token(w) not in lex.stop and fold_token(w) not in lex.titles for w in words.split())


def add_typed(doc: Doc, a: int, b: int, kind: str) -> None:
    b = doc._strip_possessive(a, b)
    doc.add(a, b, kind, f"{kind}:{slug(key(doc.text[a:b]))}", f"{kind}-context")


def _stem(lex: Lexicon, name: str) -> str | None:
    """The words before a brand head ("Vestby FK" -> "vestby"), when they could name the
    body alone: not a known name, not generic words."""
    words = key(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2 or (words[-1] not in lex.brand_heads and words[0] not in lex.brand_heads):
        return None
    while words and words[-1] in lex.brand_heads:
        words.pop()
    while words and words[0] in lex.brand_heads:
        words.pop(0)  # "SC Halden": a club designator written first
    if not words or any(w in lex.stop or w in lex.not_names or w in lex.heads for w in words):
        return None
    stem = " ".join(words)
    if len(stem) < 4 or words[0] in lex.given_names or words[0] in lex.hypocorisms or words[0] in lex.locatives:
        return None  # "Man Group", "Stan Lee Media", "South Bank": too short, a person's name, a direction
    return None if lex.names.get(stem) is not None else stem


def written_lower(text: str, words: str) -> bool:
    """Whether the article writes these words in lower case too: a common word ("Transport
    Group" ... "public transport"), not a name. A few C-level searches, no tokenising."""
    w = words.lower()
    at = text.find(w)
    while at >= 0:
        end = at + len(w)
        if (at == 0 or not text[at - 1].isalpha()) and (end >= len(text) or not text[end].isalpha()):
            return True
        at = text.find(w, end)
    return False


CANDIDATE = "body-candidate"  # an unknown name that only a body named elsewhere in the corpus can confirm
TYPED_RULES = frozenset({"org-head", "org-context", "thing-context", "place-context"})


def short_forms(doc: Doc) -> None:
    """Unknown runs of the article that name a body it names elsewhere: a brand-headed
    body without its head ("Vestby" for "Vestby FK"), or a name the article typed by its
    context once ("telecom group Orvana" ... "Orvana said")."""
    if not doc.pending:
        return
    lex = doc.lex
    stems: dict[str, set[tuple[str, str]]] = {}
    for m in doc.mentions:
        if m.rule in TYPED_RULES:
            s = _stem(lex, m.text) if m.rule == "org-head" else key(m.text)
            if s is not None:
                stems.setdefault(s, set()).add((m.kind, m.entity or ""))
    if not stems:
        return
    left: list[tuple[int, int]] = []
    for a, b in doc.pending:
        run = doc.text[a:b]
        ids = stems.get(key(run))
        if ids is None or len(ids) != 1 or written_lower(doc.text, run):
            left.append((a, b))
            continue
        prev = doc.prev_word(a)
        if (prev in lex.locatives and not _owner(run)) or (prev == "the" and _LOWER_AFTER.match(doc.text, b)):
            # "in Vestby" is the town, "the Baltic states" the region
            left.append((a, b))
            continue
        kind, eid = next(iter(ids))
        doc.add(a, doc._strip_possessive(a, b), kind, eid, f"{kind}-short")
    doc.pending = left


def candidates(doc: Doc) -> None:
    """Unknown runs of one or two words left after the article's own rules: kept as
    candidates that ``resolve`` confirms only when another article names a body so
    (``confirm``). A word that opens its sentence or follows a locative is none."""
    lex = doc.lex
    text = doc.text
    taken = {m.span[0] for m in doc.mentions}
    for a, b in doc.pending:
        j = a - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if a in taken or j < 0 or text[j] in _OPENERS:
            continue  # a capital opening a sentence or a line says nothing
        run = text[a:b]
        if acronym_key(run) is not None:
            continue  # an acronym is defined or known, never guessed
        words = key(run).split()
        if not 1 <= len(words) <= 2 or any(w in lex.stop or w in lex.not_names or w in lex.openers or w in lex.given_names
                                          or w in lex.titles for w in words):
            continue
        if (doc.prev_word(a) in lex.locatives and not _owner(run)) or written_lower(text, " ".join(words)):
            continue  # the text search last: it is the dearest test
        b = doc._strip_possessive(a, b)
        # validated like any mention: pydantic's model_construct is the slower path here
        doc.mentions.append(Mention(span=(a, b), text=text[a:b], kind="org", entity=f"org:{slug(' '.join(words))}",
                                    rule=CANDIDATE))


_OPENERS = frozenset('.!?:"“”\n\r')


def core(lex: Lexicon, name: str, rule: str) -> str | None:
    """The key a candidate must equal to be this body: a typed name as written, a
    brand-headed one without its head."""
    if rule == "org-head":
        return _stem(lex, name)
    return key(name) if rule in TYPED_RULES else None


def confirm(all_mentions: list[tuple[str, Mention]], mentions_by_source: dict[str, list[Mention]]) -> list[tuple[str, Mention]]:
    """Candidates that name, word for word, exactly one body typed elsewhere in the corpus
    take its id and kind; the others are dropped from every list."""
    lex = lexicon()
    typed: dict[str, set[tuple[str, str]]] = {}
    cands: list[tuple[str, Mention]] = []
    for sid, m in all_mentions:
        if m.rule == CANDIDATE:
            cands.append((sid, m))
        elif m.rule in TYPED_RULES:
            c = core(lex, m.text, m.rule)
            if c is not None:  # "MuellerTech AG" confirms "MüllerTech" (German vowels written out)
                typed.setdefault(fold_vowels(c), set()).add((m.kind, m.entity or ""))
    if not cands:
        return all_mentions
    dropped: set[int] = set()
    touched: set[str] = set()
    for sid, m in cands:
        hits = typed.get(fold_vowels(key(m.text)))
        if hits is None or len(hits) != 1:
            dropped.add(id(m))
            touched.add(sid)
            continue
        m.kind, m.entity = next(iter(hits))  # type: ignore[assignment]
        m.rule += "+corpus"
    if not dropped:
        return all_mentions
    for sid in touched:
        mentions_by_source[sid] = [m for m in mentions_by_source[sid] if id(m) not in dropped]
    return [(sid, m) for sid, m in all_mentions if id(m) not in dropped]


def bare_names(all_mentions: list[tuple[str, Mention]]) -> list[tuple[str, str]]:
    """Pairs of ids to join: a body typed by its context alone ("Dutch side Halden") and
    the one brand-headed body whose name it is without the head ("SC Halden")."""
    lex = lexicon()
    stems: dict[str, set[str]] = {}
    bare: list[Mention] = []
    for _, m in all_mentions:
        if m.rule == "org-head":
            s = _stem(lex, m.text)
            if s is not None:
                stems.setdefault(s, set()).add(m.entity or "")
        elif m.rule == "org-context":
            bare.append(m)
    out: list[tuple[str, str]] = []
    for m in bare:
        ids = stems.get(key(m.text))
        if ids is not None and len(ids) == 1:
            out.append((m.entity or "", next(iter(ids))))
    return out


def retype_people(all_mentions: list[tuple[str, Mention]]) -> None:
    """A name of two words or more that one article types as a body ("Piraeus-based Aegeon
    Tankers", "shipping group Aegeon Tankers") and another reads as a person's full name
    with no title written with it is that body (or vessel, or facility: "the tanker Celestine
    Dawn"): the person rules only guessed from its shape. A titled mention ("Judge ...")
    stays a person; a name typed two ways ("carrier X", "tanker X") is left alone."""
    bodies_by_id: dict[str, set[tuple[str, str]]] = {}
    for _, m in all_mentions:
        if m.rule in TYPED_RULES and len(key(m.text).split()) >= 2:
            bodies_by_id.setdefault(f"person:{slug(key(m.text))}", set()).add((m.kind, m.entity or ""))
    if not bodies_by_id:
        return
    for _, m in all_mentions:
        if m.kind == "person" and m.title is None and m.entity in bodies_by_id and len(hits := bodies_by_id[m.entity]) == 1:
            m.kind, m.entity = next(iter(hits))  # type: ignore[assignment]
            m.rule += "+body"
