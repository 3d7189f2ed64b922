"""Small builders shared by the foundation tests."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from claimcheck import clean, dating, segment, timex
from claimcheck.models import Source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def seed_claims() -> Path:
    """A fresh claims folder holding only the seeds' metadata (claims/sources.yaml): what a
    person left in the checkout's claims/ (reviews, aliases, annotations from the README's
    walkthrough) must not change what the tests see."""
    folder = Path(tempfile.mkdtemp(prefix="claimcheck-seed-claims-")) / "claims"
    folder.mkdir()
    shutil.copyfile(ROOT / "claims" / "sources.yaml", folder / "sources.yaml")
    atexit.register(shutil.rmtree, folder.parent, True)
    return folder


CLAIMS = seed_claims()
SHARED = ROOT.parent / "shared" / "seeds"



def page_source(text: str, sid: str = "a") -> tuple[Source, list[clean.PageDate]]:
    """A source with no publication date, cleaned and segmented, and the page dates its
    boilerplate showed (evidence for dating)."""
    s = Source(id=sid, path=sid, text=text)
    pages = clean.mark_boilerplate(s)
    segment.segment(s)
    return s, pages


def date_corpus(docs: dict[str, str]) -> dict[str, Source]:
    """Sources (id -> text) dated together by inference, as a corpus without metadata."""
    sources, pages = {}, {}
    for sid, text in docs.items():
        sources[sid], pages[sid] = page_source(text, sid)
    dating.date_sources(list(sources.values()), {}, timex.tag, pages)
    return sources


def date_one(text: str) -> tuple[str | None, float | None, str]:
    """The date inferred for one text alone: value, confidence, evidence."""
    got = date_corpus({"a": text})["a"].published
    return got.value, got.confidence, got.evidence or ""
