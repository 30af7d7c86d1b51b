"""A site built from hostile input shows every payload as the literal text and runs or evaluates none of it: in our
templates and in MkDocs' and Material's (the <title>, the header, the meta description) and in the search records."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

import hostile as h
from chronicle.pages import filter_value
from conftest import ROOT, copy_project, mkdocs_build
from sitecheck import article_blocks, search_records
from opencheck import (ATOM, SCHEMA_OF, SITE_URL, assert_re_anchored, assert_valid_atom,  # noqa: F401
                       download, read_csv_value, schema)

SITE_NAME = re.search(r"^site_name: (.+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[1]
JINJA_TAGS = ["T", "N", "S", "C", "H", "P", "D", "R", "O", "E", "A"]
KIND_TAG = {"p": "p", "caption": "figcaption", "h2": "h2", "h3": "h3"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    h.write_hostile_articles(project)
    out = project.parent / "site"
    return out, mkdocs_build(project, out)


@pytest.fixture(scope="module")
def site(built) -> Path:
    out, result = built
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def doc(site: Path, url: str) -> h.Node:
    return h.parse_html(page(site, url))


def all_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_build_reports_entries_no_article_mentions(built):
    """The unmentioned person and the unreported sub-event are reported; the mentioned ones are not."""
    _, result = built
    assert "'nobody-mentioned' is named or reported in no article" in result.stderr
    assert "'evil-sub-event' is named or reported in no article" in result.stderr
    assert "'evil-person' is named" not in result.stderr and "'evil-event' is named" not in result.stderr


def test_every_article_entity_and_event_yields_a_page(site):
    urls = [f"articles/{h.SLUG}", f"articles/{h.QUIET_SLUG}", "organisations/evil-org", "places/tehran", "places/iran"]
    urls += [f"people/{p['id']}" for p in h.PEOPLE] + [f"events/{e['id']}" for e in h.EVENTS]
    for url in urls:
        assert (site / url / "index.html").is_file(), url


def test_no_page_holds_active_content(site):
    """No event handler, javascript: address, frame, meta refresh or injected script or style, on any page."""
    pages = all_pages(site)
    assert len(pages) > 15
    for path in pages:
        assert h.active_content(h.parse_html(path.read_text(encoding="utf-8"))) == [], path


def test_the_article_text_reads_as_its_source(site):
    """Each block on the page is the source block, character for character, of the same kind."""
    expected = [(KIND_TAG[kind], text) for kind, text in h.BLOCKS]
    assert article_blocks(page(site, f"articles/{h.SLUG}")) == expected


def test_markdown_syntax_in_the_text_makes_no_link_or_image(site):
    body = doc(site, f"articles/{h.SLUG}").find("div", class_="article-body")
    assert body.find_all("img") == [] and body.find_all("i") == [] and body.find_all("b") == []
    for a in body.find_all("a"):
        assert set(a.attrs["class"].split()) & {"para-link", "anno", "anno-event-link"}, a.attrs
        assert not a.attrs["href"].startswith(("javascript", "x")), a.attrs


def test_the_headline_is_text_in_title_header_and_heading(site):
    """MkDocs' and Material's templates print the page title unescaped: it reaches them escaped, once."""
    d = doc(site, f"articles/{h.SLUG}")
    assert d.find("title").text() == f"{h.TITLE} - {SITE_NAME}"
    assert d.find("h1", id="article-title").text() == h.TITLE
    header = d.find("div", class_="md-header__topic", **{"data-md-component": "header-topic"})
    assert header.text().strip() == h.TITLE


def test_the_meta_description_is_text(site):
    meta = next(n for n in doc(site, f"articles/{h.SLUG}").find_all("meta") if n.attrs.get("name") == "description")
    assert meta.attrs["content"].startswith(f"{h.FRONT['outlet']}, 2021-03-02: {h.BLOCKS[1][1][:40]}")


def test_front_matter_fields_are_text(site):
    facts = doc(site, f"articles/{h.SLUG}").find("dl", class_="archive-facts").text()
    for key in ("outlet", "news_id"):
        assert h.FRONT[key] in facts
    assert f"(dateline: {h.FRONT['dateline']})" in facts
    note = doc(site, f"articles/{h.SLUG}").find("p", class_="curator-note").text()
    assert note == f"Curator’s note on the outlet: {h.FRONT['supplied']['outlet']}"


def test_the_source_address_is_an_http_link_to_itself(site):
    link = doc(site, f"articles/{h.SLUG}").find("a", class_="source-link")
    assert link.attrs["href"] == h.FRONT["url"] and link.text() == h.FRONT["url"]


def test_names_and_cards_are_text(site):
    """A mention's hover card takes its name and line from the link to the same address on the article's list of
    names: text, and attributes that hold the raw text, escaped once."""
    d = doc(site, f"articles/{h.SLUG}")
    cards = {a.attrs["href"]: a for a in d.find("details", class_="article-about").find_all("a")
             if "data-card-line" in a.attrs}
    person = next(a for a in d.find_all("a", class_="anno-person") if "evil-person" in a.attrs["href"])
    assert person.text() == "Evil Person"
    card = cards[person.attrs["href"]]
    assert card.text() == h.PEOPLE[0]["name"]
    assert card.attrs["data-card-line"] == h.PEOPLE[0]["description"]
    assert card.attrs["data-card-role"] == h.PEOPLE[0]["roles"][0]["title"]
    org = next(a for a in d.find_all("a", class_="anno-organisation"))
    assert org.text() == "Evil <i>Org</i" and cards[org.attrs["href"]].attrs["data-card-role"] == h.ORGANISATIONS[0]["kind"]
    marker = d.find("a", class_="anno-event-link")
    assert cards[marker.attrs["href"]].text() == h.EVENTS[0]["name"]
    assert marker.attrs["aria-label"].startswith(f"Event: {h.EVENTS[0]['name']}, ")
    chips = d.find("section", class_="in-article").text()
    assert h.PEOPLE[0]["name"] in chips and h.ORGANISATIONS[0]["name"] in chips


@pytest.mark.parametrize("url, expected", [
    ("people/evil-person", [h.PEOPLE[0]["name"], h.PEOPLE[0]["description"], h.PEOPLE[0]["roles"][0]["title"],
                            h.EVENTS[0]["name"], h.EVENTS[0]["participants"][0]["part"]]),
    ("people/nobody-mentioned", [h.PEOPLE[2]["name"], h.PEOPLE[2]["description"]]),
    ("organisations/evil-org", [h.ORGANISATIONS[0]["name"], h.ORGANISATIONS[0]["kind"],
                                h.ORGANISATIONS[0]["description"], "Evil <i>Org</i>"]),
    ("places/tehran", [h.PLACES[1]["kind"], h.PLACES[1]["description"], h.EVENTS[0]["name"]]),
    ("events/evil-event", [h.EVENTS[0]["name"], h.EVENTS[0]["description"], h.PASSAGE, h.PEOPLE[0]["name"],
                           h.ORGANISATIONS[0]["name"], h.EVENTS[0]["participants"][0]["part"], h.EVENTS[1]["name"],
                           h.TITLE, "“Tuesday”"]),
    ("events/evil-sub-event", [h.EVENTS[1]["name"], h.EVENTS[0]["name"]]),
    ("people", [h.PEOPLE[0]["name"], h.PEOPLE[0]["description"], h.PEOPLE[2]["name"]]),
    ("organisations", [h.ORGANISATIONS[0]["name"], h.ORGANISATIONS[0]["description"]]),
    ("places", [h.PLACES[1]["kind"].capitalize(), h.PLACES[1]["description"]]),
    ("events", [h.EVENTS[0]["name"], h.EVENTS[1]["name"]]),
    ("articles", [h.TITLE, h.FRONT["outlet"]]),
    ("", [h.TITLE, h.EVENTS[0]["name"]]),
])
def test_data_fields_are_text_on_every_page_that_shows_them(site, url, expected):
    main = doc(site, url).find("article", class_="md-content__inner")
    text = main.text()
    for value in expected:
        assert value in text, value


def test_a_passage_is_quoted_as_text(site):
    """The event page quotes the passage's whole sentence, the passage marked in it: both the literal text."""
    quoted = doc(site, "events/evil-event").find("blockquote", class_="passage").find("p")
    assert quoted.find("mark").text() == h.PASSAGE
    assert quoted.text() == h.BLOCKS[7][1]


