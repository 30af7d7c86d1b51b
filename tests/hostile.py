"""A small archive made of hostile input, and a reader for the HTML built from it.

Every field a reader sees (headline, outlet, dateline, caption, subheadings, paragraphs, names, descriptions, roles,
kinds, event names, parts, passages) carries HTML, a `javascript:` link, Markdown link and image syntax or Jinja2
syntax. A payload that ran would set `window.__hostile` (or open a dialog); one that was evaluated would show `49`."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

from chronicle.body import format_body

SENTINEL = "__hostile"
SCRIPT = f'<script>window.{SENTINEL}="script";alert("script")</script>'
IMG = f"<img src=x onerror=\"window.{SENTINEL}='img';alert('img')\">"
IFRAME = f"<iframe src=\"javascript:parent.{SENTINEL}='iframe';alert('iframe')\"></iframe>"
SVG = f"<svg onload=\"window.{SENTINEL}='svg'\"><circle r=9 /></svg>"
JS_LINK = f"<a href=\"javascript:window.{SENTINEL}='link'\">click</a>"
MD_LINK = f"[click me](javascript:window.{SENTINEL}='md')"
MD_IMAGE = "![x](x\" onerror=\"alert('md-image'))"
ATTR = f"\" onmouseover=\"window.{SENTINEL}='attr'\" data-x=\""
CLOSE_TITLE = f"</title><script>window.{SENTINEL}='title'</script>"
META = "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\">"
STYLE = "<style>body{display:none}</style>"
ATTR_LIST = "{: onclick=\"alert('attr-list')\" }"
# What ends a script element early or starts a comment inside one, and the line ends older JavaScript stops at.
SCRIPT_BREAKERS = "</script><!-- \u2028line\u2029paragraph -->"
# What a spreadsheet runs as a formula, opening a CSV download.
FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")+@SUM(1)"


def jinja(tag: str) -> str:
    """Jinja2 syntax marked with a tag, so that its evaluation ('T:49') can be looked for."""
    return f"{tag}:{{{{ 7*7 }}}} {{% for i in range(3) %}}{{{{ i }}}}{{% endfor %}}"


def evaluated(tag: str) -> tuple[str, str]:
    """What `jinja(tag)` would read as, had it been evaluated."""
    return f"{tag}:49", "012"


SLUG = "2021-03-02-hostile-input"
QUIET_SLUG = "2021-03-03-plain-neighbour"
PASSAGE = f"reported {SCRIPT} from Tehran"

TITLE = f"Hostile {CLOSE_TITLE} {jinja('T')}{ATTR}"
FRONT = {
    "title": TITLE,
    "outlet": f"Outlet {IMG}",
    "date": "2021-03-02",
    # an apostrophe, which an address may hold, to break out of an attribute written between apostrophes
    "url": f"https://example.org/news?id=1&q={{{{7*7}}}}&x='onmouseover='window.{SENTINEL}=1'",
    "news_id": jinja("N"),
    "dateline": f"Dateline {IFRAME}",
    "supplied": {"outlet": f"Note {SCRIPT} {jinja('S')}"},
}
BLOCKS = [
    ("caption", f"Caption {IMG} {MD_IMAGE} {jinja('C')}"),
    ("p", f"Iran {SCRIPT} said Ali Khamenei met Evil Person and Evil <i>Org</i>."),
    ("h2", f"Subheading {SVG} {jinja('H')}"),
    ("p", f"{MD_LINK} and {JS_LINK} and {MD_IMAGE} {jinja('P')}"),
    ("h3", CLOSE_TITLE),
    ("p", f"# not a heading {IFRAME}"),
    ("p", f"&lt;script&gt; stays text, & <b>bold</b> is not bold {ATTR_LIST}"),
    ("p", f"Evil Person {PASSAGE}, with {ATTR}."),
    ("p", f"{STYLE} {META}"),
    ("p", "javascript:alert(1) <https://evil.example/> http://evil.example/ \\"),
    ("p", "<!-- a comment --> ]]> <![CDATA[x]]> </p></div><p>"),
    ("p", f"Evil Person said, “{FORMULA} {SCRIPT_BREAKERS}” in Tehran."),
]
QUOTE = f"{FORMULA} {SCRIPT_BREAKERS}"  # what the last paragraph attributes to Evil Person

PEOPLE = [
    {"id": "evil-person", "name": f"Evil {SCRIPT} Person", "spellings": ["Evil Person"], "country": "iran",
     "description": f"{FORMULA} Description {IMG} {jinja('D')}", "roles": [{"title": f"Role {SVG} {jinja('R')}"}]},
    {"id": "ali-khamenei", "name": "Ali Khamenei", "spellings": ["Ali Khamenei"], "short": ["Khamenei"],
     "country": "iran", "description": "Leader of Iran."},
    {"id": "nobody-mentioned", "name": f"Nobody {IMG}", "spellings": ["Nobody Mentioned"],
     "description": f"Named in no article {SCRIPT}"},
]
ORGANISATIONS = [
    {"id": "evil-org", "name": f"Org {IFRAME}", "spellings": ["Evil <i>Org</i>"], "kind": f"kind {SVG}",
     "description": f"{ATTR} {jinja('O')}"},
]
PLACES = [
    {"id": "iran", "name": "Iran", "spellings": ["Iran"], "kind": "country", "description": "A country."},
    {"id": "tehran", "name": "Tehran", "spellings": ["Tehran"], "kind": f"city {IFRAME}", "country": "iran",
     "description": f"Capital {MD_LINK} {SCRIPT_BREAKERS}"},
]
EVENTS = [
    {"id": "evil-event", "name": f"Event {SCRIPT} {jinja('E')}", "date": {"weekday": "Tuesday", "article": SLUG},
     "place": "tehran", "description": f"Event description {IMG}",
     "participants": [{"id": "evil-person", "part": f"part {ATTR} {jinja('A')}"}, {"id": "evil-org"}],
     "reports": [{"article": SLUG, "passage": PASSAGE}]},
    {"id": "evil-sub-event", "name": f"Sub-event {SVG}", "date": "2021-03", "parent": "evil-event",
     "description": "Within the event."},
]


def write_article(folder: Path, slug: str, front: dict, blocks: list[tuple[str, str]]) -> Path:
    path = folder / f"{slug}.md"
    meta = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(f"---\n{meta}---\n\n{format_body(blocks)}", encoding="utf-8")
    return path


def write_data(folder: Path, data: dict[str, list[dict]]) -> None:
    """The four data files, from their entries by file name ('people' ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, entries in data.items():
        text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10_000)
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")


