"""Each data error stops the build with one message naming the file, the line (where YAML gives one), the entry
and the fix: every case through the loader, and a few of each sort (YAML, front matter, encoding, references)
through `mkdocs build`, which shows the loader's message, on one line, with no Python traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from chronicle.build import load_archive
from chronicle.errors import DataError
from conftest import ROOT, copy_project, mkdocs_build

ARTICLE = "2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us"
ARTICLE_PATH = f"articles/{ARTICLE}.md"
TITLE = "Iran: Neighbors must join hands to expel evil US from region"

PEOPLE = """\
- id: ali-shamkhani
  name: Ali Shamkhani
  spellings: [Ali Shamkhani]
  short: [Shamkhani]
  country: iran
  description: Secretary of Iran's Supreme National Security Council.
  roles:
    - {title: Secretary of the Supreme National Security Council, from: "2013-09", to: "2023-05"}
  general_knowledge: [roles]
- id: mustafa-al-kadhimi
  name: Mustafa al-Kadhimi
  spellings: [Mustafa al-Kadhimi]
  short: [Kadhimi]
  country: iraq
  description: Prime Minister of Iraq 2020-2022.
"""
PLACES = """\
- {id: iran, name: Iran, spellings: [Iran, Irans], kind: country, description: A country.}
- {id: iraq, name: Iraq, spellings: [Iraq, Iraqs], kind: country, description: A country.}
- {id: tehran, name: Tehran, spellings: [Tehran], kind: city, country: iran, description: Capital of Iran.}
"""
ORGANISATIONS = "[]\n"
EVENTS = f"""\
- id: kadhimi-visit-2020
  name: Kadhimi visits Tehran
  date: {{weekday: Tuesday, article: {ARTICLE}}}
  place: tehran
  description: A two-day visit.
  participants:
    - {{id: mustafa-al-kadhimi, part: visitor}}
  reports:
    - article: {ARTICLE}
      passage: "Kadhimi traveled to Tehran on Tuesday for a two-day visit."
- id: shamkhani-meeting
  name: Shamkhani meets Kadhimi
  date: "2020-07-21"
  parent: kadhimi-visit-2020
  description: A meeting.
