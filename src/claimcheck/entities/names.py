"""Personal names: parsing into surname and given name, and deciding whether two
written forms name one person (hyphenation, name order, hypocorisms, small spelling
differences), without ever joining two different given names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

from rapidfuzz.distance import OSA, Indel

from .lexicon import Lexicon, Tradition, lexicon
from .text import fold_token, slug, tokens

# Two given names of one surname are one person's when their folded spellings are at
# least this similar (Indel ratio, 0..100) and neither is a different known given name:
# catches typos ("Volodymyr"/"Volodymir" 94) but not "Jiyeon"/"Jiyoon" (83). Names of a
# tradition with syllable tables (Korean) are compared syllable by syllable after folding
# romanization variants instead: "Jong-seop" = "Jong-sup", "Jong-un" != "Jong-il".
GIVEN_NAME_THRESHOLD = 90.0


# A one-letter slip in a name part ("Nadella"/"Nardella", "Fumihiko"/"Fumihito",
# "Kowalczyk"/"Kowalcyzk": OSA distance, a transposition counting one) joins two forms
# only when the other part agrees exactly and the slipped part is at least this long.
SLIP_MIN_LENGTH = 5


@lru_cache(maxsize=50_000)
def spelling_key(word: str) -> str:
    """A name part folded over spelling alternations that do not change the name:
    doubled letters, ph/f, y/i, a final e ("Brett"/"Bret", "Joseph"/"Josef",
    "Carolyn"/"Caroline", "Volodymyr"/"Volodimir"), dzh/zh for one Cyrillic letter
    romanised two ways ("Dzhumabayev"/"Zhumabayev"), and the older spellings of a
    language's reformed orthography: dj/j, tj/c, j/y ("Hadiwidjaja"/"Hadiwijaya",
    "Tjahjono"/"Cahyono", "Marja"/"Maria")."""
    w = word.replace(" ", "").replace("-", "").replace("ph", "f").replace("dzh", "zh").replace("dj", "j").replace("tj", "c")
    w = w.replace("j", "y").replace("y", "i")
    w = _LONG_VOWEL.sub(r"\1", _MARK_SPELT.sub(r"\1", w))
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


# A vowel whose mark was spelt out where it could not be typed ("Øyen"/"Oeyen",
# "Müller"/"Mueller": folding already drops the mark) and a long vowel romanised with an
# "h" ("Ōno"/"Ohno", "Sato"/"Satoh": folding drops the macron) or doubled (collapsed below).
_MARK_SPELT = re.compile(r"([aou])e")
_LONG_VOWEL = re.compile(r"([ou])h(?![aeiouy])")


# Romanisations of one Cyrillic or Georgian letter that an outlet writes one way and another
# outlet another ("Dzhaparidze"/"Japaridze", "Zhumabayev"/"Jumabayev",
# "Kharitonov"/"Haritonov"): folded only in a surname at least this long, so that short
# surnames of other traditions stay apart ("Zhang" is no "Jang", "Khan" no "Han").
TRANSLIT_MIN_LENGTH = 7


@lru_cache(maxsize=50_000)
def transliteration_key(word: str) -> str | None:
    """A long surname's spelling key with dzh, zh and dj read as j and kh as h; None for a
    short one."""
    if len(word) < TRANSLIT_MIN_LENGTH:
        return None
    return spelling_key(word.replace("dzh", "j").replace("zh", "j").replace("kh", "h"))


def one_slip(a: str, b: str) -> bool:
    """Two spellings of one name part that differ by one letter (or two swapped); not a
    word and the same word with an ending ("Cadillac"/"Cadillacs", "Jamaica"/"Jamaican")."""
    if a == b or min(len(a), len(b)) < SLIP_MIN_LENGTH or a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    return OSA.distance(a, b) <= 1


# A surname with one letter added at its end ("Dalberg"/"Dalbergh", "Marlin"/"Marling"):
# a typing slip only when the letter is no ending a word takes (a plural or possessive "s").
_ENDINGS = frozenset("s")


def end_slip(a: str, b: str) -> bool:
    """One surname is the other with one letter added at its end, not an ending."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return (len(long) == len(short) + 1 and len(short) >= SLIP_MIN_LENGTH and long.startswith(short)
            and long[-1] not in _ENDINGS and long[-1].isalpha())


