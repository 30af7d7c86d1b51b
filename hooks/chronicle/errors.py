"""The one error the build raises for bad input: it names the file, the entry and the fix."""

from __future__ import annotations


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
        return f"{where}{entry}: {self.problem}. Fix: {self.fix}"
