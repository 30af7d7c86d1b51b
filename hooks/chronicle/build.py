"""The whole pipeline in order: load the articles and the data, cross-reference them, render every page.
`hooks/site_hook.py` calls these; tests call them too, without MkDocs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Callable

from .crossref import Archive, build_archive
from .load import load_articles, load_registry
from .model import Article, Entity, Event
from .pages import SECTIONS, PageOut, Renderer

ARTICLES_DIR = "articles"
DATA_DIR = "articles/data"
SUMMARY_MARKER = "<!-- archive:summary -->"


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


def load_archive(root: Path) -> Archive:
    """Load, validate and cross-reference everything under `root` (the repository)."""
    with _cycle_collector_paused():
        articles = load_articles(root / ARTICLES_DIR, root)
        registry = load_registry(root / DATA_DIR, articles, root)
        return build_archive(articles, registry)


def render_jobs(archive: Archive) -> list[Callable[[], list[PageOut]]]:
    """The rendering of every generated page, as independent jobs: an article's page, an entity's or an event's
    pages, a section's index pages. Run in any order, in any process, they give the same pages."""
    renderer = Renderer(archive)
    jobs: list[Callable[[], list[PageOut]]] = [partial(_one, renderer.article_page, a) for a in archive.articles]
    jobs += [partial(renderer.entity_pages, e) for e in sorted(archive.registry.entities.values(), key=_id)]
    jobs += [partial(renderer.event_pages, e) for e in sorted(archive.registry.events.values(), key=_id)]
    jobs += [partial(renderer.index_pages, section) for section in SECTIONS]
    return jobs


def run_jobs(jobs: list[Callable[[], list[PageOut]]]) -> list[PageOut]:
    with _cycle_collector_paused():
        return [page for job in jobs for page in job()]


def render_pages(archive: Archive) -> list[PageOut]:
    """Every generated page: articles, people, organisations, places, events and the section indexes."""
    return run_jobs(render_jobs(archive))


def _one(render: Callable[[Article], PageOut], article: Article) -> list[PageOut]:
    return [render(article)]


def _id(thing: Entity | Event) -> str:
    return thing.id


def render_summary(archive: Archive) -> str:
    return Renderer(archive).summary()


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