# Two slips in a long surname ("Kowalczyk"/"Kowalcik": two letters changed or dropped) join
# two forms only with the same given name, the same first two letters, a surname this long
# (and at most one letter longer than the other),
# and spellings this similar (Indel, 0..1): two people of one story with one given name and
# surnames this close are far rarer than a name misspelt by one outlet.
TWO_SLIPS_MIN_LENGTH = 7
TWO_SLIPS_SIMILARITY = 0.8


def two_slips(a: str, b: str) -> bool:
    """Two spellings of one long surname two edits apart, at most one letter longer, neither
    a prefix of the other ("Williams"/"Williamson", "Castellani"/"Castelli" are two names)."""
    if a == b or max(len(a), len(b)) < TWO_SLIPS_MIN_LENGTH or min(len(a), len(b)) < SLIP_MIN_LENGTH \
            or abs(len(a) - len(b)) > 1 or a[:2] != b[:2] or a.startswith(b) or b.startswith(a):
        return False
    return OSA.distance(a, b) <= 2 and Indel.normalized_similarity(a, b) >= TWO_SLIPS_SIMILARITY


@dataclass(frozen=True)
class PersonName:
    text: str
    parts: tuple[str, ...]  # folded name words, initials and suffixes dropped
    initials: tuple[str, ...]  # middle initials ("J" of "Lloyd J. Austin")
    surname: str
    given: str  # folded given name(s), spaces and hyphens removed
    surname_first: bool  # written surname first ("Shin Won-sik", "Kishida Fumio")
    tradition: str | None
    written: tuple[str, ...] = ()  # folded words as written, initials kept, suffixes dropped

    @property
    def slug(self) -> str:
        """Provisional id: initials kept so "Robert K. Lane" and "Robert T. Lane" differ."""
        return slug(" ".join(self.written or self.parts))


def _split_syllables(word: str, syllables: frozenset[str]) -> list[str] | None:
    """``word`` as one to three syllables of the set ("wonsik" = won+sik), or None."""
    if not word:
        return None
    back: list[int | None] = [None] * (len(word) + 1)
    back[0] = 0
    for end in range(1, len(word) + 1):
        for size in range(min(6, end), 0, -1):
            s = end - size
            if back[s] is not None and word[s:end] in syllables:
                back[end] = s
                break
    if back[-1] is None:
        return None
    out: list[str] = []
    end = len(word)
    while end > 0:
        s = back[end]
        assert s is not None
        out.append(word[s:end])
        end = s
    return out[::-1] if len(out) <= 3 else None


def _syllabify(word: str, syllables: frozenset[str]) -> bool:
    return _split_syllables(word, syllables) is not None


def romanization_key(name: "PersonName") -> str | None:
    """The given name with each syllable folded to one spelling, for traditions that
    list romanization variants; None when it does not split into syllables."""
    for tr in lexicon().traditions:
        if tr.name == name.tradition and tr.variants:
            sy = _split_syllables(name.given, tr.syllables)
            if sy is None:
                return None
            return "".join(tr.variants.get(x, x) for x in sy)
    return None


def _tradition(lex: Lexicon, parts: list[str]) -> tuple[Tradition | None, bool]:
    """The naming tradition and whether the name is written surname first."""
    if len(parts) < 2:
        return None, False
    flat = [w for p in parts for w in p.split()]
    for tr in lex.traditions:
        if tr.surname_first and parts[0] in tr.surnames and tr.syllables:
            given = flat[1:]
            if all(g in tr.syllables or _syllabify(g, tr.syllables) for g in given) and len(given) <= 3:
                return tr, True
        if tr.surname_first and tr.syllables and _given_first(parts, tr):
            return tr, False
        if tr.surname_first and tr.given and _given_name_first(parts, tr):
            return tr, False
        if not tr.surname_first and tr.given:
            if parts[-1] in tr.surnames and parts[0] in tr.given:
                return tr, False
            if parts[0] in tr.surnames and parts[-1] in tr.given:
                return tr, True
    return None, False


