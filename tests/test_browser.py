"""The site as readers meet it, in Debian's Chromium: pages load cleanly, search finds people by any spelling,
mentions and paragraph links lead where they say, cards work by mouse and keyboard, axe finds nothing serious in
either palette, and nothing scrolls sideways on a phone. Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

import pytest
from playwright.sync_api import Locator, Page, expect

from browsing import DESKTOP, PHONE, Tab, axe_violations, open_tab, screenshot, serve
from chronicle import pages
from chronicle.build import load_archive, render_pages
from conftest import ROOT
from test_reader import KINDS as READER_KINDS

pytestmark = pytest.mark.browser

ARTICLE = "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/"
LONG_ARTICLE = "articles/2022-11-29-leader-underlines-tehran-baghdad-security/"
PERSON = "people/mohammad-baqer-qalibaf/"

# (name of the screenshot, path): home, an article, a person, an event and every index page
PAGES = [
    ("home", ""),
    ("article", ARTICLE),
    ("article-long", LONG_ARTICLE),
    ("person", PERSON),
    ("event", "events/2021-02-03-fuad-hussein-meets-rouhani/"),
    ("articles-index", "articles/"),
    ("people-index", "people/"),
    ("events-index", "events/"),
    ("organisations-index", "organisations/"),
    ("places-index", "places/"),
    ("method", "method/"),
    ("search", "search/?q=Raeisi"),
    ("data", "data/"),
]
PAGE_IDS = [name for name, _ in PAGES]
# The 404 page is checked too, though its own request rightly answers 404.
NOT_FOUND = "no/such/page/"
PAGES_AND_404 = PAGES + [("not-found", NOT_FOUND)]
# test_reader.py's walk over every kind of page opens these at both widths in both palettes, finds nothing past a
# phone's edges on each and screenshots each: the tests here that open them too do neither again.
WALKED_BY_THE_READER_TESTS = {path for _, path, _ in READER_KINDS}

PALETTES = [("light", "default"), ("dark", "slate")]  # (prefers-color-scheme, Material's data-md-color-scheme)


def open_page(tab: Tab, path: str) -> None:
    """Open a page of the site, or the 404 page for a path that is none (its own request rightly answers 404)."""
    if path == NOT_FOUND:
        tab.goto(path, status=404)
        tab.watch.problems.remove(f"HTTP 404: {tab.site_url}{path}")
    else:
        tab.goto(path)


@pytest.fixture(scope="module")
def reading_tab(chromium, served_url) -> Iterator[Callable[..., Tab]]:
    """A tab for a test that only reads a page (axe, widths, styles; not the watch's record, which needs an empty
    cache): one tab for each kind of screen and palette, shared by this file's tests of that kind, each of which
    opens its page afresh in it, with the site's stored choices cleared first, but the cache kept: a tab cleared for
    each test (open_tab) would load the theme's files and compile axe again for each page."""
    tabs: dict[str, Tab] = {}
    with ExitStack() as stack:

        def tab(viewport: dict = DESKTOP, color_scheme: str = "light", **options: object) -> Tab:
            key = repr((viewport, color_scheme, sorted(options.items())))
            if key not in tabs:
                tabs[key] = stack.enter_context(open_tab(chromium, served_url, viewport, color_scheme, **options))
            elif tabs[key].page.url.startswith(served_url):
                tabs[key].page.evaluate("localStorage.clear(); sessionStorage.clear()")
            return tabs[key]

        yield tab


