"""One strict build of the real site, and what its HTML must hold."""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import jinja2
import pytest
import yaml

from chronicle.build import load_archive
from conftest import ROOT, SEEDS, mkdocs_build, mkdocs_command
from sitecheck import article_blocks, broken_links, search_index, search_records

EXPECTED = yaml.safe_load((SEEDS / "expected.yml").read_text(encoding="utf-8"))


def seed_lines(name: str) -> list[str]:
    return [line for line in (SEEDS / name).read_text(encoding="utf-8").split("\n") if line.strip()]


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_every_paragraph_of_every_seed_is_on_its_page_verbatim(site, seed):
    """The article's blocks, read off the built page, are the seed's lines minus the dropped ones, in order."""
    dropped = Counter(EXPECTED[seed]["dropped"])
    kept = []
    for line in seed_lines(seed):
        if dropped[line]:
            dropped[line] -= 1
        else:
            kept.append(line)
    assert not +dropped, f"lines listed as dropped are not in the seed: {list(dropped)}"
    blocks = article_blocks(page(site, f"articles/{EXPECTED[seed]['article']}"))
    assert [text for _, text in blocks] == kept


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_no_furniture_on_the_article_page(site, seed):
    """Dropped lines are gone; only the headline and datelines come back, as the page's facts."""
    slug = EXPECTED[seed]["article"]
    html = page(site, f"articles/{slug}")
    article = next(a for a in load_archive(ROOT).articles if a.slug == slug)
    facts = {article.title, article.dateline, f"News ID: {article.news_id}"}
    furniture = [line for line in EXPECTED[seed]["dropped"] if line.strip() not in facts]
    assert furniture, "every seed carries some page furniture"
    for line in furniture:
        assert line.strip() not in html


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_every_address_the_text_links_carries_its_card_once_on_the_list_of_names(site, seed):
    """The hover card of a mention or an event marker comes from the one link to the same address on the article's
    list of names and events, whose text is the thing's name."""
    source = page(site, f"articles/{EXPECTED[seed]['article']}")
    linked = set(re.findall(r'<a class="anno[^"]*" href="([^"]+)"', source))
    carriers = re.findall(r'<a href="([^"]+)"(?: data-card-role="[^"]*")? data-card-line="[^"]*"[^>]*>([^<]+)</a>', source)
    assert linked and set(href for href, _ in carriers) == linked and len(carriers) == len(linked)
    archive = load_archive(ROOT)
    names = {f"../../{thing.src_uri.removesuffix('.md')}/": thing.name
             for thing in [*archive.registry.entities.values(), *archive.registry.events.values()]}
    assert all(names[href] == html.unescape(text) for href, text in carriers)


def test_subheadings_and_captions_keep_their_kind(site):
    blocks = article_blocks(page(site, "articles/2022-11-29-leader-underlines-tehran-baghdad-security"))
    assert ("h2", "Regional Threats") in blocks and ("h2", "Close Cooperation") in blocks
    blocks = article_blocks(page(site, "articles/2021-09-12-vice-president-iran-iraq-relations-play"))
    assert blocks[0][0] == "figcaption" and blocks[0][1].endswith("(Photo by Fars news agency)")


def test_every_internal_link_resolves(site):
    assert broken_links(site) == []


def test_every_entity_and_event_has_a_page(site):
    archive = load_archive(ROOT)
    for thing in list(archive.registry.entities.values()) + list(archive.registry.events.values()):
        html = page(site, f"{thing.section}/{thing.id}")
        assert f">{thing.name}</h1>".replace("&", "&amp;") in html.replace("&#39;", "'")


def test_every_paragraph_has_a_stable_anchor(site):
    html = page(site, "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security")
    ids = re.findall(r'<p id="(p-\d+)" class="para">', html)
    assert ids == [f"p-{i}" for i in range(1, len(ids) + 1)] and len(ids) == 16


def test_nothing_generated_is_written_into_the_sources(site):
    assert not (ROOT / "docs" / "people").exists()
    assert not (ROOT / "docs" / "articles").exists()
    assert sorted(p.name for p in (ROOT / "articles").iterdir() if p.is_dir()) == ["data"]


