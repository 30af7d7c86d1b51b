"""The archive's one sentence splitter: where the sentences of a paragraph start and end. A sentence ends at '.',
'!', '?' or '…' (and any closing quotes or brackets) before a capital, a digit or an opening quote; an abbreviation
('Gen.', 'Jan.'), a dotted one ('U.S.') or an initial does not end one."""

from __future__ import annotations

import re
from bisect import bisect_right

from .names import TITLE_ABBREVIATIONS

_ABBREVIATIONS = {a.casefold() for a in TITLE_ABBREVIATIONS} | {
    "st", "no", "jr", "sr", "vs", "etc", "approx", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec"}
_BOUNDARY = re.compile(r"[.!?…][”\"’')\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph; 'Gen.', 'U.S.' and initials do not end one."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        word = re.search(r"([\w.]+)[.!?…]?$", text[start: m.start() + 1])
        before = word[1].rstrip(".").lower() if word else ""
        if before in _ABBREVIATIONS or "." in before or (len(before) == 1 and before.isalpha()):
            continue
        end = m.end() - len(m[0]) + len(m[0].rstrip())
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> int:
    """Of a paragraph's sentences (`sentences`), the index of the one that holds the character at `pos` (or the last
    one before it)."""
    return max(bisect_right([s for s, _ in spans], pos) - 1, 0)
