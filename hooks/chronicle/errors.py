"""The one error the build raises for bad input: it names the file, the entry and the fix."""

from __future__ import annotations

import re

# Characters that would break the one-line message or change how a terminal shows it: control characters (new lines,
# escape sequences), line and paragraph separators, bidirectional overrides. They are shown as escapes instead.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


class DataError(Exception):
    """A curator-fixable problem in an article or a data file."""

    def __init__(self, path: str, entry: str | None, problem: str, fix: str, line: int | None = None):
        self.path = path
        self.entry = entry
        self.problem = problem
        self.fix = fix
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path + (f", line {self.line}" if self.line else "")
        entry = f", entry '{self.entry}'" if self.entry else ""
        return _printable(f"{where}{entry}: {self.problem}. Fix: {self.fix}")
