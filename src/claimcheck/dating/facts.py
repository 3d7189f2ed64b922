"""What a text tagged once, without an anchor, says about its own publication date.

The tagger leaves anchor-dependent expressions unresolved (``XXXX-11-09``, ``XXXX-WXX-4``).
This module keeps those that constrain the publication date, with how they depend on it,
and resolves them for a candidate date by plain calendar arithmetic (the tagger's own year
rules, ``timex.context.Ctx``), never by tagging again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..models import DateAnchor, Span, Timex
from ..timex import calmath as cm
from ..timex.context import Ctx
from ..timex.words import ordinal

_YEARLESS = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)")
_MONTH_DAY = re.compile(r"^XXXX-XX-(\d\d)$")
# "the 15th" alone; "the 3rd of this month" is told from later in the month
_BARE_DAY = re.compile(r"^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$", re.IGNORECASE)
# a clock time's value keeps no weekday ("3:40 a.m. on Thursday" is XXXX-XX-XXT03:40): read its words
_WEEKDAY_NAME = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_WEEKDAY_INDEX = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}


def _weekday_of(t: Timex) -> int | None:
    """The weekday (Monday 0) a date or a clock time names, if one."""
    if (w := _WEEKDAY.match(t.value)) is not None:
        return int(w.group(1)) - 1
    if t.type == "TIME" and t.value.startswith("XXXX-XX-XXT") and (n := _WEEKDAY_NAME.search(t.text)) is not None:
        return _WEEKDAY_INDEX[n.group(1).lower()]
    return None
_REL_BEFORE = re.compile(r"^(last|previous|this\s+past|next|this\s+coming|this)\b", re.IGNORECASE)
_REL_STEP = {"last": -1, "previous": -1, "this past": -1, "next": 1, "this coming": 1, "this": 0}
_REL_YEAR = re.compile(r"\b(last|next|this)\s+year\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"^REF-P1D(?:T[A-Z]{2})?$")  # yesterday, last night, last evening
# a day, week or month counted from publication: "tomorrow", "three days ago", "next week",
# "last month" (not "the weekend", which the tagger values as a week back too)
_RELATIVE = re.compile(r"^REF([+-])P(\d+)([DWM])$")
_RELATIVE_WORDS = {"D": re.compile(r"\b(?:tomorrow|days?\s+ago)\b", re.IGNORECASE),
                   "W": re.compile(r"\b(?:next|last|previous|coming)\s+week\b", re.IGNORECASE),
                   "M": re.compile(r"\b(?:next|last|previous|coming)\s+month\b", re.IGNORECASE)}
_EARLIER_IN = re.compile(r"\bearlier\s+(?:in|this)\s+$", re.IGNORECASE)
_EARLIER = re.compile(r"\bearlier\s+this\b", re.IGNORECASE)
_NTH_ANNIVERSARY = re.compile(r"\b(\w+)\s+anniversary\s+of\b[^.;!?]*$", re.IGNORECASE)
_ANY_REL = re.compile(r"\b(?:last|next|this|previous|coming|past)\b", re.IGNORECASE)
# The tagger gives a tense only to dates without a year; a written date in a clause about
# the future ("the appeal will be heard on June 9, 2031") is not an event reported.
# "would" (a plan or a consequence told in the past: "a term that would end in 2031") and
# "set for" ("sentencing has been set for") look ahead too.
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|would|is\s+due|are\s+due|is\s+set|are\s+set|set\s+for|fixed\s+for|scheduled|slated|"
                            r"is\s+to|are\s+to|expected\s+to|(?:is|are)\s+expected|to\s+be\s+held|to\s+take\s+place)"
                            r"\b[^.;:!?\n]*$"  # a headline's cue does not reach the body
                            # a decision or promise about what is to come, in its own clause:
                            # "agreed to hold drills in October 2026" (not "..., officials said on Tuesday")
                            r"|\b(?:agreed|decided|pledged|promised|vowed|voted|planned|plans?|intends?|intended|aims?|aimed|offered|proposed|"
                            r"committed|resolved)\s+to\s+[a-z]+\b[^.;:!?,\n]{0,80}$", re.IGNORECASE)
# "stay on until October 2026", "have until May 1, 2025": the bound of a state to come or a
# deadline, not a day something happened (neither a past event nor the latest year the text
# reports); "lived there until August 2021" (no modal or "to" before it) is a past one.
_BOUND_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:the\s+end\s+of\s+|late\s+|early\s+|mid-?)?$", re.IGNORECASE)
# "by 2028" is a deadline only under an obligation in the present ("must submit results by
# 2028", "has to repay it by 2030"), not an expectation told in the past ("expected the line to
# be finished by 2029", which may have slipped)
_BY_AHEAD = re.compile(r"\b(?:must|shall|has\s+to|have\s+to|is\s+to|are\s+to|(?:is|are)\s+due\s+to|(?:is|are)\s+required\s+to)\b"
                       r"[^.;:!?]*$", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"(?:\b(?:should|must|could|might|may|can|to\s+\w+|ha(?:ve|s|d)(?=\s+until))\b[^.;:!?]*$)"
                           # "signed a contract until 2028", "a ban until 2027": a term's end, ahead
                           r"|\b(?:contract|deal|agreement|lease|term|mandate|tenure|extension|loan|licen[cs]e|visa|"
                           r"permit|ban|suspension)s?\b[^.;:!?]{0,25}$", re.IGNORECASE)


# a plan bounds the publication date only when its cue is close ("set for May 3, 2025",
# "would be released in 2047"), not a comparison in a forecast ("would match the victory of
# 1997", "their best result since 2005")
_PLAN_NEAR = re.compile(r"(?:\b(?:will|shall|would|due|set\s+for|fixed\s+for|scheduled|slated|expected\s+to|is\s+to|are\s+to|"
                        r"to\s+be\s+held|to\s+take\s+place)\b[^.;:!?\n]{0,60})$", re.IGNORECASE)
_NOT_PLAN_BEFORE = re.compile(r"\b(?:of|since|than)\s+$", re.IGNORECASE)


def _plan(t: Timex, text: str) -> bool:
    at = t.span[0]
    if _NOT_PLAN_BEFORE.search(text, max(0, at - 10), at):
        return False
    headline = "\n" not in text[:at] and "\n" in text[t.span[1]:]
    return headline or _PLAN_NEAR.search(text, max(0, at - 90), at) is not None


def _bound_ahead(t: Timex, text: str) -> bool:
    """A date after "until" in a clause that looks ahead ("should stay on until", "have until")."""
    at = t.span[0]
    bound = _BOUND_BEFORE.search(text, max(0, at - 30), at)
    if bound is None:
        return False
    ahead = _BY_AHEAD if text[bound.start():bound.start() + 2].lower() == "by" else _AHEAD_BEFORE
    return ahead.search(text, max(0, bound.start() - _FUTURE_LOOK_BACK), bound.end()) is not None


def _ceiling(t: Timex, text: str) -> bool:
    """Whether a bound ahead also ends the window of publication: not when a past verb governs
    it ("his contract, which ran until 2019")."""
    return _STATE_PAST.search(text, max(0, t.span[0] - 40), t.span[0]) is None
_FUTURE_LOOK_BACK = 150


# a weekday that ends a state still to run ("the meeting runs until Friday", "classes would
# remain suspended through Wednesday", "the count has been put back until Saturday") is not a
# day the text reports: it lies ahead of publication. "Talks dragged on through Saturday" is past.
_UNTIL_WEEKDAY = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:[.;:!?,\n]|\b(?:which|that|and|but|while|as)\b)(?![^.;:!?,\n]*(?:[.;:!?,\n]|\b(?:which|that|and|but|while|as)\b))",
                           re.IGNORECASE)
_STATE_AHEAD = re.compile(r"\b(?:will|would|should|must|may|might|could|can|runs?|lasts?|continues?|remains?|stays?|"
                          r"is|are|has\s+been|have\s+been|expected|scheduled|set)\b", re.IGNORECASE)
# a past verb, or a participle ending the clause that no "been"/"is"/"are" makes a state
# ("dragged on through", not "has been closed until")
_STATE_PAST = re.compile(r"\b(?:was|were|had|ran|lasted|continued|remained|stayed|went)\b"
                         r"|(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)\b\w+ed\s+(?:on\s+)?$", re.IGNORECASE)


def _weekday_ahead(t: Timex, text: str) -> bool:
    """A weekday after "until"/"through" in a clause whose verb is present or modal (the
    clause runs back to its comma or its "which"/"and")."""
    at = t.span[0]
    bound = _UNTIL_WEEKDAY.search(text, max(0, at - 20), at)
    if bound is None:
        return False
    start = max(0, bound.start() - 80)
    m = _CLAUSE_START.search(text, start, bound.start())
    clause = text[m.end() if m else start:bound.start()]
    return _STATE_AHEAD.search(clause) is not None and _STATE_PAST.search(clause) is None


_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$", re.IGNORECASE)
_NIGHT_AFTER = re.compile(r"\s+(?:night|late)\b", re.IGNORECASE)
_NIGHT_IN = re.compile(r"day\s+(?:night|late)\b", re.IGNORECASE)  # the tagger's "Sunday night"


# a headline's infinitive is its future: "Minister to open the bridge on May 3"
_HEADLINE_TO = re.compile(r"\b[A-Za-z]\w*\s+to\s+[a-z]+\b[^\n]*$")


def _future(t: Timex, text: str) -> bool:
    if t.tense is not None and t.tense != "past":
        return t.tense == "future"
    if "\n" not in text[:t.span[0]] and "\n" in text[t.span[1]:] and _HEADLINE_TO.search(text, 0, t.span[0]):
        return True
    if t.tense == "past":
        return False
    return _FUTURE_BEFORE.search(text, max(0, t.span[0] - _FUTURE_LOOK_BACK), t.span[0]) is not None


@dataclass(frozen=True)
class YearLess:
    """A month, or month and day, written without its year ("June 3", "in May", "Friday, March 31")."""

    timex: Timex
    month: int
    day: int | None
    tense: str | None
    rel: int | None  # last/next/this <month>: -1, +1, 0
    rel_year: int | None  # "<month> last year": -1
    weekday: int | None  # a weekday written with the date
    weekday_rel: bool = False  # "last Thursday, November 9": some days before publication, not the day
    within: bool = False  # "earlier in March", "earlier this March": told within that month

    @property
    def plain(self) -> bool:
        """Named by month alone, its year left to the tense: "On June 3", "in May"."""
        return self.rel is None and self.rel_year is None

    def year(self, ctx: Ctx) -> int:
        assert ctx.a0 is not None
        if self.rel_year is not None:
            return ctx.a0.year + self.rel_year
        if self.rel is not None:
            return ctx.month_rel(self.month, self.rel) if self.rel else ctx.a0.year
        return ctx.year_for(self.month, self.day, self.tense)

    def interval(self, ctx: Ctx) -> tuple[date, date] | None:
        y = self.year(ctx)
        if self.day is None:
            return date(y, self.month, 1), cm.month_end(y, self.month)
        if not cm.valid_day(y, self.month, self.day):
            return None
        d = date(y, self.month, self.day)
        return d, d


@dataclass
class Facts:
    explicit_days: list[Timex] = field(default_factory=list)  # a day with its year written, not future
    planned_days: list[Timex] = field(default_factory=list)  # a day with its year written, in a future clause
    # the earliest start and end of a date written with its year in a future clause (a day,
    # a month, a year): the text was written before that end
    planned_first: date | None = None
    # the earliest start of a plan written to its month or day ("set for March 3, 2025"): a
    # year alone ("the next summit is due in 2027") bounds the date but says nothing of recency
    planned_near: date | None = None
    planned_end: date | None = None
    past_explicit_max: date | None = None  # the latest start of an event written with its year, in the past
    years: set[int] = field(default_factory=set)  # years written
    latest_written: int | None = None  # the latest year written outside a future clause
    yearless: list[YearLess] = field(default_factory=list)
    # days named by their number alone, not ahead ("said on the 15th", "on the 2nd (local
    # time)"): agency style for days of the month of publication
    month_days: list[int] = field(default_factory=list)
    weekdays: set[int] = field(default_factory=set)  # plain weekday mentions ("on Monday"), not future
    weekday_spans: list[tuple[int, int, int]] = field(default_factory=list)  # (weekday, start, end) of those
    # weekdays named for a late hour ("late on Sunday", "Sunday night"): news of that night is
    # filed the next day, so a dateline's day most often follows them
    late_weekdays: set[int] = field(default_factory=set)
    durations: list[tuple[Timex, YearLess | Timex]] = field(default_factory=list)  # elapsed time and its start
    yesterday: bool = False
    yesterday_spans: list[tuple[int, int]] = field(default_factory=list)  # "yesterday", "last night"
    # (unit D/W/M, signed count, start, end): "tomorrow" ('D', 1), "next week's summit" ('W', 1),
    # "last month" ('M', -1), "three days ago" ('D', -3): an event placed from publication
    relative_spans: list[tuple[str, int, int, int]] = field(default_factory=list)
    looks_back: bool = False  # "earlier this month", "earlier this week": its events are some days old
    told_years: set[int] = field(default_factory=set)  # years written outside a future clause
    # "the 75th anniversary of the treaty signed on April 4, 1949": the day the text is about
    # (as if written: April 4, 2024), with the phrase
    anniversary_days: list[tuple[date, str]] = field(default_factory=list)
    reach: int = 0  # the longest elapsed span in years ("seven years since 2016")
    # "A year after the fire killed seven ..." opening a headline or a sentence in the present:
    # an anniversary piece, published that long after the event it dates (months, text offset)
    anniversaries: list[tuple[int, int]] = field(default_factory=list)
    # the latest year written alone for an event the text tells as past ("since 2021", "was
    # founded in 1996"): the text was written that year or later
    past_year: int | None = None
    # "Two weeks after the flood ...", "Three weeks on, the summit ...", "Ten days after X:" opening
    # the headline or the first lines in the present: a follow-up or an analysis, published that
    # many days after the event it names (days, start, end of the phrase)
    elapsed: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def past_bound(self) -> int | None:
        """The latest year of an event the text tells as past (a year alone or a date): the
        text was written that year or later."""
        years = [y for y in (self.past_year, self.past_explicit_max.year if self.past_explicit_max else None)
                 if y is not None]
        return max(years) if years else None


# an elapsed time opening a line or sentence, then "after"/"since"/"on from" and the event
_AFTER = re.compile(r"\s+(?:after|since|on\s+from)\b", re.IGNORECASE)
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# the rest of the sentence speaks of today ("families are still waiting"), not of a past
# narrative ("two years after he joined, he was promoted"); a headline needs no verb
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|still|now|remains?|continues?)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _anniversary(t: Timex, text: str) -> int | None:
    """Months of an anniversary phrase ("A year after ...", "Six months since ..."), else None."""
    if t.type != "DURATION" or t.begin or t.mod == "APPROX" or not _AFTER.match(text, t.span[1]):
        return None
    m = re.fullmatch(r"P(\d+)([YM])", t.value)
    if m is None or not _OPENING.search(text, max(0, t.span[0] - 3), t.span[0]):
        return None
    months = int(m.group(1)) * (12 if m.group(2) == "Y" else 1)
    end = _SENTENCE_END.search(text, t.span[1])
    line_start = t.span[0] == 0 or text[t.span[0] - 1] == "\n"
    rest = text[t.span[1]:end.start() if end else len(text)]
    if not (line_start and (end is None or text[end.start()] == "\n")) and not _PRESENT.search(rest):
        return None
    return months


# an elapsed time, then what it counts from: "after the flood", "on, the summit", "later,"
_ELAPSED_AFTER = re.compile(r"\s+(?:after|since|on\b|later\b)", re.IGNORECASE)
# the sentence speaks of the writer's present: a present-tense verb or a "still"
_PRESENT_NOW = re.compile(r"\b(?:is|are|am|has|have|still|now|remains?|continues?|says|say|looks?|faces?|seems?|"
                          r"shows?|stands?)\b", re.IGNORECASE)
ELAPSED_HEAD = 600  # characters: a follow-up says how long after in its headline or first lines
_ELAPSED_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


def _elapsed_opener(t: Timex, text: str) -> int | None:
    """Days of an elapsed time opening the headline or an early sentence and telling the
    writer's present ("Two weeks after the flood, the operator says ..."), else None."""
    if t.type != "DURATION" or t.begin or t.mod == "APPROX" or t.span[0] > ELAPSED_HEAD \
            or not _ELAPSED_AFTER.match(text, t.span[1]) or not _OPENING.search(text, max(0, t.span[0] - 3), t.span[0]):
        return None
    m = re.fullmatch(r"P(\d+)([DWMY])", t.value)
    if m is None:
        return None
    end = _SENTENCE_END.search(text, t.span[1])
    line_start = t.span[0] == 0 or text[t.span[0] - 1] == "\n"
    rest = text[t.span[1]:end.start() if end else len(text)]
    if not (line_start and (end is None or text[end.start()] == "\n")) and not _PRESENT_NOW.search(rest):
        return None
    return int(m.group(1)) * _ELAPSED_DAYS[m.group(2)]


