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
from chronicle.pages import restore  # noqa: E402
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


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src_uri, page in sorted(_state["pages"].items()):
        if files.get_file_from_path(src_uri):
            raise Abort(f"docs/{src_uri} clashes with a generated page of the archive: rename or remove it.")
        inclusion = InclusionLevel.INCLUDED if src_uri.endswith("/index.md") else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src_uri, content=page.markdown_stub(), inclusion=inclusion))
    for line in build_report(_state["archive"]):
        log.info(line)
    return files


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    # Material's own templates stay reachable as "material/...", for the overrides that wrap them.
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader(
        {"material": jinja2.FileSystemLoader(str(Path(material.__file__).parent / "templates"))})])
    memo: dict = {}
    enabled = os.environ.get("ARCHIVE_THEME_MEMO", "1") != "0"

    def archive_memo(part: str, page: Page | None, caller) -> str:  # noqa: ANN001 - Jinja's caller macro
        """Render a part of the theme once per folder for pages outside the nav: its relative links, the only
        thing in it that tells such pages apart, are the same for every page of one folder."""
        if not enabled or page is None or page.file.inclusion != InclusionLevel.NOT_IN_NAV:
            return caller()
        key = (part, page.url.rsplit("/", 2)[0])
        if key not in memo:
            memo[key] = caller()
        return memo[key]

    env.globals["archive_memo"] = archive_memo
    return env


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
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

