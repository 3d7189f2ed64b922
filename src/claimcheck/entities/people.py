"""People: unknown capitalised runs read as names (titles before them, roles after
them, counterparts, naming traditions, given names), and surnames bound to the full
name in the same document."""

from __future__ import annotations

import re
from functools import lru_cache

from .bodies import add_typed, context_kind
from .chunks import Piece, _head_kind
from .document import _INDEFINITE_BEFORE, _WORD, Doc
from .lexicon import Lexicon, lexicon
from .names import one_slip, parse_name
from .portfolio import portfolio_start
from .text import acronym_key, fold_token, key, slug
from .title_phrases import title_after, title_apposed, title_before, title_by_verb


COMPLEMENT_REACH = 90  # characters after a name in which a title complement is read
CANDIDATE = "person-candidate"  # a name-shaped run that only the corpus can confirm


def is_titled_name(lex: Lexicon, run: str) -> bool:
    """After a title any capitalised words but function words make a name ("John Major")."""
    words = _WORD.findall(run)
    if not 1 <= len(words) <= 5 or any(
        (fold_token(w) in lex.stop and not (i > 0 and fold_token(w) in lex.calendar) and not _initial(words, i))
        or any(c.isdigit() for c in w)
        for i, w in enumerate(words)
    ):
        return False
    # "Chancellor's Department", "the Workers Union": a body, not a person
    return fold_token(words[-1]) not in lex.heads or parse_name(run).tradition is not None


def _initial(words: list[str], i: int) -> bool:
    """A middle initial ("Ruth B. Osei"): one capital letter between two name words."""
    return 0 < i < len(words) - 1 and len(words[i].rstrip(".")) == 1 and words[i][:1].isupper()


def _given_then_place_noun(lex: Lexicon, words: list[str]) -> bool:
    """"Peter Mount", "Mike Lake": a given name, then a place noun that is a surname too."""
    return len(words) == 2 and fold_token(words[0]) in lex.given_names and lex.leading_heads.get(fold_token(words[1])) == "place"


def _is_name_run(lex: Lexicon, words: list[str]) -> bool:
    if not 1 <= len(words) <= 5:
        return False
    for i, w in enumerate(words):
        f = fold_token(w)
        if not f or f in lex.not_names or f in lex.stop or any(c.isdigit() for c in w):
            if f not in lex.particles and not (i > 0 and f in lex.calendar) and not _initial(words, i):  # "Theresa May"
                return False
        if f in lex.heads and i == len(words) - 1 and parse_name(" ".join(words)).tradition is None \
                and not _given_then_place_noun(lex, words):
            return False  # "... Agency", "... Hotel": a body or a place ("Park Min-ho" is a name)
    return True


def office_title(pieces: tuple[Piece, ...], idx: int, chunk: str = "") -> Piece:
    """The title for the name at ``idx``: of the titles written just before it
    ("Chairman of the Joint Chiefs of Staff Gen. Mark Milley"), the one that denotes an
    office, spanning all of them; else the nearest. A title written after a body's name
    ("Samsung President Lee", "Sony Computer Entertainment America President Kaz Hirai")
    is that body's title: no national office, and a country word inside the body's name
    is not the title's country."""
    j = idx - 1
    while j - 1 >= 0 and pieces[j - 1].what == "title" and pieces[j].start - pieces[j - 1].end <= 2:
        j -= 1
    inner = inner_portfolio(pieces, j, chunk)
    if inner:  # "Chief Data Scientist": one title, its portfolio inside
        j -= 2
    run = pieces[j:idx]
    best = next((t for t in run if t.title is not None and t.title.office), None)
    if best is None and inner:
        best = pieces[idx - 1]
    chosen = pieces[idx - 1] if best is None or len(run) == 1 else Piece(
        run[0].start, run[-1].end, "title", title=best.title, modifier=best.modifier, qualifier=best.qualifier)
    if chosen.title is not None and chosen.title.sort == "courtesy":
        return chosen  # "Instead Mr Blair": a courtesy word is no title, so no body's title either
    start = _body_before(pieces, j, chunk)
    if start is None:
        return chosen
    return Piece(start, chosen.end, "title", title=chosen.title, modifier="body", qualifier=None)


