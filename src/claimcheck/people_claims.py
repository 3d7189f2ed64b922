"""Claims about people: the title a person is named with, the office that title denotes,
and the names a person is written with.

Read from the person mentions of each sentence (`entities` found the title, its span and,
when the tables know it, the office); dated by the sentence's own date when it has one.
A `name` claim is made for the first mention of each written form of a person whom the
entity index knows under several spellings, so the name check can cite both spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .frames import Draft, Sentence, SentenceDates
from .entities.lexicon import TitleInfo, lexicon
from .checks.tables import title_lattice, title_tables
from .checks.title import title_key, title_relation
from .checks.title_lattice import posts_of
from .entities.bare_titles import bare_titles
from .entities.document import PLACE_PHRASES
from .entities.text import key
from .entities.title_parts import read_title
from .entities.title_phrases import title_after, title_apposed, title_before, title_by_verb, title_coordinated
from .keys import parse
from .office_claims import statement_end, tables as office_tables
from .models import Actor, ClaimValue, Entity, Mention, Span, TitleAttrs


# kinds whose spellings are compared (a country's forms are demonyms and capitals, an
# office's are title wordings: other checks' business)
NAMED_KINDS = ("person", "org", "place", "thing")
SKIPPED_SORTS = ("courtesy", "counterpart")  # "Mr", "his counterpart": no title to compare
REACH = 90  # characters after a name in which a complement title is read
_GENERIC_HEADS = frozenset({"chief", "head", "boss", "leader"})  # "the defence chief": a wording of another title


def people_drafts(ex: SentenceDates, index: object | None = None) -> list[Draft]:
    drafts: list[Draft] = []
    entities = getattr(index, "entities", None)
    named: set[tuple[str, str, int]] = set()  # one claim per form per sentence: a later sentence may be the one quoted
    several = _several_ways(entities)  # entity id -> written several ways (asked once per entity)
    for s in _in_order(ex.sentences.values()):
        for m in s.mentions:
            if isinstance(entities, dict) and m.kind in NAMED_KINDS and m.entity and (m.entity, m.text, s.index) not in named \
                    and m.rule not in PLACE_PHRASES:
                e = entities.get(m.entity)
                if e is not None and m.entity not in several:
                    several[m.entity] = _written_several_ways(e)
                if e is not None and several[m.entity]:
                    named.add((m.entity, m.text, s.index))
                    drafts.append(Draft(sentence=s, predicate="named", facet="name", subject_id=m.entity,
                                        subject_label=e.label, subject_text=m.text, subject_span=m.span,
                                        who=[Actor(entity=m.entity, text=m.text, span=m.span)],
                                        value=ClaimValue(type="name", value=m.text, text=m.text, span=m.span)))
            if m.kind != "person" or not m.entity:
                continue
            titles = _titles_of(ex.text, s, m, index)
            if not titles and not m.office:
                continue  # most people: no title, no office (no record is built for them)
            when = ex.sentence_date(s, statement_end(ex.text, m.span[1], s.span[1]), lone=True)
            actor = Actor(entity=m.entity, text=m.text, span=m.span)
            for title, title_span, value in titles:
                parts = read_title(ex.text, title_span, s.span[0], s.span[1], m.span[1])
                drafts.append(Draft(sentence=s, predicate="title", facet="title", subject_id=m.entity,
                                    subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                    when=when, who=[actor],
                                    value=ClaimValue(type="title", value=value, text=title, span=title_span),
                                    title=TitleAttrs(past=parts.past, body=parts.body or _owner_body(ex.text, title_span[0])
                                                     or body_noun_before(ex.text, title_span[0]),
                                                     dated=parts.dated, leaving=parts.leaving)))
            if m.office and not (m.title_span and body_noun_before(ex.text, m.title_span[0])):
                drafts.append(Draft(sentence=s, predicate="hold-office", facet="holder", subject_id=m.office,
                                    subject_label=parse(m.office).name.replace("-", " "),
                                    subject_text=m.title, subject_span=m.title_span, when=when, who=[actor],
                                    value=ClaimValue(type="name", value=m.entity, text=m.text, span=m.span)))
    drafts += _bare_drafts(ex, drafts)
    return drafts


# a relative clause or an appositive noun phrase set off by commas ("X, the chairman of Acme,
# has been named interim chief executive"): the main verb's complement is read after it
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|the|a|an)\b[^,;:()]{1,150},(?=\s+(?:will|would|is|was|has|had|becomes|became)\b)")
def _bare_drafts(ex: SentenceDates, drafts: list[Draft]) -> list[Draft]:
    """"the defence chief said": a title written without a name is a title claim of the one
    person of the document given that title (or a wording of it) with a name; with none or
    several such people, nothing. The claim names no actor (its words are no name)."""
    # person -> the titles written for them in this document, with the body written with each
    titled: dict[str, set[tuple[str, str | None]]] = {}
    taken: list[Span] = []
    labels: dict[str, str] = {}
    for d in drafts:
        if d.facet == "title" and d.value is not None and d.value.span is not None:
            titled.setdefault(d.subject_id, set()).add((d.value.text, d.title.body if d.title else None))
            labels[d.subject_id] = d.subject_label
            taken.append(d.value.span)
    if not titled:
        return []
    taken += [m.span for s in ex.sentences.values() for m in s.mentions if m.kind == "person"]
    words = frozenset(w for ts in titled.values() for x, _ in ts for w in key(x).split()) | _GENERIC_HEADS
    out: list[Draft] = []
    for s in _in_order(ex.sentences.values()):
        for t in bare_titles(ex.text, s.span[0], s.span[1], words):
            if any(a < t.span[1] and t.span[0] < b for a, b in taken) or not _specific(t.text):
                continue
            if any(m.kind == "person" and m.span[1] <= t.span[0] and t.span[0] - m.span[1] < 40
                   and ex.text[m.span[1] : m.span[1] + 2] in ("'s", "’s") for m in s.mentions):
                continue  # "Roe's stint as interim CEO", "Roe's deputy": another person's, or told of one
            parts = read_title(ex.text, t.span, s.span[0], s.span[1])
            # a one-word title ("the secretary") binds only to that title, not to a longer one;
            # a title held at a body binds only a reference to that body ("the CEO" of the
            # story's company is not "Acme CEO X")
            loose = ("same", "wording") if len(title_key(t.text) or ()) > 1 else ("same",)
            who = [p for p, ts in sorted(titled.items())
                   if any(title_relation(t.text, x) in loose and body in (None, parts.body) for x, body in ts)]
            if len(who) != 1:
                continue
            out.append(Draft(sentence=s, predicate="title", facet="title", subject_id=who[0], subject_label=labels[who[0]],
                             subject_text=None, subject_span=None, when=ex.sentence_date(s, s.span[1], lone=True),
                             value=ClaimValue(type="title", value=t.text.lower(), text=t.text, span=t.span),
                             title=TitleAttrs(past=parts.past, body=parts.body, dated=parts.dated)))
    return out


def _specific(title: str) -> bool:
    """A title with a word besides generic heads and ranks ("the official", "the head" bind nothing)."""
    key = title_key(title)
    t = title_tables()
    return bool(key) and bool(key - set(t.generic_heads) - set(t.rank_modifiers))


def _titles_of(text: str, s: Sentence, m: Mention, index: object | None) -> list[tuple[str, Span, str]]:
    """(title as written, its span, its value) for every title this mention is given: the
    one written with the name, and one read as a complement after it or before it with a
    comma. The value is the office id when the title names a national office and the
    person's country is known, else the title's words in lower case."""
    out: list[tuple[str, Span, str]] = []
    if m.title and m.title_span:
        info = lexicon().describe_title(m.title)
        noun = body_noun_before(text, m.title_span[0])
        if noun is not None:  # "jury president X": the jury's post, not the country's office
            out.append((m.title, m.title_span, f"{noun} {m.title.lower()}"))
        elif info is None or info.sort not in SKIPPED_SORTS:
            out.append((m.title, m.title_span, m.office or _value(m.title, info, m, index)))
    # a courtesy, academic or service rank with the name ("Prof. X, the museum's director", "Colonel
    # Y, the unit's chief") leaves the apposition its post
    apposed = None if m.title and not _rank_only(m.title) \
        else title_apposed(text, m.span[1], min(s.span[1], m.span[1] + REACH))
    # "X, whom members chose as deputy leader in 2020, will become the deputy chancellor": the
    # complement of the main verb, read after the relative clause the name opens
    skipped = _RELATIVE_CLAUSE.match(text, m.span[1], s.span[1])
    main = title_after(text, skipped.end(), min(s.span[1], skipped.end() + REACH)) if skipped else None
    for found in (title_after(text, m.span[1], min(s.span[1], m.span[1] + REACH)), apposed, main,
                  title_by_verb(text, m.span[1], min(s.span[1], m.span[1] + REACH)),
                  title_before(text, m.span[0], s.span[0], m.span[1])):
        if found is not None and not (m.title_span and found.span[0] < m.title_span[1] and m.title_span[0] < found.span[1]) \
                and all(found.span != span for _, span, _ in out):
            # "the chamber's president, X": a body's post, not the country's office
            info = None if _owned_by_a_body(text, found.span[0]) else found.info
            out.append((found.text, found.span, _value(found.norm or found.text, info, m, index)))
    for _, span, _ in list(out):  # "chairman and chief executive X": both posts are the person's
        joined = title_coordinated(text, span, s.span[0], s.span[1])
        if joined is not None and all(joined.span[1] <= a or b <= joined.span[0] for _, (a, b), _ in out) \
                and not (joined.span[0] < m.span[1] and m.span[0] < joined.span[1]):
            out.append((joined.text, joined.span, _value(joined.norm or joined.text, joined.info, m, index)))
    return out


_ACADEMIC = frozenset({"professor", "lecturer", "reader", "fellow"})


def _rank_only(title: str) -> bool:
    """A title that gives a rank or a form of address, no post ("Dr.", "Prof.", "Associate
    Professor", "Brigadier General"): a post may still be set off after the name."""
    info = lexicon().describe_title(title)
    if info is not None and info.sort in ("courtesy", "honorific"):
        return True
    words = title.casefold().replace("-", " ").split()
    return bool(words) and (words[-1] in _ACADEMIC or any(f in _bare_families() for f in (posts_of(title) or {})))


@lru_cache(maxsize=1)
def _bare_families() -> frozenset[str]:
    """The lattice's families of service ranks ("Colonel", "Chief Inspector")."""
    return frozenset(f.id for f in title_lattice().families if f.fit == "bare")


_NOUN_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")


def body_noun_before(text: str, start: int) -> str | None:
    """A body's noun in lower case right before a title ("jury president", "club president",
    "union chairman"): the post is that body's (``offices.yaml`` chaired_bodies, the title
    tables' generic_bodies), never a country's office."""
    found = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return None
    noun = found.group(1)
    return noun if noun in _body_nouns() else None


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    return frozenset(office_tables().chaired_bodies) | frozenset(title_tables().generic_bodies)


_OWNER = re.compile(r"(?:^|\s)(?P<owner>[\w-]+)[’']s\s+(?:new\s+|current\s+)?$")


def _owner_body(text: str, start: int) -> str | None:
    """The body a title is written after as a possessive that names no country ("the
    chamber's president", "the bank's governor"), folded: the post is that body's."""
    found = _OWNER.search(text, max(0, start - 40), start)
    if found is None or lexicon().country_of(found.group("owner")) is not None:
        return None
    return key(found.group("owner")) or None


def _owned_by_a_body(text: str, start: int) -> bool:
    return _owner_body(text, start) is not None


def _value(title: str, info: TitleInfo | None, m: Mention, index: object | None) -> str:
    country = m.country or (info.country if info else None) or _country(index, m.entity or "")
    if info is not None and info.office and info.sort == "national" and country:
        return f"office:{country}-{info.office}"
    return title.lower()


def _country(index: object | None, entity: str) -> str | None:
    countries = getattr(index, "country", None)
    return countries.get(entity) if isinstance(countries, dict) else None


def _in_order(sentences: Iterable[Sentence]) -> list[Sentence]:
    return sorted(sentences, key=lambda s: s.index)


# the corpus's entities (held, so an id is never read against another corpus's) and, per
# entity asked so far, whether it is written several ways: a country or a party named in
# hundreds of articles is asked once, not once per article
_SEVERAL: list[tuple[object, dict[str, bool]]] = []


def _several_ways(entities: object) -> dict[str, bool]:
    if not _SEVERAL or _SEVERAL[0][0] is not entities:
        _SEVERAL[:] = [(entities, {})]
    return _SEVERAL[0][1]


def _written_several_ways(e: Entity) -> bool:
    """The index joined forms other than the label and its short references."""
    return any((m.how != "acronym" and " " in m.variant.strip())
               or (m.how == "fuzzy" and m.score is None and m.variant.casefold() not in e.label.casefold())
               for m in e.merges)
