"""The one module that knows MkDocs and Material. It hands the archive's build (hooks/chronicle, which knows neither)
to MkDocs through its public surfaces: generated files (`File.generated`), pages that bring their own HTML (a `Page`
subclass, as Material's blog plugin makes them), a loader for the theme's own templates, and, once the site is
written, Pagefind's command line over the finished site for the search index."""

from __future__ import annotations

import logging
import os
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
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

from chronicle.build import Site, build_site
from chronicle.errors import DataError
from chronicle.pages import PageOut

log = logging.getLogger("mkdocs.hooks.archive")
SUMMARY_MARKER = "<!-- archive:summary -->"  # in docs/index.md: where the home page's at-a-glance block goes
PAGEFIND_DIR = "pagefind"  # the search index and its script, under the site's root
# The pages Pagefind reads: the home page, the pages one level down (hand-written pages, section indexes) and two
# (an article's, a person's, an event's ...). The rest, a listing's or an entity's further pages, have no body to
# index; reading them would take a third of its time. tests/test_site.py checks what the index holds.
PAGEFIND_GLOB = "{index.html,*/index.html,*/*/index.html}"


def load(config: MkDocsConfig) -> Build:
    """The archive built for this (re)build of the site; a data error stops it with its one message."""
    if not config.use_directory_urls:
        raise Abort("The archive's links assume 'use_directory_urls: true' in mkdocs.yml.")
    try:
        site = build_site(Path(config.config_file_path).parent, config.site_url or "", config.site_name)
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
    """One build of the site: the archive's pages by source path."""

    site: Site
    pages: dict[str, PageOut]

    def add_files(self, files: Files, config: MkDocsConfig) -> Files:
        """The generated pages (the nav names the section indexes; the rest stay out of it) and other files."""
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

    def index_search(self, config: MkDocsConfig) -> None:
        """Pagefind's index of the finished site, written into it: run by every build, `mkdocs serve`'s too."""
        started, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run([sys.executable, "-m", "pagefind", "--site", config.site_dir, "--output-subdir",
                               PAGEFIND_DIR, "--glob", PAGEFIND_GLOB, "--exclude-selectors", ".headerlink",
                               "--silent"], capture_output=True, text=True)
        if done.returncode != 0:
            raise Abort(f"Pagefind could not index the site (exit status {done.returncode}):\n{done.stderr.strip()}\n"
                        "Fix: install the site's requirements (pip install -r requirements.txt).")
        log.info(f"Search index written to {PAGEFIND_DIR}/ in {time.perf_counter() - started:.1f} s "
                 f"({_children_cpu() - cpu:.1f} s of CPU)")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def theme_env(env: jinja2.Environment) -> jinja2.Environment:
    """Material's own templates stay reachable as "material/...", for the overrides that wrap one of them; and
    `archive_memo` renders a wrapped part once per folder for the generated pages outside the nav."""
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader(
        {"material": jinja2.FileSystemLoader(str(Path(material.__file__).parent / "templates"))})])
    env.globals["archive_memo"] = _memo(os.environ.get("ARCHIVE_THEME_MEMO", "1") != "0")
    # The theme's templates indent their tags for their own reading: a line's indentation shrinks to one space and
    # the line break after a block tag goes as each template is read, 1.2 KB of every page. Whitespace stays
    # wherever there was some, so what the page shows does not change, nor does its content, which the templates
    # print from a variable.
    env.trim_blocks = env.lstrip_blocks = True
    env.add_extension(_Unindented)
    return env


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