def _anniversary_of(t: Timex, text: str) -> tuple[date, str] | None:
    """The day an "Nth anniversary of ... <day with its year>" falls on, and the phrase."""
    assert t.start is not None
    m = _NTH_ANNIVERSARY.search(text, max(0, t.span[0] - 120), t.span[0])
    n = ordinal(m.group(1)) if m else None
    if m is None or n is None or not 0 < n < 1000:
        return None
    try:
        day = t.start.replace(year=t.start.year + n)
    except ValueError:  # February 29
        return None
    return day, text[m.start():t.span[1]]


# "ran the club for 12 years from 1971": a span that ended, not the time elapsed until now
_SPAN_FROM = re.compile(r"\s*from\s*$", re.IGNORECASE)


def _past(t: Timex) -> bool:
    """A dated event the text reports as past: tense past, or a written year with no future tense."""
    return t.tense == "past" or (t.tense is None and t.year_explicit and t.granularity in {"day", "month"})


# A year written alone is past when its clause tells it so: "since" before it, or a verb in
# the past tense ("was founded in 1996", "joined the bank in 2019"); a year premodifying a
# noun is not read ("qualified for the 2026 World Cup" is ahead)
# with no infinitive or modal between ("agreed to phase out coal in 2035" is a plan).
_PAST_YEAR_LEAD = re.compile(r"\b(?:in|since|from|between|during)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:since|(?!(?:plann|schedul|expect|propos|intend|project|target|slat|need|aim|hop|want|forecast)ed\b)"
                        r"[a-z]{2,}ed|was|were|had|began|begun|took|won|lost|came|became|held|met|made|bought|sold|left|"
                        r"grew|rose|fell|saw|went|ran|built|born|brought|gave|got|led|paid|spent|struck|wrote|broke|fought)\b",
                        re.IGNORECASE)
