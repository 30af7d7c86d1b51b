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
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{"):])
        records[record["url"]] = record
    return records
