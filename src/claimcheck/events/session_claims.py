"""Series sessions as occurrence claims (docs/internals.md, "Series sessions"): the
article's table of numbered sessions, a bare "the forum" or the name written without its
number referred to the one numbered session the article names, the session's key
(`series:x#n`, else `#<date>`), "the 14th ... next year" making the latest reported
session the 13th, the countries taking part and the document signed, and a numbered owned
event stated without a date taking the day of the happening it counts."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..frames import Document, Draft, Sentence, cardinals, dates
from ..keys import EntityKey, occurrence_of, parse, unkeyed_series
from ..models import Claim, ClaimValue, Source
from .documents import documents_in
from .event_series import owned_class
from .phrases import EventPhrase, find_sessions
from .series_names import series_name
from .sessions import SessionPhrase, tables as session_tables

# "from 11 countries", "Twelve nations signed": countries taking part in a session
_PARTICIPANTS = re.compile(r"(?:\b(?P<pre>from|with)\s+)?\b(?P<n>\d{1,3}|[A-Za-z]+)\s+"
                           r"(?P<noun>countries|nations|governments|delegations)\b"
                           r"(?P<verb>\s+(?:signed|attended|took part|joined|backed|endorsed|agreed|sent|met)\b)?",
                           re.IGNORECASE)
BORROW_SENTENCES = 2  # sentences back in which an owned event's number finds the happening it counts


@dataclass
class ArticleSessions:
    """The series an article names with an ordinal, by head noun, and their numbers; and
    each sentence's session phrases, read once for both uses."""

    by_head: dict[str, set[str]]
    numbers: dict[str, set[int]]
    per_sentence: dict[int, list[SessionPhrase]]
    names: dict[str, str] = field(default_factory=dict)  # series -> its name as first written

    @property
    def only(self) -> str | None:
        """The series of an article about one numbered session: what it says was signed is that session's."""
        if len(self.numbers) == 1 and len(next(iter(self.numbers.values()))) == 1:
            return next(iter(self.numbers))
        return None


def article_sessions(doc: Document) -> ArticleSessions:
    """The series the article names with an ordinal, by head noun, and their numbers."""
    by_head: dict[str, set[str]] = defaultdict(set)
    numbers: dict[str, set[int]] = defaultdict(set)
    per: dict[int, list[SessionPhrase]] = {}
    names: dict[str, str] = {}
    named = _named_series(doc)
    for s in doc.sentences.values():
        found = find_sessions(doc.text, doc.words, *doc.words.index_range(*s.span))
        per[s.index] = found = [own for sp in found if (own := _own_series(sp, named)) is not None]
        for sp in found:
            if sp.series and not sp.owned:  # "an explosion" is not the article's numbered one
                by_head[sp.noun].add(sp.series)
                numbers[sp.series].add(sp.ordinal)
                names.setdefault(sp.series, sp.name)
    for head, named in by_head.items():
        if len(named) > 1 and (widest := _one_widest(named)) is not None:
            # "the 6th fisheries dialogue" in the headline, "the 6th Japan-Mexico High-Level
            # Fisheries Dialogue" below: one series, so "the 5th dialogue" is its fifth
            by_head[head] = {widest}
    return ArticleSessions(by_head, numbers, per, names)


