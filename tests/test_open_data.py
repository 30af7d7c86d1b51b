"""Open data: every page's schema.org JSON-LD, the downloads and their JSON Schemas, the Web Annotations re-anchored on
the built pages, the feed, and the documentation of every field; on the session's strict build of the real site."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import jsonschema
import pytest

import hostile as h
from chronicle import exports, linked_data
from chronicle.build import load_archive, match_articles
from chronicle.crossref import build_archive
from chronicle.dates import parse_partial_date
from chronicle.errors import DataError
from chronicle.feed import atom_feed, xml_attr, xml_text
from chronicle.load import load_entity, load_event
from chronicle.model import Article, Block, Registry
from chronicle.pages import SECTIONS
from conftest import BUILT_ON, ROOT
from opencheck import (ATOM, SCHEMA_OF, SITE_URL, assert_re_anchored, assert_valid_atom, download, json_ld_scripts,
                       read_csv_value, schema)

DATA_DOC = ROOT / "docs" / "data.md"
BASE = "https://archive.test/"  # pages' relative addresses are resolved against the page's address under this
SITE_NAME = re.search(r"^site_name: (.+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[1]
COLUMNS = {"people": exports.ENTITY_COLUMNS, "organisations": exports.ENTITY_COLUMNS,
           "places": exports.ENTITY_COLUMNS, "events": exports.EVENT_COLUMNS, "articles": exports.ARTICLE_COLUMNS,
           "quotes": exports.QUOTE_COLUMNS}


@pytest.fixture(scope="module")
def archive():
    return load_archive(ROOT)


# ---------------------------------------------------------------- reading pages


def page_url(site: Path, path: Path) -> str:
    """A built file's address under BASE: site/people/x/index.html -> https://archive.test/people/x/."""
    rel = path.relative_to(site).as_posix()
    return BASE + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def node_of(site: Path, url_path: str) -> tuple[dict, h.Node, str]:
    """The page's one JSON-LD node, its parsed HTML, and its address."""
    html = (site / url_path / "index.html").read_text(encoding="utf-8")
    [script] = json_ld_scripts(html)
    return json.loads(script), h.parse_html(html), BASE + url_path


def ids(base: str, refs: list[dict]) -> list[str]:
    return [urljoin(base, r["@id"]) for r in refs]


def hrefs(base: str, links: list[h.Node]) -> list[str]:
    return [urljoin(base, a.attrs["href"]).split("#")[0] for a in links]


EXPECTED_TYPE = [("articles/", "NewsArticle"), ("people/", "Person"), ("organisations/", "Organization"),
                 ("places/", "Place"), ("events/", "Event"), ("data/", "Dataset"), ("method/", "AboutPage"),
                 ("search/", "SearchResultsPage")]


def expected_type(rel: str) -> str:
    """The schema.org type of the page at `rel` (its address, relative to the site)."""
    if rel == "":
        return "WebSite"
    section = rel.split("/")[0]
    if section in SECTIONS and (rel == f"{section}/" or rel.startswith(f"{section}/pages/")):
        return "CollectionPage"  # a section's index
    if rel.count("/") > 2:
        return "CollectionPage"  # a further page of an entity's or an event's listing
    return next(t for prefix, t in EXPECTED_TYPE if rel.startswith(prefix))


# ---------------------------------------------------------------- JSON-LD in every page


def test_every_page_has_one_json_ld_node_that_parses(site):
    """Every page but the 404 page holds exactly one schema.org node, of the type its page kind calls for, whose
    @id is the page itself."""
    pages = sorted(p for p in site.rglob("index.html"))
    assert len(pages) > 80
    for path in pages:
        html = path.read_text(encoding="utf-8")
        scripts = json_ld_scripts(html)
        assert len(scripts) == 1, path
        node = json.loads(scripts[0])
        rel = page_url(site, path)[len(BASE):]
        assert node["@context"] == "https://schema.org", path
        assert node["@type"] == expected_type(rel), path
        assert urljoin(page_url(site, path), node["@id"]) == page_url(site, path), path


