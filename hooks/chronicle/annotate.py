"""Block text + its mentions and event passages -> HTML. The text is escaped, never interpreted, and never changed:
`plain_text` of the result is the block's text again, and the build checks that for every block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
import re
from html import escape, unescape
from html.parser import HTMLParser

from .model import Article, Mention, Passage


@dataclass(frozen=True)
class Link:
    """Where a mention or an event marker points, and the card it shows."""

    href: str
    kind: str  # person, organisation, place or event
    name: str
    role: str  # role at the article's date (people), category (others), date (events)
    line: str  # the one-line description

    # An article names its people many times over: each link's tags are made once. A mention carries no card: the
    # page's list of what the article names links each thing once and carries its card (`card_attrs`), so a page
    # grows with its text only.
    @cached_property
    def mention_open(self) -> str:
        """The start tag of a mention's link."""
        return f'<a class="anno anno-{_attr(self.kind)}" href="{_attr(self.href)}">'

    @cached_property
    def event_marker(self) -> str:
        """An event marker: an empty link, named for the event, that shows its card."""
        label = f"Event: {self.name}, {self.role}"
        return f'<a class="anno-event-link" href="{_attr(self.href)}" aria-label="{_attr(label)}"></a>'


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article's blocks as annotated HTML, in order, and the cards of everything they link, by its id."""

    blocks: tuple[str, ...]
    cards: dict[str, Link]


def annotate_article(article: Article, mentions: list[Mention], passages: tuple[Passage, ...],
                     links: dict[str, Link]) -> AnnotatedArticle:
    """Every block of the article annotated; AssertionError if the annotation would change a character of it."""
    in_block: dict[str, tuple[list[Mention], list[Passage]]] = {b.anchor: ([], []) for b in article.blocks}
    for m in mentions:
        in_block[m.block][0].append(m)
    for p in passages:
        in_block[p.block][1].append(p)
    blocks = []
    for block in article.blocks:
        inner = annotate_text(block.text, *in_block[block.anchor], links)
        if annotated_text(inner) != block.text:  # the verbatim promise, checked on every build
            raise AssertionError(f"{article.path}, {block.anchor}: annotation changed the text")
        blocks.append(inner)
    return AnnotatedArticle(tuple(blocks), dict(links))


def _attr(value: str) -> str:
    return escape(value, quote=True)


def escape_text(value: str) -> str:
    """`html.escape(value, quote=False)`, for text between tags, written out: it is called for every piece of text
    between two marks, on every page."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_escaper(text: str) -> Callable[[str], str]:
    """What escapes the pieces of `text`: escape_text, or `str`, which leaves them as they are, where the text has no
    '&', '<' or '>' to escape (most paragraphs have none, and their pieces are many)."""
    return escape_text if ("&" in text or "<" in text or ">" in text) else str


def card_attrs(link: Link | None) -> str:
    """What a card adds to the link that carries it, on the list of what an article names, for docs/assets/cards.js:
    the role and the line (the card's name is the link's text, its kind the list's `data-card-kind`)."""
    if link is None:
        return ""
    role = f' data-card-role="{_attr(link.role)}"' if link.role else ""
    return f'{role} data-card-line="{_attr(link.line)}"'


def _snap(passages: list[Passage], mentions: list[Mention]) -> list[Passage]:
    """Widen a passage whose edge falls inside a mention to take the whole mention: spans must nest."""
    out = []
    for p in passages:
        start, end = p.start, p.end
        for m in mentions:
            if m.start < start < m.end:
                start = m.start
            if m.start < end < m.end:
                end = m.end
        out.append(Passage(p.event, p.block, start, end))
    return out


def annotate_text(text: str, mentions: list[Mention], passages: list[Passage], links: dict[str, Link]) -> str:
    """The block's inner HTML: linked mentions, marked event passages, each passage closed by its event marker."""
    mentions = sorted((m for m in mentions if m.entity in links), key=attrgetter("start"))
    if not passages:  # most paragraphs report no event: the whole text is one span
        return _mentions_html(text, 0, len(text), mentions, links)
    passages = _snap(sorted(passages, key=attrgetter("start", "end", "event")), mentions)
    cuts = sorted({0, len(text)} | {p.start for p in passages} | {p.end for p in passages})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [p for p in passages if p.start <= a and b <= p.end]
        inner = _mentions_html(text, a, b, mentions, links)
        if active:
            ids = " ".join(sorted({p.event for p in active}))
            out.append(f'<span class="anno-event" data-events="{_attr(ids)}">{inner}</span>')
        else:
            out.append(inner)
        for p in passages:
            if p.end == b and p.event in links:
                out.append(links[p.event].event_marker)
    return "".join(out)


def _mentions_html(text: str, a: int, b: int, mentions: list[Mention], links: dict[str, Link]) -> str:
    escape = text_escaper(text)
    out, pos = [], a
    for m in mentions:
        if m.start < pos or m.end > b or m.end <= m.start:  # outside the span, empty, or overlapping the last one
            continue
        out.append(escape(text[pos: m.start]))
        # the text's own characters, whatever the mention says
        out.append(f"{links[m.entity].mention_open}{escape(text[m.start: m.end])}</a>")
        pos = m.end
    out.append(escape(text[pos:b]))
    return "".join(out)


_MARKER_RE = re.compile(r'<a class="anno-event-link"[^>]*></a>')
_TAG_RE = re.compile(r"<[^>]*>")


def annotated_text(html: str) -> str:
    """`plain_text` for HTML that `annotate_text` made (its text has no raw '<'): fast enough for every block."""
    return unescape(_TAG_RE.sub("", _MARKER_RE.sub("", html)))


class _TextOf(HTMLParser):
    """Collects the text of annotated HTML, leaving out event markers (which carry no text of the source)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.skip or "anno-event-link" in classes:
            self.skip += tag not in _VOID

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}


def plain_text(html: str) -> str:
    """The text that annotated HTML shows, with the annotation markup taken away."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
