"""The archive's downloads, rebuilt with the site: people, organisations, places, events, articles and quotes as JSON
and CSV, and every linked mention and event passage as a W3C Web Annotation (gzipped). Pure functions over the
cross-referenced archive, addresses absolute under the site's address; `site_files` gives every file (the feed too)
as path -> text (bytes for a gzipped one) for the build to publish. docs/data.md documents each file's fields, and
the JSON Schemas in docs/schemas/ check them (tests/test_open_data.py)."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
from dataclasses import dataclass

from . import crossref
from .crossref import Archive, Quote
from .dates import PartialDate
from .feed import atom_feed
from .model import Article, Block, Entity, Event, Role
from .pages import page_url

DATA_DIR = "data"
FEED = "feed.xml"
ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# A TextQuoteSelector's prefix and suffix: enough of the paragraph on either side to tell two equal quotes apart.
QUOTE_CONTEXT = 32
# How an HTML fragment identifier is named in a FragmentSelector (the Web Annotation model's table of them).
HTML_FRAGMENT = "http://tools.ietf.org/rfc/rfc3986"
# Several values in one CSV cell are joined by this; the JSON files hold them as lists.
CSV_JOIN = " | "
# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list, with the full-width forms some
# spreadsheets read alike); such a cell, and one starting with the apostrophe itself, gets an apostrophe in front.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20", "'")

ENTITY_FILES = {"person": "people", "organisation": "organisations", "place": "places"}
# The Web Annotations: some 700 bytes for every linked name, seven times the articles' own text. They are published
# gzipped, as bulk data dumps are, at a twelfth of the size; gzip's level 3 takes a quarter of level 6's time for
# a tenth more bytes. No timestamp in the header: the same archive gives the same bytes.
ANNOTATION_FILES = {name: f"{DATA_DIR}/{name}.jsonld.gz" for name in ("mentions", "passages")}
_GZIP_LEVEL = 3


def gzipped(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), compresslevel=_GZIP_LEVEL, mtime=0)


@dataclass(frozen=True)
class Site:
    """Where the archive is published, for absolute addresses: `url` ends with '/'."""

    url: str
    name: str

    def iri(self, src_uri: str, anchor: str = "") -> str:
        """The published address of a page (and an anchor on it)."""
        return self.url + page_url(src_uri) + (f"#{anchor}" if anchor else "")

    def file(self, path: str) -> str:
        return self.url + path


# ---------------------------------------------------------------- records: one JSON object per row


def _date(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def _role(role: Role) -> dict:
    return {"title": role.title, "from": _date(role.start), "to": _date(role.end)}


def entity_record(archive: Archive, e: Entity, site: Site) -> dict:
    return {
        "id": e.id, "type": e.kind, "name": e.name, "url": site.iri(e.src_uri),
        "spellings": list(e.spellings), "short": list(e.short), "description": e.description,
        "kind": e.category, "country": e.country, "roles": [_role(r) for r in e.roles],
        "wikidata": e.wikidata, "general_knowledge": sorted(e.general_knowledge),
        "articles": archive.article_counts.get(e.id, 0),
    }


def event_record(archive: Archive, ev: Event, site: Site) -> dict:
    reports = []
    for r in ev.reports:
        article = archive.by_slug[r.article]
        block = next(b.anchor for b in article.blocks if r.passage in b.text)  # as crossref.place_passages finds it
        reports.append({"article": r.article, "block": block, "url": site.iri(article.src_uri, block),
                        "passage": r.passage})
    return {
        "id": ev.id, "name": ev.name, "url": site.iri(ev.src_uri), "description": ev.description,
        "date": ev.date.date.iso(), "date_precision": ev.date.date.precision,
        "date_phrase": ev.date.phrase, "date_article": ev.date.article,
        "end": _date(ev.end.date) if ev.end else None,
        "end_precision": ev.end.date.precision if ev.end else None,
        "place": ev.place, "parent": ev.parent, "sub_events": list(archive.sub_events.get(ev.id, ())),
        "participants": [{"id": p.id, "part": p.part} for p in ev.participants],
        "reports": reports, "wikidata": ev.wikidata, "general_knowledge": sorted(ev.general_knowledge),
    }


def article_record(archive: Archive, a: Article, site: Site) -> dict:
    return {
        "slug": a.slug, "url": site.iri(a.src_uri), "title": a.title, "outlet": a.outlet,
        "date": a.date.isoformat(), "source_url": a.url, "news_id": a.news_id, "dateline": a.dateline,
        "supplied": [{"field": k, "note": v} for k, v in a.supplied],
        "paragraphs": sum(1 for b in a.blocks if b.kind == "p"),
        "entities": [e.id for e in crossref.entities_in(archive, a.slug)],
        "events": [ev.id for ev in crossref.events_in(archive, a.slug)],
    }


def quote_record(archive: Archive, q: Quote, site: Site) -> dict:
    article = archive.by_slug[q.article]
    return {
        "person": q.person, "person_name": archive.registry.entities[q.person].name,
        "article": q.article, "block": q.block, "url": site.iri(article.src_uri, q.block),
        "start": q.start, "end": q.end, "text": q.text,
    }


# ---------------------------------------------------------------- Web Annotations
# An archive names tens of thousands of people in its articles: the annotations are written as JSON text straight
# away, each value through JSON's own string encoder, rather than as dictionaries encoded afterwards. That takes a
# fraction of the time, and leaves the cycle collector nothing to walk. The tests read every annotation back.

_string = json.JSONEncoder(ensure_ascii=False).encode  # a str as a JSON string, quotes and escapes included


def text_quote(block: Block, start: int, end: int) -> str:
    """A TextQuoteSelector, as JSON: characters start..end of the block's text, with what surrounds them in the
    block (QUOTE_CONTEXT characters at most) where anything does."""
    text = block.text
    parts = ['{"type":"TextQuoteSelector","exact":', _string(text[start:end])]
    if start:
        parts += [',"prefix":', _string(text[max(0, start - QUOTE_CONTEXT):start])]
    if end < len(text):
        parts += [',"suffix":', _string(text[end:end + QUOTE_CONTEXT])]
    parts.append("}")
    return "".join(parts)


def annotation_json(ident: str, motivation: str, body: str, source: str, block: Block, start: int, end: int) -> str:
    """One W3C Web Annotation, as JSON. Its target is characters start..end of a block's text on the article page
    `source`, found two ways, each within the element the block's anchor names (a FragmentSelector refined): by
    quoting them with what surrounds them in the block, and by their position, counted in Unicode code points from
    the start of the block's text."""
    fragment = f'{{"type":"FragmentSelector","conformsTo":"{HTML_FRAGMENT}","value":"{block.anchor}","refinedBy":'
    return (f'{{"id":{_string(ident)},"type":"Annotation","motivation":"{motivation}","body":{_string(body)},'
            f'"target":{{"type":"SpecificResource","source":{_string(source)},"selector":['
            f'{fragment}{text_quote(block, start, end)}}},'
            f'{fragment}{{"type":"TextPositionSelector","start":{start},"end":{end}}}}}]}}}}')