"""
DATA = {"people": PEOPLE, "places": PLACES, "organisations": ORGANISATIONS, "events": EVENTS}


def write_data(root: Path, **files: str) -> None:
    data = root / "articles" / "data"
    data.mkdir(parents=True, exist_ok=True)
    for name, text in {**DATA, **files}.items():
        (data / f"{name}.yml").write_text(text, encoding="utf-8")


def make_root(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    shutil.copy2(ROOT / "articles" / f"{ARTICLE}.md", folder / "articles")
    write_data(folder)
    return folder


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_root(tmp_path)


def error_of(root: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load_archive(root)
    return info.value


# ---------------------------------------------------------------- the cases

Edit = Callable[[Path], None]


def data(name: str, old: str, new: str) -> Edit:
    """Replace `old` (which must be there) by `new` in one data file."""
    def edit(root: Path) -> None:
        path = root / "articles" / "data" / f"{name}.yml"
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def append(name: str, text: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / "articles" / "data" / f"{name}.yml"
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return edit


def article(old: str, new: str) -> Edit:
    def edit(root: Path) -> None:
        path = root / ARTICLE_PATH
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def raw(relative: str, content: bytes) -> Edit:
    def edit(root: Path) -> None:
        (root / relative).write_bytes(content)
    return edit


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit
    path: str  # the file the message names, from the repository
    line: int | None  # the line it names, where there is one
    entry: str | None
    problem: str  # part of what it says is wrong
    fix: str  # part of what it says to do

    def __str__(self) -> str:
        return self.name


DATE_FIX = "write 'date' as YYYY-MM-DD"
CASES = [
    # malformed YAML, in a data file and in an article's front matter
    Case("unclosed bracket", data("people", "short: [Shamkhani]", "short: [Shamkhani"),
         "articles/data/people.yml", 5, None, "is not valid YAML", "correct the YAML syntax at that line"),
    Case("a colon in an unquoted front matter value", article("outlet: Iran Daily", "outlet: Iran: Daily"),
         ARTICLE_PATH, 3, None, "is not valid YAML", "correct the YAML syntax at that line"),
    Case("front matter never closed", article("\n---\n\n/// caption", "\n\n/// caption"),
         ARTICLE_PATH, None, None, "has no YAML front matter", "a closing '---' line"),
    Case("tab as indentation", data("people", "\n  name: Ali Shamkhani", "\n\tname: Ali Shamkhani"),
         "articles/data/people.yml", 2, None, "is not valid YAML", "indent with spaces"),
    Case("tab after a list dash", data("people", "- id: mustafa-al-kadhimi", "-\tid: mustafa-al-kadhimi"),
         "articles/data/people.yml", 10, None, "is not valid YAML", "indent with spaces"),
    Case("a value PyYAML cannot construct", data("people", "country: iraq", "country: !!int iraq"),
         "articles/data/people.yml", 14, None, "'iraq' cannot be read as int", "correct the YAML syntax"),
    Case("an integer too long to read", data("people", "country: iraq", "country: " + "9" * 5000),
         "articles/data/people.yml", 14, None, "cannot be read as int", "correct the YAML syntax"),
    Case("a bool that is none", data("people", "country: iraq", "country: !!bool maybe"),
         "articles/data/people.yml", 14, None, "'maybe' cannot be read as bool", "correct the YAML syntax"),
    Case("nesting too deep", raw("articles/data/organisations.yml", b"- " + b"{a: " * 3000 + b"1" + b"}" * 3000),
         "articles/data/organisations.yml", None, None, "nests lists or mappings too deeply", "a flat list"),
    Case("two documents in one file", append("organisations", "---\n[]\n"),
         "articles/data/organisations.yml", 2, None, "expected a single document", "correct the YAML syntax"),
    Case("a key twice in one entry", data("people", "  name: Ali Shamkhani\n", "  name: Ali Shamkhani\n  name: Ali\n"),
         "articles/data/people.yml", 1, None, "the key 'name' appears twice", "correct the YAML syntax"),
    Case("python object tag", data("people", "country: iraq", "country: !!python/object:os.system x"),
         "articles/data/people.yml", 14, None, "could not determine a constructor", "correct the YAML syntax"),
    Case("not UTF-8", raw("articles/data/places.yml", PLACES.replace("Capital", "Cap\xeftal").encode("latin-1")),
         "articles/data/places.yml", None, None, "is not UTF-8 text", "save the file as UTF-8"),
    Case("a NUL character", article("region", "reg\0ion"),
         ARTICLE_PATH, 2, None, "holds a NUL character", "delete it"),
    Case("a data file that is a mapping", raw("articles/data/organisations.yml", b"id: x\nname: X\n"),
         "articles/data/organisations.yml", None, None, "is not a list of entries", "'- id: ...' list item"),
    Case("a data file missing", lambda root: (root / "articles/data/organisations.yml").unlink(),
         "articles/data/organisations.yml", None, None, "is missing", "an empty list '[]' is allowed"),
    Case("an article file not named .md", lambda root: (root / ARTICLE_PATH).rename(root / "articles/x.MD"),
         "articles/x.MD", None, None, "ends in '.MD'", "rename it to x.md"),
    Case("an article named like the index page", lambda root: (root / ARTICLE_PATH).rename(root / "articles/index.md"),
         "articles/index.md", None, None, "named like the articles' index page", "rename it to <date>-<slug>.md"),
    Case("an entry with the index page's id", data("places", "id: tehran", "id: index"),
         "articles/data/places.yml", 3, "index", "uses the id of a section's index page", "choose another id"),
    # wrong types
    Case("an entry that is text", append("people", "- just a name\n"),
         "articles/data/people.yml", None, "#3", "is a str, not a mapping of fields", "'key: value' lines"),
    Case("a name that is a list", data("people", "name: Mustafa al-Kadhimi", "name: [Mustafa, al-Kadhimi]"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "'name' is not text",
         "write 'name' as a (quoted) string"),
    Case("spellings that are a mapping", data("people", "spellings: [Mustafa al-Kadhimi]", "spellings: {a: b}"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "'spellings' is not a list of text",
         "spellings: [First, Second]"),
    Case("roles that are a number", data("people", "  country: iraq\n", "  country: iraq\n  roles: 5\n"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "'roles' is not a list", "a list of {title, from, to}"),
    Case("a role that is text", data("people", "    - {title: Secretary", "    - Secretary\n    - {title: Secretary"),
         "articles/data/people.yml", None, "ali-shamkhani, role 1", "is a str, not a mapping", "'key: value' lines"),
    Case("participants that are text", data("events", "  participants:\n    - {id: mustafa-al-kadhimi, part: visitor}",
                                            "  participants: mustafa-al-kadhimi"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "'participants' is not a list", "a list of {id, part}"),
    Case("a passage that is a number", data("events", 'passage: "Kadhimi traveled to Tehran on Tuesday for a '
                                            'two-day visit."', "passage: 2020"),
         "articles/data/events.yml", 9, "kadhimi-visit-2020, report 1", "'passage' is not text", "quote the passage"),
    Case("a date phrase naming a list", data("events", f"article: {ARTICLE}}}", "article: [a]}"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "refers to the article '['a']', which does not exist",
         "the file name of an article"),
    Case("an id that is not an id", data("people", "id: ali-shamkhani", "id: Ali Shamkhani"),
         "articles/data/people.yml", 1, "Ali Shamkhani", "'id: Ali Shamkhani' is not an id", "lowercase letters"),
    Case("a title that is true", article(f"title: '{TITLE}'", "title: true"),
         ARTICLE_PATH, None, "front matter", "'title' is not text", "write 'title' as a (quoted) string"),
    Case("a title that is a mapping", article(f"title: '{TITLE}'", "title: {a: b}"),
         ARTICLE_PATH, None, "front matter", "'title' is not text", "write 'title' as a (quoted) string"),
    Case("front matter that is a list", raw(ARTICLE_PATH, b"---\n- title\n- date\n---\n\nText.\n"),
         ARTICLE_PATH, None, None, "front matter is not a mapping", "'key: value' lines"),
    Case("a source address that is a script", article("news_id:", "url: 'javascript:alert(1)'\nnews_id:"),
         ARTICLE_PATH, None, "front matter", "'url: javascript:alert(1)' is not an http(s) address",
         "starting with http:// or https://"),
    Case("a source address with a control character", article("news_id:", 'url: "https://example.org/\\x01"\nnews_id:'),
         ARTICLE_PATH, None, "front matter", "'url: https://example.org/\x01' is not an http(s) address",
         "starting with http:// or https://"),
    # unknown keys and missing fields
    Case("an unknown field", data("people", "  country: iraq\n", "  contry: iraq\n"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "has unknown field(s) contry",
         "the allowed fields are country, description"),
    Case("an unknown front matter field", article("outlet: Iran Daily", "outlet: Iran Daily\nauthor: X"),
         ARTICLE_PATH, None, "front matter", "has unknown field(s) author", "the allowed fields are date, dateline"),
    Case("a missing required field", data("people", "  description: Prime Minister of Iraq 2020-2022.\n", ""),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "has no 'description'",
         "add the required field 'description'"),
    Case("an import proposal pasted unreviewed",
         data("people", "description: Prime Minister of Iraq 2020-2022.",
              "description: 'TODO: who or what this is (title: Prime Minister).'"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "'description' is still a placeholder",
         "write the reviewed 'description' in place of the TODO"),
    Case("no body", lambda root: (root / ARTICLE_PATH).write_text(
        (root / ARTICLE_PATH).read_text(encoding="utf-8").split("\n---\n")[0] + "\n---\n", encoding="utf-8"),
         ARTICLE_PATH, None, "front matter", "has no body paragraphs", "put the article's text below"),
    # duplicate ids and shared spellings
    Case("an id twice in one file", data("people", "id: mustafa-al-kadhimi", "id: ali-shamkhani"),
         "articles/data/people.yml", 10, "ali-shamkhani", "uses an id already taken in articles/data/people.yml",
         "give each person, organisation, place and event its own id"),
    Case("an id twice across files", data("places", "id: tehran", "id: ali-shamkhani"),
         "articles/data/places.yml", 3, "ali-shamkhani", "uses an id already taken in articles/data/people.yml",
         "its own id"),
    Case("a full spelling shared", data("people", "spellings: [Mustafa al-Kadhimi]",
                                        "spellings: [Mustafa al-Kadhimi, Ali Shamkhani]"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi",
         "shares the spelling 'Ali Shamkhani' with 'ali-shamkhani'",
         "move it to 'short' in both"),
    Case("a full spelling shared at a sentence start", data("people", "spellings: [Mustafa al-Kadhimi]",
                                                            "spellings: [Mustafa al-Kadhimi, ali Shamkhani]"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "shares the spelling 'ali Shamkhani' with "
         "'ali-shamkhani' (articles/data/people.yml) (written 'Ali Shamkhani' there)",
         "or add 'resolve: {ali Shamkhani: <id>}'"),
    Case("a full spelling shared up to the hyphen", data("places", "spellings: [Tehran]",
                                                         'spellings: [Tehran, "Mustafa al\\u2011Kadhimi"]'),
         "articles/data/places.yml", 3, "tehran", "shares the spelling 'Mustafa al\u2011Kadhimi' with "
         "'mustafa-al-kadhimi' (articles/data/people.yml) (written 'Mustafa al-Kadhimi' there)",
         "move it to 'short' in both"),
    Case("a short form that is another's full spelling", data("people", "short: [Kadhimi]", "short: [Kadhimi, Iraq]"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "lists 'Iraq' as a short form, but it is a full "
         "spelling of 'iraq'", "remove 'Iraq' from one of the two"),
    Case("a spelling with no letter", data("people", "short: [Kadhimi]", "short: [Kadhimi, '—']"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "the spelling '—' has no letter or digit",
         "remove '—'"),
    # dates
    Case("a day that is not on the calendar", data("events", 'date: "2020-07-21"', 'date: "2021-02-30"'),
         "articles/data/events.yml", 11, "shamkhani-meeting", "'date': '2021-02-30' is not a day of the calendar",
         DATE_FIX),
    Case("an unquoted day that is not on the calendar", data("events", 'date: "2020-07-21"', "date: 2021-02-30"),
         "articles/data/events.yml", 11, "shamkhani-meeting", "'2021-02-30' is not a day of the calendar", DATE_FIX),
    Case("a month 13", data("people", 'from: "2013-09"', 'from: "2013-13"'),
         "articles/data/people.yml", 8, "ali-shamkhani, role 1", "'2013-13' has no month 13",
         "write 'from' as YYYY-MM-DD"),
    Case("a year 0", data("events", 'date: "2020-07-21"', 'date: "0000"'),
         "articles/data/events.yml", 11, "shamkhani-meeting", "'0000' has no year 0", DATE_FIX),
    Case("a publication date that is not a day", article("date: 2020-07-22", "date: 2020-07-32"),
         ARTICLE_PATH, None, "front matter", "'2020-07-32' is not a day of the calendar", DATE_FIX),
    Case("a publication date to the month only", article("date: 2020-07-22", "date: 2020-07"),
         ARTICLE_PATH, None, "front matter", "'2020-07' is not a full date", DATE_FIX),
    Case("a weekday that is not one", data("events", "weekday: Tuesday", "weekday: Tusday"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "'Tusday' is not a weekday", "e.g. Tuesday"),
    Case("an event that ends before it starts",
         data("events", "  parent: kadhimi", '  end: "2020-07-20"\n  parent: kadhimi'),
         "articles/data/events.yml", 11, "shamkhani-meeting", "ends (2020-07-20) before it starts (2020-07-21)",
         "correct 'date' or 'end'"),
    Case("a role that ends before it starts", data("people", 'to: "2023-05"', 'to: "2012-05"'),
         "articles/data/people.yml", 8, "ali-shamkhani, role 1", "ends (2012-05) before it starts (2013-09)",
         "swap or correct 'from' and 'to'"),
    # parents
    Case("an event that is its own parent", data("events", "parent: kadhimi-visit-2020", "parent: shamkhani-meeting"),
         "articles/data/events.yml", 11, "shamkhani-meeting",
         "its parent chain loops (shamkhani-meeting -> shamkhani-meeting)", "remove 'parent' from one of these events"),
    Case("two events parents of each other", data("events", "  place: tehran\n",
                                                  "  place: tehran\n  parent: shamkhani-meeting\n"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020",
         "its parent chain loops (kadhimi-visit-2020 -> shamkhani-meeting -> kadhimi-visit-2020)",
         "remove 'parent' from one of these events"),
    # references to entries that do not exist
    Case("an unknown place", data("events", "place: tehran", "place: baghdad"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "'place: baghdad' is not the id of any place",
         "correct the id or add the entry"),
    Case("a place that is a person", data("events", "place: tehran", "place: ali-shamkhani"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "'place: ali-shamkhani' is not the id of any place",
         "correct the id or add the entry"),
    Case("an unknown participant", data("events", "id: mustafa-al-kadhimi, part", "id: kadhimi, part"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020",
         "'participants: kadhimi' is not the id of any person or organisation", "correct the id or add the entry"),
    Case("an unknown parent", data("events", "parent: kadhimi-visit-2020", "parent: kadhimi-visit"),
         "articles/data/events.yml", 11, "shamkhani-meeting", "'parent: kadhimi-visit' is not the id of any event",
         "correct the id or add the entry"),
    Case("an unknown country", data("people", "country: iraq", "country: irak"),
         "articles/data/people.yml", 10, "mustafa-al-kadhimi", "'country: irak' is not the id of any place",
         "correct the id or add the entry"),
    Case("a passage not in the article", data("events", "for a two-day visit.", "for a three-day visit."),
         "articles/data/events.yml", 1, "kadhimi-visit-2020",
         "the passage 'Kadhimi traveled to Tehran on Tuesday for a three-day visit.' is not in the text of "
         + ARTICLE_PATH, "copy the passage character for character"),
    Case("a passage found twice",
         data("events", 'passage: "Kadhimi traveled to Tehran on Tuesday for a two-day visit."',
              'passage: "Tehran"'),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "the passage 'Tehran' occurs", "lengthen the passage"),
    Case("a report citing a missing article",
         data("events", f"    - article: {ARTICLE}", "    - article: 2020-07-22-x"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "cite the article '2020-07-22-x', which does not exist",
         "the file name of an article in articles/"),
    Case("a date read off a missing article", data("events", f"article: {ARTICLE}}}", "article: 2020-07-22-x}"),
         "articles/data/events.yml", 1, "kadhimi-visit-2020", "refers to the article '2020-07-22-x', which does not "
         "exist", "the file name of an article in articles/"),
    Case("an article resolving a name to a missing entry", article("outlet: Iran Daily",
                                                                   "outlet: Iran Daily\nresolve: {Kadhimi: kadhimi}"),
         ARTICLE_PATH, None, "front matter", "'resolve' maps 'Kadhimi' to 'kadhimi', which is not an id",
         "use the id of a person, organisation or place"),
    Case("an article resolving a name to an entry not spelled so",
         article("outlet: Iran Daily", "outlet: Iran Daily\nresolve: {Kadhimi: ali-shamkhani}"),
         ARTICLE_PATH, None, "front matter", "'resolve' maps 'Kadhimi' to 'ali-shamkhani', which is not spelled so",
         "add 'Kadhimi' to the 'short' forms of 'ali-shamkhani'"),
    Case("a general-knowledge mark on no field",
         data("people", "general_knowledge: [roles]", "general_knowledge: [age]"),
         "articles/data/people.yml", 1, "ali-shamkhani", "'general_knowledge' names age", "list only fields among"),
]


def test_the_base_data_loads(root):
    archive = load_archive(root)
    assert archive.registry.events["kadhimi-visit-2020"].date.date.iso() == "2020-07-21"


def test_the_case_names_are_distinct():
    assert len({c.name for c in CASES}) == len(CASES)
    assert set(BUILT) <= {c.name for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_loader_names_file_line_entry_and_fix(root, case):
    """The loader raises the archive's own error, with each part of the message where it belongs."""
    case.edit(root)
    err = error_of(root)
    assert (err.path, err.line, err.entry) == (case.path, case.line, case.entry), str(err)
    assert case.problem in err.problem, str(err)
    assert case.fix in err.fix, str(err)
    where = case.path + (f", line {case.line}" if case.line else "") + (f", entry '{case.entry}'" if case.entry else "")
    assert str(err).startswith(where + ": ") and ". Fix: " in str(err)
    assert "\n" not in str(err)