def test_no_asset_comes_from_outside(site):
    """No page loads a script, style sheet, font or image from another host."""
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"""<(?:script|img|iframe)[^>]+src=["']?(?:https?:)?//""", html), path
        assert not re.search(r"""<link[^>]+href=["']?(?:https?:)?//[^"']*(?:css|font)""", html), path
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_search_records_hold_articles_and_every_spelling(site):
    """Pagefind's record of a person holds every spelling; an article's holds its text."""
    records = search_records(site)
    assert "Ghalibaf" in records["/people/mohammad-baqer-qalibaf/"]["content"]
    assert "Qalibaf" in records["/people/mohammad-baqer-qalibaf/"]["content"]
    assert "Raeisi" in records["/people/ebrahim-raisi/"]["content"]
    assert "strategic partner of Tehran" in records[
        "/articles/2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us/"]["content"]


def test_every_article_person_and_event_is_a_search_record_with_its_section(site):
    """The pages a reader looks for are indexed, labelled with what they are; listings and continuation pages,
    which only repeat them, are not."""
    records = search_records(site)
    archive = load_archive(ROOT)
    kinds = {"person": "Person", "organisation": "Organisation", "place": "Place"}
    expected = {f"/articles/{a.slug}/": "Article" for a in archive.articles}
    expected |= {f"/{e.section}/{e.id}/": kinds[e.kind] for e in archive.registry.entities.values()}
    expected |= {f"/events/{e.id}/": "Event" for e in archive.registry.events.values()}
    expected |= {"/": "Page", "/method/": "Page", "/data/": "Page"}
    assert {url: r["meta"]["section"] for url, r in records.items()} == expected
    assert all(r["filters"]["section"] == [r["meta"]["section"]] for r in records.values())


def test_an_article_record_carries_its_filters_and_date(site):
    """An article can be narrowed to by the people, organisations and places it names, its outlet and its year, and
    sorted by its date."""
    record = search_records(site)["/articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/"]
    filters = record["filters"]
    assert {"Hassan Rouhani", "Fuad Hussein", "Mohammad Baqer Qalibaf"} <= set(filters["person"])
    assert "Tehran" in filters["place"] and "Daesh (Islamic State)" in filters["organisation"]
    assert filters["outlet"] == ["EghtesadOnline"] and filters["year"] == ["2021"]
    assert record["meta"]["date"] == "2021-02-06" and record["meta"]["outlet"] == "EghtesadOnline"


def test_each_filter_but_the_section_is_carried_by_one_kind_of_page(site):
    """The filters open with each choice's count over every page (docs/assets/search.js), which is its count in the
    articles index only while the filters there are carried by articles alone: an event's year is a filter of its
    own, which the search page's Year reads with the articles'."""
    carried: dict[str, set[str]] = {}
    for record in search_records(site).values():
        for key in record["filters"].keys() - {"section"}:
            carried.setdefault(key, set()).add(record["meta"]["section"])
    assert carried == {**dict.fromkeys(["person", "organisation", "place", "outlet", "year"], {"Article"}),
                       "event-year": {"Event"}}


def test_a_person_record_leaves_out_the_sentences_it_quotes(site):
    """A person's page lists the sentences that name them; its record does not, so that the articles, which hold
    those sentences, are what a phrase finds, and the person's page ranks by the person alone."""
    page_html = page(site, "people/hassan-rouhani")
    record = search_records(site)["/people/hassan-rouhani/"]
    assert "strong commonalities" in page_html and "strong commonalities" not in record["content"]


def test_the_theme_script_is_configured_without_its_own_search(site):
    """Material's script reads its configuration from every page; the archive's search is Pagefind's, so what only
    Material's search reads (its worker, its messages) is left out, and the rest is there."""
    for url, base in (("", "."), ("people", ".."), ("people/hassan-rouhani", "../..")):
        found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page(site, url), re.S)
        app = json.loads(found[1])
        assert app["base"] == base and "navigation.top" in app["features"], url
        assert "search" not in app and not [k for k in app["translations"] if k.startswith("search")], url
        assert app["translations"]["clipboard.copy"] == "Copy to clipboard"