_NOT_PAST_AFTER_VERB = re.compile(r"\b(?:to\s+(?!(?:the|a|an|its|his|her|their|our|this|that)\b)(?-i:[a-z]+)|will|would|shall|"
                                  r"could|might|may|must|should|plans?|aims?|targets?|goal|by|until|till|before|next|"
                                  r"future|vision|forecast|projected)\b",
                                  re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[.;:!?\n]")


# a year fronting its clause ("In 2023, a bridge collapse ... killed several people"): the verb
# comes after it
_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n\s*)in\s+$", re.IGNORECASE)
_FRONTED_CLAUSE = re.compile(r"\s*,([^.;:!?\n]{1,160})")


def _fronted_past(t: Timex, text: str) -> bool:
    """Whether a year opening its sentence ("In 2023, ...") leads a clause told in the past: a
    past verb after it, no modal or plan word before that verb."""
    if not _FRONTED.search(text, max(0, t.span[0] - 6), t.span[0]):
        return False
    clause = _FRONTED_CLAUSE.match(text, t.span[1])
    if clause is None:
        return False
    body = clause.group(1)
    verb = _PAST_VERB.search(body)
    return verb is not None and _NOT_PAST_AFTER_VERB.search(body, 0, verb.start()) is None \
        and _MODAL_BEFORE.search(body, max(0, verb.start() - 30), verb.start()) is None


