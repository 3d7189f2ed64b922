"""Entity mentions, acronyms and canonical names (see docs/entities.md).

    mentions = {s.id: find_mentions(s) for s in sources}
    index = resolve(mentions, load_aliases(claims_dir))
"""

from __future__ import annotations

from .aliases import AliasTable, Tenure, load_aliases
from .chunks import chunk_finder
from .document import lower_ministry_patterns
from .index import EntityIndex
from .lexicon import lexicon
from .mentions import find_mentions
from .resolve import resolve


def warm() -> None:
    """Load and compile the tables now (about 0.5-0.8 s, once per process): call it
    before forking workers so that they inherit the tables instead of each loading them."""
    lexicon()
    chunk_finder()
    lower_ministry_patterns()


__all__ = ["AliasTable", "EntityIndex", "Tenure", "find_mentions", "load_aliases", "resolve", "warm"]