@pytest.mark.parametrize("path", [path for _, path in PAGES], ids=PAGE_IDS)
def test_page_loads_with_no_error_and_nothing_from_outside(chromium, served_url, path):
    """No console error, no failed request, no request that leaves 127.0.0.1, and the site's own style applied."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(path)
        styled = tab.page.evaluate("getComputedStyle(document.querySelector('.md-header')).position")
        assert styled == "sticky", "Material's stylesheet did not apply"
        assert tab.watch.problems == []


def test_the_watch_catches_errors_and_requests_that_leave_the_site(chromium, served_url):
    """The watch behind every 'no problem' assertion does see a console error and a request for another host."""
    with open_tab(chromium, served_url) as tab:
        tab.goto("")
        with tab.page.expect_event("requestfailed"):
            tab.page.evaluate("""() => { console.error('planted error');
                const img = document.createElement('img'); img.src = 'https://outside.invalid/pixel.png';
                document.body.append(img); }""")
        assert any(p.startswith("console error: planted error") for p in tab.watch.problems)
        assert "request leaves the site: https://outside.invalid/pixel.png" in tab.watch.problems


def test_a_tab_handed_to_the_next_test_is_as_a_fresh_one(chromium, served_url):
    """A test's tab goes to the next test of the same screen with nothing of the first left: no stored choice, no
    cookie, no permission, no cache, online, the palette it was opened with, Playwright's timeout; and a tab a failed
    test leaves is closed, not handed on."""
    with open_tab(chromium, served_url) as tab:
        tab.goto("")
        first = tab.page
        first.evaluate("""() => { localStorage.setItem('left', '1'); sessionStorage.setItem('left', '1');
                                  document.cookie = 'left=1; path=/'; }""")
        first.context.grant_permissions(["clipboard-read"])
        first.emulate_media(color_scheme="dark")
        first.context.set_offline(True)
        first.set_default_timeout(1)
    with open_tab(chromium, served_url) as tab:
        assert tab.page is first
        tab.goto("")  # in Playwright's 30 s: in 1 ms it would time out
        assert tab.page.evaluate("""async () => [localStorage.getItem('left'), sessionStorage.getItem('left'), document.cookie,
            (await navigator.permissions.query({name: 'clipboard-read'})).state, navigator.onLine,
            matchMedia('(prefers-color-scheme: dark)').matches]""") == [None, None, "", "prompt", True, False]
        cached = tab.page.evaluate("""() => performance.getEntriesByType('resource')
            .filter(r => r.name.includes('/assets/') && r.transferSize === 0).map(r => r.name)""")
        assert cached == []
        assert tab.watch.problems == []
    with pytest.raises(AssertionError), open_tab(chromium, served_url) as tab:
        failed = tab.page
        raise AssertionError("a test that fails")
    assert failed.is_closed()
    with open_tab(chromium, served_url) as tab:
        assert tab.page is not failed

# -- search


def search(page: Page, query: str, key: str = "/") -> list[str]:
    """Open search with its key, type the query key by key as a reader does, and return the results' paths."""
    page.keyboard.press(key)
    field = page.locator("#archive-search-input")
    expect(field).to_be_focused()
    field.press_sequentially(query, delay=20)
    return listed(page)


def listed(page: Page) -> list[str]:
    """The paths the header's list of results shows, once it has answered the last key (when typing pauses
    mid-word, the list answers what was typed so far first)."""
    typed = page.locator("#archive-search-input").input_value().strip()
    expect(page.locator(".archive-search__results")).to_have_attribute("data-query", typed, timeout=10_000)
    expect(page.locator(".archive-search__status")).not_to_have_text(re.compile(r"^(Searching…)?$"), timeout=10_000)
    options = page.locator(".archive-search__result")
    return [re.sub(r"[?#].*$", "", href) for href in options.evaluate_all("rs => rs.map(r => r.dataset.href)")]


SEARCHES = [
    # (what a reader types, the page it must find first or among the results)
    ("Ghalibaf", "people/mohammad-baqer-qalibaf/"),
    ("Raeisi", "people/ebrahim-raisi/"),
    ("strategic partner of Tehran", "articles/2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us/"),
    ("raeisi", "people/ebrahim-raisi/"),  # lower case, as people type
    ("Mohammed Bagher", "people/mohammad-baqer-qalibaf/"),  # the other spelling's first names
    ("Qassem Soleimani", "people/qasem-soleimani/"),
    ("separatist groups in the Iraqi Kurdistan", LONG_ARTICLE),
    ("Fuad Hussein meets President Hassan Rouhani", "events/2021-02-03-fuad-hussein-meets-rouhani/"),
    ("Fuad Hussein", "people/fuad-hussein/"),
]


