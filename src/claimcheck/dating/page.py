"""Dates the page shows at its top, sorted by what they say about the publication date.

- ``byline``: a short header line with a date and a clock time, an author or a credit
  ("by Jane Roe | March 3, 2024 2:54 PM", "October 4, 2030 at 08:15 CET"): the
  article's own time stamp.
- ``dateline``: the date a wire story was filed, at the start of its first paragraphs
  ("SEOUL, Nov. 13 (Yonhap) --", "March 16 (UPI) --", "PARIS (Agency - 3rd May, 2021)",
  "Ulaanbaatar, March 17 /AGENCY/.").
  It may lack the year.
- ``masthead``: a head line of short fields, the outlet, a section and the date, nothing
  else ("Harbour Review | Analysis | 30 March 2026", "THE DAILY | Sport | Wednesday 13 May
  2026"): the issue's date, the article's own.
- ``header``: a bare date line in the page head (a capture or page header stamp): weak.
- ``chrome``: a labelled page field ("Date 2023-02-14 | Share", "Scraped: 2024-11-19",
  "Last checked: 2025-06-30"), or ``updated`` ("Updated: Nov 22, 2023"): not the
  publication date; weak.

Only the head of the text is read (the first lines), so this is linear and cheap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..clean import PageDate
from ..models import Span, Timex
from .values import parse_page_date

Kind = Literal["byline", "dateline", "masthead", "header", "chrome", "updated"]
WEAK: frozenset[str] = frozenset({"header", "chrome", "updated"})

HEAD_LINES = 10  # non-empty lines after the headline where page stamps and datelines sit
HEAD_CHARS = 2000

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:JST|GMT|UTC|KST|BST|CET|EST|EDT|IST)\b",
                    re.IGNORECASE)
_BYLINE = re.compile(r"(?:^|[|•·]\s*)by\s+[A-Z]|\|\s*\d+\s+min(?:ute)?s?\s+read|^\s*\([A-Z][\w .-]{1,30}\)")
_UPDATED = re.compile(r"\b(?:updated|modified|edited|last\s+updated)\b", re.IGNORECASE)
# a page field saying when the page was shown, fetched or checked, not when it was published
_FETCHED = r"capture[d]?|scraped|crawled|fetched|retrieved|accessed|archived|downloaded|printed|viewed|(?:last\s+)?checked"
_CHROME_LABEL = re.compile(rf"^\W*(?:date|dated|posted\s+date|{_FETCHED})\b\s*(?:on\b)?\s*:?", re.IGNORECASE)
# a head line of several fields ("Input 2026.03.12 14:05 | Date 2026-05-02 08:41"): each
# field's label speaks for its own date only; "Input", "Published", "Posted" name the
# publication (Korean and Japanese sites print "Input" and "Modified" side by side)
_FIELD = re.compile(r"[^|•·]+")
_PUBLISHED_LABEL = re.compile(r"^\W*(?:input|published|posted|first\s+published|created|registered)\b\s*(?:on\b)?\s*:?\s*",
                              re.IGNORECASE)
# "03/04/2026" is March 4 or April 3: no day to read
_AMBIGUOUS = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d(?!\d)")
# the label right before the date, in a line of other fields ("Home > News   Last checked: 2025-06-30")
_FETCHED_BEFORE = re.compile(rf"\b(?:{_FETCHED})\s*(?:on\b)?\s*:?\s*$", re.IGNORECASE)
_LABEL_WORD = re.compile(rf"^\W*(?:date|dated|updated|last\s+updated|modified|edited|{_FETCHED})\b\s*(?:on\b)?\s*:?",
                         re.IGNORECASE)
_COLON_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:JST|GMT|UTC|KST|BST|CET|EST|EDT|IST)\b",
                          re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_RELATIVE_STAMP = re.compile(r"\b(?:ago|today|yesterday|tomorrow|now)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A dateline: a place in capitals or title case (with a country or an agency in brackets), a
# comma, the date, an optional agency in brackets and a dash or colon; or the date inside
# the agency's brackets: "PARIS (Agency - 3rd May, 2021)".
_PLACE = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,30}\))?"
# (a place may be followed by its region: "TAMPA, Fla., Jan 22 (Agency) -")
_DATELINE_BEFORE = re.compile(rf"^\s*(?:{_PLACE}\s*,\s*){{0,2}}$")
# the agency in brackets then a dash, or in slashes ("Pitesti, 21 May /Agency/ -",
# "Ulaanbaatar, March 17 /AGENCY/."), which marks a dateline whatever follows
_DATELINE_AFTER = re.compile(r"^\s*(?:(?:\([^()\n]{1,40}\)\s*)?(?:--|—|–|-|:|>>)|/[^/\n\d]{2,30}/)")
_PAREN_BEFORE = re.compile(rf"^\s*{_PLACE}\s*\([^()\n]{{1,40}}[-–—,/]\s*$")
_PAREN_AFTER = re.compile(r"^\s*\)")
_YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")


@dataclass(frozen=True)
class PageClue:
    kind: Kind
    text: str  # the line (or the dateline's head) as written
    span: Span  # the date's span in the text
    day: date | None = None  # the full date, when the year is written
    month_day: tuple[int, int] | None = None  # a dateline's month and day without a year

    def describe(self) -> str:
        what = {"byline": "the page's time stamp", "dateline": "the dateline",
                "masthead": "the date of the page's masthead line (outlet, section, date)",
                "header": "a page header date (a page header or capture date, not necessarily the publication date)",
                "chrome": "a scraped page field (page chrome, not the publication date)",
                "updated": "an update stamp (the page's last update, not its first publication)"}[self.kind]
        return f"{what}: {self.text!r}"


def _head_limit(text: str) -> int:
    """End of the page head: HEAD_LINES non-empty lines after the first, at most HEAD_CHARS."""
    seen, pos = 0, 0
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            seen += 1
            if seen > HEAD_LINES + 1:
                return min(pos, HEAD_CHARS)
        pos = m.end()
    return min(pos, HEAD_CHARS)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def _kind_of_line(line: str, date_text: str) -> Kind | None:
    """How a head line holding a date relates to the publication date; None: prose, not a stamp."""
    rest = line.replace(date_text, " ")
    words = _WORD.findall(rest)
    if _UPDATED.search(rest):
        return "updated"
    if _CHROME_LABEL.match(line) or _FETCHED_BEFORE.search(line[:max(line.find(date_text), 0)]):
        return "chrome"
    if len(words) > 14 or re.search(r"[a-z]\.\s*$", line.strip()):
        return None  # a sentence: the text's own business
    if _CLOCK.search(rest) or _BYLINE.search(line):
        return "byline"
    if len(words) <= 3:
        return "header"
    return None


def _field_kind(text: str, a: int, b: int, span: Span) -> Kind | None:
    """The kind a labelled field of a line of several fields gives the date it holds, if any."""
    fields = [m for m in _FIELD.finditer(text, a, b)]
    if len(fields) < 2:
        return None
    for m in fields:
        if m.start() <= span[0] and span[1] <= m.end():
            field = m.group()
            if _PUBLISHED_LABEL.match(field):
                return "byline"
            if _UPDATED.search(field):
                return "updated"
            if _CHROME_LABEL.match(field):
                return "chrome"
    return None


def _masthead(fields: Sequence[re.Match[str]], dated: re.Match[str]) -> bool:
    """A line of short fields ending (or starting) with the date and no field labelled as a
    page's other dates: "Outlet | Section | 30 March 2026" prints the issue's date."""
    if dated is not fields[-1] and dated is not fields[0]:
        return False
    for m in fields:
        if m is not dated and (_UPDATED.search(m.group()) or _CHROME_LABEL.match(m.group())
                               or len(_WORD.findall(m.group())) > 6):
            return False
    return True


def _field_dates(text: str, limit: int) -> list[PageClue]:
    """The full dates of the head's lines of several fields, each kind by its field's label:
    "Input 2026.03.12 14:05 | Date 2026-05-02 08:41" (the publication, then a page field),
    "Harbour Post | Region | 20 August 2026" (a masthead's date), "By Jane Roe |
    March 3, 2024 2:54 PM" (a byline). Read here whether or not the tagger or the cleaner saw
    them (dotted numbers, lines the cleaner set aside)."""
    out = []
    for line in re.finditer(r"[^\n]+", text[:limit]):
        fields = list(_FIELD.finditer(text, line.start(), line.end()))
        if len(fields) < 2:
            continue  # a line of its own is read from its tagged date, or is the cleaner's
        for m in fields:
            # a written year, never a relative stamp ("Published 1 hour ago" is no date)
            if not _YEAR.search(m.group()) or _RELATIVE_STAMP.search(m.group()) or _AMBIGUOUS.search(m.group()):
                continue
            label = _PUBLISHED_LABEL.match(m.group())
            body = m.group()[label.end():] if label else m.group()
            body = _LABEL_WORD.sub(" ", body).strip(" ,")
            day = parse_page_date(body) or parse_page_date(_COLON_CLOCK.sub(" ", body).strip(" ,"))
            if day is None:
                continue
            kind: Kind
            if label:
                kind = "byline"
            elif _UPDATED.search(m.group()):
                kind = "updated"
            elif _CHROME_LABEL.match(m.group()):
                kind = "chrome"
            else:
                # unlabelled: the line says what it is ("By X | Jun 17, 2024 | 11:35 AM" a byline,
                # "Harbour Post | Region | 20 August 2026" a masthead's date)
                clock = _COLON_CLOCK.search(m.group())
                written = (m.group()[:clock.start()] if clock else m.group()).strip(" ,")
                kind = _kind_of_line(line.group(), written or m.group()) or \
                    ("masthead" if _masthead(fields, m) else "header")
            out.append(PageClue(kind, line.group().strip(), (m.start(), m.end()), day))
    return out


def clues(text: str, unresolved: Sequence[Timex], excluded_dates: Sequence[PageDate] = ()) -> list[PageClue]:
    """Dates the page's head shows, from the text tagged without an anchor and from excluded header lines."""
    limit = _head_limit(text)
    out: list[PageClue] = _field_dates(text, limit)
    labelled = [c.span for c in out]
    for t in unresolved:
        if t.span[0] >= limit:
            break
        # a day, or a clock time with its day ("16:10 JST, January 2, 2025")
        if not (t.type == "DATE" and t.granularity in (None, "day")) and not (t.type == "TIME" and t.year_explicit):
            continue
        full = t.start if t.year_explicit and t.granularity in ("day", "time") else None
        yearless = _YEARLESS_DAY.match(t.value)
        if full is None and yearless is None:
            continue
        md = (int(yearless.group(1)), int(yearless.group(2))) if yearless else None
        a, b = _line(text, *t.span)
        before, after = text[a:t.span[0]], text[t.span[1]:b]
        if (_DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after)) or \
                (_PAREN_BEFORE.match(before) and _PAREN_AFTER.match(after)):
            out.append(PageClue("dateline", text[a:min(b, t.span[1] + 40)].strip(), t.span, full, md))
            continue
        if full is None or any(x <= t.span[0] < y for x, y in labelled):
            continue
        kind = _field_kind(text, a, b, t.span) or _kind_of_line(text[a:b], t.text)
        if kind == "header" and t.type == "TIME":
            kind = "byline"  # the clock time is inside the date's own span: a time stamp
        if kind is not None:
            out.append(PageClue(kind, text[a:b].strip(), t.span, full))
    for p in excluded_dates:  # header lines the cleaner excluded ("Wednesday, January 22, 2025")
        if p.published:
            continue
        day = parse_page_date(p.text)
        if day is not None:
            kind = "updated" if _UPDATED.search(p.text) else "chrome" if _CHROME_LABEL.match(p.text) else "header"
            out.append(PageClue(kind, p.text, p.span, day))
    return out


def clue_spans(found: Sequence[PageClue]) -> list[Span]:
    return [c.span for c in found]


# A piece that looks back on a story rather than reporting its news: a head line or field
# naming an analysis or comment section ("Harbour Review | Analysis | 30 March 2026",
# "Analysis"), or a present opening that counts the time since the events ("Three weeks on,
# ...", "A month after the recall, ..."). Its day is not its events' day: a similar article
# should not borrow it.
_LOOK_BACK_SECTION = re.compile(r"(?im)^(?:[^\n|]{0,60}\|\s*)?(?:analysis|commentary|comment|opinion|long\s+read|"
                                r"explainer|in\s+depth|the\s+big\s+read)\s*(?:\||$)")
_LOOK_BACK_OPENING = re.compile(r"(?im)(?:^|[.!?]\s+)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:after|on\b|since|later\b)")
LOOK_BACK_HEAD = 600  # characters: the head lines and the opening


def looks_back(text: str) -> bool:
    """Whether ``text`` is an analysis, a comment or a follow-up (its head says so)."""
    head = text[:LOOK_BACK_HEAD]
    return _LOOK_BACK_SECTION.search(head) is not None or _LOOK_BACK_OPENING.search(head) is not None