def write_hostile_articles(root: Path) -> None:
    """Replace the project's articles and data by the hostile archive."""
    articles = root / "articles"
    shutil.rmtree(articles, ignore_errors=True)
    write_data(articles / "data", {"people": PEOPLE, "organisations": ORGANISATIONS, "places": PLACES,
                                   "events": EVENTS})
    write_article(articles, SLUG, FRONT, BLOCKS)
    write_article(articles, QUIET_SLUG, {"title": "A plain neighbour", "date": "2021-03-03"},
                  [("p", "Ali Khamenei spoke in Tehran.")])


# ---------------------------------------------------------------- reading the HTML

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        """Elements with the tag and, for each keyword (class_ for class), the value among the attribute's words."""
        out = []
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if all(value in (n.attrs.get(key.rstrip("_")) or "").split() for key, value in attrs.items()):
                out.append(n)
        return out

    def find(self, tag: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag}> with {attrs}"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def data_block(n: Node) -> bool:
    """A JSON-LD script element, which a browser never runs, holding JSON with no '<' in it: so nothing in its data
    could have ended the element early, or started another."""
    if n.tag != "script" or n.attrs.get("type") != "application/ld+json" or "<" in n.text():
        return False
    try:
        json.loads(n.text())
    except ValueError:
        return False
    return True


def active_content(doc: Node) -> list[str]:
    """Everything in a page that could run a hostile payload: event-handler attributes, `javascript:` addresses,
    frames and embedded objects, meta refreshes, scripts that mention the sentinel or that no theme ships."""
    found = []
    for n in doc.walk():
        for key, value in n.attrs.items():
            if key.startswith("on"):
                found.append(f"<{n.tag} {key}={value!r}>")
            if key in ("href", "src", "action", "formaction", "data", "xlink:href") and value and \
                    "javascript:" in value.replace(" ", "").lower():
                found.append(f"<{n.tag} {key}={value!r}>")
        if n.tag in ("iframe", "frame", "object", "embed", "base"):
            found.append(f"<{n.tag}>")
        if n.tag == "meta" and (n.attrs.get("http-equiv") or "").lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        if n.tag == "script" and (SENTINEL in n.text() or "alert" in n.text()) and not data_block(n):
            found.append(f"<script>{n.text()[:80]}")
        if n.tag == "style" and "display:none" in n.text():
            found.append("<style>")
    return found
