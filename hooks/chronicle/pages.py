"""Render every page of the archive from the cross-referenced data: one Jinja2 template per page kind.

Templates get data and pre-escaped annotated HTML (Markup); article text is never template source, and autoescape
is on, so nothing from an article or a data file is evaluated or executed."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import crossref
from .annotate import Link, annotate_text, plain_text
from .crossref import Archive
from .model import Article, Entity, Event

TEMPLATES = Path(__file__).parent / "templates"
SECTIONS = ("articles", "people", "events", "organisations", "places")
SECTION_TITLES = {"articles": "Articles", "people": "People", "events": "Events",
                  "organisations": "Organisations", "places": "Places"}
KIND_LABEL = {"person": "Person", "organisation": "Organisation", "place": "Place", "event": "Event"}


@dataclass(frozen=True)
class PageOut:
    """A generated page: its title and description (front matter), its HTML and its table of contents."""

    src_uri: str
    title: str
    description: str
    html: str
    toc: tuple[dict, ...] = ()
    search_boost: float | None = None

    def markdown_stub(self) -> str:
        """The Markdown MkDocs reads for the page: front matter only; the body is the rendered HTML.

        MkDocs and Material print a page's title and description into the HTML unescaped (in <title>, the header,
        the meta description, the search index): they take them for HTML, so they are handed over escaped."""
        import yaml

        meta = {"title": escape(self.title), "description": escape(self.description)}
        if self.search_boost:
            meta["search"] = {"boost": self.search_boost}
        # ASCII with escapes: a raw U+0085 or U+2028 would read back from the YAML as a line break.
        return "---\n" + yaml.safe_dump(meta, allow_unicode=False, sort_keys=True) + "---\n"


def page_url(src_uri: str) -> str:
    """The directory URL MkDocs gives a page: 'people/x.md' -> 'people/x/', 'people/index.md' -> 'people/'."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at `from_url` to `to_url` (both directory URLs), '#anchor' kept."""
    target, _, anchor = to_url.partition("#")
    if target == from_url:
        rel = "./"
    else:
        rel = posixpath.relpath(target or ".", from_url or ".")
        rel = "./" if rel == "." else rel + "/"
    return rel + ("#" + anchor if anchor else "")


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


