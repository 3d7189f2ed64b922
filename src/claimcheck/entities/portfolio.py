"""A field word that makes a post with a head title written right before a name
("Vestby's sporting director X", "the club's finance director X", "Sporting director X"):
the head alone ("director") would make every such post one; the words live in
``resources/entities/titles.yaml`` (``portfolio_heads``)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .text import fold_token, key

_DETERMINERS = frozenset("the a an its his her their our this that".split())
_WORD_AT_END = re.compile(r"([\w’'-]+)[ \t]+$")


def portfolio_start(lex: Lexicon, text: str, ts: int, te: int, floor: int = 0) -> int:
    """The start of a field word that makes a post with the head title at ``ts``..``te``
    ("Vestby's sporting director", "the club's finance director", "Sporting director X"),
    else ``ts``. The field word is one alphabetic word that is no function word, modifier
    or title, after a possessive, a determiner, a capitalised name, or nothing (the
    sentence opens there): "said director X" keeps "director"."""
    if key(text[ts:te]) not in lex.portfolio_heads:
        return ts
    m = _WORD_AT_END.search(text, max(floor, ts - 25), ts)
    if m is None or not m.group(1).isalpha():
        return ts
    w = fold_token(m.group(1))
    ranked = w in lex.rank_ordinals  # "First officer X", "second secretary X": a rung of a crew or mission
    if not ranked and (w in lex.stop or w in lex.modifiers or w in lex.titles or w in lex.openers
                       or lex.country_of(m.group(1))):
        return ts
    if ranked:
        return m.start()  # an ordinal rung is part of the post wherever it stands ("led by first officer X")
    before = _WORD_AT_END.search(text, max(floor, m.start() - 30), m.start())
    if before is None:
        opening = text[max(floor, m.start() - 3) : m.start()].rstrip()
        return m.start() if opening == "" or opening.endswith((".", "!", "?", "\"", "“", "(", ":", ",", "\n")) else ts
    prev = before.group(1)
    if prev.endswith(("'s", "’s")) or prev.casefold() in _DETERMINERS or (prev[:1].isupper() and m.group(1).islower()):
        return m.start()
    return ts
