"""Cross-reference the loaded archive: mentions and event passages per article, quotes per person, and the
indexes the person, event and index pages are made from. Pure functions over the model; no MkDocs, no HTML."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Article, Block, Entity, Event, Mention, Passage, Registry
from .sentences import sentence_at, sentences as sentence_spans

SPEECH_VERBS = ("said", "says", "added", "stressed", "emphasized", "emphasised", "noted", "remarked", "underlined",
                "told", "asserted", "declared", "warned", "insisted", "explained", "reiterated", "announced",
                "pointed out", "underscored", "urged", "denounced", "described")
_VERB_RE = "(?:" + "|".join(v.replace(" ", r"\s+") for v in SPEECH_VERBS) + r")\b"


@dataclass(frozen=True)
class Quote:
    """Words an article puts in a person's mouth, and where."""

    person: str
    article: str
    block: str
    start: int  # of the quoted words, inside the quotation marks
    end: int
    text: str
    statement: tuple[int, int] = (0, 0)  # the whole sentences that hold the quotation and its speaker


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


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of “curly” and "straight" quotations; unbalanced marks are ignored, but for one
    case: a paragraph that closes a quotation (”) before it opens any lost its opening mark at its start, as
    scraped text often does, and the quotation is read from the paragraph's start (open is then -1)."""
    spans = [(m.start(), m.end() - 1) for m in re.finditer(r"“[^“”]*”", text)]
    spans += [(m.start(), m.end() - 1) for m in re.finditer(r'"[^"]*"', text)]
    first_close, first_open = text.find("”"), text.find("“")
    if first_close > 0 and (first_open < 0 or first_close < first_open) and '"' not in text[:first_close]:
        spans.append((-1, first_close))
    return sorted(spans)


# A title that may stand for a person ("the speaker", "the Iraqi prime minister", "Iran’s first vice president"):
# "the" or a possessive, then up to four words. Which words make a title is read off the people's roles.
_TITLE_RE = re.compile(r"(?<![\w’'])(?:[Tt]he|(?P<owner>[A-Z][\w-]*?)(?:’s|'s|s(?=\s+[a-z])))\s+"
                       r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})")
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_SPEECH_AFTER = re.compile(r"(?:,\s+who)?\s+" + _VERB_RE)  # "Rouhani said", "Rouhani, who said"
_SPEECH_ANY = re.compile(r"\b" + _VERB_RE)
_TITLE_SYNONYMS = {"premier": ("prime", "minister"), "pm": ("prime", "minister")}
_DEMONYM_ENDINGS = ("i", "ian", "an", "n", "ese", "ish")
_QUOTE_MARKS = "“”\""


@dataclass(frozen=True)
class _Clause:
    """A speaker followed by a speech verb ("Rouhani said", "the speaker said", "he added"): who, where, and
    where the verb ends. `person` is None for a pronoun, which the sentence before must resolve."""

    person: str | None
    start: int
    end: int  # of the speech verb