def test_json_ld_addresses_lead_to_pages(site):
    """Every @id in every page's JSON-LD, resolved against the page, is a page of the site."""
    for path in site.rglob("index.html"):
        base = page_url(site, path)
        text = "".join(json_ld_scripts(path.read_text(encoding="utf-8")))
        for ident in re.findall(r'"@id":"([^"]*)"', text):
            target = urljoin(base, ident)[len(BASE):]
            assert (site / target / "index.html").is_file(), (path, ident)


def test_an_article_mentions_exactly_the_entities_its_text_links(site, archive):
    """`mentions` names, once each and in order of first mention, every person, organisation and place linked in the
    article's body; `about` every event a passage of it reports."""
    for article in archive.articles:
        node, doc, base = node_of(site, f"articles/{article.slug}/")
        body = doc.find("div", class_="article-body")
        linked = list(dict.fromkeys(hrefs(base, body.find_all("a", class_="anno"))))
        assert ids(base, node["mentions"]) == linked, article.slug
        events = set(hrefs(base, body.find_all("a", class_="anno-event-link")))
        assert set(ids(base, node.get("about", []))) == events and events, article.slug
        assert node["headline"] == article.title and node["datePublished"] == article.date.isoformat()
        assert node.get("publisher") == ({"@type": "Organization", "name": article.outlet} if article.outlet else None)
        assert node.get("isBasedOn") == article.url and node["inLanguage"] == "en"
        assert node["sdDatePublished"] == BUILT_ON.isoformat()


def test_an_event_s_attendees_dates_and_place_match_its_page(site, archive):
    for event in archive.registry.events.values():
        node, doc, base = node_of(site, f"events/{event.id}/")
        participants = doc.find_all("ul", class_="archive-participants")
        shown = hrefs(base, participants[0].find_all("a")) if participants else []
        assert ids(base, node.get("attendee", [])) == shown, event.id
        assert [p.id for p in event.participants] == [u.rstrip("/").rsplit("/", 1)[1] for u in shown]
        facts = doc.find("dl", class_="archive-facts")
        time = facts.find("time")
        assert node["startDate"] == time.attrs["datetime"] == event.date.date.iso(), event.id
        if "endDate" in node:
            assert node["endDate"] == event.end.date.iso()
            end = parse_partial_date(node["endDate"])
            assert end == event.date.date or time.text().endswith(" – " + end.human()), event.id
        else:
            assert event.end is None and " – " not in time.text(), event.id
        facts_links = hrefs(base, facts.find_all("a"))
        for key in ("location", "superEvent"):
            if key in node:
                assert urljoin(base, node[key]["@id"]) in facts_links, (event.id, key)
        assert ("location" in node) == bool(event.place) and ("superEvent" in node) == bool(event.parent)
        children = [n for n in doc.find_all("h2") if n.attrs.get("id") == "sub-events"]
        assert bool(children) == ("subEvent" in node), event.id


def test_an_entity_page_gives_every_spelling_and_role(site, archive):
    for entity in archive.registry.entities.values():
        node, _, base = node_of(site, f"{entity.section}/{entity.id}/")
        assert node["name"] == entity.name and node["description"] == entity.description
        assert set(node.get("alternateName", [])) == set(entity.spellings + entity.short) - {entity.name}
        roles = [(r["roleName"], r.get("startDate"), r.get("endDate")) for r in node.get("hasOccupation", [])]
        assert roles == [(r.title, r.start and r.start.iso(), r.end and r.end.iso()) for r in entity.roles]
        assert "sameAs" not in node  # no entry of the data names a Wikidata item yet


def test_an_index_page_lists_its_rows_in_order(site, archive):
    node, doc, base = node_of(site, "articles/")
    listed = node["mainEntity"]["itemListElement"]
    assert node["mainEntity"]["numberOfItems"] == len(archive.articles) == len(listed)
    assert [i["position"] for i in listed] == list(range(1, len(listed) + 1))
    rows = doc.find("table", class_="archive-table").find("tbody").find_all("a")
    assert ids(base, [i["item"] for i in listed]) == hrefs(base, rows)


