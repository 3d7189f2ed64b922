"""Entity mentions, acronyms and canonical names (see docs/entities.md).

    mentions = {s.id: find_mentions(s) for s in sources}
    index = resolve(mentions, load_aliases(claims_dir))
"""

from __future__ import annotations

from .aliases import AliasTable, Tenure, load_aliases
from .index import EntityIndex
from .mentions import find_mentions
from .resolve import resolve

__all__ = ["AliasTable", "EntityIndex", "Tenure", "find_mentions", "load_aliases", "resolve"]
