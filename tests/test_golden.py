"""Golden files for the text-to-HTML stages: an annotated article body, one generated page of each kind, and the
search records of the built site, each compared with its file under tests/golden/, so that a change of output shows
as a diff. After a change meant to alter them, write them anew and review the diff before committing:

    UPDATE_GOLDEN=1 bash tests/run.sh tests/test_golden.py
"""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path

import pytest

from chronicle.annotate import card_attrs
from chronicle.build import annotate_articles, load_archive, render_pages
from conftest import ROOT
from sitecheck import search_records

GOLDEN = ROOT / "tests" / "golden"
ARTICLE = "2021-02-06-iran-iraq-strong-ties-ensure-regional-security"
PAGES = {  # the golden file's name: the generated page's source path
    "article": f"articles/{ARTICLE}.md",
    "person": "people/hassan-rouhani.md",
    "organisation": "organisations/popular-mobilization-units.md",
    "place": "places/tehran.md",
    "event": "events/2021-02-03-fuad-hussein-meets-rouhani.md",
    "index-articles": "articles/index.md",
    "index-people": "people/index.md",
    "index-events": "events/index.md",
    "index-places": "places/index.md",
}


def check(name: str, text: str) -> None:
    """`text` is the golden file `name`'s, or (UPDATE_GOLDEN=1) becomes it."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: write it with UPDATE_GOLDEN=1 (see this module's docstring)"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


@pytest.fixture(scope="module")
def archive():
    return load_archive(ROOT)


@pytest.fixture(scope="module")
def pages(archive):
    return {p.src_uri: p for p in render_pages(archive)}


def test_annotated_article_body(archive):
    """Every block of a seed article as annotated HTML, then the cards its mentions show."""
    body = annotate_articles(archive)[ARTICLE]
    cards = [f'<a href="{link.href}"{card_attrs(link)}>{escape(link.name, quote=False)}</a> ({link.kind})'
             for link in sorted(body.cards.values(), key=lambda link: link.href)]
    check("article-body.html", "\n".join([*body.blocks, *cards]) + "\n")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_generated_page(pages, name):
    """A generated page's HTML as the render stage makes it, with its title, description and section."""
    page = pages[PAGES[name]]
    head = json.dumps(page.front_matter(), ensure_ascii=False, sort_keys=True)
    check(f"pages/{name}.html", f"<!-- {head} -->\n{page.html}")


def test_search_records(site):
    """Pagefind's record of every indexed page of the built site: URL, text, filters and labels."""
    records = [{key: record[key] for key in ("url", "meta", "filters", "word_count", "content")}
               for _, record in sorted(search_records(site).items())]
    check("search-records.json", json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
