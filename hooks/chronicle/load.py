"""Read and validate the articles (front matter + body) and the curated YAML. Every problem is a DataError
that names the file, the entry and the fix; nothing past this module sees unchecked input."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable

import yaml

from .addresses import is_web_address
from .body import number_blocks, parse_body
from .dates import PartialDate, parse_day, parse_partial_date, resolve_month, resolve_weekday
from .errors import DataError
from .match import spelling_key, variants
from .model import Article, Entity, Event, EventDate, Participant, Registry, Report, Role

DATA_FILES = {"person": "people.yml", "organisation": "organisations.yml", "place": "places.yml"}
EVENTS_FILE = "events.yml"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")  # a Wikidata item's identifier
SLUG_RE = ID_RE
INDEX = "index"  # each section's own page: no article or entry may be named so
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*\n?", re.S | re.M)


class _Mapping(dict):
    """A YAML mapping that remembers the line it starts on (1-based)."""

    line: int | None = None


# libyaml's parser where PyYAML has it (it reads the data many times faster), with the safe constructors.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    pass


def _is_plain_key(key: Any) -> bool:
    return isinstance(key, (str, int, float, bool, dt.date)) or key is None


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    pairs = loader.construct_pairs(node, deep=True)
    out = _Mapping()
    for key, value in pairs:
        if not _is_plain_key(key):
            raise yaml.constructor.ConstructorError(None, None, "a mapping key must be a plain value", node.start_mark)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key '{key}' appears twice in one mapping", node.start_mark
            )
        out[key] = value
    out.line = node.start_mark.line + 1
    return out


def _checked(construct: Callable[[yaml.SafeLoader, yaml.Node], Any]) -> Callable[[yaml.SafeLoader, yaml.Node], Any]:
    """PyYAML's own scalar constructors raise ValueError, KeyError or IndexError on '!!int abc', '!!bool maybe', an
    empty '!!int' or an integer of 5,000 digits; as a ConstructorError they carry the line, and become the archive's
    message."""

    def checked(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, KeyError, IndexError, OverflowError):
            raise yaml.constructor.ConstructorError(
                None, None, f"'{_short(str(node.value), 40)}' cannot be read as {node.tag.rsplit(':', 1)[-1]} "
                f"(quote it if it is text)",
                node.start_mark) from None

    return checked


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text here, so that a date which is not one (2021-02-30) gets the archive's message, not PyYAML's.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
# A "\u0301" escape in a quoted string can make text that is not NFC: the text must match the NFC articles.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:str", lambda loader, node: unicodedata.normalize("NFC", loader.construct_yaml_str(node)))
for _tag in ("int", "float", "bool", "binary"):
    _LineLoader.add_constructor(f"tag:yaml.org,2002:{_tag}",
                                _checked(yaml.SafeLoader.yaml_constructors[f"tag:yaml.org,2002:{_tag}"]))


def display_name(path: Path, base: Path | None) -> str:
    """How messages name a file: relative to the repository where possible."""
    if base is not None:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return str(path)


def read_text(path: Path, name: str | None = None) -> str:
    """A text file as the archive reads it: UTF-8, BOM dropped, any line ending read as LF, NFC."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(name or str(path), None, f"cannot be read ({exc.strerror})",
                        "check the file exists and is readable")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(name or str(path), None, f"is not UTF-8 text (byte {exc.start})",
                        "save the file as UTF-8") from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\0" in text:  # a browser drops it from the page, so the page would not show the source text
        raise DataError(name or str(path), None, "holds a NUL character (U+0000)", "delete it: it is not text",
                        text.count("\n", 0, text.index("\0")) + 1)
    return text


class _NotPlain(Exception):
    """The YAML uses more than `read_plain_yaml` reads: PyYAML's constructor reads it instead."""


_TAG = "tag:yaml.org,2002:"
# Scalars read by the constructors registered above; the text of the others is the value, as NFC where it is a string.
_CONSTRUCTED_SCALARS = {_TAG + t for t in ("null", "bool", "int", "float", "binary")}
_MAX_DEPTH = 32  # deeper nesting is left to PyYAML, so that its RecursionError still says "nests too deeply"
_NO_KEY = object()  # an open mapping's state between a value and the next key


