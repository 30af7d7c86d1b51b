"""In Chromium, the site built from hostile input runs none of it: no dialog opens, no console error, no page error,
and the global a payload would set stays unset; on every page kind, on hover cards and in search results.

The site is served and Chromium launched by the suite's shared set-up (tests/browsing.py)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Browser, Page

import hostile as h
from browsing import serve
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
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: msg.type == "error" and self.events.append(f"console error: {msg.text}"))
        page.on("pageerror", lambda exc: self.events.append(f"page error: {exc}"))

    def _dialog(self, dialog) -> None:
        self.events.append(f"dialog: {dialog.message}")
        dialog.dismiss()


def open_page(browser: Browser, url: str) -> tuple[Page, Watch]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(10_000)
    watch = Watch(page)
    page.goto(url, wait_until="load")
    return page, watch


def sentinel(page: Page) -> object:
    return page.evaluate(f"() => window.{h.SENTINEL} === undefined ? null : String(window.{h.SENTINEL})")


@pytest.mark.parametrize("path", PAGES)
def test_no_payload_runs_on_the_page(browser, base_url, path):
    """Loaded, scrolled through and hovered over: no dialog, no error, the sentinel unset."""
    page, watch = open_page(browser, base_url + path)
    try:
        page.mouse.wheel(0, 20_000)
        for link in page.locator("a.anno, a.anno-event-link").all()[:20]:
            link.hover()
        page.wait_for_timeout(300)  # an onerror or onload fires after the load event
        assert watch.events == []
        assert sentinel(page) is None
        assert page.locator("iframe, article img, .md-content script:not([type='application/ld+json'])").count() == 0
    finally:
        page.close()


def test_a_hover_card_shows_the_name_as_text(browser, base_url):
    page, watch = open_page(browser, base_url + f"articles/{h.SLUG}/")
    try:
        page.locator("a.anno-person[href*='evil-person']").first.hover()
        card = page.locator("#anno-card")
        card.wait_for(state="visible")
        assert card.locator(".anno-card-name").inner_text() == h.PEOPLE[0]["name"]
        assert card.locator(".anno-card-line").inner_text() == h.PEOPLE[0]["description"]
        assert card.locator("script, img, svg, iframe").count() == 0
        assert watch.events == [] and sentinel(page) is None
    finally:
        page.close()


def test_search_results_show_payloads_as_text(browser, base_url):
    """What the search lists of the payloads (titles, excerpts) is text: no element of theirs on the page."""
    page, watch = open_page(browser, base_url)
    try:
        page.keyboard.press("/")
        page.locator("#archive-search-input").press_sequentially("hostile", delay=20)
        panel = page.locator(".archive-search__panel")
        page.locator(".archive-search__result").first.wait_for(state="visible")
        shown = panel.inner_text()
        assert "</title><script>" in shown
        assert panel.locator("script, img, iframe, svg, style, meta, i, b").count() == 0
        page.wait_for_timeout(300)
        assert watch.events == [] and sentinel(page) is None
    finally:
        page.close()


def test_filters_show_payloads_as_text(browser, base_url):
    """The choices of the filters (names, outlets) are text too, ticked or not, and in the address."""
    person, outlet = h.PEOPLE[0]["name"], h.FRONT["outlet"]
    page, watch = open_page(browser, base_url + "articles/?" + urlencode([("person", person), ("outlet", outlet)]))
    try:
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
    finally:
        page.close()


def test_the_citation_panel_shows_the_hostile_headline_as_text(browser, base_url):
    """The citation of a paragraph holds the headline and outlet as the literal text, BibTeX's own characters
    escaped; nothing runs."""
    page, watch = open_page(browser, base_url + f"articles/{h.SLUG}/")
    try:
        page.locator("#p-1 button.para-cite").click()
        page.locator("#cite-panel").wait_for(state="visible")
        plain = page.locator("#cite-plain").inner_text()
        assert plain.startswith(f"{h.FRONT['outlet']}, “{h.TITLE}”, 2 March 2021, ¶\u00a01. ")
        bibtex = page.locator("#cite-bibtex").inner_text()
        title = h.TITLE.replace("{", "\\{").replace("}", "\\}").replace("%", "\\%").replace("_", "\\_")
        assert f"  title = {{{title}}},\n" in bibtex
        assert page.locator("#cite-panel").locator("script, img, svg, iframe").count() == 0
        assert watch.events == [] and sentinel(page) is None
    finally:
        page.close()