class Renderer:
    """Renders pages of one archive; `here` is the URL of the page being rendered, for relative links."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(url=self.url, kind_label=KIND_LABEL, link_entity=self.link_entity,
                                link_event=self.link_event, link_article=self.link_article,
                                sentence_html=self.sentence_html, gk=self.gk, role_at=self.role_at,
                                place_label=place_label)
        self.here = ""

    # -- links

    def url(self, src_uri: str, anchor: str = "") -> str:
        return relative_url(self.here, page_url(src_uri) + ("#" + anchor if anchor else ""))

    def link_entity(self, entity: Entity) -> Markup:
        return Markup(f'<a href="{escape(self.url(entity.src_uri))}">{escape(entity.name)}</a>')

    def link_event(self, event: Event) -> Markup:
        return Markup(f'<a href="{escape(self.url(event.src_uri))}">{escape(event.name)}</a>')

    def link_article(self, article: Article, anchor: str = "") -> Markup:
        return Markup(f'<a href="{escape(self.url(article.src_uri, anchor))}">{escape(article.title)}</a>')

    def gk(self, thing: Entity | Event, field: str) -> Markup:
        """The visible mark on a fact that comes from general knowledge, not from the articles."""
        if field not in thing.general_knowledge:
            return Markup("")
        return Markup('<span class="gk" title="Added by the curator from general knowledge; not stated in the '
                      'archived articles">general knowledge</span>')

    def role_at(self, entity: Entity, article: Article) -> str:
        roles = entity.roles_on(article.date)
        if roles:
            return "; ".join(r.title for r in roles)
        if entity.kind == "person":
            return entity.roles[0].title if len(entity.roles) == 1 and not entity.roles[0].start else ""
        return entity.category or KIND_LABEL[entity.kind]

    def card_link(self, thing: Entity | Event, article: Article) -> Link:
        if isinstance(thing, Event):
            return Link(self.url(thing.src_uri), "event", thing.name, thing.when(), thing.description)
        return Link(self.url(thing.src_uri), thing.kind, thing.name, self.role_at(thing, article), thing.description)

    def sentence_html(self, sighting: crossref.Sighting) -> Markup:
        """A sentence with its mentions of the entity marked."""
        text = sighting.block.text
        start, end = sighting.sentence
        out, pos = [], start
        for a, b in sighting.marks:
            out.append(escape(text[pos:a], quote=False))
            out.append(f"<mark>{escape(text[a:b], quote=False)}</mark>")
            pos = b
        out.append(escape(text[pos:end], quote=False))
        return Markup("".join(out))

    def _render(self, template: str, src_uri: str, **context) -> str:
        self.here = page_url(src_uri)
        return self.env.get_template(template).render(archive=self.archive, **context)

    # -- pages

    def article_page(self, article: Article) -> PageOut:
        archive = self.archive
        self.here = page_url(article.src_uri)
        mentions = archive.resolved(article.slug)
        passages = archive.passages[article.slug]
        things = {m.entity for m in mentions} | {p.event for p in passages}
        links = {}
        for ident in things:
            thing = archive.registry.entities.get(ident) or archive.registry.events[ident]
            links[ident] = self.card_link(thing, article)
        blocks = []
        for block in article.blocks:
            inner = annotate_text(block.text, [m for m in mentions if m.block == block.anchor],
                                  [p for p in passages if p.block == block.anchor], links)
            if plain_text(inner) != block.text:  # the verbatim promise, checked on every build
                raise AssertionError(f"{article.path}, {block.anchor}: annotation changed the text")
            blocks.append((block, Markup(inner)))
        html = self._render("article.html", article.src_uri, article=article, blocks=blocks,
                            entities=crossref.entities_in(archive, article.slug),
                            events=crossref.events_in(archive, article.slug),
                            supplied=dict(article.supplied))
        toc = tuple(_token(2 if b.kind == "h2" else 3, b.anchor, b.text) for b in article.blocks
                    if b.kind in ("h2", "h3"))
        first = next(b.text for b in article.blocks if b.kind == "p")
        outlet = article.outlet or "an unnamed outlet"
        return PageOut(article.src_uri, article.title, _describe(f"{outlet}, {article.date.isoformat()}: {first}"),
                       html, toc)

    def entity_page(self, entity: Entity) -> PageOut:
        archive = self.archive
        sightings = crossref.sightings(archive, entity.id)
        by_article: dict[str, list[crossref.Sighting]] = {}
        for s in sightings:
            by_article.setdefault(s.article.slug, []).append(s)
        quotes = [q for q in archive.quotes if q.person == entity.id]
        context = dict(
            entity=entity,
            by_article=[(archive.by_slug[slug], ss) for slug, ss in by_article.items()],
            events=crossref.events_of(archive, entity.id),
            places_events=crossref.events_at(archive, entity.id) if entity.kind == "place" else [],
            quotes=[(q, archive.by_slug[q.article]) for q in quotes],
            co=crossref.co_mentioned(archive, entity.id) if entity.kind == "person" else [],
            country=archive.registry.entities.get(entity.country) if entity.country else None,
            spelled=sorted({m.text for ms in archive.mentions.values() for m in ms if m.entity == entity.id}),
        )
        html = self._render("entity.html", entity.src_uri, **context)
        return PageOut(entity.src_uri, entity.name, _describe(f"{KIND_LABEL[entity.kind]}: {entity.description}"),
                       html, _toc_of(html), search_boost=2 if entity.kind == "person" else None)

    def event_page(self, event: Event) -> PageOut:
        archive = self.archive
        reports = []
        for slug in sorted({r.article for r in event.reports}, key=lambda s: (archive.by_slug[s].date, s)):
            article = archive.by_slug[slug]
            quoted = [(p.block, article.block(p.block).text[p.start:p.end])
                      for p in archive.passages[slug] if p.event == event.id]
            reports.append((article, quoted))
        outlets, unknown = crossref.outlets_reporting(archive, event)
        reg = archive.registry
        html = self._render(
            "event.html", event.src_uri, event=event, reports=reports, outlets=outlets, unknown=unknown,
            place=reg.entities.get(event.place) if event.place else None,
            parent=reg.events.get(event.parent) if event.parent else None,
            children=crossref.children(archive, event.id),
            participants=[(reg.entities[p.id], p.part) for p in event.participants],
            date_article=archive.by_slug.get(event.date.article) if event.date.article else None,
        )
        return PageOut(event.src_uri, event.name, _describe(f"{event.when()}: {event.description}"), html,
                       _toc_of(html))

    def index_page(self, section: str) -> PageOut:
        archive = self.archive
        src_uri = f"{section}/index.md"
        context: dict = {"section": section}
        if section == "articles":
            context["articles"] = sorted(archive.articles, key=lambda a: (a.date, a.slug), reverse=True)
            context["counts"] = {a.slug: len(crossref.entities_in(archive, a.slug)) for a in archive.articles}
        elif section == "events":
            context["years"] = _timeline(archive)
        else:
            kind = {"people": "person", "organisations": "organisation", "places": "place"}[section]
            context["groups"] = _groups(archive, kind)
            context["mention_counts"] = _article_counts(archive)
        html = self._render(f"index_{'entities' if section not in ('articles', 'events') else section}.html",
                            src_uri, **context)
        title = SECTION_TITLES[section]
        return PageOut(src_uri, title, _describe(_INDEX_DESCRIPTIONS[section]), html, _toc_of(html))

    def summary(self) -> str:
        """The home page's at-a-glance block."""
        self.here = ""
        return self.env.get_template("summary.html").render(
            archive=self.archive, years=_timeline(self.archive),
            latest=sorted(self.archive.articles, key=lambda a: (a.date, a.slug), reverse=True)[:5],
            counts={k: len(self.archive.registry.of_kind(k)) for k in ("person", "organisation", "place")})