def read_plain_yaml(text: str) -> Any:
    """YAML text -> the same data as `yaml.load(text, Loader=_LineLoader)`, built straight from the parser's events.

    PyYAML composes the whole document into nodes before its constructor walks them, and both are slow on the
    data files. The archive's YAML is plain (mappings, lists and scalars, with no anchors, aliases, merge keys or
    unusual tags): that is read here in one pass. Anything more, and any error, raises `_NotPlain`, and PyYAML
    then reads the text itself, so its values and messages stay exactly PyYAML's."""
    loader = _LineLoader(text)
    try:
        return _build_plain(loader)
    except Exception:  # of any kind: PyYAML, reading the whole text first, may meet another one first
        raise _NotPlain from None
    finally:
        loader.dispose()


def _build_plain(loader: _LineLoader) -> Any:
    events = yaml.events
    loader.get_event()  # stream start
    if loader.check_event(events.StreamEndEvent):
        return None
    loader.get_event()  # document start
    stack: list[list] = []  # the open collections, each as [mapping or list, the key waiting for its value]
    while True:
        event = loader.get_event()
        kind = type(event)
        if kind is events.ScalarEvent:
            if event.anchor is not None:
                raise _NotPlain
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            if tag == _TAG + "str":
                value = unicodedata.normalize("NFC", event.value)
            elif tag == _TAG + "timestamp":
                value = event.value
            elif tag in _CONSTRUCTED_SCALARS:
                value = loader.construct_object(
                    yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style))
            else:
                raise _NotPlain
        elif kind is events.MappingStartEvent or kind is events.SequenceStartEvent:
            is_mapping = kind is events.MappingStartEvent
            if event.anchor is not None or len(stack) == _MAX_DEPTH:
                raise _NotPlain
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(yaml.MappingNode if is_mapping else yaml.SequenceNode, None, event.implicit)
            if tag != (_TAG + "map" if is_mapping else _TAG + "seq"):
                raise _NotPlain
            if is_mapping:
                collection = _Mapping()
                collection.line = event.start_mark.line + 1
            else:
                collection = []
            stack.append([collection, _NO_KEY])
            continue
        elif kind is events.MappingEndEvent or kind is events.SequenceEndEvent:
            value = stack.pop()[0]
        else:  # an alias
            raise _NotPlain
        if not stack:
            break
        top = stack[-1]
        collection, key = top
        if type(collection) is list:
            collection.append(value)
        elif key is _NO_KEY:
            if not _is_plain_key(value) or value in collection:  # PyYAML's constructor words these errors
                raise _NotPlain
            top[1] = value
        else:
            collection[key] = value
            top[1] = _NO_KEY
    loader.get_event()  # document end
    if not loader.check_event(events.StreamEndEvent):  # a second document
        raise _NotPlain
    return value


def parse_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """YAML text -> plain data; `first_line` is the file's line the text starts on (front matter: line 2)."""
    try:
        return read_plain_yaml(text)
    except _NotPlain:
        pass
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        fix = "correct the YAML syntax at that line"
        lines = text.split("\n")
        if mark and mark.line < len(lines) and lines[mark.line][mark.column: mark.column + 1] == "\t":
            fix = "indent with spaces: YAML does not allow a tab there"
        raise DataError(path, None, f"is not valid YAML ({problem})", fix, line) from None
    except yaml.YAMLError as exc:
        raise DataError(path, None, f"is not valid YAML ({exc})", "correct the YAML syntax") from None
    except RecursionError:
        raise DataError(path, None, "is not valid YAML (it nests lists or mappings too deeply to read)",
                        "write the entries as a flat list of 'key: value' mappings") from None


