"""The one check of a source address, for the build and the import command alike: an http(s) address with no space,
quote, angle bracket or control character in it (so that it is safe to print in an attribute, and a link, not a
guess at one)."""

from __future__ import annotations

import re

_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'\x00-\x1f\x7f-\x9f]+", re.I)


def is_web_address(text: str) -> bool:
    """Whether `text` is a whole http:// or https:// address."""
    return _WEB_ADDRESS.fullmatch(text) is not None
