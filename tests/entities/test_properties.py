"""Properties that hold for any text: no crash, spans quote the text, nothing in
excluded spans, and resolve is deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.entities import find_mentions, load_aliases, resolve
from claimcheck.models import Source

WORDS = ["Defense", "Minister", "Lee", "Jong-sup", "Korea", "U.S.", "the", "(DTT)", "Summit", "20th", "Asian",
         "Security", "Conference", "of", "Ministry", "’s", "said", ",", ".", "Mr", "J.", "Austin", "III", "in",
         "Seoul", "counterpart", "his", "South", "Korean", "(", ")", "Hotel", "and", "\n", "é", "Kim", "Jong-un"]

texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=200)


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(min_value=0, max_value=50), st.integers(min_value=0, max_value=60))
def test_spans_quote_the_text_and_respect_excluded(text: str, a: int, width: int) -> None:
    a = min(a, len(text))
    b = min(len(text), a + width)
    s = Source(id="p", path="p", text=text, excluded=[(a, b), (a // 2, a // 2 + 3)] if b > a else [])
    ms = find_mentions(s)
    for m in ms:
        assert text[m.span[0] : m.span[1]] == m.text
        assert not any(y > x and m.span[0] < y and x < m.span[1] for x, y in s.excluded)
        if m.title_span is not None:
            assert text[m.title_span[0] : m.title_span[1]] == m.title
        if m.ordinal_span is not None:
            assert text[m.ordinal_span[0] : m.ordinal_span[1]].startswith(str(m.ordinal))
    by_source = {"p": ms}
    index = resolve(by_source, load_aliases(None))  # drops name candidates the corpus does not confirm
    assert all(m.entity in index.entities for m in by_source["p"])