@pytest.mark.parametrize("query, expected", SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_people_by_any_spelling_and_articles_by_phrase(chromium, served_url, query, expected):
    """Typing another spelling lists the person's page first; a phrase of an article lists the article; people
    and events come before the pages that only name them."""
    with open_tab(chromium, served_url) as tab:
        tab.goto("")
        found = search(tab.page, query)
        assert served_url + expected in found, found
        if not expected.startswith("articles/"):
            assert found[0] == served_url + expected, found
        assert tab.watch.problems == []


def test_search_results_show_section_title_and_highlighted_excerpt(chromium, served_url):
    """Each result names its section and title, and shows the words around the match with the match marked."""
    with open_tab(chromium, served_url) as tab:
        tab.goto("")
        search(tab.page, "Ghalibaf")
        first = tab.page.locator(".archive-search__result").first
        expect(first.locator(".archive-result__label")).to_have_text("Person")
        expect(first.locator(".archive-result__title")).to_have_text("Mohammad Baqer Qalibaf")
        marks = first.locator(".archive-excerpt mark").all_inner_texts()
        assert marks and all(m.rstrip(",.").casefold() == "ghalibaf" for m in marks), marks
        screenshot(tab.page, "search-results", full_page=False)


def test_search_with_s_arrow_keys_and_enter(chromium, served_url):
    """'s' opens search from anywhere on the page; the arrow keys move through the results, which a screen reader
    follows (aria-activedescendant), and Enter opens the chosen one; Escape closes the list."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLE)
        field = page.locator("#archive-search-input")
        expect(field).to_have_accessible_name("Search the archive")
        found = search(page, "Raeisi", key="s")
        assert len(found) >= 2
        expect(field).to_have_value("Raeisi"), "the 's' that opened search is not typed into it"
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
        expect(field).to_have_attribute("aria-activedescendant", "archive-search-option-0")
        expect(page.locator("#archive-search-option-0")).to_have_attribute("aria-selected", "true")
        page.keyboard.press("Escape")
        expect(page.locator(".archive-search__panel")).to_be_hidden()
        page.keyboard.press("ArrowDown")
        expect(page.locator(".archive-search__panel")).to_be_visible()
        expect(field).to_have_attribute("aria-activedescendant", "archive-search-option-0")
        page.keyboard.press("ArrowDown")
        target = page.locator("#archive-search-option-1").get_attribute("data-href")
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(re.escape(target) + "$"))
        assert tab.watch.problems == []


# pagefind.js as a module that hands each search to the real one after a wait, and logs when each starts and ends:
# Pagefind, as on an archive of tens of thousands of pages, where a word on most of them takes it seconds.
SLOW_PAGEFIND = """
const real = await import(new URL("pagefind.js?real", import.meta.url).href);
export const {options, init, preload, filters, destroy, mergeIndex, createInstance, debouncedSearch} = real;
const log = window.__searches = [];
export async function search(term, options) {
  const made = {term, start: performance.now()};
  log.push(made);
  await new Promise(done => setTimeout(done, 400));
  const found = await real.search(term, options);
  made.end = performance.now();
  return found;
}
"""
PAGEFIND_JS = re.compile(r"/pagefind/pagefind\.js$")


@contextmanager
def pagefind_logged(page: Page) -> Iterator[None]:
    """The page's next loads get SLOW_PAGEFIND for Pagefind: each search slowed, and logged in window.__searches."""
    page.route(PAGEFIND_JS, lambda route: route.fulfill(body=SLOW_PAGEFIND, content_type="text/javascript"))
    try:
        yield
    finally:
        page.unroute_all()


FIELDS = [  # (page, its search field, what shows the search has answered, the first result's title, the ms
    # between keys: longer than the wait for a pause in the typing that the field makes before it searches)
    (ARTICLE, "#archive-search-input", ".archive-search__status", ".archive-search__result .archive-result__title",
     120),
    ("search/", ".archive-results__query", ".archive-results__count", ".archive-results__list .archive-result__title",
     200),
]


@pytest.mark.parametrize("path, field, status, first, delay", FIELDS, ids=["header", "search-page"])
def test_a_search_waits_for_the_one_before_and_answers_what_the_field_holds_then(chromium, served_url, path, field,
                                                                               status, first, delay):
    """Pagefind answers one search after another. Typed key by key with pauses, a field never has two searches
    going: those asked while one runs become one, made when it ends for what the field holds then; the last answers
    the whole word. (Else, on a large archive, each pause would queue a search of seconds behind the one before.)"""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        with pagefind_logged(page):
            tab.goto(path)
            page.locator(field).press_sequentially("Ghalibaf", delay=delay)
            page.wait_for_function("() => window.__searches && window.__searches.length && "
                                   "window.__searches.at(-1).term === 'Ghalibaf' && window.__searches.at(-1).end")
            expect(page.locator(status)).not_to_have_text(re.compile(r"^(Searching…)?$"))
            expect(page.locator(first).first).to_have_text("Mohammad Baqer Qalibaf")
            searches = page.evaluate("window.__searches")
    assert all(one["end"] <= then["start"] for one, then in zip(searches, searches[1:])), searches
    assert 2 <= len(searches) < len("Ghalibaf"), [one["term"] for one in searches]  # fewer than the pauses
    assert tab.watch.problems == []


def test_search_works_on_a_phone_and_under_a_sub_path(chromium, site):
    """On a phone the magnifier opens the field over the header; the index is found under the site's sub-path, as
    a project site on GitHub Pages needs, and a tap on a result opens it."""
    with serve(site, "/repo/") as url, open_tab(chromium, url, viewport=PHONE, is_mobile=True, has_touch=True) as tab:
        page = tab.page
        tab.goto(ARTICLE)
        expect(page.locator("#archive-search-input")).to_be_hidden()
        page.locator(".archive-search__open").click()
        page.locator("#archive-search-input").press_sequentially("Ghalibaf", delay=20)
        assert listed(page)[0] == url + "people/mohammad-baqer-qalibaf/"
        box = page.locator(".archive-search__panel").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        screenshot(page, "search-phone", full_page=False)
        page.locator(".archive-search__result").first.tap()
        expect(page.locator("h1")).to_have_text("Mohammad Baqer Qalibaf")
        assert tab.watch.problems == []


def test_search_works_offline(chromium, site):
    """Once a page is loaded, search needs nothing but the site: with the network cut, it still answers (the index
    is fetched from the site's own files, here from the browser's cache or the local server only)."""
    with serve(site, "/") as url, open_tab(chromium, url) as tab:
        tab.goto("")
        search(tab.page, "Tehran")
        tab.page.context.set_offline(True)
        tab.page.locator("#archive-search-input").fill("")
        tab.page.locator("#archive-search-input").press_sequentially("Tehran", delay=20)
        assert listed(tab.page), "search answers offline from what it has loaded"


# -- filters: on the search page and the articles index, their state in the address


def names_all(archive, names: set[str]) -> list[str]:
    """The articles that name every entity in `names`, newest first, as the index lists them."""
    by_name = {e.name: e.id for e in archive.registry.entities.values()}
    wanted = {by_name[n] for n in names}
    found = [a for a in archive.articles if wanted <= {m.entity for m in archive.mentions[a.slug] if m.entity}]
    return [a.title for a in sorted(found, key=lambda a: (a.date, a.slug), reverse=True)]


def result_titles(page: Page) -> list[str]:
    expect(page.locator(".archive-results__count")).not_to_have_text(re.compile(r"^(Searching…)?$"))
    return page.locator(".archive-results__list .archive-result__title").all_inner_texts()


def choose(page: Page, group: str, value: str) -> None:
    """Tick a choice of a filter, as a reader does: found in the list, or by typing into the list's own finder."""
    fieldset = page.locator(f"fieldset[data-group={group}]")
    box = fieldset.get_by_role("checkbox", name=re.compile(rf"^{re.escape(value)} \(\d+\)$"))
    expect(fieldset).to_be_visible(timeout=15_000)
    if not box.is_visible() and fieldset.locator(".archive-filter__find").count():
        fieldset.locator(".archive-filter__find").press_sequentially(value[:5], delay=20)
    box.check()


def test_articles_index_filters_combine_show_counts_and_live_in_the_address(chromium, served_url):
    """On the articles index a reader ticks two people (articles naming both), sees the counts of each choice, then
    a year; each step is an address of its own, and Back undoes one step at a time."""
    archive = load_archive(ROOT)
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto("articles/")
        page.locator(".archive-filters > summary").click()
        rouhani = page.locator("fieldset[data-group=person]").get_by_role("checkbox", name=re.compile(r"^Hassan Rouhani \((\d+)\)$"))
        expect(rouhani).to_be_visible(timeout=15_000)  # the filters' counts come with the first search
        expect(rouhani).to_have_accessible_name(f"Hassan Rouhani ({len(names_all(archive, {'Hassan Rouhani'}))})")
        choose(page, "person", "Hassan Rouhani")
        expect(page).to_have_url(served_url + "articles/?person=Hassan+Rouhani")
        assert result_titles(page) == names_all(archive, {"Hassan Rouhani"})
        expect(page.locator(".archive-listing")).to_be_hidden()
        choose(page, "person", "Fuad Hussein")
        expect(page).to_have_url(served_url + "articles/?person=Hassan+Rouhani&person=Fuad+Hussein")
        both = names_all(archive, {"Hassan Rouhani", "Fuad Hussein"})
        assert result_titles(page) == both and 0 < len(both) < len(names_all(archive, {"Hassan Rouhani"}))
        choose(page, "year", "2021")
        expect(page).to_have_url(served_url + "articles/?person=Hassan+Rouhani&person=Fuad+Hussein&year=2021")
        screenshot(page, "articles-filtered")
        assert axe_violations(page) == []
        page.go_back()
        expect(page).to_have_url(served_url + "articles/?person=Hassan+Rouhani&person=Fuad+Hussein")
        assert result_titles(page) == both
        expect(page.locator("fieldset[data-group=person]").get_by_role("checkbox", name=re.compile(r"^Fuad Hussein "))).to_be_checked()
        page.go_back()
        page.go_back()
        expect(page).to_have_url(served_url + "articles/")
        expect(page.locator(".archive-listing")).to_be_visible()
        assert tab.watch.problems == []


def test_a_filtered_address_opens_as_it_was_shared(chromium, served_url):
    """A bookmarked or shared address opens with its filters ticked, its results listed and its order."""
    archive = load_archive(ROOT)
    with open_tab(chromium, served_url, viewport=PHONE, is_mobile=True, has_touch=True) as tab:
        page = tab.page
        tab.goto("articles/?place=Tehran&sort=oldest")
        expected = names_all(archive, {"Tehran"})[::-1]
        assert result_titles(page) == expected and len(expected) >= 2
        expect(page.locator("fieldset[data-group=place]").get_by_role("checkbox", name=re.compile(r"^Tehran "))).to_be_checked()
        expect(page.locator(".archive-results__sort")).to_have_value("oldest")
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], "nothing scrolls sideways on a phone"
        screenshot(page, "articles-filtered-phone")
        assert tab.watch.problems == []