@pytest.mark.parametrize("tag", JINJA_TAGS)
def test_jinja_syntax_is_shown_and_never_evaluated(site, tag):
    """The literal '{{ 7*7 }}' is on some page; '49' in its place is on none."""
    shown = False
    for path in all_pages(site):
        raw = path.read_text(encoding="utf-8")
        text = h.parse_html(raw).text()
        number, loop = h.evaluated(tag)
        assert number not in raw and f"{tag}:{{{{ 7*7 }}}} {loop}" not in text, path
        shown |= h.jinja(tag) in text or h.jinja(tag) in html.unescape(raw)
    assert shown, tag


def test_the_search_records_hold_the_text_as_shown(site):
    """Pagefind's records hold what each page shows as text: every payload findable, as the characters a reader sees,
    neither run as markup nor escaped twice (the search script puts it on the page as text only)."""
    records = search_records(site)
    everything = "\n".join(r["meta"].get("title", "") + " " + r["content"] for r in records.values())
    for value in (h.TITLE, h.SCRIPT, h.IMG, h.IFRAME, h.PASSAGE, h.PEOPLE[0]["name"], h.EVENTS[0]["name"]):
        assert value in everything, value
    assert "&lt;script&gt; stays text" in everything and "&amp;lt;" not in everything
    article = records[f"/articles/{h.SLUG}/"]
    assert article["filters"]["outlet"] == [filter_value(h.FRONT["outlet"])]  # '"' as the search script reads it
    assert filter_value(h.PEOPLE[0]["name"]) in article["filters"]["person"]


