"""MkDocs hook: the archive's pages are generated in memory from articles/ and articles/data/.

on_config loads, validates and renders everything (a data error stops the build with one message); on_files adds
the generated pages; on_env lets the theme's overrides render shared parts once per folder; on_page_content puts
each generated page's lean HTML in place for the search index and the theme, and on_post_page restores the parts
left out of it. On a machine with two processors or more, `mkdocs build` builds half of the pages outside the nav
in a second process (on_post_template forks it; on_post_build takes its search index entries back). The logic
lives in hooks/chronicle."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import jinja2
import material

from mkdocs.commands.build import _build_page  # MkDocs' build of one page, for the second process
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

if str(Path(__file__).parent) not in sys.path:  # the hook is loaded again on every `mkdocs serve` rebuild
    sys.path.insert(0, str(Path(__file__).parent))

from chronicle.build import (SUMMARY_MARKER, build_report, load_archive, render_jobs, render_summary,  # noqa: E402
                             run_jobs)
from chronicle.pages import PageOut, restore  # noqa: E402
from chronicle.exports import site_files  # noqa: E402
from chronicle.linked_data import build_date  # noqa: E402
from chronicle.errors import DataError  # noqa: E402
from chronicle import forked  # noqa: E402

log = logging.getLogger("mkdocs.hooks.archive")
_state: dict = {}  # rebuilt by on_config on every (re)build
_command: list[str] = []  # what mkdocs runs: "build", "serve" or "gh-deploy"


def on_startup(command: str, dirty: bool) -> None:
    _command[:] = [command]


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.clear()
    if not config.use_directory_urls:
        raise Abort("The archive's links assume 'use_directory_urls: true' in mkdocs.yml.")
    try:
        archive = load_archive(_root(config))
        _state["built_on"] = build_date()  # the pages read it too: a wrong SOURCE_DATE_EPOCH stops the build here
    except DataError as exc:
        raise Abort(f"Archive data error: {exc}") from None
    _state["archive"] = archive
    jobs = render_jobs(archive)
    if _split_wanted():  # every other job rendered in a second process meanwhile
        try:
            pages = forked.in_halves(jobs, run_jobs, logger="mkdocs")
        except forked.ChildFailed as exc:
            raise Abort(f"Rendering pages in the second process failed:\n{exc}") from None
    else:
        pages = run_jobs(jobs)
    _state["pages"] = {p.src_uri: p for p in pages}
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
    for path, content in site_files(_state["archive"], _state["built_on"], config.site_url or "",
                                    config.site_name).items():  # the downloads and the feed
        if files.get_file_from_path(path):
            raise Abort(f"docs/{path} clashes with a file the archive generates: rename or remove it.")
        files.append(File.generated(config, path, content=content))
    for line in build_report(_state["archive"]):
        log.info(line)
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _state["nav"] = nav
    return nav


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    _state["env"], _state["files"] = env, files
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


# -- the second process

def _split_wanted() -> bool:
    """Split the page building for `mkdocs build` and `gh-deploy` when the machine allows it; never under
    `mkdocs serve`, whose server threads make forking unsafe. ARCHIVE_PROCESSES=1 keeps one process."""
    return (_command[:1] != ["serve"] and os.environ.get("ARCHIVE_PROCESSES", "2") != "1"
            and forked.available())


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Once the sitemap has listed every page (MkDocs builds the theme's templates after the env event and before
    the pages), fork a second process that builds every other page outside the nav, and take those pages out of
    the ones MkDocs goes on to build here."""
    if template_name != "sitemap.xml" or "child" in _state or not _split_wanted():
        return output
    files: Files = _state["files"]
    doc_files = files.documentation_pages()
    share = [f for f in doc_files if isinstance(f.page, ArchivePage)][1::2]
    if not share:
        return output
    _state["order"] = [f.src_uri for f in doc_files]
    _state["index"] = index = _search_index(config)
    if index is not None:  # on_page_context notes each page's entries
        _state["entries"], _state["indexed"] = {}, len(index.entries)
    _state["child"] = forked.Forked(lambda: _build_share(share, doc_files, config), logger="mkdocs")
    for file in share:
        file.inclusion = InclusionLevel.EXCLUDED  # built by the child: MkDocs here passes it by
    _state["share"] = share
    return output


def _build_share(share: list[File], doc_files: list[File], config: MkDocsConfig) -> dict[str, list]:
    """In the child: build the share's pages as MkDocs builds a page; return their search index entries."""
    for file in share:
        _build_page(file.page, config, doc_files, _state["nav"], _state["env"])
    entries = _state.get("entries", {})
    return {file.src_uri: entries.get(file.src_uri, []) for file in share}


@event_priority(-100)  # after the search plugin has indexed the page
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """With the build split, note the search index entries each page made, to put them back in page order."""
    entries = _state.get("entries")
    if entries is not None:
        index = _state["index"]
        entries[page.file.src_uri] = index.entries[_state["indexed"]:]
        _state["indexed"] = len(index.entries)
    return context


@event_priority(100)  # before the search plugin writes its index
def on_post_build(config: MkDocsConfig) -> None:
    child = _state.pop("child", None)
    if child is None:
        return
    for file in _state["share"]:
        file.inclusion = InclusionLevel.NOT_IN_NAV
    try:
        theirs = child.result()
    except forked.ChildFailed as exc:
        raise Abort(f"Building pages in the second process failed:\n{exc}") from None
    index = _state["index"]
    if index is not None:
        ours = _state["entries"]
        index.entries = [e for uri in _state["order"] for e in theirs.get(uri) or ours.get(uri) or ()]
    log.info(f"{len(theirs)} of the {len(_state['order'])} pages were built in a second process")


def on_build_error(error: Exception) -> None:
    child = _state.pop("child", None)
    if child is not None:
        child.stop()


def _search_index(config: MkDocsConfig):  # noqa: ANN202 - Material's SearchIndex
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return getattr(plugin, "search_index", None)
