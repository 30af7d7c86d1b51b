"""The archive's build in one place, its stages in the order they run: load the articles, load and validate the
data against them, match the names in the text, cross-reference, annotate each article's text, render every page.
`build_site` returns a `Site`; hooks/mkdocs_layer.py hands it to MkDocs, and the tests call it without MkDocs."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .annotate import AnnotatedArticle, Link, annotate_article
from .crossref import Archive, build_archive
from .exports import site_files
from .linked_data import build_date
from .load import load_articles, load_registry
from .match import NameIndex, resolve_mentions
from .model import Article, Entity, Event, Mention
from .parallel import Other, shared_out
from .pages import KIND_LABEL, SECTIONS, PageOut, Renderer, page_url, relative_url

ARTICLES_DIR = "articles"
DATA_DIR = "articles/data"


@dataclass(frozen=True)
class Site:
    """What the build makes: the generated pages, the home page's at-a-glance block, other files to publish
    by their path in the site ('data/articles.json': text or bytes, written as they are), and the curator's
    report lines."""

    pages: tuple[PageOut, ...]
    summary: str
    files: dict[str, str | bytes] = field(default_factory=dict)
    report: tuple[str, ...] = ()


def build_site(root: Path, site_url: str = "", site_name: str = "", processes: int = 1) -> Site:
    """Every stage, in order, over the repository at `root`. A data error raises DataError. `site_url` and
    `site_name` are what the downloads and the feed call the site. Matching and rendering are shared out between
    up to `processes` processes where that is safe and worth it (`parallel`); the site is the same."""
    built_on = build_date()  # the pages' structured data, the citations and the downloads all say this day
    with _cycle_collector_paused():
        articles = load_articles(root / ARTICLES_DIR, root)  # load
        registry = load_registry(root / DATA_DIR, articles, root)  # validate, against the articles
        mentions = match_articles(articles, registry.entities.values(), processes)  # match
        archive = build_archive(articles, registry, mentions)  # cross-reference
        bodies = annotate_articles(archive)  # annotate
        renderer = Renderer(archive, bodies, built_on)  # render, and meanwhile the downloads and the feed
        pages, files = render_all(renderer, processes, functools.partial(site_files, archive, built_on, site_url,
                                                                         site_name))
        return Site(tuple(pages), renderer.summary(), files, report=tuple(build_report(archive)))


def load_archive(root: Path) -> Archive:
    """The stages up to the cross-references: what the import command and the tests read."""
    with _cycle_collector_paused():
        articles = load_articles(root / ARTICLES_DIR, root)
        registry = load_registry(root / DATA_DIR, articles, root)
        return build_archive(articles, registry, match_articles(articles, registry.entities.values()))


def render_pages(archive: Archive) -> list[PageOut]:
    """The annotation and render stages over a cross-referenced archive: every generated page."""
    with _cycle_collector_paused():
        return render_all(Renderer(archive, annotate_articles(archive)))[0]


# -- the stages


def match_articles(articles: list[Article], entities: Iterable[Entity], processes: int = 1,
                   ) -> dict[str, tuple[Mention, ...]]:
    """Every article's mentions of the entities, resolved or with why not, by article slug. Each article is matched
    on its own, so the articles are shared out between the machine's processors (`parallel`)."""
    found, _ = shared_out(functools.partial(_mentions_in, index=NameIndex(entities)), articles, processes)
    return {a.slug: mentions for a, mentions in zip(articles, found, strict=True)}


def _mentions_in(article: Article, index: NameIndex) -> tuple[Mention, ...]:
    return tuple(resolve_mentions(article, index))


def annotate_articles(archive: Archive) -> dict[str, AnnotatedArticle]:
    """Each article's blocks as annotated HTML, and its cards, by slug. Every article page sits at the same depth,
    so a thing's link (and card) is the same in every article that names it, but a person's role on its date."""
    hrefs: dict[str, str] = {}
    out = {}
    for article in archive.articles:
        here = page_url(article.src_uri)
        links: dict[str, Link] = {}
        for ident in {m.entity for m in archive.resolved(article.slug)} | {p.event for p in
                                                                          archive.passages[article.slug]}:
            thing = archive.registry.entities.get(ident) or archive.registry.events[ident]
            href = hrefs.get(ident)
            if href is None:
                href = hrefs[ident] = relative_url(here, page_url(thing.src_uri))
            links[ident] = card_link(thing, article, href)
        out[article.slug] = annotate_article(article, archive.resolved(article.slug), archive.passages[article.slug],
                                             links)
    return out


