"""Render every page of the archive from the cross-referenced data: one Jinja2 template per page kind.

Templates get data and pre-escaped annotated HTML (Markup); article text is never template source, and autoescape
is on, so nothing from an article or a data file is evaluated or executed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import charts, crossref, linked_data
from .annotate import AnnotatedArticle, Link, card_attrs, text_escaper
from .crossref import Archive
from .dates import MONTHS
from .model import Article, Entity, Event
from .paging import Pager, paginate

TEMPLATES = Path(__file__).parent / "templates"
SECTIONS = ("articles", "people", "events", "organisations", "places")
SECTION_TITLES = {"articles": "Articles", "people": "People", "events": "Events",
                  "organisations": "Organisations", "places": "Places"}
KIND_LABEL = {"person": "Person", "organisation": "Organisation", "place": "Place", "event": "Event"}
# Listings longer than these continue on further pages, so that no page grows with the archive.
ARTICLES_PER_ENTITY_PAGE = 50
# An organisation's or a place's continuation pages list their articles a line each, without the sentences: those
# named in most articles would otherwise copy a sentence of nearly every article onto page after page.
ROWS_PER_ENTITY_PAGE = 200
# A person's continuation pages, which quote as the first does but carry no charts, list more of their articles.
QUOTED_PER_CONTINUATION_PAGE = 100
# The kinds of entity whose pages quote every sentence that names them; the others quote the first in each article.
EVERY_SENTENCE = frozenset({"person"})
ITEMS_PER_INDEX_PAGE = 200
TOC_AT_LEAST = 3  # headings a page needs for a table of contents beside it (an event's page has two)
GLANCE_EVENTS = 5  # events between countries on the home page's timeline, the latest first
RECENT_DAYS = 7  # an article reports the events of the week before it; older ones are its background
# The scripts of an article's page alone: its names' cards and its paragraphs' citations. Every other page does
# without them, and the reader's browser does not fetch them there.
ARTICLE_SCRIPTS = ("assets/cards.js", "assets/cite.js")


_YAML_UNSAFE = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFFFE, 0xFFFF]}


class _CompiledTemplates(jinja2.BytecodeCache):
    """The templates, compiled, kept for the life of the process: every Renderer (a build, each rebuild of `mkdocs
    serve`, a test) has an environment of its own, and compiling the templates again was most of the render time of
    a small archive. Jinja compares each template's source with the one compiled, so an edited template is compiled
    afresh."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


@dataclass(frozen=True)
class PageOut:
    """A generated page: its title and description (front matter), its HTML and its table of contents."""

    src_uri: str
    title: str
    description: str
    html: str
    toc: tuple[dict, ...] = ()
    section: str = ""  # what search results call the page ("Article", "Person" ...); "" leaves it out of search
    scripts: tuple[str, ...] = ()  # the site's scripts only this kind of page uses, by their path in the site

    def front_matter(self) -> dict:
        """The page's metadata as MkDocs holds it (`page.meta`).

        MkDocs and Material print a page's title and description into the HTML unescaped (in <title>, the header,
        the meta description, the search index): they take them for HTML, so they are handed over escaped."""
        meta: dict = {"title": escape(self.title), "description": escape(self.description),
                      "search": {"section": self.section} if self.section else {"exclude": True}}
        if self.scripts:
            meta["scripts"] = list(self.scripts)
        return meta

    def markdown_stub(self) -> str:
        """The Markdown MkDocs reads for the page: the front matter only; the body is the rendered HTML."""
        meta = self.front_matter()
        # JSON is YAML, and dumping it is many times faster than PyYAML's emitter. Characters YAML reads as line
        # breaks or refuses (U+0085, U+2028 ...) are written as escapes; the rest stay as they are, since YAML
        # would read an escaped astral character's surrogate pair wrong.
        return "---\n" + json.dumps(meta, ensure_ascii=False, sort_keys=True).translate(_YAML_UNSAFE) + "\n---\n"


def paginate_index(section: str, items: list) -> list[tuple[list, Pager]]:
    """A section index's pages: `section/index.md`, then `section/pages/2.md` ..."""
    return paginate(items, f"{section}/index.md", f"{section}/pages/{{}}.md", ITEMS_PER_INDEX_PAGE)


