"""The article body format: blocks separated by blank lines; '## ' subheadings, '/// caption' blocks,
a leading backslash escapes a paragraph that would otherwise read as one of those. Parse and format are inverse."""

from __future__ import annotations

import re

from .model import Block

CAPTION_OPEN, CAPTION_CLOSE = "/// caption", "///"
_BLANK = re.compile(r"\n[^\S\n]*\n")  # a line that is empty or white space only separates blocks
_HEADING = re.compile(r"^(#{2,3}) (.*)$", re.S)
_ANCHOR_PREFIX = {"p": "p", "h2": "h", "h3": "h", "caption": "c"}


def parse_body(text: str) -> list[tuple[str, str]]:
    """Body text -> [(kind, text)], kinds 'p', 'h2', 'h3', 'caption'."""
    blocks: list[tuple[str, str]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for raw in _BLANK.split("\n" + text + "\n"):
        raw = raw.strip("\n")
        if not raw or raw.isspace():
            continue
        lines = raw.split("\n")
        if raw.startswith("\\"):
            blocks.append(("p", raw[1:]))
        elif lines[0].rstrip() == CAPTION_OPEN and len(lines) >= 3 and lines[-1].rstrip() == CAPTION_CLOSE:
            blocks.append(("caption", "\n".join(lines[1:-1])))
        elif m := _HEADING.match(raw):
            blocks.append((f"h{len(m[1])}", m[2]))
        else:
            blocks.append(("p", raw))
    return blocks


def number_blocks(parsed: list[tuple[str, str]]) -> tuple[Block, ...]:
    """Give each block its anchor: paragraphs p-1, p-2 ...; subheadings h-1 ...; captions c-1 ..."""
    counts: dict[str, int] = {}
    out = []
    for kind, text in parsed:
        prefix = _ANCHOR_PREFIX[kind]
        counts[prefix] = counts.get(prefix, 0) + 1
        out.append(Block(kind, text, f"{prefix}-{counts[prefix]}"))
    return tuple(out)


def needs_escape(text: str) -> bool:
    return text.startswith(("\\", "#", "///"))


def format_body(blocks: list[tuple[str, str]]) -> str:
    """[(kind, text)] -> body text that parse_body reads back to the same blocks."""
    out = []
    for kind, text in blocks:
        if kind == "caption":
            out.append(f"{CAPTION_OPEN}\n{text}\n{CAPTION_CLOSE}")
        elif kind in ("h2", "h3"):
            out.append("#" * int(kind[1]) + " " + text)
        else:
            out.append("\\" + text if needs_escape(text) else text)
    return "\n\n".join(out) + "\n"