def _past_year(t: Timex, text: str) -> bool:
    """Whether a year written alone (granularity year) is an event the text tells as past."""
    at = t.span[0]
    if not _PAST_YEAR_LEAD.search(text, max(0, at - 24), at):
        return False
    if _fronted_past(t, text):
        return True
    start = max(0, at - 100)
    clause = text[start:at]
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(clause)), default=0)
    clause = clause[cut:]
    verb = None
    for verb in _PAST_VERB.finditer(clause):
        pass
    if verb is None or _NOT_PAST_AFTER_VERB.search(clause, verb.end()) is not None:
        return False
    # a participle after a modal or "to be" is no past ("will be held in 2026")
    return _MODAL_BEFORE.search(clause, max(0, verb.start() - 30), verb.start()) is None


# "will be held", "is to be completed", "could have opened": the verb is not a past
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|to|be|being)\s+(?:be\s+|have\s+(?:been\s+)?)?$",
                           re.IGNORECASE)
# a relative clause after a future cue ("The takeover will add ..., which bought a rival in
# 2022") tells its own time
_RELATIVE_PAST = re.compile(r",\s+(?:which|who)\s+[^,;:.!?]*$", re.IGNORECASE)


# "it marked eight years since the dialogue began in 2017", "a decade since the 2014 final":
# the time elapsed from a year to the text's present, in the same sentence
_SINCE_YEAR = re.compile(r"\s+since\b[^.;:!?\n]{0,80}", re.IGNORECASE)


