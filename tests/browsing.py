"""Shared set-up of the browser tests: the built site served on 127.0.0.1 as GitHub Pages serves it, Debian's
Chromium driven by Playwright, and a watch on every page for console errors, failed requests and requests that
leave the machine. Browser tests import their fixtures from here (conftest.py re-exports them)."""

from __future__ import annotations

import gzip
import mimetypes
import os
import posixpath
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import (Browser, BrowserContext, ConsoleMessage, Page, Request, Response, WebError,
                                  sync_playwright)

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
NODE_MODULES = ROOT / "tests" / "node_modules"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}

# GitHub Pages compresses text; serving it the same way keeps Lighthouse's figures honest about the real site.
_COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


def missing(what: str, fix: str) -> None:
    """A browser test cannot run: fail in CI, where it must always run; skip on a developer's machine."""
    message = f"{what} is missing: {fix}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the browser tests, but {message}", pytrace=False)
    pytest.skip(message)


# -- serving the site


def _content_type(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/javascript", "application/json", "image/svg+xml"):
        kind += "; charset=utf-8"
    return kind


def _handler(site: Path, prefix: str) -> type[BaseHTTPRequestHandler]:
    class PagesHandler(BaseHTTPRequestHandler):
        """GET and HEAD of the site's files under `prefix`: directories redirect to their slash form and serve
        index.html, anything else is a 404 with the site's 404.html, text is gzipped on request."""

        def do_GET(self) -> None:
            self._answer(body=True)

        def do_HEAD(self) -> None:
            self._answer(body=False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass  # a test's output is its assertions, not an access log

        def _answer(self, body: bool) -> None:
            url_path = unquote(urlsplit(self.path).path)
            target = self._file_for(url_path)
            if target is not None and target.is_dir():
                if not url_path.endswith("/"):
                    self._send(HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", body, location=url_path + "/")
                    return
                target = target / "index.html"
            if target is None or not target.is_file():
                self._send(HTTPStatus.NOT_FOUND, (site / "404.html").read_bytes(), "text/html; charset=utf-8", body)
                return
            self._send(HTTPStatus.OK, target.read_bytes(), _content_type(target), body)

        def _file_for(self, url_path: str) -> Path | None:
            if not url_path.startswith(prefix):
                return None
            rel = posixpath.normpath("/" + url_path[len(prefix):]).lstrip("/")
            return site / rel if rel not in ("", ".") else site

        def _send(self, status: HTTPStatus, data: bytes, kind: str, body: bool, location: str = "") -> None:
            encoding = ""
            if kind.startswith(_COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
                data, encoding = gzip.compress(data, compresslevel=6, mtime=0), "gzip"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "max-age=600")
            if encoding:
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
            if location:
                self.send_header("Location", location)
            self.end_headers()
            if body:
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the browser hung up first (a tab closed mid-load): no one is left to answer

    return PagesHandler


@contextmanager
def serve(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve the built `site` under the URL path `prefix` on 127.0.0.1 at a free port; yields the site's URL."""
    if not (prefix.startswith("/") and prefix.endswith("/")):
        raise ValueError(f"a prefix starts and ends with '/': {prefix!r}")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site, prefix))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"site on {server.server_port}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# -- watching a page


@dataclass
class Watch:
    """What went wrong while pages of one browser context loaded, as lines a failed assertion can print."""

    site_url: str
    problems: list[str] = field(default_factory=list)
    navigations: int = 0  # of a tab's top frame, begun so far
    begun: dict[Request, int] = field(default_factory=dict)  # each request's count of navigations when it began
    in_flight: set[Request] = field(default_factory=set)  # begun, neither finished nor failed yet

    def attach(self, context: BrowserContext) -> None:
        # A request for another host is recorded, then stopped here: no test sends traffic off the machine. The
        # pattern is a regular expression rather than a Python function, so that the browser matches it and only
        # the requests it stops make a round trip to the test.
        context.route(re.compile(f"^(?!{re.escape(self.site_url)}|data:|blob:|about:)"),
                      lambda route: route.abort("blockedbyclient"))
        for event, handler in self._handlers():
            context.on(event, handler)
        for page in context.pages:
            self.attach_page(page)

    def detach(self, context: BrowserContext) -> None:
        """Stops watching the context (its routes go too): a tab handed to the next test gets a watch of its own."""
        context.unroute_all(behavior="ignoreErrors")
        for event, handler in self._handlers():
            context.remove_listener(event, handler)
        for page in context.pages:
            page.remove_listener("console", self._console)

    def _handlers(self) -> list[tuple[str, Callable]]:
        return [("request", self._request), ("requestfinished", self._finished), ("requestfailed", self._failed),
                ("response", self._response), ("page", self.attach_page), ("weberror", self._weberror)]

    def attach_page(self, page: Page) -> None:
        page.on("console", self._console)

    def _weberror(self, error: WebError) -> None:
        self.problems.append(f"uncaught error: {error.error}")

    def _is_local(self, url: str) -> bool:
        return url.startswith((self.site_url, "data:", "blob:", "about:"))

    def _request(self, request: Request) -> None:
        if request.is_navigation_request() and request.frame.parent_frame is None:
            self.navigations += 1
        self.begun[request] = self.navigations
        self.in_flight.add(request)
        if not self._is_local(request.url):
            self.problems.append(f"request leaves the site: {request.url}")

    def _finished(self, request: Request) -> None:
        self.in_flight.discard(request)

    def _failed(self, request: Request) -> None:
        self.in_flight.discard(request)
        # A page's request that the browser drops as the tab goes to another page did not fail. Nor did the browser's
        # own request for the tab's icon (a request of type "other", made once the page has loaded), which the next
        # page's first request can overtake on its way here; a missing icon is an HTTP error (_response).
        if request.failure == "net::ERR_ABORTED" and (
                self.begun.get(request, self.navigations) < self.navigations or request.resource_type == "other"):
            return
        self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _console(self, message: ConsoleMessage) -> None:
        # Chromium logs every HTTP error as "Failed to load resource"; _response has already named its URL.
        if message.type in ("error", "assert") and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console {message.type}: {message.text} ({message.location.get('url')})")


@dataclass(frozen=True)
class Tab:
    """A page open on the served site, and the watch on its context."""

    page: Page
    watch: Watch
    site_url: str

    def goto(self, path: str, status: int = 200) -> None:
        """Open a page of the site by its path (as in the site's URLs, 'people/ebrahim-raisi/') and wait until
        the network is quiet, so that what loads late (the search index) is watched too."""
        response = self.page.goto(self.site_url + path, wait_until="load")
        assert response is not None and response.status == status, f"{path}: HTTP {response and response.status}"
        settle(self.page, self.watch)


QUIET_MS = 150


def settle(page: Page, watch: Watch, timeout_ms: int = 15_000) -> None:
    """Wait until none of the context's requests has been in flight for QUIET_MS: what a page loads after its load
    event (the search index, on the search and listing pages) has arrived, or failed where the watch sees it.
    Playwright's "networkidle" waits 500 ms after the last request, on every page. While a request is in flight it
    looks every 25 ms; then it waits QUIET_MS in one go, and again if a request began meanwhile."""
    waited = 0
    while True:
        if waited >= timeout_ms:
            raise AssertionError(f"still loading after {timeout_ms} ms: {sorted(r.url for r in watch.in_flight)}")
        if watch.in_flight:
            page.wait_for_timeout(25)
            waited += 25
            continue
        begun = len(watch.begun)
        page.wait_for_timeout(QUIET_MS)
        waited += QUIET_MS
        if not watch.in_flight and len(watch.begun) == begun:
            return


PLAYWRIGHT_TIMEOUT_MS = 30_000  # Playwright's default for a step, which a test may shorten for its tab

# Tabs that tests have finished with, by the browser, site and screen they were opened for: each costs Chromium a
# renderer process and most of a second of its time to open, and the browser tests open about a hundred.
_IDLE: dict[tuple, list[tuple[BrowserContext, Page]]] = {}


@contextmanager
def open_tab(browser: Browser, site_url: str, viewport: dict = DESKTOP, color_scheme: str = "light",
             **options: object) -> Iterator[Tab]:
    """A tab as a fresh context gives it (no stored palette or other choice, no cookie, no permission granted, no
    cache, online, in `color_scheme`), watched from its first request. It is a tab that an earlier test of this
    browser, site and screen left, cleared (`_cleared`), when there is one: a test that passed gives its tab back for
    the next; one that failed closes it, with whatever it left behind."""
    key = (id(browser), site_url, repr(viewport), color_scheme, repr(sorted(options.items())))
    idle = _IDLE.setdefault(key, [])
    context, page = idle.pop() if idle else _new_tab(browser, viewport, color_scheme, options)
    watch = Watch(site_url)
    watch.attach(context)
    try:
        yield Tab(page, watch, site_url)
        watch.detach(context)
        idle.append(_cleared(context, page, site_url, color_scheme))
    except BaseException:
        context.close()
        raise


def _new_tab(browser: Browser, viewport: dict, color_scheme: str, options: dict) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme, **options)
    return context, context.new_page()


def _cleared(context: BrowserContext, page: Page, site_url: str, color_scheme: str) -> tuple[BrowserContext, Page]:
    """The tab with what a test may have left in it gone: what the site stored (local and session storage, cookies,
    caches, IndexedDB), the browser's cache, permissions, the offline switch, an emulated palette, a timeout of its
    own, and the page."""
    page.set_default_timeout(PLAYWRIGHT_TIMEOUT_MS)
    if page.url.startswith(site_url):  # session storage belongs to the tab: it goes from the site's own page
        page.evaluate("sessionStorage.clear()")
    page.goto("about:blank")
    page.emulate_media(color_scheme=color_scheme)
    context.set_offline(False)
    context.clear_permissions()
    context.clear_cookies()
    session = context.new_cdp_session(page)
    session.send("Network.clearBrowserCache")
    site = urlsplit(site_url)
    session.send("Storage.clearDataForOrigin", {"origin": f"{site.scheme}://{site.netloc}", "storageTypes": "all"})
    session.detach()
    return context, page


def screenshot(page: Page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot as a test artefact (test-artifacts/NAME.png) for a person to look at: the whole page as it
    opens, scrolled back to its top (a click on a summary, say, scrolls it, and the header sticks where it was
    scrolled to and hides its tabs), or what the screen shows (a card, a scrolled-to paragraph)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if full_page:  # back at the top, then two frames for the theme's scroll handlers to show the tabs again
        page.evaluate("""() => { window.scrollTo(0, 0);
            return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))); }""")
    page.screenshot(path=str(path), full_page=full_page, animations="disabled" if full_page else "allow")
    return path


# -- fixtures


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, through Playwright; one per test session."""
    if not CHROMIUM.exists():
        missing(f"Chromium ({CHROMIUM})", "install Debian's chromium (bash tests/run.sh does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def served_url(site: Path) -> Iterator[str]:
    """The strictly built site, served at the root of a free port on 127.0.0.1."""
    with serve(site) as url:
        yield url


def axe_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each with where they are."""
    axe = NODE_MODULES / "axe-core" / "axe.min.js"
    if not axe.exists():
        missing("axe-core", "npm ci --prefix tests (bash tests/run.sh does)")
    page.add_script_tag(path=str(axe))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]