def _given_first(parts: list[str], tr: Tradition) -> bool:
    """"Ji-hoon Park": a surname-first tradition's name written in the Western order, its
    given name two hyphenated syllables of the tradition ("Ji-hoon" folds to "ji hoon"),
    then one of its surnames. The hyphen is asked for: an unhyphenated pair of short
    syllables before a common surname ("Dana Lee") is as often an English name."""
    if len(parts) != 2 or parts[1] not in tr.surnames:
        return False
    given = parts[0].split()
    return len(given) == 2 and all(g in tr.syllables for g in given)


# A surname-first tradition's name written in the Western order ("Lan Nguyen") only with a
# surname at least this long: a short one is as often another word ("Anh Do", "Minh Ho")
WESTERN_SURNAME_MIN = 4


def _given_name_first(parts: list[str], tr: Tradition) -> bool:
    """"Lan Nguyen": a given name of the tradition's list, then one of its surnames."""
    return len(parts) == 2 and parts[0] in tr.given and parts[1] in tr.surnames and len(parts[1]) >= WESTERN_SURNAME_MIN


def _called_by_last_given(full: PersonName, short: PersonName) -> bool:
    """"Nguyen Van Minh" / "Minh Nguyen": a name of a surname-first tradition with a middle
    name, and the same person written in the Western order with the given name alone (the
    last word of the full name). Only for a tradition that lists such given names."""
    if full.tradition is None or full.tradition != short.tradition or not full.surname_first or short.surname_first:
        return False
    if len(full.parts) < 3 or len(short.parts) != 2 or short.parts[0] != full.parts[-1]:
        return False
    return any(tr.name == full.tradition and tr.given for tr in lexicon().traditions)


@lru_cache(maxsize=50_000)
def parse_name(text: str) -> PersonName:
    lex = lexicon()
    parts: list[str] = []
    initials: list[str] = []
    written: list[str] = []
    toks = tokens(text)
    for i, raw in enumerate(toks):
        f = fold_token(raw)
        if not f:
            continue
        if f in lex.suffixes and i > 0:
            continue
        written.append(f)
        if len(f) == 1 and (raw.endswith(".") or 0 < i < len(toks) - 1):
            initials.append(f)
            continue
        parts.append(f)
    tr, first = _tradition(lex, parts)
    if not parts:
        return PersonName(text, (), tuple(initials), "", "", False, None, tuple(written))
    if first:
        surname, given_parts = parts[0], parts[1:]
    else:
        surname, given_parts = parts[-1], parts[:-1]
    given = "".join(given_parts).replace(" ", "")
    return PersonName(text, tuple(parts), tuple(initials), surname, given, first, tr.name if tr else None, tuple(written))


def tradition_countries(name: PersonName) -> list[str]:
    for tr in lexicon().traditions:
        if tr.name == name.tradition:
            return tr.countries
    return []


def is_known_given(word: str) -> bool:
    lex = lexicon()
    return word in lex.given_names or word in lex.hypocorisms or word in lex.sister_forms


def formal_given(word: str) -> str:
    return lexicon().hypocorisms.get(word, word)


