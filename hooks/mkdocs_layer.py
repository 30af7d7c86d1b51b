"""The one module that knows MkDocs and Material. It hands the archive's build (hooks/chronicle, which knows neither)
to MkDocs through its public surfaces: generated files (`File.generated`), pages that bring their own HTML (a `Page`
subclass, as Material's blog plugin makes them), a loader for the theme's own templates; and Pagefind's command
line, which makes the search index while the theme renders the pages."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import jinja2
import jinja2.ext
import material
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from markupsafe import Markup, escape

from chronicle.build import Site, build_site
from chronicle.errors import DataError
from chronicle.parallel import processes_wanted
from chronicle.pages import PageOut

log = logging.getLogger("mkdocs.hooks.archive")
SUMMARY_MARKER = "<!-- archive:summary -->"  # in docs/index.md: where the home page's at-a-glance block goes
PAGEFIND_DIR = "pagefind"  # the search index and its script, under the site's root
# The pages Pagefind reads: the home page, the pages one level down (hand-written pages, section indexes) and two
# (an article's, a person's, an event's ...). The rest, a listing's or an entity's further pages, have no body to
# index; reading them would take a third of its time. tests/test_site.py checks what the index holds.
PAGEFIND_GLOB = "{index.html,*/index.html,*/*/index.html}"
# How Pagefind reads the pages, whichever folder holds them (tests/test_site.py runs it over the finished site too).
PAGEFIND_OPTIONS = ("--glob", PAGEFIND_GLOB, "--exclude-selectors", ".headerlink", "--silent")
# The theme's files that no page of the archive loads: its own search's index builder and languages (the search is
# Pagefind's, and the theme's script starts its worker only when its search plugin is configured) and the source
# maps of its minified script and style sheets, which only a browser's developer tools ask for. 2.2 MB of the
# theme's 2.6 MB, on every copy of the site.
UNUSED_THEME_FILES = re.compile(r"assets/javascripts/(?:lunr|workers)/.*|.*\.map")
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"  # the theme's templates and its static files


def load(config: MkDocsConfig) -> Build:
    """The archive built for this (re)build of the site; a data error stops it with its one message."""
    if not config.use_directory_urls:
        raise Abort("The archive's links assume 'use_directory_urls: true' in mkdocs.yml.")
    try:
        processes = processes_wanted()
    except ValueError as exc:
        raise Abort(str(exc)) from None
    try:
        site = build_site(Path(config.config_file_path).parent, config.site_url or "", config.site_name, processes)
    except DataError as exc:
        raise Abort(f"Archive data error: {exc}") from None
    return Build(site, {page.src_uri: page for page in site.pages})


class ArchivePage(Page):
    """A generated page. Its HTML is rendered already, so instead of parsing its Markdown stub (front matter, empty
    body) and converting an empty body, it takes what that would give: the metadata, an empty Markdown body; then
    the HTML and the table of contents in place of the empty conversion."""

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


@dataclass(frozen=True)
class Build:
    """One build of the site: the archive's pages by source path, and the search index being made."""

    site: Site
    pages: dict[str, PageOut]
    search: SearchIndex = field(default_factory=lambda: SearchIndex())

    def add_files(self, files: Files, config: MkDocsConfig) -> Files:
        """The generated pages (the nav names the section indexes; the rest stay out of it) and other files; the
        theme's files that no page loads go."""
        for file in [f for f in files if UNUSED_THEME_FILES.fullmatch(f.src_uri) and f.abs_src_path
                     and Path(f.abs_src_path).is_relative_to(MATERIAL_TEMPLATES)]:
            files.remove(file)
        for src_uri, page in sorted(self.pages.items()):
            if files.get_file_from_path(src_uri):
                raise Abort(f"docs/{src_uri} clashes with a generated page of the archive: rename or remove it.")
            in_nav = src_uri.endswith("/index.md")
            inclusion = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, src_uri, content=page.markdown_stub(), inclusion=inclusion)
            files.append(file)
            ArchivePage(page, file, config)
        for path, content in sorted(self.site.files.items()):
            if files.get_file_from_path(path):
                raise Abort(f"docs/{path} clashes with a file the archive generates: rename or remove it.")
            files.append(File.generated(config, path, content=content))
        for line in self.site.report:
            log.info(line)
        return files

    def page_content(self, html: str) -> str:
        """A hand-written page's HTML, with the home page's at-a-glance block where it asks for it."""
        return html.replace(SUMMARY_MARKER, self.site.summary) if SUMMARY_MARKER in html else html


