"""The domain objects: entities, facts, citations, sources and match candidates."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(str, enum.Enum):
    """What an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact stands: a source, a paragraph in it, and a verbatim quote."""

    source: str
    paragraph: int
    quote: str


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date as EDTF, in the source's own words, with its earliest and latest day."""

    edtf: str
    wording: str
    earliest: str | None
    latest: str | None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as the source gives it: amount, unit, and how approximate."""

    amount: float
    unit: str
    approximation: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One cited statement about a subject entity."""

    subject: str
    property: str
    citations: tuple[Citation, ...]
    object: str | None = None
    value: str | None = None
    role: str | None = None
    measure: str | None = None
    quantity: Quantity | None = None
    date: DateSpan | None = None
    start: DateSpan | None = None
    end: DateSpan | None = None
    dispute: str | None = None

    @property
    def when(self) -> DateSpan | None:
        """The date that places this fact in time: its date, else its start."""
        return self.date or self.start


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or event, with the facts stated about it."""

    id: str
    kind: Kind
    name: str
    description: str
    aliases: tuple[str, ...] = ()
    type: str | None = None
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A source document that facts cite."""

    id: str
    file: str
    title: str
    provenance: str


@dataclass(frozen=True, slots=True)
class Dispute:
    """A point on which the sources disagree; its facts carry its id."""

    id: str
    summary: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity a query may mean, with a score out of 100."""

    entity: Entity
    score: float
    match: bool = False
    how: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Answer:
    """What a who / when / where / show command found: the entity, its candidates and facts.

    `related` maps every id the facts mention to its entity, so renderers can name them.
    `silence` says what the sources do not give (a date, a place) when the facts are empty.
    """

    command: str
    query: str
    entity: Entity
    candidates: tuple[Candidate, ...]
    facts: tuple[Fact, ...]
    related: dict[str, Entity]
    silence: str = ""


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event in a chronology: its date facts, its places, and its date bounds."""

    event: Entity
    dates: tuple[Fact, ...]
    places: tuple[Fact, ...]
    earliest: str | None
    latest: str | None


@dataclass(frozen=True, slots=True)
class EventList:
    """The events a filter selected, in date order, with the filters as the user gave them."""

    rows: tuple[EventRow, ...]
    filters: dict[str, str]
    related: dict[str, Entity]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ranked candidates of every kind for a free-text query."""

    query: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class SourceCount:
    """A source document and how many facts and citations refer to it."""

    source: Source
    facts: int
    citations: int


@dataclass(frozen=True, slots=True)
class SourceList:
    """The source documents of a fact base."""

    sources: tuple[SourceCount, ...]