def same_person(a: PersonName, b: PersonName) -> tuple[bool, str, float | None]:
    """Whether two full names (two or more parts each) name one person, and how."""
    if len(a.parts) < 2 or len(b.parts) < 2:
        return False, "", None
    if a.initials and b.initials and a.initials != b.initials:
        return False, "", None  # "Lloyd J. Austin" vs "Lloyd K. Austin"
    sa, ga, sb, gb = a.surname, a.given, b.surname, b.given
    if _adds_a_second_surname(a, b) or _adds_a_second_surname(b, a):
        return True, "fuzzy", None  # "Valentina Orrego" = "Valentina Orrego Cárdenas"
    if sa != sb:
        # name order unknown to the tables: the same words reversed ("Wonsik Shin")
        if sorted(a.parts) == sorted(b.parts):
            return True, "name-order", 100.0
        if ga == gb and len(ga) >= 3 and a.surname_first == b.surname_first and (
                spelling_key(sa) == spelling_key(sb) or one_slip(sa, sb) or end_slip(sa, sb) or two_slips(sa, sb)
                or _transliterated(sa, sb)):
            # the given names agree, the surname has a slip: "Nora Velasquex", "Tom Albrigth",
            # a letter added at its end ("Vera Dalberg"/"Vera Dalbergh"), or two slips in a long
            # surname ("Ewa Kowalczyk"/"Ewa Kowalcik")
            return True, "fuzzy", round(Indel.normalized_similarity(sa, sb) * 100.0, 1)
        if sorted(spelling_key(p) for p in a.parts) == sorted(spelling_key(p) for p in b.parts) and min(map(len, a.parts + b.parts)) >= 3:
            return True, "name-order", None  # reversed, one word spelt another way: "Ōno Shintarō" = "Shintaro Ohno"
        if len(a.parts) == len(b.parts) == 2 and _sister_forms(ga, gb) and _transliterated(as_g(sa), as_g(sb)):
            return True, "fuzzy", None  # "Oleksii Hrytsenko" = "Alexei Gritsenko": Ukrainian and Russian forms
        return False, "", None
    if ga == gb:
        if a.surname_first != b.surname_first and a.parts != b.parts:
            return True, "name-order", 100.0
        return True, "fuzzy", 100.0  # hyphenation, spacing, initials, suffixes
    if _called_by_last_given(a, b) or _called_by_last_given(b, a):
        return True, "name-order", None  # "Nguyen Van Minh" = "Minh Nguyen"
    if _drops_a_given_name(a, b) or _drops_a_given_name(b, a):
        return True, "fuzzy", None  # "Marta Lindqvist" = "Anna Marta Lindqvist"
    first_a = a.parts[1] if a.surname_first else a.parts[0]
    first_b = b.parts[1] if b.surname_first else b.parts[0]
    if len(a.parts) == len(b.parts) == 2 and _sister_forms(first_a, first_b):
        return True, "alias-table", None  # "Piotr Nowak" = "Petr Nowak": one given name in two languages
    formal_a, formal_b = formal_given(first_a), formal_given(first_b)
    if formal_a == formal_b and first_a != first_b and first_a != formal_a and first_b != formal_b:
        return False, "", None  # two different short forms: "Mick" and "Mike" may be two people
    if formal_a == formal_b and first_a != first_b:
        # "Joe" = "Joseph", but only with nothing else different: "Tom Jones" is not
        # "Tommy Lee Jones"
        return (True, "alias-table", None) if len(a.parts) == len(b.parts) == 2 else (False, "", None)
    if len(a.parts) == len(b.parts) and _spelt_alike(first_a, first_b):
        return True, "fuzzy", round(Indel.normalized_similarity(ga, gb) * 100.0, 1)  # "Yuri"/"Yury", "Caroline"/"Carolyn"
    if is_known_given(first_a) and is_known_given(first_b):
        return False, "", None  # two different known given names: "John" and "Jon"
    ra, rb = romanization_key(a), romanization_key(b)
    if ra is not None and ra == rb:
        return True, "fuzzy", round(Indel.normalized_similarity(ga, gb) * 100.0, 1)  # "Jong-seop" = "Jong-sup"
    if ra is not None and rb is not None:
        return False, "", None  # two different syllable sequences: "Jong-un" and "Jong-il"
    if len(a.parts) == len(b.parts) == 2 and _short_form(first_a, first_b):
        return True, "fuzzy", None  # "Piet"/"Pieter": a given name cut short, neither a known other name
    if _feminine_form(first_a, first_b):
        return False, "", None  # "Goran"/"Gorana", "Ivan"/"Ivana": two people, not a slip
    score = Indel.normalized_similarity(ga, gb) * 100.0
    if score >= GIVEN_NAME_THRESHOLD:
        return True, "fuzzy", round(score, 1)
    if len(a.parts) == len(b.parts) and (spelling_key(ga) == spelling_key(gb) or one_slip(ga, gb)):
        return True, "fuzzy", round(score, 1)  # "Damien"/"Damian", "Josef"/"Joseph", "Bret"/"Brett"
    return False, "", None


