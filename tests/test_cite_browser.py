"""Open data as readers meet it, in Chromium: the keyboard reaches the citation button beside a paragraph's ¶ link,
opens the panel, copies the plain citation and the BibTeX entry, and the page says that it copied (the clipboard is
read back); and every Web Annotation re-anchors on the article page as the browser holds it, cite buttons added."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from browsing import PHONE, axe_violations, open_tab, screenshot
from chronicle.build import load_archive
from chronicle.dates import human_day
from conftest import BUILT_ON, ROOT
from opencheck import SITE_URL, download

pytestmark = pytest.mark.browser

SLUG = "2021-02-06-iran-iraq-strong-ties-ensure-regional-security"
ARTICLE = f"articles/{SLUG}/"
ADDRESS = f"{SITE_URL}{ARTICLE}#p-3"  # the paragraph's published address, from the page's canonical link
PLAIN = ("EghtesadOnline, “Iran-Iraq Strong Ties Ensure Regional Security, Stability”, 6 February 2021, ¶\u00a03. "
         f"Iran–Iraq Relations News Archive, {ADDRESS} (archive built {human_day(BUILT_ON)}).")
BIBTEX = "\n".join([
    f"@misc{{{SLUG}:p-3,",
    "  author = {{EghtesadOnline}},",
    "  title = {Iran-Iraq Strong Ties Ensure Regional Security, Stability},",
    "  date = {2021-02-06},",
    "  year = {2021},",
    "  month = feb,",
    f"  url = {{{ADDRESS}}},",
    f"  urldate = {{{BUILT_ON.isoformat()}}},",
    f"  note = {{Paragraph 3. Archived in Iran–Iraq Relations News Archive, built {BUILT_ON.isoformat()}}},",
    "}",
])


def clipboard(page) -> str:  # noqa: ANN001 - Playwright's Page
    return page.evaluate("navigator.clipboard.readText()")


@pytest.mark.parametrize("viewport, name", [(None, "desktop"), (PHONE, "phone")])
def test_a_citation_is_copied_with_the_keyboard_and_says_so(chromium, served_url, viewport, name):
    """From the ¶ link, Tab reaches the citation button; Enter opens the panel on its first copy button; Enter copies
    the plain citation, Tab and Enter the BibTeX entry, each announced; Escape closes and gives the focus back."""
    options = {"viewport": viewport, "is_mobile": True, "has_touch": True} if viewport else {}
    with open_tab(chromium, served_url, **options) as tab:
        page = tab.page
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto(ARTICLE)
        page.locator("#p-3 a.para-link").focus()
        page.keyboard.press("Tab")
        button = page.locator("#p-3 button.para-cite")
        expect(button).to_be_focused()
        expect(button).to_have_attribute("aria-label", "Cite paragraph 3")
        expect(button).to_have_attribute("aria-haspopup", "dialog")
        expect(button).to_have_attribute("aria-expanded", "false")
        page.keyboard.press("Enter")
        panel = page.locator("#cite-panel")
        expect(panel).to_be_visible()
        expect(button).to_have_attribute("aria-expanded", "true")
        expect(page.locator("#cite-panel .cite-copy").first).to_be_focused()
        assert page.locator("#cite-plain").inner_text() == PLAIN
        page.keyboard.press("Enter")
        expect(page.locator("#cite-status")).to_have_text("Copied the citation.")
        assert clipboard(page) == PLAIN
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Copy BibTeX")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.locator("#cite-status")).to_have_text("Copied the BibTeX entry.")
        assert clipboard(page) == BIBTEX
        box = panel.bounding_box()
        width = page.evaluate("document.documentElement.clientWidth")
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        screenshot(page, f"article-cite-{name}", full_page=False)
        if not viewport:
            assert axe_violations(page) == []
        page.keyboard.press("Escape")
        expect(panel).to_be_hidden()
        expect(button).to_be_focused()
        expect(button).to_have_attribute("aria-expanded", "false")
        assert tab.watch.problems == []


def test_every_paragraph_has_its_citation_button_and_the_text_stays_the_paragraph_s(chromium, served_url):
    """Each paragraph gets a button beside its ¶ link, which stays a link to the paragraph; the button adds no text."""
    article = load_archive(ROOT).by_slug[SLUG]
    with open_tab(chromium, served_url) as tab:
        tab.goto(ARTICLE)
        shown = tab.page.evaluate("""[...document.querySelectorAll('.article-body p.para')].map(p => [p.id,
            p.textContent, !!p.querySelector('a.para-link[href="#' + p.id + '"] + button.para-cite')])""")
        assert shown == [[b.anchor, b.text, True] for b in article.blocks if b.kind == "p"]


def test_every_web_annotation_re_anchors_in_the_browser(chromium, served_url, site):
    """For every mention and event passage: on its article page, the text of the element its fragment names, counted
    in code points, holds its exact text at its position, as the annotation says."""
    by_page: dict[str, list[tuple[str, int, int, str]]] = {}
    for name in ("mentions", "passages"):
        data = download(site, name)
        for note in data["first"]["items"]:
            (fragment, quote), (_, position) = ((s["value"], s["refinedBy"]) for s in note["target"]["selector"])
            by_page.setdefault(note["target"]["source"][len(SITE_URL):], []).append(
                (fragment, position["start"], position["end"], quote["exact"]))
    assert len(by_page) == len(load_archive(ROOT).articles)
    with open_tab(chromium, served_url) as tab:
        for path, notes in sorted(by_page.items()):
            tab.goto(path)
            found = tab.page.evaluate("""notes => notes.map(([id, start, end]) =>
                Array.from(document.getElementById(id).textContent).slice(start, end).join(''))""", notes)
            assert found == [exact for *_, exact in notes], path
        assert tab.watch.problems == []
