"""Text in NFC or NFD, with a BOM, CRLF or CR line ends, tabs or no final newline reads the same: every real article
and data file, saved each of those ways, loads to exactly what the file as committed loads to.

What "the same" means: the loader reads UTF-8 with or without a BOM, any line end as LF, and normalises to NFC (NFD
and NFC spell the same text; the articles and the names in the data must agree to match). A tab is a character of
the text and is kept where it stands; in an article, tabs also count as white space where white space is syntax
(a line of white space between blocks, after a '---', '/// caption' or '///' line). In YAML (front matter and data)
a tab between tokens is white space, as libyaml reads it; a tab as indentation stops the build with the line and
the fix (see test_data_errors.py)."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path
from typing import Callable

import pytest

from chronicle.load import load_article, load_articles, load_registry
from conftest import ROOT

ARTICLES = sorted((ROOT / "articles").glob("*.md"))
DATA = sorted((ROOT / "articles" / "data").glob("*.yml"))
# The committed files are all ASCII and curly quotes, which NFD leaves alone: each copy gets text that it changes.
ACCENTED = " Café Ḥusayn, تهران, שָׁלוֹם, Đà Nẵng."


def accented(text: str) -> str:
    """The file with accented and non-Latin words at the end of its first paragraph or its first description."""
    if text.startswith("---"):
        head, _, body = text.partition("\n---\n")
        blocks = body.split("\n\n")
        first = next(i for i, b in enumerate(blocks) if b.strip() and not b.lstrip().startswith(("/", "#")))
        blocks[first] += ACCENTED
        return head + "\n---\n" + "\n\n".join(blocks)
    return text.replace("description: ", f"description: \"{ACCENTED}\" #", 1)


def tabs_in_white_space(text: str) -> str:
    """Tabs in the front matter after each 'key:', on the lines between blocks and after the fences."""
    head, _, body = text.partition("\n---\n")
    head = re.sub(r"(?m)^([a-z_]+): ", "\\1:\t", head[3:])
    body = body.replace("\n\n", "\n\t \t\n").replace("/// caption\n", "/// caption\t\n").replace("\n///\n", "\n///\t\n")
    return "---\t" + head + "\n---\t\n" + body


VARIANTS: dict[str, Callable[[str], str]] = {
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "BOM": lambda t: "\ufeff" + t,
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "CR": lambda t: t.replace("\n", "\r"),
    "no final newline": lambda t: t.rstrip("\n"),
    "all of them": lambda t: "\ufeff" + unicodedata.normalize("NFD", t).replace("\n", "\r\n").rstrip("\r\n"),
}
ARTICLE_VARIANTS = {**VARIANTS, "tabs in white space": tabs_in_white_space}


def tabs_between_tokens(text: str) -> str:
    """A tab after each 'key:' and at the end of each line: white space to YAML (as libyaml reads it), not text."""
    text = re.sub(r"(?m)^(\s*(?:- )?[a-z_]+): ", "\\1:\t", text)
    return re.sub(r"(?m)(\S)$", "\\1\t", text)


DATA_VARIANTS = {**VARIANTS, "tabs between tokens": tabs_between_tokens}


def test_the_variants_change_every_file():
    """Each variant makes different bytes of every file, so each comparison below compares something."""
    for path in ARTICLES + DATA:
        text = accented(path.read_text(encoding="utf-8"))
        assert ACCENTED in text and unicodedata.is_normalized("NFC", text)
        for name, variant in (ARTICLE_VARIANTS if path.suffix == ".md" else DATA_VARIANTS).items():
            assert variant(text) != text, (path.name, name)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(text.encode("utf-8"))
    return folder / name


@pytest.mark.parametrize("variant", ARTICLE_VARIANTS)
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:30])
def test_an_article_reads_the_same(tmp_path, path, variant):
    text = accented(path.read_text(encoding="utf-8"))
    original = load_article(write(tmp_path / "a" / "articles", path.name, text), tmp_path / "a")
    changed = load_article(write(tmp_path / "b" / "articles", path.name, ARTICLE_VARIANTS[variant](text)),
                           tmp_path / "b")
    assert changed == original
    assert any(b.text.endswith(ACCENTED) for b in changed.blocks)


@pytest.mark.parametrize("variant", DATA_VARIANTS)
def test_the_data_files_read_the_same(tmp_path, variant):
    articles = load_articles(ROOT / "articles", ROOT)
    for path in DATA:
        text = accented(path.read_text(encoding="utf-8"))
        write(tmp_path / "a" / "articles" / "data", path.name, text)
        write(tmp_path / "b" / "articles" / "data", path.name, DATA_VARIANTS[variant](text))
    original = load_registry(tmp_path / "a" / "articles" / "data", articles, tmp_path / "a")
    assert load_registry(tmp_path / "b" / "articles" / "data", articles, tmp_path / "b") == original
    assert ACCENTED.strip() in [e.description for e in original.entities.values()]


def test_a_tab_in_the_text_is_kept(tmp_path):
    """Inside a paragraph, a caption, a heading or a quoted YAML value, a tab is text."""
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "articles", folder)
    path = folder / ARTICLES[0].name
    text = path.read_text(encoding="utf-8")
    paragraph = next(b for b in load_article(path, tmp_path).blocks if b.kind == "p").text
    tabbed = paragraph + "\tand\ta tab"  # at the end: the events' passages in it stay as they are
    path.write_text(text.replace(paragraph, tabbed, 1).replace("title: '", "title: '\t", 1), encoding="utf-8")
    article = load_article(path, tmp_path)
    assert tabbed in [b.text for b in article.blocks]
    assert article.title == load_article(ARTICLES[0], ROOT).title  # leading white space of a field is trimmed
    people = folder / "data" / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace("description: ", "description: \"Tab\\there.\" #", 1),
                      encoding="utf-8")
    registry = load_registry(folder / "data", load_articles(folder, tmp_path), tmp_path)
    assert "Tab\there." in [e.description for e in registry.entities.values()]