def build_case(case: Case, folder: Path) -> subprocess.CompletedProcess:
    """`mkdocs build` of the case's articles and data, inside a copy of the site's configuration and pages."""
    root = copy_project(folder / "project")
    shutil.rmtree(root / "articles")
    make_root(root)
    case.edit(root)
    return mkdocs_build(root, folder / "site")


# The build shows whatever message the loader raises; these cases, one of each sort, prove that wiring.
BUILT = ["unclosed bracket", "a colon in an unquoted front matter value", "not UTF-8", "an id twice across files",
         "an unknown place"]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess]:
    """The built cases at once, one MkDocs process per core: each takes half a second, mostly imports."""
    base = tmp_path_factory.mktemp("cases")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {c.name: pool.submit(build_case, c, base / f"case-{i}") for i, c in enumerate(CASES)
                   if c.name in BUILT}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", [c for c in CASES if c.name in BUILT], ids=str)
def test_the_build_stops_with_one_message_and_no_traceback(root, builds, case):
    """Through MkDocs itself: exit status 1, the loader's message on one line, no Python traceback."""
    case.edit(root)
    expected = str(error_of(root))
    result = builds[case.name]
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if "Archive data error" in line]
    assert errors == [f"Archive data error: {expected}"], output


def test_a_control_character_in_a_value_stays_on_the_message_line(root):
    """A new line or a terminal escape quoted from the data is shown as an escape, not acted on."""
    data("events", "place: tehran", 'place: "teh\\nran\\e[2J"')(root)
    message = str(error_of(root))
    assert "'place: teh\\nran\\x1b[2J' is not an id" in message and "\n" not in message and "\x1b" not in message
