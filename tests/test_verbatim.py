"""Nothing lost or altered: generated article text (Markdown-significant starts, markup, every script, right-to-left
and combining characters, non-breaking and trailing spaces, long lines) reads back character for character, through
the body format, the annotation, the article page and a whole-site build. Properties checked by hypothesis."""

from __future__ import annotations

import html
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

import properties as gen
from chronicle.annotate import Link, annotate_text, plain_text
from chronicle.body import format_body, parse_body
from chronicle.build import load_archive, render_pages
from chronicle.model import Mention, Passage
from chronicle.pages import PageOut
from conftest import copy_project, mkdocs_build
from hostile import parse_html, write_article, write_data
from sitecheck import article_blocks, search_records

KIND_TAG = {"p": "p", "caption": "figcaption", "h2": "h2", "h3": "h3"}
SLUG = "2021-05-01-generated"
EVENT_PARAGRAPH = "Ali Khamenei received officials in Iran on 1 May 2021."
DATA = {
    "people": [{"id": "ali-khamenei", "name": "Ali Khamenei", "spellings": ["Ali Khamenei", "Seyyed Ali Khamenei"],
                "short": ["Khamenei"], "country": "iran", "description": "Leader <of> Iran & more."},
               {"id": "ali", "name": "Ali", "spellings": ["Ali"], "description": "The first Imam."},
               {"id": "mohammed-shia-al-sudani", "name": "Mohammed Shia al-Sudani",
                "spellings": ["Mohammed Shia al-Sudani", "al-Sudani"], "description": "Prime Minister of Iraq."}],
    "organisations": [],
    "places": [{"id": "iran", "name": "Iran", "spellings": ["Iran", "Irans"], "kind": "country",
                "description": "A country."},
               {"id": "iraq", "name": "Iraq", "spellings": ["Iraq"], "kind": "country", "description": "A country."}],
    "events": [{"id": "reception", "name": "Reception", "date": "2021-05-01", "description": "A reception.",
                "reports": [{"article": SLUG, "passage": "received officials in Iran on 1 May"}]}],
}
# Hard cases kept as explicit examples: each once broke a naive pipeline somewhere.
HARD = [
    [("p", "# a hashtag, not a heading"), ("p", "\\ starts with a backslash"), ("p", "/// caption\nnot one\n///")],
    [("h2", "## two hashes in a subheading"), ("h3", " leading space"), ("caption", "///\n///")],
    [("p", "<script>alert(1)</script> & &amp; {{ 7*7 }} {% raw %}"), ("p", "    indented like code")],
    [("p", "trailing spaces  \nand a tab\tinside\u00a0"), ("p", "ends with a backslash \\")],
    [("p", "مرحبا بكم في ایران\u200c‌ها — עברית 1. item"), ("p", "e\u0301 and é, Ali\u093e and Alireza")],
    # a page's lines broken mid-sentence, kept in one paragraph, a name over a break
    [("p", "the memorial of the late Seyyed Ali\nKhamenei and his\nguests"), ("h2", "Then")],
]


