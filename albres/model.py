"""The domain objects: entities, facts, citations, sources and match candidates."""

import builtins
import enum

from albres import dates
from albres.properties import DATE
from albres.record import NamedTuple

# The records are NamedTuples rather than frozen dataclasses: just as immutable and typed, and
# defining them costs a tenth as much start-up (albres.record). The classes are in dependency
# order, so that their annotations need no quotes.


class Kind(str, enum.Enum):
    """What an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    EVENT = "event"


class Citation(NamedTuple):
    """Where a fact stands: a source, a paragraph in it, and a verbatim quote."""

    source: str
    paragraph: int
    quote: str


class DateSpan(NamedTuple):
    """A date as EDTF, in the source's own words, with its earliest and latest day."""

    edtf: str
    wording: str
    earliest: str | None
    latest: str | None


class Quantity(NamedTuple):
    """A number as the source gives it: amount, unit, and how approximate."""

    amount: float
    unit: str
    approximation: str


class Fact(NamedTuple):
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

    @builtins.property  # the field `property` hides the builtin in this class body
    def when(self) -> DateSpan | None:
        """The date that places this fact in time: its date, else its start."""
        return self.date or self.start

    @builtins.property
    def held(self) -> tuple[DateSpan | None, DateSpan | None]:
        """When a role began and ended: its start (or its date) and its end (or its date when
        it has no start); None where the sources give no such date."""
        return self.start or self.date, self.end or (self.date if self.start is None else None)


class Entity(NamedTuple):
    """A person, organisation, place or event, with the facts stated about it."""

    id: str
    kind: Kind
    name: str
    description: str
    aliases: tuple[str, ...] = ()
    type: str | None = None
    facts: tuple[Fact, ...] = ()

    @property
    def dates(self) -> tuple[DateSpan, ...]:
        """The dates the sources give for this entity (an event's date facts)."""
        return tuple(f.date for f in self.facts if f.property == DATE and f.date)

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        """The first and last day this entity's dates allow, over every source's date."""
        return dates.hull((span.earliest, span.latest) for span in self.dates)


class Source(NamedTuple):
    """A source document that facts cite."""

    id: str
    file: str
    title: str
    provenance: str


class Dispute(NamedTuple):
    """A point on which the sources disagree; its facts carry its id."""

    id: str
    summary: str


READ_AS = "words in its text"  # how a candidate found by the full text was found (Candidate.how)


class Candidate(NamedTuple):
    """An entity a query may mean, with a score out of 100."""

    entity: Entity
    score: float
    match: bool = False
    how: str = ""


class Answer(NamedTuple):
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


class EventRow(NamedTuple):
    """One event in a chronology: its date facts, its places, and its date bounds."""

    event: Entity
    dates: tuple[Fact, ...]
    places: tuple[Fact, ...]
    earliest: str | None
    latest: str | None


class EventList(NamedTuple):
    """The events a filter selected, in date order, with the filters as the user gave them."""

    rows: tuple[EventRow, ...]
    filters: dict[str, str]
    related: dict[str, Entity]


class FactHit(NamedTuple):
    """A fact that holds the words of a search, with a score out of 100: the share of the
    words' weight it holds (those only its quote holds count half)."""

    fact: Fact
    score: float


class SearchResult(NamedTuple):
    """What a free-text search found: the facts that hold its words, best first, and ranked
    candidate entities of every kind; `related` names every entity the facts mention."""

    query: str
    candidates: tuple[Candidate, ...]
    facts: tuple[FactHit, ...]
    related: dict[str, Entity]


class EntityList(NamedTuple):
    """Every entity of the fact base, or of one kind, in the order of the file."""

    kind: Kind | None
    entities: tuple[Entity, ...]


class SourceCount(NamedTuple):
    """A source document and how many facts and citations refer to it."""

    source: Source
    facts: int
    citations: int


class SourceList(NamedTuple):
    """The source documents of a fact base."""

    sources: tuple[SourceCount, ...]


class Conflict(NamedTuple):
    """A point where the sources disagree, with each source's claim."""

    dispute: Dispute
    claims: tuple[Fact, ...]


class ConflictList(NamedTuple):
    """Every disagreement between the sources."""

    conflicts: tuple[Conflict, ...]
    related: dict[str, Entity]


class Role(NamedTuple):
    """A role someone held, or may have held, on a date: `certain` when the sources' dates
    put the date inside it, not merely near it."""

    fact: Fact
    certain: bool


class OnDate(NamedTuple):
    """What was under way on a date: the events that overlap it and the roles held then."""

    query: str
    earliest: str
    latest: str
    events: EventList
    roles: tuple[Role, ...]
    related: dict[str, Entity]


class Timeline(NamedTuple):
    """Dated events to draw on a time axis from `earliest` to `latest` (ISO days)."""

    events: EventList
    earliest: str
    latest: str


class Graph(NamedTuple):
    """Entities and the relations between them (facts whose object is another entity)."""

    center: Entity | None
    depth: int
    nodes: tuple[Entity, ...]
    edges: tuple[Fact, ...]


class Problem(NamedTuple):
    """One finding: an error makes the fact base unfit to ship, a warning asks for a look."""

    level: str
    file: str
    where: str
    message: str


class ValidationReport(NamedTuple):
    """What validate found in one fact base."""

    folder: str
    entities: int
    facts: int
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.level == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.level == "warning" for p in self.problems)


# Everything a query returns, for the renderers (albres.output) to draw.
class Span(NamedTuple):
    """A span of a source that facts quote: its number in its paragraph, where it stands in the
    file (`start`, `end`, in code points), the text there, some text before and after it, and
    the facts that quote it."""

    number: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    facts: tuple[Fact, ...]


class SourceParagraph(NamedTuple):
    """A paragraph of a source as the file has it (`text`, from `start`), with the spans its
    citing facts quote."""

    source: Source
    number: int
    start: int
    text: str
    spans: tuple[Span, ...]
    related: dict[str, Entity]


class ParagraphCoverage(NamedTuple):
    """How many of a paragraph's sentences some fact quotes, and those none does."""

    source: str
    number: int
    sentences: int
    quoted: int
    unquoted: tuple[str, ...]


class Coverage(NamedTuple):
    """How much of each source the facts quote, paragraph by paragraph; `minimum`: the share
    (in percent) asked for, if any."""

    paragraphs: tuple[ParagraphCoverage, ...]
    minimum: float | None

    @property
    def percent(self) -> float:
        sentences = sum(p.sentences for p in self.paragraphs)
        return 100.0 * sum(p.quoted for p in self.paragraphs) / sentences if sentences else 100.0

    @property
    def short(self) -> bool:
        """Whether the sources are quoted less than the minimum asked for."""
        return self.minimum is not None and self.percent < self.minimum


class Exported(NamedTuple):
    """Where the fact base was exported, in which format, and how many rows each table got."""

    path: str
    format: str
    counts: dict[str, int]


Result = (
    Answer
    | Exported
    | SourceParagraph
    | Coverage
    | EventList
    | SearchResult
    | SourceList
    | ValidationReport
    | ConflictList
    | OnDate
    | Graph
    | Timeline
    | EntityList
)