def test_the_home_and_data_pages_describe_the_site_and_the_downloads(site):
    home, _, base = node_of(site, "")
    assert home["name"] == SITE_NAME and home["@id"] == "./"
    for part in home["hasPart"]:
        assert (site / urljoin(base, part["@id"])[len(BASE):] / "index.html").is_file()
    data, _, base = node_of(site, "data/")
    files = {urljoin(base, d["contentUrl"])[len(BASE):] for d in data["distribution"]}
    assert files == {p for p in exports.site_files(load_archive(ROOT), BUILT_ON, SITE_URL, SITE_NAME)
                     if p.startswith("data/")}


# ---------------------------------------------------------------- nothing leaves the script element


@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>", "</SCRIPT >", "<!--<script>", "-->", "<![CDATA[", "]]>", "a & b",
    "line\u2028separator\u2029paragraph", "\"quoted\" \\ back", "\x00\x1f\x7f", "{{ 7*7 }}", "‮right-to-left",
])
def test_script_json_keeps_every_text_inside_the_script_element(text):
    """No '<', '>' or '&' and no U+2028/2029 reaches the page; the HTML parser ends the element where it was written,
    and the JSON reads back as the text."""
    encoded = linked_data.script_json({"name": text})
    assert not set(encoded) & {"<", ">", "&", "\u2028", "\u2029"}
    scripts = json_ld_scripts(f'<p>before</p><script type="application/ld+json">{encoded}</script><p>after</p>')
    assert scripts == [encoded] and json.loads(scripts[0]) == {"name": text}


def test_build_date_reads_source_date_epoch():
    assert linked_data.build_date({"SOURCE_DATE_EPOCH": "1767225600"}) == dt.date(2026, 1, 1)
    assert linked_data.build_date({"SOURCE_DATE_EPOCH": " 0 "}) == dt.date(1970, 1, 1)
    today = dt.datetime.now(dt.timezone.utc).date()
    assert linked_data.build_date({}) in (today, today + dt.timedelta(days=1))
    with pytest.raises(DataError, match="SOURCE_DATE_EPOCH: 'yesterday' is not a number of seconds"):
        linked_data.build_date({"SOURCE_DATE_EPOCH": "yesterday"})


# ---------------------------------------------------------------- the wikidata field


def test_a_wikidata_item_becomes_same_as_and_is_exported(archive):
    entry = {"id": "someone", "name": "Some One", "description": "A person.", "wikidata": "Q42"}
    person = load_entity("person", entry, 0, "people.yml")
    assert person.wikidata == "Q42"
    node = linked_data.entity_node(archive, person, lambda uri, anchor="": uri, BUILT_ON)
    assert node["sameAs"] == "https://www.wikidata.org/wiki/Q42"
    site = exports.Site(SITE_URL, SITE_NAME)
    assert exports.entity_record(archive, person, site)["wikidata"] == "Q42"
    event = load_event({"id": "e", "name": "E", "date": "2020", "description": "D.", "wikidata": "Q1"}, 0,
                       "events.yml", {})
    assert linked_data.event_node(archive, event, lambda uri, anchor="": uri, BUILT_ON)["sameAs"].endswith("/Q1")


@pytest.mark.parametrize("value", ["q42", "Q0", "Q042", "42", "Q42 ", "Q4x2", "https://www.wikidata.org/wiki/Q42"])
def test_a_wikidata_value_that_is_not_a_q_number_stops_the_build(value):
    entry = {"id": "someone", "name": "Some One", "description": "A person.", "wikidata": value}
    if value.strip() == "Q42":  # surrounding space is trimmed, as for every text field
        assert load_entity("person", entry, 0, "people.yml").wikidata == "Q42"
        return
    with pytest.raises(DataError) as error:
        load_entity("person", entry, 0, "people.yml")
    assert str(error.value).startswith(f"people.yml, entry 'someone': 'wikidata: {value.strip()}' is not a Wikidata")
    assert "Fix: write the item's Q-number as Wikidata shows it, e.g. 'wikidata: Q42'" in str(error.value)


