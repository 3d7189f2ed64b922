"""A title given through a verb of taking up a post ("X was named interim coach", "X, who was
promoted to rear admiral"): the post is taken at the statement's time, so another post the
person held before it is no disagreement. Verbs: ``taking_up`` in ``checks/titles.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Claim
from .context import CheckContext
from .tables import title_tables


def taken_up(ctx: CheckContext, c: Claim) -> bool:
    """The title follows its name through a verb of taking up a post ("was named", "took
    charge as"): the post is taken at the statement's time."""
    src = ctx.sources.get(c.source)
    if src is None or c.subject.span is None or c.value is None or c.value.span is None:
        return False
    between = src.text[c.subject.span[1] : c.value.span[0]]
    return 0 < len(between) <= 60 and _taking_up().search(between) is not None


@lru_cache(maxsize=1)
def _taking_up() -> re.Pattern[str]:
    verbs = sorted(title_tables().taking_up, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)