# -- open data: JSON-LD, downloads and feed


def test_json_ld_holds_hostile_text_as_data_that_cannot_leave_its_script_element(site):
    """Every page but the 404 page holds one JSON-LD script element: no '<', '>' or U+2028/2029 in it, and it reads
    back as the hostile fields, character for character."""
    nodes = {}
    for path in all_pages(site):
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', path.read_text(encoding="utf-8"),
                             re.S)
        assert len(scripts) == (0 if path.name == "404.html" else 1), path
        for script in scripts:
            assert not set(script) & {"<", ">", "\u2028", "\u2029"}, path
            nodes[path.relative_to(site).parent.as_posix()] = json.loads(script)
    article = nodes[f"articles/{h.SLUG}"]
    assert (article["headline"], article["publisher"]["name"], article["dateline"], article["identifier"],
            article["isBasedOn"]) == (h.TITLE, h.FRONT["outlet"], h.FRONT["dateline"], h.FRONT["news_id"],
                                      h.FRONT["url"])
    person = nodes["people/evil-person"]
    assert (person["name"], person["description"], person["hasOccupation"][0]["roleName"]) == (
        h.PEOPLE[0]["name"], h.PEOPLE[0]["description"], h.PEOPLE[0]["roles"][0]["title"])
    assert nodes["places/tehran"]["description"] == h.PLACES[1]["description"]
    event = nodes["events/evil-event"]
    assert (event["name"], event["description"], [a["name"] for a in event["attendee"]]) == (
        h.EVENTS[0]["name"], h.EVENTS[0]["description"], [h.PEOPLE[0]["name"], h.ORGANISATIONS[0]["name"]])


def test_downloads_keep_hostile_text_exact_and_csv_cells_inert(site):
    """The JSON files validate and hold the payloads as they are; in the CSV files no cell starts as a formula, and
    the ones that would read back exactly once their apostrophe is dropped."""
    for name, schema_name in SCHEMA_OF.items():
        data = download(site, name)
        jsonschema.validate(data, schema(schema_name), cls=jsonschema.Draft202012Validator)
    quotes = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))["items"]
    assert [(q["person"], q["text"]) for q in quotes] == [("evil-person", h.QUOTE)]
    cells = {}
    for path in sorted((site / "data").glob("*.csv")):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        for row in rows[1:]:
            for column, cell in zip(rows[0], row):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")), (path.name, cell)
                cells[(path.stem, row[0], column)] = cell
    assert cells[("quotes", "evil-person", "text")] == "'" + h.QUOTE
    assert read_csv_value(cells[("people", "evil-person", "description")]) == h.PEOPLE[0]["description"]
    assert cells[("people", "evil-person", "name")] == h.PEOPLE[0]["name"]


def test_web_annotations_re_anchor_on_the_hostile_article(site):
    for name in ("mentions", "passages"):
        data = download(site, name)
        assert data["first"]["items"]
        assert_re_anchored(site, SITE_URL, data)


def test_the_feed_holds_the_hostile_headline_as_text(site):
    feed = assert_valid_atom((site / "feed.xml").read_bytes())
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["A plain neighbour", h.TITLE]
    hostile = feed.findall(f"{ATOM}entry")[1]
    assert hostile.findtext(f"{ATOM}author/{ATOM}name") == h.FRONT["outlet"]
    assert hostile.findtext(f"{ATOM}summary") == h.BLOCKS[1][1]
