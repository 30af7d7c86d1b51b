"""Each data error stops the build with one message naming the file, the entry and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronicle.build import load_archive
from chronicle.errors import DataError
from conftest import ROOT, mkdocs_build

ARTICLE = "2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us"

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


def write_data(root: Path, **files: str) -> None:
    data = root / "articles" / "data"
    data.mkdir(parents=True, exist_ok=True)
    base = {"people": PEOPLE, "places": PLACES, "organisations": ORGANISATIONS, "events": EVENTS}
    base.update(files)
    for name, text in base.items():
        (data / f"{name}.yml").write_text(text, encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    shutil.copy2(ROOT / "articles" / f"{ARTICLE}.md", tmp_path / "articles")
    write_data(tmp_path)
    return tmp_path


def error_of(root: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load_archive(root)
    return info.value


def test_the_base_data_loads(root):
    archive = load_archive(root)
    assert archive.registry.events["kadhimi-visit-2020"].date.date.iso() == "2020-07-21"


def test_malformed_yaml(root):
    write_data(root, people=PEOPLE.replace("short: [Shamkhani]", "short: [Shamkhani"))
    err = error_of(root)
    assert err.path.endswith("people.yml")
    assert "is not valid YAML" in str(err)
    assert err.line is not None and "line" in str(err)
    assert "Fix: correct the YAML syntax" in str(err)


def test_missing_required_field(root):
    write_data(root, people=PEOPLE.replace("  description: Prime Minister of Iraq 2020-2022.\n", ""))
    err = error_of(root)
    assert str(err).endswith("people.yml, line 10, entry 'mustafa-al-kadhimi': has no 'description'. "
                             "Fix: add the required field 'description'")


def test_unknown_id(root):
    write_data(root, events=EVENTS.replace("place: tehran", "place: baghdad"))
    err = error_of(root)
    assert err.path.endswith("events.yml") and err.entry == "kadhimi-visit-2020"
    assert "'place: baghdad' is not the id of any place" in str(err)
    assert "Fix: correct the id or add the entry" in str(err)


def test_unknown_participant(root):
    write_data(root, events=EVENTS.replace("id: mustafa-al-kadhimi, part", "id: kadhimi, part"))
    assert "'participants: kadhimi' is not the id of any person or organisation" in str(error_of(root))


def test_date_that_is_not_a_date(root):
    write_data(root, events=EVENTS.replace('date: "2020-07-21"', 'date: "2021-02-30"'))
    err = error_of(root)
    assert err.entry == "shamkhani-meeting"
    assert "'2021-02-30' is not a day of the calendar" in str(err)
    assert "Fix: write 'date' as YYYY-MM-DD" in str(err)


def test_weekday_that_is_not_a_weekday(root):
    write_data(root, events=EVENTS.replace("weekday: Tuesday", "weekday: Tusday"))
    assert "'Tusday' is not a weekday" in str(error_of(root))


def test_two_people_sharing_a_spelling(root):
    write_data(root, people=PEOPLE.replace("spellings: [Mustafa al-Kadhimi]",
                                           "spellings: [Mustafa al-Kadhimi, Ali Shamkhani]"))
    err = error_of(root)
    assert "shares the spelling 'Ali Shamkhani' with 'ali-shamkhani'" in str(err)
    assert "move it to 'short' in both" in str(err) and "resolve:" in str(err)


def test_a_shared_short_form_is_allowed(root):
    write_data(root, people=PEOPLE.replace("short: [Kadhimi]", "short: [Kadhimi, Shamkhani]"))
    load_archive(root)


def test_passage_not_in_the_article(root):
    write_data(root, events=EVENTS.replace("for a two-day visit.", "for a three-day visit."))
    err = error_of(root)
    assert err.entry == "kadhimi-visit-2020"
    assert "the passage 'Kadhimi traveled to Tehran on Tuesday for a three-day visit.' is not in the text" in str(err)
    assert ARTICLE in str(err)
    assert "Fix: copy the passage character for character" in str(err)


def test_passage_in_an_article_that_does_not_exist(root):
    write_data(root, events=EVENTS.replace(f"    - article: {ARTICLE}", "    - article: 2020-07-22-nowhere"))
    assert "cite the article '2020-07-22-nowhere', which does not exist" in str(error_of(root))


def test_article_front_matter_date(root):
    path = root / "articles" / f"{ARTICLE}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("date: 2020-07-22", "date: 2020-07-32"), "utf-8")
    err = error_of(root)
    assert err.path.endswith(f"{ARTICLE}.md") and err.entry == "front matter"
    assert "not a day of the calendar" in str(err)


def test_the_build_stops_with_one_message_and_no_traceback(tmp_path):
    """Through MkDocs itself: exit status 1, the message, no Python traceback."""
    from conftest import copy_project

    project = copy_project(tmp_path / "p")
    events = project / "articles" / "data" / "events.yml"
    events.write_text(events.read_text(encoding="utf-8") + "\n- id: broken\n  name: Broken\n  date: 2021-02-30\n"
                      "  description: A date that is not one.\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if "Archive data error" in line]
    assert len(errors) == 1
    assert errors[0].startswith("Archive data error: articles/data/events.yml, line ")
    assert "entry 'broken': 'date': '2021-02-30' is not a day of the calendar. Fix:" in errors[0]