# ---------------------------------------------------------------- the downloads


@pytest.mark.parametrize("name", sorted(SCHEMA_OF))
def test_each_download_is_valid_against_its_schema(site, name):
    data = download(site, name)
    jsonschema.validate(data, schema(SCHEMA_OF[name]), cls=jsonschema.Draft202012Validator)
    if SCHEMA_OF[name] == "annotations":
        assert data["total"] == len(data["first"]["items"]) > 0
        motivation = {"mentions": "identifying", "passages": "linking"}[name]
        assert {a["motivation"] for a in data["first"]["items"]} == {motivation}
    else:
        assert data["built_on"] == BUILT_ON.isoformat() and data["count"] == len(data["items"]) > 0


@pytest.mark.parametrize("name", sorted(SCHEMA_OF))
def test_the_schemas_hold_their_files_to_account(site, name):
    """A schema is no rubber stamp: a misspelt field, a missing one or a wrong type fails."""
    data = download(site, name)
    items = data["first"]["items"] if SCHEMA_OF[name] == "annotations" else data["items"]
    validator = jsonschema.Draft202012Validator(schema(SCHEMA_OF[name]))
    first = items[0]
    for broken in ({**first, "unexpected": 1}, {k: v for k, v in list(first.items())[1:]},
                   {**first, next(iter(first)): 12}):
        items[0] = broken
        assert not validator.is_valid(data), broken
    items[0] = first


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_each_csv_holds_the_json_file_row_by_row(site, name):
    """The CSV's columns are the JSON fields in order, and each cell is its field as the Data page says."""
    data = json.loads((site / "data" / f"{name}.json").read_text(encoding="utf-8"))
    raw = (site / "data" / f"{name}.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS[name] == tuple(data["items"][0])
    assert len(rows) == len(data["items"]) + 1
    for row, item in zip(rows[1:], data["items"]):
        for column, cell in zip(rows[0], row):
            value = item[column]
            if isinstance(value, list):
                assert read_csv_value(cell) == exports.CSV_JOIN.join(exports.csv_flat(v) for v in value), column
            else:
                assert read_csv_value(cell) == ("" if value is None else str(value)), column


@pytest.mark.parametrize("text, cell", [
    ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
    ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("＝1+1", "'＝1+1"), ("'quoted", "''quoted"), ("plain = text", "plain = text"), ("", ""), ("2020-07", "2020-07"),
])
def test_a_cell_a_spreadsheet_would_read_as_a_formula_is_kept_text(text, cell):
    assert exports.csv_cell(text) == cell
    assert read_csv_value(exports.csv_cell(text)) == text


def test_the_downloads_are_what_the_build_published_and_the_same_in_every_process(site, archive):
    """The built files are `site_files` of the archive; a process with another hash seed makes the same bytes."""
    files = exports.site_files(archive, BUILT_ON, SITE_URL, SITE_NAME)
    assert len(files) == 15
    for path, content in files.items():
        assert (site / path).read_bytes() == (content if isinstance(content, bytes) else content.encode("utf-8")), path
    script = ("import hashlib, sys, datetime; sys.path.insert(0, 'hooks');"
              "from pathlib import Path; from chronicle.build import load_archive, match_articles; from chronicle import exports;"
              f"f = exports.site_files(load_archive(Path('.')), datetime.date({BUILT_ON.year}, {BUILT_ON.month}, "
              f"{BUILT_ON.day}), {SITE_URL!r}, {SITE_NAME!r});"
              "print(hashlib.sha256(repr(sorted(f.items())).encode()).hexdigest())")
    theirs = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                            env=dict(os.environ, PYTHONHASHSEED="12345")).stdout.strip()
    assert theirs == hashlib.sha256(repr(sorted(files.items())).encode()).hexdigest()


def test_quotes_and_records_point_at_their_paragraph(archive):
    site = exports.Site(SITE_URL, SITE_NAME)
    for q in archive.quotes:
        record = exports.quote_record(archive, q, site)
        text = archive.by_slug[q.article].block(q.block).text
        assert text[record["start"]:record["end"]] == record["text"]
        assert record["url"] == f"{SITE_URL}articles/{q.article}/#{q.block}"
    for ev in archive.registry.events.values():
        for report in exports.event_record(archive, ev, site)["reports"]:
            assert report["passage"] in archive.by_slug[report["article"]].block(report["block"]).text