@dataclass(frozen=True)
class _Context:
    """What attributing one article's quotations needs: the people it names, their roles on its date, and the
    words that name a country ('Iraqi', 'Iran’s')."""

    roles: tuple[tuple[str, str | None, frozenset[str], frozenset[str]], ...]  # (person, country, head, words)
    countries: dict[str, str]  # lower-case country word -> place id

    def title_holder(self, words: list[str], owner: str | None) -> str | None:
        """The one person the article names whose role on its date the title words describe, if exactly one."""
        country = self.countries.get(owner.lower()) if owner else None
        if owner and country is None:  # "the council’s president" is not the country's
            return None
        title: list[str] = []
        for w in (w.lower() for w in words):
            if not title and country is None and w in self.countries:
                country = self.countries[w]
            else:
                title += _TITLE_SYNONYMS.get(w, (w,))
        if not title:
            return None
        words = set(title)
        found = {person for person, of, head, role_words in self.roles
                 if head <= words <= role_words and (country is None or of == country)}
        return found.pop() if len(found) == 1 else None

    def titled_in(self, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """(person, start, end) of each title in text[start:end] that stands for one person the article names;
        the longest reading of the words after 'the' that makes a title."""
        out = []
        for m in _TITLE_RE.finditer(text, start, end):
            words = m["words"].split()
            for n in range(len(words), 0, -1):
                person = self.title_holder(words[:n], m["owner"])
                if person:
                    phrase_end = m.start("words") + len(" ".join(words[:n]))
                    out.append((person, m.start(), phrase_end))
                    break
        return out


@functools.cache
def _role_words(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a role's head (before 'of') and all its words: a title ('first vice president') describes a
    role ('First Vice President of Iran') when it holds every word of the head and no word that is not the role's."""
    role = re.sub(r"\([^)]*\)", " ", role).lower()
    return frozenset(re.findall(r"[\w-]+", role.split(" of ")[0])), frozenset(re.findall(r"[\w-]+", role))


def country_words(registry: Registry) -> dict[str, str]:
    """Words that name a country of the data: its names ('Iran', 'Iran’s') and their demonyms ('Iranian', 'Iraqi'),
    read as a name followed by a usual English ending."""
    return country_words_of(registry.entities.values())


def country_words_of(entities: Iterable[Entity]) -> dict[str, str]:
    """`country_words` of these entities."""
    out: dict[str, str] = {}
    for e in entities:
        if e.kind != "place" or e.category != "country":
            continue
        for name in {e.name, *e.spellings}:
            if " " in name:
                continue
            out[name.lower()] = e.id
            for ending in _DEMONYM_ENDINGS:
                out[name.lower() + ending] = e.id
    return out


def find_quotes(article: Article, mentions: list[Mention], registry: Registry,
                countries: dict[str, str] | None = None) -> list[Quote]:
    """Quotations whose speaker the article makes clear, in one of three ways:

    - the speaker is named next to them in the sentence: “...,” Rouhani said / Mokhber said, “...” / Rouhani said the
      attack targeted “...” (no other speech verb between);
    - a title stands for one person the article names and who held that role on its date: “...,” the speaker said;
    - “...,” he said, where the sentence before names exactly one person, or exactly one who speaks there.
    Anything less clear stays unattributed: two people in the sentence before, a pronoun after a sentence that names
    no one, a speaker that is not a person ('Baghdad and Washington said'). `countries` is `country_words(registry)`,
    made once for all the articles."""
    kinds = registry.entities
    people_mentions = sorted((m for m in mentions if m.entity and kinds[m.entity].kind == "person"),
                             key=lambda m: (m.block, m.start))
    roles = tuple((p.id, p.country, *_role_words(r.title))
                  for p in (kinds[i] for i in sorted({m.entity for m in people_mentions}))
                  for r in p.roles_on(article.date))
    context = _Context(tuple(r for r in roles if r[2]), country_words(registry) if countries is None else countries)
    by_block: dict[str, list[Mention]] = defaultdict(list)
    for m in people_mentions:
        by_block[m.block].append(m)
    quotes = []
    previous: Block | None = None  # the paragraph before: its last sentence may say who "he" is
    for block in article.blocks:
        if block.kind != "p":
            previous = None
            continue
        text = block.text
        if any(mark in text for mark in _QUOTE_MARKS):  # most paragraphs quote no one: split only those that do
            spans = sentence_spans(text)
            ms = by_block.get(block.anchor, [])
            for q_open, q_close in quote_spans(text):
                found = _speaker(text, q_open, q_close, ms, spans, context)
                if found is None:
                    continue
                person, clause = found
                if person is None:  # a pronoun: the sentence before says who
                    first = sentence_at(spans, min(max(q_open, 0), clause.start))
                    if first > 0:
                        before = (block, spans[first - 1])
                    elif previous is not None and (last := sentence_spans(previous.text)):
                        before = (previous, last[-1])
                    else:
                        before = None
                    person = _one_person(before, by_block, context) if before else None
                if person:
                    start = q_open + 1
                    lo = spans[sentence_at(spans, start)][0]
                    hi = spans[sentence_at(spans, max(q_close, clause.end - 1))][1]
                    quotes.append(Quote(person, article.slug, block.anchor, start, q_close, text[start:q_close],
                                        (lo, hi)))
        previous = block
    return quotes


def _clauses(text: str, start: int, end: int, ms: list[Mention], context: _Context) -> list[_Clause]:
    """Every speaker in text[start:end] followed by a speech verb: a named person, a title, a pronoun."""
    out = []
    for m in ms:
        if start <= m.start < end and (v := _SPEECH_AFTER.match(text, m.end)):
            out.append(_Clause(m.entity, m.start, v.end()))
    for person, a, b in context.titled_in(text, start, end):
        if (v := _SPEECH_AFTER.match(text, b)) and not any(c.start <= a < c.end for c in out):
            out.append(_Clause(person, a, v.end()))
    for m in _PRONOUN_RE.finditer(text, start, end):
        if v := _SPEECH_AFTER.match(text, m.end()):
            out.append(_Clause(None, m.start(), v.end()))
    return sorted(out, key=lambda c: c.start)


def _speaker(text: str, q_open: int, q_close: int, ms: list[Mention], spans: list[tuple[int, int]],
             context: _Context) -> tuple[str | None, _Clause] | None:
    """The quotation's speaker clause, and who it names (None for a pronoun), or None when the sentence does not say."""
    first = spans[sentence_at(spans, max(q_open, 0))]
    last = spans[sentence_at(spans, q_close)]
    after = [c for c in _clauses(text, q_close + 1, last[1], ms, context)]
    if after:  # “...,” Rouhani said / “...” of the group, he said.
        c = after[0]
        between = text[q_close + 1: c.start]
        adjacent = re.fullmatch(r"[,.]?\s+", between)
        closing = (between.endswith(", ") and not any(mark in between for mark in _QUOTE_MARKS)
                   and not _SPEECH_ANY.search(between) and not any(q_close < m.start < c.start for m in ms))
        if adjacent or closing:
            return (c.person, c)
    if q_open < 0:
        return None
    before = [c for c in _clauses(text, first[0], q_open, ms, context) if c.end <= q_open]
    if before:  # Mokhber said, “...” / Rouhani said the attack targeted “...”
        c = before[-1]
        between = text[c.end: q_open]
        if not any(mark in between for mark in _QUOTE_MARKS) and not _SPEECH_ANY.search(between):
            return (c.person, c)
    return None


def _one_person(where: tuple[Block, tuple[int, int]], by_block: dict[str, list[Mention]],
                context: _Context) -> str | None:
    """The person a pronoun in the next sentence stands for: the one person this sentence names (by name or by a
    title), or else the one of them it makes speak; None if that is not exactly one."""
    block, (start, end) = where
    text = block.text
    ms = [m for m in by_block.get(block.anchor, []) if start <= m.start < end]
    named = {m.entity for m in ms} | {p for p, _, _ in context.titled_in(text, start, end)}
    if len(named) == 1:
        return named.pop()
    speaking = {c.person for c in _clauses(text, start, end, ms, context) if c.person}
    return speaking.pop() if len(speaking) == 1 else None


def build_archive(articles: list[Article], registry: Registry, mentions: dict[str, tuple[Mention, ...]]) -> Archive:
    """Given every article's mentions (chronicle.build matches them), place every event passage, find the quotes,
    and index it all for the pages."""
    by_slug = {a.slug: a for a in articles}
    quotes = []
    countries = country_words(registry)
    for a in articles:
        quotes += find_quotes(a, list(mentions[a.slug]), registry, countries)
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


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def event_sort_key(ev: Event) -> tuple:
    """Oldest first, each event at the last day it may have started on: a month-only event after the dated events
    of that month, a year-only one after those of that year. On one day, the longer event first (a visit before
    the meetings it holds), then one that is part of none before one that is part of another."""
    date = ev.date.date
    start = date.first_day() if date.precision == "day" else date.last_day()
    end = (ev.end.date if ev.end else date).last_day()
    return (start, _PRECISION_RANK[date.precision], -end.toordinal(), ev.parent is not None, ev.id)


def ancestors(ev: Event, events: dict[str, Event]) -> Iterator[str]:
    """The ids of the events `ev` is part of, nearest first: its parent, the parent's parent ... The walk stops
    after an id `events` lacks, or before one it has met already."""
    seen = set()
    parent = ev.parent
    while parent and parent not in seen:
        seen.add(parent)
        yield parent
        parent = events[parent].parent if parent in events else None


def chronology(events: list[Event], all_events: dict[str, Event], same_year: bool = False) -> list[tuple[Event, int]]:
    """(event, depth) in time order, each event that is part of another listed among them right after it (a
    visit's meetings under the visit); with `same_year`, only where both start in the same year, so that a
    year's list holds that year's events ('9 December 2017' is not filed under a war that began in 2014)."""
    chosen = {ev.id for ev in events}

    def parent_in(ev: Event) -> str | None:  # the nearest ancestor among the chosen events
        return next((p for p in ancestors(ev, all_events) if p in chosen
                     and (not same_year or all_events[p].date.date.year == ev.date.date.year)), None)

    children: dict[str | None, list[Event]] = defaultdict(list)
    for ev in events:
        children[parent_in(ev)].append(ev)
    out: list[tuple[Event, int]] = []
    stack = [(ev, 0) for ev in sorted(children[None], key=event_sort_key, reverse=True)]
    while stack:
        ev, depth = stack.pop()
        out.append((ev, depth))
        stack += [(c, depth + 1) for c in sorted(children.get(ev.id, ()), key=event_sort_key, reverse=True)]
    return out


@dataclass(frozen=True)
class Reporting:
    """Who reports an event: its articles, counted once each, by outlet; and those whose outlet is not named."""

    articles: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, articles), A to Z
    unnamed: int


def outlets_reporting(archive: Archive, ev: Event) -> Reporting:
    """The articles reporting the event, each counted once: by named outlet, and those whose outlet is not named."""
    slugs = archive.reported_in.get(ev.id, ())
    outlets = Counter(archive.by_slug[s].outlet for s in slugs if archive.by_slug[s].outlet)
    return Reporting(len(slugs), tuple(sorted(outlets.items(), key=lambda o: (o[0].casefold(), o[0]))),
                     sum(1 for s in slugs if not archive.by_slug[s].outlet))


def count_articles(n: int) -> str:
    """'1 article', '3 articles'."""
    return f"{n} article{'s' if n != 1 else ''}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def reported_by_sentence(r: Reporting, name=str) -> str:
    """The 'reported by' sentence, every article counted once, under its outlet or as one whose outlet is not
    named: '2 articles: 1 from Iran Daily and 1 whose outlet is not named.' `name` writes an outlet's name (a link,
    where the outlet has a page)."""
    if r.articles == 0:
        return "No archived article reports it yet."
    unnamed = f"whose outlet{' is' if r.unnamed == 1 else 's are'} not named"
    if not r.outlets:
        return f"{count_articles(r.articles)}, {unnamed}."
    if len(r.outlets) == 1 and not r.unnamed:
        every = "" if r.articles == 1 else "both " if r.articles == 2 else "all "
        return f"{count_articles(r.articles)}, {every}from {name(r.outlets[0][0])}."
    parts = [f"{n} from {name(o)}" for o, n in r.outlets] + ([f"{r.unnamed} {unnamed}"] if r.unnamed else [])
    return f"{count_articles(r.articles)}: {_and(parts)}."


def whole_sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentences of `text` that text[start:end] falls in: a passage read whole."""
    spans = sentence_spans(text)
    if not spans:
        return start, end
    first, last = spans[sentence_at(spans, start)], spans[sentence_at(spans, end - 1)]
    lo = first[0] if first[0] <= start < first[1] else start  # else start is between two sentences
    hi = last[1] if last[0] < end <= last[1] else end
    return min(lo, start), max(hi, end)