def _since_year(unresolved: Sequence[Timex], i: int, text: str) -> Timex | None:
    """The year an elapsed count of years at ``unresolved[i]`` is counted from, if any."""
    t = unresolved[i]
    if t.type != "DURATION" or t.begin or not re.fullmatch(r"P\d+Y", t.value) or i + 1 >= len(unresolved):
        return None
    b = unresolved[i + 1]
    if not (b.type == "DATE" and b.year_explicit and b.granularity == "year" and b.start is not None):
        return None
    between = text[t.span[1]:b.span[0]]
    if _SINCE_YEAR.fullmatch(between) is None or _EVERY.search(text, max(0, t.span[0] - 20), t.span[0] + 1):
        return None
    return b


# "held every one or two years since 2014": a cadence, not the time elapsed
_EVERY = re.compile(r"\b(?:every|each|once|twice)\b[^.;:!?\n]*$", re.IGNORECASE)


_AFTER_YEAR = re.compile(r"\s+after\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)


def _after_year(unresolved: Sequence[Timex], i: int, text: str) -> int | None:
    """The year a past "N years after YYYY" reaches (YYYY + N), if ``unresolved[i]`` is one."""
    t = unresolved[i]
    if t.type != "DURATION" or t.begin or not re.fullmatch(r"P\d+Y", t.value) or i + 1 >= len(unresolved):
        return None
    b = unresolved[i + 1]
    if not (b.type == "DATE" and b.year_explicit and b.granularity == "year" and b.start is not None) \
            or _AFTER_YEAR.fullmatch(text, t.span[1], b.span[0]) is None or _future(t, text) \
            or _EVERY.search(text, max(0, t.span[0] - 20), t.span[0] + 1) \
            or not _PAST_VERB.search(text[max(0, t.span[0] - 60):t.span[0]]):
        return None
    return b.start.year + int(t.value[1:-1])


def _yearless(t: Timex, text: str) -> YearLess | None:
    m = _YEARLESS.match(t.value)
    if m is None or t.type != "DATE":
        return None
    rel_m = _REL_BEFORE.match(t.text)
    # "last Thursday, November 9": the word is the weekday's, and the tagger's tense carries it
    rel = None if rel_m is None or t.weekday is not None else _REL_STEP[" ".join(rel_m.group(1).lower().split())]
    ry = _REL_YEAR.search(t.text)
    rel_year = None if ry is None else {"last": -1, "next": 1, "this": 0}[ry.group(1).lower()]
    tense = "future" if _future(t, text) else t.tense
    if tense is None and _past_year(t, text):
        tense = "past"  # "before the alliance met in early July this year": its clause tells it as past
    return YearLess(t, int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                    tense, rel, rel_year, t.weekday,
                    weekday_rel=t.weekday is not None and rel_m is not None,
                    within=_EARLIER_IN.search(text, max(0, t.span[0] - 20), t.span[0]) is not None)


# a picture's caption line ("[Image: ... taken on May 3]", "Photo: ...", "1 of 3 | ..."): when
# a picture was taken says little of when the article was written
_CAPTION_LINE = re.compile(r"\s*(?:\[\s*(?:image|photo|picture)\b|(?:image|photo|picture|file\s+photo)\s*:|\d+\s+of\s+\d+\s*\|)",
                           re.IGNORECASE)


def _in_caption(text: str, at: int) -> bool:
    return _CAPTION_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def gather(unresolved: Sequence[Timex], text: str, skip: Sequence[Span] = ()) -> Facts:
    """The anchor-dependent facts of a text tagged without an anchor; ``skip``: page stamps, read apart."""
    f = Facts()
    plans: list[Timex] = []
    bounds: list[Timex] = []  # a deadline or a term's end ahead: the text was written before it
    skipped = sorted(map(tuple, skip))  # a few spans of the page's head: a stamp, or a field holding one
    for i, t in enumerate(unresolved):
        if (skipped and t.span[0] <= skipped[-1][1] and any(a <= t.span[0] and t.span[1] <= b for a, b in skipped)) \
                or _in_caption(text, t.span[0]):
            continue
        if t.year_explicit and t.start:
            f.years.add(t.start.year)
            if _bound_ahead(t, text):
                if _ceiling(t, text):
                    bounds.append(t)
                continue
            future = _future(t, text)
            if t.type == "DATE" and t.granularity == "day" and (n := _anniversary_of(t, text)) is not None:
                f.anniversary_days.append(n)
            if not future:
                f.told_years.add(t.start.year)
                f.latest_written = max(f.latest_written or t.start.year, t.start.year)
            # the verb nearest the year governs it: "The takeover will add ..., which bought a
            # rival in 2022" is past though a "will" comes earlier in the sentence
            if t.type == "DATE" and t.granularity == "year" and _past_year(t, text) and \
                    (not future or _RELATIVE_PAST.search(text, max(0, t.span[0] - 100), t.span[0])):
                f.past_year = max(f.past_year or t.start.year, t.start.year)
            if t.type == "DATE" and not future and _past(t) and (f.past_explicit_max is None
                                                                  or t.start > f.past_explicit_max):
                f.past_explicit_max = t.start
            if t.type == "DATE" and t.granularity == "day":
                (f.planned_days if future else f.explicit_days).append(t)
            if t.type == "DATE" and future and _plan(t, text):  # "set for March 3, 2025", "to enter service in 2031"
                plans.append(t)
        if t.type == "DURATION" and t.begin and t.value.endswith("Y") and (n := t.value[1:-1]).isdigit():
            f.reach = max(f.reach, int(n))
        if _EARLIER.search(t.text):
            f.looks_back = True
        if _YESTERDAY.match(t.value):
            f.yesterday = True
            f.yesterday_spans.append((t.span[0], t.span[1]))
        if (r := _RELATIVE.match(t.value)) and _RELATIVE_WORDS[r.group(3)].search(t.text) \
                and (r.group(3) == "D" or r.group(2) == "1"):
            f.relative_spans.append((r.group(3), int(r.group(2)) * (1 if r.group(1) == "+" else -1), t.span[0], t.span[1]))
        if (months := _anniversary(t, text)) is not None:
            f.anniversaries.append((months, t.span[0]))
        if (days := _elapsed_opener(t, text)) is not None:
            f.elapsed.append((days, t.span[0], t.span[1]))
        if t.type in ("DATE", "TIME") and not _future(t, text) and not _ANY_REL.search(t.text) and \
                (day := _weekday_of(t)) is not None and not _weekday_ahead(t, text):
            f.weekdays.add(day)
            f.weekday_spans.append((day, t.span[0], t.span[1]))
            if _LATE_BEFORE.search(text, max(0, t.span[0] - 12), t.span[0]) or _NIGHT_AFTER.match(text, t.span[1]) \
                    or _NIGHT_IN.search(t.text):
                f.late_weekdays.add(day)
        y = _yearless(t, text)
        if y is not None:
            f.yearless.append(y)
        if t.type == "DATE" and (d := _MONTH_DAY.match(t.value)) is not None and not _future(t, text) \
                and _BARE_DAY.match(t.text):
            f.month_days.append(int(d.group(1)))
        if t.type == "DURATION" and t.begin and i + 1 < len(unresolved) and unresolved[i + 1].value == t.begin \
                and not _SPAN_FROM.match(text, t.span[1], unresolved[i + 1].span[0]) \
                and not _EVERY.search(text, max(0, t.span[0] - 20), t.span[0] + 1):
            b = unresolved[i + 1]
            f.durations.append((t, _yearless(b, text) or b))
        elif (since := _since_year(unresolved, i, text)) is not None:
            f.durations.append((t, since))
            f.reach = max(f.reach, int(t.value[1:-1]))
        elif (after := _after_year(unresolved, i, text)) is not None:
            # "was not held for three years after 2021": what is told as past ended that late
            f.past_year = max(f.past_year or after, after)
    _plans(f, plans, bounds)
    return f


def _plans(f: Facts, plans: Sequence[Timex], bounds: Sequence[Timex] = ()) -> None:
    """The earliest plans' start and end; a "plan" ending before the text's past events is a
    misreading ("would widen the 2014 trade agreement" in a text telling the 2023 session as past).
    A bound ahead ("has until 2027", "a contract until June 2030", "must report by 2028") ends
    the window too, but is no plan: it neither draws the candidate years nor measures recency
    (a term's end may lie years ahead)."""
    past = max([d for d in (f.past_explicit_max, date(f.past_year, 1, 1) if f.past_year else None) if d is not None],
               default=None)
    for t in plans:
        assert t.start is not None
        end = t.end or t.start
        if past is not None and end < past:
            continue
        if f.planned_first is None or t.start < f.planned_first:
            f.planned_first = t.start
        if t.granularity != "year" and (f.planned_near is None or t.start < f.planned_near):
            f.planned_near = t.start
        if f.planned_end is None or end < f.planned_end:
            f.planned_end = end
    for t in bounds:
        assert t.start is not None
        end = t.end or t.start
        if (past is None or end >= past) and (f.planned_end is None or end < f.planned_end):
            f.planned_end = end


# --- one candidate month -------------------------------------------------------------------

_EPSILON = 0.05  # months: keeps day-count rounding from deciding a boundary


def _months_between(a: date, b: date) -> float:
    return (b - a).days / 30.4375


def _unit_months(value: str) -> float | None:
    """Length in months of a TIMEX3 duration value such as P6M, P3Y, P2W."""
    if not value.startswith("P") or "T" in value:
        return None
    try:
        amount, unit = float(value[1:-1]), value[-1]
    except ValueError:
        return None
    scale = {"Y": 12.0, "M": 1.0, "W": 12 / 52.18, "D": 1 / 30.4375}.get(unit)
    return None if scale is None else amount * scale


@dataclass
class MonthFit:
    violations: int = 0
    # twice the months from the earliest month-named past event to this month, plus the months
    # from it to the nearest planned event
    recent_gap: int | None = None
    notes: list[str] = field(default_factory=list)


PLAN_HORIZON = 12  # months: a plan further ahead ("released in 2047") says nothing of recency


def months_ahead(anchor: MonthSpan | DateAnchor, day: date) -> int:
    """Whole months from the month ``anchor`` to ``day``'s month (0 when not after it, at most
    ``PLAN_HORIZON``)."""
    return min(PLAN_HORIZON, max(0, (day.year - anchor.start.year) * 12 + day.month - anchor.start.month))


@dataclass(frozen=True, slots=True)
class MonthSpan:
    """A candidate publication month, in the shape ``Ctx`` reads (a light DateAnchor)."""

    start: date
    end: date
    granularity: str = "month"

    @property
    def value(self) -> str:
        return self.start.isoformat()[:7]


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)  # a few hundred months, asked for each source and candidate year
def month_span(year: int, month: int) -> MonthSpan:
    return MonthSpan(date(year, month, 1), cm.month_end(year, month))


