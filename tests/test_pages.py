"""Page-building helpers: links between pages, and pagination."""

import html
import re
import shutil

import pytest

from chronicle import pages
from chronicle.annotate import text_escaper
from chronicle.build import load_archive, render_pages
from chronicle.pages import relative_url
from chronicle.paging import paginate
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


def test_paginate_continues_in_pages_of_another_size():
    chunks = paginate(list(range(7)), "a.md", "a/{}.md", 2, more_size=3)
    assert [c for c, _ in chunks] == [[0, 1], [2, 3, 4], [5, 6]]
    assert [(p.first, p.last) for _, p in chunks] == [(1, 2), (3, 5), (6, 7)]
    assert [c for c, _ in paginate([], "a.md", "a/{}.md", 2, more_size=3)] == [[]]


def test_long_listings_continue_on_further_pages(monkeypatch):
    """A place named in more articles than a page lists gets continuation pages, each bounded."""
    monkeypatch.setattr(pages, "ARTICLES_PER_ENTITY_PAGE", 2)
    monkeypatch.setattr(pages, "ROWS_PER_ENTITY_PAGE", 2)
    monkeypatch.setattr(pages, "ITEMS_PER_INDEX_PAGE", 3)
    out = {p.src_uri: p for p in render_pages(load_archive(ROOT))}
    assert {"places/iran.md", "places/iran/2.md", "places/iran/3.md"} <= set(out)
    assert "places/iran/4.md" not in out  # five articles name Iran: pages of two
    assert out["places/iran/2.md"].section == "" and out["places/iran.md"].section == "Place"  # one to find
    assert {"articles/index.md", "articles/pages/2.md"} <= set(out)
    assert out["places/iran.md"].html.count('<section class="sighting">') == 2
    assert 'aria-current="page">2<' in out["places/iran/2.md"].html


