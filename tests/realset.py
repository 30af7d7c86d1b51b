"""The development set of real news pages (tests/fixtures/real/) and its measure.

Each page `<name>.txt` is kept as scraped; `<name>.yml` is its answer key, written by a reader who did not look at
what the archive links (format: tests/fixtures/real/README.md). `measure` imports every page into a copy of the
project with the import command's `main` (hooks/ingest.py) and no edit to the data, builds the copy once with
`mkdocs build --strict`, reads the links off the built article pages and scores them, and the import reports'
candidates, against the keys.

    python tests/realset.py [--set dev|holdout|all] [--json]     the figures, then each article's misses
    python tests/realset.py --batch h6-                           the same for the pages whose names start so
    python tests/realset.py --list-occurrences FILE TEXT          whole-word occurrences of TEXT, numbered
    python tests/realset.py --show-key NAME                       the page's body with its key's mentions marked
    python tests/realset.py --check-keys                          every key against its page and the data
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

from conftest import ROOT, copy_project, mkdocs_build

REAL = ROOT / "tests" / "fixtures" / "real"
DATA = ROOT / "articles" / "data"
SETS = ("dev", "holdout")
KINDS = ("person", "organisation", "place")
KIND_OF_FILE = {"people.yml": "person", "organisations.yml": "organisation", "places.yml": "place"}
KIND_OF_SECTION = {"people": "person", "organisations": "organisation", "places": "place"}
IMPORT_OPTIONS = ("url", "date", "title", "outlet")
KEY_FIELDS = {"source", "outlet", "date", "date_note", "licence", "set", "cut_end", "headline", "import", "body",
              "copies", "everywhere", "mentions", "candidates", "notes", "dates"}
MENTION_FIELDS = {"text", "at", "id", "new", "optional", "glued", "note"}
DATE_FIELDS = {"text", "at", "date", "note"}
WEEKDAY_AND_MONTH_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December""".split())
CANDIDATE_FIELDS = {"name", "kind", "also", "optional", "not_may_be", "note"}
TARGETS = {"people_recall": 0.95, "wrong_links": 0, "candidate_recall": 0.9, "failed_imports": 0, "dates_read": 0.9}


# ---------------------------------------------------------------------------------------------------------------
# The keys

@dataclass(frozen=True)
class KeyedMention:
    """One printed name in the page's body and what it names: a data id, or None for something the data lacks."""

    text: str
    line: int  # 1-based line of the page file
    start: int  # offsets within that line
    end: int
    entity: str | None
    new: str | None  # person, organisation or place, where entity is None
    optional: bool = False  # a link to `entity` is right, no link is no miss


@dataclass(frozen=True)
class KeyedCandidate:
    """A person, organisation or place the data lacks, which the import should propose."""

    name: str
    kind: str
    also: tuple[str, ...] = ()  # other forms the page prints
    optional: bool = False  # a real name, but a curator could do without the proposal
    not_may_be: tuple[str, ...] = ()  # ids it must not be proposed as (a relative, a namesake)


@dataclass(frozen=True)
class KeyedDate:
    """A weekday or a month printed without its year in the body, and the day or month it names (None: no one)."""

    text: str
    line: int
    start: int
    end: int
    date: str | None  # YYYY-MM-DD or YYYY-MM


@dataclass(frozen=True)
class Key:
    name: str
    source: str
    outlet: str
    date: str
    set: str
    cut_end: bool
    headline: str | None
    options: tuple[str, ...]  # for hooks/ingest.py
    body: frozenset[int]  # the lines a reader reads as the article
    mentions: tuple[KeyedMention, ...]
    candidates: tuple[KeyedCandidate, ...]
    copies: tuple[tuple[int, int], ...] = ()  # (line, the body line it repeats word for word): read once
    folder: Path = REAL
    dates: tuple[KeyedDate, ...] | None = None  # None: the key does not key dates

    def original(self, line: int) -> int:
        """A repeated line (a caption printed twice) stands for the body line it repeats."""
        return dict(self.copies).get(line, line)

    @property
    def page(self) -> Path:
        return self.folder / f"{self.name}.txt"


def align(copy: str, original: str) -> list[int] | None:
    """Offsets of `copy` mapped to offsets of `original`, where the two differ only in the length of their runs of
    white space (a caption printed twice, once with a double space); None where they differ otherwise."""
    a, b = re.split(r"(\s+)", copy), re.split(r"(\s+)", original)
    if len(a) != len(b) or any(x != y for x, y in zip(a[::2], b[::2])):
        return None
    out, pos = [], 0
    for x, y in zip(a, b):
        out += [pos + min(i, len(y)) for i in range(len(x))]
        pos += len(y)
    return out + [pos]


def page_lines(path: Path) -> list[str]:
    """The page's lines as the import reads them: UTF-8, a BOM dropped, any line ending."""
    return path.read_bytes().decode("utf-8-sig").splitlines()


def occurrences(lines: list[str], text: str, glued: bool = False) -> list[tuple[int, int, int]]:
    """Every whole-word occurrence of `text` in the page, in order: (line, start, end), line 1-based. Whole-word:
    no letter or digit just before or just after. `glued` drops that condition, for a name that scraping glued to
    the word before or after it ("Associated PressBAGHDAD"), which has no whole-word occurrence to key."""
    pattern = re.compile(re.escape(text) if glued else r"(?<![^\W_])" + re.escape(text) + r"(?![^\W_])")
    return [(n, m.start(), m.end()) for n, line in enumerate(lines, 1) for m in pattern.finditer(line)]


def parse_lines(spec: object) -> set[int]:
    """'3-5, 9' -> {3, 4, 5, 9}."""
    out: set[int] = set()
    for part in str(spec).split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out.update(range(int(a), int(b) + 1))
        elif part:
            out.add(int(part))
    return out


