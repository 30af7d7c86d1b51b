"""The site as GitHub Pages serves a project site, under a sub-path (https://user.github.io/repo/): every internal link
followed over HTTP from the home page, and the 404 page, in the site's style, working at any depth."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import pytest
from playwright.sync_api import expect

from browsing import open_tab, screenshot, serve
from conftest import ROOT, mkdocs_build
from sitecheck import Refs

PAGES_URL = "https://user.github.io/repo/"  # what the publishing workflow sets SITE_URL to, for a repository "repo"
PREFIX = urlsplit(PAGES_URL).path


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: PLR0913 - the base class's signature
        return None  # a link that needs a redirect is reported, not followed


_opener = build_opener(_NoRedirect)


@dataclass(frozen=True)
class Fetched:
    status: int
    kind: str
    body: bytes


def fetch(url: str) -> Fetched:
    try:
        with _opener.open(Request(url, headers={"Accept-Encoding": "identity"}), timeout=30) as response:
            return Fetched(response.status, response.headers.get("Content-Type", ""), response.read())
    except HTTPError as error:
        return Fetched(error.code, error.headers.get("Content-Type", ""), error.read())


def parse(html: bytes) -> Refs:
    refs = Refs()
    refs.feed(html.decode("utf-8"))
    return refs


@dataclass(frozen=True)
class Crawl:
    """What following every internal link from one address found: the pages (URL paths) and what is broken."""

    pages: frozenset[str]
    broken: tuple[str, ...]


def crawl(start: str, served: str) -> Crawl:
    """Follow every href and src (and every url() of a style sheet) that stays on the site, breadth first.

    A link to the published address (a canonical link) is followed on the served copy. A link that leaves the
    sub-path, needs a redirect, answers anything but 200 or names an id its page does not have is broken."""
    host = urlsplit(served).netloc
    seen: set[str] = set()
    pages: set[str] = set()
    ids: dict[str, set[str]] = {}
    broken: list[str] = []
    anchors: list[tuple[str, str, str]] = []  # (page, link, url with fragment)
    queue = deque([(start, "(start)")])
    while queue:
        url, source = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        got = fetch(url)
        if got.status != 200:
            broken.append(f"{source} -> {url}: HTTP {got.status}")
            continue
        links: list[str] = []
        if got.kind.startswith("text/html"):
            refs = parse(got.body)
            pages.add(urlsplit(url).path)
            ids[url] = refs.ids
            links = [ref for _, ref in refs.refs]
        elif got.kind.startswith("text/css"):
            links = re.findall(r"""url\(\s*["']?([^"')]+)""", got.body.decode("utf-8"))
        for link in links:
            if link.startswith(PAGES_URL):
                link = served + link[len(PAGES_URL):]
            target = urljoin(url, link)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if not parts.path.startswith(PREFIX):
                broken.append(f"{url}: {link} leaves {PREFIX}")
                continue
            bare = target.split("#")[0]
            if parts.fragment:
                anchors.append((url, link, target))
            queue.append((bare, url))
    for page, link, target in anchors:
        bare, _, fragment = target.partition("#")
        if bare in ids and unquote(fragment) not in ids[bare]:
            broken.append(f"{page}: {link} (no such id)")
    return Crawl(frozenset(pages), tuple(broken))


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as the publishing workflow builds it for https://user.github.io/repo/."""
    out = tmp_path_factory.mktemp("pages-site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_URL", PAGES_URL)
        result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def pages_url(pages_site: Path):
    with serve(pages_site, PREFIX) as url:
        yield url


def test_every_internal_link_works_under_the_sub_path(pages_site, pages_url):
    """From the home page, every link leads to a page or file under /repo/, and every page of the site is reached."""
    found = crawl(pages_url, pages_url)
    assert found.broken == ()
    folders = [p.relative_to(pages_site).parent.as_posix() for p in pages_site.rglob("index.html")]
    assert found.pages == {PREFIX + ("" if f == "." else f + "/") for f in folders}


def test_canonical_links_and_sitemap_name_the_published_address(pages_site, pages_url):
    """Each page's canonical link and the sitemap's entries are under https://user.github.io/repo/ and exist."""
    article = "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/"
    html = fetch(pages_url + article).body.decode("utf-8")
    assert f'<link rel="canonical" href="{PAGES_URL}{article}">' in html
    locations = re.findall(r"<loc>([^<]+)</loc>", (pages_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locations and all(loc.startswith(PAGES_URL) for loc in locations)
    assert [loc for loc in locations if fetch(pages_url + loc[len(PAGES_URL):]).status != 200] == []


MISSING = [
    "nothing-here",
    "people/nobody/",
    "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/p-99/",
    "a/b/c/d/e.html",
    "search/missing.json",
]


@pytest.mark.parametrize("path", MISSING)
def test_a_missing_address_answers_404_with_the_archive_page_whose_links_work(pages_url, path):
    """At any depth, a missing address gets the archive's 404 page, and every link on it works from there."""
    url = pages_url + path
    got = fetch(url)
    assert got.status == 404 and b"Page not found" in got.body
    targets = sorted({urljoin(url, ref).split("#")[0] for _, ref in parse(got.body).refs})
    local = [t for t in targets if urlsplit(t).netloc == urlsplit(pages_url).netloc]
    assert pages_url + "articles/" in local and pages_url + "people/" in local
    assert [t for t in local if not t.startswith(pages_url) or fetch(t).status != 200] == []


def test_the_404_page_is_not_served_for_the_parent_site(pages_url):
    """A path outside the sub-path is not the site's; the server says so rather than serving a page for it."""
    assert fetch(pages_url.replace(PREFIX, "/") + "articles/").status == 404


@pytest.mark.browser
def test_the_404_page_looks_like_the_site_and_leads_back_in(chromium, pages_url):
    """In the browser, the 404 page at a deep address has the site's style and search, and its links lead in."""
    with open_tab(chromium, pages_url) as tab:
        page = tab.page
        missing = pages_url + "people/nobody/at/all/"
        tab.goto("people/nobody/at/all/", status=404)
        assert tab.watch.problems == [f"HTTP 404: {missing}"]
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        expect(page.locator("h1")).to_have_text("Page not found")
        expect(page).to_have_title(re.compile(r"^Page not found - Iran–Iraq Relations News Archive$"))
        screenshot(page, "not-found-sub-path")
        page.get_by_role("link", name="Every article").click()
        expect(page).to_have_url(pages_url + "articles/")
        expect(page.locator("h1")).to_have_text("Articles")
        assert tab.watch.problems == [f"HTTP 404: {missing}"]
