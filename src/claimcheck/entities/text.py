"""String folding shared by the lexicon and the matchers: one definition of a lookup key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TOKEN = re.compile(r"[\w’'.&+-]+")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


# Letters that are no base letter plus a mark, so NFKD leaves them whole and a slug would
# drop them ("Sæther" -> "s-ther"): written as the ASCII their languages use for them when
# they cannot be typed ("Saether", "Lukasz", "Soren", "Strauss").
_LETTERS = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th",
                          "Þ": "Th", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h",
                          "Ħ": "H"})


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_LETTERS)) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """Lower-case, ASCII, no full stops, possessive dropped, hyphens as spaces."""
    t = strip_accents(token).replace("’", "'").lower()
    if t.endswith("'s"):
        t = t[:-2]
    t = t.rstrip("'")
    t = t.replace(".", "")
    return t.replace("-", " ").strip()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """The lookup key of a phrase: folded tokens joined by single spaces."""
    return " ".join(f for f in (fold_token(t) for t in tokens(text)) if f)


@lru_cache(maxsize=200_000)
def acronym_key(token: str) -> str | None:
    """``U.S.`` -> ``US``; None unless the token is written in capitals (an acronym)."""
    t = token.replace(".", "").replace("’s", "").replace("'s", "")
    if not t.isupper() or sum(1 for c in t if c.isalpha()) < 2:
        return None
    return t


@lru_cache(maxsize=100_000)
def slug(text: str) -> str:
    return _SLUG_DROP.sub("-", strip_accents(text).replace("’", "").replace("'", "").lower()).strip("-")


def is_ordinal(token: str) -> bool:
    return bool(_ORDINAL.match(token))


# words after which a name goes on with what it is about ("the Joint Commission on Trade",
# "the Standing Committee for Fisheries"): its head is the word before the first of them
_ABOUT = frozenset({"on", "for"})


def head_index(words: list[str]) -> int:
    """The index of a name's head word among its lower-case ``words``: the last word, or the
    one before the first inner "on"/"for" ("joint commission on trade" -> 1)."""
    return next((k - 1 for k in range(1, len(words) - 1) if words[k] in _ABOUT), len(words) - 1)
