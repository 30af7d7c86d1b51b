"""One strict build of the real site, and what its HTML must hold."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from chronicle.build import load_archive
from conftest import ROOT, SEEDS, mkdocs_build
from sitecheck import article_blocks, broken_links

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


def test_search_index_holds_articles_and_every_spelling(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location: dict[str, str] = {}
    for doc in index["docs"]:
        base = doc["location"].split("#")[0]
        by_location[base] = by_location.get(base, "") + " " + doc["title"] + " " + doc["text"]
    assert "Ghalibaf" in by_location["people/mohammad-baqer-qalibaf/"]
    assert "Qalibaf" in by_location["people/mohammad-baqer-qalibaf/"]
    assert "Raeisi" in by_location["people/ebrahim-raisi/"]
    assert "strategic partner of Tehran" in by_location[
        "articles/2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us/"]


def test_nav_stays_short(site):
    """Article and person pages are not in the nav: a page's nav does not grow with the archive."""
    html = page(site, "articles/2021-09-12-vice-president-iran-iraq-relations-play")
    nav = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', html, re.S)[0]
    assert "mohammad-mokhber" not in nav and "2022-11-29" not in nav


def test_theme_parts_rendered_once_per_folder_and_pages_built_in_a_second_process_are_exact(
        site, site_log, tmp_path, monkeypatch):
    """The parts of the theme that the hook renders once per folder are byte for byte what each page gets; the
    pages built in a second process, and the search index entries it sends back, are those one process builds."""
    if len(os.sched_getaffinity(0)) >= 2:
        assert re.search(r"INFO\s+-\s+\d+ of the \d+ pages were built in a second process", site_log)
    monkeypatch.setenv("ARCHIVE_THEME_MEMO", "0")
    monkeypatch.setenv("ARCHIVE_PROCESSES", "1")
    result = mkdocs_build(ROOT, tmp_path / "plain")
    assert result.returncode == 0, result.stderr
    assert "second process" not in result.stderr
    pages = sorted(p.relative_to(site) for p in site.rglob("*.html"))
    assert pages == sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.html"))
    for rel in pages:
        assert (site / rel).read_bytes() == (tmp_path / "plain" / rel).read_bytes(), rel