def test_the_filters_open_with_their_counts_and_no_search(chromium, served_url):
    """Opened with nothing typed or chosen, the filters show each choice's count without a search, which would
    count every choice against every page in scope (seconds, at tens of thousands of pages). The counts are the
    scope's: on the articles index a year counts its articles, on the search page its articles and events; there
    a year chosen finds both."""
    archive = load_archive(ROOT)
    articles = Counter(str(a.date.year) for a in archive.articles)
    events = Counter(str(e.date.date.first_day().year) for e in archive.registry.events.values())
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        with pagefind_logged(page):
            for path, expected in (("articles/", articles), ("search/", articles + events)):
                tab.goto(path)
                page.locator(".archive-filters > summary").click()
                years = page.locator("fieldset[data-group=year] label")
                expect(years.first).to_be_visible(timeout=15_000)
                shown = dict(re.fullmatch(r"(\d+) \((\d+)\)", text.strip()).groups() for text in years.all_inner_texts())
                assert shown == {year: str(n) for year, n in expected.items()}, path
                assert page.evaluate("window.__searches") == [], path
            choose(page, "year", "2021")
            expect(page).to_have_url(served_url + "search/?year=2021")
            result_titles(page)
            labels = page.locator(".archive-results__list .archive-result__label").all_inner_texts()
        assert len(labels) == articles["2021"] + events["2021"]
        assert {label.split(" · ")[0] for label in labels} == {"Article", "Event"}
        assert all(label.endswith(" 2021") for label in labels), labels
        assert tab.watch.problems == []