_INDEX_DESCRIPTIONS = {
    "articles": "Every archived article on Iran–Iraq relations, newest first, with its outlet and date.",
    "people": "Everyone named in the archived articles, grouped by country, A to Z.",
    "events": "A timeline of the events the archived articles report or refer to.",
    "organisations": "The organisations named in the archived articles.",
    "places": "The places named in the archived articles.",
}


def place_label(anchor: str) -> str:
    """How a block's anchor reads in a reference: p-3 -> '¶ 3', c-1 -> 'caption 1', h-2 -> 'subheading 2'."""
    kind, _, number = anchor.partition("-")
    return {"p": "¶\u00a0", "c": "caption\u00a0", "h": "subheading\u00a0"}.get(kind, "") + number


def _describe(text: str, limit: int = 155) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _token(level: int, ident: str, name: str) -> dict:
    return {"level": level, "id": ident, "name": escape(name, quote=False), "children": []}


_GK_RE = re.compile(r'<span class="gk"[^>]*>.*?</span>', re.S)
_H2_RE = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)


def _toc_of(html: str) -> tuple[dict, ...]:
    """Second-level headings of a rendered page, for the page's table of contents."""
    return tuple({"level": 2, "id": m[1], "name": re.sub(r"<[^>]+>", "", _GK_RE.sub("", m[2])).strip(), "children": []}
                 for m in _H2_RE.finditer(html))


def _article_counts(archive: Archive) -> dict[str, int]:
    counts: dict[str, int] = {}
    for slug, ms in archive.mentions.items():
        for ident in {m.entity for m in ms if m.entity}:
            counts[ident] = counts.get(ident, 0) + 1
    return counts


def _groups(archive: Archive, kind: str) -> list[tuple[str, str, list[Entity]]]:
    """Entities grouped (people by country, others by their kind), groups and members A to Z."""
    reg = archive.registry
    groups: dict[str, list[Entity]] = {}
    for e in reg.of_kind(kind):
        if kind == "person":
            key = reg.entities[e.country].name if e.country else "No country given"
        else:
            key = (e.category or "other").capitalize()
        groups.setdefault(key, []).append(e)
    return [(name, _slugify(name), sorted(members, key=lambda e: (e.name.casefold(), e.id)))
            for name, members in sorted(groups.items(), key=lambda kv: kv[0].casefold())]


def _timeline(archive: Archive) -> list[tuple[str, list[tuple[Event, int]]]]:
    """Events by year, each with its depth below its parent (sub-events follow their parent)."""
    events = archive.registry.events
    ordered: list[tuple[Event, int]] = []

    def walk(ev: Event, depth: int) -> None:
        ordered.append((ev, depth))
        for child in crossref.children(archive, ev.id):
            walk(child, depth + 1)

    for ev in sorted((e for e in events.values() if e.parent is None), key=crossref.event_sort_key):
        walk(ev, 0)
    years: dict[str, list[tuple[Event, int]]] = {}
    current = ""
    for ev, depth in ordered:
        if depth == 0:
            current = str(ev.date.date.year)
        years.setdefault(current, []).append((ev, depth))
    return list(years.items())