def annotation_collection(ident: str, label: str, items: list[str]) -> str:
    """A W3C AnnotationCollection holding its annotations (JSON texts) in one embedded page, as JSON."""
    return (f'{{"@context":"{ANNOTATION_CONTEXT}","id":{_string(ident)},"type":"AnnotationCollection",'
            f'"label":{_string(label)},"total":{len(items)},"first":{{"id":{_string(ident + "#page-1")},'
            f'"type":"AnnotationPage","startIndex":0,"items":[{",".join(items)}]}}}}\n')


def mention_annotations(archive: Archive, site: Site, path: str) -> str:
    """Every linked mention: the article's words identify the entity (motivation 'identifying'), whose page is the
    body."""
    items, bodies = [], {}
    for a in archive.articles:
        blocks = {b.anchor: b for b in a.blocks}
        order = {b.anchor: i for i, b in enumerate(a.blocks)}
        source, prefix = site.iri(a.src_uri), f"{site.file(path)}#{a.slug}/"
        for m in sorted(archive.resolved(a.slug), key=lambda m: (order[m.block], m.start, m.end, m.entity)):
            body = bodies.get(m.entity)
            if body is None:
                body = bodies[m.entity] = site.iri(archive.registry.entities[m.entity].src_uri)
            items.append(annotation_json(f"{prefix}{m.block}/{m.start}-{m.end}", "identifying", body, source,
                                         blocks[m.block], m.start, m.end))
    return annotation_collection(site.file(path), "Every linked mention of a person, organisation or place", items)


