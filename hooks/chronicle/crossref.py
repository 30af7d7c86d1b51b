"""Cross-reference the loaded archive: mentions and event passages per article, quotes per person, and the
indexes the person, event and index pages are made from. Pure functions over the model; no MkDocs, no HTML."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .match import NameIndex, resolve_mentions
from .model import Article, Block, Entity, Event, Mention, Passage, Registry

SPEECH_VERBS = ("said", "says", "added", "stressed", "emphasized", "emphasised", "noted", "remarked", "underlined",
                "told", "asserted", "declared", "warned", "insisted", "explained", "reiterated", "announced",
                "pointed out", "underscored", "urged", "denounced", "described")
_VERB_RE = "(?:" + "|".join(v.replace(" ", r"\s+") for v in SPEECH_VERBS) + r")\b"
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Quote:
    """Words an article puts in a person's mouth, and where."""

    person: str
    article: str
    block: str
    start: int  # of the quoted words, inside the quotation marks
    end: int
    text: str


@dataclass(frozen=True)
class Sighting:
    """One sentence of an article that names an entity."""

    article: Article
    block: Block
    sentence: tuple[int, int]
    marks: tuple[tuple[int, int], ...]  # the mentions in it, relative to the block text


@dataclass(frozen=True)
class Archive:
    """The loaded archive and every cross-reference the pages need, each computed once, in one pass."""

    articles: tuple[Article, ...]
    registry: Registry
    mentions: dict[str, tuple[Mention, ...]]  # by article slug
    passages: dict[str, tuple[Passage, ...]]  # by article slug
    quotes: tuple[Quote, ...]
    by_slug: dict[str, Article] = field(default_factory=dict)
    sightings: dict[str, tuple[Sighting, ...]] = field(default_factory=dict)  # by entity id, in article order
    article_counts: dict[str, int] = field(default_factory=dict)  # entity id -> articles naming it
    co_mentions: dict[str, tuple[tuple[str, int, int], ...]] = field(default_factory=dict)
    participation: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # id -> (event, part)
    events_here: dict[str, tuple[str, ...]] = field(default_factory=dict)  # place id -> events there
    sub_events: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event id -> its children
    reported_in: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event id -> article slugs
    quotes_by: dict[str, tuple[Quote, ...]] = field(default_factory=dict)  # person id -> quotes, article order

    def resolved(self, slug: str) -> list[Mention]:
        return [m for m in self.mentions[slug] if m.entity]

    def unresolved(self) -> list[tuple[Article, Mention]]:
        return [(a, m) for a in self.articles for m in self.mentions[a.slug] if not m.entity]

    def unmentioned(self) -> list[str]:
        """Entities and events no article mentions or reports: worth a curator's look."""
        return sorted((set(self.registry.entities) - set(self.article_counts))
                      | (set(self.registry.events) - set(self.reported_in)))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a paragraph as (start, end); a sentence ends at . ! ? before a capital or an opening quote."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of “curly” and "straight" quotations; unbalanced marks are ignored."""
    spans = [(m.start(), m.end() - 1) for m in re.finditer(r"“[^“”]*”", text)]
    spans += [(m.start(), m.end() - 1) for m in re.finditer(r'"[^"]*"', text)]
    return sorted(spans)


def find_quotes(article: Article, mentions: list[Mention], registry: Registry) -> list[Quote]:
    """Quotations attributed by name: “...,” X said / X said, “...” / X said ... “...” in one sentence.
    A quotation attributed to a pronoun ('he said') is not attributed: that would be a guess."""
    people = {m for m in mentions if m.entity and registry.entities[m.entity].kind == "person"}
    by_block: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(people, key=lambda m: m.start):
        by_block[m.block].append(m)
    quotes = []
    for block in article.blocks:
        if block.kind != "p" or block.anchor not in by_block:
            continue
        text, ms = block.text, by_block[block.anchor]
        for q_open, q_close in quote_spans(text):
            speaker = _speaker(text, q_open, q_close, ms)
            if speaker:
                quotes.append(Quote(speaker, article.slug, block.anchor, q_open + 1, q_close,
                                    text[q_open + 1: q_close]))
    return quotes


def _speaker(text: str, q_open: int, q_close: int, ms: list[Mention]) -> str | None:
    for m in ms:  # “...,” Rouhani said
        if (m.start > q_close and re.fullmatch(r"[,.]?\s+", text[q_close + 1: m.start])
                and re.match(r"\s+" + _VERB_RE, text[m.end:])):
            return m.entity
    for m in reversed(ms):  # Mokhber said, “...” / Rouhani said the attack targeted “...”
        if m.end > q_open or not re.match(r"\s+" + _VERB_RE, text[m.end: q_open]):
            continue
        others_between = any(m.end <= o.start < q_open for o in ms)
        quote_between = any(mark in text[m.end: q_open] for mark in "“”\"")
        sentence_ends = _SENTENCE_END.search(text[m.start: q_open + 1])
        if not (others_between or quote_between or sentence_ends):
            return m.entity
        return None  # the nearest named speaker before the quotation is not its speaker
    return None


