"""The curator's command end to end, in a copy of the project: it writes an article the site builds, prints its
report (or one JSON object), refuses to overwrite, and on every error exits with status 2, a message naming the fix,
and nothing written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from chronicle.load import load_article
from chronicle.scrape import read_page
from conftest import ROOT, SEEDS, mkdocs_build

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
WIRE = LAYOUTS / "wire_story.txt"
WIRE_FILE = "2020-07-21-iraqs-prime-minister-arrives-in-tehran-for-talks.md"
SEED_ARTICLES = yaml.safe_load((SEEDS / "expected.yml").read_text(encoding="utf-8"))


def ingest(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`python hooks/ingest.py ...` from the project's root, as the README says."""
    return subprocess.run([sys.executable, "hooks/ingest.py", *map(str, args)], cwd=project, capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def snapshot(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "articles").iterdir()) if p.is_file()}


def test_import_writes_an_article_the_site_builds(project, tmp_path):
    """The wire story becomes an article file; the strict build passes and shows its paragraphs."""
    result = ingest(project, WIRE, "--url", "https://example.org/wire/1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"articles/{WIRE_FILE} (written), from ")
    article = load_article(project / "articles" / WIRE_FILE)
    assert article.title == "Iraq's prime minister arrives in Tehran for talks on U.S. troops, trade"
    assert (article.outlet, article.url) == ("Reuters", "https://example.org/wire/1")
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0 and "WARNING" not in built.stderr, built.stderr
    html = (tmp_path / "site" / "articles" / WIRE_FILE[:-3] / "index.html").read_text(encoding="utf-8")
    assert "Eshaq Jahangiri, state television showed." in html


def test_report_lists_fields_kept_dropped_mentions_candidates_and_events(project):
    result = ingest(project, WIRE, "--dry-run")
    out = result.stdout
    assert result.returncode == 0 and "(dry run, nothing written)" in out
    assert "  outlet    Reuters  [line 11 (label before the lead)]" in out
    assert "Kept: 6 blocks" in out and "Dropped: 10 lines" in out
    assert "line 7    byline" in out and "line 23   credits" in out
    assert re.search(r"mustafa-al-kadhimi +'Mustafa al-Kadhimi' \(p-1\); 'Kadhimi' \(p-2, p-4, p-6\)", out)
    assert "person       Eshaq Jahangiri  [title: First Vice President]" in out
    # a spelling the data lacks is linked as a variant, and the report says so
    assert "'Mohammad Bagher Ghalibaf' as a variant of 'Mohammed Bagher Ghalibaf'" in out
    assert "Mohammad Bagher Ghalibaf  [" not in out  # not proposed as someone new
    assert "'on Tuesday' -> 2020-07-21; the data has then: 2020-07-21-kadhimi-meets-khamenei" in out
    assert snapshot(project) == snapshot(ROOT)


# A page that fills every list of the report: a dropped line, a name left unlinked, a candidate, a dated phrase,
# and (saved as Windows-1252) a warning.
FULL_PAGE = """World
Kadhimi’s visit: Iraq and Iran talk trade
Published: July 22, 2020
BAGHDAD (Reuters) – Kadhimi met Iranian First Vice President Eshaq Jahangiri in Tehran on Tuesday.
Hussein was not there, nor was Muhandis.
Share
"""


def test_json_report_is_one_object_and_every_field_is_in_the_readme(project, tmp_path):
    """--json prints one JSON object; the curator's reference documents each of its fields, nested ones included."""
    raw = tmp_path / "page.txt"
    raw.write_bytes(FULL_PAGE.encode("cp1252"))
    result = ingest(project, raw, "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert report["file"] == "articles/2020-07-22-kadhimis-visit-iraq-and-iran-talk-trade.md"
    assert report["written"] is False and report["dry_run"] is True
    assert report["kept"][0] == {"block": "p-1", "line": 4, "kind": "p", "text": FULL_PAGE.split("\n")[3]}
    lists = ("kept", "dropped", "mentions", "unlinked", "candidates", "events", "warnings")
    assert all(report[key] for key in lists)
    fields = set()
    for key, value in report.items():
        fields.add(key)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            fields |= {f"{key}[].{sub}" for sub in value[0]}
    readme = (ROOT / "CURATING.md").read_text(encoding="utf-8")
    missing = sorted(f for f in fields if f"`{f}`" not in readme)
    assert not missing, f"not documented in CURATING.md: {missing}"


def test_an_article_is_never_overwritten_without_force(project):
    """The same page again, or under another headline, is refused; --force replaces the article."""
    assert ingest(project, WIRE).returncode == 0
    before = snapshot(project)
    again = ingest(project, WIRE)
    assert again.returncode == 2 and f"articles/{WIRE_FILE} (same slug: 6 of its 6 paragraphs)" in again.stderr
    assert "--force" in again.stderr
    renamed = ingest(project, WIRE, "--title", "Kadhimi lands in Tehran")
    assert renamed.returncode == 2 and "(same text: 6 of its 6 paragraphs)" in renamed.stderr
    assert snapshot(project) == before
    forced = ingest(project, WIRE, "--title", "Kadhimi lands in Tehran", "--force")
    assert forced.returncode == 0, forced.stderr
    assert f"replaces articles/{WIRE_FILE} (the same text)" in forced.stdout
    assert not (project / "articles" / WIRE_FILE).exists()
    assert (project / "articles" / "2020-07-21-kadhimi-lands-in-tehran.md").exists()


@pytest.mark.parametrize("seed", sorted(SEED_ARTICLES))
def test_every_seed_is_recognised_as_already_imported(project, seed):
    """Re-importing a seed names the article the archive holds for it, and writes nothing."""
    meta = yaml.safe_load((ROOT / "articles" / f"{SEED_ARTICLES[seed]['article']}.md").read_text(
        encoding="utf-8").split("---")[1])
    args = ["--date", meta["date"]] if "date" in (meta.get("supplied") or {}) else []
    result = ingest(project, SEEDS / seed, *args)
    assert result.returncode == 2
    assert f"already in the archive as articles/{SEED_ARTICLES[seed]['article']}.md (same slug" in result.stderr
    assert snapshot(project) == snapshot(ROOT)


def test_windows_1252_input_is_read_with_a_warning(project, tmp_path):
    """The wire story saved as Windows-1252 imports to the very blocks of its UTF-8 original."""
    raw = tmp_path / "wire-1252.txt"
    raw.write_bytes(WIRE.read_text(encoding="utf-8").encode("cp1252"))
    result = ingest(project, raw)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Warning: .*wire-1252\.txt: is not UTF-8 \(byte \d+\); read as Windows-1252", result.stderr)
    article = load_article(project / "articles" / WIRE_FILE)
    assert [(b.kind, b.text) for b in article.blocks] == read_page(WIRE.read_text(encoding="utf-8")).blocks()


def _raw(tmp_path: Path, name: str, content: bytes | str | None) -> Path:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("content, args, message", [
    (b"", [], "is empty. Fix: scrape the page again"),
    (b"\r\n  \n\t\n", [], "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", [], "is binary, not text"),
    (None, [], "cannot be read (No such file or directory)"),
    ("dir", [], "cannot be read (Is a directory)"),
    ((LAYOUTS / "byline_no_dateline.txt").read_bytes(), [], "prints no publication date (no dateline was found). "
     "Fix: pass the date with --date YYYY-MM-DD"),
    (b"Only one paragraph of text, and no headline above it.\n", ["--date", "2021-01-02"],
     "prints no headline that can be told from the text. Fix: pass the headline with --title"),
    (WIRE.read_bytes(), ["--date", "2021-02-30"], "--date: '2021-02-30' is not a day of the calendar"),
    (WIRE.read_bytes(), ["--url", "ftp://example.org/x"], "--url 'ftp://example.org/x' is not an http(s) address"),
    (b"Share\nRelated Articles\nBack to top\n", [], "raw.txt: holds no paragraph of article text"),
])
def test_errors_exit_2_with_a_message_and_write_nothing(project, tmp_path, content, args, message):
    """Empty, binary or unreadable input, or a field the text lacks: status 2, one message, nothing written."""
    raw = _raw(tmp_path, "raw.txt", content)
    result = ingest(project, raw, *args)
    assert result.returncode == 2
    assert result.stderr.startswith("Import error: ") and message in result.stderr
    assert result.stdout == ""
    assert snapshot(project) == snapshot(ROOT)
    as_json = ingest(project, raw, *args, "--json")
    assert as_json.returncode == 2 and message in json.loads(as_json.stdout)["error"]