def inner_portfolio(pieces: tuple[Piece, ...], j: int, chunk: str) -> bool:
    """The title at ``j`` follows one unknown word that follows a title ("Chief" "Data"
    "Scientist"): the unknown word is the title's portfolio, not a name."""
    if j < 2 or pieces[j - 1].what != "run" or pieces[j - 2].what != "title" or " " in chunk[pieces[j - 1].start : pieces[j - 1].end]:
        return False
    return pieces[j].start - pieces[j - 1].end <= 2 and pieces[j - 1].start - pieces[j - 2].end <= 2


def _body_before(pieces: tuple[Piece, ...], j: int, chunk: str) -> int | None:
    """Start of a body's name written right before the title at ``j`` (unknown words,
    a headed name, a known body, with country words inside it), or None when only a
    country qualifier or a clause opener ("Instead", "Following") is there."""
    k = j
    while k > 0 and pieces[k].start - pieces[k - 1].end <= 2:
        p = pieces[k - 1]
        if p.what in ("run", "named") or (p.what == "entry" and p.entry is not None and p.entry.kind in ("org", "country")):
            k -= 1
            continue
        break
    lex = lexicon()
    while k < j and pieces[k].what == "run" and chunk and _opener_run(lex, chunk[pieces[k].start : pieces[k].end]):
        k += 1
    if all(p.what == "entry" and p.entry is not None and p.entry.kind == "country" for p in pieces[k:j]):
        return None  # nothing, or only a qualifier: "Japanese Prime Minister"
    if _after_locative(lex, chunk[: pieces[k].start].split()):
        return None  # "At Davos French President Jacques Chirac": a place before the title
    return pieces[k].start


def _after_locative(lex: Lexicon, words_before: list[str]) -> bool:
    return bool(words_before) and fold_token(words_before[-1]) in lex.locatives


def _opener_run(lex: Lexicon, text: str) -> bool:
    words = text.split()
    return len(words) == 1 and lex.is_opener(words[0])


@lru_cache(maxsize=100_000)
def _run_shape(run: str) -> tuple[bool, int, bool]:
    """(could be a person's name, its name parts, a name tradition or given name says so)."""
    lex = lexicon()
    words = _WORD.findall(run)
    if not _is_name_run(lex, words):
        return False, 0, False
    name = parse_name(run)
    first = fold_token(words[0])
    evidence = name.tradition is not None or first in lex.given_names or first in lex.hypocorisms
    return True, len(name.parts), evidence


# verbs whose agent is the person heading a body ("chaired by", "led by"), right before a name
_AGENT_BEFORE = re.compile(r"\b(chaired|headed|led|presided|coached|captained)\s+by\s+$")
# "The prefect of Varna, ", "The local regent, ", "The outgoing executive secretary, ": up to
# three lower-case words, the title at their end (the words before it are its adjectives)
_POST_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[Ii]ts)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:\s+of\s+[^,;:()]{1,60})?,\s+$")


_CLOSED_AFTER = re.compile(r"\s*[,.;:)]")


def _title_set_off(text: str, a: int, b: int) -> bool:
    """A name set off by commas from a title of a post before or after it ("The airline's
    chief executive, Jo Lind, said", "Jo Lind, the regulator's chief medical officer,") or
    told by a verb of holding a post ("Jo Lind, who chairs the committee"): a person."""
    limit = min(len(text), b + COMPLEMENT_REACH)
    if not _CLOSED_AFTER.match(text, b):
        return False
    found = title_apposed(text, b, limit) or title_by_verb(text, b, limit) or title_before(text, a, max(0, a - 120), b)
    return found is not None and found.info.sort in ("national", "qualified", "role")