# ---------------------------------------------------------------- Web Annotations re-anchor on the pages


@pytest.mark.parametrize("name", ["mentions", "passages"])
def test_each_web_annotation_re_anchors_on_the_built_page(site, archive, name):
    """Every linked mention (every event passage) is one annotation, and each re-anchors on its article's page."""
    data = download(site, name)
    expected = sum(len(archive.resolved(a.slug)) for a in archive.articles) if name == "mentions" else \
        sum(len(archive.passages[a.slug]) for a in archive.articles)
    assert len(data["first"]["items"]) == expected > 0
    assert_re_anchored(site, SITE_URL, data)


@pytest.mark.parametrize("text", ["Ahead: 𝒜 Raisi met Mokhber in Tehran.", 'Said "Raisi" \\ </script>\u2028 x'])
def test_an_annotation_quotes_and_counts_code_points(text):
    """The JSON written straight away reads back as the annotation: a quote with up to 32 characters around it in the
    block, and its position in code points (𝒜 is one)."""
    block = Block("p", text, "p-2")
    start = text.index("Raisi")
    note = json.loads(exports.annotation_json("https://x.test/a#1", "identifying", "https://x.test/p/",
                                              "https://x.test/s/", block, start, start + 5))
    (quote_in, quote), (position_in, position) = ((s["value"], s["refinedBy"]) for s in note["target"]["selector"])
    assert quote_in == position_in == "p-2" and note["body"] == "https://x.test/p/"
    assert quote == {"type": "TextQuoteSelector", "exact": "Raisi", "prefix": text[:start], "suffix": text[start + 5:]}
    assert position == {"type": "TextPositionSelector", "start": start, "end": start + 5}
    whole = json.loads(exports.text_quote(block, 0, len(text)))
    assert whole == {"type": "TextQuoteSelector", "exact": text}
    long = Block("p", "x" * 40 + "Raisi" + "y" * 40, "p-1")
    quote = json.loads(exports.text_quote(long, 40, 45))
    assert quote["prefix"] == "x" * 32 and quote["suffix"] == "y" * 32


# ---------------------------------------------------------------- the feed


def test_the_feed_is_valid_atom_and_lists_the_newest_articles_first(site, archive):
    feed = assert_valid_atom((site / "feed.xml").read_bytes())
    newest = sorted(archive.articles, key=lambda a: (a.date, a.slug), reverse=True)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [a.title for a in newest[:20]]
    assert [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in entries] == \
        [f"{SITE_URL}articles/{a.slug}/" for a in newest[:20]]
    dates = [e.findtext(f"{ATOM}updated") for e in entries]
    assert dates == sorted(dates, reverse=True) and feed.findtext(f"{ATOM}updated") == dates[0]
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + "feed.xml"
    for page in (site / "index.html", site / "people" / "ali-khamenei" / "index.html"):
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        feed_link = r'<link rel="alternate feed" type="application/atom\+xml" title="[^"]+" href="[./]*feed\.xml">'
        assert re.search(feed_link, head), page


def test_the_feed_keeps_only_the_newest_and_survives_what_xml_cannot_hold(archive):
    """Characters XML forbids become U+FFFD in the feed (and only there); the rest is escaped; at most `length`."""
    text = f"Khamenei said \x0b{h.SCRIPT} & {h.CLOSE_TITLE}\x1f\ufffe ]]> done."
    articles = [Article(f"2024-01-0{d}-story", "x.md", f"Story {d} {h.ATTR}", dt.date(2024, 1, d), "Out<let>",
                        None, None, None, (), (), (Block("p", text, "p-1"),)) for d in range(1, 6)]
    small = build_archive(articles, Registry(), match_articles(articles, ()))
    xml = atom_feed(small, SITE_URL, SITE_NAME, exports.Site(SITE_URL, SITE_NAME).iri, length=3)
    feed = assert_valid_atom(xml.encode("utf-8"))
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [f"Story {d} {h.ATTR}" for d in (5, 4, 3)]
    assert entries[0].findtext(f"{ATOM}summary") == text.replace("\x0b", "\ufffd").replace(
        "\x1f", "\ufffd").replace("\ufffe", "\ufffd")
    assert entries[0].findtext(f"{ATOM}author/{ATOM}name") == "Out<let>"
    assert xml_text("a\rb") == "a&#13;b" and xml_attr("a\t\n\"b") == '"a&#9;&#10;&quot;b"'


