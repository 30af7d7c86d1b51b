"""The reader's view, measured in Debian's Chromium: an article's text is on the first screen, marks cover the words
that report events and not whole paragraphs, the reader's choice of marks works and is kept, the timelines' and
networks' links lead where they say and their numbers are those of the pages they lead to, the keyboard reaches every
node, every page kind passes axe in both palettes and fits a phone, the section's tab and the way back are shown,
tables keep their words whole. Screenshots of every page kind at both widths and in both palettes go to
test-artifacts/reader-*.png; the measures to test-artifacts/reader-measures.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from browsing import ARTIFACTS, Tab, axe_violations, open_tab, screenshot, settle
from conftest import held

pytestmark = pytest.mark.browser

ARTICLES = [
    "articles/2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us/",
    "articles/2020-09-27-iran-and-iraq-agree-to-boost-ties-in-high-level/",
    "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/",
    "articles/2021-09-12-vice-president-iran-iraq-relations-play/",
    "articles/2022-11-29-leader-underlines-tehran-baghdad-security/",
]
# Every kind of page: (name, path, the tab that must be marked as its section's)
KINDS = [
    ("home", "", "Home"),
    ("article", ARTICLES[2], "Articles"),
    ("person", "people/mohammad-baqer-qalibaf/", "People"),
    ("organisation", "organisations/daesh/", "Organisations"),
    ("place", "places/tehran/", "Places"),
    ("event", "events/2020-07-21-kadhimi-visit-to-tehran/", "Events"),
    ("articles-index", "articles/", "Articles"),
    ("people-index", "people/", "People"),
    ("events-index", "events/", "Events"),
    ("organisations-index", "organisations/", "Organisations"),
    ("places-index", "places/", "Places"),
    ("method", "method/", "Method"),
]
AXE_HERE = {"article", "organisation", "place", "event", "people-index"}  # the others: test_browser.py
PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 800}
MEASURES: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def write_measures():
    """What the tests measured, as a table a person can read (test-artifacts/reader-measures.md)."""
    yield
    if MEASURES:  # the tests may run in several processes: each adds its rows to what the others wrote, in turn
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / "reader-measures.md"
        with held(ARTIFACTS / ".reader-measures.lock"):
            add_measures(path)


def add_measures(path: Path) -> None:
    rows = dict(line[2:-2].split(" | ", 1) for line in (path.read_text(encoding="utf-8").splitlines()[2:]
                                                      if path.exists() else []) if line.startswith("| "))
    rows.update(MEASURES)
    lines = ["| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(rows.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- the text first


@pytest.mark.parametrize("viewport, limit", [(PHONE, 600), (DESKTOP, 500)], ids=["375x800", "1280x800"])
def test_the_article_text_comes_first(chromium, served_url, viewport, limit):
    """The article's text (its first block, often a photo caption) starts in the top half of the first screen, and
    its first paragraph with room below it: on a phone at most 600 px down of 800, on a desktop at most 500 (before,
    the header of facts and names put it 1,590 and 1,018 px down)."""
    late = []
    with open_tab(chromium, served_url, viewport=viewport) as tab:
        for path in ARTICLES:
            tab.goto(path)
            text, paragraph = tab.page.evaluate("""['.article-body > *', '.article-body p.para'].map(
                s => document.querySelector(s).getBoundingClientRect().top + window.scrollY)""")
            MEASURES[f"text starts / first paragraph, {path.split('/')[1][:10]}, {viewport['width']}x800"] = \
                f"{text:.0f} / {paragraph:.0f} px"
            if text > 400 or paragraph > limit:
                late.append(f"{path}: the text starts {text:.0f} px down, the first paragraph {paragraph:.0f} px")
        assert late == [] and tab.watch.problems == []


WORDS_IN_MARKS = """() => {
    const body = document.querySelector('.article-body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let all = 0, marked = 0;
    const paragraphs = new Map();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const words = n.data.split(/\\s+/).filter(Boolean).length;
        const inMark = !!n.parentElement.closest('.anno-event');
        all += words; marked += inMark ? words : 0;
        const p = n.parentElement.closest('p.para');
        if (p) { const c = paragraphs.get(p) || [0, 0]; paragraphs.set(p, [c[0] + words, c[1] + (inMark ? words : 0)]); }
    }
    const whole = [...paragraphs.values()].filter(([w, m]) => w > 0 && m / w > 0.9).length;
    return {all, marked, paragraphs: paragraphs.size, whole};
}"""


def test_event_marks_cover_the_reporting_words_not_whole_paragraphs(chromium, served_url):
    """At most 40 % of an article's words are inside event marks (57 to 91 % were, when passages were copied as whole
    sentences), and no more than one paragraph in ten is marked nearly whole."""
    too_much = []
    with open_tab(chromium, served_url) as tab:
        for path in ARTICLES:
            tab.goto(path)
            found = tab.page.evaluate(WORDS_IN_MARKS)
            share = found["marked"] / found["all"]
            MEASURES[f"words in event marks, {path.split('/')[1][:10]}"] = \
                f"{found['marked']} of {found['all']} ({share:.0%}); paragraphs marked nearly whole: " \
                f"{found['whole']} of {found['paragraphs']}"
            if not 0 < share <= 0.40 or found["whole"] > found["paragraphs"] / 10:
                too_much.append((path, found))
    assert too_much == []


# -- the reader's marks


def styles(page: Page) -> dict:
    return page.evaluate("""() => {
        const name = getComputedStyle(document.querySelector('.article-body a.anno'));
        const ev = getComputedStyle(document.querySelector('.article-body p .anno-event'));
        return {nameLine: name.textDecorationLine, eventBorder: ev.borderBottomStyle,
                eventBackground: ev.backgroundColor,
                names: document.querySelector('#marks-names').checked,
                events: document.querySelector('#marks-events').checked};
    }""")


def test_marks_are_quiet_by_default_stronger_on_demand_and_the_choice_is_kept(chromium, served_url):
    """By default names are underlined and event passages carry a dashed line, without a tint; ticking 'Highlight
    events' tints them with a solid bar, unticking 'Underline names' takes the names' lines away; the choice holds
    on another article and after a reload. Pointing at an event marker highlights its passage alone."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLES[0])
        quiet = styles(page)
        assert quiet == {"nameLine": "underline", "eventBorder": "dashed", "eventBackground": "rgba(0, 0, 0, 0)",
                         "names": True, "events": False}
        screenshot(page, "reader-marks-quiet", full_page=False)
        page.get_by_label("Highlight events").check()
        assert axe_violations(page) == []  # the tint keeps the text's contrast
        page.get_by_label("Underline names").uncheck()  # names then show as links on hover and focus only
        strong = styles(page)
        assert strong["eventBorder"] == "solid" and strong["eventBackground"] != quiet["eventBackground"]
        assert strong["nameLine"] == "none"
        screenshot(page, "reader-marks-strong", full_page=False)
        tab.goto(ARTICLES[3])
        assert styles(page) == strong
        page.reload(wait_until="load")
        assert styles(page) == strong
        page.get_by_label("Highlight events").uncheck()
        page.get_by_label("Underline names").check()
        marker = page.locator(".article-body p a.anno-event-link").first
        marker.hover()
        lit = page.evaluate("""() => [...document.querySelectorAll('.article-body .anno-event')]
            .filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length""")
        assert lit == 1
        assert tab.watch.problems == []