def test_a_place_continues_a_line_an_article_and_a_person_with_the_sentences(monkeypatch):
    """After its first page, a place's or an organisation's page lists each article in one line, linked to the
    paragraph that first names it, with how many times it does, and more of them to a page; a person's keeps
    quoting every sentence, with more articles to a page than the first (which has the charts)."""
    monkeypatch.setattr(pages, "ARTICLES_PER_ENTITY_PAGE", 1)
    monkeypatch.setattr(pages, "ROWS_PER_ENTITY_PAGE", 3)
    monkeypatch.setattr(pages, "QUOTED_PER_CONTINUATION_PAGE", 2)
    archive = load_archive(ROOT)
    out = {p.src_uri: p.html for p in render_pages(archive)}
    by_article: dict[str, list] = {}
    for s in archive.sightings["iran"]:
        by_article.setdefault(s.article.slug, []).append(s)
    assert len(by_article) == 5 and "places/iran/3.md" in out and "places/iran/4.md" not in out  # 1, then 3 and 1
    second = out["places/iran/2.md"]
    assert "<q>" not in second and '<section class="sighting">' not in second
    rows = second.split('<ol class="article-rows" start="2">', 1)[1].split("</ol>", 1)[0].split("</li>")[:-1]
    assert len(rows) == 3
    for row, (slug, ss) in zip(rows, list(by_article.items())[1:4]):
        assert f'href="../../../articles/{slug}/#{ss[0].block.anchor}">{pages.place_label(ss[0].block.anchor)}</a>' in row
        times = sum(len(s.marks) for s in ss)
        assert (f"(named {times} times)" in row) == (times > 1)
    person = max(archive.registry.entities.values(), key=lambda e: len({s.article.slug for s in archive.sightings.get(
        e.id, ())}) if e.kind == "person" else 0)
    more = out[f"people/{person.id}/2.md"]
    assert '<section class="sighting">' in more and "<li><q>" in more and "article-rows" not in more
    named_in = len({s.article.slug for s in archive.sightings[person.id]})
    assert named_in >= 3 and more.count('<section class="sighting">') == 2  # 1 on the first page, 2 on each next
    last = 1 + -(-(named_in - 1) // 2)
    assert f"people/{person.id}/{last}.md" in out and f"people/{person.id}/{last + 1}.md" not in out


def test_the_method_page_says_how_many_articles_a_page_quotes_and_lists():
    method = " ".join((ROOT / "docs" / "method.md").read_text(encoding="utf-8").split())
    assert f"Past its first {pages.ARTICLES_PER_ENTITY_PAGE} articles" in method
    assert f"{pages.ROWS_PER_ENTITY_PAGE} to a page" in method


def test_a_person_page_quotes_every_sentence_and_a_place_page_the_first_in_each_article():
    """Every sentence naming a person is quoted on their page; a place's page quotes the first sentence of each
    article that names it and the number of every other paragraph that does, each once."""
    archive = load_archive(ROOT)
    out = {p.src_uri: p.html for p in render_pages(archive)}
    for entity_id, src_uri, every in (("hassan-rouhani", "people/hassan-rouhani.md", True),
                                      ("tehran", "places/tehran.md", False)):
        sightings = archive.sightings[entity_id]
        by_article: dict[str, list] = {}
        for s in sightings:
            by_article.setdefault(s.article.slug, []).append(s)
        page = out[src_uri]
        quoted = sightings if every else [ss[0] for ss in by_article.values()]
        assert page.count("<li><q>") == len(quoted) < (len(sightings) if not every else len(sightings) + 1)
        for s in quoted:
            assert f'#{s.block.anchor}">' in page
        more = page.count('<p class="sighting-more archive-meta">')
        assert more == (0 if every else sum(1 for ss in by_article.values() if len(ss) > 1)) and (every or more)
        if not every:
            slug, ss = next((slug, ss) for slug, ss in by_article.items() if len({s.block.anchor for s in ss[1:]}) > 1)
            line = page.split(f'href="../../articles/{slug}/"', 1)[1].split("</section>", 1)[0]
            again = line.split("again in ", 1)[1].split(".</p>", 1)[0]
            assert again == ", ".join(pages.place_label(a) for a in dict.fromkeys(s.block.anchor for s in ss[1:]))
            assert f"Named {sum(len(s.marks) for s in ss)} times in the article" in line


@pytest.mark.parametrize("name, attrs", [
    ("Fuad Hussein", ' data-pagefind-filter="person"'),
    ("Daesh (Islamic State)", ' data-pagefind-filter="person"'),
    ('Abu "the Engineer"', ' data-pagefind-filter="person[data-f]" data-f="Abu \ue000the Engineer\ue000"'),
    ("Back\\slash", ' data-pagefind-filter="person[data-f]" data-f="Back\ue001slash"'),
    ("Two  spaces", ' data-pagefind-filter="person[data-f]" data-f="Two  spaces"'),
    (" Edge", ' data-pagefind-filter="person[data-f]" data-f=" Edge"'),
    ("A & B", ' data-pagefind-filter="person"'),
])
def test_a_chip_sets_its_filter_from_its_text_unless_the_value_must_differ(name, attrs):
    """Pagefind reads a filter from the element's text, folding spaces; the search script's values hold quotes and
    backslashes as private-use characters: a name that would not come through as it is says its value."""
    assert pages.filter_attrs("person", name) == attrs


def test_a_page_has_a_table_of_contents_from_three_sections_on():
    """A page of one or two sections is read whole: no table of contents beside it; from three on, every section
    is in it, in order."""
    archive = load_archive(ROOT)
    out = list(render_pages(archive))
    headings = {p.src_uri: re.findall(r'<h2 id="([^"]+)"', p.html) for p in out if not p.src_uri.startswith("articles/")}
    assert {len(h) for h in headings.values()} >= {2, 3}, "the seeds make pages of two sections and of three"
    for page in out:
        if page.src_uri in headings:
            ids = headings[page.src_uri]
            assert [t["id"] for t in page.toc] == (ids if len(ids) >= pages.TOC_AT_LEAST else []), page.src_uri


def test_an_edited_template_is_compiled_afresh_by_the_next_renderer(tmp_path, monkeypatch):
    """The compiled templates outlive a build (every rebuild of `mkdocs serve` makes a Renderer), but not an edit."""
    shutil.copytree(pages.TEMPLATES, tmp_path / "templates")
    monkeypatch.setattr(pages, "TEMPLATES", tmp_path / "templates")
    archive = load_archive(ROOT)
    event = next(iter(sorted(archive.registry.events)))

    def event_page() -> str:
        return next(p.html for p in render_pages(archive) if p.src_uri == f"events/{event}.md")

    first = event_page()
    assert event_page() == first
    template = tmp_path / "templates" / "event.html"
    template.write_text(template.read_text(encoding="utf-8") + "<p>edited</p>\n", encoding="utf-8")
    edited = event_page()
    assert "<p>edited</p>" not in first and edited.rstrip().endswith("<p>edited</p>")