# ---------------------------------------------------------------- the documentation


def documented_fields(heading_names: str) -> list[str]:
    """The fields the Data page's table lists in the section whose heading mentions `heading_names`."""
    text = DATA_DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    [section] = [s for s in sections if s.split("\n", 1)[0].startswith(heading_names)]
    return re.findall(r"^\| `([^`]+)` \|", section, flags=re.M)


def schema_fields(node: dict, defs: dict, prefix: str = "") -> list[str]:
    """Every field a schema object allows, nested ones as `outer[].inner` or `outer.inner`."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    out = []
    for key, sub in node.get("properties", {}).items():
        out.append(prefix + key)
        while "$ref" in sub:
            sub = defs[sub["$ref"].rsplit("/", 1)[1]]
        if sub.get("type") == "array" and "properties" in sub.get("items", {}):
            out += schema_fields(sub["items"], defs, f"{prefix}{key}[].")
        elif sub.get("type") == "array" and "properties" in defs.get(sub.get("items", {}).get("$ref", "/").rsplit(
                "/", 1)[1], {}):
            out += schema_fields(sub["items"], defs, f"{prefix}{key}[].")
        elif "properties" in sub:
            out += schema_fields(sub, defs, f"{prefix}{key}.")
    return out


@pytest.mark.parametrize("heading, name, item", [
    ("People, organisations and places", "entities", "entity"),
    ("Events", "events", "event"),
    ("Articles", "articles", "article"),
    ("Quotes", "quotes", "quote"),
])
def test_the_data_page_documents_every_field_of_every_table(heading, name, item):
    s = schema(name)
    assert documented_fields(heading) == schema_fields(s["$defs"][item], s["$defs"])


def test_the_data_page_documents_every_field_of_the_annotations():
    s = schema("annotations")
    fields = schema_fields(s, s["$defs"])
    selector = "first.items[].target.selector[]."
    assert documented_fields("Mentions and event passages") == fields
    assert f"{selector}refinedBy" in fields and "first.items[].target.source" in fields


def test_a_further_page_of_a_listing_is_about_its_first_page_s_subject(monkeypatch):
    """An entity's and an event's further pages, and an index's, are CollectionPages: about the subject, part of the
    listing's first page, numbering their rows across the whole listing."""
    from chronicle import pages
    from chronicle.build import render_pages

    monkeypatch.setattr(pages, "ARTICLES_PER_ENTITY_PAGE", 2)
    monkeypatch.setattr(pages, "ITEMS_PER_INDEX_PAGE", 3)
    out = {p.src_uri: p for p in render_pages(load_archive(ROOT))}
    for src_uri, about in [("places/iran/2.md", "places/iran/"), ("articles/pages/2.md", None)]:
        page, base = out[src_uri], BASE + pages.page_url(src_uri)
        [script] = json_ld_scripts(page.html)
        node = json.loads(script)
        assert node["@type"] == "CollectionPage" and node["@id"] == "./"
        if about:
            assert urljoin(base, node["about"]["@id"]) == urljoin(base, node["isPartOf"]["@id"]) == BASE + about
        else:
            assert [i["position"] for i in node["mainEntity"]["itemListElement"]] == [4, 5]


def test_the_pages_declare_the_language_the_json_ld_gives():
    """inLanguage is the language every page declares (<html lang>, from mkdocs.yml's theme)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^  language: (\S+)$", config, re.M)[1] == linked_data.ARCHIVE_LANGUAGE