def passage_annotations(archive: Archive, site: Site, path: str) -> str:
    """Every passage that reports an event, linked to the event's page (motivation 'linking')."""
    items = []
    for a in archive.articles:
        blocks = {b.anchor: b for b in a.blocks}
        source, prefix = site.iri(a.src_uri), f"{site.file(path)}#{a.slug}/"
        for p in archive.passages[a.slug]:
            body = site.iri(archive.registry.events[p.event].src_uri)
            items.append(annotation_json(f"{prefix}{p.block}/{p.start}-{p.end}/{p.event}", "linking", body, source,
                                         blocks[p.block], p.start, p.end))
    return annotation_collection(site.file(path), "Every passage that reports an event", items)


# ---------------------------------------------------------------- CSV


def csv_cell(value: object) -> str:
    """A value as one CSV cell: lists joined by CSV_JOIN, None empty, and a cell a spreadsheet would read as a
    formula kept as text by an apostrophe in front (to read the value back, drop one leading apostrophe)."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = CSV_JOIN.join(csv_flat(v) for v in value)
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_flat(value: object) -> str:
    """One element of a listed value, as text: a role 'title (from/to)', a participant 'id: part', a report
    'article#block', a note 'field: note'."""
    if isinstance(value, dict):
        if "title" in value:  # a role
            period = "/".join(v or ".." for v in (value["from"], value["to"])) if value["from"] or value["to"] else ""
            return f"{value['title']} ({period})" if period else value["title"]
        if "part" in value:
            return f"{value['id']}: {value['part']}" if value["part"] else value["id"]
        if "passage" in value:
            return f"{value['article']}#{value['block']}"
        if "note" in value:
            return f"{value['field']}: {value['note']}"
        raise TypeError(f"no CSV form for {value!r}")
    return "" if value is None else str(value)


def to_csv(records: list[dict], columns: tuple[str, ...]) -> str:
    """RFC 4180 CSV: a header row, CRLF line ends, every field quoted where it needs to be."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_cell(record[c]) for c in columns])
    return out.getvalue()


ENTITY_COLUMNS = ("id", "type", "name", "url", "spellings", "short", "description", "kind", "country", "roles",
                  "wikidata", "general_knowledge", "articles")
EVENT_COLUMNS = ("id", "name", "url", "description", "date", "date_precision", "date_phrase", "date_article", "end",
                 "end_precision", "place", "parent", "sub_events", "participants", "reports", "wikidata",
                 "general_knowledge")
ARTICLE_COLUMNS = ("slug", "url", "title", "outlet", "date", "source_url", "news_id", "dateline", "supplied",
                   "paragraphs", "entities", "events")
QUOTE_COLUMNS = ("person", "person_name", "article", "block", "url", "start", "end", "text")


# ---------------------------------------------------------------- the files


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _table(built_on: dt.date, records: list[dict]) -> dict:
    return {"built_on": built_on.isoformat(), "count": len(records), "items": records}


def data_files(archive: Archive, built_on: dt.date, site: Site) -> dict[str, str | bytes]:
    """Every download under data/: path -> text, or bytes for the gzipped annotations."""
    tables: dict[str, tuple[list[dict], tuple[str, ...]]] = {}
    for kind, name in ENTITY_FILES.items():
        tables[name] = ([entity_record(archive, e, site) for e in archive.registry.of_kind(kind)], ENTITY_COLUMNS)
    events = sorted(archive.registry.events.values(), key=crossref.event_sort_key)
    tables["events"] = ([event_record(archive, ev, site) for ev in events], EVENT_COLUMNS)
    tables["articles"] = ([article_record(archive, a, site) for a in archive.articles], ARTICLE_COLUMNS)
    tables["quotes"] = ([quote_record(archive, q, site) for q in archive.quotes], QUOTE_COLUMNS)
    files: dict[str, str | bytes] = {}
    for name, (records, columns) in tables.items():
        files[f"{DATA_DIR}/{name}.json"] = _json(_table(built_on, records))
        files[f"{DATA_DIR}/{name}.csv"] = to_csv(records, columns)
    for name, make in (("mentions", mention_annotations), ("passages", passage_annotations)):
        path = ANNOTATION_FILES[name]
        files[path] = gzipped(make(archive, site, path))
    return files


def site_files(archive: Archive, built_on: dt.date, site_url: str, site_name: str) -> dict[str, str | bytes]:
    """Every file the archive publishes besides its pages: the downloads and the feed, path -> text or bytes. The
    same archive and date give the same bytes."""
    site = Site(site_url if site_url.endswith("/") else site_url + "/", site_name)
    files = data_files(archive, built_on, site)
    files[FEED] = atom_feed(archive, site.url, site.name, site.iri)
    return dict(sorted(files.items()))

