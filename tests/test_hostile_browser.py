"""In Chromium, the site built from hostile input runs none of it: no dialog opens, no console error, no page error,
and the global a payload would set stays unset; on every page kind, on hover cards and in search results.

The site is served and Chromium launched by the suite's shared set-up (tests/browsing.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Page

import hostile as h
from browsing import open_tab, serve
from conftest import copy_project, mkdocs_build

PAGES = [f"articles/{h.SLUG}/", f"articles/{h.QUIET_SLUG}/", "people/evil-person/", "people/nobody-mentioned/",
         "organisations/evil-org/", "places/tehran/", "events/evil-event/", "events/evil-sub-event/", "articles/",
         "people/", "events/", "organisations/", "places/", ""]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile-browser") / "project")
    h.write_hostile_articles(project)
    out = project.parent / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def base_url(site: Path):
    """The hostile site served on 127.0.0.1, on a port the system picks."""
    with serve(site) as url:
        yield url


@pytest.fixture
def browser(chromium: Browser) -> Browser:
    return chromium


class Watch:
    """What a page did that hostile input could have caused."""

    def __init__(self, page: Page):
        self.events: list[str] = []
        self.page = page
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", self._page_error)

    def detach(self) -> None:
        for event, handler in (("dialog", self._dialog), ("console", self._console), ("pageerror", self._page_error)):
            self.page.remove_listener(event, handler)

    def _dialog(self, dialog) -> None:
        self.events.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _console(self, message) -> None:
        if message.type == "error":
            self.events.append(f"console error: {message.text}")

    def _page_error(self, error) -> None:
        self.events.append(f"page error: {error}")


@contextmanager
def open_page(browser: Browser, site_url: str, path: str) -> Iterator[tuple[Page, Watch]]:
    """The page at `path` of the hostile site, loaded in a tab of the suite's (open_tab), watched from before it
    loads; a step that hangs fails after 10 s (open_tab gives the next test the tab with Playwright's timeout)."""
    with open_tab(browser, site_url) as tab:
        page = tab.page
        page.set_default_timeout(10_000)
        watch = Watch(page)
        try:
            page.goto(site_url + path, wait_until="load")
            yield page, watch
        finally:
            watch.detach()


def sentinel(page: Page) -> object:
    return page.evaluate(f"() => window.{h.SENTINEL} === undefined ? null : String(window.{h.SENTINEL})")


def test_the_watch_sees_a_dialog_an_error_and_the_sentinel(browser, base_url):
    """What the tests below find nothing of, the watch does see when it happens: a payload's dialog, console error
    and uncaught error, and the global it sets."""
    with open_page(browser, base_url, "") as (page, watch):
        page.evaluate(f"""() => {{ window.{h.SENTINEL} = 1; alert('planted'); console.error('planted');
                                   setTimeout(() => {{ throw new Error('planted'); }}); }}""")
        page.wait_for_timeout(300)
        assert watch.events == ["dialog: planted", "console error: planted", "page error: planted"]
        assert sentinel(page) == "1"


@pytest.mark.parametrize("path", PAGES)
def test_no_payload_runs_on_the_page(browser, base_url, path):
    """Loaded, scrolled through and hovered over: no dialog, no error, the sentinel unset."""
    with open_page(browser, base_url, path) as (page, watch):
        page.mouse.wheel(0, 20_000)
        for link in page.locator("a.anno, a.anno-event-link").all()[:20]:
            link.hover()
        page.wait_for_timeout(300)  # an onerror or onload fires after the load event
        assert watch.events == []
        assert sentinel(page) is None
        assert page.locator("iframe, article img, .md-content script:not([type='application/ld+json'])").count() == 0


def test_a_hover_card_shows_the_name_as_text(browser, base_url):
    with open_page(browser, base_url, f"articles/{h.SLUG}/") as (page, watch):
        page.locator("a.anno-person[href*='evil-person']").first.hover()
        card = page.locator("#anno-card")
        card.wait_for(state="visible")
        assert card.locator(".anno-card-name").inner_text() == h.PEOPLE[0]["name"]
        assert card.locator(".anno-card-line").inner_text() == h.PEOPLE[0]["description"]
        assert card.locator("script, img, svg, iframe").count() == 0
        assert watch.events == [] and sentinel(page) is None


def test_search_results_show_payloads_as_text(browser, base_url):
    """What the search lists of the payloads (titles, excerpts) is text: no element of theirs on the page."""
    with open_page(browser, base_url, "") as (page, watch):
        page.keyboard.press("/")
        page.locator("#archive-search-input").press_sequentially("hostile", delay=20)
        panel = page.locator(".archive-search__panel")
        page.locator(".archive-search__result").first.wait_for(state="visible")
        shown = panel.inner_text()
        assert "</title><script>" in shown
        assert panel.locator("script, img, iframe, svg, style, meta, i, b").count() == 0
        page.wait_for_timeout(300)
        assert watch.events == [] and sentinel(page) is None


def test_filters_show_payloads_as_text(browser, base_url):
    """The choices of the filters (names, outlets) are text too, ticked or not, and in the address."""
    person, outlet = h.PEOPLE[0]["name"], h.FRONT["outlet"]
    with open_page(browser, base_url, "articles/?" + urlencode([("person", person), ("outlet", outlet)])) as (page, watch):
        results = page.locator(".archive-results")
        page.locator(".archive-results__list li").first.wait_for(state="visible")
        ticked = results.locator("input[type=checkbox]").evaluate_all(
            "bs => bs.filter(b => b.checked).map(b => [b.value, b.parentElement.textContent])")
        assert [value for value, _ in ticked] == [person, outlet]
        assert all(f" {value} (1)" == label for value, label in ticked)
        assert h.TITLE in results.inner_text()
        assert results.locator("script, img, iframe, svg, style, meta, i, b").count() == 0
        page.wait_for_timeout(300)
        assert watch.events == [] and sentinel(page) is None


def test_the_citation_panel_shows_the_hostile_headline_as_text(browser, base_url):
    """The citation of a paragraph holds the headline and outlet as the literal text, BibTeX's own characters
    escaped; nothing runs."""
    with open_page(browser, base_url, f"articles/{h.SLUG}/") as (page, watch):
        page.locator("#p-1 button.para-cite").click()
        page.locator("#cite-panel").wait_for(state="visible")
        plain = page.locator("#cite-plain").inner_text()
        assert plain.startswith(f"{h.FRONT['outlet']}, “{h.TITLE}”, 2 March 2021, ¶\u00a01. ")
        bibtex = page.locator("#cite-bibtex").inner_text()
        title = h.TITLE.replace("{", "\\{").replace("}", "\\}").replace("%", "\\%").replace("_", "\\_")
        assert f"  title = {{{title}}},\n" in bibtex
        assert page.locator("#cite-panel").locator("script, img, svg, iframe").count() == 0
        assert watch.events == [] and sentinel(page) is None
