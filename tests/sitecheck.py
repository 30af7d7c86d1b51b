"""Reading a built site in tests: the blocks of an article page, every link of every page, the search records."""

from __future__ import annotations

import gzip
import json
import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

BLOCK_TAGS = {"p", "figcaption", "h2", "h3"}


class ArticleBlocks(HTMLParser):
    """The text of each block of `.article-body`, in order, as a reader's browser shows it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # depth inside .article-body
        self.blocks: list[tuple[str, str]] = []  # (tag, text)
        self.current: list[str] | None = None
        self.block_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            self.depth += tag not in {"br", "img", "hr", "wbr"}
            if self.current is None and tag in BLOCK_TAGS:
                self.current, self.block_depth = [], self.depth
                self.blocks.append((tag, ""))
        elif tag == "div" and "article-body" in (a.get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if self.current is not None and self.depth == self.block_depth:
            self.blocks[-1] = (self.blocks[-1][0], "".join(self.current))
            self.current = None
        self.depth -= 1

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def article_blocks(html: str) -> list[tuple[str, str]]:
    parser = ArticleBlocks()
    parser.feed(html)
    return parser.blocks


class Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if a.get("name") and tag == "a":
            self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, a[key]))


def page_refs(path: Path) -> Refs:
    parser = Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path, base_path: str = "/") -> list[str]:
    """Every internal href/src of every page that does not lead to a file, or to an id on the page it names.

    Links are relative, so the site works under any sub-path; only 404.html, which is served at any depth,
    links from the root, through `base_path` (the path of site_url)."""
    pages = {p: page_refs(p) for p in site.rglob("*.html")}
    broken = []
    for page, refs in pages.items():
        for tag, url in refs.refs:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("mailto:", "data:")):
                continue
            if parts.path.startswith("/"):
                if page.name != "404.html" or page.parent != site or not parts.path.startswith(base_path):
                    broken.append(f"{page.relative_to(site)}: root-relative {url} breaks under a sub-path")
                    continue
                target = site / unquote(parts.path[len(base_path):])
            elif not parts.path:
                target = page
            else:
                target = Path(posixpath.normpath(page.parent / unquote(parts.path)))
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {url}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else page_refs(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(site)}: {url} (no such anchor)")
    return broken


def search_records(site: Path) -> dict[str, dict]:
    """Pagefind's record of every page it indexed, by the page's URL path: its text (`content`), `filters` and
    `meta`. Each is a gzipped fragment file, its JSON after a signature."""
    records = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        record = _fragment(path)
        records[record["url"]] = record
    return records


def _fragment(path: Path) -> dict:
    data = gzip.decompress(path.read_bytes())
    return json.loads(data[data.index(b"{"):])


def search_index(site: Path) -> dict:
    """What Pagefind's index under `site/pagefind` holds, with each page named by its record (fragment) rather than
    by its number: Pagefind numbers the pages in the order it finds their files, which is the file system's, so the
    same pages give other numbers, and other index and filter files, in another folder. For each word, the pages
    that hold it and where; for each filter value, its pages; each sort's order; each page's word count."""
    folder = site / "pagefind"
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    out: dict = {"entry": entry["version"], "languages": {}}
    for language, about in entry["languages"].items():
        version, pages, chunks, filters, sorts, fields = _pagefind_file(folder / f"pagefind.{about['hash']}.pf_meta")
        named = [record for record, _ in pages]
        words = {}
        for _, _, chunk in chunks:
            for word, hits, extra in _pagefind_file(folder / "index" / f"{chunk}.pf_index")[0]:
                number, where = 0, {}
                for step, locations, meta_locations in hits:  # page numbers as steps from the one before
                    number += step
                    where[named[number]] = (locations, meta_locations)
                words[word] = (where, extra)
        out["languages"][language] = {
            "version": version, "pages": dict(pages), "words": words, "fields": fields,
            "filters": {name: {value: sorted(named[n] for n in numbers)
                               for value, numbers in _pagefind_file(folder / "filter" / f"{chunk}.pf_filter")[1]}
                        for name, chunk in filters},
            "sorts": {name: _ties_as_sets(folder, name, [named[n] for n in order]) for name, order in sorts}}
    return out


def _ties_as_sets(folder: Path, key: str, order: list[str]) -> list[frozenset[str]]:
    """A sort's order of pages, the pages of one value (their metadata `key`, which the archive's pages give the same
    value as their sort key) as one set: Pagefind orders them by their numbers."""
    groups: list[tuple[object, set[str]]] = []
    for record in order:
        value = _fragment(folder / "fragment" / f"{record}.pf_fragment")["meta"].get(key, record)
        if groups and groups[-1][0] == value:
            groups[-1][1].add(record)
        else:
            groups.append((value, {record}))
    return [frozenset(records) for _, records in groups]


def _pagefind_file(path: Path) -> list:
    """A Pagefind index file: gzipped, a signature, then CBOR (RFC 8949: the kinds it writes)."""
    data = gzip.decompress(path.read_bytes())
    signature = b"pagefind_dcd"
    assert data.startswith(signature), path
    value, end = _cbor(data, len(signature))
    assert end == len(data), path
    return value


def _cbor(data: bytes, at: int) -> tuple[object, int]:
    major, size = data[at] >> 5, data[at] & 31
    at += 1
    if size >= 24:
        width = 1 << (size - 24)  # 24 to 27: the size in the next 1, 2, 4 or 8 bytes
        size, at = int.from_bytes(data[at:at + width], "big"), at + width
    if major == 0:
        return size, at
    if major == 1:
        return -1 - size, at
    if major in (2, 3):
        raw = data[at:at + size]
        return (raw.decode() if major == 3 else bytes(raw)), at + size
    if major == 4:
        items = []
        for _ in range(size):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = {}
        for _ in range(size):
            key, at = _cbor(data, at)
            pairs[key], at = _cbor(data, at)
        return pairs, at
    if major == 7 and size in (20, 21, 22):
        return {20: False, 21: True, 22: None}[size], at
    raise ValueError(f"CBOR item of major type {major}, size {size}: not one Pagefind writes")
