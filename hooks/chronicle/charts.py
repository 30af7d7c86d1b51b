"""Pictures of the archive, made at build time from its own data: the timeline of events (data the templates draw as
a time rail), how often the articles name an entity over time (an SVG bar chart), and who appears with whom (an SVG
network: the strongest ties of the whole archive, and each person's or organisation's nearest neighbours).

Pure functions over the cross-referenced archive. Every label is escaped here (article and data text is never
markup), every node of a picture is a link, and every picture comes with a text alternative next to it."""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from itertools import combinations

from .crossref import Archive, ancestors, chronology, count_articles
from .dates import MONTHS, PartialDate
from .model import Entity, Event

NETWORK_KINDS = ("person", "organisation")
NEIGHBOURS = 8  # an entity page shows this many nearest neighbours, however large the archive grows
TIES_PER_NODE = 3  # the archive's network keeps each node's strongest ties only
NETWORK_NODES = 30  # and its most named people and organisations


# ---------------------------------------------------------------- the timeline


@dataclass(frozen=True)
class TimelineItem:
    """An event on the timeline: how many articles report it, and the events within it (a visit's meetings)."""

    event: Event
    articles: int
    children: tuple[TimelineItem, ...] = ()

    @property
    def precision(self) -> str:
        return self.event.date.date.precision

    @property
    def when(self) -> str:
        """The event's date as a timeline under its year shows it: '21–22 July', 'July', '2014 – 2017'."""
        return when_in_year(self.event)


@dataclass(frozen=True)
class TimelineYear:
    year: int
    items: tuple[TimelineItem, ...]
    gap: int  # years with no event between this year and the one listed before it


def timeline(events: list[Event], archive: Archive, newest_first: bool = False) -> list[TimelineYear]:
    """The events by the year they start in, each with the events within it that start in the same year, oldest
    first (or the latest first, for a glance at what is new); the events within one always in time order."""
    reported = archive.reported_in
    flat = chronology(events, archive.registry.events, same_year=True)
    roots: list[tuple[Event, list]] = []
    stack: list[tuple[int, list]] = []  # (depth, children list) of the open branches
    for ev, depth in flat:
        node: tuple[Event, list] = (ev, [])
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1] if stack else roots).append(node)
        stack.append((depth, node[1]))

    def item(node: tuple[Event, list]) -> TimelineItem:
        ev, kids = node
        return TimelineItem(ev, len(reported.get(ev.id, ())), tuple(item(k) for k in kids))

    by_year: dict[int, list[TimelineItem]] = defaultdict(list)
    for node in roots:
        by_year[node[0].date.date.year].append(item(node))
    years = sorted(by_year, reverse=newest_first)
    out = []
    for i, year in enumerate(years):
        items = by_year[year][::-1] if newest_first else by_year[year]
        gap = abs(year - years[i - 1]) - 1 if i else 0
        out.append(TimelineYear(year, tuple(items), gap))
    return out


def _day_month(d: PartialDate) -> str:
    if d.day:
        return f"{d.day} {MONTHS[d.month - 1]}"
    return MONTHS[d.month - 1] if d.month else d.human()


def when_in_year(ev: Event) -> str:
    """An event's date without the year it is listed under, where the year says it: '21 July', '21–22 July',
    'November', '2014'; a span that leaves the year in full: '2014 – 2017', 'November 2019 – May 2020'."""
    start = ev.date.date
    end = ev.end.date if ev.end and ev.end.date != start else None
    if end is None:
        return _day_month(start)
    if start.year != end.year or not start.month or not end.month:
        return f"{start.human()} – {end.human()}"
    if start.month == end.month and start.day and end.day:
        return f"{start.day}–{end.day} {MONTHS[start.month - 1]}"
    return f"{_day_month(start)} – {_day_month(end)}"


def countries_of(ev: Event, archive: Archive) -> set[str]:
    """The countries an event involves: its participants' and its place's (a place that is a country counts as
    itself)."""
    entities = archive.registry.entities
    found = set()
    for ident in [p.id for p in ev.participants] + ([ev.place] if ev.place else []):
        e = entities.get(ident)
        if e is None:
            continue
        if e.kind == "place" and e.category == "country":
            found.add(e.id)
        elif e.country:
            found.add(e.country)
    return found


def between_countries(ev: Event, archive: Archive) -> bool:
    """An event between two countries or more: a visit, a meeting of officials of two states, a joint statement."""
    return len(countries_of(ev, archive)) >= 2