def page_url(src_uri: str) -> str:
    """The directory URL MkDocs gives a page: 'people/x.md' -> 'people/x/', 'people/index.md' -> 'people/'."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_url: str, to_url: str) -> str:
    """A link from the page at `from_url` to `to_url` (both site-relative directory URLs), '#anchor' kept."""
    target, _, anchor = to_url.partition("#")
    if target == from_url:
        rel = "./"
    else:
        rel = "../" * from_url.count("/") + target
        rel = rel or "./"
    return rel + ("#" + anchor if anchor else "")


def _slugify(text: str) -> str:
    """An id for a heading: letters of any script and digits, joined by hyphens."""
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-") or "section"


class Renderer:
    """Renders pages of one archive; `here` is the URL of the page being rendered, for relative links."""

    def __init__(self, archive: Archive, bodies: dict[str, AnnotatedArticle], built_on: dt.date | None = None):
        self.archive = archive
        self.bodies = bodies
        self.built_on = built_on or linked_data.build_date()  # for the pages' structured data and citations
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # one build reads each template once
            bytecode_cache=_COMPILED,
        )
        self.env.globals.update(url=self.url, kind_label=KIND_LABEL, runs=runs, slugify=_slugify,
                                json_ld=self.json_ld)
        # Filters rather than functions: Jinja calls a filter directly, a function through the context, which costs
        # more than most of these take, on lists of thousands.
        self.env.filters.update(chip=self.chip, link=self.link, article_line=self.article_line, date=date_of,
                                gk=self.gk, place_label=place_label, sentences=self.sightings_html, row=self.article_row,
                                outlet=self.outlet_html, reported_by=self.reported_by, filter_value=filter_value,
                                filter_attrs=filter_attrs,
                                card=card_markup,
                                articles=crossref.count_articles)
        # The macros, for every template: imported by each, they would be looked up again for every page, at a cost
        # above that of most pages' own markup.
        macros = self.env.get_template("_macros.html").module
        self.env.globals["pager_nav"] = macros.pager_nav
        self.env.globals.update(timeline=self.timeline_html, breadcrumbs=macros.breadcrumbs)
        self._chip_macro = macros.chip
        self._template = functools.cache(self.env.get_template)
        self.here = ""
        # Every page links to the same few thousand pages, and the pages of one depth link to each alike: links,
        # chips, cards and article lines are made once for all of them.
        self._page_url = functools.cache(page_url)
        self._link = functools.cache(_link)
        self._chips: dict[tuple[str, str, str | None], Markup] = {}
        self._lines: dict[tuple[str, int], Markup] = {}
        self._place_label = functools.cache(place_label)
        self.network = charts.build_network(archive)
        self._span = charts.archive_span(archive)
        self._outlets = _outlet_pages(archive)
        self._index_of = functools.cache(self._where_listed)
        self._position = {a.slug: i for i, a in enumerate(archive.articles)}  # by date: previous and next
        self._rows: dict[tuple[str, bool, str], tuple[str, str]] = {}  # a timeline's rows, by event and depth
        self._quotes_at: dict[tuple[str, str], list[crossref.Quote]] = {}
        for q in archive.quotes:
            self._quotes_at.setdefault((q.article, q.block), []).append(q)

    # -- links

    @property
    def here(self) -> str:
        return self._here

    @here.setter
    def here(self, url: str) -> None:
        self._here, self._up = url, "../" * url.count("/")

    def url(self, src_uri: str, anchor: str = "") -> str:
        """`relative_url(self.here, page_url(src_uri) + "#" + anchor)`, with the way up from here worked out once
        per page: the pages link tens of thousands of times."""
        target = self._page_url(src_uri)
        link = "./" if target == self._here else self._up + target or "./"
        return f"{link}#{anchor}" if anchor else link

    def link(self, thing: Entity | Event | Article) -> Markup:
        """A link to the page of a person, organisation, place, event (by its name) or article (by its headline)."""
        return self._link(self.url(thing.src_uri), thing.title if isinstance(thing, Article) else thing.name)

    def chip(self, entity: Entity, card: Link | None = None) -> Markup:
        """The entity's chip (a macro), carrying its card: the same on every page that links to it alike and gives
        it the same role, so made once for them."""
        key = (entity.id, self.url(entity.src_uri), card and card.role)
        chip = self._chips.get(key)
        if chip is None:
            chip = self._chips[key] = self._chip_macro(entity, card_markup(card))
        return chip

    def article_line(self, article: Article) -> Markup:
        """An article's headline linked, with its outlet and date: the same on every page of one depth."""
        key = (article.slug, self.here.count("/"))
        line = self._lines.get(key)
        if line is None:
            outlet = self.outlet_html(article) if article.outlet else "outlet not named"
            line = self._lines[key] = Markup(f'{self.link(article)} <span class="archive-meta">{outlet}, '
                                             f"{date_of(article.date)}</span>")
        return line

    def json_ld(self, subject: object, pager: Pager | None = None, items: tuple = (), title: str = "") -> Markup:
        """The page's schema.org JSON-LD (`linked_data`) as a script element, its addresses relative to the page."""
        node = linked_data.page_node(self.archive, self.url, self.built_on, subject, pager, items, title)
        return Markup(linked_data.script_element(node))

    def gk(self, thing: Entity | Event, field: str) -> Markup:
        """The visible mark on a fact that comes from general knowledge, not from the articles."""
        if field not in thing.general_knowledge:
            return Markup("")
        return Markup('<span class="gk" title="Added by the curator from general knowledge; not stated in the '
                      'archived articles" data-pagefind-ignore>general knowledge</span>')

    def timeline_html(self, years: list[charts.TimelineYear], heading: str = "h2", notes: dict | None = None,
                      ids: bool = True) -> Markup:
        """A timeline (charts.timeline): the years, each with its events in time order on a rail, an event that holds
        others (a visit and its meetings) spanning them; the dot's shape tells the date's precision (the CSS draws
        it), the bar and the number how many articles report the event. `notes` adds a word to an event (a person's
        part in it). Built here rather than in a template: an event is on the timeline of every person, organisation
        and place it involves, and each of its rows is made once for the pages of one depth."""
        out = ['<div class="timeline">']
        for y in years:
            if y.gap:
                out.append(f'<p class="tl-gap"><span>{y.gap:,} year{"s" if y.gap != 1 else ""} without an event'
                           "</span></p>")
            label = str(y.year) if y.year >= 1000 else f"{y.year} CE"
            ident = f' id="y{y.year}"' if ids else ""
            out.append(f'<section class="tl-yeargroup">\n<{heading}{ident} class="tl-year-label">{label}</{heading}>')
            self._timeline_items(y.items, notes or {}, out, None)
            out.append("</section>")
        out.append("</div>")
        return Markup("\n".join(out))

    def _timeline_items(self, items: tuple[charts.TimelineItem, ...], notes: dict, out: list[str],
                        within: Event | None) -> None:
        out.append('<ol class="tl-events">' if within is None else
                   f'<ol class="tl-events tl-within" aria-label="Within {escape(within.name)}">')
        for item in items:
            ev = item.event
            key = (ev.id, bool(item.children), self._up)
            row = self._rows.get(key)
            if row is None:
                n = item.articles
                row = self._rows[key] = (
                    f'<li class="tl-event tl-p-{item.precision}{" tl-holds" if item.children else ""}">'
                    f'<span class="tl-when"><time datetime="{ev.date.date.iso()}">{escape(item.when)}</time></span>'
                    f'<span class="tl-what"><a class="tl-link" href="{escape(self.url(ev.src_uri))}">'
                    f"{escape(ev.name)}</a>",
                    f'</span><span class="tl-count" data-articles="{n}"><span class="tl-bar" style="width: '
                    f'{min(n, 8) * 0.45 + 0.15:.2f}em" aria-hidden="true"></span>{crossref.count_articles(n)}'
                    "</span>")
            note = notes.get(ev.id)
            out.append(row[0] + (f' <span class="tl-note">{escape(note)}</span>' if note else "") + row[1])
            if item.children:
                self._timeline_items(item.children, notes, out, ev)
            out.append("</li>")
        out.append("</ol>")

    def _href(self, thing: Entity | Event) -> str:
        return self.url(thing.src_uri)

    def statement_html(self, quote: crossref.Quote) -> Markup:
        """The whole sentences that hold a quotation, escaped, the quoted words marked."""
        text = self.archive.by_slug[quote.article].block(quote.block).text
        return Markup(marked_html(text, *quote.statement, [(quote.start, quote.end)]))

    def outlet_html(self, article: Article) -> Markup:
        """The article's outlet: a link where the data has an organisation of exactly that name or spelling."""
        if not article.outlet:
            return Markup("")
        entity = self._outlets.get(article.outlet)
        return self.link(entity) if entity else Markup(escape(article.outlet))

    def reported_by(self, event: Event) -> Markup:
        """The 'reported by' sentence of an event, outlets linked where they have a page."""
        def name(outlet: str) -> str:
            entity = self._outlets.get(outlet)
            return str(self.link(entity)) if entity else escape(outlet)
        return Markup(crossref.reported_by_sentence(crossref.outlets_reporting(self.archive, event), name))

    def _where_listed(self, section: str) -> dict:
        """Where each group (a country, a kind) or year starts on a section's index pages: {group: (src_uri, id)}."""
        items = _timeline(self.archive) if section == "events" else _grouped(self.archive, _KIND_OF[section])
        where: dict = {}
        for chunk, pager in paginate_index(section, items):
            for group, *_ in chunk:
                where.setdefault(group, (pager.src_uris[pager.number - 1],
                                         f"y{group}" if section == "events" else _slugify(group)))
        return where

    def crumbs(self, thing: Entity | Event | Article) -> list[tuple[str, str]]:
        """The way from the home page down to a page: (label, url) of each step above it."""
        home = ("Home", self.url("index.md"))
        if isinstance(thing, Article):
            return [home, ("Articles", self.url("articles/index.md"))]
        section = thing.section
        out = [home, (SECTION_TITLES[section], self.url(f"{section}/index.md"))]
        if isinstance(thing, Event):
            events = self.archive.registry.events
            chain = [p for p in crossref.ancestors(thing, events) if p in events]
            top = events[chain[-1]] if chain else thing
            src_uri, anchor = self._index_of("events").get(top.date.date.year, (None, None))
            if src_uri:
                out.append((str(top.date.date.year), self.url(src_uri, anchor)))
            if thing.parent and thing.parent in self.archive.registry.events:
                parent = self.archive.registry.events[thing.parent]
                out.append((parent.name, self.url(parent.src_uri)))
            return out
        group = _group_of(self.archive, thing)
        src_uri, anchor = self._index_of(section).get(group, (None, None))
        if src_uri:
            out.append((group, self.url(src_uri, anchor)))
        return out

    def sightings_html(self, sightings: list[crossref.Sighting], article: Article, entity: Entity) -> Markup:
        """The sentences of an article that name an entity, each linked to its paragraph. A person's page quotes
        every one (who said and did what is what a reader comes for); an organisation's or a place's the first,
        then the numbers of the other paragraphs that name it: a page that copied every sentence would copy most of the
        archive onto the pages of the places it names in nearly every line. Built here rather than in the
        template: a place named in every article has thousands of them."""
        page = self.url(article.src_uri)  # + "#" + anchor: the URL of a paragraph of the article
        quoted = sightings if entity.kind in EVERY_SENTENCE else sightings[:1]
        items = "".join(
            f'<li><q>{sentence_html(s)}</q> <a class="para-ref" href="{page}#{s.block.anchor}">'
            f"{self._place_label(s.block.anchor)}</a></li>\n" for s in quoted)
        html = (f'<section class="sighting">\n<h3>{self.article_line(article)}</h3>\n'
                f'<ul class="sentences">\n{items}</ul>\n')
        again = list(dict.fromkeys(s.block.anchor for s in sightings[len(quoted):]))
        if again:
            times = _times_named(sightings)
            where = ", ".join(self._place_label(a) for a in again)
            html += f'<p class="sighting-more archive-meta">Named {times} times in the article; again in {where}.</p>\n'
        return Markup(html + "</section>")

    def article_row(self, sightings: list[crossref.Sighting], article: Article) -> Markup:
        """One line for an article on the continuation pages of an organisation or a place: its headline, outlet
        and date, the paragraph that first names the entity, linked, and how many times the article names it."""
        first = sightings[0].block.anchor
        times = _times_named(sightings)
        more = f' <span class="archive-meta">(named {times} times)</span>' if times > 1 else ""
        return Markup(f'<li>{self.article_line(article)}: <a class="para-ref" href="{self.url(article.src_uri)}#'
                      f'{first}">{self._place_label(first)}</a>{more}</li>\n')

    def _render(self, template: str, src_uri: str, **context) -> str:
        self.here = page_url(src_uri)
        return self._template(template).render(archive=self.archive, **context)

    def _page(self, src_uri: str, title: str, description: str, html: str, toc: tuple[dict, ...] | None = None,
              section: str = "") -> PageOut:
        """The page; its table of contents from its second-level headings unless given, and none for a page of
        fewer than TOC_AT_LEAST sections, which the reader sees whole."""
        toc = _toc_of(html) if toc is None else toc
        return PageOut(src_uri, title, _describe(description), html, toc if len(toc) >= TOC_AT_LEAST else (), section)

    # -- pages

    def article_page(self, article: Article) -> PageOut:
        archive = self.archive
        self.here = page_url(article.src_uri)
        body = self.bodies[article.slug]
        blocks = [(block, Markup(inner)) for block, inner in zip(article.blocks, body.blocks)]
        entities = crossref.entities_in(archive, article.slug)
        reported, earlier = _recent_and_earlier(crossref.events_in(archive, article.slug), article)
        position = self._position[article.slug]
        html = self._render("article.html", article.src_uri, article=article, blocks=blocks,
                            entities=entities, by_kind=[(kind, [e for e in entities if e.kind == kind])
                                                        for kind in ("person", "organisation", "place")],
                            reported=crossref.chronology(reported, archive.registry.events),
                            earlier=crossref.chronology(earlier, archive.registry.events),
                            n_events=len(reported) + len(earlier),
                            previous=archive.articles[position - 1] if position else None,
                            next=archive.articles[position + 1] if position + 1 < len(archive.articles) else None,
                            crumbs=self.crumbs(article), supplied=dict(article.supplied), cards=body.cards)
        toc = tuple(_token(2 if b.kind == "h2" else 3, b.anchor, b.text) for b in article.blocks
                    if b.kind in ("h2", "h3"))
        first = next(b.text for b in article.blocks if b.kind == "p")
        outlet = article.outlet or "an unnamed outlet"
        page = self._page(article.src_uri, article.title, f"{outlet}, {article.date.isoformat()}: {first}", html,
                          toc, section="Article")
        return dataclasses.replace(page, scripts=ARTICLE_SCRIPTS)

    def entity_pages(self, entity: Entity) -> list[PageOut]:
        """The entity's page, and continuation pages when more articles name it than one page lists."""
        archive = self.archive
        by_article: dict[str, list[crossref.Sighting]] = {}
        for sighting in archive.sightings.get(entity.id, ()):
            by_article.setdefault(sighting.article.slug, []).append(sighting)
        quotes: dict[str, list[crossref.Quote]] = {}
        for q in archive.quotes_by.get(entity.id, ()):
            quotes.setdefault(q.article, []).append(q)
        reg = archive.registry
        parts = dict(archive.participation.get(entity.id, ()))
        chosen = [reg.events[e] for e in parts] + [reg.events[e] for e in archive.events_here.get(entity.id, ())
                                                   if e not in parts]
        events = [ev for ev, _ in crossref.chronology(chosen, reg.events, same_year=True)]
        buckets = charts.mentions_over_time(entity.id, archive, self._span)
        ties = charts.neighbourhood(self.network, entity.id) if entity.kind in charts.NETWORK_KINDS else ()
        spellings = _spellings(entity, archive)
        context = dict(
            entity=entity,
            country=reg.entities.get(entity.country) if entity.country else None,
            spellings=spellings,
            n_articles=len(by_article),
            n_events=len(events),
            parts=parts,
            buckets=[b for b in buckets if b.mentions],
            mentions_svg=Markup(charts.mentions_svg(buckets, entity.name, f"mentions-{entity.id}")),
            ties=[(reg.entities[t.other], t) for t in ties],
        )
        listing = [(archive.by_slug[slug], ss) for slug, ss in by_article.items()]
        size = ARTICLES_PER_ENTITY_PAGE
        pages = []
        # Articles and events share the pages: the events in slices of `size`, the articles too on the first page,
        # then in slices of `more_size`, quoted (a person's) or a line each (the others').
        quoted_throughout = entity.kind in EVERY_SENTENCE
        more_size = QUOTED_PER_CONTINUATION_PAGE if quoted_throughout else ROWS_PER_ENTITY_PAGE
        for k, (rows, pager) in enumerate(paginate(listing, entity.src_uri, f"{entity.section}/{entity.id}/{{}}.md",
                                                   size, at_least=-(-len(events) // size), more_size=more_size)):
            quoted = [(q, self.statement_html(q)) for article, _ in rows
                      for q in quotes.get(article.slug, ())]  # from the articles listed here
            self.here = page_url(pager.src_uris[k])  # the links below are relative to the page they are on
            ego = charts.ego_svg(entity, self.network, archive, self._href) if ties and k == 0 else ""
            shown = events[k * size: (k + 1) * size]
            html = self._render("entity.html", pager.src_uris[k], by_article=rows, quoted=quoted, pager=pager,
                                as_rows=k > 0 and not quoted_throughout,
                                events=charts.timeline(shown, archive), n_shown=len(shown),
                                events_first=k * size + 1, crumbs=self.crumbs(entity), ego_svg=Markup(ego),
                                **context)
            if pager.number == 1:
                pages.append(self._page(entity.src_uri, entity.name,
                                        f"{KIND_LABEL[entity.kind]}: {entity.description}", html,
                                        section=KIND_LABEL[entity.kind]))
            else:
                pages.append(self._page(pager.src_uris[k], f"{entity.name}, page {pager.number}",
                                        f"Articles naming {entity.name} and events, page {pager.number} of "
                                        f"{pager.count}.", html))
        return pages

    def event_pages(self, event: Event) -> list[PageOut]:
        """The event's page, and continuation pages when more articles report it than one page lists."""
        archive = self.archive
        reports = []
        for slug in archive.reported_in.get(event.id, ()):
            article = archive.by_slug[slug]
            reports.append((article, self._passages_read_whole(article, event)))
        reg = archive.registry
        children = [reg.events[e] for e in archive.sub_events.get(event.id, ())]
        context = dict(
            event=event, n_reports=len(reports),
            place=reg.entities.get(event.place) if event.place else None,
            parent=reg.events.get(event.parent) if event.parent else None,
            children=charts.timeline(children, archive) if children else [],
            participants=[(reg.entities[p.id], p.part) for p in event.participants],
            date_article=archive.by_slug.get(event.date.article) if event.date.article else None,
        )
        pages = []
        more = f"events/{event.id}/{{}}.md"
        for chunk, pager in paginate(reports, event.src_uri, more, ARTICLES_PER_ENTITY_PAGE):
            src_uri = pager.src_uris[pager.number - 1]
            self.here = page_url(src_uri)
            html = self._render("event.html", src_uri, reports=chunk, pager=pager, crumbs=self.crumbs(event),
                                **context)
            if pager.number == 1:
                pages.append(self._page(src_uri, event.name, f"{event.when()}: {event.description}", html,
                                        section="Event"))
            else:
                pages.append(self._page(src_uri, f"{event.name}: reports {pager.first}–{pager.last}",
                                        f"Articles reporting {event.name}, {pager.first} to {pager.last}.", html))
        return pages

    def _passages_read_whole(self, article: Article, event: Event) -> list[tuple[str, Markup, list[Entity]]]:
        """The event's passages in an article, each read as the whole sentences it falls in (passages in the same
        sentences shown once), the passage's words marked; with the speakers of the quotations in them."""
        spans: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        for p in self.archive.passages[article.slug]:
            if p.event == event.id:
                text = article.block(p.block).text
                spans.setdefault((p.block, *crossref.whole_sentences(text, p.start, p.end)), []).append(
                    (p.start, p.end))
        out = []
        for (anchor, start, end), marks in spans.items():
            text = article.block(anchor).text
            speakers: list[Entity] = []
            for q in self._quotes_at.get((article.slug, anchor), ()):
                person = self.archive.registry.entities[q.person]
                if start <= q.start < end and person not in speakers:
                    speakers.append(person)
            out.append((anchor, Markup(marked_html(text, start, end, _merged(marks))), speakers))
        return out

    def index_pages(self, section: str) -> list[PageOut]:
        """A section's index, A to Z or by date, in pages of ITEMS_PER_INDEX_PAGE."""
        archive = self.archive
        context: dict = {"section": section, "title": SECTION_TITLES[section]}
        if section == "articles":
            items = [(a, len(crossref.entities_in(archive, a.slug)))
                     for a in sorted(archive.articles, key=lambda a: (a.date, a.slug), reverse=True)]
            template = "index_articles.html"
        elif section == "events":
            items = _timeline(archive)
            template = "index_events.html"
        else:
            items = _grouped(archive, _KIND_OF[section])
            context["counts"] = archive.article_counts
            template = "index_entities.html"
        pages = []
        for chunk, pager in paginate_index(section, items):
            src_uri = pager.src_uris[pager.number - 1]
            self.here = page_url(src_uri)
            if section == "events":
                context["years"] = charts.timeline([ev for _, ev, _ in chunk], archive)
            if section == "people" and pager.number == 1:  # who appears with whom, once, on the first page
                nodes, ties = charts.archive_network(self.network, archive)
                context.update(network_svg=Markup(charts.network_svg(self.network, archive, self._href)),
                               network_nodes=nodes, network_ties=ties)
            else:
                context.update(network_svg="", network_nodes=[], network_ties=[])
            html = self._render(template, src_uri, items=chunk, pager=pager, **context)
            title = SECTION_TITLES[section] + ("" if pager.number == 1 else f", page {pager.number}")
            pages.append(self._page(src_uri, title, _INDEX_DESCRIPTIONS[section], html))
        return pages

    def summary(self) -> str:
        """The home page's at-a-glance block."""
        self.here = ""
        latest, between = charts.latest_events(self.archive, GLANCE_EVENTS)
        return self.env.get_template("summary.html").render(
            archive=self.archive, years=charts.timeline(latest, self.archive, newest_first=True), between=between,
            latest=sorted(self.archive.articles, key=lambda a: (a.date, a.slug), reverse=True)[:5],
            counts={k: len(self.archive.registry.of_kind(k)) for k in ("person", "organisation", "place")})


_INDEX_DESCRIPTIONS = {
    "articles": "Every archived article on Iran–Iraq relations, newest first, with its outlet and date.",
    "people": "Everyone named in the archived articles, grouped by country, A to Z.",
    "events": "A timeline of the events the archived articles report or refer to.",
    "organisations": "The organisations named in the archived articles.",
    "places": "The places named in the archived articles.",
}


# Pagefind 1.5.2 reads the filters a search asks for with a JSON reader that takes an escaped double quote or
# backslash for another character, so that no choice holding one would ever match. A filter's value holds them as two private-use
# characters instead, which docs/assets/search.js turns back for readers and into when it asks.
_FILTER_SAFE = str.maketrans({'"': "\ue000", "\\": "\ue001"})


def card_markup(link: Link | None) -> Markup:
    """The attributes by which a link on an article's list of names carries the card of what it links to."""
    return Markup(card_attrs(link))


def filter_value(text: str) -> str:
    """A filter's value for Pagefind: the text, with double quotes and backslashes as the search script reads them."""
    return text.translate(_FILTER_SAFE)


def filter_attrs(kind: str, text: str) -> Markup:
    """The attributes that make an element whose text is `text` set the search filter `kind` to it: Pagefind reads
    the element's text, unless the value must differ from it (quotes, backslashes, spaces Pagefind would fold)."""
    value = filter_value(text)
    if value == text and " ".join(text.split()) == text:
        return Markup(f' data-pagefind-filter="{escape(kind)}"')
    return Markup(f' data-pagefind-filter="{escape(kind)}[data-f]" data-f="{escape(value)}"')


def _times_named(sightings: list[crossref.Sighting]) -> int:
    """How many times an article names the entity, over its sentences that do."""
    return sum(len(s.marks) for s in sightings)


def sentence_html(sighting: crossref.Sighting) -> str:
    """A sentence, escaped, with its mentions of the entity marked."""
    return marked_html(sighting.block.text, *sighting.sentence, sighting.marks)


def marked_html(text: str, start: int, end: int, marks) -> str:  # noqa: ANN001 - (start, end) pairs
    """text[start:end], escaped, with the spans `marks` (in order, not overlapping) in <mark>."""
    escape = text_escaper(text)
    out, pos = [], start
    for a, b in marks:
        a, b = max(a, pos), min(b, end)
        if a >= b:
            continue
        out.append(f"{escape(text[pos:a])}<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return "".join(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _recent_and_earlier(events: list[Event], article: Article) -> tuple[list[Event], list[Event]]:
    """The events an article reports (those that may have happened in the RECENT_DAYS before it, or after it) and
    the earlier ones it refers to, its background."""
    since = article.date - dt.timedelta(days=RECENT_DAYS)
    recent = [ev for ev in events if (ev.end.date if ev.end else ev.date.date).last_day() >= since]
    return recent, [ev for ev in events if ev not in recent]


def _spellings(entity: Entity, archive: Archive) -> list[tuple[str, int]]:
    """Every spelling of an entity, one list: the data's, then any other form the articles print (a possessive, a
    capital at the start of a sentence), each with how often the articles print it."""
    used: dict[str, int] = {}
    for s in archive.sightings.get(entity.id, ()):
        for a, b in s.marks:
            form = s.block.text[a:b]
            used[form] = used.get(form, 0) + 1
    known = list(dict.fromkeys(entity.spellings + entity.short))
    return [(form, used.get(form, 0)) for form in known] + sorted(
        (form, n) for form, n in used.items() if form not in known)


def _link(href: str, label: str) -> Markup:
    return Markup(f'<a href="{escape(href)}">{escape(label)}</a>')


def date_of(day: dt.date) -> Markup:
    """A day as a <time> element: '3 January 2020'."""
    return Markup(f'<time datetime="{day.isoformat()}">{day.day} {MONTHS[day.month - 1]} {day.year}</time>')


_PLACE_LABELS = {"p": "¶\u00a0", "c": "caption\u00a0", "h": "subheading\u00a0"}


def place_label(anchor: str) -> str:
    """How a block's anchor reads in a reference: p-3 -> '¶ 3', c-1 -> 'caption 1', h-2 -> 'subheading 2'."""
    kind, _, number = anchor.partition("-")
    return _PLACE_LABELS.get(kind, "") + number


def runs(items: list[tuple]) -> list[tuple[object, list]]:
    """Consecutive items with the same first element, grouped: [(g, a), (g, b), (h, c)] -> [(g, [a, b]), (h, [c])]."""
    out: list[tuple[object, list]] = []
    for key, *rest in items:
        value = rest[0] if len(rest) == 1 else tuple(rest)
        if out and out[-1][0] == key:
            out[-1][1].append(value)
        else:
            out.append((key, [value]))
    return out


def _describe(text: str, limit: int = 155) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _token(level: int, ident: str, name: str) -> dict:
    return {"level": level, "id": ident, "name": escape(name, quote=False), "children": []}


_GK_RE = re.compile(r'<span class="gk"[^>]*>.*?</span>', re.S)
_H2_RE = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)
_TAG_RE = re.compile(r"<[^>]+>")


def _toc_of(html: str) -> tuple[dict, ...]:
    """Second-level headings of a rendered page, for the page's table of contents."""
    return tuple({"level": 2, "id": m[1], "name": _TAG_RE.sub("", _GK_RE.sub("", m[2])).strip(), "children": []}
                 for m in _H2_RE.finditer(html))


def _grouped(archive: Archive, kind: str) -> list[tuple[str, Entity]]:
    """(group, entity) A to Z: people grouped by country, organisations and places by their kind."""
    reg = archive.registry
    items = []
    for e in reg.of_kind(kind):
        items.append((_group_of(archive, e), e))
    return sorted(items, key=lambda ge: (ge[0].casefold(), ge[1].name.casefold(), ge[1].id))


def _timeline(archive: Archive) -> list[tuple[int, Event, int]]:
    """(year, event, depth) oldest first; an event within another follows it when both start in the same year."""
    events = archive.registry.events
    return [(ev.date.date.year, ev, depth)
            for ev, depth in crossref.chronology(list(events.values()), events, same_year=True)]


_KIND_OF = {"people": "person", "organisations": "organisation", "places": "place"}


def _group_of(archive: Archive, e: Entity) -> str:
    """The group an entity is listed under on its section's index: a person's country, another's kind."""
    reg = archive.registry
    if e.kind == "person":
        return reg.entities[e.country].name if e.country in reg.entities else "No country given"
    return (e.category or "other").capitalize()


def _outlet_pages(archive: Archive) -> dict[str, Entity]:
    """Outlet names that are exactly the name or a spelling of one organisation of the data, and that organisation:
    an outlet is linked to its page only where no other organisation is spelled so."""
    found: dict[str, set[str]] = {}
    for e in archive.registry.of_kind("organisation"):
        for name in {e.name, *e.spellings}:
            found.setdefault(name, set()).add(e.id)
    return {name: archive.registry.entities[next(iter(ids))] for name, ids in found.items() if len(ids) == 1}