def test_the_theme_files_no_page_loads_are_left_out(site):
    """Material's own search (its worker and its languages) and its source maps are not copied into the site; its
    script and style sheets, which every page loads, are."""
    assert not (site / "assets/javascripts/lunr").exists() and not (site / "assets/javascripts/workers").exists()
    assert not list(site.rglob("*.map"))
    html = page(site, "people/hassan-rouhani")
    loaded = re.findall(r'(?:src|href)="\.\./\.\./(assets/(?:javascripts|stylesheets)/[^"]+)"', html)
    assert len(loaded) >= 3 and all((site / path).is_file() for path in loaded), loaded


def test_the_palette_toggle_and_its_script_are_one_file_each_page_loads_in_its_header(site):
    """The script that makes the palette toggle and applies the reader's palette before the page is drawn is loaded,
    not deferred, in the header of every kind of page, just after the toggle's empty form, from one file a browser
    keeps, rendered with mkdocs.yml's palettes; no page carries the toggle's buttons or the script itself."""
    for url in ("", "people", "people/hassan-rouhani",
                "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security"):
        html = page(site, url)
        header = html[html.index("<header"):html.index("</header>")]
        assert re.search(r'<form class="md-header__option" data-archive-palette></form>', header), url
        assert re.search(r'<script src="(?:\.\./)*assets/palette\.js"></script>', header), url
        assert "archivePalette" not in html and "__palette" not in html, url
    script = (site / "assets/palette.js").read_text(encoding="utf-8")
    configured = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    made = json.loads(re.search(r"var PALETTES = (\[.*?\]);", script)[1])
    assert made == [{"media": option["media"], "scheme": option["scheme"], "primary": option["primary"],
                     "accent": option["accent"], "toggle": option["toggle"]["name"]}
                    for option in configured["theme"]["palette"]]
    assert "window.archivePalette = function" in script and "{{" not in script and "{%" not in script


def test_the_markup_around_the_content_prints_no_run_of_whitespace(site):
    """The theme's header, tabs, navigation, table of contents and footer print each run of whitespace as one
    character, on every kind of page; what they show is the same (their links and labels are still there)."""
    for url in ("", "people", "people/hassan-rouhani", "events", "method",
                "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security"):
        html = page(site, url)
        for start, end in (("<header", "</header>"), ('<nav class="md-tabs"', "</nav>"),
                           ('<div class="md-sidebar md-sidebar--primary"', '<div class="md-content"'),
                           ("<footer", "</footer>")):
            part = html[html.index(start):html.index(end, html.index(start))].rstrip()  # up to base.html's own
            assert not re.search(r"\s{2,}", part), (url, start)
        tabs = html[html.index('<nav class="md-tabs"'):]
        assert re.search(r'<a href="[./a-z]*" class="md-tabs__link">\nPeople\n</a>', tabs), url
        assert "Iran–Iraq Relations News Archive" in html[html.index("<header"):html.index("</header>")], url


def test_nav_stays_short(site):
    """Article and person pages are not in the nav: a page's nav does not grow with the archive."""
    html = page(site, "articles/2021-09-12-vice-president-iran-iraq-relations-play")
    nav = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', html, re.S)[0]
    assert "mohammad-mokhber" not in nav and "2022-11-29" not in nav


# Pagefind 1.5.2 numbers the pages in the order it finds their files, which is the file system's, and writes its
# filter chunks in another order on every run over the same pages: the index and filter files, and the two files that
# name them, differ between two runs or two folders; what they hold is compared page by page (sitecheck.search_index).
PAGEFIND_NUMBERED = re.compile(r"^pagefind/(filter/.*|index/.*|pagefind-entry\.json|pagefind\..*\.pf_meta)$")