def latest_events(archive: Archive, limit: int) -> tuple[list[Event], bool]:
    """What the home page shows first: the latest `limit` events between countries that are part of no other such
    event, with the events within them; in an archive with none, the latest events. And whether they are between
    countries."""
    events = archive.registry.events
    between = {i for i, ev in events.items() if between_countries(ev, archive)}
    pool = between or set(events)
    tops = sorted((events[i] for i in pool if not _under(events[i], pool, events)),
                  key=lambda ev: (ev.date.date.first_day(), ev.id), reverse=True)[:limit]
    chosen = {ev.id for ev in tops}
    within = [ev for ev in events.values() if ev.id not in chosen and _under(ev, chosen, events)]
    return tops + sorted(within, key=lambda ev: ev.id), bool(between)


def _under(ev: Event, ids: set[str], events: dict[str, Event]) -> bool:
    return any(p in ids for p in ancestors(ev, events))


# ---------------------------------------------------------------- mentions over time


@dataclass(frozen=True)
class Bucket:
    label: str  # "July 2020", "2021"
    by: str  # "month" or "year"
    year: int
    mentions: int
    articles: int


def archive_span(archive: Archive) -> tuple[dt.date, dt.date] | None:
    """The first and the last publication date of the archive."""
    days = [a.date for a in archive.articles]
    return (min(days), max(days)) if days else None


def mentions_over_time(entity_id: str, archive: Archive,
                       span: tuple[dt.date, dt.date] | None = None) -> list[Bucket]:
    """How often the articles name an entity, by the month they were published in (by the year, once the archive
    spans more than four years), from the archive's first article to its last, empty months included. `span` is
    `archive_span(archive)`, worked out once for every entity."""
    span = span or archive_span(archive)
    if span is None:
        return []
    first, last = span
    by_month = (last.year - first.year) * 12 + last.month - first.month < 48
    key = (lambda d: (d.year, d.month)) if by_month else (lambda d: (d.year, 0))
    mentions: Counter = Counter()
    articles: Counter = Counter()
    for sighting in archive.sightings.get(entity_id, ()):
        mentions[key(sighting.article.date)] += len(sighting.marks)
    for slug in {s.article.slug for s in archive.sightings.get(entity_id, ())}:
        articles[key(archive.by_slug[slug].date)] += 1
    out = []
    year, month = key(first)
    end = key(last)
    while (year, month) <= end:
        if by_month:
            out.append(Bucket(f"{MONTHS[month - 1]} {year}", "month", year,
                              mentions[(year, month)], articles[(year, month)]))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            out.append(Bucket(str(year), "year", year, mentions[(year, 0)], articles[(year, 0)]))
            year += 1
    return out