def expected_blocks(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The page shows each block of the source as read: NFC, the one normalisation the loader makes."""
    return [(KIND_TAG[kind], unicodedata.normalize("NFC", text)) for kind, text in blocks]


# ---------------------------------------------------------------- the body format


@gen.examples(300)
@given(gen.blocks)
@example(HARD[0]).via("hard case")
@example(HARD[1]).via("hard case")
@example(HARD[3]).via("hard case")
def test_the_body_format_reads_back_what_it_wrote(blocks):
    """format_body then parse_body gives the same blocks, kind and text, whatever a block starts with or holds."""
    assert parse_body(format_body(blocks)) == blocks


@gen.examples(100)
@given(gen.blocks)
def test_crlf_and_cr_line_ends_read_as_lf(blocks):
    body = format_body(blocks)
    assert parse_body(body.replace("\n", "\r\n")) == blocks == parse_body(body.replace("\n", "\r"))


# ---------------------------------------------------------------- annotation

spans = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=8)
hostile_text = st.lists(st.sampled_from(gen.MARKUP + gen.SPACES + gen.MARKS + ["\"", "'", "&quot;", "x", "é"]),
                        max_size=12).map("".join)


def _links(names: list[str]) -> dict[str, Link]:
    kinds = ["person", "organisation", "place", "event"]
    return {f"e{i}": Link(f"../e{i}/?a=1&b=<{name}>", kinds[i % 4], name, name[::-1], name + "\"'") for i, name in
            enumerate(names)}


@st.composite
def annotated(draw):
    """A text, mentions at any spans (even overlapping: annotate must not trust them) and passages at any spans."""
    text = "\n".join(draw(st.lists(gen.line(), min_size=1, max_size=3)))
    links = _links(draw(st.lists(hostile_text, min_size=4, max_size=4)))
    ids = sorted(links) + ["unknown"]
    mentions, passages = [], []
    for a, b in draw(spans):
        a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
        mentions.append(Mention("p-1", a, b, text[a:b], draw(st.sampled_from(ids))))
    for a, b in draw(spans):
        a, b = sorted((a % (len(text) + 1), b % (len(text) + 1)))
        passages.append(Passage(draw(st.sampled_from(ids)), "p-1", a, b))
    return text, mentions, passages, links


@gen.examples(300)
@given(annotated())
def test_annotating_never_changes_a_character(case):
    """The text of the annotated HTML, event markers aside, is the block's text exactly."""
    text, mentions, passages, links = case
    assert plain_text(annotate_text(text, mentions, passages, links)) == text


@gen.examples(200)
@given(annotated())
def test_annotation_adds_only_its_own_links_and_spans(case):
    """The only elements are the mention links, passage spans and event markers, with their own attributes."""
    text, mentions, passages, links = case
    doc = parse_html(annotate_text(text, mentions, passages, links))
    allowed = {"a": {"class", "href", "aria-label", "data-card-kind", "data-card-name", "data-card-role",
                     "data-card-line"}, "span": {"class", "data-events"}}
    hrefs = {link.href for link in links.values()}
    for node in list(doc.walk())[1:]:
        assert node.tag in allowed and set(node.attrs) <= allowed[node.tag], node
        if node.tag == "a":
            assert node.attrs["href"] in hrefs


# ---------------------------------------------------------------- the article page


@gen.examples(300)
@given(st.lists(gen.any_char | st.sampled_from(["\n", "\x85", "\u2028", "---", "\n---\n", ": ", "'", '"']),
                min_size=1).map("".join))
@example("Headline\x85with a next-line character").via("hard case")
def test_title_and_description_reach_mkdocs_as_written(text):
    """The front matter MkDocs reads for a generated page gives back the title and description, escaped once."""
    page = PageOut("a.md", text, text, "")
    body, meta = get_data(page.markdown_stub())
    assert meta["title"] == meta["description"] == html.escape(text)
    assert (body, meta) == ("", page.front_matter())  # what the hook's pages take without reading the stub


@pytest.fixture(scope="module")
def archive_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive folder with small data; each example writes its own article into it."""
    root = tmp_path_factory.mktemp("generated")
    write_data(root / "articles" / "data", DATA)
    return root


def write_generated(root: Path, blocks: list[tuple[str, str]]) -> None:
    write_article(root / "articles", SLUG, {"title": "Generated", "date": "2021-05-01"},
                  [("p", EVENT_PARAGRAPH)] + blocks)


@gen.examples(100)
@given(gen.blocks)
@example(HARD[2]).via("hard case")
@example(HARD[4]).via("hard case")
@example(HARD[5]).via("hard case")
def test_the_article_page_shows_the_source_text(archive_root, blocks):
    """Loaded from its file and rendered, each block reads on the page as in the source, and names are linked."""
    write_generated(archive_root, blocks)
    archive = load_archive(archive_root)
    page = next(p for p in render_pages(archive) if p.src_uri == f"articles/{SLUG}.md")
    html = page.html
    assert article_blocks(html) == expected_blocks([("p", EVENT_PARAGRAPH)] + blocks)
    assert 'class="anno anno-person" href="../../people/ali-khamenei/"' in html
    assert 'class="anno-event-link" href="../../events/reception/"' in html


@gen.examples(60)
@given(gen.blocks)
def test_nfd_bom_crlf_and_no_final_newline_read_the_same(archive_root, blocks):
    """The same article saved in NFD, with a BOM, with CRLF line ends and without its final newline is the same."""
    write_generated(archive_root, blocks)
    path = archive_root / "articles" / f"{SLUG}.md"
    text = path.read_text(encoding="utf-8")
    first = load_archive(archive_root).articles[0]
    variant = "\ufeff" + unicodedata.normalize("NFD", text).replace("\n", "\r\n").rstrip("\r\n")
    path.write_bytes(variant.encode("utf-8"))
    assert load_archive(archive_root).articles[0] == first


# ---------------------------------------------------------------- whole sites


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("generated-site") / "project")
    shutil.rmtree(root / "articles")
    write_data(root / "articles" / "data", DATA)
    return root


@gen.examples(4)
@given(gen.blocks)
@example(HARD[0] + HARD[2] + HARD[4]).via("hard case")
def test_a_built_site_shows_the_source_text(project, blocks):
    """Through MkDocs and Material: the built page's blocks are the source's, and so is its search entry."""
    write_generated(project, blocks)
    result = mkdocs_build(project, project.parent / "site")
    assert result.returncode == 0, result.stderr
    built = (project.parent / "site" / "articles" / SLUG / "index.html").read_text(encoding="utf-8")
    assert article_blocks(built) == expected_blocks([("p", EVENT_PARAGRAPH)] + blocks)
    record = search_records(project.parent / "site")[f"/articles/{SLUG}/"]
    assert EVENT_PARAGRAPH in record["content"]