def test_search_page_filters_by_section_and_sorts_by_date(chromium, served_url):
    """On the search page, a query narrowed to one section, ordered newest first; the header's 'All results' link
    leads there with the query."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto("")
        search(page, "Tehran")
        page.locator(".archive-search__all").click()
        expect(page).to_have_url(served_url + "search/?q=Tehran")
        expect(page.locator(".archive-results__query")).to_have_value("Tehran")
        assert len(result_titles(page)) > 5
        page.locator(".archive-filters > summary").click()
        choose(page, "section", "Event")
        expect(page).to_have_url(served_url + "search/?q=Tehran&section=Event")
        page.locator(".archive-results__sort").select_option("newest")
        expect(page).to_have_url(served_url + "search/?q=Tehran&section=Event&sort=newest")
        titles = result_titles(page)
        labels = page.locator(".archive-results__list .archive-result__label").all_inner_texts()
        assert titles and all(label.startswith("Event") for label in labels)
        dates = [dt.datetime.strptime(label.split(" · ")[-1], "%d %B %Y") for label in labels]
        assert dates == sorted(dates, reverse=True) and len(dates) > 1
        screenshot(page, "search-page")
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            assert axe_violations(page) == [], scheme
        assert tab.watch.problems == []


# -- following annotations


MENTIONS = [
    # (article, the link as a reader sees it, the page it opens, that page's heading)
    (ARTICLE, "a.anno-person >> text='Rouhani'", "people/hassan-rouhani/", "Hassan Rouhani"),
    (ARTICLE, "a.anno-organisation >> text='Islamic State'", "organisations/daesh/", "Daesh (Islamic State)"),
    (ARTICLE, "a.anno-place >> text='US'", "places/united-states/", "United States"),
    ("articles/2020-09-27-iran-and-iraq-agree-to-boost-ties-in-high-level/",
     "a.anno-person >> text='Mohammed Bagher Ghalibaf'", "people/mohammad-baqer-qalibaf/", "Mohammad Baqer Qalibaf"),
    ("articles/2021-09-12-vice-president-iran-iraq-relations-play/", "a.anno-person >> text='Raeisi'",
     "people/ebrahim-raisi/", "Ebrahim Raisi"),
    (ARTICLE, "a.anno-event-link[aria-label^='Event: Fuad Hussein meets President Hassan Rouhani']",
     "events/2021-02-03-fuad-hussein-meets-rouhani/", "Fuad Hussein meets President Hassan Rouhani"),
    (LONG_ARTICLE, "a.anno-person >> text='The Leader'", "people/ali-khamenei/", "Ali Khamenei"),
]


@pytest.mark.parametrize("article, link, expected, heading", MENTIONS, ids=[m[2] for m in MENTIONS])
def test_clicking_a_mention_opens_its_page(chromium, served_url, article, link, expected, heading):
    """A click on a linked name or an event marker in an article opens that person's, thing's or event's page."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(article)
        tab.page.locator(link).first.click()
        expect(tab.page).to_have_url(served_url + expected)
        expect(tab.page.locator("h1")).to_have_text(heading)
        assert tab.watch.problems == []


def in_view_below_header(page: Page, selector: str) -> bool:
    """The element's top is on screen and not hidden under Material's sticky header."""
    return page.evaluate("""s => {
        const top = document.querySelector(s).getBoundingClientRect().top;
        const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
        return top >= header && top < window.innerHeight;
    }""", selector)


