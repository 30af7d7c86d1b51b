"""Reading the archive's open data in tests: the JSON-LD of a page, the JSON Schemas of the downloads, the Web
Annotations re-anchored on the built pages, and the Atom feed checked against RFC 4287's grammar."""

from __future__ import annotations

import gzip
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import rnc2rng
from lxml import etree

import hostile as h

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "docs" / "schemas"
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")  # what mkdocs.yml makes site_url in the tests
# each download's schema, by the file's name
SCHEMA_OF = {"people": "entities", "organisations": "entities", "places": "entities", "events": "events",
             "articles": "articles", "quotes": "quotes", "mentions": "annotations", "passages": "annotations"}
ATOM = "{http://www.w3.org/2005/Atom}"


class _LinkedData(HTMLParser):
    """The JSON-LD script elements of a page, as the HTML parser delimits them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._in: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._in = []

    def handle_data(self, data):
        if self._in is not None:
            self._in.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in is not None:
            self.scripts.append("".join(self._in))
            self._in = None


def json_ld_scripts(html: str) -> list[str]:
    parser = _LinkedData()
    parser.feed(html)
    return parser.scripts


def download(site: Path, name: str) -> dict:
    """A JSON download of the built site by its name ('people', 'mentions'), read as a user would: the Web
    Annotations gunzipped first."""
    if SCHEMA_OF[name] == "annotations":
        return json.loads(gzip.decompress((site / "data" / f"{name}.jsonld.gz").read_bytes()).decode("utf-8"))
    return json.loads((site / "data" / f"{name}.json").read_text(encoding="utf-8"))


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def read_csv_value(cell: str) -> str:
    """A cell's value by the documented rule: one leading apostrophe dropped."""
    return cell[1:] if cell.startswith("'") else cell


def anchored_text(doc: h.Node, anchor: str) -> str:
    [element] = [n for n in doc.walk() if n.attrs.get("id") == anchor]
    return element.text()


def assert_re_anchored(site: Path, site_url: str, collection: dict) -> None:
    """On the article page each annotation's target names, the element its fragment names holds, at the position its
    TextPositionSelector gives, the exact text of its TextQuoteSelector, between its prefix and suffix; its body is
    a page of the site."""
    docs: dict[str, h.Node] = {}
    for note in collection["first"]["items"]:
        source = note["target"]["source"]
        assert source.startswith(site_url + "articles/")
        path = source[len(site_url):]
        if path not in docs:
            docs[path] = h.parse_html((site / path / "index.html").read_text(encoding="utf-8"))
        (fragment, quote), (fragment_too, position) = ((s["value"], s["refinedBy"]) for s in note["target"]["selector"])
        assert fragment == fragment_too
        text = anchored_text(docs[path], fragment)
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"], note["id"]
        assert text[:start].endswith(quote.get("prefix", "")) and (start == 0) == ("prefix" not in quote)
        assert text[end:].startswith(quote.get("suffix", "")) and (end == len(text)) == ("suffix" not in quote)
        assert (site / note["body"][len(site_url):] / "index.html").is_file()


def atom_schema() -> etree.RelaxNG:
    # rnc2rng declares the compact syntax's empty `local` namespace, which XML does not allow; nothing needs it.
    rng = rnc2rng.dumps(rnc2rng.loads((ROOT / "tests" / "schemas" / "atom.rnc").read_text(encoding="utf-8")))
    return etree.RelaxNG(etree.fromstring(re.sub(r'\s+xmlns:local=""', "", rng).encode("utf-8")))


def assert_valid_atom(xml: bytes) -> etree._Element:
    """RFC 4287's grammar, and the rules its Schematron adds: an author for every entry, and an alternate link."""
    feed = etree.fromstring(xml)
    schema = atom_schema()
    assert schema.validate(feed), schema.error_log
    entries = feed.findall(f"{ATOM}entry")
    if feed.find(f"{ATOM}author") is None:
        assert all(e.find(f"{ATOM}author") is not None for e in entries)
    for e in entries:
        assert e.find(f"{ATOM}content") is not None or any(
            link.get("rel", "alternate") == "alternate" for link in e.findall(f"{ATOM}link"))
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    return feed