def _post_apposed(lex: Lexicon, text: str, start: int) -> bool:
    """A name in apposition right after a definite post: "The prefect of Varna county, "."""
    m = _POST_BEFORE.search(text, max(0, start - 90), start)
    if m is None:
        return False
    words = m.group(1).split()
    for i in range(len(words)):  # the longest title ending the words: "local regent" is a regent
        info = lex.describe_title(" ".join(words[i:]))
        if info is not None:
            return info.sort not in ("courtesy", "counterpart")
    return False


_POSSESSIVE_INSIDE = re.compile(r"[’']s\s+(?=\S)")


def _descriptor_before_given_name(lex: Lexicon, run: str) -> int:
    """Offset of a known given name that follows one unknown capitalised word and starts a
    name of two or more words; 0 when the run does not look so."""
    words = run.split()
    if len(words) < 3 or fold_token(words[0]) in lex.given_names or fold_token(words[0]) in lex.hypocorisms:
        return 0
    if fold_token(words[1]) not in lex.given_names:
        return 0
    return run.index(words[1], len(words[0]))


def _occupation_before_tradition(text: str, a: int, run: str) -> int:
    """"Pianist Seo Ji-hoon, 24, won": one capitalised word opening a sentence or a line,
    then a naming tradition's name (the whole run is none): the word is an occupation
    capitalised by its place, the name starts after it; or the last word of a title's
    portfolio after "and" ("Minister of Industry and Trade Nguyen Thi Lan"). Not elsewhere
    inside a sentence.""" 
    words = run.split()
    j = a - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if len(words) < 3 or (j >= 0 and text[j] not in _OPENERS and not _PORTFOLIO_JOIN.search(text, max(0, a - 5), a)):
        return 0
    if parse_name(" ".join(words[1:])).tradition is None or parse_name(run).tradition is not None:
        return 0
    return run.index(words[1], len(words[0]))


_OPENERS = frozenset('.!?:"“”\n\r')
# "Minister of Industry and Trade X": the capitalised word after "and" ends a portfolio
_PORTFOLIO_JOIN = re.compile(r"\band[ \t]+$")


# a title, "for"/"of", then a capitalised word the chunker read as the title's modifier
# ("Regional", "Provincial"): the portfolio goes on into the run after it
_TITLE_FOR_MODIFIER = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w-]*[ \t]+){1,3}?)(?:for|of)[ \t]+(?:the[ \t]+)?([A-Z][\w-]*)[ \t]+$")


def _portfolio_carried(lex: Lexicon, text: str, a: int, run: str) -> tuple[int, int] | None:
    """(start of the title, offset of the name in the run) when the run after "<Title> for
    <Modifier> " still holds the portfolio's words: the name is its last two words, or
    starts at a given name. None when the run is no longer than a name."""
    m = _TITLE_FOR_MODIFIER.search(text, max(0, a - 60), a)
    if m is None or fold_token(m.group(2)) not in lex.modifiers:
        return None
    before = list(re.finditer(r"\S+", m.group(1)))
    # the title is the longest of the capitalised words before "for": "Czech Minister" is a minister
    start = next((m.start(1) + w.start() for w in before
                  if (info := lex.describe_title(m.group(1)[w.start() :].strip())) is not None
                  and info.sort in ("national", "qualified", "role")), None)
    if start is None:
        return None
    words = list(re.finditer(r"\S+", run))
    if len(words) < 3:
        return None
    k = next((j for j in range(1, len(words) - 1)
              if fold_token(words[j].group()) in lex.given_names or fold_token(words[j].group()) in lex.hypocorisms),
             len(words) - 2)
    if not _is_name_run(lex, [w.group() for w in words[k:]]):
        return None
    return start, words[k].start()


_NEXT_WORD = re.compile(r"\s+([a-z]+(?:\s+game)?)\b")
_DETERMINED = re.compile(r"(?:\b(?:the|this|that|a|an|its|their|annual|joint|next|last)|[’']s)\s+$", re.IGNORECASE)