def test_paragraph_permalink_scrolls_to_and_highlights_the_paragraph(chromium, served_url):
    """The ¶ link of a paragraph far down the page makes it the target: scrolled into view, marked, citable."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(LONG_ARTICLE)
        page = tab.page
        assert not in_view_below_header(page, "#p-30")
        page.locator("#p-30 a.para-link").click()
        expect(page).to_have_url(served_url + LONG_ARTICLE + "#p-30")
        assert page.evaluate("document.querySelector('#p-30').matches(':target')")
        assert in_view_below_header(page, "#p-30")
        marked = page.evaluate("getComputedStyle(document.querySelector('#p-30'))")
        plain = page.evaluate("getComputedStyle(document.querySelector('#p-29'))")
        assert marked["outlineStyle"] == "solid" and plain["outlineStyle"] == "none"
        assert marked["backgroundColor"] != plain["backgroundColor"]
        screenshot(page, "article-paragraph-target", full_page=False)


def test_opening_a_cited_paragraph_address_shows_it_below_the_header(chromium, served_url):
    """A citation's address (#p-N) opened in a new tab lands on that paragraph, not under the header."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(LONG_ARTICLE + "#p-25")
        assert tab.page.evaluate("document.querySelector('#p-25').matches(':target')")
        assert in_view_below_header(tab.page, "#p-25")


# -- long listings


@pytest.mark.parametrize("viewport, rows", [(DESKTOP, 1), (PHONE, 2)])
def test_a_long_listings_pages_sit_in_a_row_with_the_current_one_filled(chromium, served_url, monkeypatch,
                                                                      viewport, rows):
    """The links to the pages of a listing longer than a page sit side by side (on a phone, the row may break
    once), each a target a finger can take, the current page filled with the theme's colour. The seeds make no
    listing that long: the pager here is the one a place's second page gets with pages of one article, set into
    the place's page."""
    monkeypatch.setattr(pages, "ARTICLES_PER_ENTITY_PAGE", 1)
    monkeypatch.setattr(pages, "ROWS_PER_ENTITY_PAGE", 1)
    second = {p.src_uri: p.html for p in render_pages(load_archive(ROOT))}["places/iran/2.md"]
    pager = re.search(r'<nav class="archive-pager".*?</nav>', second, re.S).group()
    with open_tab(chromium, served_url, viewport=viewport) as tab:
        tab.goto("places/iran/")
        page = tab.page
        page.evaluate("h => document.querySelector('article h1').insertAdjacentHTML('afterend', h)", pager)
        boxes = page.evaluate("""[...document.querySelectorAll('article .archive-pager li > :is(a, span)')]
            .map(e => { const r = e.getBoundingClientRect(); return [Math.round(r.top), r.height, r.width,
                        getComputedStyle(e).backgroundColor, e.getAttribute('aria-current')]; })""")
        assert len(boxes) == 7  # Previous, 1 to 5, Next
        assert len({top for top, *_ in boxes}) <= rows
        assert all(height >= 24 and width >= 24 for _, height, width, *_ in boxes)
        filled = [colour for *_, colour, current in boxes if current == "page"]
        assert filled and filled[0] != "rgba(0, 0, 0, 0)"
        assert all(colour == "rgba(0, 0, 0, 0)" for *_, colour, current in boxes if current != "page")


# -- the hover card


# The name on the card of a mention or an event marker: the article's list of names links each thing once, carrying
# its card.
CARD_NAME = ("e => [...document.querySelectorAll('[data-card-kind] a[data-card-line]')]"
             ".find(a => a.getAttribute('href') === e.getAttribute('href')).textContent")


def card_text(page: Page) -> str | None:
    """The card's text, or None while it is hidden."""
    return page.evaluate("(() => { const c = document.getElementById('anno-card');"
                         " return c && !c.hidden ? c.innerText : null; })()")


