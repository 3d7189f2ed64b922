"""Short readable forms shared by every renderer: what a claim states, an id's name."""

from __future__ import annotations

from ..models import Claim


def reading(claim: Claim) -> str:
    """What a claim states, normalised and short: "ordinal 13; 2023-04-14; washington-dc"."""
    parts: list[str] = []
    if claim.value is not None:
        parts.append(f"{claim.value.type} {claim.value.value}")
    if claim.when is not None:
        parts.append(claim.when.value)
    if claim.where is not None:
        parts.append(claim.where.entity.split(":", 1)[-1])
    if claim.who and claim.subject.id.startswith("office:"):
        parts.append(", ".join(w.entity.split(":", 1)[-1] for w in claim.who))
    if claim.modality != "reported":
        parts.append(claim.modality)
    if claim.origin == "manual":
        parts.append("manual")
    return "; ".join(parts) or claim.predicate


def label_from_id(entity_id: str) -> str:
    """A readable name for an id no subject or claim labels: ``country:north-korea`` -> North Korea."""
    slug = entity_id.split(":", 1)[-1]
    base, _, occurrence = slug.partition("#")
    label = " ".join(w.capitalize() if w.islower() else w for w in base.split("-")) or entity_id
    return f"{label} #{occurrence}" if occurrence else label


_OPENING_MARKS = ("“", "\"", "‘", "'", "«", "„")


def quoted(text: str) -> str:
    """A quote between quotation marks; a sentence that opens with its own mark (a quotation
    in the article) is shown as it is, not as ``““...``."""
    return text if text.startswith(_OPENING_MARKS) else f"“{text}”"
