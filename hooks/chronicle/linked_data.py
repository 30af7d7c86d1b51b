"""schema.org JSON-LD for the generated pages: an article is a NewsArticle, an entry of the data a Person,
Organization or Place, an event an Event, an index a CollectionPage. Pure functions over the cross-referenced
archive; every address comes from an `iri` function, so that the pages can write them relative to themselves and
the downloads absolute. Also the archive's build date, which pages, citations, downloads and feed share."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping
from typing import Callable, Iterable

from . import crossref
from .crossref import Archive
from .errors import DataError
from .model import Article, Entity, Event
from .paging import Pager

# (src_uri, anchor) -> the address of that page (and anchor) as the output should write it
Iri = Callable[..., str]

SCHEMA_ORG = "https://schema.org"
SCHEMA_TYPE = {"person": "Person", "organisation": "Organization", "place": "Place", "event": "Event"}
WIKIDATA_ITEM = "https://www.wikidata.org/wiki/"
# The language the archive holds its articles in: every page declares it (<html lang="en">, mkdocs.yml's theme).
ARCHIVE_LANGUAGE = "en"

# Inside <script>, the HTML parser ends the element at "</script" and reads "<!--" as the start of an escaped
# section that can swallow it; JSON may write any character of a string as \uXXXX, so no "<" (nor ">" or "&")
# from the data reaches the page as itself. U+2028 and U+2029 are line ends to older JavaScript parsers.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                              "\u2028": "\\u2028", "\u2029": "\\u2029"})


def build_date(environ: Mapping[str, str] = os.environ) -> dt.date:
    """The day the archive is built, in UTC: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
    convention) where it is set, so that two builds of the same input are byte-identical; else today."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return dt.datetime.now(dt.timezone.utc).date()
    try:
        return dt.datetime.fromtimestamp(int(value), dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise DataError("SOURCE_DATE_EPOCH", None, f"'{value}' is not a number of seconds since 1970-01-01",
                        "set it to a whole number such as 1767225600, or unset it to build with today's date") from None


def script_json(data: object) -> str:
    """JSON that is safe to put as it is between <script type="application/ld+json"> and </script>."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


def script_element(node: dict) -> str:
    return f'<script type="application/ld+json">{script_json(node)}</script>'


def ref(thing: Entity | Event | Article, iri: Iri) -> dict:
    """A pointer to another page's subject: its type, its page's address as @id, and its name."""
    if isinstance(thing, Article):
        return {"@type": "NewsArticle", "@id": iri(thing.src_uri), "headline": thing.title}
    return {"@type": SCHEMA_TYPE[thing.kind], "@id": iri(thing.src_uri), "name": thing.name}


def _website(iri: Iri) -> dict:
    return {"@type": "WebSite", "@id": iri("index.md")}


def article_node(archive: Archive, article: Article, iri: Iri, built_on: dt.date) -> dict:
    """NewsArticle: the archived copy of an article, with the events it reports (`about`) and every entity its text
    links (`mentions`, in order of first mention)."""
    node: dict = {"@context": SCHEMA_ORG, "@type": "NewsArticle", "@id": iri(article.src_uri),
                  "url": iri(article.src_uri), "headline": article.title,
                  "datePublished": article.date.isoformat(), "inLanguage": ARCHIVE_LANGUAGE}
    if article.outlet:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.url:
        node["isBasedOn"] = article.url
    if article.dateline:
        node["dateline"] = article.dateline
    if article.news_id:
        node["identifier"] = article.news_id
    events = crossref.events_in(archive, article.slug)
    if events:
        node["about"] = [ref(ev, iri) for ev in events]
    entities = crossref.entities_in(archive, article.slug)
    if entities:
        node["mentions"] = [ref(e, iri) for e in entities]
    node["isPartOf"] = _website(iri)
    node["sdDatePublished"] = built_on.isoformat()
    return node


def _role(role) -> dict:  # noqa: ANN001 - model.Role
    """A role held for a period: schema.org's Role pattern, the Role standing in for the Occupation it wraps."""
    node = {"@type": "Role", "roleName": role.title, "hasOccupation": {"@type": "Occupation", "name": role.title}}
    if role.start:
        node["startDate"] = role.start.iso()
    if role.end:
        node["endDate"] = role.end.iso()
    return node


def entity_node(archive: Archive, entity: Entity, iri: Iri, built_on: dt.date) -> dict:
    """Person, Organization or Place, with every spelling, its roles and their periods, its country, and `sameAs`
    its Wikidata item only where the data names one."""
    node: dict = {"@context": SCHEMA_ORG, "@type": SCHEMA_TYPE[entity.kind], "@id": iri(entity.src_uri),
                  "url": iri(entity.src_uri), "name": entity.name}
    spellings = [s for s in dict.fromkeys(entity.spellings + entity.short) if s != entity.name]
    if spellings:
        node["alternateName"] = spellings
    node["description"] = entity.description
    country = archive.registry.entities.get(entity.country) if entity.country else None
    if entity.kind == "person":
        if entity.roles:
            node["hasOccupation"] = [_role(r) for r in entity.roles]
        if country:
            node["nationality"] = ref(country, iri)
    elif entity.kind == "organisation":
        if country:
            node["location"] = ref(country, iri)
    elif country and country.id != entity.id:
        node["containedInPlace"] = ref(country, iri)
    if entity.wikidata:
        node["sameAs"] = WIKIDATA_ITEM + entity.wikidata
    node["isPartOf"] = _website(iri)
    node["sdDatePublished"] = built_on.isoformat()
    return node


def event_node(archive: Archive, event: Event, iri: Iri, built_on: dt.date) -> dict:
    """Event, dated to the precision the data has (2020, 2020-07 or 2020-07-21), with its place, its participants
    as `attendee`, and the events it is part of and holds."""
    reg = archive.registry
    node: dict = {"@context": SCHEMA_ORG, "@type": "Event", "@id": iri(event.src_uri), "url": iri(event.src_uri),
                  "name": event.name, "description": event.description, "startDate": event.date.date.iso()}
    if event.end:
        node["endDate"] = event.end.date.iso()
    if event.place:
        node["location"] = ref(reg.entities[event.place], iri)
    if event.participants:
        node["attendee"] = [ref(reg.entities[p.id], iri) for p in event.participants]
    if event.parent:
        node["superEvent"] = ref(reg.events[event.parent], iri)
    children = archive.sub_events.get(event.id, ())
    if children:
        node["subEvent"] = [ref(reg.events[c], iri) for c in children]
    if event.wikidata:
        node["sameAs"] = WIKIDATA_ITEM + event.wikidata
    node["isPartOf"] = _website(iri)
    node["sdDatePublished"] = built_on.isoformat()
    return node


def continuation_node(thing: Entity | Event, pager: Pager, title: str, iri: Iri, built_on: dt.date) -> dict:
    """A further page of a long listing: a page about the subject of the listing's first page."""
    return {"@context": SCHEMA_ORG, "@type": "CollectionPage", "@id": iri(pager.src_uris[pager.number - 1]),
            "name": title, "about": ref(thing, iri), "isPartOf": {"@id": iri(pager.src_uris[0])},
            "sdDatePublished": built_on.isoformat()}


def index_node(title: str, items: Iterable[tuple], pager: Pager, iri: Iri, built_on: dt.date) -> dict:
    """A section's index page: a CollectionPage whose main entity lists this page's entries, numbered across the
    whole listing. `items` are the index's rows, each holding one article, entity or event."""
    things = [next(x for x in row if isinstance(x, (Article, Entity, Event))) for row in items]
    return {"@context": SCHEMA_ORG, "@type": "CollectionPage", "@id": iri(pager.src_uris[pager.number - 1]),
            "name": title, "isPartOf": _website(iri),
            "mainEntity": {"@type": "ItemList", "numberOfItems": pager.total,
                           "itemListElement": [{"@type": "ListItem", "position": pager.first + i,
                                                "item": ref(thing, iri)} for i, thing in enumerate(things)]},
            "sdDatePublished": built_on.isoformat()}


def page_node(archive: Archive, iri: Iri, built_on: dt.date, subject: object, pager: Pager | None = None,
              items: Iterable[tuple] = (), title: str = "") -> dict:
    """The JSON-LD of one generated page: its subject is an article, an entity, an event, or (for a section's
    index) the section's title with its rows."""
    if isinstance(subject, Article):
        return article_node(archive, subject, iri, built_on)
    if isinstance(subject, (Entity, Event)):
        if pager is not None and pager.number > 1:
            return continuation_node(subject, pager, title or f"{subject.name}, page {pager.number}", iri, built_on)
        node = entity_node if isinstance(subject, Entity) else event_node
        return node(archive, subject, iri, built_on)
    if isinstance(subject, str) and pager is not None:
        return index_node(subject, items, pager, iri, built_on)
    raise TypeError(f"no JSON-LD for a page about {subject!r}")
