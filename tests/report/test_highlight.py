"""Evidence highlighting escapes every piece of text and marks exactly the spans given."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from accord.report.highlight import Span, highlight

COLORS = {"A": "#e69f00", "B": "#0072b2"}


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"</?mark[^>]*>", "", markup))


def test_script_in_the_text_is_escaped_inside_and_outside_marks() -> None:
    text = "<script>alert(1)</script> and <img src=x onerror=alert(2)>"
    out = str(highlight(text, [Span(0, 25, "p0", "A")], COLORS))
    assert "<script>" not in out and "<img" not in out
    assert out.count("<mark") == 1
    assert _plain(out) == text


def test_overlapping_spans_are_split_into_pieces_naming_both() -> None:
    out = str(highlight("abcdef", [Span(0, 4, "p0", "A"), Span(2, 6, "p1", "B")], COLORS))
    assert re.findall(r'data-p="([^"]+)"', out) == ["p0", "p0 p1", "p1"]
    assert 'class="ev overlap"' in out
    assert _plain(out) == "abcdef"


def test_spans_past_the_end_are_clipped_and_empty_ones_dropped() -> None:
    out = str(highlight("abc", [Span(1, 99, "p0", "A"), Span(2, 2, "p1", "B")], COLORS))
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", out) == ["bc"]


def test_party_names_are_escaped_in_attributes() -> None:
    out = str(highlight("abc", [Span(0, 1, 'x" onmouseover="1', '"><b>')], {}))
    assert "<b>" not in out and 'onmouseover="1"' not in out


@given(
    st.text(alphabet=st.sampled_from("ab<>&\"' \n"), max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=5),
)
def test_highlighting_never_changes_the_text(text: str, pairs: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b), max(a, b), f"p{i}", "A") for i, (a, b) in enumerate(pairs)]
    out = str(highlight(text, spans, COLORS))
    assert _plain(out) == text
    assert re.sub(r"</?mark[^>]*>", "", out).count("<") == 0