def card_link(thing: Entity | Event, article: Article, href: str) -> Link:
    """Where a mention of `thing` in `article` points, and what its card says."""
    if isinstance(thing, Event):
        return Link(href, "event", thing.name, thing.when(), thing.description)
    role = role_at(thing, article)
    if thing.description.casefold().startswith(role.casefold()):  # the line says it, and more: said once
        role = ""
    return Link(href, thing.kind, thing.name, role, thing.description)


def role_at(entity: Entity, article: Article) -> str:
    """A person's roles on the article's date (or their one undated role); a thing's category."""
    roles = entity.roles_on(article.date)
    if roles:
        return "; ".join(r.title for r in roles)
    if entity.kind == "person":
        return entity.roles[0].title if len(entity.roles) == 1 and not entity.roles[0].start else ""
    return entity.category or KIND_LABEL[entity.kind]


def render_all(renderer: Renderer, processes: int = 1,
               meanwhile: Callable[[], Other] = lambda: None) -> tuple[list[PageOut], Other]:
    """Every generated page: articles, people, organisations, places, events and the section indexes, in this order;
    and what `meanwhile()` returns, made while the pages are. Each page (or an entity's or a section's run of pages)
    is rendered on its own, so they are shared out between the machine's processors (`parallel`)."""
    archive = renderer.archive
    work: list[Callable[[], Iterable[PageOut]]] = [functools.partial(_one, renderer.article_page, article)
                                                   for article in archive.articles]
    work += [functools.partial(renderer.entity_pages, entity)
             for entity in sorted(archive.registry.entities.values(), key=_id)]
    work += [functools.partial(renderer.event_pages, event)
             for event in sorted(archive.registry.events.values(), key=_id)]
    work += [functools.partial(renderer.index_pages, section) for section in SECTIONS]
    runs, other = shared_out(_listed, work, processes, meanwhile)
    return [page for pages in runs for page in pages], other


def _one(render: Callable[[Article], PageOut], article: Article) -> tuple[PageOut]:
    return (render(article),)


def _listed(render: Callable[[], Iterable[PageOut]]) -> list[PageOut]:
    return list(render())


def build_report(archive: Archive) -> list[str]:
    """What a curator should look at: mentions linked by more than a spelling as written (a variant, a surname and
    the rule that linked it), mentions left unlinked (with why) and entries no article names."""
    lines = []
    for article in archive.articles:
        ruled: dict[tuple[str, str, str], list[str]] = {}
        for m in archive.mentions[article.slug]:
            if m.entity and m.rule:
                ruled.setdefault((m.text, m.entity, m.rule), []).append(m.block)
        for (text, entity, rule), blocks in ruled.items():
            lines.append(f"{article.path}, ¶ {', '.join(blocks)}: '{text}' linked to {entity} as {rule}")
    for article, m in archive.unresolved():
        lines.append(f"{article.path}, ¶ {m.block}: '{m.text}' left unlinked: {m.reason}")
    for ident in archive.unmentioned():
        thing = archive.registry.entities.get(ident) or archive.registry.events[ident]
        lines.append(f"{thing.path}: '{ident}' is named or reported in no article")
    return lines


def _id(thing: Entity | Event) -> str:
    return thing.id


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Loading and rendering make hundreds of thousands of small objects that stay, and next to no reference cycles
    (loading none, rendering Jinja's few); the cycle collector would walk them all again and again while they are
    made, for nothing. It is paused meanwhile and left as it was found, with what was made counted as old (moved
    to its oldest generation by freeze and unfreeze): else its next pass would walk all of it at once."""
    was_enabled, had_frozen = gc.isenabled(), gc.get_freeze_count() > 0
    gc.disable()
    try:
        yield
    finally:
        if not had_frozen:  # unfreeze would thaw what the process itself keeps frozen
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()
