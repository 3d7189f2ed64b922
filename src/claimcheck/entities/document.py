"""The state of one document while its mentions are read, and the rules that attach
to one mention: a known name, a ministry, a headed name, a titled person, an appositive
role, a counterpart, a capital as government or city."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..keys import parse
from ..models import Mention, Source
from .aliases import AliasTable
from .chunks import Piece
from .lexicon import Lexicon, TitleInfo, lexicon
from .names import parse_name
from .portfolio import portfolio_start
from .text import fold_token, head_index, key, slug

_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])[Aa]n?[ \t]+$")  # "a prime minister X": a role, not a title
# ", the company's chief scientist", ", 54, the bank's chief executive" (an age set off first),
# ", now the bank's chief executive"
_APPOSITIVE = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:now|currently|also)[ \t]+)?(?:the[ \t]+|a[ \t]+|an[ \t]+)?([a-zA-Z](?:[^,.;:()“”\"\n]|\.(?=[A-Za-z])|(?<=[A-Z]\.[A-Z])\.){1,90})")

_WORD = re.compile(r"[\w’'.-]+")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([\w’'-]+)[ \t]+$")

_COUNTERPART = re.compile(r"(?:his|her|their|its)\s+((?:[\w.’'-]+\s+){0,3}?)(?:counterparts?|opposite number),?\s*$", re.I)

_CLAUSE_AFTER_TITLE = re.compile(r"\s+(?:and|who|which|that|but|since|after|when|until)\s")
_AFFILIATION = re.compile(r"\s+(?:at|from|of the|with|in|for the)\s+")
_TITLE_ENDS = frozenset("at from of with in for and who which that but since after when until".split())


_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})")


_IN_PLACE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?)")

_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")

CAPITAL_PHRASE = "capital-phrase"  # the rule of a mention such as "the Vietnamese capital"
PLACE_PHRASES = frozenset({CAPITAL_PHRASE})  # a place named by a phrase: no spelling of its name
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
# "capital" after a demonym or a possessive country, then punctuation, "city" or a function word
_CAPITAL_AFTER = re.compile(r"(?:[’']s)?[ \t]+(?P<noun>capital)(?:[ \t]*(?:[,.;:)]|$)|[ \t]+(?P<next>[a-z]+)\b)")
_DC = re.compile(r",?[ \t]*(?:D\.C\.|DC)\b")


@lru_cache(maxsize=1)
def modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From titles.yaml modifiers: any modifier word (to start a title written with one,
    "Former British Prime Minister"), and a lower-case modifier right before a capitalised
    title ("former U.S. President", "shadow Foreign Secretary"), prepositions excepted
    ("under President Bush")."""
    lex = lexicon()

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace("\\ ", "[ \\t]+") for w in sorted(words, key=len, reverse=True))

    every = re.compile(r"\b(?:" + alt(list(lex.modifiers)) + r")\b", re.I)
    before = re.compile(r"\b(" + alt([w for w in lex.modifiers if w not in lex.ambiguous_modifiers]) + r")[ \t]+$", re.I)
    return every, before


@lru_cache(maxsize=1)
def lower_ministry_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Lower-case ministries from the portfolio words of titles.yaml: after a possessive
    country ("South Korea's defense ministry") and after an article ("the defense
    ministry", "the ministry of national defense")."""
    words = sorted({w for w in lexicon().portfolio_words if "," not in w}, key=lambda w: (-len(w), w))
    alt = "(?:" + "|".join(re.escape(w).replace("\\ ", "[ \\t]+") for w in words) + ")"
    possessive = re.compile(r"[’']s[ \t]+(" + alt + r")[ \t]+ministry\b")
    bare = re.compile(r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)[ \t]+(?:(" + alt + r")[ \t]+ministry\b|ministry[ \t]+of[ \t]+(" + alt + r")\b)")
    return possessive, bare


def excluded_checker(excluded: list[tuple[int, int]]):
    """A test "does [a, b) overlap an excluded span" in O(log n): spans merged first."""
    merged: list[list[int]] = []
    for s, e in sorted(excluded):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [s for s, _ in merged]
    ends = [e for _, e in merged]

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b) - 1  # the last span starting before b
        return i >= 0 and ends[i] > a

    return inside