def test_card_appears_on_hover_and_goes_when_the_mouse_leaves(chromium, served_url):
    """Hovering a name shows its card: kind, name, role on the article's date, one line; it goes on leaving."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLE)
        mention = page.locator("a.anno-person >> text='Fuad Hussein'").first
        mention.hover()
        text = card_text(page)
        assert text is not None and text.split("\n")[:3] == ["PERSON", "Fuad Hussein",
                                                              "Minister of Foreign Affairs of Iraq"]
        assert mention.get_attribute("aria-describedby") == "anno-card"
        screenshot(page, "article-card-hover", full_page=False)
        page.mouse.move(5, 5)
        expect(page.locator("#anno-card")).to_be_hidden()
        assert mention.get_attribute("aria-describedby") is None


def test_card_is_reached_with_tab_and_dismissed_with_escape(chromium, served_url):
    """Tab alone reaches a name, which shows its card; Escape hides it and keeps the focus on the name."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLE)
        for _ in range(200):
            page.keyboard.press("Tab")
            focused = page.evaluate(f"document.activeElement.matches('a.anno') && ({CARD_NAME})(document.activeElement)")
            if focused:
                break
        else:
            pytest.fail("200 presses of Tab never reached a linked name")
        assert card_text(page).split("\n")[1] == focused
        assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "anno-card"
        screenshot(page, "article-card-keyboard", full_page=False)
        page.keyboard.press("Escape")
        expect(page.locator("#anno-card")).to_be_hidden()
        assert page.evaluate("document.activeElement.matches('a.anno')"), "Escape must not move the focus"
        page.keyboard.press("Tab")
        next_name = page.evaluate(f"({CARD_NAME})(document.activeElement)")
        assert next_name and card_text(page).split("\n")[1] == next_name, "the next name shows its own card"


def test_event_marker_card_on_keyboard_focus(chromium, served_url):
    """An event marker, which has no text, is focusable, named for screen readers, and shows its event's card."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLE)
        marker = page.locator("a.anno-event-link").first
        marker.focus()
        expect(marker).to_have_accessible_name(re.compile(r"^Event: .+, \d"))
        text = card_text(page)
        assert text is not None and text.startswith("EVENT\n" + marker.evaluate(CARD_NAME))
        page.keyboard.press("Escape")
        expect(page.locator("#anno-card")).to_be_hidden()


# -- accessibility


@pytest.mark.parametrize("scheme, material_scheme", PALETTES, ids=[p for p, _ in PALETTES])
@pytest.mark.parametrize("name, path", PAGES_AND_404, ids=[n for n, _ in PAGES_AND_404])
def test_no_serious_accessibility_violation(reading_tab, name, path, scheme, material_scheme):
    """axe-core finds no serious or critical violation, in the light palette and in the dark one."""
    tab = reading_tab(color_scheme=scheme)
    open_page(tab, path)
    page = tab.page
    assert page.evaluate("document.body.dataset.mdColorScheme") == material_scheme
    assert axe_violations(page) == []
    if path not in WALKED_BY_THE_READER_TESTS:
        screenshot(page, f"{name}-{scheme}")


@pytest.mark.parametrize("scheme", [p for p, _ in PALETTES])
def test_no_serious_accessibility_violation_with_search_results_open(chromium, served_url, scheme):
    """The open list of results, with a result chosen by the arrow keys, passes axe too, in both palettes."""
    with open_tab(chromium, served_url, color_scheme=scheme) as tab:
        tab.goto("")
        search(tab.page, "Ghalibaf")
        tab.page.keyboard.press("ArrowDown")
        assert axe_violations(tab.page) == []
        screenshot(tab.page, f"search-open-{scheme}", full_page=False)


def palette(page: Page) -> tuple[str, list[str], str | None, str | None]:
    """The page's palette as the reader meets it: the body's scheme, the toggle's shown labels, and the browser's
    color-scheme and theme-color."""
    return tuple(page.evaluate("""() => [document.body.dataset.mdColorScheme,
        [...document.querySelectorAll('.md-header__option label')].filter(l => !l.hidden).map(l => l.title),
        document.querySelector('meta[name="color-scheme"]')?.content ?? null,
        document.querySelector('meta[name="theme-color"]')?.content ?? null]"""))


LIGHT = ("default", ["Switch to dark mode"], "light", "#4051b5")
DARK = ("slate", ["Switch to light mode"], "dark", "#4051b5")


@pytest.mark.parametrize(("system", "first"), [("light", LIGHT), ("dark", DARK)])
def test_the_palette_follows_the_system_until_the_reader_switches_and_keeps_the_choice(chromium, served_url, system,
                                                                                     first):
    """On a first visit the page takes the system's light or dark palette, and the toggle offers the other one. A
    click switches; the next page opens in the palette chosen, whatever the system prefers, and axe finds nothing
    serious in it; Enter on the toggle switches back. The toggle shows the icon of the palette it leaves, drawn by
    the style sheet at Material's icon size (the tab's watch fails the test if the icon's file does not load)."""
    other = DARK if first == LIGHT else LIGHT
    with open_tab(chromium, served_url, color_scheme=system) as tab:
        tab.goto(ARTICLE)
        assert palette(tab.page) == first
        icon = {"default": "brightness-4.svg", "slate": "brightness-7.svg"}  # the palette the toggle leaves
        assert drawn_icon(tab.page.get_by_title(first[1][0])) == (icon[first[0]], 24, 24)
        tab.page.get_by_title(first[1][0]).click()
        assert palette(tab.page) == other
        assert drawn_icon(tab.page.get_by_title(other[1][0])) == (icon[other[0]], 24, 24)
        tab.goto(PERSON)
        assert palette(tab.page) == other
        assert axe_violations(tab.page) == []
        tab.page.locator(".md-option:checked").focus()
        tab.page.keyboard.press("Enter")
        assert palette(tab.page) == first
        tab.goto("")
        assert palette(tab.page) == first


