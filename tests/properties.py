"""Hypothesis settings and strategies shared by the property-based tests: article text as scraped pages bring it.

Runs are derandomized (the same examples on every machine, so CI is stable), keep no example database and have no
deadline (CI machines are shared and slow); each test sets how many examples it needs."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def examples(n: int) -> settings:
    return settings(max_examples=n, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Characters that mean something to Markdown, HTML or Jinja2, or that a careless pipeline changes.
MARKUP = list("#1.->|*_[]()<>&\\!`~=+{}%:;'\"/") + ["&amp;", "&lt;", "<script>", "{{ 7*7 }}", "{% raw %}", "](", "]]>"]
SCRIPTS = ["ایران", "عراق", "بغداد", "מדינה", "हिन्दी", "中文", "日本語", "Ελλάδα", "Россия", "Türkiye", "한국어"]
MARKS = ["\u0301", "\u0308", "\u064e", "\u0651", "\u093e", "\u05b7", "\u20dd"]  # combining: acute, diaeresis, fatha ...
SPACES = [" ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000"]
INVISIBLE = ["\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069", "\u200b", "\u200c", "\u200d", "\u00ad",
             "\ufeff"]  # right-to-left and left-to-right marks and embeddings, zero-width characters, soft hyphen
NAMES = ["Iran", "Iranian", "Iran’s", "Irans", "Ali", "Alireza", "Ali Khamenei", "Seyyed Ali Khamenei", "Khamenei",
         "Iraq", "IRAN", "al-Sudani", "Al-Sudani"]
LINE_STARTS = ["", "#", "# ", "## ", "### ", "#hashtag ", "1. ", "- ", "+ ", "> ", "| ", "* ", "_", "[", "![", "<",
               "&", "\\", "\\\\", "///", "/// caption", "    ", "\t", " ", "---", "```", "{%", "{{", "<!--", ": "]

# Any character a UTF-8 file can hold, but NUL (refused by the loader) and CR (read as a line end).
any_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\0\r\n")
token = st.builds(
    str.__add__,
    st.one_of(st.sampled_from(MARKUP + SCRIPTS + MARKS + SPACES + INVISIBLE + NAMES),
              st.text(st.characters(whitelist_categories=("L", "N", "P", "S")), min_size=1, max_size=8),
              any_char),
    st.sampled_from([" ", " ", " ", "", "", "\u00a0", "-", "’", ", "]),  # what follows it: names need word ends
)
long_run = st.builds(lambda chunk, times: chunk * times, st.text(any_char, min_size=1, max_size=12),
                     st.integers(100, 400))


@st.composite
def line(draw) -> str:
    """One line of a block: a Markdown-significant start, words of any script, trailing spaces; never white space
    only (such a line separates blocks)."""
    parts = draw(st.lists(token, min_size=1, max_size=12))
    if draw(st.integers(0, 9)) == 0:
        parts.insert(draw(st.integers(0, len(parts))), draw(long_run))
    text = draw(st.sampled_from(LINE_STARTS)) + "".join(parts)
    return text if text.strip() else text + "x"


block_text = st.builds("\n".join, st.lists(line(), min_size=1, max_size=4))
block = st.tuples(st.sampled_from(["p", "p", "p", "h2", "h3", "caption"]), block_text)
blocks = st.lists(block, min_size=1, max_size=6)