class Doc:
    """Per-document state while mentions are collected."""

    def __init__(self, source: Source, lex: Lexicon) -> None:
        self.source = source
        self.text = source.text
        self.lex = lex
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, Mention] = {}  # acronym -> long-form mention
        self.pending: list[tuple[int, int]] = []  # unknown capitalised runs, for the surname pass
        # mentions read so far, and initials -> entity -> its long-form mention (acronyms.use_acronym)
        self.initials: tuple[int, dict[str, dict[str, Mention]]] = (0, {})
        self.contextual: list[Mention] = []
        self.covered = 0  # end of the last parenthetical already read as a definition
        self.aliases: AliasTable | None = None
        # office key of a person whose national title had no country yet ("Defense
        # Minister Lee"), so "his Japanese counterpart" after it can name the office
        self.unqualified: dict[int, str] = {}

    # -- helpers -------------------------------------------------------------------

    def add(self, start: int, end: int, kind: str, entity: str, rule: str, **extra: object) -> Mention:
        m = Mention(span=(start, end), text=self.text[start:end], kind=kind, entity=entity, rule=rule, **extra)  # type: ignore[arg-type]
        self.mentions.append(m)
        return m

    def prev_word(self, start: int) -> str:
        before = self.text[max(0, start - 24) : start].split()
        return before[-1].lower().rstrip(",") if before else ""

    # -- pieces --------------------------------------------------------------------

    def entry(self, p: Piece, base: int, nxt: Piece | None, prv: Piece | None = None) -> None:
        e = p.entry
        assert e is not None
        a, b = base + p.start, base + p.end
        if e.role == "capital" and prv is not None and prv.what == "run" and p.start - prv.end <= 1:
            return  # "Real Madrid", "Greater London": a larger name we do not know
        if e.kind == "country":
            if nxt is not None and nxt.what in ("title", "ministry") and nxt.start - p.end <= 2:
                return  # a qualifier, carried by the title or ministry
            b = self._strip_possessive(a, b)
            if e.role == "capital":
                m = _DC.match(self.text, b)
                if m:
                    self.add(a, m.end(), "place", "place:washington-dc", "capital-dc", country=e.country)
                    return
                if (self.prev_word(a) in self.lex.locatives and not self.text.startswith(("’s", "'s"), b)) or self._city_word_after(b):
                    place = self.lex.capital_places.get(e.country or "", f"place:{slug(self.text[a:b])}")
                    self.add(a, b, "place", place, "capital-place", country=e.country)
                    return
                self.add(a, b, "country", e.id, "capital-standin", country=e.country)
                return
            if self._capital_phrase(a, b, e.country):
                return
            m = self.add(a, b, "country", e.id, f"country-{e.role}", country=e.country)
            if e.role == "contextual":
                self.contextual.append(m)
            self._lower_ministry(a, b, e.country)
            return
        b = self._strip_possessive(a, b)
        if e.kind == "series" and p.ordinal is not None:
            oa = base + p.ordinal_span[0]  # type: ignore[index]
            self.add(oa, b, "series", e.id, "series-known", ordinal=p.ordinal,
                     ordinal_span=(oa, base + p.ordinal_span[1]))  # type: ignore[index]
            return
        self.add(a, b, e.kind, e.id, f"{e.kind}-known", country=e.country)

    def _capital_phrase(self, a: int, b: int, country: str | None) -> bool:
        """"in the Vietnamese capital", "Norway's capital": the capital city of that country (a
        place, general knowledge), not the country; not "the French capital markets"."""
        if not country or not _THE_BEFORE.search(self.text, max(0, a - 5), a) and not self.text.startswith(("'s", "’s"), b):
            return False
        m = _CAPITAL_AFTER.match(self.text, b)
        if m is None or (m.group("next") and m.group("next") != "city" and m.group("next") not in self.lex.stop):
            return False
        place, name = self.lex.capital_places.get(country), self.lex.capital_names.get(country)
        if place is None:
            from .gazetteer import capital_of  # the gazetteer's table is read only when asked

            name = capital_of(country)
            if name is None:
                return False
            place = f"place:{slug(name)}"
        end = m.end("noun")
        self.add(a, end, "place", place, CAPITAL_PHRASE, country=country, label=name)
        return True

    def _country_after(self, b: int) -> str | None:
        """"the Defense Ministry in Tokyo": a ministry located in a capital is that country's."""
        m = _IN_PLACE.match(self.text, b)
        if m is None:
            return None
        e = self.lex.lookup(m.group(1))
        return e.country if e is not None and e.role == "capital" else None

    def _city_word_after(self, b: int) -> bool:
        """"London mayor", "a Brussels summit", "the Tokyo office": the city, not the government."""
        m = _NEXT_LOWER_WORD.match(self.text, b)
        if m is None:
            return False
        w = m.group(1)
        return w in self.lex.heads or w in self.lex.event_nouns or (w in self.lex.titles and w not in self.lex.stop)

    def _strip_possessive(self, a: int, b: int) -> int:
        if self.text[a:b].endswith(("’s", "'s")):
            return b - 2
        if b - a > 2 and self.text[b - 1] in "’'" and self.text[b - 2] == "s":
            return b - 1  # plural possessive: "Bill Gates'"
        return b

    def _lower_ministry(self, a: int, b: int, country: str | None) -> None:
        """"South Korea's defense ministry": a country, possessive, a lower-case ministry."""
        m = lower_ministry_patterns()[0].match(self.text, b)
        if m:
            info = self.lex.ministries.get(key(m.group(1) + " ministry"))
            if info is not None:
                self.mentions.pop()
                self.add(a, m.end(), "org", ministry_id(info.portfolio, country), "ministry-qualified", country=country)

    def ministry(self, p: Piece, base: int) -> None:
        info = p.ministry
        assert info is not None
        country = p.qualifier or info.country or self._country_after(base + p.end)
        self.add(base + p.start, base + p.end, "org", ministry_id(info.portfolio, country, self.source.id),
                 "ministry" + ("-qualified" if p.qualifier else ""), country=country)

    def named(self, p: Piece, base: int) -> None:
        a, b = base + p.start, base + p.end
        b = self._strip_possessive(a, b)
        name = self.text[a:b]
        words = key(name).split()
        numbered = p.kind == "org" and p.ordinal is not None and words[head_index(words)] in self.lex.numbered_bodies
        if p.kind == "event" or numbered:  # "the 7th Joint Commission": a session, not the body
            info = self.lex.series_by_key.get(self.lex.series_key(name))
            extra: dict[str, object] = {}
            if p.ordinal is not None:
                oa = base + p.ordinal_span[0]  # type: ignore[index]
                extra = {"ordinal": p.ordinal, "ordinal_span": (oa, base + p.ordinal_span[1])}  # type: ignore[index]
                a = oa
            if info is not None:
                self.add(a, b, "series", info.id, "series-key", **extra)
            elif p.ordinal is not None:
                self.add(a, b, "series", self._name_id("series", name), "series-ordinal", **extra)
            else:
                self.add(a, b, "event", self._name_id("event", name), "event-head")
            return
        self.add(a, b, p.kind, self._name_id(p.kind, name), f"{p.kind}-head")

    def _name_id(self, kind: str, name: str) -> str:
        """Provisional id of a headed name; a generic one ("the Trilateral Summit", "the
        Joint Committee") names something only within this document."""
        words = key(name).split()
        lex = self.lex
        if kind == "org" and len(words) >= 2 and words[-1] in lex.brand_heads:
            # "National Bank" is generic, "Harbour United" a club's name: the words before a brand head decide
            generic = all(w in lex.not_names or w in lex.stop or w in lex.event_nouns or w in lex.brand_heads for w in words)
        else:
            generic = all(w in lex.not_names or w in lex.stop or w in lex.heads or w in lex.event_nouns for w in words)
        ident = f"{kind}:{slug(key(name))}"
        return f"{ident}--{slug(self.source.id)}" if generic else ident

    def _modifiers_start(self, base: int, ts: int) -> int:
        """The start of the modifiers written right before a title at ``ts`` (country words may
        stand among them: "Former British Prime Minister", "First Vice Foreign Minister");
        only those next to it, never a modifier of an earlier title in the chunk ("Vice Minister
        X and Indonesian Vice Minister Y")."""
        words = [(w.start(), w.group()) for w in _WORD.finditer(self.text, base, ts)]
        first = _WORD.match(self.text, ts)  # the title's own first word ranks too ("First" + "Deputy Prime Minister")
        folded = [fold_token(w) for _, w in words] + ([fold_token(first.group())] if first else [])
        start, k, loose = ts, len(words), 0
        while k > 0:
            if k >= 2 and f"{folded[k - 2]} {folded[k - 1]}" in self.lex.modifiers:
                k -= 2
                start, loose = words[k][0], 0
            elif folded[k - 1] in self.lex.modifiers or self.lex.ranked_ordinal(folded, k - 1):
                k -= 1
                start, loose = words[k][0], 0
            elif self.lex.country_of(words[k - 1][1]) is not None:
                k -= 1  # a country between modifier and title: part of the title only with a modifier before it
            elif loose < 2 and folded[k - 1] not in self.lex.stop and words[k - 1][1][-1:].isalpha():
                k -= 1  # a portfolio the tables do not know: "Deputy Shipping Minister"
                loose += 1
            else:
                break
        return start

    def _word_of_title_before(self, ts: int, te: int) -> int:
        """The start of a longer title that the word before ``ts`` makes with it ("First"
        + "Minister"), else ``ts``."""
        m = _WORD_BEFORE.search(self.text, max(0, ts - 20), ts)
        if m is not None and m.group(1)[:1].isupper() and key(f"{m.group(1)} {self.text[ts:te]}") in self.lex.titles:
            return m.start(1)
        return ts

    def title_person(self, t: Piece, run: Piece, base: int) -> None:
        info = t.title
        assert info is not None
        a = base + run.start
        if info.office is None:
            cp = self.counterpart(base)  # "his Japanese counterpart, Gen Nakatani"
            if cp is not None:
                title, tspan, office_key, country = cp
                self.person(a, base + run.end, "person-counterpart", title=title, title_span=tspan,
                            office_key=office_key, country=country)
                return
        if info.sort == "courtesy":
            # "Mr Blair", "Instead Mr Blair": a courtesy word says "a person", no title
            self.person(a, base + run.end, "person-titled")
            return
        country = t.qualifier or info.country
        office = None
        if info.office and t.modifier is None:
            office = info.office
        ts, te = base + t.start, base + t.end
        if t.modifier is not None:
            # "Former British Prime Minister": the title as written, modifier included
            ts = self._modifiers_start(base, ts)
        mod = modifier_patterns()[1].search(self.text, max(0, base - 30), base)
        if mod:
            office, ts = None, mod.start(1)  # "former U.S. President Donald Trump"
        else:
            ts = self._word_of_title_before(ts, te)  # "First Minister": a function word the chunk left out
            if t.modifier is None:
                ts = portfolio_start(self.lex, self.text, ts, te)  # "Sporting director X"
        if _INDEFINITE_BEFORE.search(self.text, max(0, ts - 4), ts):
            # "how good a prime minister X will make": a predicate noun, no title X holds
            self.person(a, base + run.end, "person-titled")
            return
        self.person(a, base + run.end, "person-titled", title=self.text[ts:te],
                    title_span=(ts, te), office_key=office, country=country)

    def person(self, a: int, b: int, rule: str, title: str | None = None, title_span: tuple[int, int] | None = None,
               office_key: str | None = None, country: str | None = None) -> Mention:
        b = self._strip_possessive(a, b)
        name = parse_name(self.text[a:b])
        pid = f"person:{name.slug}"
        if title is None:
            title, title_span, office_key, country = self._appositive(b)
        if country is None and title is not None:
            of = _OF_COUNTRY.match(self.text, b)
            if of:
                words = of.group(1).split()
                for n in range(len(words), 0, -1):
                    country = self.lex.country_of(" ".join(words[:n]))
                    if country:
                        break
        office = f"office:{country}-{office_key}" if office_key and country else None
        m = self.add(a, b, "person", pid, rule, title=title, title_span=title_span, office=office, country=country)
        if office_key and not country:
            self.unqualified[id(m)] = office_key
        return m

    def _appositive(self, end: int) -> tuple[str | None, tuple[int, int] | None, str | None, str | None]:
        """", head of research at the Danish side": a role after the name."""
        m = _APPOSITIVE.match(self.text, end)
        if not m:
            return None, None, None, None
        phrase = m.group(1)
        words = _WORD.findall(phrase)
        folded = [fold_token(w) for w in words]
        i, modifier = 0, None
        while i < len(folded) and folded[i] in self.lex.modifiers:
            modifier = self.lex.modifiers[folded[i]]
            i += 1
        for size in (2, 1):  # a country before the title: ", the U.S. defense secretary"
            if i + size < len(words) and self.lex.country_of(" ".join(words[i : i + size])):
                i += size
                break
        owned = False
        owner = self._owner_end(words, folded, i)
        if owner is not None:
            # a body's possessive before the title: ", the company's chief scientist", ", the
            # National Water Agency's director-general", ", South Korea's vice minister"
            owned = owner > i + 1 or not self.lex.country_of(words[i])
            i = owner
        while i < len(folded) and (folded[i] in self.lex.modifiers or self.lex.ranked_ordinal(folded, i)):
            modifier = self.lex.modifiers.get(folded[i], "deputy")
            i += 1
        best, size = self._title_at(folded, i)
        if best is None and not owned:
            # ", the Valley Party candidate": a body's name of capitalised words, then the title
            j = i
            while j < min(len(words) - 1, i + 4) and words[j][:1].isupper() and folded[j] not in self.lex.stop:
                j += 1
            if j > i:
                best, size = self._title_at(folded, j)
                size += j - i if best is not None else 0
        if best is None and owned:
            best, size = self._portfolio_title(words, folded, i)
            size += 1 if best is not None else 0
        if best is None:
            return None, None, None, None
        start = m.start(1)
        if self._names_next(phrase, words, folded, i + size):
            return None, None, None, None  # ", chief executive Jo Lind and ...": the title is Lind's
        complement = folded[i + size] if i + size < len(folded) else None  # the word after the title
        second = self._coordinated_post(best, words, folded, i + size)
        if second is not None:  # "the firm's founder and chief technology officer": the post
            best, at = second
            offset = [w.start() for w in _WORD.finditer(phrase)][at]
            start, phrase = start + offset, phrase[offset:]
        clause = _CLAUSE_AFTER_TITLE.search(phrase)  # "head coach and the club director who ..."
        phrase = phrase[: clause.start()] if clause else phrase
        aff = _AFFILIATION.search(phrase)
        title_end = start + (aff.start() if aff else len(phrase.rstrip()))
        country = best.country
        for j in range(len(words)):
            if j > 0 and words[j - 1][:1].isupper() and self.lex.country_of(words[j - 1]) is None:
                continue  # "Nimbus Games America": a country ending a longer name is the body's name
            for size in (3, 2, 1):
                c = self.lex.country_of(" ".join(words[j : j + size]))
                if c is not None:
                    country = c
                    break
            if country is not None and country != best.country:
                break
        office = best.office if modifier is None else None
        if complement == "for" and best.sort == "national":
            # "the secretary of state for mobility": a complement no table knows makes another
            # office than the words before it ("Secretary of State"), and not that office's country
            office = None
            country = country if country != best.country else None
        return self.text[start:title_end], (start, title_end), office, country

    def _names_next(self, phrase: str, words: list[str], folded: list[str], at: int) -> bool:
        """Whether word ``at``, right after a title with only a space between, opens a name:
        in a list ("A, Chile's undersecretary B and C") a title written right before a name
        is that name's, not the one before the comma."""
        if at >= len(words) or not words[at][:1].isupper() or folded[at] in self.lex.stop \
                or self.lex.titles.get(folded[at]) is not None:
            return False  # "Executive Secretary of X": a title word goes on the title, no name
        spans = [w.span() for w in _WORD.finditer(phrase)]
        return phrase[spans[at - 1][1] : spans[at][0]].isspace()

    def _owner_end(self, words: list[str], folded: list[str], i: int) -> int | None:
        """The index after a possessive of up to four words starting at ``i`` ("the
        company's", "the National Water Agency's", "South Korea's") when a word follows it;
        None when there is none or a title comes first."""
        for j in range(i, min(len(words) - 1, i + 4)):
            if words[j].endswith(("'s", "’s")):
                return j + 1
            if folded[j] in self.lex.stop or self.lex.titles.get(folded[j]) is not None:
                return None
        return None

    def _title_at(self, folded: list[str], i: int) -> tuple[TitleInfo | None, int]:
        """The longest title of the tables starting at word ``i`` (a post, not a courtesy)."""
        for size in range(min(6, len(folded) - i), 0, -1):
            t = self.lex.titles.get(" ".join(folded[i : i + size]))
            if t is not None and t.sort in ("national", "qualified", "role"):
                return t, size
        return None, 0

    def _portfolio_title(self, words: list[str], folded: list[str], i: int) -> tuple[TitleInfo | None, int]:
        """", the company's safety director": after a body's possessive, one lower-case word
        naming the portfolio before a role that ends the phrase."""
        if i + 1 >= len(words) or not words[i].isalpha() or not words[i].islower() or folded[i] in self.lex.stop:
            return None, 0
        t, size = self._title_at(folded, i + 1)
        if t is None or t.sort != "role" or (i + 1 + size < len(words) and folded[i + 1 + size] not in _TITLE_ENDS):
            return None, 0
        return t, size

    def _coordinated_post(self, first: TitleInfo, words: list[str], folded: list[str],
                          at: int) -> tuple[TitleInfo, int] | None:
        """A joint role ("founder", "owner") with "and" and a post after it: the post, and
        the index of its first word."""
        if key(first.title) not in self.lex.joint_roles or at + 1 >= len(words) or folded[at] != "and":
            return None
        j = at + 1 + (1 if folded[at + 1] in ("the", "its", "a") else 0)
        t, _ = self._title_at(folded, j)
        if t is None or key(t.title) in self.lex.joint_roles:
            return None
        return t, j

    def counterpart(self, a: int) -> tuple[str | None, tuple[int, int] | None, str | None, str | None] | None:
        if self.text.find("counterpart", max(0, a - 40), a) < 0 and self.text.find("opposite number", max(0, a - 40), a) < 0:
            return None
        m = _COUNTERPART.search(self.text, max(0, a - 60), a)
        if not m:
            return None
        country = None
        q = m.group(1).strip()
        if q:
            country = self.lex.country_of(q)
        office_key = None
        for prev in reversed(self.mentions):
            if m.start() - prev.span[1] > 300:
                break  # the person whose counterpart this is is named close before
            if prev.kind == "person" and prev.span[1] <= m.start() and prev.office:
                office_key = _office_key(prev.office, prev.country)
                break
            if prev.kind == "person" and prev.span[1] <= m.start() and id(prev) in self.unqualified:
                office_key = self.unqualified[id(prev)]
                break
        ts = m.start()
        return self.text[ts:m.end()].rstrip(", "), (ts, ts + len(self.text[ts:m.end()].rstrip(", "))), office_key, country


def ministry_id(portfolio: str, country: str | None, source_id: str | None = None) -> str:
    if country:
        return f"org:{country}-{portfolio}-ministry"
    # country unknown here: resolve() decides from the document's home country
    return f"org:?{portfolio}-ministry@{source_id or ''}"


def _office_key(office: str, country: str | None) -> str:
    body = parse(office).name
    if country and body.startswith(country + "-"):
        return body[len(country) + 1 :]
    return body