def relevant(f: Facts) -> list[YearLess]:
    """The year-less dates that can rule a month out or measure its recency."""
    return [y for y in f.yearless if (y.weekday is not None and y.day is not None) or y.tense == "past"
            or (y.tense is None and y.plain) or (y.tense == "future" and y.plain)]


def year_free(f: Facts, yearless: Sequence[YearLess]) -> bool:
    """Whether a month's fit, apart from the dates written with a year, is the same in every
    year: true unless a weekday is written with a date or an elapsed time is counted."""
    return not f.durations and all(y.weekday is None for y in yearless)


def evaluate(f: Facts, anchor: MonthSpan | DateAnchor, yearless: Sequence[YearLess] | None = None,
             written: bool = True) -> MonthFit:
    """How well the publication month ``anchor`` fits the text's dates (arithmetic only);
    ``written=False`` leaves out the dates written with their year."""
    ev = MonthFit()
    if written and f.past_explicit_max is not None and f.past_explicit_max > anchor.end:
        ev.violations += 1
        ev.notes.append(f"a past event dated {f.past_explicit_max.isoformat()} lies after this month")
        return ev  # ruled out: the rest would only add notes
    if written and f.past_year is not None and anchor.end.year < f.past_year:
        ev.violations += 1
        ev.notes.append(f"an event told as past in {f.past_year} lies after this month")
        return ev
    if written and (planned := f.planned_end) is not None and planned < anchor.start:
        ev.violations += 1
        ev.notes.append(f"an event planned for {planned.isoformat()} lies before this month")
        return ev
    facts = relevant(f) if yearless is None else yearless
    if not facts and not f.durations:
        return ev
    ctx = Ctx(anchor)  # type: ignore[arg-type]  # reads start, end and granularity only
    for y in facts:
        span = y.interval(ctx)
        if span is None:
            continue
        if y.weekday is not None and y.day is not None and span[0].weekday() != y.weekday:
            ev.violations += 1
            ev.notes.append(f"weekday in {y.timex.text!r} does not fit")
        if y.tense == "past" and span[0] > anchor.end:
            ev.violations += 1
            ev.notes.append(f"past event {y.timex.text!r} after this month")
        # a month-named past event ("On June 3", "in May"): news reports recent events, so all of
        # them should fall shortly before publication; the earliest measures how well a month fits
        if y.tense in ("past", None) and y.plain and span[0] <= anchor.end:
            gap = (anchor.start.year - span[0].year) * 12 + anchor.start.month - span[0].month
            if y.day is None and not y.within:
                # "In June" alone is told after June, most often the month after; a day ("On
                # June 3") is often the month of publication
                gap = gap - 1 if gap >= 1 else 1
            if ev.recent_gap is None or gap > ev.recent_gap:
                ev.recent_gap = gap
    # planned events bound the story's window from the other side: the months from publication
    # to the nearest planned day (written with its year, or named by month in a future clause)
    ahead = [span[0] for y in facts if y.tense == "future" and y.plain and (span := y.interval(ctx)) is not None
             and span[0] >= anchor.start]
    if written and f.planned_near is not None:
        ahead.append(f.planned_near)
    if ev.recent_gap is not None:
        # the past events weigh double: a window from them to the planned ones is not a tie
        ev.recent_gap = 2 * ev.recent_gap + (months_ahead(anchor, min(ahead)) if ahead else 0)
    for dur, begin in f.durations:
        length = _unit_months(dur.value)
        count = dur.value[1:-1]
        if isinstance(begin, YearLess):
            interval = begin.interval(ctx)
        else:
            interval = (begin.start, begin.end) if begin.start and begin.end else None
        if not length or interval is None or not count.replace(".", "").isdigit():
            continue
        unit = length / max(1.0, float(count))
        low, high = _months_between(interval[1], anchor.start), _months_between(interval[0], anchor.end)
        slack = 0.25 * length if dur.mod == "APPROX" else 0.0
        # a whole count N of a unit means at least N and less than N + 1 units have passed
        if high < length - slack - _EPSILON or low >= length + unit + slack - _EPSILON:
            ev.violations += 1
            ev.notes.append(f"{dur.text!r} does not add up")
    return ev