def _named_series(doc: Document) -> dict[str, set[str]]:
    """The series and events the article names, by head word ("The Nordlight Film Festival":
    festival -> series:nordlight-film-festival), from its name mentions."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in doc.sentences.values():
        for m in s.mentions:
            if m.kind in ("series", "event") and m.entity:
                name = parse(m.entity).name
                head = name.rsplit("-", 1)[-1]
                if head != name:
                    out[head].add(EntityKey("series", name).render())
    return out


def _own_series(sp: SessionPhrase, named: dict[str, set[str]]) -> SessionPhrase | None:
    """"The festival's 27th edition", "the 28th edition of the festival": a series named by its
    head alone is the one series of that head the article names ("the Nordlight Film
    Festival"); with none or two, it stays the bare head (session_coref joins it across the story).
    An edition of no written name ("the 33rd edition will be held in 2031", "This year's
    edition, the 31st") is one of the one recurring series the article names; in an article
    naming none or two it is none ("The second edition sold out": a book's)."""
    t = session_tables()
    if not sp.series and sp.noun in t.of_only:
        ids = {i for head, group in named.items() if head in t.nouns or head in t.competitions for i in group}
        return replace(sp, series=next(iter(ids))) if len(ids) == 1 else None
    if sp.owned or not sp.series or "-" in sp.series.split(":", 1)[1]:
        return sp
    head = sp.series.split(":", 1)[1]
    ids = named.get(head, set())
    return replace(sp, series=next(iter(ids))) if len(ids) == 1 else sp


def _one_widest(named: set[str]) -> str | None:
    """The one series of an article's names that every other name is part of
    (series_names: participants, head family, topic words), else None."""
    idents = {sid: series_name(sid.split(":", 1)[1]) for sid in named}
    for sid, ident in sorted(idents.items()):
        if all(other.within(ident) for o, other in idents.items() if o != sid):
            return sid
    return None


def refer_session(doc: Document, s: Sentence, p: EventPhrase, table: ArticleSessions) -> tuple[EventPhrase, str | None]:
    """A session of the article's series named without its name: "the first ministerial",
    "the next forum", "the Nordic Rail Forum" or "the forum" for the one numbered session
    the article names (then its key, "series:x#7", comes back as the second value)."""
    by_head, numbers = table.by_head, table.numbers
    head = p.text.rsplit(None, 1)[-1].lower() if p.text.strip() else ""
    if p.entity is not None and p.entity.startswith("event:") and p.ordinal is None:
        series = EntityKey("series", parse(p.entity).name).render()  # the name written without its ordinal
        if series not in numbers:
            return p, None
    elif p.entity is None and len(by_head.get(head, ())) == 1 and (p.ordinal is not None or " " not in p.text.strip()):
        # a bare head ("the forum"); "the trilateral forum" describes an event of its own
        series = next(iter(by_head[head]))
    else:
        return p, None
    referred = EventPhrase(span=p.span, text=p.text, type=p.type, entity=series, ordinal=p.ordinal,
                           ordinal_span=p.ordinal_span, label=p.label if p.entity else table.names.get(series, p.text))
    before = doc.text[max(s.span[0], p.span[0] - 24):p.span[0]].lower().split()
    if p.ordinal is not None or (before and before[-1] in session_tables().other_session):
        return referred, None  # another session of the series: keyed by its number or date
    if len(numbers[series]) == 1 and (p.entity is not None or (before and before[-1] in {"the", "this", "that"})):
        return referred, occurrence_of(series, next(iter(numbers[series])))
    return referred, None


UNNAMED_FROM = 2  # "the first session in four years" counts a kind, not a series' sessions


def unnamed_session(source: str, p: EventPhrase) -> str | None:
    """"the sixth round of a dialogue", "the seventh session will be held in Japan": a numbered
    session of no written series, kept with its number as a session of a series known only in
    its article (``series:round~<source>#6``); session_coref joins it to the story's one
    numbered series of its head. None for a number below ``UNNAMED_FROM`` or a noun no
    meeting's (an owned event's, a competition's)."""
    words = p.text.lower().split()
    noun = words[-1] if words else ""
    t = session_tables()
    if p.ordinal is None or p.ordinal < UNNAMED_FROM or noun not in t.nouns or noun in t.competitions \
            or noun in t.exercise_heads:
        return None
    anchor = hashlib.sha1(source.encode()).hexdigest()[:6]
    return EntityKey("series", noun).alone(anchor).at(p.ordinal).render()


def documents(doc: Document, s: Sentence, phrases: list[EventPhrase], series: str, table: ArticleSessions) -> list[Draft]:
    """The typed document a sentence says was signed ("signed a memorandum of
    understanding"), about the article's one numbered session, when the sentence names
    no other event and no date before it (which would be another signing's)."""
    if any(p.entity != series for p in phrases):
        return []
    out = []
    key = occurrence_of(series, next(iter(table.numbers[series])))
    for found in documents_in(doc.text, s.span):
        if any(t.span[0] < found.span[0] for t in dates(s)) and not phrases:
            continue
        out.append(Draft(sentence=s, predicate="document", facet="document", subject_id=key,
                         subject_label=parse(key).name.replace("-", " "), subject_text=None,
                         subject_span=None, value=ClaimValue(type="other", value=found.type,
                                                             text=doc.text[found.span[0]:found.span[1]],
                                                             span=found.span)))
    return out


def participant_count(doc: Document, occ: Draft) -> list[Draft]:
    """How many countries took part in a session, from its sentence ("ministers from 11
    countries", "Twelve nations signed"): a count about the session itself. A sentence
    with two such counts, or a part of a known set ("six of the 11 countries"), says
    nothing about the session as a whole."""
    s = occ.sentence
    found = []
    for m in _PARTICIPANTS.finditer(doc.text, s.span[0], s.span[1]):
        word = m.group("n").lower().replace(",", "")
        number = int(word) if word.isdigit() else cardinals().get(word)
        lead = doc.text[max(s.span[0], m.start("n") - 8):m.start("n")].lower()
        if number is None or not (m.group("pre") or m.group("verb")) or lead.endswith(("the ", "of ", "all ")):
            continue
        found.append((number, m.span("n")[0], m.end("noun")))
    if len(found) != 1:
        return []
    number, start, end = found[0]
    sid = occ.subject_id
    if not parse(sid).tail and occ.value is not None and occ.value.type == "ordinal":
        sid = occurrence_of(sid, occ.value.value)
    elif not parse(sid).tail:
        return []  # a session known by its date only: keyed when claims are settled
    return [Draft(sentence=s, predicate="participants", facet="count", subject_id=sid,
                  subject_label=f"{occ.subject_label} #{sid.rsplit('#', 1)[1]}", subject_text=occ.subject_text,
                  subject_span=occ.subject_span, event_type=occ.event_type, when=occ.when,
                  value=ClaimValue(type="count", value=number, text=doc.text[start:end], span=(start, end)))]


def derive_ordinals(drafts: list[Draft]) -> None:
    """"The 14th ... next year" makes the latest reported session of that series the 13th."""
    by_series: dict[str, list[Draft]] = defaultdict(list)
    for d in drafts:
        if d.facet == "occurrence" and unkeyed_series(d.subject_id) is not None:
            by_series[d.subject_id].append(d)
    for series, ds in by_series.items():
        planned = [d for d in ds if d.value is not None and d.value.type == "ordinal" and d.modality == "planned"
                   and d.when is not None and d.when.start is not None]
        reported = [d for d in ds if d.value is None and d.modality == "reported" and d.when is not None
                    and d.when.start is not None and d.facet == "occurrence"]
        if len(planned) != 1 or not reported:
            continue
        nxt = planned[0]
        assert nxt.when is not None and nxt.when.start is not None and nxt.value is not None
        latest_date = max(d.when.start for d in reported if d.when and d.when.start)
        if latest_date >= nxt.when.start:
            continue
        number = int(nxt.value.value) - 1
        for d in reported:
            if d.when is not None and d.when.start == latest_date:
                d.value = ClaimValue(type="ordinal", value=number, text=nxt.value.text, span=nxt.value.span)
                d.derived = True


def settle_subject(d: Draft) -> tuple[str, str]:
    """Occurrence subjects: `series:X#n`, else `series:X#<date>`; others keep their id."""
    series = unkeyed_series(d.subject_id) if d.facet == "occurrence" else None
    if series is not None:
        if d.value is not None and d.value.type == "ordinal":
            return series.at(d.value.value).render(), f"{d.subject_label} #{d.value.value}"
        if d.when is not None and d.when.start is not None:
            key = d.when.value.split("/")[0][:10]
            return series.at(key).render(), f"{d.subject_label} ({key})"
    return d.subject_id, d.subject_label


def _day_precise(c: Claim) -> bool:
    w = c.when
    return w is not None and w.start is not None and w.start == w.end and w.granularity in ("day", "time")


def date_owned_sessions(source: Source, claims: list[Claim]) -> None:
    """"It was the fourth flight of the X", "82 seconds into its fifth flight": a numbered
    owned event stated without a date counts the happening its article has just reported:
    it takes the day of the nearest dated occurrence at or before its sentence (within
    ``BORROW_SENTENCES``), else of the article's first dated occurrence of its class, so
    two numbers given for one happening meet across articles (events/session_coref.py)."""
    owned = [c for c in claims if c.facet == "occurrence" and c.when is None and c.value is not None
             and owned_class(c.subject.id) is not None]
    if not owned:
        return
    starts = [a for a, _ in source.sentences]
    dated = sorted((c for c in claims if c.facet == "occurrence" and _day_precise(c) and owned_class(c.subject.id) is None),
                   key=lambda c: (c.span[0], c.when.span[0] if c.when else 0))
    for c in owned:
        here = bisect.bisect_right(starts, c.span[0]) - 1
        floor = source.sentences[max(0, here - BORROW_SENTENCES)][0]
        before = [d for d in dated if floor <= d.span[0] <= c.span[0]
                  and (d.span[0] < c.span[0] or (d.when is not None and d.when.span[1] <= c.span[1]))]
        cls = owned_class(c.subject.id)
        pick = before[-1] if before else next((d for d in dated if d.event is not None and d.event.cls == cls), None)
        if pick is not None and pick.when is not None and pick.modality == "reported":
            c.when, c.timex = pick.when, pick.timex
            c.rests_on_inferred_date = pick.rests_on_inferred_date
