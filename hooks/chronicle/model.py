"""The archive's typed, frozen data: articles and their blocks, curated entities and events, found mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import PartialDate

ENTITY_KINDS = ("person", "organisation", "place")
SECTION_OF_KIND = {"person": "people", "organisation": "organisations", "place": "places", "event": "events"}


@dataclass(frozen=True)
class Block:
    """One unit of an article body: a paragraph ('p'), a subheading ('h2', 'h3') or a photo caption ('caption')."""

    kind: str
    text: str
    anchor: str  # stable id within the article page: p-3, h-1, c-1


@dataclass(frozen=True)
class Article:
    slug: str
    path: str  # the source file, for messages
    title: str
    date: dt.date
    outlet: str | None
    url: str | None
    news_id: str | None
    dateline: str | None
    supplied: tuple[tuple[str, str], ...]  # (field, note): facts the curator added, not printed in the text
    resolve: tuple[tuple[str, str], ...]  # (spelling, entity id): the curator's rule for an ambiguous short form
    blocks: tuple[Block, ...]

    @property
    def src_uri(self) -> str:
        return f"articles/{self.slug}.md"

    def block(self, anchor: str) -> Block:
        return next(b for b in self.blocks if b.anchor == anchor)


@dataclass(frozen=True)
class Role:
    title: str
    start: PartialDate | None = None
    end: PartialDate | None = None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start.first_day() <= day) and (
            self.end is None or day <= self.end.last_day()
        )

    def period(self) -> str:
        if self.start and self.end:
            return f"{self.start.human()} – {self.end.human()}"
        if self.start:
            return f"from {self.start.human()}"
        if self.end:
            return f"until {self.end.human()}"
        return ""


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place of the curated data."""

    kind: str  # one of ENTITY_KINDS
    id: str
    name: str
    spellings: tuple[str, ...]  # full forms: linked wherever they occur
    short: tuple[str, ...]  # short forms (surnames): linked only where the article identifies the entity
    description: str
    path: str
    line: int | None = None
    country: str | None = None
    category: str | None = None  # an organisation's or a place's kind ("city", "news agency" ...)
    roles: tuple[Role, ...] = ()
    general_knowledge: frozenset[str] = frozenset()
    not_spellings: tuple[str, ...] = ()  # names a curator has ruled are not this entity, though spelt like it
    wikidata: str | None = None  # the Wikidata item (Q-number) the curator verified this entry is

    @property
    def section(self) -> str:
        return SECTION_OF_KIND[self.kind]

    @property
    def src_uri(self) -> str:
        return f"{self.section}/{self.id}.md"

    def roles_on(self, day: dt.date) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.held_on(day))


@dataclass(frozen=True)
class EventDate:
    """An event's date and, where it was read off an article ('on Tuesday'), the phrase and the article."""

    date: PartialDate
    phrase: str | None = None
    article: str | None = None


@dataclass(frozen=True)
class Participant:
    id: str
    part: str


@dataclass(frozen=True)
class Report:
    """A passage of an article that reports or refers to an event."""

    article: str
    passage: str


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    date: EventDate
    description: str
    path: str
    line: int | None = None
    end: EventDate | None = None
    place: str | None = None
    parent: str | None = None
    participants: tuple[Participant, ...] = ()
    reports: tuple[Report, ...] = ()
    general_knowledge: frozenset[str] = frozenset()
    wikidata: str | None = None  # the Wikidata item (Q-number) the curator verified this event is

    kind = "event"
    section = "events"

    @property
    def src_uri(self) -> str:
        return f"events/{self.id}.md"

    def when(self) -> str:
        if self.end and self.end.date != self.date.date:
            return f"{self.date.date.human()} – {self.end.date.human()}"
        return self.date.date.human()


@dataclass(frozen=True)
class Registry:
    """All curated entities and events, by id."""

    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Entity]:
        return sorted((e for e in self.entities.values() if e.kind == kind), key=lambda e: e.id)


@dataclass(frozen=True)
class Mention:
    """A span of one block's text that names an entity; `entity` is None when it could not be resolved."""

    block: str  # the block's anchor
    start: int
    end: int
    text: str
    entity: str | None
    candidates: tuple[str, ...] = ()
    reason: str = ""  # why an unresolved mention was left unlinked
    rule: str = ""  # how a resolved mention was linked, where it was more than a spelling as written: see `match`
    other: str = ""  # the longer name of someone else it stands in, where that is why it is left unlinked


@dataclass(frozen=True)
class Passage:
    """Where an event's reported passage sits in an article."""

    event: str
    block: str
    start: int
    end: int