def test_the_article_facts_are_one_click_away_grouped_by_kind(chromium, served_url):
    """The byline gives outlet (a link where it has a page) and date; 'About this article' opens the facts, the
    events it reports before the earlier ones (a visit before its meetings), and who and what it names by kind."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLES[0])
        details = page.locator("details.article-about")
        expect(details.locator("dl.archive-facts")).to_be_hidden()
        details.locator("summary").click()
        expect(details.locator("dl.archive-facts")).to_be_visible()
        headings = details.locator("h2").all_inner_texts()
        assert headings[:2] == ["Events it reports", "Earlier events it refers to"]
        assert [h.split(" (")[0] for h in headings[2:]] == ["People", "Organisations", "Places"]
        reported = details.locator("ul.archive-events").first.locator("li").all_inner_texts()
        assert reported[0].startswith("Mustafa al-Kadhimi’s visit to Tehran (July 2020)")
        assert any(r.startswith("Kadhimi meets Ayatollah Ali Khamenei") for r in reported[1:])
        earlier = details.locator("ul.archive-events").nth(1).locator("li").all_inner_texts()
        assert earlier[0].startswith("War against Daesh in Iraq")
        assert page.locator(".article-byline").inner_text().startswith("Iran Daily")
        screenshot(page, "reader-article-facts", full_page=False)
        tab.goto(ARTICLES[2])
        outlet = page.locator(".article-byline .byline-outlet a")
        expect(outlet).to_have_text("EghtesadOnline")
        follow(tab, outlet)
        expect(page.locator("h1")).to_have_text("EghtesadOnline")
        assert tab.watch.problems == []


def test_a_card_does_not_say_the_role_twice(chromium, served_url):
    """A card whose one line begins with the role (a prime minister described as 'Prime minister of Iraq from ...')
    shows the line alone."""
    with open_tab(chromium, served_url) as tab:
        tab.goto(ARTICLES[0])
        tab.page.locator("a.anno-person >> text='Kadhimi'").first.hover()
        card = tab.page.locator("#anno-card")
        expect(card).to_be_visible()
        assert card.inner_text().split("\n") == ["PERSON", "Mustafa al-Kadhimi",
                                                "Prime minister of Iraq from May 2020 to October 2022."]


# -- orientation


def follow(tab: Tab, link) -> None:  # noqa: ANN001 - a Playwright locator
    """Click a link and wait until the page it opens is quiet: leaving a page before it has loaded its search index
    would abort that request, which the watch reports."""
    with tab.page.expect_navigation():
        link.click()
    settle(tab.page, tab.watch)


def test_the_section_tab_is_marked_on_every_page(chromium, served_url):
    marked = {}
    with open_tab(chromium, served_url) as tab:
        for name, path, _ in KINDS:
            tab.goto(path)
            expect(tab.page.locator(".md-tabs__item--active")).to_have_count(1)
            marked[name] = tab.page.locator(".md-tabs__item--active").inner_text().strip()
        assert marked == {name: tab_name for name, _, tab_name in KINDS}
        assert tab.watch.problems == []


CRUMBS = [
    (ARTICLES[2], ["Home", "Articles"]),
    ("people/mohammad-baqer-qalibaf/", ["Home", "People", "Iran"]),
    ("organisations/daesh/", ["Home", "Organisations", "Terrorist group"]),
    ("places/tehran/", ["Home", "Places", "City"]),
    ("events/2020-07-21-kadhimi-meets-khamenei/", ["Home", "Events", "2020",
                                                   "Mustafa al-Kadhimi’s visit to Tehran (July 2020)"]),
]


def test_breadcrumbs_lead_back_to_where_the_page_is_listed(chromium, served_url):
    """Each step is a link; the last leads to the group (a country, a kind, a year) on the section's index, or to
    the event that holds this one."""
    with open_tab(chromium, served_url) as tab:
        for path, crumbs in CRUMBS:
            tab.goto(path)
            links = tab.page.locator("nav.archive-crumbs a")
            assert links.all_inner_texts() == crumbs
            follow(tab, links.last)
            target = tab.page.evaluate("location.hash.slice(1)")
            if target:
                assert tab.page.evaluate("h => document.getElementById(h).textContent.trim()", target) == crumbs[-1]
            else:
                expect(tab.page.locator("h1")).to_have_text(crumbs[-1])
        assert tab.watch.problems == []


def test_previous_and_next_articles_by_date(chromium, served_url):
    """Walking 'Next' from the oldest article visits every article in date order; the newest has no 'Next'."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(ARTICLES[0])
        expect(page.locator("a.neighbour-previous")).to_have_count(0)
        seen = [page.url]
        while page.locator("a.neighbour-next").count():
            follow(tab, page.locator("a.neighbour-next"))
            seen.append(page.url)
        assert seen == [served_url + p for p in ARTICLES]
        follow(tab, page.locator("a.neighbour-previous"))
        expect(page).to_have_url(served_url + ARTICLES[3])
        assert tab.watch.problems == []