def test_the_theme_templates_lose_only_the_length_of_their_indentation():
    """Every template of the theme and of its overrides, as the build reads it, differs from its file only in the
    length of some runs of whitespace (none goes, none is made), and none holds an element that shows its
    whitespace as written: so the pages show what the theme's own templates would."""
    import material
    import mkdocs_layer

    unindent = mkdocs_layer._Unindented(jinja2.Environment()).preprocess
    folders = [Path(material.__file__).parent / "templates", ROOT / "overrides"]
    templates = [p for folder in folders for p in folder.rglob("*") if p.suffix in (".html", ".xml")]
    assert len(templates) > 50
    shrunk = 0
    for path in templates:
        source = path.read_text(encoding="utf-8")
        read = unindent(source, path.name)
        assert whitespace_runs(read) == whitespace_runs(source), path
        assert not re.search(r"<(pre|textarea)\b", source, re.I), path
        shrunk += len(source) - len(read)
    assert shrunk > 10_000


def whitespace_runs(template: str) -> str:
    """A template's text as Jinja reads it with trim_blocks and lstrip_blocks (the line break after a block tag
    goes, and the indentation before one), with each run of whitespace made one space."""
    trimmed = re.sub(r"\n[ \t]+(?=\{%)", "\n", re.sub(r"(%\}|#\})\n", r"\1", template))
    return re.sub(r"\s+", " ", trimmed)


def test_the_theme_texts_are_materials_own_in_each_of_its_languages():
    """overrides/partials/language.html's `t` gives, for every key of Material's texts and for a key it lacks, what
    Material's own partial gives, in each language Material has; each text is asked once a build."""
    import material
    import mkdocs_layer

    templates = Path(material.__file__).parent / "templates"
    languages = sorted(p.stem for p in (templates / "partials" / "languages").glob("*.html"))
    keys = re.findall(r'^\s*"([\w.]+)":', (templates / "partials" / "languages" / "en.html").read_text("utf-8"), re.M)
    assert len(languages) > 40 and len(keys) > 50
    for language in languages:
        config = {"theme": {"language": language}}
        env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ROOT / "overrides"), str(templates)]))
        env = mkdocs_layer.theme_env(env, config)
        ours = env.get_template("partials/language.html").make_module({"config": config})
        theirs = env.get_template("material/partials/language.html").make_module({"config": config})
        for key in [*keys, "no.such.key"]:
            assert str(ours.t(key)) == str(theirs.t(key)), (language, key)
        assert env.globals["archive_text"].cache_info().misses == len(keys) + 1


def test_theme_parts_rendered_once_per_folder_are_exact(site, tmp_path, monkeypatch):
    """The theme's parts that the hook renders once per folder are byte for byte what each page gets: every file of a
    build without that (ARCHIVE_THEME_MEMO=0) is the same, the search index included."""
    monkeypatch.setenv("ARCHIVE_THEME_MEMO", "0")
    result = mkdocs_build(ROOT, tmp_path / "plain")
    assert result.returncode == 0, result.stderr
    assert_same_files(site, tmp_path / "plain")


def test_the_search_index_is_the_one_pagefind_makes_from_the_finished_site(project, tmp_path):
    """The build indexes each page's indexed part while the theme renders the pages; Pagefind's command line run
    over the finished site, with the same options, makes the same index. The site has a hand-written page without a
    heading of its own, to which the theme gives its title."""
    import mkdocs_layer

    (project / "docs" / "reading-list.md").write_text("---\ntitle: Reading list\n---\n\nBooks on the *Iran–Iraq* "
                                                      "war, and on Basra.\n", encoding="utf-8")
    site, finished = tmp_path / "site", tmp_path / "finished"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path",
                           str(finished / "pagefind"), *mkdocs_layer.PAGEFIND_OPTIONS], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert_same_files(site, finished, "pagefind")
    records = search_records(site)
    assert records["/reading-list/"]["meta"]["title"] == "Reading list" and len(records) > 50


