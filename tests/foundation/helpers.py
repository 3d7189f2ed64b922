"""Small builders shared by the foundation tests."""

from __future__ import annotations

from pathlib import Path

from claimcheck import clean, segment
from claimcheck.dating import published_from_value
from claimcheck.models import Source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "claims"
SHARED = ROOT.parent / "shared" / "seeds"


def article(text: str, published: str | None = None, sid: str = "a") -> Source:
    """A cleaned, segmented source; ``published`` an ISO day or month (metadata)."""
    s = Source(id=sid, path=f"{sid}.txt", text=text)
    clean.mark_boilerplate(s)
    segment.segment(s)
    if published:
        s.published = published_from_value(published, "metadata")
    return s