# -- pictures: links resolve, numbers match, the keyboard reaches every node

FOLLOW = """async (links) => {
    const out = [];
    for (const [href, extra] of links) {
        const r = await fetch(href);
        const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
        out.push({href, status: r.status, h1: doc.querySelector('h1')?.textContent.trim(),
                  reports: doc.querySelectorAll('section.report').length,
                  named: doc.querySelector('#articles + p')?.textContent.trim() || '',
                  spelled: [...doc.querySelectorAll('dd.spellings .archive-meta')]
                      .reduce((n, e) => n + parseInt(e.textContent.replace('×', ''), 10), 0),
                  extra});
    }
    return out;
}"""


def test_timeline_links_resolve_and_their_counts_are_the_event_pages(chromium, served_url):
    """Every event on a timeline links to its page, and the number of articles it shows is the number of articles
    that page lists."""
    with open_tab(chromium, served_url) as tab:
        for path in ("", "events/", "people/mohammad-baqer-qalibaf/", "places/tehran/",
                     "events/2020-07-21-kadhimi-visit-to-tehran/"):
            check_timeline(tab, path)
        assert tab.watch.problems == []


def check_timeline(tab: Tab, path: str) -> None:
    """One page's timeline: each event's link and count against the event's page."""
    tab.goto(path)
    items = tab.page.evaluate("""[...document.querySelectorAll('li.tl-event')].map(li => [
        li.querySelector(':scope > .tl-what a.tl-link').href,
        [li.querySelector(':scope > .tl-what a.tl-link').textContent,
         parseInt(li.querySelector(':scope > .tl-count').dataset.articles, 10),
         li.querySelector(':scope > .tl-count').textContent.trim()]])""")
    assert items, "no timeline on the page"
    for found in tab.page.evaluate(FOLLOW, items):
        name, count, shown = found["extra"]
        assert found["status"] == 200 and found["h1"] == name, found
        assert found["reports"] == count and shown == f"{count} article{'s' if count != 1 else ''}", found


