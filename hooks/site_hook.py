"""MkDocs hook: the archive's pages are generated in memory from articles/ and articles/data/.

on_config loads, validates and renders everything (a data error stops the build with one message); on_files adds
the generated pages; on_env lets the theme's overrides render shared parts once per folder; on_page_content puts
each generated page's lean HTML in place for the search index and the theme, and on_post_page restores the parts
left out of it. The logic lives in hooks/chronicle."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import jinja2
import material

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

if str(Path(__file__).parent) not in sys.path:  # the hook is loaded again on every `mkdocs serve` rebuild
    sys.path.insert(0, str(Path(__file__).parent))

from chronicle.build import SUMMARY_MARKER, build_report, load_archive, render_pages, render_summary  # noqa: E402
from chronicle.pages import PageOut, restore  # noqa: E402
from chronicle.errors import DataError  # noqa: E402

log = logging.getLogger("mkdocs.hooks.archive")
_state: dict = {}  # rebuilt by on_config on every (re)build


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.clear()
    if not config.use_directory_urls:
        raise Abort("The archive's links assume 'use_directory_urls: true' in mkdocs.yml.")
    try:
        archive = load_archive(_root(config))
    except DataError as exc:
        raise Abort(f"Archive data error: {exc}") from None
    _state["archive"] = archive
    _state["pages"] = {p.src_uri: p for p in render_pages(archive)}
    return config


class ArchivePage(Page):
    """A generated page outside the nav. Its HTML is rendered already, so instead of parsing its Markdown stub
    (front matter, empty body) and converting an empty body, it takes what that would give: the metadata, an
    empty Markdown body; then the HTML and the table of contents in place of the empty conversion."""

    def __init__(self, generated: PageOut, file: File, config: MkDocsConfig) -> None:
        super().__init__(None, file, config)
        self.generated = generated

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown, self.meta = "", self.generated.front_matter()

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = self.generated.html
        self.toc = get_toc(list(self.generated.toc))
        self.present_anchor_ids = set()  # what MkDocs finds in the stub, as before
        self.links_to_anchors = {}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src_uri, page in sorted(_state["pages"].items()):
        if files.get_file_from_path(src_uri):
            raise Abort(f"docs/{src_uri} clashes with a generated page of the archive: rename or remove it.")
        in_nav = src_uri.endswith("/index.md")  # the nav names the section indexes: MkDocs makes their pages
        inclusion = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, src_uri, content=page.markdown_stub(), inclusion=inclusion)
        files.append(file)
        if not in_nav:
            ArchivePage(page, file, config)
    for line in build_report(_state["archive"]):
        log.info(line)
    return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    # Material's own templates stay reachable as "material/...", for the overrides that wrap them.
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader(
        {"material": jinja2.FileSystemLoader(str(Path(material.__file__).parent / "templates"))})])
    memo: dict = {}
    enabled = os.environ.get("ARCHIVE_THEME_MEMO", "1") != "0"

    def archive_memo(part: str, page: Page | None, *slots: str, caller) -> str:  # noqa: ANN001 - Jinja's macro
        """Render a part of the theme once per folder for pages outside the nav: its relative links, the only
        thing in it that tells such pages apart, are the same for every page of one folder.

        `slots` name values of the page that the part prints as they are ("meta.title", "canonical_url"). The part
        is kept cut at them, and each later page gets the cuts joined by its own values. A page on which a value
        is empty, or (when the cuts are made) printed other than exactly once, is rendered in full."""
        if not enabled or page is None or page.file.inclusion != InclusionLevel.NOT_IN_NAV:
            return caller()
        values = tuple(_value(page, slot) for slot in slots)
        if not all(values):
            return caller()
        key = (part, page.url.rsplit("/", 2)[0])
        cuts = memo.get(key)
        if cuts is None:
            html = caller()
            if (cuts := _cut(html, values)) is not None:
                memo[key] = cuts
            return html
        return "".join(_join(cuts, values))

    env.globals["archive_memo"] = archive_memo
    return env


def _value(page: Page, slot: str) -> str:
    """The page's value that a slot names: "meta.<key>" for its front matter, else an attribute."""
    field, _, key = slot.partition(".")
    value = page.meta.get(key) if field == "meta" else getattr(page, field)
    if value is not None and not isinstance(value, str):
        raise TypeError(f"archive_memo slot {slot!r} is not text: {value!r}")
    return value or ""


def _cut(html: str, slots: tuple[str, ...]) -> list[str] | None:
    """`html` cut at each slot value in turn, if each is printed exactly once and in order; else None."""
    cuts, pos = [], 0
    for value in slots:
        if not value or html.count(value) != 1 or (at := html.find(value, pos)) < 0:
            return None
        cuts.append(html[pos:at])
        pos = at + len(value)
    cuts.append(html[pos:])
    return cuts


def _join(cuts: list[str], slots: tuple[str, ...]):  # noqa: ANN202
    yield cuts[0]
    for value, cut in zip(slots, cuts[1:]):
        yield value
        yield cut


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if isinstance(page, ArchivePage):
        return html
    generated = _state["pages"].get(page.file.src_uri)
    if generated is not None:
        page.toc = get_toc(list(generated.toc))
        return generated.html
    if SUMMARY_MARKER in html:
        return html.replace(SUMMARY_MARKER, render_summary(_state["archive"]))
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    generated = _state["pages"].get(page.file.src_uri)
    return restore(output, generated.deferred) if generated is not None and generated.deferred else output