def sister_form(word: str) -> str:
    """The form a given name's group of sister forms is known by (names.yaml
    ``sister_forms``: "oleksii", "alexei", "aleksey" -> "aleksei"); the word itself if none."""
    return lexicon().sister_forms.get(word, word)


def _sister_forms(x: str, y: str) -> bool:
    """Two forms of one given name in related languages or romanisations ("Oleksii"/"Alexei")."""
    return x != y and sister_form(x) == sister_form(y) and x in lexicon().sister_forms


def as_g(surname: str) -> str:
    """A Ukrainian "h" is the Russian "g" of one Cyrillic letter ("Hrytsenko"/"Gritsenko"):
    read alike only beside sister forms of the given name."""
    return surname.replace("kh", "x").replace("h", "g").replace("x", "kh")


def _transliterated(a: str, b: str) -> bool:
    ka = transliteration_key(a)
    return ka is not None and ka == transliteration_key(b)


def _spelt_alike(x: str, y: str) -> bool:
    """Two spellings of one given name, both perhaps in the tables ("Yuri"/"Yury",
    "Alexei"/"Alexey", "Caroline"/"Carolyn"): the same spelling key, the same first letter,
    four letters or more ("Jane" and "Ian" fold alike, "Jan" is too short)."""
    return x != y and x[:1] == y[:1] and min(len(x), len(y)) >= 4 and spelling_key(x) == spelling_key(y)


# A given name cut short ("Piet" of "Pieter", "Bram" of "Bramwel", "Ravi" of "Ravindra"): at
# least this long, and at least two letters cut (one letter is often a feminine ending:
# "Ivan"/"Ivana", "Paul"/"Paula"), at most three or as many as the short form keeps (the short
# form is at least half the name), the short form no given name of the tables (those are
# told apart or joined by the hypocorism table: "Chris" is no "Christine").
SHORT_FORM_MIN = 4
SHORT_FORM_CUT = (2, 3)


def _short_form(x: str, y: str) -> bool:
    short, long = (x, y) if len(x) < len(y) else (y, x)
    cut = len(long) - len(short)
    return (len(short) >= SHORT_FORM_MIN and SHORT_FORM_CUT[0] <= cut <= max(SHORT_FORM_CUT[1], len(short))
            and long.startswith(short) and not is_known_given(short))


def _adds_a_second_surname(short: PersonName, long: PersonName) -> bool:
    """"Valentina Orrego" / "Valentina Orrego Cárdenas": a given name and a surname, then the
    same two words with a second surname after them (the Spanish and Portuguese order of a
    father's and a mother's surname). Not when the shorter form ends in a known given name
    ("John Paul" is no surname of "John Paul Jones") or in a hyphenated surname, which is
    already two ("Ana Reyes-Lima Wins": a headline's verb), nor for a naming tradition's name."""
    return (len(short.parts) == 2 and len(long.parts) == 3 and short.parts == long.parts[:2]
            and not short.surname_first and not long.surname_first and not short.tradition and not long.tradition
            and not is_known_given(short.parts[1]) and " " not in short.parts[1] and len(long.parts[2]) > 1)


def _feminine_form(x: str, y: str) -> bool:
    """One given name is the other with a final "a" (many languages' feminine form)."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 3 and long == short + "a"


def _given_parts(n: PersonName) -> tuple[str, ...]:
    return n.parts[1:] if n.surname_first else n.parts[:-1]


def _drops_a_given_name(short: PersonName, long: PersonName) -> bool:
    """``short`` writes the same surname with some of ``long``'s given names, in order,
    and only drops others: a first or middle name left out."""
    s, g = _given_parts(short), _given_parts(long)
    if not s or len(s) >= len(g) or short.surname_first != long.surname_first or short.tradition or long.tradition:
        return False
    it = iter(g)
    return all(any(x == y for y in it) for x in s)