def node_links(page: Page) -> list[list]:
    return page.evaluate("""[...document.querySelectorAll('svg.chart-network a.net-link')].map(a => [
        a.getAttribute('href'), a.querySelector('title').textContent])""")


def test_network_nodes_link_to_their_pages_and_say_their_numbers(chromium, served_url):
    """Every node leads to its entity's page; the times it says the articles name it are the page's spellings
    counted, and the articles, the articles that page lists. Every node is in the text alternative next to it."""
    with open_tab(chromium, served_url) as tab:
        for path in ("people/", "people/mohammad-baqer-qalibaf/", "organisations/daesh/"):
            check_network(tab, path)
        assert tab.watch.problems == []


def check_network(tab: Tab, path: str) -> None:
    """One page's network: each node's link and numbers against its page, and the text alternative."""
    tab.goto(path)
    nodes = node_links(tab.page)
    assert len(nodes) >= 9
    for found in tab.page.evaluate(FOLLOW, nodes):
        label = found["extra"]
        m = re.fullmatch(r"(.+): named (once|\d+ times) in (\d+) articles?", label)
        assert found["status"] == 200 and m and found["h1"] == m[1], found
        times = 1 if m[2] == "once" else int(m[2].split()[0])
        assert found["spelled"] == times, found
        assert found["named"].startswith(f"Named in {m[3]} article"), found
    alternative = tab.page.evaluate("""[...document.querySelectorAll(
        '.chart-network-figure .network-list a, table.archive-ties a')].map(a => a.href)""")
    absolute = set(tab.page.evaluate("hs => hs.map(h => new URL(h, location.href).href)", [h for h, _ in nodes]))
    assert absolute - {tab.page.url} <= set(alternative), "a node missing from the text alternative"


@pytest.mark.parametrize("path, selector", [
    ("people/", "svg.chart-network a.net-link"),
    ("people/mohammad-baqer-qalibaf/", "svg.chart-network a.net-link"),
    ("", "a.tl-link"),
])
def test_the_keyboard_reaches_every_node(chromium, served_url, path, selector):
    """Tab alone moves through every node of the picture, each showing a visible focus ring. The page records each
    node the focus lands on, with its ring as drawn then; the test reads the record every 20 presses."""
    with open_tab(chromium, served_url) as tab:
        page = tab.page
        tab.goto(path)
        wanted = page.locator(selector).count()
        page.evaluate("""s => { window.archiveFocused = [];
            document.addEventListener('focusin', () => {
                const a = document.activeElement, i = [...document.querySelectorAll(s)].indexOf(a);
                if (i < 0) return;
                const n = a.querySelector('.net-node');
                window.archiveFocused.push([i, n ? getComputedStyle(n).strokeWidth : getComputedStyle(a).outlineStyle]);
            }); }""", selector)
        focused: list[list] = []
        reached: set[int] = set()
        for presses in range(1, 401):
            page.keyboard.press("Tab")
            if presses % 20 == 0 or presses == 400:
                focused = page.evaluate("window.archiveFocused")
                reached = {i for i, _ in focused}
                if len(reached) == wanted:
                    break
        assert len(reached) == wanted, f"Tab reached {len(reached)} of {wanted} nodes"
        assert [ring for _, ring in focused if ring in ("none", "1.5px")] == [], "a node focused without a ring"