def read_yaml(path: Path) -> object:
    """A YAML file's data, read by libyaml where PyYAML has it (the keys are 166 files, a third of a run's set-up
    in pure Python)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def load_data_ids() -> dict[str, str]:
    """id -> kind, for every entity of articles/data/."""
    ids: dict[str, str] = {}
    for file, kind in KIND_OF_FILE.items():
        for entry in read_yaml(DATA / file) or []:
            ids[entry["id"]] = kind
    return ids


def key_names(folder: Path = REAL) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.yml"))


def _entries(raw: dict, problems: list[str], where: str) -> list[tuple[dict, bool]]:
    """The key's mention entries, `everywhere` ones included, each with whether it names its occurrences (`at`)."""
    entries: list[tuple[dict, bool]] = []
    for text, ident in (raw.get("everywhere") or {}).items():
        entries.append(({"text": str(text), "id": ident}, False))
    for i, m in enumerate(raw.get("mentions") or [], 1):
        if not isinstance(m, dict) or "text" not in m:
            problems.append(f"{where}: mentions[{i}] needs a 'text'")
            continue
        unknown = set(m) - MENTION_FIELDS
        if unknown:
            problems.append(f"{where}: mentions[{i}] ('{m['text']}') has unknown fields {sorted(unknown)}")
        entries.append((m, m.get("at", "all") != "all"))
    return entries


def place_mentions(raw: dict, lines: list[str], body: set[int], problems: list[str],
                   where: str) -> list[KeyedMention]:
    """Turn the key's entries into spans of the page. Entries with `at` first (they may nest, not cross); then the
    others, longest text first, each taking every occurrence in the body that no placed span holds or crosses."""
    placed: list[KeyedMention] = []

    def crosses(a: tuple[int, int, int], b: KeyedMention) -> bool:
        return a[0] == b.line and a[1] < b.end and b.start < a[2]

    def inside(a: tuple[int, int, int], b: KeyedMention) -> bool:
        return a[0] == b.line and b.start <= a[1] and a[2] <= b.end

    def contains(a: tuple[int, int, int], b: KeyedMention) -> bool:
        """`a` holds `b` and more."""
        return a[0] == b.line and a[1] <= b.start and b.end <= a[2] and (a[1], a[2]) != (b.start, b.end)

    def make(entry: dict, occ: tuple[int, int, int]) -> KeyedMention:
        return KeyedMention(str(entry["text"]), occ[0], occ[1], occ[2], entry.get("id"), entry.get("new"),
                            bool(entry.get("optional", False)))

    entries = _entries(raw, problems, where)
    for entry, _ in entries:
        text = str(entry["text"])
        if entry.get("glued") and occurrences(lines, text, glued=True) == occurrences(lines, text):
            problems.append(f"{where}: '{text}' is marked glued, but it stands as a whole word wherever it occurs")
    for entry, explicit in entries:
        if not explicit:
            continue
        occ = occurrences(lines, str(entry["text"]), bool(entry.get("glued")))
        at = entry["at"]
        wanted = at if isinstance(at, list) else [at]
        for n in wanted:
            if not isinstance(n, int) or not 1 <= n <= len(occ):
                problems.append(f"{where}: '{entry['text']}' at {n}: the page has {len(occ)} occurrence(s)")
                continue
            o = occ[n - 1]
            if o[0] not in body:
                problems.append(f"{where}: '{entry['text']}' at {n} is on line {o[0]}, outside the body")
                continue
            for p in placed:
                if crosses(o, p) and not inside(o, p) and not contains(o, p):
                    problems.append(f"{where}: '{entry['text']}' at {n} crosses '{p.text}' on line {o[0]}")
            placed.append(make(entry, o))
    for entry, _ in sorted((e for e in entries if not e[1]), key=lambda e: -len(str(e[0]["text"]))):
        taken = 0
        for o in occurrences(lines, str(entry["text"]), bool(entry.get("glued"))):
            if o[0] not in body:
                continue
            if any(crosses(o, p) and not contains(o, p) for p in placed):
                continue  # inside or across a span placed already
            placed.append(make(entry, o))
            taken += 1
        if not taken:
            problems.append(f"{where}: '{entry['text']}' (every occurrence) has none in the body outside other "
                            "mentions")
    return sorted(placed, key=lambda m: (m.line, m.start, -m.end))