def _exercise_name(lex: Lexicon, text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of an exercise's own name in a capitalised run: the words after a leading
    exercise noun ("Exercise Coral Shield", "Operation Northern Lance") or the whole run
    before a lower-case one ("the Coral Shield exercise"); both forms give one series."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) >= 2 and words[0].group().lower() in lex.exercise_nouns:
        return a + words[1].start(), b
    after = _NEXT_WORD.match(text, b)
    if after is not None and after.group(1) in lex.exercise_nouns and words and _DETERMINED.search(text, max(0, a - 12), a):
        return a, b  # "the Coral Shield exercise", not "Maria Lopez exercise daily"
    return None


def _leading_place(lex: Lexicon, run: str) -> bool:
    words = [fold_token(w) for w in run.split()]
    return len(words) >= 2 and lex.leading_heads.get(words[0]) == "place" and _head_kind(lex, words) == "place"


def read_run(doc: Doc, a: int, b: int) -> None:
    """An unknown capitalised run: a person when something says so, else kept pending."""
    lex = doc.lex
    run = doc.text[a:b]
    if doc.aliases is not None:
        entry = doc.aliases.lookup(run)
        if entry is not None:
            doc.add(a, b, entry.kind or "thing", entry.id, "alias-table")
            return
    named = _exercise_name(lex, doc.text, a, b)
    if named is not None:  # "Exercise Coral Shield", "the Coral Shield exercise": a named exercise
        doc.add(named[0], named[1], "series", f"series:{slug(key(doc.text[named[0]:named[1]]))}", "exercise-name")
        return
    cut = _POSSESSIVE_INSIDE.search(run)
    if cut is not None:  # "Northwind Capital's Ida Brandt": a body's name, then the person
        read_run(doc, a, a + cut.start())
        read_run(doc, a + cut.end(), b)
        return
    carried = _portfolio_carried(lex, doc.text, a, run)
    if carried is not None:  # "Minister for Regional Development Jana Roe": "Development" ends the portfolio
        title_start, lead = carried
        a, run = a + lead, run[lead:]
        doc.person(a, b, "person-titled", title=doc.text[title_start : a - 1], title_span=(title_start, a - 1))
        return
    lead = _descriptor_before_given_name(lex, run) or _occupation_before_tradition(doc.text, a, run)
    if lead:  # "Centrist Paul Okafor", "Acme Dana Reyes": the name starts at the given name
        a, run = a + lead, run[lead:]
    if a >= 4 and doc.text[a - 4 : a].lower() == "the ":
        e = lex.names.get("the " + key(run))
        if e is not None:
            doc.entry(Piece(0, 4 + b - a, "entry", entry=e), a - 4, None)
            return
    if _leading_place(lex, run):  # "Port Tallow", "Mount Keller": a place, though "Tallow" passes for a surname
        b = doc._strip_possessive(a, b)
        doc.add(a, b, "place", doc._name_id("place", doc.text[a:b]), "place-head")
        return
    is_name, nparts, evidence = _run_shape(run)
    kind = context_kind(doc, a, b, evidence)
    if kind is not None:  # "telecom group Orvana", "a group calling itself X", "the X gang"
        add_typed(doc, a, b, kind)
        return
    if not is_name:
        words = [fold_token(w) for w in run.split()]
        head = _head_kind(lex, words) if len(words) >= 2 else None
        if head is not None and head != "event" and not any(w in lex.stop for w in words):
            # "Fjordline Space's Helix 3 rocket": a headed name cut from its chunk at a possessive
            b = doc._strip_possessive(a, b)
            doc.add(a, b, head, doc._name_id(head, doc.text[a:b]), f"{head}-head")
            return
        if doc.prev_word(a) in lex.exercise_nouns:
            doc.add(a, b, "series", f"series:{slug(key(run))}", "exercise-name")
        return
    cp = doc.counterpart(a)
    if cp is not None:
        title, tspan, office_key, country = cp
        doc.person(a, b, "person-counterpart", title=title, title_span=tspan, office_key=office_key, country=country)
        return
    prev = _title_before(doc, a)
    if prev is not None:
        title, tspan, office_key, country = prev
        doc.person(a, b, "person-titled", title=title, title_span=tspan, office_key=office_key, country=country)
        return
    if nparts >= 2 and (evidence or (doc.text.startswith(",", b) and _APPOSITIVE_ROLE(doc, b))
                        or _of_a_party(doc.text, b)):
        doc.person(a, b, "person-name")
        return
    if nparts >= 2 and title_after(doc.text, b, min(len(doc.text), b + COMPLEMENT_REACH)) is not None:
        doc.person(a, b, "person-complement")  # "Yvette Roe as home secretary", "named Roe the new chief"
        return
    if doc.prev_word(a) in lex.exercise_nouns:
        doc.add(a, b, "series", f"series:{slug(key(run))}", "exercise-name")
        return
    doc.pending.append((a, b))


@lru_cache(maxsize=1)
def _party_after() -> re.Pattern[str]:
    from ..affiliations import tables  # the party words live with the affiliation reader

    heads = "|".join(re.escape(w) for h in tables().party_heads for w in (h, h.capitalize()))
    return re.compile(rf"[ \t]+(?:of|from)[ \t]+the[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:[A-Z][\w’'-]*[ \t]+){{1,4}}(?:{heads})\b")


def _of_a_party(text: str, b: int) -> bool:
    """A name-shaped run followed by "of the <X> Party": a party's member, so a person."""
    return text.startswith(" ", b) and _party_after().match(text, b) is not None


def titled_before(doc: Doc, a: int) -> bool:
    """A lower-case title just before the name that starts at ``a`` ("sporting director X")."""
    return _title_before(doc, a) is not None


def _APPOSITIVE_ROLE(doc: Doc, b: int) -> bool:
    return doc._appositive(b)[0] is not None


def _title_before(doc: Doc, a: int) -> tuple[str, tuple[int, int], str | None, str | None] | None:
    """A lower-case or separate title just before a name: "defense minister Lee"."""
    text = doc.text
    if a < 2 or text[a - 1] not in " \t":
        return None
    sp = text.rfind(" ", max(0, a - 30), a - 1)
    last = text[sp + 1 : a - 1]
    bare = last.rstrip(".")
    if last[-1:] in ";:!?" or (last.endswith(".") and (len(bare) > 4 or (len(bare) > 1 and bare.isupper()))):
        # "... the ministry's secretary general. Marta Lind", "... as interim CEO. Lind": a sentence
        # ends there ("Gen. Lee", "Capt. Lee" do not)
        return None
    if fold_token(last).rsplit(" ", 1)[-1] not in doc.lex.title_last_words:  # "co-CEO" ends in "ceo"
        return None
    window_start = max(0, a - 70)
    raw = text[window_start:a].split()
    # word offsets, walking back from the name
    spans: list[tuple[int, int]] = []
    end = a
    for w in reversed(raw):
        start = text.rfind(w, window_start, end)
        spans.append((start, start + len(w)))
        end = start
    spans.reverse()
    folded = [fold_token(w) for w in raw]
    lex = doc.lex
    for size in range(min(6, len(raw)), 0, -1):
        t = lex.titles.get(" ".join(folded[-size:]))
        if t is None or t.sort in ("counterpart", "courtesy"):
            continue
        k = len(raw) - size  # index of the title's first word
        first = k
        if k >= 2 and raw[k - 1].isalpha() and raw[k - 1].islower() and folded[k - 1] not in lex.stop \
                and _modifiers_before(lex, folded, k - 1)[1]:
            k -= 1  # "deputy aviation minister": a field the portfolio table lacks, between the rank and the title
        k, modified = _modifiers_before(lex, folded, k)
        first = min(first, k) if modified else first  # "former defense minister", "shadow home secretary"
        country = t.country
        for qs in (2, 1):
            if k >= qs:
                c = lex.country_of(" ".join(raw[k - qs : k]))
                if c is not None:
                    country, k = c, k - qs
                    break
        k, outer = _modifiers_before(lex, folded, k)
        if outer:  # "former US president": the modifier before the country starts the title
            first, modified = k, True
        ts, te = spans[first][0], spans[-1][1]
        if _INDEFINITE_BEFORE.search(text, max(0, ts - 4), ts):
            return None  # "how good a prime minister X will make": a role X might fill, not X's title
        office = None if modified else t.office
        if t.office:
            body = _body_words_before(lex, raw, k)
            if body < k and not _after_locative(lex, raw[:body]):  # "Diageo North America president": a body's title
                ts = spans[body][0]
                return text[ts:te], (ts, te), None, None
            if k > 0 and country is None and raw[k - 1].isalpha() and raw[k - 1].islower() \
                    and lex.descriptors.get(folded[k - 1]) == "org":
                ts = spans[k - 1][0]  # "union president X", "party chairman X": the body's post, no national office
                return text[ts:te], (ts, te), None, None
        if not modified and country is None:
            ts = portfolio_start(lex, text, ts, te)  # "Vestby's sporting director X"
        if country is None and doc.mentions and 0 <= ts - doc.mentions[-1].span[1] <= 1 and doc.mentions[-1].kind == "org":
            country = doc.mentions[-1].country  # "Chinese Foreign Ministry spokesperson Lin Jian"
        return text[ts:te], (ts, te), office, country
    return None


def _modifiers_before(lex: Lexicon, folded: list[str], k: int) -> tuple[int, bool]:
    """Move ``k`` back over modifier words ("former", "shadow", "first deputy"). A modifier
    that is also a preposition ("under") is one only inside its title's own words ("Under
    Secretary"); a separate word before a title is the preposition ("Under President X")."""
    found = False
    while k > 0:
        if k >= 2 and f"{folded[k - 2]} {folded[k - 1]}" in lex.modifiers:
            k -= 2
        elif folded[k - 1] in lex.modifiers and not (folded[k - 1] in lex.ambiguous_modifiers
                                                       and folded[k - 1] in lex.openers):
            k -= 1
        else:
            break
        found = True
    return k, found


def _body_words_before(lex: Lexicon, raw: list[str], k: int) -> int:
    """Index of the first of the capitalised words that end at ``k`` and name a body
    (no clause opener, no word ending a clause); ``k`` when there are none."""
    i = k
    while i > 0:
        w = raw[i - 1]
        if not w[:1].isupper() or w[-1] in ",.;:!?)\"”" or lex.is_opener(w):
            break
        i -= 1
    return i


def _names_used_by_surname(doc: Doc) -> None:
    """A pending name-shaped run of two or three words ("Satya Nadella") is a person when
    the document also writes its last word alone ("Nadella welcomed ..."): that is how
    news copy refers to people, while a body's short form is its first word."""
    singles: set[str] = set()
    multi: list[tuple[int, int]] = []
    for a, b in doc.pending:
        words = _WORD.findall(doc.text[a:b])
        if len(words) == 1:
            singles.add(fold_token(words[0]))
        elif 2 <= len(words) <= 3:
            multi.append((a, b))
    if not singles or not multi:
        return
    for m in doc.mentions:
        if m.kind == "person" and " " not in m.text.strip():
            singles.add(fold_token(m.text))
    for a, b in multi:
        is_name, nparts, _ = _run_shape(doc.text[a:b])
        surname = parse_name(doc.text[a:b]).surname
        if is_name and nparts >= 2 and (surname in singles or any(one_slip(surname, w) for w in singles)):
            doc.person(a, b, "person-surname-used")


def _slipped(by_surname: dict[str, set[str]], word: str) -> set[str] | None:
    """The one full name whose surname this word misspells by one letter ("Raynor" for
    "Helen Pryce", "Kowalcyzk" for "Piotr Kowalczyk"); None with none or several."""
    hits = {e for s, ids in by_surname.items() if s[:1] == word[:1] and one_slip(s, word) for e in ids}
    return hits if len(hits) == 1 else None


def _introduced(cands: set[str] | None, first_at: dict[str, int], at: int) -> set[str] | None:
    """Of several people sharing a surname, the one whose full name the document has
    written before ``at``: news copy writes the full name first and the surname alone
    after it ("Ada Holm ... Holm said", a sister "Eva Holm" introduced later)."""
    if not cands or len(cands) == 1:
        return cands
    before = {e for e in cands if first_at.get(e, at) < at}
    return before if len(before) == 1 else cands


def surname_pass(doc: Doc) -> None:
    """Bind surname-only mentions ("Kihara", "Secretary Austin") to the full name in
    the document (of two full names with that surname, the one written before it);
    leave ambiguous or unknown ones alone."""
    _names_used_by_surname(doc)
    full: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}  # where each person's full name is first written
    for m in doc.mentions:
        if m.kind == "person":
            name = parse_name(m.text)
            if len(name.parts) >= 2:
                full.setdefault(name.surname, set()).add(m.entity or "")
                full.setdefault(name.parts[0], set())
                full.setdefault(name.parts[-1], set())
                first_at[m.entity or ""] = min(first_at.get(m.entity or "", m.span[0]), m.span[0])
    by_surname = {k: v for k, v in full.items() if v}
    for m in doc.mentions:
        if m.kind == "person" and len(parse_name(m.text).parts) == 1:
            cands = by_surname.get(parse_name(m.text).parts[0]) or _slipped(by_surname, parse_name(m.text).parts[0])
            cands = _introduced(cands, first_at, m.span[0])
            if cands and len(cands) == 1:
                m.entity = next(iter(cands))
                m.rule += "+surname"
            elif not parse_name(m.text).initials:
                # a surname alone names someone only within this document; resolve()
                # joins it to a full name elsewhere only with a matching title
                m.entity = f"{m.entity}--{slug(doc.source.id)}"
    singles: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.kind == "person" and len(parse_name(m.text).parts) == 1:
            singles.setdefault(parse_name(m.text).parts[0], set()).add(m.entity or "")
    lex = doc.lex
    taken = {m.span for m in doc.mentions}
    for a, b in doc.pending:
        if (a, b) in taken:
            continue
        t = doc.text[a:b]
        f = fold_token(t)
        cands = _introduced(by_surname.get(f) or singles.get(f) or _slipped(by_surname, f), first_at, a)
        if cands and len(cands) == 1 and acronym_key(t) is None:
            doc.add(a, b, "person", next(iter(cands)), "person-surname")
            continue
        ak = acronym_key(t)
        if ak and ak in doc.acronyms:
            long = doc.acronyms[ak]
            doc.add(a, doc._strip_possessive(a, b), long.kind, long.entity or "", "acronym-use")
            continue
        is_name, nparts, evidence = _run_shape(t)
        agent = _AGENT_BEFORE.search(doc.text, max(0, a - 30), a)
        # "chaired by" takes a person (a body is led or headed by a country or a firm, not chaired):
        # there no given name of the tables is needed
        if is_name and nparts >= 2 and ((agent and (evidence or agent.group(1) in ("chaired", "presided")))
                                        or _post_apposed(lex, doc.text, a) or _title_set_off(doc.text, a, b)):
            # "the panel chaired by Ana Krohn", "The prefect of Varna, Ivo Petrov,": a body's
            # head named after its verb, or in apposition to a post, is a person
            doc.person(a, b, "person-agent")
            continue
        if is_name and nparts >= 2:
            # nothing here says person; resolve() keeps it only when the corpus writes
            # this name as a person elsewhere ("Josef Aalto" beside "Joseph Aalto, the ...")
            doc.person(a, b, CANDIDATE)
    del lex