# -- every page kind: axe in both palettes, nothing sideways on a phone, screenshots


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_kind_passes_axe_fits_a_phone_and_is_screenshotted(chromium, served_url, scheme, viewport):
    """For each kind of page, at 375 or 1280 px: nothing reaches past the screen's edges (at 375), axe finds
    nothing serious (at 1280; on the kinds and states test_browser.py does not check), and a screenshot is saved for a
    person to look at. A run a palette and width, so that the four share out between the test processes."""
    failures = []
    with open_tab(chromium, served_url, viewport=viewport, color_scheme=scheme,
                  is_mobile=viewport == PHONE, has_touch=viewport == PHONE) as tab:
        for name, path, _ in KINDS:
            page = tab.page
            response = page.goto(served_url + path, wait_until="load")
            assert response is not None and response.status == 200, path
            if name == "article":  # with its facts open, the widest it gets
                page.locator("details.article-about summary").click()
            if name == "people-index":  # with the network's text alternative open
                page.locator("details.chart-data summary").click()
            if viewport == PHONE:
                wide = page.evaluate("""w => [document.documentElement.scrollWidth,
                    ...[...document.querySelectorAll('.md-content *')]
                        .filter(e => (r => r.right > w + 0.5 || r.left < -0.5)(e.getBoundingClientRect())
                                     && !e.closest('svg'))
                        .map(e => e.tagName + '.' + e.className).slice(0, 3)]""", PHONE["width"])
                if wide[0] > PHONE["width"] or len(wide) > 1:
                    failures.append(f"{name}: past the phone's edges: {wide}")
                svg = page.evaluate("""w => [...document.querySelectorAll('.md-content svg')]
                    .filter(s => s.getBoundingClientRect().right > w + 0.5).length""", PHONE["width"])
                if svg:
                    failures.append(f"{name}: {svg} pictures wider than the phone")
            elif name in AXE_HERE:
                failures += [f"{name}: {v}" for v in axe_violations(page)]
            screenshot(page, f"reader-{name}-{viewport['width']}-{scheme}")
        failures += tab.watch.problems
    assert failures == []


# -- tables


def test_tables_use_the_width_keep_words_whole_and_align_headers_with_values(chromium, served_url):
    """On a phone and a desktop: a table is as wide as its column, no word in a cell is cut across two lines,
    and each header is aligned as its column's values are (numbers right, text left)."""
    paths = ["articles/", "people/mohammad-baqer-qalibaf/"]
    for viewport in (PHONE, DESKTOP):
        with open_tab(chromium, served_url, viewport=viewport) as tab:
            for path in paths:
                tab.goto(path)
                for details in tab.page.locator("details.chart-data").all():
                    details.locator("summary").click()
                found = tab.page.evaluate("""() => [...document.querySelectorAll('table.archive-table')].map(t => {
                    const broken = [];
                    const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
                    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                        for (const m of n.data.matchAll(/[^\\s\\-\u2010\u2013]+/g)) {  // a line may end at a hyphen
                            const r = document.createRange();
                            r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                            const lines = new Set([...r.getClientRects()].map(c => Math.round(c.top)));
                            if (lines.size > 1) broken.push(m[0]);
                        }
                    }
                    const misaligned = [];
                    const heads = [...t.querySelectorAll('thead th')];
                    t.querySelectorAll('tbody tr').forEach(tr => [...tr.children].forEach((td, i) => {
                        const a = getComputedStyle(heads[i]).textAlign, b = getComputedStyle(td).textAlign;
                        const norm = x => (x === 'start' ? 'left' : x === 'end' ? 'right' : x);
                        if (norm(a) !== norm(b)) misaligned.push(heads[i].textContent);
                    }));
                    const column = t.closest('.md-content__inner').getBoundingClientRect().width;
                    return {broken, misaligned: [...new Set(misaligned)],
                            share: t.getBoundingClientRect().width / column,
                            visible: t.getBoundingClientRect().width > 0};
                })""")
                assert found, path
                for table in found:
                    if not table["visible"]:
                        continue
                    assert table["broken"] == [] and table["misaligned"] == [], (path, viewport, table)
                    assert table["share"] > 0.95, (path, viewport, table)
            if viewport is PHONE:
                screenshot(tab.page, "reader-table-phone")