class SearchIndex:
    """Pagefind's index of the site, made while the theme renders the pages, by Pagefind's command line in a process
    of its own. Every page's content is final before the theme renders the first page (MkDocs reads and converts
    every page, then calls on_env, then renders), and the index holds only what a page prints between its
    `data-pagefind-body` tags (the frame around is the theme's). So `start` writes each page's indexed part, as
    overrides/main.html and the theme's content partial print it, less what Pagefind would only skip
    (unread_parts_left_out), into a folder of its own, and Pagefind indexes that into the site's pagefind/ folder;
    `finish` waits for it at the end of the build, `mkdocs serve`'s too.
    tests/test_site.py checks that the index is the one Pagefind makes from the finished site."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.folder: Path | None = None
        self.started = 0.0
        self.cpu = 0.0

    def start(self, config: MkDocsConfig, files: Files) -> None:
        self.stop()
        self.folder = Path(tempfile.mkdtemp(prefix="archive-search-", dir=_scratch()))
        pages = self.folder / "site"
        head = f'<!doctype html><html lang="{escape(config.theme["language"])}"><body>'
        for file in files.documentation_pages():
            if search_body(file.page):
                out = pages / file.dest_uri
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(f"{head}{unread_parts_left_out(indexed(file.page, theme_content(file.page, config)))}"
                               "</body></html>", encoding="utf-8")
        self.started, self.cpu = time.perf_counter(), _children_cpu()
        with open(self.folder / "pagefind.log", "w", encoding="utf-8") as errors:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path",
                 str(Path(config.site_dir) / PAGEFIND_DIR), *PAGEFIND_OPTIONS],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        _behind_the_pages(self.process.pid)

    def finish(self) -> None:
        """Waits for the index; Pagefind's error, if it failed, stops the build."""
        if self.process is None:
            raise Abort("The search index was not started: the build's on_env event did not run.")
        waiting = time.perf_counter()
        status = self.process.wait()
        waited = time.perf_counter() - waiting
        errors = (self.folder / "pagefind.log").read_text(encoding="utf-8").strip()
        self.stop()
        if status != 0:
            raise Abort(f"Pagefind could not index the site (exit status {status}):\n{errors}\n"
                        "Fix: install the site's requirements (pip install -r requirements.txt).")
        log.info(f"Search index written to {PAGEFIND_DIR}/ in {time.perf_counter() - self.started:.1f} s "
                 f"({_children_cpu() - self.cpu:.1f} s of CPU), {waited:.1f} s of it after the pages")

    def stop(self) -> None:
        """Ends a run that a failed build leaves behind, and removes the pages written for it."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _behind_the_pages(pid: int) -> None:
    """The indexer's process, and the threads it starts, yield the processors to the build's own: the theme writing
    the pages is the build's longest path, and the index has until the last page is written. (Pagefind's Python
    module becomes its binary in the same process, keeping this.) Where a system has no process priorities, or the
    process has already ended, it stays as it is."""
    if hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, pid, min(os.getpriority(os.PRIO_PROCESS, 0) + 10, 19))


def _scratch() -> str | None:
    """Where the pages for the index go: TMPDIR if it is set, else a file system in memory where there is one
    (Linux's /dev/shm: writing thousands of small files to a disk, and removing them, took seconds on the
    development machine), else the system's temporary folder."""
    memory = Path("/dev/shm")
    if os.environ.get("TMPDIR") or not (memory.is_dir() and os.access(memory, os.W_OK)):
        return None
    return str(memory)


def search_body(page: Page | None) -> Markup:
    """The tag that opens a page's indexed part: its section as a search filter and a label for the results; none
    for a page whose front matter says `search: {exclude: true}` (continuation and index pages: their first page,
    or the listed pages, are the ones to find). overrides/main.html prints it around the theme's content."""
    search = (page.meta.get("search") if page is not None else None) or {}
    if search.get("exclude"):
        return Markup("")
    section = escape(search.get("section") or "Page")
    return Markup(f'<div data-pagefind-body data-pagefind-filter="section:{section}" '
                  f'data-pagefind-meta="section:{section}">')


def indexed(page: Page | None, content: str) -> Markup:
    """A page's `content` inside its indexed part (search_body), or as it is on a page the search leaves out:
    overrides/main.html prints the theme's content through it, and the search index gets the same."""
    opening = search_body(page)
    return Markup(f"{opening}{content}</div>") if opening else Markup(content)


_IGNORED = " data-pagefind-ignore"  # in an element's opening tag, alone or as ="index" (="all" is not written here)
_TAG_NAME = re.compile(r"<([a-z][a-z0-9]*)\b")
_GATHERED = re.compile(r"data-pagefind-(?:filter|meta|sort)\b")


def unread_parts_left_out(html: str) -> str:
    """A page's indexed part without the elements Pagefind is told to ignore (`data-pagefind-ignore`) that hold no
    filter, metadata or sort key, which Pagefind reads even there: it would parse them only to skip them (on the
    archive at N=2,000, a third of its time). Each is cut from its opening tag to the closing tag that balances it;
    where none does, it is left as it is. The index is the same (tests/test_site.py)."""
    out, done, at = [], 0, 0
    while (found := html.find(_IGNORED, at)) >= 0:
        at = found + len(_IGNORED)
        start = html.rfind("<", done, found)
        tag = _TAG_NAME.match(html, start) if start >= 0 else None
        if tag is None or not (html[at:at + 1] in (">", " ", "/") or html.startswith('="index"', at)):
            continue  # another attribute whose name starts so, or the element's every part ignored ("all")
        depth, end = 0, None
        for t in _tags_named(tag[1]).finditer(html, start):
            depth += -1 if t[1] else 1
            if depth == 0:
                end = t.end()
                break
        if end is None or _GATHERED.search(html, start, end):
            continue
        out.append(html[done:start])
        done = at = end
    out.append(html[done:])
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _tags_named(tag: str) -> re.Pattern:
    """The opening and closing tags of elements named `tag`; group 1 is '/' in a closing tag."""
    return re.compile(rf"<(/?){tag}\b[^>]*>")


