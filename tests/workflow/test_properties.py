"""Properties: whatever people type survives the YAML round trip; a highlighted quote
shows exactly the source's words."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.models import Review
from claimcheck.report.html import quote_in_context

# any text a person might type, including YAML's special characters and newlines
notes = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=notes, reviewer=st.one_of(st.none(), notes.filter(lambda s: s.strip() != "")),
       finding=st.from_regex(r"[a-z_]{1,12}-[0-9a-f]{10}", fullmatch=True))
def test_review_text_survives_the_round_trip(note: str, reviewer: str | None, finding: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        claims = Path(tmp)
        (claims / "reviews.yaml").write_text("# keep me\nother-0000000000:\n  verdict: dismissed\n")
        store.write_review(claims, finding, Review(verdict="confirmed", note=note or None, reviewer=reviewer))
        saved = store.read_reviews(claims)
        assert saved[finding].note == (note or None)
        assert saved[finding].reviewer == reviewer
        assert saved["other-0000000000"].verdict == "dismissed"
        assert (claims / "reviews.yaml").read_text().startswith("# keep me\n")


paragraph_text = st.text(st.sampled_from(list("ab <>&\"'é\n.")), min_size=1, max_size=120)


@settings(max_examples=200, deadline=None)
@given(text=paragraph_text, data=st.data())
def test_quote_in_context_shows_the_source_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    key_start = data.draw(st.integers(start, end - 1))
    key_end = data.draw(st.integers(key_start + 1, end))
    out = str(quote_in_context(text, (start, end), None, [(key_start, key_end)]))
    marked = re.search(r"<mark>(.*)</mark>", out, re.S)
    assert marked is not None
    assert html.unescape(re.sub(r"</?b>", "", marked.group(1))) == text[start:end]
    shown = html.unescape(re.sub(r"</?(mark|b)>", "", out))
    assert text[start:end] in shown and shown in text  # a slice of the source, nothing added
