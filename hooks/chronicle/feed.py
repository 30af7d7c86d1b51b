"""The archive's Atom feed (RFC 4287): its newest articles, newest first, each with its headline, outlet, date,
first paragraph and the address of its page and of its source. Written here rather than by mkdocs-rss-plugin, the
usual plugin: it reads each page's source file (1.19.0 stops the build with a TypeError on a page generated in
memory, as every article page is), and would miss the half of the pages the second process builds."""

from __future__ import annotations

import re
from typing import Callable

from .crossref import Archive
from .linked_data import ARCHIVE_LANGUAGE

FEED_LENGTH = 20
ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 does not allow in a document; a feed reader would refuse the whole feed for one of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# In an attribute, a parser turns a raw tab or line end into a space: written as references, they stay.
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;",
                       "\t": "&#9;"})


def xml_text(text: str) -> str:
    """Text as XML character data; a character XML cannot hold becomes U+FFFD (the feed only: pages and
    downloads keep every character)."""
    return _NOT_XML.sub("\ufffd", text).translate(_TEXT)


def xml_attr(text: str) -> str:
    return '"' + _NOT_XML.sub("\ufffd", text).translate(_ATTR) + '"'


def _element(tag: str, text: str | None = None, **attrs: str) -> str:
    attributes = "".join(f" {key}={xml_attr(value)}" for key, value in attrs.items())
    if text is None:
        return f"<{tag}{attributes}/>"
    return f"<{tag}{attributes}>{xml_text(text)}</{tag}>"


def atom_feed(archive: Archive, site_url: str, site_name: str, iri: Callable[..., str],
              length: int = FEED_LENGTH) -> str:
    """The feed of the `length` newest articles, by (date, slug), newest first. `iri` gives a page's published
    address; `site_url` ends with '/'."""
    newest = sorted(archive.articles, key=lambda a: (a.date, a.slug), reverse=True)[:length]
    updated = f"{newest[0].date.isoformat()}T00:00:00Z" if newest else "1970-01-01T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="{ATOM}" xml:lang="{ARCHIVE_LANGUAGE}">',
             "  " + _element("id", site_url),
             "  " + _element("title", site_name),
             "  " + _element("subtitle", f"The {length} newest articles of the archive, newest first."),
             "  " + _element("link", rel="self", type="application/atom+xml", href=site_url + "feed.xml"),
             "  " + _element("link", rel="alternate", type="text/html", href=iri("articles/index.md")),
             "  " + _element("updated", updated),
             f"  <author>{_element('name', site_name)}</author>"]
    for a in newest:
        day = f"{a.date.isoformat()}T00:00:00Z"
        first = next(b.text for b in a.blocks if b.kind == "p")  # the loader refuses an article without one
        lines += ["  <entry>",
                  "    " + _element("id", iri(a.src_uri)),
                  "    " + _element("title", a.title, type="text"),
                  "    " + _element("link", rel="alternate", type="text/html", href=iri(a.src_uri))]
        if a.url:
            lines.append("    " + _element("link", rel="via", type="text/html", href=a.url))
        lines += ["    " + _element("published", day),
                  "    " + _element("updated", day)]
        if a.outlet:
            lines.append(f"    <author>{_element('name', a.outlet)}</author>")
        lines += ["    " + _element("summary", first, type="text"),
                  "  </entry>"]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
