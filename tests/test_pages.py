"""Page-building helpers: links between pages, and pagination."""

import html

import pytest

from chronicle import pages
from chronicle.annotate import text_escaper
from chronicle.build import load_archive, render_pages
from chronicle.pages import paginate, relative_url
from conftest import ROOT


@pytest.mark.parametrize("here, target, expected", [
    ("people/x/", "people/y/", "../../people/y/"),
    ("people/x/", "people/x/", "./"),
    ("people/x/", "", "../../"),
    ("people/x/2/", "articles/a/#p-3", "../../../articles/a/#p-3"),
    ("", "people/", "people/"),
    ("people/", "people/", "./"),
    ("people/x/", "people/x/#roles", "./#roles"),
])
def test_relative_url(here, target, expected):
    """Links are relative, so the site works under any sub-path."""
    assert relative_url(here, target) == expected


@pytest.mark.parametrize("here, src_uri, anchor", [
    ("people/x/", "people/y.md", ""),
    ("people/x/", "people/x.md", ""),
    ("people/x/", "people/x.md", "roles"),
    ("people/x/2/", "articles/a.md", "p-3"),
    ("people/x/", "index.md", ""),
    ("", "people/index.md", ""),
    ("", "index.md", ""),
    ("", "index.md", "latest-articles"),
    ("people/", "people/index.md", ""),
    ("events/pages/2/", "events/index.md", "y2020"),
])
def test_renderer_url_is_relative_url(here, src_uri, anchor):
    """The renderer's links, worked out once per page, are relative_url's."""
    renderer = pages.Renderer(load_archive(ROOT), {})
    renderer.here = here
    expected = relative_url(here, pages.page_url(src_uri) + ("#" + anchor if anchor else ""))
    assert renderer.url(src_uri, anchor) == expected


@pytest.mark.parametrize("text", ["plain words, “quoted”, it’s", "a & b", "<b>bold</b>", "x > y", "&amp;", ""])
def test_text_escaper_escapes_every_piece_as_html_escape_does(text):
    """Whichever escaper a paragraph gets, each piece of it comes out as html.escape(quote=False) makes it."""
    escape = text_escaper(text)
    pieces = [text[i:j] for i in range(len(text) + 1) for j in range(i, len(text) + 1)]
    assert [escape(piece) for piece in pieces] == [html.escape(piece, quote=False) for piece in pieces]


def test_paginate_splits_and_names_pages():
    chunks = paginate(list(range(5)), "people/index.md", "people/pages/{}.md", 2)
    assert [c for c, _ in chunks] == [[0, 1], [2, 3], [4]]
    pager = chunks[1][1]
    assert (pager.number, pager.count, pager.first, pager.last, pager.total) == (2, 3, 3, 4, 5)
    assert pager.src_uris == ("people/index.md", "people/pages/2.md", "people/pages/3.md")


def test_pager_window_marks_gaps():
    [(_, pager)] = [c for c in paginate(list(range(100)), "a.md", "a/{}.md", 10)][4:5]
    assert [w and w[0] for w in pager.window()] == [1, None, 3, 4, 5, 6, 7, None, 10]


def test_paginate_makes_at_least_the_pages_asked_for():
    """An entity's page lists its articles and its events in slices of one size: the longer list sets the pages."""
    chunks = paginate([1, 2, 3], "a.md", "a/{}.md", 2, at_least=3)
    assert [c for c, _ in chunks] == [[1, 2], [3], []]
    assert [p.src_uris[p.number - 1] for _, p in chunks] == ["a.md", "a/2.md", "a/3.md"]


def test_long_listings_continue_on_further_pages(monkeypatch):
    """A place named in more articles than a page lists gets continuation pages, each bounded."""
    monkeypatch.setattr(pages, "ARTICLES_PER_ENTITY_PAGE", 2)
    monkeypatch.setattr(pages, "ITEMS_PER_INDEX_PAGE", 3)
    out = {p.src_uri: p for p in render_pages(load_archive(ROOT))}
    assert {"places/iran.md", "places/iran/2.md", "places/iran/3.md"} <= set(out)
    assert "places/iran/4.md" not in out  # five articles name Iran: pages of two
    assert out["places/iran/2.md"].section == "" and out["places/iran.md"].section == "Place"  # one to find
    assert {"articles/index.md", "articles/pages/2.md"} <= set(out)
    second = out["places/iran/2.md"].html
    assert second.count('<section class="sighting">') == 2
    assert 'aria-current="page">2<' in second