def mentions_svg(buckets: list[Bucket], name: str, ident: str) -> str:
    """A bar chart of `buckets`: one bar per month (or year), years marked along the axis. Its numbers are in the
    table next to it (the text alternative); the chart is named for screen readers and describes itself. No chart
    for mentions all in one month (or year)."""
    if sum(1 for b in buckets if b.mentions) < 2:  # one bar says no more than the dates of the articles listed
        return ""
    width, height, left, bottom, top = 340, 120, 28, 22, 10
    plot_w, plot_h = width - left - 4, height - bottom - top
    peak = max(b.mentions for b in buckets)
    step = plot_w / len(buckets)
    bar = max(step * 0.7, 1.0)
    parts = [f'<svg class="chart-mentions" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="{ident}-title" focusable="false">',
             f'<title id="{ident}-title">{escape(_mentions_title(buckets, name))}</title>',
             f'<line class="chart-axis" x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}"/>',
             f'<text class="chart-tick" x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
             f'<text class="chart-tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    # The years along the axis: their ticks one path, their labels one group, each year's own markup a few bytes
    # (an entity's page draws one for every year of the archive)
    ticks, labels = [], []
    seen_years: set[int] = set()
    for i, b in enumerate(buckets):
        x = left + i * step + (step - bar) / 2
        if b.mentions:
            h = max(plot_h * b.mentions / peak, 1.5)
            parts.append(f'<rect class="chart-bar" x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" '
                         f'height="{h:.1f}"><title>{escape(b.label)}: {_times(b.mentions)} in '
                         f'{count_articles(b.articles)}</title></rect>')
        if b.year not in seen_years:  # the first month of each year, and every year when counting by years
            seen_years.add(b.year)
            ticks.append(f"M{left + i * step:.1f} {top + plot_h}v4")
            labels.append(f'<text x="{left + i * step:.1f}">{b.year}</text>')
    parts.append(f'<path class="chart-grid" d="{"".join(ticks)}"/>'
                 f'<g class="chart-tick" transform="translate(0 {height - 6})">{"".join(labels)}</g></svg>')
    return "".join(parts)


def _mentions_title(buckets: list[Bucket], name: str) -> str:
    total = sum(b.mentions for b in buckets)
    return (f"How often the articles name {name}, by {buckets[0].by} of publication, {buckets[0].label} to "
            f"{buckets[-1].label}: {_times(total)} in all.")


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


# ---------------------------------------------------------------- who appears with whom


@dataclass(frozen=True)
class Tie:
    """Two entities named in the same articles, or taking part in the same events."""

    other: str
    articles: int
    events: int

    def strength(self) -> tuple[int, int]:
        return (self.events, self.articles)

    def describe(self) -> str:
        parts = []
        if self.articles:
            parts.append(f"named together in {count_articles(self.articles)}")
        if self.events:
            parts.append(f"in {self.events} event{'s' if self.events != 1 else ''} together")
        return ", ".join(parts)


@dataclass(frozen=True)
class Network:
    """Who is named with whom, kept small however large the archive: each entity's strongest ties only, and the
    ties among the most named."""

    mentions: dict[str, int]  # entity id -> times the articles name it
    articles: dict[str, int]  # entity id -> articles naming it
    ties: dict[str, tuple[Tie, ...]]  # entity id -> its NEIGHBOURS strongest ties (an event, or 2 articles)
    top: tuple[str, ...]  # the NETWORK_NODES most named, most named first
    top_ties: dict[str, tuple[Tie, ...]]  # one of them -> its ties to the others, strongest first
    in_events: dict[tuple[str, str], int]  # (a, b), a < b -> events both take part in


def build_network(archive: Archive) -> Network:
    """People and organisations, how often the articles name them, and who is named or takes part with whom. Each
    entity's ties are counted from its own articles, one entity at a time, and only its strongest are kept: the
    pairs of a large archive are too many to keep them all."""
    kinds = archive.registry.entities
    wanted = {i for i, e in kinds.items() if e.kind in NETWORK_KINDS}
    mentions: Counter = Counter()
    named_in: list[set[str]] = []  # the entities each article names
    articles_of: dict[str, list[int]] = defaultdict(list)
    for ms in archive.mentions.values():
        named = set()
        for m in ms:
            if m.entity in wanted:
                mentions[m.entity] += 1
                named.add(m.entity)
        for e in named:
            articles_of[e].append(len(named_in))
        named_in.append(named)
    in_events: Counter = Counter()
    partners: dict[str, Counter] = defaultdict(Counter)
    for ev in archive.registry.events.values():
        taking_part = sorted({p.id for p in ev.participants if p.id in wanted})
        for a, b in combinations(taking_part, 2):
            in_events[(a, b)] += 1
            partners[a][b] += 1
            partners[b][a] += 1
    top = tuple(sorted(mentions, key=lambda i: (-mentions[i], kinds[i].name, i))[:NETWORK_NODES])
    chosen = set(top)
    ties, top_ties = {}, {}
    for x in sorted(set(articles_of) | set(partners)):
        together: Counter = Counter()
        for index in articles_of.get(x, ()):
            together.update(named_in[index])
        together.pop(x, None)
        events = partners.get(x, Counter())

        def strength(y: str) -> tuple:
            return (-events[y], -together[y], kinds[y].name, y)

        # Named together once is chance, not a tie: a pair counts from one event together or two articles.
        tied = {y for y, n in together.items() if n >= 2} | set(events)
        if tied:
            ties[x] = tuple(Tie(y, together[y], events[y]) for y in heapq.nsmallest(NEIGHBOURS, tied, key=strength))
        if x in chosen:
            top_ties[x] = tuple(Tie(y, together[y], events[y]) for y in sorted(
                (y for y in chosen if y != x and (together[y] or events[y])), key=strength))
    return Network(dict(mentions), {i: archive.article_counts.get(i, 0) for i in mentions}, ties, top, top_ties,
                   dict(in_events))


def neighbourhood(network: Network, ident: str, limit: int = NEIGHBOURS) -> tuple[Tie, ...]:
    """An entity's nearest neighbours: those it shares most events with, then most articles."""
    return network.ties.get(ident, ())[:limit]


def _radius(mentions: int, peak: int) -> float:
    return 4 + 9 * math.sqrt(mentions / peak) if peak else 4


@functools.lru_cache(maxsize=4096)  # the same names are drawn on many pages
def _label_lines(text: str, width: int = 16) -> tuple[str, ...]:
    """A node's label in at most two lines of about `width` characters, cut between words."""
    words, lines = text.split(), [""]
    for w in words:
        if lines[-1] and len(lines[-1]) + 1 + len(w) > width:
            if len(lines) == 2:
                lines[-1] += "…"
                break
            lines.append(w)
        else:
            lines[-1] = f"{lines[-1]} {w}".strip()
    return tuple(lines)


@functools.lru_cache(maxsize=8192)  # and at the same few places
def _text(x: float, y: float, lines: tuple[str, ...], anchor: str, cls: str = "net-label") -> str:
    # A space ends each line but the last: the lines read as the words they are, in the link's name too. A label of
    # one line is the text element's own.
    spans = escape(lines[0]) if len(lines) == 1 else "".join(
        f'<tspan x="{x:.1f}" dy="{0 if i == 0 else 1.1}em">{escape(line)}{" " if i < len(lines) - 1 else ""}</tspan>'
        for i, line in enumerate(lines))
    return f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{spans}</text>'


def _node(entity: Entity, href: str, x: float, y: float, r: float, network: Network, label: str,
          centre: bool = False) -> str:
    """A node: a link named, by its <title>, for the entity and how often it is named (the name its label shows,
    and more); drawn as a circle (a square for an organisation: the kind is not told by colour alone)."""
    what = f"{entity.name}: named {_times(network.mentions.get(entity.id, 0))} in " \
           f"{count_articles(network.articles.get(entity.id, 0))}"
    if entity.kind == "organisation":
        shape = f'<rect class="net-node" x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"/>'
    else:
        shape = f'<circle class="net-node" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
    cls = "net-link net-centre" if centre else "net-link"
    return f'<a class="{cls} net-{entity.kind}" href="{escape(href)}"><title>{escape(what)}</title>{shape}{label}</a>'


def _edge(x1: float, y1: float, x2: float, y2: float, tie: Tie, peak: int, path: str | None = None) -> str:
    width = 1 + 3 * tie.articles / peak if peak else 1
    cls = "net-tie net-tie-event" if tie.events else "net-tie"
    shape = path or f"M{x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f}"
    return f'<path class="{cls}" d="{shape}" stroke-width="{width:.1f}"/>'


def ego_svg(entity: Entity, network: Network, archive: Archive, href: Callable[[Entity], str]) -> str:
    """The entity in the middle, its nearest neighbours around it: each a link to its page, joined to it by a line
    as thick as the articles they share (solid where they also take part in an event together, dashed where they
    are only named together), and to each other where they too took part in an event together."""
    ties = neighbourhood(network, entity.id)
    if not ties:
        return ""
    kinds = archive.registry.entities
    width, height = 380, 300
    cx, cy, rx, ry = width / 2, height / 2, 105, 100
    peak_m = max([network.mentions.get(entity.id, 0)] + [network.mentions.get(t.other, 0) for t in ties])
    peak_a = max(t.articles for t in ties)
    places = []
    for i, t in enumerate(ties):
        angle = -math.pi / 2 + 2 * math.pi * i / len(ties)
        places.append((t, cx + rx * math.cos(angle), cy + ry * math.sin(angle), angle))
    pos = {t.other: (x, y) for t, x, y, _ in places}
    edges, nodes = [], []
    for t, x, y, _ in places:
        edges.append(_edge(cx, cy, x, y, t, peak_a))
    for a, b in combinations(sorted(pos), 2):  # between neighbours: shared events only, lest lines fill the picture
        if network.in_events.get((a, b)):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            edges.append(f'<path class="net-tie net-tie-between" d="M{x1:.1f},{y1:.1f} L{x2:.1f},{y2:.1f}"/>')
    for t, x, y, angle in places:
        other = kinds[t.other]
        r = _radius(network.mentions.get(t.other, 0), peak_m)
        cos, sin = math.cos(angle), math.sin(angle)
        lines = _label_lines(other.name)
        if cos > 0.35:
            label = _text(x + r + 4, y + 4 - 5 * (len(lines) - 1), lines, "start")
        elif cos < -0.35:
            label = _text(x - r - 4, y + 4 - 5 * (len(lines) - 1), lines, "end")
        elif sin < 0:
            label = _text(x, y - r - 5 - 11 * (len(lines) - 1), lines, "middle")
        else:
            label = _text(x, y + r + 13, lines, "middle")
        nodes.append(_node(other, href(other), x, y, r, network, label))
    r = _radius(network.mentions.get(entity.id, 0), peak_m)
    centre = _node(entity, href(entity), cx, cy, r, network,
                   _text(cx, cy + r + 13, _label_lines(entity.name), "middle", "net-label net-label-centre"),
                   centre=True)
    title = f"{entity.name} and the {len(ties)} people and organisations most often with them"
    return (f'<svg class="chart-network" viewBox="0 0 {width} {height}" role="group" aria-label="{escape(title)}">'
            + "".join(edges) + centre + "".join(nodes) + "</svg>")


def archive_network(network: Network, archive: Archive) -> tuple[list[Entity], list[tuple[str, str, Tie]]]:
    """The archive's network, kept readable as it grows: the NETWORK_NODES most named people and organisations,
    each with its TIES_PER_NODE strongest ties among them; nodes grouped by country, most named first."""
    kinds = archive.registry.entities
    top = network.top
    pairs: dict[tuple[str, str], Tie] = {}
    for ident in top:
        kept = network.top_ties.get(ident, ())[:TIES_PER_NODE]
        for t in kept:
            pairs[tuple(sorted((ident, t.other)))] = t
    connected = {i for pair in pairs for i in pair}

    def group(e: Entity) -> str:
        return kinds[e.country].name if e.country in kinds else ""

    nodes = sorted((kinds[i] for i in top if i in connected),
                   key=lambda e: (group(e) == "", group(e).casefold(), -network.mentions[e.id], e.name, e.id))
    return nodes, [(a, b, t) for (a, b), t in sorted(pairs.items())]


def network_svg(network: Network, archive: Archive, href: Callable[[Entity], str]) -> str:
    """The archive's network as an arc diagram: the nodes in one column, grouped by country, each a link with its
    name beside it; each tie an arc on the left, as thick as the articles the two share, solid where they also
    took part in an event together. An arc diagram keeps every name readable at any width."""
    nodes, edges = archive_network(network, archive)
    if not nodes:
        return ""
    kinds = archive.registry.entities
    row, x0, top = 21, 170, 14
    rows: list[tuple[str, Entity | None]] = []
    last_group = None
    for e in nodes:
        group = kinds[e.country].name if e.country in kinds else "No country given"
        if group != last_group:
            rows.append((group, None))
            last_group = group
        rows.append((group, e))
    y_of = {e.id: top + i * row + row / 2 for i, (_, e) in enumerate(rows) if e is not None}
    height = top + len(rows) * row + 6
    peak_m = max(network.mentions[e.id] for e in nodes)
    peak_a = max([t.articles for _, _, t in edges] or [1])
    parts = []
    for a, b, t in edges:
        y1, y2 = sorted((y_of[a], y_of[b]))
        ry = (y2 - y1) / 2
        rx = min(ry, x0 - 12)
        parts.append(_edge(x0, y1, x0, y2, t, peak_a, f"M{x0},{y1:.1f} A{rx:.1f},{ry:.1f} 0 0 0 {x0},{y2:.1f}"))
    for i, (group, e) in enumerate(rows):
        y = top + i * row + row / 2
        if e is None:
            parts.append(f'<text class="net-group" x="{x0 + 20}" y="{y + 5:.1f}">{escape(group)}</text>')
            continue
        r = min(_radius(network.mentions[e.id], peak_m), row / 2 - 1)
        label = _text(x0 + 12, y + 4, (e.name,), "start")
        parts.append(_node(e, href(e), x0, y, r, network, label))
    title = (f"Who appears with whom: the {len(nodes)} people and organisations the articles name most, and their "
             f"strongest ties")
    return (f'<svg class="chart-network chart-arcs" viewBox="0 0 360 {height:.0f}" role="group" '
            f'aria-label="{escape(title)}">' + "".join(parts) + "</svg>")
