"""The article body format reads back what it wrote, and never takes a paragraph's text for markup."""

import pytest

from chronicle.body import format_body, number_blocks, parse_body

HARD_PARAGRAPHS = [
    "# not a heading, a hashtag line",
    "## also not a heading",
    "\\ a paragraph that starts with a backslash",
    "/// caption",
    "1. a line that Markdown would number",
    "- a line that Markdown would bullet",
    "> a line that Markdown would quote",
    "<script>alert(1)</script> & <b>bold</b>",
    "*stars* and _underscores_ and [brackets](x)",
    "    four spaces in front, which Markdown would make code",
    "trailing non-breaking space\u00a0",
    "ends with a backslash \\",
]


def test_round_trip_of_hard_paragraphs():
    """Every paragraph comes back character for character, whatever it starts with."""
    blocks = [("p", text) for text in HARD_PARAGRAPHS]
    assert parse_body(format_body(blocks)) == blocks


def test_headings_and_captions():
    body = "/// caption\nA (L) meets B. IRNA\n///\n\n## Regional Threats\n\n### Deeper\n\nText."
    assert parse_body(body) == [("caption", "A (L) meets B. IRNA"), ("h2", "Regional Threats"),
                                ("h3", "Deeper"), ("p", "Text.")]


@pytest.mark.parametrize("body", [
    "First.\r\n\r\nSecond.\r\n",
    "First.\n\n\n\nSecond.",
    "First.\n \nSecond.\n",
])
def test_blank_lines_and_line_ends(body):
    """CRLF, several blank lines or a white-space-only line all separate two paragraphs."""
    assert parse_body(body) == [("p", "First."), ("p", "Second.")]


def test_anchors_count_each_kind():
    blocks = number_blocks([("caption", "c"), ("p", "a"), ("h2", "h"), ("p", "b")])
    assert [b.anchor for b in blocks] == ["c-1", "p-1", "h-1", "p-2"]
