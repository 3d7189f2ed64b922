"""A body's name that ends on a site noun ("the Harbour Conference Centre", "Westmere General
Hospital") names a building too: after a locative it is where an event took place (a venue),
though the entity layer types it as the organisation that runs it."""

from __future__ import annotations

from ..entities import gazetteer
from ..models import Mention


def is_venue(m: Mention) -> bool:
    return m.kind == "org" and gazetteer.site_noun(m.text)
