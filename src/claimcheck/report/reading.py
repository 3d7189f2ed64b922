"""Short readable forms shared by every renderer: what a claim states, an id's name."""

from __future__ import annotations

from ..keys import parse
from ..models import Claim


def reading(claim: Claim) -> str:
    """What a claim states, normalised and short: "ordinal 13; 2023-04-14; washington-dc"."""
    parts: list[str] = []
    if claim.value is not None:
        parts.append(f"{claim.value.type} {claim.value.value}")
    if claim.when is not None:
        parts.append(claim.when.value)
    if claim.where is not None:
        parts.append(parse(claim.where.entity).name)
    if claim.who and parse(claim.subject.id).kind == "office":
        parts.append(", ".join(parse(w.entity).name for w in claim.who))
    if claim.modality != "reported":
        parts.append(claim.modality)
    if claim.origin == "manual":
        parts.append("manual")
    return "; ".join(parts) or claim.predicate


def label_from_id(entity_id: str) -> str:
    """A readable name for an id no subject or claim labels: ``country:north-korea`` -> North Korea."""
    key = parse(entity_id)
    label = " ".join(w.capitalize() if w.islower() else w for w in key.base.name.split("-")) or entity_id
    return f"{label} #{key.tail}" if key.tail else label


_OPENING_MARKS = ("“", "\"", "‘", "'", "«", "„")


def quoted(text: str) -> str:
    """A quote between quotation marks; a sentence that opens with its own mark (a quotation
    in the article) is shown as it is, not as ``““...``."""
    return text if text.startswith(_OPENING_MARKS) else f"“{text}”"
