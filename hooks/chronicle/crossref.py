"""Cross-reference the loaded archive: mentions and event passages per article, quotes per person, and the
indexes the person, event and index pages are made from. Pure functions over the model; no MkDocs, no HTML."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .match import SpellingTrie, resolve_mentions
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
class Archive:
    articles: tuple[Article, ...]
    registry: Registry
    mentions: dict[str, tuple[Mention, ...]]  # by article slug
    passages: dict[str, tuple[Passage, ...]]
    quotes: tuple[Quote, ...]
    by_slug: dict[str, Article] = field(default_factory=dict)

    def resolved(self, slug: str) -> list[Mention]:
        return [m for m in self.mentions[slug] if m.entity]

    def unresolved(self) -> list[tuple[Article, Mention]]:
        return [(a, m) for a in self.articles for m in self.mentions[a.slug] if not m.entity]

    def unmentioned(self) -> list[str]:
        """Entities and events no article mentions or reports: worth a curator's look."""
        named = {m.entity for ms in self.mentions.values() for m in ms if m.entity}
        reported = {ev.id for ev in self.registry.events.values() if ev.reports}
        return sorted((set(self.registry.entities) - named) | (set(self.registry.events) - reported))


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


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    for start, end in sentence_spans(text):
        if start <= pos < end:
            return start, end
    return 0, len(text)


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
    trie = SpellingTrie(registry.entities.values())
    names = {e.id: e.name for e in registry.entities.values()}
    by_slug = {a.slug: a for a in articles}
    mentions, passages, quotes = {}, {}, []
    for a in articles:
        ms = resolve_mentions(a, trie, names)
        mentions[a.slug] = tuple(ms)
        quotes += find_quotes(a, ms, registry)
        passages[a.slug] = ()
    found: dict[str, list[Passage]] = defaultdict(list)
    for ev in registry.events.values():
        for r in ev.reports:
            block = next(b for b in by_slug[r.article].blocks if r.passage in b.text)
            start = block.text.index(r.passage)
            found[r.article].append(Passage(ev.id, block.anchor, start, start + len(r.passage)))
    for slug, ps in found.items():
        order = {b.anchor: i for i, b in enumerate(by_slug[slug].blocks)}
        passages[slug] = tuple(sorted(ps, key=lambda p: (order[p.block], p.start, p.event)))
    return Archive(tuple(articles), registry, mentions, passages, tuple(quotes), by_slug)


# ---------------------------------------------------------------- views used by the pages


@dataclass(frozen=True)
class Sighting:
    """One sentence of an article that names an entity."""

    article: Article
    block: Block
    sentence: tuple[int, int]
    marks: tuple[tuple[int, int], ...]  # the mentions in it, relative to the block text


def sightings(archive: Archive, entity_id: str) -> list[Sighting]:
    """Each sentence naming the entity, article by article in (date, slug) order."""
    out = []
    for a in archive.articles:
        grouped: dict[tuple[str, tuple[int, int]], list[tuple[int, int]]] = {}
        for m in archive.mentions[a.slug]:
            if m.entity == entity_id:
                block = a.block(m.block)
                key = (m.block, sentence_at(block.text, m.start))
                grouped.setdefault(key, []).append((m.start, m.end))
        for (anchor, sentence), marks in grouped.items():
            out.append(Sighting(a, a.block(anchor), sentence, tuple(marks)))
    return out


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


def co_mentioned(archive: Archive, person_id: str, limit: int = 10) -> list[tuple[Entity, int, int]]:
    """People most often named with this one: (person, articles together, paragraphs together)."""
    articles, blocks = Counter(), Counter()
    for a in archive.articles:
        by_block: dict[str, set[str]] = defaultdict(set)
        for m in archive.mentions[a.slug]:
            if m.entity and archive.registry.entities[m.entity].kind == "person":
                by_block[m.block].add(m.entity)
        here = set().union(*by_block.values()) if by_block else set()
        if person_id not in here:
            continue
        for other in here - {person_id}:
            articles[other] += 1
        for ids in by_block.values():
            if person_id in ids:
                for other in ids - {person_id}:
                    blocks[other] += 1
    ranked = sorted(articles, key=lambda o: (-articles[o], -blocks[o], archive.registry.entities[o].name))
    return [(archive.registry.entities[o], articles[o], blocks[o]) for o in ranked[:limit]]


def events_of(archive: Archive, entity_id: str) -> list[tuple[Event, str]]:
    """Events an entity took part in, with its part, in date order."""
    out = [(ev, p.part) for ev in archive.registry.events.values() for p in ev.participants if p.id == entity_id]
    return sorted(out, key=lambda x: event_sort_key(x[0]))


def events_at(archive: Archive, place_id: str) -> list[Event]:
    return sorted((ev for ev in archive.registry.events.values() if ev.place == place_id), key=event_sort_key)


def children(archive: Archive, event_id: str) -> list[Event]:
    return sorted((ev for ev in archive.registry.events.values() if ev.parent == event_id), key=event_sort_key)


def outlets_reporting(archive: Archive, ev: Event) -> tuple[list[str], int]:
    """Distinct named outlets reporting the event, and the number of reporting articles whose outlet is unknown."""
    slugs = sorted({r.article for r in ev.reports})
    named = sorted({archive.by_slug[s].outlet for s in slugs if archive.by_slug[s].outlet})
    unknown = sum(1 for s in slugs if not archive.by_slug[s].outlet)
    return named, unknown
