"""One pagination for every long listing: a section's index, an entity's articles, an event's reports. Pure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pager:
    """Where one page of a long listing stands among its pages."""

    number: int  # 1-based
    src_uris: tuple[str, ...]  # of every page of the listing, in order
    first: int  # 1-based index of the first item on this page
    last: int
    total: int

    @property
    def count(self) -> int:
        return len(self.src_uris)

    def window(self, around: int = 2) -> list[tuple[int, str] | None]:
        """Page numbers to link: the first, the last and those near this one; None marks a gap."""
        keep = {1, self.count} | set(range(self.number - around, self.number + around + 1))
        out: list[tuple[int, str] | None] = []
        for number in range(1, self.count + 1):
            if number in keep:
                out.append((number, self.src_uris[number - 1]))
            elif out and out[-1] is not None:
                out.append(None)
        return out


def paginate(items: list, first_src_uri: str, more_src_uri: str, size: int, at_least: int = 1,
             more_size: int | None = None) -> list[tuple[list, Pager]]:
    """Split a listing into pages of `size`: the first at `first_src_uri`, page k at more_src_uri.format(k); at
    least `at_least` pages, the last ones empty if need be (for a page that lists something else beside it). The
    pages after the first hold `more_size` items each where given (a listing that continues in a shorter form)."""
    more_size = more_size or size
    chunks = [items[:size]] + [items[i: i + more_size] for i in range(size, len(items), more_size)] if items else []
    chunks += [[] for _ in range(max(at_least, 1) - len(chunks))]
    uris = tuple([first_src_uri] + [more_src_uri.format(k) for k in range(2, len(chunks) + 1)])
    out, first = [], 1
    for number, chunk in enumerate(chunks, 1):
        out.append((chunk, Pager(number, uris, first, first + len(chunk) - 1, len(items))))
        first += len(chunk)
    return out
