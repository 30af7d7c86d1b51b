"""Random, truncated and spliced YAML and front matter fed to the loader: it either loads (and then the pages render)
or raises the archive's own DataError, never anything else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import properties as gen
from chronicle.build import load_archive, render_pages
from chronicle.errors import DataError
from conftest import ROOT
from test_data_errors import ARTICLE, DATA

ARTICLE_TEXT = (ROOT / "articles" / f"{ARTICLE}.md").read_text(encoding="utf-8")
SOURCES = {f"articles/data/{name}.yml": text for name, text in DATA.items()} | {f"articles/{ARTICLE}.md": ARTICLE_TEXT}
FRONT_MATTER_END = ARTICLE_TEXT.index("\n---\n", 3) + 5
# Pieces that mean something to YAML or to the loader, or that PyYAML's own constructors choke on.
YAML_PIECES = list(":-?[]{},#&*!|>'\"%@`\n\t ") + [
    "!!int ", "!!float ", "!!bool ", "!!binary ", "!!timestamp ", "!!set ", "!!omap ", "!!python/object:os.system ",
    "&a ", "*a", "<<: *a", "? ", "---\n", "...\n", "%YAML 1.1\n", "\ufeff", "\x85", "\u2028", "\x00", "\x07", "0x_",
    "9" * 60, "2021-02-30", "0000", "\\u0301", "- ", "  ", "id: ", "date: ", "parent: ", "roles: ", "reports: ",
    "participants: ", "{weekday: Tuesday, article: ", "[[[[[[[[", "e\u0301", "\r\n", "\r",
]
junk = st.lists(st.one_of(st.sampled_from(YAML_PIECES), gen.any_char), min_size=1, max_size=12).map("".join)


@st.composite
def broken_source(draw) -> tuple[str, str]:
    """One source file (a data file, or the article, or its front matter only) truncated, cut or spliced."""
    name = draw(st.sampled_from(sorted(SOURCES)))
    text = SOURCES[name]
    end = FRONT_MATTER_END if name.endswith(".md") and draw(st.booleans()) else len(text)
    i = draw(st.integers(0, end))
    j = draw(st.integers(i, min(end, i + 80)))
    how = draw(st.sampled_from(["truncate", "cut", "splice", "splice", "splice", "replace"]))
    if how == "truncate":
        text = text[:i]
    elif how == "cut":
        text = text[:i] + text[j:]
    elif how == "splice":
        text = text[:i] + draw(junk) + text[j:]
    else:
        text = draw(junk)
    return name, text


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def load_or_explain(root: Path) -> None:
    try:
        archive = load_archive(root)
    except DataError as err:
        assert str(err) and "\n" not in str(err)
        return
    render_pages(archive)  # what loads must also render: no later stage meets unchecked input


@gen.examples(300)
@given(broken_source())
@example(("articles/data/people.yml", "[" * 5000))
@example(("articles/data/people.yml", "- id: x\n  name: x\n  description: x\n  roles: 5\n"))
@example(("articles/data/events.yml", "- {id: x, name: x, description: x, date: {weekday: Monday, article: [1]}}"))
@example(("articles/data/events.yml", "- {id: x, name: x, description: x, date: '0000'}"))
@example(("articles/data/places.yml", "- {id: x, name: x, description: x, kind: !!int 0x_}"))
@example((f"articles/{ARTICLE}.md", "---\ntitle: x\ndate: 2020-07-22\n---\n\\"))
def test_the_loader_loads_or_explains(folder, source):
    name, text = source
    root = folder / "root"
    shutil.rmtree(root, ignore_errors=True)
    for other, original in SOURCES.items():
        (root / other).parent.mkdir(parents=True, exist_ok=True)
        (root / other).write_text(text if other == name else original, encoding="utf-8", newline="")
    load_or_explain(root)


@gen.examples(200)
@given(st.lists(st.one_of(st.sampled_from(YAML_PIECES), gen.any_char, gen.token), max_size=40).map("".join))
@example("!!int ").via("an empty explicit integer: PyYAML's constructor raised IndexError")
@example("title: !!float \ndate: 2020-07-22")
def test_random_front_matter_loads_or_explains(folder, meta):
    """Any text between the '---' lines, before a body that is fine."""
    root = folder / "front"
    shutil.rmtree(root, ignore_errors=True)
    (root / "articles").mkdir(parents=True)
    (root / "articles" / f"{ARTICLE}.md").write_text(f"---\n{meta}\n---\n\nA paragraph.\n", encoding="utf-8")
    (root / "articles" / "data").mkdir()
    for name in DATA:
        (root / "articles" / "data" / f"{name}.yml").write_text("[]\n", encoding="utf-8")
    load_or_explain(root)


def _with_lines(data: object) -> object:
    """The data with each mapping's line made part of it, so that comparing two readings compares the lines too."""
    if isinstance(data, dict):
        return ("mapping", getattr(data, "line", None), [(k, _with_lines(v)) for k, v in data.items()])
    if isinstance(data, list):
        return [_with_lines(v) for v in data]
    return (type(data).__name__, repr(data))  # repr: a NaN is not equal to itself


@gen.examples(400)
@given(broken_source())
@example(("articles/data/people.yml", "- &a {id: x}\n- *a\n"))
@example(("articles/data/people.yml", "- {<<: {id: x}, name: y}\n"))
@example(("articles/data/people.yml", "- {id: x, id: y}\n"))
@example(("articles/data/people.yml", "- {[1]: x}\n"))
@example(("articles/data/people.yml", "- !!set {a}\n"))
@example(("articles/data/people.yml", "x\n---\ny\n"))
@example(("articles/data/people.yml", "[" * 40 + "]" * 40))
@example(("articles/data/people.yml", "- {id: !!str 1, n: !!int '2', b: !!bool yes, t: 2020-01-01, e: e\u0301}\n"))
def test_the_plain_reader_reads_what_pyyaml_reads(source):
    """The loader's one-pass reader gives PyYAML's data, lines included, or leaves the text to PyYAML."""
    from chronicle.load import _LineLoader, _NotPlain, read_plain_yaml

    import yaml

    name, text = source
    if name.endswith(".md"):
        text = text[4: max(4, text.find("\n---", 3))]
    try:
        plain = read_plain_yaml(text)
    except _NotPlain:
        return
    assert _with_lines(plain) == _with_lines(yaml.load(text, Loader=_LineLoader))  # noqa: S506 - a SafeLoader