class _Checker:
    """Field access for one entry, raising DataErrors that name the file, the entry and its line."""

    def __init__(self, path: str, entry: Any, label: str | None, allowed: set[str], required: set[str]):
        self.path, self.label = path, label
        self.line = getattr(entry, "line", None)
        if not isinstance(entry, dict):
            self.fail(f"is a {type(entry).__name__}, not a mapping of fields", "write the entry as 'key: value' lines")
        self.entry = entry
        unknown = sorted(str(k) for k in entry if k not in allowed)
        if unknown:
            self.fail(f"has unknown field(s) {', '.join(unknown)}",
                      f"remove or rename them; the allowed fields are {', '.join(sorted(allowed))}")
        for key in sorted(required):
            if entry.get(key) in (None, ""):
                self.fail(f"has no '{key}'", f"add the required field '{key}'")

    def fail(self, problem: str, fix: str) -> None:
        raise DataError(self.path, self.label, problem, fix, self.line)

    def text(self, key: str, default: str | None = None) -> str | None:
        value = self.entry.get(key)
        if value is None:  # absent: an optional field's default ('part' of a participant: "")
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' is not text", f"write '{key}' as a (quoted) string")
        if value.lstrip().startswith("TODO"):  # the import command's proposals say TODO where a curator must write
            self.fail(f"'{key}' is still a placeholder ({value.strip()[:60]})",
                      f"write the reviewed '{key}' in place of the TODO")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.entry.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"'{key}' is not a list of text", f"write '{key}' as a list, e.g. {key}: [First, Second]")
        return tuple(v.strip() for v in value)

    def ident(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and not ID_RE.match(value):
            self.fail(f"'{key}: {value}' is not an id",
                      "use lowercase letters, digits and single hyphens, e.g. 'qasem-soleimani'")
        return value

    def wikidata(self, key: str = "wikidata") -> str | None:
        value = self.text(key)
        if value is not None and not WIKIDATA_RE.match(value):
            self.fail(f"'{key}: {value}' is not a Wikidata item's identifier",
                      f"write the item's Q-number as Wikidata shows it, e.g. '{key}: Q42', or leave '{key}' out")
        return value

    def date(self, key: str, parse: Callable[[object], Any] = parse_partial_date) -> Any:
        value = self.entry.get(key)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            self.fail(f"'{key}': {exc}", f"write '{key}' as YYYY-MM-DD (or YYYY-MM, YYYY where allowed)")

    def fields_marked(self, allowed: set[str]) -> frozenset[str]:
        marked = self.texts("general_knowledge")
        stray = sorted(set(marked) - allowed)
        if stray:
            self.fail(f"'general_knowledge' names {', '.join(stray)}, which is not a field of this entry",
                      f"list only fields among {', '.join(sorted(allowed))}")
        return frozenset(marked)


# ---------------------------------------------------------------- articles

ARTICLE_FIELDS = {"title", "outlet", "date", "url", "news_id", "dateline", "supplied", "resolve"}


def split_front_matter(text: str, path: str) -> tuple[dict, str]:
    m = FRONT_MATTER_RE.match(text)
    if not m:
        raise DataError(path, None, "has no YAML front matter",
                        "start the file with a '---' line, the fields (title, date ...), and a closing '---' line")
    meta = parse_yaml(m[1], path, first_line=2)
    if not isinstance(meta, dict):
        raise DataError(path, None, "front matter is not a mapping of fields", "write the front matter as 'key: value' lines")
    return meta, text[m.end():]


def load_article(path: Path, base: Path | None = None) -> Article:
    name = display_name(path, base)
    slug = path.stem
    if not SLUG_RE.match(slug):
        raise DataError(name, None, f"the file name '{path.name}' is not a slug",
                        "rename it to lowercase letters, digits and hyphens, e.g. 2020-07-22-kadhimi-in-tehran.md")
    if slug == INDEX:
        raise DataError(name, None, "is named like the articles' index page, which would take its place",
                        "rename it to <date>-<slug>.md, e.g. 2020-07-22-kadhimi-in-tehran.md")
    meta, body = split_front_matter(read_text(path, name), name)
    # A plain dict, without the line the front matter's YAML starts on: the field a message names locates it.
    c = _Checker(name, dict(meta), "front matter", ARTICLE_FIELDS, {"title", "date"})
    url = c.text("url")
    if url is not None and not is_web_address(url):
        c.fail(f"'url: {url}' is not an http(s) address", "give the source address starting with http:// or https://")
    supplied = meta.get("supplied") or {}
    if not isinstance(supplied, dict) or not all(k in ARTICLE_FIELDS and isinstance(v, str) for k, v in supplied.items()):
        c.fail("'supplied' is not a mapping of front-matter fields to notes",
               "write e.g. supplied: {date: 'Not printed in the text; dated from ...'}")
    resolve = meta.get("resolve") or {}
    if not isinstance(resolve, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in resolve.items()):
        c.fail("'resolve' is not a mapping of spellings to ids", "write e.g. resolve: {Hussein: fuad-hussein}")
    blocks = number_blocks(parse_body(body))
    if not any(b.kind == "p" for b in blocks):
        c.fail("has no body paragraphs", "put the article's text below the front matter, one paragraph per block")
    return Article(
        slug=slug,
        path=name,
        title=c.text("title"),
        date=c.date("date", parse_day),
        outlet=c.text("outlet"),
        url=url,
        news_id=c.text("news_id"),
        dateline=c.text("dateline"),
        supplied=tuple(sorted(supplied.items())),
        resolve=tuple(sorted(resolve.items())),
        blocks=blocks,
    )


def load_articles(folder: Path, base: Path | None = None) -> list[Article]:
    """Every *.md in the folder (not below it), sorted by (date, slug)."""
    by_name = attrgetter("name")  # the files of one folder: as Paths sort, and faster
    for path in sorted(folder.iterdir(), key=by_name) if folder.is_dir() else ():
        if path.suffix.lower() in (".md", ".markdown") and path.suffix != ".md":  # skipped, it would yield no page
            raise DataError(display_name(path, base), None, f"ends in '{path.suffix}', so it is not read as an article",
                            f"rename it to {path.stem}.md")
    articles = [load_article(p, base) for p in sorted(folder.glob("*.md"), key=by_name)
                if p.name.lower() != "readme.md"]
    return sorted(articles, key=lambda a: (a.date, a.slug))


# ---------------------------------------------------------------- curated data

_COMMON = {"id", "name", "spellings", "short", "not_spellings", "description", "general_knowledge", "wikidata"}
_NOT_FACTS = {"id", "general_knowledge", "not_spellings", "wikidata"}  # fields no page shows as a fact
ENTITY_FIELDS = {
    "person": _COMMON | {"country", "roles"},
    "organisation": _COMMON | {"country", "kind"},
    "place": _COMMON | {"country", "kind"},
}
ROLE_FIELDS = {"title", "from", "to"}
EVENT_FIELDS = {"id", "name", "date", "end", "place", "parent", "description", "participants", "reports",
                "general_knowledge", "wikidata"}


def _entries(path: Path, name: str) -> list:
    if not path.exists():
        raise DataError(name, None, "is missing", f"create {path.name} (an empty list '[]' is allowed)")
    data = parse_yaml(read_text(path, name), name)
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(name, None, "is not a list of entries", "write each entry as a '- id: ...' list item")
    return data


def _label(entry: Any, index: int) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return entry["id"]
    return f"#{index + 1}"


def load_entity(kind: str, entry: Any, index: int, path: str) -> Entity:
    c = _Checker(path, entry, _label(entry, index), ENTITY_FIELDS[kind], {"id", "name", "description"})
    if not isinstance(entry.get("roles") or [], list):
        c.fail("'roles' is not a list", "write roles as a list of {title, from, to}")
    roles = []
    for r_index, raw in enumerate(entry.get("roles") or []):
        rc = _Checker(path, raw, f"{_label(entry, index)}, role {r_index + 1}", ROLE_FIELDS, {"title"})
        start, end = rc.date("from"), rc.date("to")
        if start and end and end.last_day() < start.first_day():
            rc.fail(f"ends ({end.iso()}) before it starts ({start.iso()})", "swap or correct 'from' and 'to'")
        roles.append(Role(rc.text("title"), start, end))
    return Entity(
        kind=kind,
        id=c.ident("id"),
        name=c.text("name"),
        spellings=c.texts("spellings"),
        short=c.texts("short"),
        not_spellings=c.texts("not_spellings"),
        description=c.text("description"),
        path=path,
        line=c.line,
        country=c.ident("country"),
        category=c.text("kind"),
        roles=tuple(roles),
        general_knowledge=c.fields_marked(ENTITY_FIELDS[kind] - _NOT_FACTS),
        wikidata=c.wikidata(),
    )


def _event_date(c: _Checker, key: str, published: dict[str, dt.date]) -> EventDate | None:
    value = c.entry.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        return EventDate(c.date(key))
    phrase_keys = {"weekday", "month"} & set(value)
    if len(phrase_keys) != 1 or set(value) - {"weekday", "month", "article"} or "article" not in value:
        c.fail(f"'{key}' is neither a date nor a phrase to resolve",
               f"write '{key}: 2020-07-21', or '{key}: {{weekday: Tuesday, article: <article slug>}}', "
               f"or '{key}: {{month: September, article: <article slug>}}'")
    unit = phrase_keys.pop()
    slug = value["article"]
    if not isinstance(slug, str) or slug not in published:
        c.fail(f"'{key}' refers to the article '{slug}', which does not exist",
               "use the file name of an article in articles/ without '.md'")
    try:
        if unit == "weekday":
            day = resolve_weekday(str(value["weekday"]), published[slug])
            date = PartialDate(day.year, day.month, day.day)
        else:
            date = resolve_month(str(value["month"]), published[slug])
    except ValueError as exc:
        c.fail(f"'{key}': {exc}", f"give the {unit} as the article writes it, e.g. {'Tuesday' if unit == 'weekday' else 'September'}")
    return EventDate(date, str(value[unit]).strip(), slug)


def load_event(entry: Any, index: int, path: str, published: dict[str, dt.date]) -> Event:
    c = _Checker(path, entry, _label(entry, index), EVENT_FIELDS, {"id", "name", "date", "description"})
    participants = []
    raw_participants = entry.get("participants") or []
    if not isinstance(raw_participants, list):
        c.fail("'participants' is not a list", "write participants as a list of {id, part}")
    for p_index, raw in enumerate(raw_participants):
        pc = _Checker(path, raw, f"{_label(entry, index)}, participant {p_index + 1}", {"id", "part"}, {"id"})
        participants.append(Participant(pc.ident("id"), pc.text("part", "") or ""))
    reports = []
    raw_reports = entry.get("reports") or []
    if not isinstance(raw_reports, list):
        c.fail("'reports' is not a list", "write reports as a list of {article, passage}")
    for r_index, raw in enumerate(raw_reports):
        rc = _Checker(path, raw, f"{_label(entry, index)}, report {r_index + 1}", {"article", "passage"},
                      {"article", "passage"})
        passage = raw["passage"]
        if not isinstance(passage, str):
            rc.fail("'passage' is not text", "quote the passage as a string")
        reports.append(Report(rc.text("article"), unicodedata.normalize("NFC", passage)))
    date = _event_date(c, "date", published)
    end = _event_date(c, "end", published)
    if end and end.date.last_day() < date.date.first_day():
        c.fail(f"ends ({end.date.iso()}) before it starts ({date.date.iso()})", "correct 'date' or 'end'")
    return Event(
        id=c.ident("id"),
        name=c.text("name"),
        date=date,
        description=c.text("description"),
        path=path,
        line=c.line,
        end=end,
        place=c.ident("place"),
        parent=c.ident("parent"),
        participants=tuple(participants),
        reports=tuple(reports),
        general_knowledge=c.fields_marked(EVENT_FIELDS - {"id", "general_knowledge", "wikidata"}),
        wikidata=c.wikidata(),
    )


def load_registry(data_dir: Path, articles: list[Article], base: Path | None = None) -> Registry:
    """Load and cross-check the four data files against each other and the articles."""
    published = {a.slug: a.date for a in articles}
    by_slug = {a.slug: a for a in articles}
    entities: dict[str, Entity] = {}
    events: dict[str, Event] = {}
    seen: dict[str, str] = {}

    def claim(ident: str, path: str, line: int | None) -> None:
        if ident == INDEX:
            raise DataError(path, ident, "uses the id of a section's index page, which would take its place",
                            "choose another id", line)
        if ident in seen:
            raise DataError(path, ident, f"uses an id already taken in {seen[ident]}",
                            "give each person, organisation, place and event its own id", line)
        seen[ident] = path

    for kind, filename in DATA_FILES.items():
        path = data_dir / filename
        name = display_name(path, base)
        for index, entry in enumerate(_entries(path, name)):
            entity = load_entity(kind, entry, index, name)
            claim(entity.id, entity.path, entity.line)
            entities[entity.id] = entity
    path = data_dir / EVENTS_FILE
    name = display_name(path, base)
    for index, entry in enumerate(_entries(path, name)):
        event = load_event(entry, index, name, published)
        claim(event.id, event.path, event.line)
        events[event.id] = event
    registry = Registry(entities, events)
    check_references(registry)
    check_spellings(registry)
    check_reports(registry, by_slug)
    check_article_rules(registry, articles)
    return registry


def _missing(thing: Any, key: str, ident: str, kinds: str) -> DataError:
    return DataError(thing.path, thing.id, f"'{key}: {ident}' is not the id of any {kinds}",
                     f"correct the id or add the entry to the data", thing.line)


def check_references(registry: Registry) -> None:
    ents = registry.entities
    for e in ents.values():
        if e.country is not None and (e.country not in ents or ents[e.country].kind != "place"):
            raise _missing(e, "country", e.country, "place")
    for ev in registry.events.values():
        if ev.place is not None and (ev.place not in ents or ents[ev.place].kind != "place"):
            raise _missing(ev, "place", ev.place, "place")
        for p in ev.participants:
            if p.id not in ents or ents[p.id].kind == "place":
                raise _missing(ev, "participants", p.id, "person or organisation")
        if ev.parent is not None and ev.parent not in registry.events:
            raise _missing(ev, "parent", ev.parent, "event")
    for ev in registry.events.values():  # a parent chain must end
        chain, cur = [ev.id], ev
        while cur.parent is not None:
            if cur.parent in chain:
                loop = " -> ".join(chain + [cur.parent])
                raise DataError(ev.path, ev.id, f"its parent chain loops ({loop})",
                                "remove 'parent' from one of these events", ev.line)
            chain.append(cur.parent)
            cur = registry.events[cur.parent]


def _match_keys(spelling: str) -> set[tuple[str, ...]]:
    """The forms the matcher finds a spelling in: two spellings with a key in common are one spelling to it."""
    return {spelling_key(form) for form in variants(spelling)}


def check_spellings(registry: Registry) -> None:
    """A full spelling names one entry only; a shared short form is allowed (context tells them apart).
    Spellings are compared as the matcher reads them ('al-Sudani' is 'Al-Sudani'; 'Kadhimi’s' is 'Kadhimi's')."""
    entities = sorted(registry.entities.values(), key=lambda x: x.id)
    full: dict[tuple[str, ...], tuple[Entity, str]] = {}
    for e in entities:
        for s in e.spellings + e.short:
            if not spelling_key(s):
                raise DataError(e.path, e.id, f"the spelling '{s}' has no letter or digit, so it can match nothing",
                                f"remove '{s}' or write the name it stands for", e.line)
        for s in e.spellings:
            for key in _match_keys(s):
                other, theirs = full.setdefault(key, (e, s))
                if other.id != e.id:
                    written = f" (written '{theirs}' there)" if theirs != s else ""
                    raise DataError(e.path, e.id,
                                    f"shares the spelling '{s}' with '{other.id}' ({other.path}){written}",
                                    f"keep '{s}' as a full spelling of one of them only; if both are written so, move "
                                    f"it to 'short' in both (linked then only where the article names one of them in "
                                    f"full), or add 'resolve: {{{s}: <id>}}' to the articles' front matter", e.line)
    for e in entities:
        own = {k for s in e.spellings + e.short for k in _match_keys(s)}
        for s in e.not_spellings:
            if _match_keys(s) & own:
                raise DataError(e.path, e.id, f"lists '{s}' both as a spelling and under 'not_spellings'",
                                f"keep '{s}' in one of the two", e.line)
        for s in e.short:
            for key in _match_keys(s):
                if key in full:
                    raise DataError(e.path, e.id, f"lists '{s}' as a short form, but it is a full spelling of "
                                    f"'{full[key][0].id}'", f"remove '{s}' from one of the two", e.line)


def check_reports(registry: Registry, articles: dict[str, Article]) -> None:
    for ev in registry.events.values():
        for r in ev.reports:
            if r.article not in articles:
                raise DataError(ev.path, ev.id, f"reports cite the article '{r.article}', which does not exist",
                                "use the file name of an article in articles/ without '.md'", ev.line)
            hits = [b.anchor for b in articles[r.article].blocks if r.passage in b.text]
            count = sum(b.text.count(r.passage) for b in articles[r.article].blocks)
            if not hits:
                raise DataError(ev.path, ev.id, f"the passage '{_short(r.passage)}' is not in the text of "
                                f"{articles[r.article].path}",
                                "copy the passage character for character from one paragraph of the article", ev.line)
            if count > 1:
                raise DataError(ev.path, ev.id, f"the passage '{_short(r.passage)}' occurs {count} times in "
                                f"{articles[r.article].path}", "lengthen the passage until it occurs once", ev.line)


def check_article_rules(registry: Registry, articles: list[Article]) -> None:
    for a in articles:
        for spelling, ident in a.resolve:
            if ident not in registry.entities:
                raise DataError(a.path, "front matter", f"'resolve' maps '{spelling}' to '{ident}', which is not an id",
                                "use the id of a person, organisation or place")
            entity = registry.entities[ident]
            if not _match_keys(spelling) & set().union(*map(_match_keys, entity.spellings + entity.short)):
                raise DataError(a.path, "front matter", f"'resolve' maps '{spelling}' to '{ident}', which is not "
                                f"spelled so in {entity.path}",
                                f"add '{spelling}' to the 'short' forms of '{ident}', "
                                "or correct the spelling or the id")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