def theme_content(page: Page, config: MkDocsConfig) -> str:
    """What Material's content partial prints for a page of this site (no tags, edit actions, source dates, feedback
    or comments are configured): a title where the page's content has none, then the content."""
    title = "" if "<h1" in page.content else f"<h1>{page.title or config.site_name}</h1>"
    return title + page.content


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def theme_env(env: jinja2.Environment, config: MkDocsConfig) -> jinja2.Environment:
    """Material's own templates stay reachable as "material/...", for the overrides that wrap one of them;
    `archive_memo` renders a wrapped part once per folder for the generated pages outside the nav;
    `archive_indexed` puts a page's content in its indexed part; and `archive_text` gives the theme's texts in the
    site's language (overrides/partials/language.html)."""
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader(
        {"material": jinja2.FileSystemLoader(str(MATERIAL_TEMPLATES))})])
    env.globals["archive_text"] = _texts(env, config)
    env.globals["archive_memo"] = _memo(os.environ.get("ARCHIVE_THEME_MEMO", "1") != "0")
    env.globals["archive_indexed"] = indexed
    env.filters["archive_palettes"] = palettes
    env.filters["archive_compact"] = compact
    # The theme's templates indent their tags for their own reading: a line's indentation shrinks to one space and
    # the line break after a block tag goes as each template is read, 1.2 KB of every page. Whitespace stays
    # wherever there was some, so what the page shows does not change, nor does its content, which the templates
    # print from a variable.
    env.trim_blocks = env.lstrip_blocks = True
    env.add_extension(_Unindented)
    return env


def _texts(env: jinja2.Environment, config: MkDocsConfig) -> Callable[[str], str]:
    """Material's own `t` from its partials/language.html (the language's text for a key, else English's, else the
    key), each key asked once a build: that `t` builds the table of all the language's texts on every call."""
    material = env.get_template("material/partials/language.html").make_module({"config": config})
    return functools.cache(material.t)


_WHITESPACE_RUN = re.compile(r"\s{2,}")


@functools.lru_cache(maxsize=64)
def compact(html: str) -> str:
    """The theme's markup around a page's content with each run of whitespace as one character, a line break where
    the run held one: a browser shows whitespace the same, one space or many, outside preformatted text, which this
    markup (header, tabs, navigation, table of contents, footer) holds none of. The tabs, navigation and footer print
    the same for the pages of a folder (archive_memo): each is made once, while its folder's pages are rendered."""
    return Markup(_WHITESPACE_RUN.sub(_one_whitespace, html))


def _one_whitespace(run: re.Match) -> str:
    return "\n" if "\n" in run[0] else " "


def palettes(configured: list | dict | None) -> list[dict[str, str | None]]:
    """The palettes of mkdocs.yml's theme as assets/palette.js makes its toggle of them: each one's media query, its
    scheme, primary and accent colours as Material's style sheets name them (its defaults where one is not given),
    and the name of its toggle, which switches to the next palette, or None where it has none."""
    if not configured:
        return []
    listed = [configured] if isinstance(configured, dict) else configured
    return [{"media": option.get("media") or "",
             "scheme": (option.get("scheme") or "default").replace(" ", "-"),
             "primary": (option.get("primary") or "indigo").replace(" ", "-"),
             "accent": (option.get("accent") or "indigo").replace(" ", "-"),
             "toggle": (option.get("toggle") or {}).get("name")} for option in listed]


class _Unindented(jinja2.ext.Extension):
    """Each template's source with one space where its lines' indentation was: where the line break before goes
    (after a block tag), the space keeps the words or tags around it apart as the indentation did."""

    _INDENT = re.compile(r"\n[ \t]+")

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return self._INDENT.sub("\n ", source)


def _memo(enabled: bool):  # noqa: ANN202 - a Jinja call block's callee
    """The theme's navigation, tabs, footer, style sheets, configuration and scripts print the same for every page
    outside the nav in one folder: their links are relative, and no such page is active in the nav. Each is
    rendered once per folder for those pages, whole; tests/test_site.py checks that every file is byte for byte the
    same with ARCHIVE_THEME_MEMO=0."""
    made: dict[tuple[str, str], str] = {}

    def archive_memo(part: str, page: Page | None, caller: Callable[[], str]) -> str:
        if not enabled or page is None or not page.file.inclusion.is_not_in_nav():
            return caller()
        key = (part, page.url.rsplit("/", 2)[0])
        html = made.get(key)
        if html is None:
            html = made[key] = caller()
        return html

    return archive_memo