@pytest.mark.parametrize("html, expected", [
    ('<p>Kept</p><div data-pagefind-ignore><div><p>chart</p></div><div>table</div></div><p>after</p>',
     "<p>Kept</p><p>after</p>"),  # an element cut whole, the same elements inside it too
    ('<section data-pagefind-ignore="index"><h2 id="x">Named</h2></section>', ""),
    # what Pagefind reads even in an ignored part stays: a filter, metadata, a sort key
    ('<header data-pagefind-ignore><span data-pagefind-filter="outlet">IRNA</span></header>',
     '<header data-pagefind-ignore><span data-pagefind-filter="outlet">IRNA</span></header>'),
    ('<div data-pagefind-ignore="all">all</div>', '<div data-pagefind-ignore="all">all</div>'),  # not written here
    ('<div data-pagefind-ignored>x</div>', '<div data-pagefind-ignored>x</div>'),  # another attribute
    ('<div data-pagefind-ignore><div>never closed</div>', '<div data-pagefind-ignore><div>never closed</div>'),
    ('<a>1</a><span data-pagefind-ignore>×2</span> <span data-pagefind-ignore title="x">×3</span>.', "<a>1</a> ."),
])
def test_the_search_copy_of_a_page_leaves_out_only_what_pagefind_would_skip(html, expected):
    import mkdocs_layer

    assert mkdocs_layer.unread_parts_left_out(html) == expected


def test_a_build_that_fails_while_the_theme_renders_leaves_no_index_run_behind(project, tmp_path, monkeypatch):
    """The search index starts before the theme renders the pages; when rendering fails, the build stops with its
    error, and the index's run and the pages written for it go with it (it writes them under TMPDIR)."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    (project / "docs" / "broken.md").write_text("---\ntemplate: no-such-template.html\n---\n\n# Broken\n",
                                               encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 1 and "no-such-template.html" in result.stderr, result.stderr
    assert not list(scratch.iterdir())


def test_the_search_indexer_yields_the_processors_to_the_pages(project, tmp_path):
    """Pagefind indexes while the theme writes the pages, the build's longest path, and has until the last page is
    written: its process, and every thread of it, runs 10 nicer than the build (Linux's /proc shows them)."""
    seen: dict[str, int] = {}  # thread: its nice value
    with subprocess.Popen(**mkdocs_command(project, tmp_path / "site"), stderr=subprocess.DEVNULL) as build:
        while build.poll() is None:
            time.sleep(0.01)  # a look every 10 ms, not a processor taken from the build it watches
            seen.update(pagefind_threads(build.pid))
    assert build.returncode == 0
    assert len(seen) >= 2, "Pagefind's process and its threads"
    assert set(seen.values()) == {min(os.getpriority(os.PRIO_PROCESS, 0) + 10, 19)}, seen


def pagefind_threads(parent: int) -> dict[str, int]:
    """The nice value of every thread of the Pagefind processes `parent` started, by thread id, from /proc. A process
    or thread that ends while it is read is passed over: /proc lists only what runs at the moment it is read."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            if b"pagefind" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for thread in os.listdir(f"/proc/{pid}/task"):
                with contextlib.suppress(OSError, IndexError, ValueError):
                    stat = Path(f"/proc/{pid}/task/{thread}/stat").read_text().rpartition(")")[2].split()
                    if int(stat[1]) == parent:  # after the command's name: state, parent, ...
                        found[thread] = int(stat[16])
    return found


def assert_same_files(site: Path, other: Path, folder: str = ".") -> None:
    """Every file under `folder` of `other` is the same as the file of `site` at its path, byte for byte, but for the
    files that Pagefind names by its numbering of the pages (PAGEFIND_NUMBERED): those hold the same, page by page."""
    files = sorted(p.relative_to(site).as_posix() for p in (site / folder).rglob("*") if p.is_file())
    assert len(files) == sum(1 for p in (other / folder).rglob("*") if p.is_file())
    varying = [f for f in files if PAGEFIND_NUMBERED.match(f)]
    assert len(varying) >= 3 and any(f.startswith("pagefind/fragment/") for f in files)
    for rel in files:
        if rel not in varying:
            assert (site / rel).read_bytes() == (other / rel).read_bytes(), rel
    index = search_index(site)
    assert index == search_index(other) and len(index["languages"]["en"]["words"]) > 1000