def build_archive(articles: list[Article], registry: Registry) -> Archive:
    """Match every article, place every event passage, and index it all for the pages."""
    index = NameIndex(registry.entities.values())
    by_slug = {a.slug: a for a in articles}
    mentions, quotes = {}, []
    for a in articles:
        ms = resolve_mentions(a, index)
        mentions[a.slug] = tuple(ms)
        quotes += find_quotes(a, ms, registry)
    passages = place_passages(by_slug, registry)
    events = registry.events
    participation: dict[str, list[tuple[str, str]]] = defaultdict(list)
    events_here: dict[str, list[str]] = defaultdict(list)
    sub_events: dict[str, list[str]] = defaultdict(list)
    reported_in: dict[str, set[str]] = defaultdict(set)
    for ev in sorted(events.values(), key=event_sort_key):
        for p in ev.participants:
            participation[p.id].append((ev.id, p.part))
        if ev.place:
            events_here[ev.place].append(ev.id)
        if ev.parent:
            sub_events[ev.parent].append(ev.id)
        for r in ev.reports:
            reported_in[ev.id].add(r.article)
    order = {a.slug: i for i, a in enumerate(articles)}
    return Archive(
        articles=tuple(articles), registry=registry, mentions=mentions, passages=passages, quotes=tuple(quotes),
        by_slug=by_slug, sightings=index_sightings(articles, mentions),
        article_counts=dict(Counter(e for ms in mentions.values() for e in {m.entity for m in ms if m.entity})),
        co_mentions=index_co_mentions(articles, mentions, registry),
        participation={k: tuple(v) for k, v in participation.items()},
        events_here={k: tuple(v) for k, v in events_here.items()},
        sub_events={k: tuple(v) for k, v in sub_events.items()},
        reported_in={k: tuple(sorted(v, key=order.__getitem__)) for k, v in reported_in.items()},
        quotes_by=_group(quotes, lambda q: q.person),
    )


def _group(items: list, key) -> dict[str, tuple]:
    """Items by key, each group in the items' order."""
    groups: dict[str, list] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def place_passages(by_slug: dict[str, Article], registry: Registry) -> dict[str, tuple[Passage, ...]]:
    """Where each event's passages sit, by article, in reading order."""
    found: dict[str, list[Passage]] = defaultdict(list)
    for ev in registry.events.values():
        for r in ev.reports:
            block = next(b for b in by_slug[r.article].blocks if r.passage in b.text)
            start = block.text.index(r.passage)
            found[r.article].append(Passage(ev.id, block.anchor, start, start + len(r.passage)))
    out: dict[str, tuple[Passage, ...]] = {slug: () for slug in by_slug}
    for slug, ps in found.items():
        order = {b.anchor: i for i, b in enumerate(by_slug[slug].blocks)}
        out[slug] = tuple(sorted(ps, key=lambda p: (order[p.block], p.start, p.event)))
    return out


def index_sightings(articles: list[Article], mentions: dict[str, tuple[Mention, ...]]) -> dict:
    """Each entity's sentences, article by article in (date, slug) order, its mentions in each marked."""
    out: dict[str, list[Sighting]] = defaultdict(list)
    for a in articles:
        blocks = {b.anchor: b for b in a.blocks}
        sentences: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}  # by block: starts, spans
        grouped: dict[tuple[str, str, tuple[int, int]], list[tuple[int, int]]] = {}
        for m in mentions[a.slug]:
            if not m.entity:
                continue
            anchor, start = m.block, m.start
            if anchor not in sentences:
                spans = sentence_spans(blocks[anchor].text)
                sentences[anchor] = ([s for s, _ in spans], spans)
            starts, spans = sentences[anchor]
            i = bisect_right(starts, start) - 1  # sentences follow one another without overlapping
            sentence = spans[i] if i >= 0 and start < spans[i][1] else (0, len(blocks[anchor].text))
            grouped.setdefault((m.entity, anchor, sentence), []).append((start, m.end))
        for (entity, anchor, sentence), marks in grouped.items():
            out[entity].append(Sighting(a, blocks[anchor], sentence, tuple(marks)))
    return {k: tuple(v) for k, v in out.items()}


def index_co_mentions(articles: list[Article], mentions: dict[str, tuple[Mention, ...]], registry: Registry,
                      limit: int = 10) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """For each person, the people most often named with them: (id, articles together, paragraphs together)."""
    together_articles: dict[str, Counter] = defaultdict(Counter)
    together_blocks: dict[str, Counter] = defaultdict(Counter)
    kinds = registry.entities
    for a in articles:
        by_block: dict[str, set[str]] = defaultdict(set)
        for m in mentions[a.slug]:
            if m.entity and kinds[m.entity].kind == "person":
                by_block[m.block].add(m.entity)
        people = set().union(*by_block.values()) if by_block else set()
        for p in people:
            together_articles[p].update(people - {p})
        for ids in by_block.values():
            for p in ids:
                together_blocks[p].update(ids - {p})
    out = {}
    for p, counts in together_articles.items():
        blocks = together_blocks[p]
        ranked = sorted(counts, key=lambda o: (-counts[o], -blocks[o], kinds[o].name, o))[:limit]
        out[p] = tuple((o, counts[o], blocks[o]) for o in ranked)
    return out


# ---------------------------------------------------------------- views used by the pages


def entities_in(archive: Archive, slug: str) -> list[Entity]:
    """Entities an article names, in order of first mention."""
    seen: dict[str, Entity] = {}
    for m in archive.mentions[slug]:
        if m.entity and m.entity not in seen:
            seen[m.entity] = archive.registry.entities[m.entity]
    return list(seen.values())


def events_in(archive: Archive, slug: str) -> list[Event]:
    ids = {p.event for p in archive.passages[slug]}
    return sorted((archive.registry.events[i] for i in ids), key=event_sort_key)


def event_sort_key(ev: Event) -> tuple:
    return (ev.date.date.first_day(), ev.date.date.precision != "year", ev.id)


def outlets_reporting(archive: Archive, ev: Event) -> tuple[list[str], int]:
    """Distinct named outlets reporting the event, and the number of reporting articles whose outlet is unknown."""
    slugs = archive.reported_in.get(ev.id, ())
    named = sorted({archive.by_slug[s].outlet for s in slugs if archive.by_slug[s].outlet})
    unknown = sum(1 for s in slugs if not archive.by_slug[s].outlet)
    return named, unknown