def test_back_to_top_shows_its_arrow(chromium, served_url):
    """Scrolled down, then a little up, a long page offers the way back to its top, with Material's arrow beside the
    words."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(PERSON)
        tab.page.mouse.wheel(0, 1500)
        tab.page.wait_for_timeout(200)
        tab.page.mouse.wheel(0, -300)
        button = tab.page.get_by_role("button", name="Back to top")
        expect(button).to_be_visible()
        assert drawn_icon(button) == ("arrow-up.svg", 24, 24)
        button.click()
        tab.page.wait_for_function("window.scrollY === 0")


def drawn_icon(element: Locator) -> tuple[str, float, float]:
    """The file of the icon the style sheet draws before `element` (a CSS mask), and the drawn box's size in px."""
    mask, width, height = element.evaluate("""e => { const s = getComputedStyle(e, '::before');
        return [s.maskImage || s.webkitMaskImage, parseFloat(s.width), parseFloat(s.height)]; }""")
    return mask.rsplit("/", 1)[-1].rstrip('")'), width, height


# Every kind of annotation keeps a mark that is not a colour: (selector, property, value it must have).
NOT_BY_COLOUR = [
    ("a.anno-person", "textDecorationLine", "underline"),
    ("a.anno-organisation", "textDecorationLine", "underline"),
    ("a.anno-place", "textDecorationLine", "underline"),
    (".article-body p .anno-event", "borderBottomStyle", "dashed"),
    ("a.anno-event-link", "display", "inline-block"),
]


@pytest.mark.parametrize("scheme", [p for p, _ in PALETTES])
def test_annotation_is_not_conveyed_by_colour_alone(reading_tab, scheme):
    """Names are underlined, event passages carry a dashed line and a calendar marker (by default: quiet marks;
    test_reader.py checks the stronger ones a reader may ask for)."""
    tab = reading_tab(color_scheme=scheme)
    tab.goto(LONG_ARTICLE)
    page = tab.page
    for selector, prop, value in NOT_BY_COLOUR:
        found = page.evaluate("([s, p]) => { const e = document.querySelector(s);"
                              " return e && getComputedStyle(e)[p]; }", [selector, prop])
        assert found == value, f"{selector}: {prop} is {found!r}"
    bar = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.article-body p .anno-event'))"
                        ".borderBottomWidth)")
    marker = page.evaluate("document.querySelector('a.anno-event-link').getBoundingClientRect().width")
    assert bar >= 1 and marker >= 10


# -- phones


PHONE_PAGES = [(name, path) for name, path in PAGES_AND_404 if path not in WALKED_BY_THE_READER_TESTS]


@pytest.mark.parametrize("name, path", PHONE_PAGES, ids=[n for n, _ in PHONE_PAGES])
def test_nothing_scrolls_sideways_on_a_phone(reading_tab, name, path):
    """At 375 px wide the page is no wider than the screen, and so is the article header (the pages test_reader.py's
    walk checks at that width are left to it)."""
    tab = reading_tab(viewport=PHONE, is_mobile=True, has_touch=True)
    open_page(tab, path)
    page = tab.page
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1] == PHONE["width"], f"{path} is {widths[0]} px wide"
    wider = page.evaluate("""w => [...document.querySelectorAll('.md-content *')]
        .filter(e => e.getBoundingClientRect().right > w + 0.5 && getComputedStyle(e).position !== 'fixed')
        .filter(e => !e.closest('.md-typeset__scrollwrap, pre'))
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""", PHONE["width"])
    assert wider == [], f"reaching past the screen's right edge: {wider}"
    header = page.evaluate("(() => { const h = document.querySelector('.article-header');"
                           " return h && h.getBoundingClientRect().toJSON(); })()")
    if name in ("article", "article-long"):
        assert header is not None and 0 <= header["left"] and header["right"] <= PHONE["width"]
    screenshot(page, f"{name}-phone")


def test_cards_fit_a_phone(chromium, served_url):
    """The card of the name nearest the right edge stays on screen at 375 px."""
    with open_tab(chromium, served_url, viewport=PHONE, is_mobile=True, has_touch=True) as tab:
        tab.goto(ARTICLE)
        page = tab.page
        rightmost = page.evaluate("""(() => { let best = -1, right = -1;
            document.querySelectorAll('a.anno').forEach((a, i) => {
                const r = a.getBoundingClientRect().right; if (r > right) { right = r; best = i; } });
            return best; })()""")
        mention = page.locator("a.anno").nth(rightmost)
        mention.focus()
        box = page.locator("#anno-card").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        screenshot(page, "article-card-phone", full_page=False)