def read_key(name: str, ids: dict[str, str] | None = None, folder: Path = REAL) -> tuple[Key | None, list[str]]:
    """Load and check one key against its page and the data; returns the key (None when unusable) and the
    problems found, each naming the file and the entry."""
    ids = load_data_ids() if ids is None else ids
    where = f"{_shown(folder)}/{name}.yml"
    problems: list[str] = []
    page = folder / f"{name}.txt"
    if not page.exists():
        return None, [f"{where}: no page {page.name}"]
    try:
        raw = read_yaml(folder / f"{name}.yml") or {}
    except yaml.YAMLError as exc:
        return None, [f"{where}: not YAML: {exc}"]
    lines = page_lines(page)
    unknown = set(raw) - KEY_FIELDS
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    for required in ("source", "outlet", "date", "set", "body", "import"):
        if required not in raw:
            problems.append(f"{where}: '{required}' is missing")
    if problems:
        return None, problems
    if raw["set"] not in SETS:
        problems.append(f"{where}: set must be one of {SETS}")
    body = parse_lines(raw["body"])
    for n in sorted(body):
        if not 1 <= n <= len(lines) or not lines[n - 1].strip():
            problems.append(f"{where}: body line {n} is blank or past the end")
    options: list[str] = []
    for opt, value in (raw["import"] or {}).items():
        if opt not in IMPORT_OPTIONS:
            problems.append(f"{where}: import option '{opt}' is not one of {IMPORT_OPTIONS}")
            continue
        options += [f"--{opt}", str(value)]
    if "url" not in (raw["import"] or {}):
        problems.append(f"{where}: import needs 'url'")
    copies = []
    for copy, original in (raw.get("copies") or {}).items():
        if original not in body or copy in body or not (1 <= copy <= len(lines)) or align(
                lines[copy - 1], lines[original - 1]) is None:
            problems.append(f"{where}: copies {copy}: {original}: line {copy} must repeat body line {original} "
                            "word for word, and not be in the body itself")
        copies.append((int(copy), int(original)))
    mentions = place_mentions(raw, lines, body, problems, where)
    for m in mentions:
        if m.entity is not None and m.entity not in ids:
            problems.append(f"{where}: '{m.text}' (line {m.line}) names id '{m.entity}', which the data lacks")
        if m.entity is None and m.new not in KINDS:
            problems.append(f"{where}: '{m.text}' (line {m.line}) has id null, so needs 'new' of {KINDS}")
        if m.entity is not None and m.new is not None:
            problems.append(f"{where}: '{m.text}' (line {m.line}) has an id and 'new'")
    candidates = []
    for i, c in enumerate(raw.get("candidates") or [], 1):
        unknown = set(c) - CANDIDATE_FIELDS
        if unknown or "name" not in c or c.get("kind") not in KINDS:
            problems.append(f"{where}: candidates[{i}] needs 'name' and a 'kind' of {KINDS}, no other fields "
                            f"than {sorted(CANDIDATE_FIELDS)}")
            continue
        for bad in c.get("not_may_be") or []:
            if bad not in ids:
                problems.append(f"{where}: candidate '{c['name']}': not_may_be '{bad}' is not an id of the data")
        candidates.append(KeyedCandidate(str(c["name"]), c["kind"], tuple(map(str, c.get("also") or ())),
                                         bool(c.get("optional", False)), tuple(c.get("not_may_be") or ())))
    # Both lists describe the same new things: every new name printed is some candidate, and every candidate a
    # reader must see proposed is printed in the body.
    for m in mentions:
        if m.entity is None and not any(names_match(m.text, c) for c in candidates):
            problems.append(f"{where}: '{m.text}' (line {m.line}) is new to the data but matches no candidate")
    for c in candidates:
        if not c.optional and not any(m.entity is None and names_match(m.text, c) for m in mentions):
            problems.append(f"{where}: candidate '{c.name}' matches no mention keyed as new")
    dates = place_dates(raw["dates"], lines, body, problems, where) if "dates" in raw else None
    headline = raw.get("headline")
    if headline is not None and not any(headline in line for line in lines) and "title" not in raw["import"]:
        problems.append(f"{where}: the headline is not printed on the page; give it as import 'title'")
    if headline is None and "title" not in raw["import"]:
        problems.append(f"{where}: the page prints no headline, so import needs a 'title'")
    date = raw["date"]
    key = Key(name, str(raw["source"]), str(raw["outlet"]),
              date.isoformat() if isinstance(date, dt.date) else str(date), raw["set"], bool(raw.get("cut_end")),
              headline, tuple(options), frozenset(body), tuple(mentions), tuple(candidates), tuple(copies), folder,
              dates)
    return key, problems


_KEYED_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def place_dates(entries: object, lines: list[str], body: set[int], problems: list[str],
                where: str) -> tuple[KeyedDate, ...]:
    """The key's `dates` as spans of the page: an entry with `at` takes those occurrences of its text, one without
    every occurrence in the body. Each must be a weekday or a month name, in the body, keyed once, with a date of
    the form YYYY-MM-DD or YYYY-MM (or null)."""
    out: dict[tuple[int, int], KeyedDate] = {}
    for i, entry in enumerate(entries or [], 1):
        if not isinstance(entry, dict) or "text" not in entry or "date" not in entry or set(entry) - DATE_FIELDS:
            problems.append(f"{where}: dates[{i}] needs 'text' and 'date', no other fields than {sorted(DATE_FIELDS)}")
            continue
        text, date = str(entry["text"]), entry["date"]
        date = date.isoformat() if isinstance(date, dt.date) else (None if date is None else str(date))
        if text not in WEEKDAY_AND_MONTH_NAMES:
            problems.append(f"{where}: dates[{i}] '{text}' is not a weekday or a month name")
        if date is not None and not _KEYED_DAY.fullmatch(date):
            problems.append(f"{where}: dates[{i}] '{text}': date '{date}' is not YYYY-MM-DD, YYYY-MM or null")
        occ = occurrences(lines, text)
        at = entry.get("at", "all")
        if at == "all":
            chosen = [o for o in occ if o[0] in body]
        else:
            wanted = at if isinstance(at, list) else [at]
            bad = [n for n in wanted if not isinstance(n, int) or not 1 <= n <= len(occ)]
            if bad:
                problems.append(f"{where}: dates[{i}] '{text}' at {bad}: the page has {len(occ)} occurrence(s)")
            chosen = [occ[n - 1] for n in wanted if n not in bad]
        if not chosen:
            problems.append(f"{where}: dates[{i}] '{text}' has no occurrence in the body")
        for o in chosen:
            if o[0] not in body:
                problems.append(f"{where}: dates[{i}] '{text}' on line {o[0]} is outside the body")
            elif (o[0], o[1]) in out:
                problems.append(f"{where}: dates[{i}] '{text}' on line {o[0]} is keyed twice")
            else:
                out[(o[0], o[1])] = KeyedDate(text, o[0], o[1], o[2], date)
    return tuple(sorted(out.values(), key=lambda d: (d.line, d.start)))


def _shown(folder: Path) -> str:
    return folder.relative_to(ROOT).as_posix() if folder.is_relative_to(ROOT) else str(folder)


def load_keys(which: str = "all") -> list[Key]:
    """Every usable key of the set (`dev`, `holdout` or `all`); raises on a key with problems."""
    ids = load_data_ids()
    keys, problems = [], []
    for name in key_names():
        key, found = read_key(name, ids)
        problems += found
        if key and (which == "all" or key.set == which):
            keys.append(key)
    if problems:
        raise ValueError("answer keys with problems:\n  " + "\n  ".join(problems))
    return keys


# ---------------------------------------------------------------------------------------------------------------
# Names: how a proposed candidate is matched to a keyed one

_QUOTES = "'’‘`ʼʿʾ"
_STRIP = ".,;:()[]\"“”"


def name_words(name: str) -> tuple[str, ...]:
    """A name's words for matching: case, apostrophes and ayn marks, hyphens and dashes, and the punctuation
    around words set aside; a leading 'the' dropped."""
    name = unicodedata.normalize("NFKC", name).casefold()
    for q in _QUOTES:
        name = name.replace(q, "")
    name = re.sub(r"[-‐‑–—]", " ", name)
    words = [w.strip(_STRIP) for w in name.split()]
    words = [w for w in words if w]
    return tuple(words[1:] if words[:1] == ["the"] else words)


def forms_match(a: str, b: str) -> bool:
    """The same name printed in a shorter or longer form: equal words, or one's words a run of the other's of at
    least two words."""
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 2 and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def names_match(text: str, candidate: KeyedCandidate) -> bool:
    return any(forms_match(text, form) for form in (candidate.name, *candidate.also))


# ---------------------------------------------------------------------------------------------------------------
# What the import and the build produced

@dataclass(frozen=True)
class Link:
    """A mention link of a built article page, placed on the page file's lines."""

    line: int
    start: int
    end: int
    entity: str
    kind: str
    text: str
    block: str = ""  # the block's anchor on the article page


@dataclass
class Imported:
    """One page's import and what the build made of it."""

    key: Key
    ok: bool
    error: str = ""
    report: dict = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    kept_lines: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)  # the build's page disagreeing with the import's blocks


def run_import(project: Path, key: Key, dry_run: bool = False) -> tuple[bool, dict, str]:
    """`python hooks/ingest.py PAGE --json [options]` from the project's root: (ok, report, error line)."""
    args = [sys.executable, "hooks/ingest.py", *_import_args(key)] + (["--dry-run"] if dry_run else [])
    result = subprocess.run(args, cwd=project, capture_output=True, text=True, encoding="utf-8",
                            env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    return _import_result(result.returncode, result.stdout, result.stderr)


def _import_args(key: Key) -> list[str]:
    return [str(key.page), "--json", *key.options]


def _import_result(status: int, stdout: str, stderr: str) -> tuple[bool, dict, str]:
    """What an import printed, read: (ok, report, the error line, or the last line it wrote where none says so)."""
    if status != 0:
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        return False, {}, next((ln for ln in lines if "error" in ln.lower()), lines[-1] if lines else "no output")
    return True, json.loads(stdout), ""


# The import command's `main`, run for one page after another in one process, with what it would print to its two
# streams caught: a page's arguments on each line in, [exit status, stdout, stderr] on each line out. Loading the
# command's modules takes most of a process's time for one page. Each import reads the whole archive, which grows by
# a page at each: parsing the same article files again and again took 7 tenths of the loop's time (159 of 222 s of
# CPU over 1,443 pages), so an article file is parsed once for each text it holds, as the import would parse it.
_IMPORT_LOOP = """
import contextlib, hashlib, io, json, sys, traceback
sys.path.insert(0, "hooks")
import ingest
from chronicle import load

parse_article, parsed = load.load_article, {}


def load_article(path, base=None):
    try:
        key = (path, base, hashlib.blake2b(path.read_bytes()).digest())
    except OSError:
        return parse_article(path, base)  # its message
    if key not in parsed:
        parsed[key] = parse_article(path, base)
    return parsed[key]


load.load_article = load_article
for line in sys.stdin:
    streams = [io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2)]
    with contextlib.redirect_stdout(streams[0]), contextlib.redirect_stderr(streams[1]):
        try:
            status = ingest.main(json.loads(line))
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        except Exception:
            traceback.print_exc()
            status = 1
    for stream in streams:
        stream.flush()
    print(json.dumps([status, *(s.buffer.getvalue().decode("utf-8") for s in streams)]), flush=True)
"""


def import_in_one_process(project: Path, keys: list[Key]) -> list[tuple[Key, tuple[bool, dict, str]]]:
    """Each page imported as `python hooks/ingest.py PAGE --json [options]` imports it (its `main`, from the
    project's root), in one process, in order: [(key, (ok, report, error line))]."""
    lines = "".join(json.dumps(_import_args(k)) + "\n" for k in keys)
    done = subprocess.run([sys.executable, "-c", _IMPORT_LOOP], cwd=project, input=lines, capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    if done.returncode != 0 or len(answers) != len(keys):
        raise RuntimeError(f"the import loop stopped:\n{done.stderr}")
    return [(k, _import_result(*a)) for k, a in zip(keys, answers)]


class _BlockLinks(HTMLParser):
    """Each block of an article page (an element whose id is p-N, h-N or c-N): its text and its mention links,
    with their offsets in that text."""

    BLOCK_ID = re.compile(r"^[phc]-\d+$")
    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: dict[str, tuple[str, list[tuple[int, int, str, str]]]] = {}
        self.anchor: str | None = None
        self.depth = 0
        self.parts: list[str] = []
        self.links: list[tuple[int, int, str, str]] = []
        self.open_link: tuple[int, str, str, int] | None = None  # start, href, kind, depth

    def _len(self) -> int:
        return sum(map(len, self.parts))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.anchor is None:
            if a.get("id") and self.BLOCK_ID.match(a["id"] or ""):
                self.anchor, self.depth, self.parts, self.links = a["id"], 1, [], []
            return
        if tag in self.VOID:
            return
        self.depth += 1
        classes = (a.get("class") or "").split()
        if tag == "a" and "anno" in classes:
            self.open_link = (self._len(), a.get("href") or "", a.get("data-card-kind") or "", self.depth)

    def handle_endtag(self, tag: str) -> None:
        if self.anchor is None or tag in self.VOID:
            return
        if self.open_link and self.depth == self.open_link[3]:
            start, href, kind, _ = self.open_link
            self.links.append((start, self._len(), href, kind))
            self.open_link = None
        self.depth -= 1
        if self.depth == 0:
            self.blocks[self.anchor] = ("".join(self.parts), self.links)
            self.anchor = None

    def handle_data(self, data: str) -> None:
        if self.anchor is not None:
            self.parts.append(data)


def entity_of(href: str) -> tuple[str, str] | None:
    """'../../people/qasem-soleimani/' -> ('qasem-soleimani', 'person')."""
    parts = [p for p in href.split("/") if p not in ("", "..", ".")]
    if len(parts) >= 2 and parts[-2] in KIND_OF_SECTION:
        return parts[-1], KIND_OF_SECTION[parts[-2]]
    return None


@dataclass(frozen=True)
class _Part:
    """One line of the page file that a kept block holds: where it starts in the block's text and in its line, and how
    its line's offsets map to the line the block stands for (a copy's to its original's)."""

    line: int
    at: int  # where it starts in the block's text
    text: str
    offset: int  # where it starts in its line; -1 where the line does not hold it
    to_line: int
    to: list[int]

    def place(self, start: int, end: int) -> tuple[int, int, int]:
        """A span of the block's text within this part, as (line, start, end) of the page file."""
        return self.to_line, self.to[self.offset + start - self.at], self.to[self.offset + end - self.at]


def block_parts(key: Key, lines: list[str], kept: dict) -> Iterator[_Part]:
    """The page file's lines a kept block holds, in order: a block of lines a page broke mid-sentence holds them one
    after another, a line break between."""
    at = 0
    for line, part in enumerate(kept["text"].split("\n"), start=kept["line"]):
        offset = lines[line - 1].find(part) if line <= len(lines) else -1
        to_line = key.original(line)
        to = [] if offset < 0 else align(lines[line - 1], lines[to_line - 1]) or list(range(len(lines[line - 1]) + 1))
        yield _Part(line, at, part, offset, to_line, to)
        at += len(part) + 1


def read_built_links(imported: Imported, site: Path) -> None:
    """Fill in the links the built article page shows, placed on the lines of the page file."""
    slug = Path(imported.report["file"]).stem
    html_file = site / "articles" / slug / "index.html"
    if not html_file.exists():
        imported.problems.append(f"the build made no page {html_file.relative_to(site)}")
        return
    parser = _BlockLinks()
    parser.feed(html_file.read_text(encoding="utf-8"))
    lines = page_lines(imported.key.page)
    for kept in imported.report["kept"]:
        first, text = kept["line"], kept["text"]
        if kept["block"] not in parser.blocks:
            imported.problems.append(f"block {kept['block']} (line {first}) is not on the built page")
            continue
        shown, links = parser.blocks[kept["block"]]
        if shown != text:
            imported.problems.append(f"block {kept['block']} shows other text than line {first} keeps")
        for part in block_parts(imported.key, lines, kept):
            imported.kept_lines.add(part.to_line)
            if part.offset < 0:
                imported.problems.append(f"block {kept['block']} is not the text of line {part.line}")
                break
            for whole_start, whole_end, href, kind in links:
                found = entity_of(href)
                start, end = max(whole_start, part.at), min(whole_end, part.at + len(part.text))  # a link over a line
                if found and start < end:  # break: its part on this line, with the link's whole text
                    imported.links.append(Link(*part.place(start, end), found[0], found[1],
                                               shown[whole_start:whole_end], kept["block"]))


def measure(keys: list[Key], workdir: Path) -> tuple[list[Imported], str]:
    """Import every page into a copy of the project (`workdir/project`), build it once (`workdir/site`), and read
    what each article page links. Returns the imports and the build's error output ('' when it built). The imports
    run in two processes side by side, each importing its share of the pages one after another."""
    project = copy_project(workdir / "project")
    workers = max(1, min(2, os.cpu_count() or 1, len(keys)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        shares = list(pool.map(lambda share: import_in_one_process(project, share), [keys[i::workers]
                                                                                     for i in range(workers)]))
    results = {key.name: result for share in shares for key, result in share}
    # Two pages of one story under one headline on one day, each imported by its own process at the same moment, race
    # for one file: one overwrites the other, or finds its file written after it read the archive. Each such page is
    # imported again, after the others, one after another, as a curator would, where the archive names the other.
    files: dict[str, list[Key]] = {}
    for key in keys:
        ok, report, error = results[key.name]
        if ok:
            files.setdefault(report["file"], []).append(key)
    raced = [k for k in keys if "would overwrite" in results[k.name][2]] + [
        k for file, ks in files.items() if len(ks) > 1 for k in ks]
    for file in {results[k.name][1]["file"] for k in raced if results[k.name][0]}:
        (project / file).unlink(missing_ok=True)
    results.update({key.name: result for key, result in import_in_one_process(project, sorted(
        raced, key=keys.index))} if raced else {})
    imported = [Imported(key, ok, error, report) for key in keys for ok, report, error in [results[key.name]]]
    result = mkdocs_build(project, workdir / "site")
    if result.returncode != 0:
        return imported, result.stderr
    for item in imported:
        if item.ok:
            read_built_links(item, workdir / "site")
    return imported, ""


# ---------------------------------------------------------------------------------------------------------------
# Scoring

@dataclass
class Score:
    """One article's (or a set's) figures and the cases behind them."""

    keyed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    keyed_imported: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))  # of pages imported
    hits_imported: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    misses: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    furniture_links: list[dict] = field(default_factory=list)
    candidates_keyed: int = 0
    candidates_found: int = 0
    candidates_missed: list[dict] = field(default_factory=list)
    kind_wrong: list[dict] = field(default_factory=list)
    junk: list[dict] = field(default_factory=list)
    proposed_registered: list[dict] = field(default_factory=list)
    may_be_errors: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    harness: list[dict] = field(default_factory=list)  # the built page disagreeing with the import's report
    imports: int = 0
    layout: list[dict] = field(default_factory=list)  # headline, date, lines a reader reads that the import lost
    dates_keyed: int = 0  # weekdays and months a key dates (keys with `dates` only)
    dates_right: int = 0  # ... that a candidate event of the import dates the same
    dates_wrong: list[dict] = field(default_factory=list)  # ... dated otherwise
    dates_missed: list[dict] = field(default_factory=list)  # ... on which the import proposes no event

    def add(self, other: Score) -> None:
        for kind in KINDS:
            self.keyed[kind] += other.keyed[kind]
            self.hits[kind] += other.hits[kind]
            self.keyed_imported[kind] += other.keyed_imported[kind]
            self.hits_imported[kind] += other.hits_imported[kind]
        for name in ("misses", "wrong", "furniture_links", "candidates_missed", "kind_wrong", "junk",
                     "proposed_registered", "may_be_errors", "failed", "harness", "layout", "dates_wrong",
                     "dates_missed"):
            getattr(self, name).extend(getattr(other, name))
        self.candidates_keyed += other.candidates_keyed
        self.candidates_found += other.candidates_found
        self.imports += other.imports
        self.dates_keyed += other.dates_keyed
        self.dates_right += other.dates_right

    def recall(self, kind: str) -> float | None:
        return self.hits[kind] / self.keyed[kind] if self.keyed[kind] else None

    def recall_imported(self, kind: str) -> float | None:
        return self.hits_imported[kind] / self.keyed_imported[kind] if self.keyed_imported[kind] else None

    def candidate_recall(self) -> float | None:
        return self.candidates_found / self.candidates_keyed if self.candidates_keyed else None

    def figures(self) -> dict:
        return {"articles": self.imports, "failed_imports": len(self.failed),
                **{f"{k}_recall": self.recall(k) for k in ("person", "organisation", "place")},
                "people_recall": self.recall("person"),
                "people_recall_imported": self.recall_imported("person"),
                **{f"{k}_mentions": self.keyed[k] for k in KINDS},
                "wrong_links": len(self.wrong), "links_in_furniture": len(self.furniture_links),
                "candidate_recall": self.candidate_recall(), "candidates_keyed": self.candidates_keyed,
                "candidates_kind_wrong": len(self.kind_wrong), "candidate_junk": len(self.junk),
                "proposed_though_registered": len(self.proposed_registered),
                "may_be_errors": len(self.may_be_errors), "harness_problems": len(self.harness),
                "dates_keyed": self.dates_keyed,
                "dates_right": self.dates_right / self.dates_keyed if self.dates_keyed else None,
                "dates_wrong": len(self.dates_wrong), "dates_missed": len(self.dates_missed)}


def _overlap(link: Link, m: KeyedMention) -> bool:
    return link.line == m.line and link.start < m.end and m.start < link.end


def _named_after(link: Link, m: KeyedMention, ids: dict[str, str]) -> bool:
    """A place's name inside the name of an organisation or a place named after it ("Central Bank of Iraq",
    "Kurdistan 24", "Middle East News"): a link on it to that place is not wrong. A surname inside another
    person's name gets no such pass ("Zeinab Soleimani")."""
    kind = m.new if m.entity is None else ids.get(m.entity)
    return (link.kind == "place" and kind in ("organisation", "place") and link.line == m.line
            and m.start <= link.start and link.end <= m.end and (link.start, link.end) != (m.start, m.end))


def _context(lines: list[str], line: int, start: int, end: int) -> str:
    text = lines[line - 1]
    return text[:start] + "[[" + text[start:end] + "]]" + text[end:]


def score_links(key: Key, links: list[Link], kept_lines: set[int], ids: dict[str, str], lines: list[str],
                report: dict | None = None) -> Score:
    """Mention-level scoring of one article's links against its key (rules: tests/fixtures/real/README.md). The
    import's report, where given, tells why a missed mention was left unlinked."""
    s = Score()
    anchors = {key.original(k["line"] + i): k["block"] for k in (report or {}).get("kept") or []
               for i in range(k["text"].count("\n") + 1)}
    unlinked = [(u["block"], u["text"], u.get("reason", "")) for u in (report or {}).get("unlinked") or []]
    for m in key.mentions:
        if m.entity is None or m.optional:
            continue
        kind = ids[m.entity]
        s.keyed[kind] += 1
        if any(_overlap(link, m) and link.entity == m.entity for link in links):
            s.hits[kind] += 1
            continue
        others = sorted({link.entity for link in links if _overlap(link, m)})
        reasons = [r for block, text, r in unlinked
                   if block == anchors.get(m.line) and (text in m.text or m.text in text)]
        why = ("its line is not in the article" if m.line not in kept_lines
               else f"linked to {', '.join(others)}" if others
               else f"left unlinked: {reasons[0]}" if reasons else "not linked")
        s.misses.append({"article": key.name, "text": m.text, "id": m.entity, "kind": kind, "line": m.line,
                         "why": why, "paragraph": _context(lines, m.line, m.start, m.end)})
    for link in links:
        over = [m for m in key.mentions if _overlap(link, m)]
        if any(m.entity == link.entity or _named_after(link, m, ids) for m in over):
            continue
        case = {"article": key.name, "text": link.text, "linked_to": link.entity, "line": link.line,
                "paragraph": _context(lines, link.line, link.start, link.end)}
        if over:
            m = over[0]
            case["key_says"] = m.entity or f"null (new {m.new}: '{m.text}')"
            s.wrong.append(case)
        elif link.line in key.body:
            case["key_says"] = "no mention here"
            s.wrong.append(case)
        else:
            s.furniture_links.append(case)
    return s


def score_candidates(key: Key, proposals: list[dict]) -> Score:
    """The import report's candidates against the keyed ones: found (name match, same kind), kind wrong, missed,
    `may_be` a registered id the key forbids, proposals of registered entities, and junk (names of nothing)."""
    s = Score()
    used: set[int] = set()
    for c in key.candidates:
        matches = [i for i, p in enumerate(proposals) if names_match(p["name"], c)]
        used.update(matches)
        for i in matches:
            bad = {m["id"] for m in proposals[i].get("may_be") or []} & set(c.not_may_be)
            if bad:
                s.may_be_errors.append({"article": key.name, "name": proposals[i]["name"], "may_be": sorted(bad)})
        if c.optional:
            continue
        s.candidates_keyed += 1
        same_kind = [i for i in matches if proposals[i]["kind"] == c.kind]
        if same_kind:
            s.candidates_found += 1
        elif matches:
            s.kind_wrong.append({"article": key.name, "name": c.name, "kind": c.kind,
                                 "proposed_as": [f"{proposals[i]['name']} ({proposals[i]['kind']})" for i in matches]})
        else:
            s.candidates_missed.append({"article": key.name, "name": c.name, "kind": c.kind})
    for i, p in enumerate(proposals):
        if i in used:
            continue
        registered = [m for m in key.mentions if m.entity and forms_match(p["name"], m.text)]
        if registered:
            s.proposed_registered.append({"article": key.name, "name": p["name"], "kind": p["kind"],
                                          "is": registered[0].entity,
                                          "may_be": [m["id"] for m in p.get("may_be") or []]})
        elif not any(m.entity is None and forms_match(p["name"], m.text) for m in key.mentions):
            s.junk.append({"article": key.name, "name": p["name"], "kind": p["kind"],
                           "judged_by": p.get("judged_by", ""), "sentence": p.get("sentence", "")})
    return s


def placed_events(key: Key, report: dict, lines: list[str]) -> list[tuple[int, int, int, dict]]:
    """The import's candidate events, each placed on the page file's lines: (line, start, end, event)."""
    kept = {k["block"]: k for k in report.get("kept") or []}
    out = []
    for event in report.get("events") or []:
        block = kept.get(event["block"])
        if block is None or "start" not in event:
            continue
        start = event["start"]
        part = next((p for p in block_parts(key, lines, block) if p.at <= start < p.at + len(p.text)), None)
        if part is not None and part.offset >= 0:
            end = min(start + len(event["phrase"].split("\n")[0]), part.at + len(part.text))
            out.append((*part.place(start, end), event))
    return out


def score_dates(key: Key, report: dict | None, lines: list[str]) -> Score:
    """Each weekday and month the key dates, against the candidate event the import proposes on it: the same day
    or month, another, or none (a failed import proposes none)."""
    s = Score()
    if key.dates is None:
        return s
    events = placed_events(key, report, lines) if report else []
    for d in key.dates:
        if d.date is None:
            continue
        s.dates_keyed += 1
        on = [e for line, a, b, e in events if line == d.line and a < d.end and d.start < b]
        case = {"article": key.name, "text": d.text, "line": d.line, "key": d.date,
                "sentence": _context(lines, d.line, d.start, d.end)}
        if not on:
            s.dates_missed.append(case)
        elif on[0]["date"] == d.date:
            s.dates_right += 1
        else:
            s.dates_wrong.append({**case, "read": on[0]["date"], "phrase": on[0]["phrase"]})
    return s


def score_layout(key: Key, report: dict) -> list[dict]:
    """What the import read from the page's layout that a reader reads otherwise: headline, date, lost lines."""
    out = []
    title_given = "--title" in key.options
    if key.headline is not None and not title_given and report.get("title") != key.headline:
        out.append({"article": key.name, "what": "headline", "read": report.get("title"), "key": key.headline})
    if report.get("date") != key.date:
        out.append({"article": key.name, "what": "date", "read": report.get("date"), "key": key.date})
    kept = {k["line"] + i for k in report.get("kept") or [] for i in range(k["text"].count("\n") + 1)}  # a
    # block of lines a page broke mid-sentence keeps them all
    lost = sorted(key.body - {key.original(n) for n in kept})
    if lost:
        out.append({"article": key.name, "what": "body lines dropped", "lines": lost})
    extra = sorted(n for n in kept - key.body if key.original(n) in kept)
    if extra:
        out.append({"article": key.name, "what": "furniture lines kept", "lines": extra})
    return out


def score(imported: list[Imported], ids: dict[str, str]) -> dict[str, Score]:
    """Per article, by name."""
    out = {}
    for item in imported:
        key = item.key
        lines = page_lines(key.page)
        if not item.ok:
            s = Score(imports=1)
            s.failed.append({"article": key.name, "error": item.error})
            # a failed import links nothing and proposes nothing: every keyed mention and candidate is missed
            s.add(score_links(key, [], set(), ids, lines))
            s.add(score_candidates(key, []))
            s.add(score_dates(key, None, lines))
        else:
            s = score_links(key, item.links, item.kept_lines, ids, lines, item.report)
            s.keyed_imported, s.hits_imported = dict(s.keyed), dict(s.hits)
            s.add(score_candidates(key, item.report.get("candidates") or []))
            s.add(score_dates(key, item.report, lines))
            s.layout = score_layout(key, item.report)
            s.harness = [{"article": key.name, "problem": p} for p in item.problems]
            s.imports = 1
        out[key.name] = s
    return out


def totals(scores: dict[str, Score], keys: Iterable[Key]) -> dict[str, Score]:
    """One Score per set, and 'all'."""
    sets = {name: Score() for name in (*SETS, "all")}
    for key in keys:
        if key.name in scores:
            sets[key.set].add(scores[key.name])
            sets["all"].add(scores[key.name])
    return sets


# ---------------------------------------------------------------------------------------------------------------
# Printing

def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def figures_table(sets: dict[str, Score]) -> str:
    names = [n for n in (*SETS, "all") if sets[n].imports]
    rows = [("articles", lambda f: str(f["articles"])),
            ("failed imports", lambda f: str(f["failed_imports"])),
            ("recall, registered people (mentions)", lambda f: f"{_pct(f['person_recall'])} ({f['person_mentions']})"),
            ("the same, of the pages imported", lambda f: _pct(f["people_recall_imported"])),
            ("recall, registered organisations", lambda f: f"{_pct(f['organisation_recall'])} "
                                                           f"({f['organisation_mentions']})"),
            ("recall, registered places", lambda f: f"{_pct(f['place_recall'])} ({f['place_mentions']})"),
            ("wrong links", lambda f: str(f["wrong_links"])),
            ("links on page furniture", lambda f: str(f["links_in_furniture"])),
            ("candidate recall (keyed)", lambda f: f"{_pct(f['candidate_recall'])} ({f['candidates_keyed']})"),
            ("candidates proposed as the wrong kind", lambda f: str(f["candidates_kind_wrong"])),
            ("junk candidates", lambda f: str(f["candidate_junk"])),
            ("registered entities proposed as new", lambda f: str(f["proposed_though_registered"])),
            ("'may be' errors (relatives, namesakes)", lambda f: str(f["may_be_errors"])),
            ("days and months read as keyed (keyed)", lambda f: f"{_pct(f['dates_right'])} ({f['dates_keyed']})")]
    figs = {n: sets[n].figures() for n in names}
    out = ["| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    out += ["| " + label + " | " + " | ".join(get(figs[n]) for n in names) + " |" for label, get in rows]
    return "\n".join(out)


# How each kind of case prints in the per-article list, in this order.
CASE_LINES: tuple[tuple[str, Callable[[dict], str]], ...] = (
    ("failed", lambda f: f"FAILED IMPORT: {f['error']}"),
    ("harness", lambda h: f"HARNESS: {h['problem']}"),
    ("misses", lambda m: f"miss  '{m['text']}' -> {m['id']} ({m['why']}), line {m['line']}: {m['paragraph']}"),
    ("wrong", lambda w: f"WRONG '{w['text']}' linked to {w['linked_to']}, key: {w['key_says']}, line {w['line']}: "
                        f"{w['paragraph']}"),
    ("furniture_links", lambda w: f"link on furniture '{w['text']}' -> {w['linked_to']}, line {w['line']}"),
    ("candidates_missed", lambda c: f"candidate missed: {c['name']} ({c['kind']})"),
    ("kind_wrong", lambda c: f"candidate of the wrong kind: {c['name']} ({c['kind']}) proposed as "
                             f"{'; '.join(c['proposed_as'])}"),
    ("may_be_errors", lambda c: f"'may be' error: {c['name']} proposed as may be {', '.join(c['may_be'])}"),
    ("proposed_registered", lambda c: f"registered, proposed as new: {c['name']} ({c['kind']}) is {c['is']} "
                                      + (f"[may_be {', '.join(c['may_be'])}]" if c["may_be"] else "[no may_be]")),
    ("junk", lambda c: f"junk candidate: {c['name']} ({c['kind']}; {c['judged_by']})"),
    ("dates_wrong", lambda d: f"date read otherwise: '{d['phrase']}' read {d['read']}, key {d['key']}, line "
                              f"{d['line']}: {d['sentence']}"),
    ("dates_missed", lambda d: f"date not proposed: '{d['text']}' (key {d['key']}), line {d['line']}: "
                               f"{d['sentence']}"),
    ("layout", lambda x: f"layout: {x['what']}: "
                         + ", ".join(f"{k} {v!r}" for k, v in x.items() if k not in ("article", "what"))),
)


def details(scores: dict[str, Score], keys: list[Key]) -> str:
    """Each article's cases, for the people who fix them. A failed import's misses are summed, not listed."""
    out = []
    for key in keys:
        s = scores.get(key.name)
        if s is None:
            continue
        lines = []
        for name, shown in CASE_LINES:
            cases = getattr(s, name)
            if s.failed and name in ("misses", "candidates_missed", "dates_missed"):
                lines += [f"  ({len(cases)} {name.replace('_', ' ')} with it)"] if cases else []
                continue
            lines += ["  " + shown(case) for case in cases]
        if lines:
            out.append(f"{key.name} [{key.set}]")
            out += lines
    return "\n".join(out)


def list_occurrences(path: Path, text: str, body: set[int] | None = None) -> str:
    lines = page_lines(path)
    out = []
    for i, (n, a, b) in enumerate(occurrences(lines, text), 1):
        line = lines[n - 1]
        where = "" if body is None else (" body" if n in body else " (not body)")
        out.append(f"{i:3}  line {n}{where}: …{line[max(0, a - 50):a]}[[{line[a:b]}]]{line[b:b + 50]}…")
    return "\n".join(out) or f"'{text}' does not occur in {path}"


def show_key(name: str) -> str:
    key, problems = read_key(name)
    if key is None:
        return "\n".join(problems)
    lines = page_lines(key.page)
    out = [f"{name} [{key.set}] {key.source}"]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        marks = sorted((m for m in key.mentions if m.line == n), key=lambda m: (m.start, -m.end))
        text, pos, parts = line, 0, []
        for m in marks:
            if m.start < pos:
                parts.append(f"{{inner {m.text}={m.entity or 'NEW ' + str(m.new)}{'?' if m.optional else ''}}}")
                continue
            parts.append(text[pos:m.start])
            parts.append(f"[{m.text}={m.entity or 'NEW ' + str(m.new)}{'?' if m.optional else ''}]")
            pos = m.end
        parts.append(text[pos:])
        out.append(f"{n:3}{' B' if n in key.body else '  '} {''.join(parts)}")
    out.append("candidates: " + "; ".join(f"{c.name} ({c.kind}{', optional' if c.optional else ''})"
                                          for c in key.candidates))
    return "\n".join(out + problems)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python tests/realset.py", description=__doc__.split("\n")[0])
    p.add_argument("--set", choices=(*SETS, "all"), default="all")
    p.add_argument("--batch", metavar="PREFIX", default="", help="only the pages whose names start with PREFIX (h6-)")
    p.add_argument("--json", action="store_true", help="print the figures and the cases as one JSON object")
    p.add_argument("--list-occurrences", nargs=2, metavar=("FILE", "TEXT"))
    p.add_argument("--show-key", metavar="NAME")
    p.add_argument("--check-keys", action="store_true")
    args = p.parse_args(argv)
    if args.list_occurrences:
        path = Path(args.list_occurrences[0])
        body = None
        if path.with_suffix(".yml").exists():
            raw = read_yaml(path.with_suffix(".yml")) or {}
            body = parse_lines(raw.get("body", "")) if raw.get("body") else None
        print(list_occurrences(path, args.list_occurrences[1], body))
        return 0
    if args.show_key:
        print(show_key(args.show_key))
        return 0
    if args.check_keys:
        ids = load_data_ids()
        problems = [pr for name in key_names() for pr in read_key(name, ids)[1]]
        print("\n".join(problems) or f"{len(key_names())} keys, no problem")
        return 1 if problems else 0
    keys = [k for k in load_keys(args.set) if k.name.startswith(args.batch)]
    with tempfile.TemporaryDirectory() as tmp:
        imported, build_error = measure(keys, Path(tmp))
    if build_error:
        print(f"the build of the imported pages failed:\n{build_error}", file=sys.stderr)
        return 1
    scores = score(imported, load_data_ids())
    sets = totals(scores, keys)
    if args.json:
        print(json.dumps({"figures": {n: s.figures() for n, s in sets.items() if s.imports},
                          "articles": {n: {"set": next(k.set for k in keys if k.name == n), **vars(s)}
                                       for n, s in scores.items()}}, ensure_ascii=False, indent=2))
    else:
        print(figures_table(sets))
        print()
        print(details(scores, keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
