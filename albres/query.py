"""The questions albres answers: who, when, where, events, search, show and sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from albres import dates
from albres.errors import Ambiguous, NotFound, QueryError, checked, quoted, valid_unicode
from albres.factbase import FactBase
from albres.match import decide, normalise, rank, terms
from albres.model import (
    Answer,
    Candidate,
    Conflict,
    ConflictList,
    Coverage,
    DateSpan,
    Entity,
    EntityList,
    EventList,
    EventRow,
    Fact,
    FactHit,
    Graph,
    Kind,
    OnDate,
    ParagraphCoverage,
    Result,
    Role,
    SearchResult,
    Source,
    SourceCount,
    SourceList,
    SourceParagraph,
    Span,
    Timeline,
)
from albres.properties import DATE, FOUNDED, LOCATION, NAME, PARTICIPANT, PLACE_LINKS, PLACING, PROPERTIES
from albres.resolver import (
    READ_AS,
    SET_UP,
    SUGGESTIONS,
    TEXT_MARGIN,
    TEXT_SCORE,
    as_asked,
    asked_kinds,
    asked_noun,
    asks_what_was_done,
    candidates_of,
    described_kinds,
    named_by,
    query_words,
    read_text,
    resolve,
    said_words,
)

T = TypeVar("T")
WHO_KINDS = (Kind.PERSON, Kind.ORGANISATION)
WHEN_KINDS = (Kind.EVENT,)
# Words that ask when an organisation was set up, as their terms: its verbs, and its nouns.
FOUNDING = SET_UP | frozenset(terms("founding creation formation"))
WHERE_KINDS = (Kind.PLACE,)


def _related(base: FactBase, facts: Iterable[Fact], *extra: Entity) -> dict[str, Entity]:
    related = {e.id: e for e in extra}
    named = [e for fact in facts for e in (fact.subject, fact.object) if e is not None and e not in related]
    base.fetch(named, "id")  # read in one query; get() then finds each
    related.update((entity_id, base.get(entity_id)) for entity_id in named)
    return related


def placed_in_time(fact: Fact, base: FactBase) -> DateSpan | None:
    """A fact's own date (or start, or, when the sources give only when it ended, its end),
    else (for a fact on an event, such as taking part) the event's date."""
    if fact.when is not None or fact.end is not None:
        return fact.when or fact.end
    subject = base.get(fact.subject)
    return subject.dates[0] if subject.kind is Kind.EVENT and subject.dates else None


def _chronological(facts: Iterable[Fact], base: FactBase) -> list[Fact]:
    """Dated facts first, by earliest then latest day; undated ones after, in file order."""

    def key(fact: Fact) -> tuple[int, str, str]:
        span = placed_in_time(fact, base)
        if span is None or span.earliest is None:
            return (1, "", "")
        return (0, span.earliest, span.latest or "9999")

    return sorted(facts, key=key)


def _answer(
    command: str,
    query: str,
    base: FactBase,
    entity: Entity,
    found: tuple[Candidate, ...],
    facts: Iterable[Fact],
    silence: str = "",
) -> Answer:
    facts = tuple(facts)
    return Answer(command, query, entity, found, facts, _related(base, facts, entity), silence)


def who(base: FactBase, name: str) -> Answer:
    """A person or organisation: roles, memberships and events over time, each cited."""
    entity, found = resolve(base, name, WHO_KINDS, read_as=described_kinds(name, WHO_KINDS) or WHO_KINDS)
    facts = _chronological([*entity.facts, *base.referencing(entity.id)], base)
    return _answer("who", name, base, entity, found, facts)


def when(base: FactBase, name: str) -> Answer:
    """An event's date as each source gives it, then what they count of it (its forces, its
    losses, which the sources do not date on their own); any other entity's dated facts, in
    order."""
    try:
        entity, found = resolve(base, name, WHEN_KINDS)
    except Ambiguous as unclear:
        alike = _dated_alike(unclear.candidates)
        if alike is None:
            raise
        # "when did the workers in Tirana go on strike": the strike or the demonstration, the
        # same day.
        entity, found = alike, (Candidate(alike, TEXT_SCORE, True, READ_AS), *unclear.candidates[1:])
    except NotFound:
        founding = _founding_asked(base, name)
        if founding is None:
            raise
        entity, found = founding, (Candidate(founding, TEXT_SCORE, True, READ_AS),)
    if entity.kind is Kind.EVENT:
        facts = [f for f in entity.facts if f.property == DATE]
        facts += [f for f in entity.facts if f.quantity is not None and f not in facts]
    else:
        facts = [f for f in [*entity.facts, *base.referencing(entity.id)] if placed_in_time(f, base)]
    silence = "" if facts else f"the sources give no date for {entity.name}"
    return _answer("when", name, base, entity, found, _chronological(facts, base), silence)


def _founding_asked(base: FactBase, name: str) -> Entity | None:
    """The event at which an organisation was founded, when the words ask when it was set up
    and clearly mean it ("when was the royalist Legality movement set up?": no event's own
    text says "royalist" or "movement"); None otherwise."""
    if said_words(name).isdisjoint(FOUNDING):
        return None
    try:
        organisation, _ = resolve(base, name, (Kind.ORGANISATION,))
    except (NotFound, Ambiguous):
        return None
    events = [f.object for f in organisation.facts if f.property == FOUNDED and f.object]
    return base.get(events[0]) if len(events) == 1 else None


def _dated_alike(candidates: Sequence[Candidate]) -> Entity | None:
    """The first of the events a query may mean about equally well (those within TEXT_MARGIN
    of the first), when all of them are events the sources date alike: the answer to `when`
    is the same whichever is meant. None otherwise."""
    close = [c.entity for c in candidates if c.score * TEXT_MARGIN >= candidates[0].score]
    dated = {tuple(sorted(f.date.edtf for f in e.facts if f.property == DATE and f.date)) for e in close}
    if len(close) < 2 or any(e.kind is not Kind.EVENT for e in close) or len(dated) != 1 or () in dated:
        return None
    return close[0]


def _places_of(base: FactBase, entity: Entity) -> list[Fact]:
    own = [f for f in entity.facts if f.property in PLACING and _is_place(base, f)]
    if entity.kind is Kind.PLACE or entity.kind is Kind.EVENT:
        return own
    # People and organisations: their own places, then those of the events they took part in.
    events = [f.subject for f in base.referencing(entity.id) if f.property in PLACE_LINKS]
    events += [f.object for f in entity.facts if f.property in PLACE_LINKS and f.object]
    seen: set[str] = set()
    for event_id in events:
        event = base.get(event_id)
        if event.kind is Kind.EVENT and event_id not in seen:
            seen.add(event_id)
            own += [f for f in event.facts if f.property == LOCATION]
    return own


def _is_place(base: FactBase, fact: Fact) -> bool:
    return fact.object is None or base.get(fact.object).kind is Kind.PLACE


def where(base: FactBase, name: str) -> Answer:
    """A place: where it lies and what happened there; anything else: the places tied to it.
    A name means a place before an event (WHERE_KINDS); words that describe something are
    read as what happened, whose places are the answer, unless their head noun names a place
    ("the port town east of ...")."""
    read_as = (Kind.EVENT, Kind.PLACE)
    described = described_kinds(name, read_as)
    asks_a_place = asked_kinds(name)[:1] == (Kind.PLACE,) or described == (Kind.PLACE,)
    try:
        entity, found = _resolve_place(base, name, described or read_as)
    except Ambiguous as unclear:
        held = _held_in_one_place(base, unclear.candidates, name) if asks_a_place else None
        if held is None:
            raise
        held_in, facts = held  # "where was the Labinot conference held?": two, both at Labinot
        return _answer("where", name, base, held_in, (Candidate(held_in, TEXT_SCORE, True, READ_AS),), facts)
    facts = _places_of(base, entity)
    place = _place_asked(base, name, entity, facts) if entity.kind is Kind.EVENT and asks_a_place else None
    if place is not None:
        # "where was ... held?" asks for a place: the event's, with what ties them.
        return _answer("where", name, base, place, found, [f for f in facts if f.object == place.id])
    if entity.kind in (Kind.PERSON, Kind.ORGANISATION):
        facts = _chronological(facts, base)
    if entity.kind is Kind.PLACE:
        here = [f for f in base.referencing(entity.id) if f.property in PLACING]
        # Then what else the sources say of the place itself (its population, its losses), but
        # not its other names, which the header gives.
        told = [f for f in entity.facts if f not in facts and f.property != NAME]
        facts = _chronological([*facts, *told, *here], base)
    silence = "" if facts else f"the sources give no place for {entity.name}"
    return _answer("where", name, base, entity, found, facts, silence)


def _resolve_place(
    base: FactBase, name: str, read_as: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]]:
    """resolve() for `where`; words that describe a place by what happened there ("the town
    where the provisional government was formed"), which no place's own text says, are read
    as what happened, whose place is the answer (where())."""
    try:
        return resolve(base, name, WHERE_KINDS, read_as=read_as)
    except NotFound as missing:
        if tuple(read_as) != (Kind.PLACE,):
            raise
        try:
            return resolve(base, name, WHERE_KINDS, read_as=(Kind.EVENT,))
        except NotFound:
            raise missing from None


def _place_asked(base: FactBase, query: str, event: Entity, facts: Sequence[Fact]) -> Entity | None:
    """The place a where-question asks for, of those an event was held in (`facts`): its one
    place; else, of those the question does not name ("where did they cross the Shkumbin":
    not the river), the one whose fact says more of the question's words than any other
    ("where did the partisans blow up the oil pits": Patos, not Selenica), or else the one
    the event's description names; None when none is ahead ("where did the Germans
    advance": from Elbasan to the Greek border)."""
    places = [base.get(p) for p in dict.fromkeys(f.object for f in facts) if p is not None]
    if len(places) == 1:
        return places[0]
    said, wanted = set(terms(query)), asked_noun(query)
    # Named, or called by its type where the question does not ask for one ("across the river").
    places = [
        p
        for p in places
        if not any(set(terms(n)) <= said for n in (p.name, *p.aliases))
        and not (p.type and set(terms(p.type)) <= said - {wanted})
    ]
    read = query_words(base, query)
    groups = read.groups if read else []

    def holds(place: Entity) -> int:
        words = {t for f in facts if f.object == place.id for t in terms(f.value or "")}
        return sum(1 for group in groups if group & words)

    ranked = sorted(places, key=holds, reverse=True)
    if ranked and holds(ranked[0]) and (len(ranked) == 1 or holds(ranked[0]) > holds(ranked[1])):
        return ranked[0]
    # Else the one place the event's own description names ("Crossing of the Shkumbin at
    # Elbasan": not central Albania, where the sources also set it).
    described = set(terms(event.description or ""))
    named = [p for p in places if any(set(terms(n)) <= described for n in (p.name, *p.aliases))]
    return named[0] if len(named) == 1 else None


def _held_in_one_place(
    base: FactBase, candidates: Sequence[Candidate], query: str = ""
) -> tuple[Entity, list[Fact]] | None:
    """The one place of the events a query may mean about equally well (those within
    TEXT_MARGIN of the first), with the facts that put each there, when all of them are events
    held in that place alone; else None. Not those the query names, when two others it does
    not name are alike and as close: "where was the Mukje agreement denounced?" asks where
    something was done to it (at two meetings, both in Labinot). Not those with no place."""
    said = set(terms(query))
    close = [c for c in candidates if c.score * TEXT_MARGIN >= candidates[0].score]
    unnamed = [c for c in candidates if not named_by(c.entity, said)]
    if unnamed and unnamed[0] in close:
        others = [c for c in unnamed if c.score * TEXT_MARGIN >= unnamed[0].score]
        close = others if len(others) >= 2 else close
    if any(c.entity.kind is not Kind.EVENT for c in close):
        return None
    # An event the sources give no place for says nothing of where ("the British demand to land").
    placed = [facts for facts in (_places_of(base, c.entity) for c in close) if facts]
    places = {f.object for facts in placed for f in facts}
    place = places.pop() if len(places) == 1 else None
    if len(placed) < 2 or place is None:
        return None
    return base.get(place), [f for facts in placed for f in facts]


def show(base: FactBase, name: str) -> Answer:
    """The full record of one entity, by id or name: every fact on it and every fact that
    names it."""
    checked(name, "an id or a name")
    if ":" in name and name not in base:  # an id that is not there: suggest by its words
        index = base.index
        near = rank(index.lookup(name.partition(":")[2].replace("-", " ")), index.kinds)[:SUGGESTIONS]
        raise NotFound(name, candidates_of(base, near, None))
    entity, found = resolve(base, name)
    facts = _chronological([*entity.facts, *base.referencing(entity.id)], base)
    return _answer("show", name, base, entity, found, facts)


def search(base: FactBase, query: str, limit: int = 10, kind: Kind | None = None) -> SearchResult:
    """The facts that hold the words of the query, best first, and ranked candidates: exact
    names and near spellings, the entities the words lead to (resolver.read_text; a question's
    first word says which kinds come first), and resemblances. `kind` keeps one kind only.
    NotFound ("no good match") when no name, fact or text holds the words and nothing that
    resembles the query shares a word with it."""
    checked(query, "something to search for")
    typed, query = query, as_asked(base, query)  # typed: what the answer and messages echo
    index = base.index
    wanted = (kind,) if kind else asked_kinds(query)
    named = index.typos(query)
    named.update(index.lookup(query))
    if kind:
        named = {e: scored for e, scored in named.items() if index.kinds[e] is kind}
    other = not kind and (bool(wanted) or asks_what_was_done(query))
    read, read_chosen, readings = read_text(base, query, wanted, asked=other)
    if kind:
        readings = [r for r in readings if _touches(base, r.fact, kind)]
    if named:  # a name: what its words hold after it
        ordered = rank(named, index.kinds)
        chosen = decide(ordered, index.kinds)
        ordered += read
    elif read:  # no name: what holds the words
        ordered, chosen = read, read_chosen
    else:  # only what resembles the query (sought only now: it is the costliest look-up)
        found = index.similar(query, limit, partial=True)
        if kind:
            found = {e: scored for e, scored in found.items() if index.kinds[e] is kind}
        ordered = rank(found, index.kinds)
        chosen = decide(ordered, index.kinds)
        if not readings:
            # Mere resemblance is a good match only when every word of the query begins a word
            # of the name ("Mukje conf"); otherwise it is no answer ("Fan Noli", "Treaty of
            # London", "who led EDES in Greece").
            asked = terms(query)
            kept = [c for c in ordered if not asked or _begins_its_words(asked, base.get(c[0]))]
            if not kept:
                near = candidates_of(base, ordered[:SUGGESTIONS], None)
                raise NotFound(typed, near, f"no good match for {quoted(typed)}")
            ordered = kept
    first: dict[str, tuple[str, float, str]] = {}
    for candidate in ordered:
        first.setdefault(candidate[0], candidate)
    hits = tuple(FactHit(r.fact, round(100 * r.coverage, 1)) for r in readings[:limit])
    found_facts = [hit.fact for hit in hits]
    return SearchResult(
        typed, candidates_of(base, list(first.values())[:limit], chosen), hits, _related(base, found_facts)
    )


def _touches(base: FactBase, fact: Fact, kind: Kind) -> bool:
    """Whether a fact's subject or object is of this kind."""
    return any(e is not None and base.get(e).kind is kind for e in (fact.subject, fact.object))


def _begins_its_words(asked: list[str], entity: Entity) -> bool:
    """Whether every word of the query begins a word of the entity's names (or is begun by one)."""
    named = terms(" ".join((entity.name, *entity.aliases)))
    return all(any(word.startswith(term) or term.startswith(word) for word in named) for term in asked)


def _date_range(year: int | None, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The first and last day of --year, --from and --to together; None where none bounds it."""
    lows, highs = [], []
    if year is not None:
        lows.append(f"{year:04d}-01-01")
        highs.append(f"{year:04d}-12-31")
    if start is not None:
        lows.append(_query_date(start, "--from")[0])
    if end is not None:
        highs.append(_query_date(end, "--to")[1])
    low, high = max(lows, default=None), min(highs, default=None)
    if low and high and low > high:
        raise QueryError("the date range is empty: --from is after --to (or outside --year)")
    return low, high


def events(
    base: FactBase,
    *,
    year: int | None = None,
    start: str | None = None,
    end: str | None = None,
    place: str | None = None,
    person: str | None = None,
    org: str | None = None,
    event_type: str | None = None,
) -> EventList:
    """Events in date order, filtered by date range, place, participant and type.

    An event with an imprecise date is kept whenever its interval overlaps the range.
    """
    asked = {"year": None if year is None else str(year), "from": start, "to": end}
    filters = {name: value for name, value in asked.items() if value is not None}
    low, high = _date_range(year, start, end)
    _within_period(base, low, high, " – ".join(filters[k] for k in ("year", "from", "to") if k in filters))
    wanted_place = wanted_person = wanted_org = None
    if place is not None:
        filters["place"] = place
        wanted_place = resolve(base, place, (Kind.PLACE,))[0].id
    if person is not None:
        filters["person"] = person
        wanted_person = resolve(base, person, (Kind.PERSON,))[0].id
    if org is not None:
        filters["org"] = org
        wanted_org = resolve(base, org, (Kind.ORGANISATION,))[0].id
    if event_type is not None:
        filters["type"] = event_type
        known = base.event_types()
        if event_type.casefold() not in known:
            raise QueryError(f"unknown event type {quoted(event_type)}; known types: {', '.join(known)}")
    places = base.places_within(wanted_place) if wanted_place else None
    rows = []
    event_ids = base.event_ids(low, high, within=True)
    base.fetch(event_ids, "id")  # read in one query; get() then finds each
    for event_id in event_ids:
        entity = base.get(event_id)
        if event_type is not None and (entity.type or "").casefold() != event_type.casefold():
            continue
        date_facts = tuple(f for f in entity.facts if f.property == DATE)
        located = tuple(f for f in entity.facts if f.property == LOCATION)
        if places is not None and not any(f.object in places for f in located):
            continue
        actors = {f.object for f in entity.facts if f.property == PARTICIPANT}
        if (wanted_person and wanted_person not in actors) or (wanted_org and wanted_org not in actors):
            continue
        rows.append(EventRow(entity, date_facts, located, *entity.bounds))
    mentioned = [f for r in rows for f in r.places]
    return EventList(tuple(rows), filters, _related(base, mentioned))


def _query_date(text: str, option: str) -> tuple[str, str]:
    if not valid_unicode(text):
        raise QueryError(f"{option}: {quoted(text)} is not valid UTF-8")
    try:
        return dates.parse_query(text)
    except dates.DateError:
        raise QueryError(
            f"{option}: {quoted(text)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


def conflicts(base: FactBase) -> ConflictList:
    """Every point where the sources disagree, with each claim and its citation."""
    claims: dict[str, list[Fact]] = {}
    for dispute, fact in base.claims():
        claims.setdefault(dispute, []).append(fact)
    found = tuple(Conflict(base.disputes[d], tuple(facts)) for d, facts in claims.items())
    return ConflictList(found, _related(base, [f for c in found for f in c.claims]))


def _within_period(base: FactBase, low: str | None, high: str | None, asked: str) -> None:
    """NotFound when the dates asked for lie wholly outside the period the sources cover (as
    the fact base declares it): they say nothing of that time."""
    period = base.period
    if period is None or not (low or high):
        return
    if (high and high < period["earliest"]) or (low and low > period["latest"]):
        message = f"the sources cover {period['wording']}; they say nothing of {asked}"
        raise NotFound(asked, (), message)


def on(base: FactBase, text: str) -> OnDate:
    """The events under way on a date (YYYY, YYYY-MM, YYYY-MM-DD) and the roles held then; a
    span whose end the sources do not give is under way only within their period."""
    low, high = _query_date(text, "DATE")
    _within_period(base, low, high, dates.describe(text))
    under_way = events(base, start=text, end=text)
    roles = []
    for fact in base.roles_between(low, high):
        begun, ended = fact.held
        # Certain only when the role surely began before the date and surely ended after it.
        certain = bool(
            begun
            and begun.latest
            and begun.latest <= low
            and ended
            and ended.earliest
            and ended.earliest >= high
        )
        roles.append(Role(fact, certain))
    related = {**under_way.related, **_related(base, [r.fact for r in roles])}
    return OnDate(text, low, high, under_way, tuple(roles), related)


def timeline(
    base: FactBase,
    *,
    year: int | None = None,
    start: str | None = None,
    end: str | None = None,
    place: str | None = None,
    person: str | None = None,
    org: str | None = None,
    event_type: str | None = None,
) -> Timeline:
    """The dated events, filtered as `events` filters them, with the span of time to draw: the
    year or the range asked for, else from the first day to the last the events allow."""
    chosen = events(
        base, year=year, start=start, end=end, place=place, person=person, org=org, event_type=event_type
    )
    dated = tuple(r for r in chosen.rows if r.earliest or r.latest)
    days = [d for r in dated for d in (r.earliest, r.latest) if d]
    low, high = _date_range(year, start, end)
    low = low or min(days, default="1939-01-01")
    high = high or max(days, default="1944-12-31")
    return Timeline(EventList(dated, chosen.filters, chosen.related), low, high)


def graph(base: FactBase, name: str | None = None, depth: int = 1) -> Graph:
    """The relations between entities: all of them, or those within `depth` steps of one."""
    if name is None:
        nodes = list(base.entities())
    else:
        center, _ = resolve(base, name)
        seen = {center.id: center}
        frontier = [center]
        for _ in range(depth):
            reached = []
            for entity in frontier:
                linked = [f.object for f in entity.facts if f.object]
                linked += [f.subject for f in base.referencing(entity.id)]
                for entity_id in linked:
                    if entity_id not in seen:
                        seen[entity_id] = base.get(entity_id)
                        reached.append(seen[entity_id])
            frontier = reached
        nodes = list(seen.values())
    inside = {entity.id for entity in nodes}
    # An edge for each relation the property table draws (a statement draws none), from subject
    # to object; the same relation said twice (by each source, in other words) is one edge
    # citing both.
    edges: dict[tuple[str | None, ...], Fact] = {}
    for entity in nodes:
        for fact in entity.facts:
            if PROPERTIES[fact.property].relation and fact.object in inside and fact.object != fact.subject:
                office = fact.value if PROPERTIES[fact.property].shape == "office" else None
                key = (fact.subject, fact.object, fact.property, fact.role, office)
                first = edges.setdefault(key, fact)
                if first is not fact:
                    edges[key] = first._replace(citations=(*first.citations, *fact.citations))
    return Graph(None if name is None else nodes[0], depth, tuple(nodes), tuple(edges.values()))


def complete(
    base: FactBase, typed: Sequence[str], incomplete: str, limit: int = 50, kinds: Sequence[Kind] = ()
) -> list[str]:
    """Completions of a name being typed word by word: the rest of every name (of these kinds,
    if any) that starts like the words so far, diacritics and case aside ("Ab" -> "Abaz Kupi";
    "Skender" -> "Skënder Muço")."""
    if not all(valid_unicode(word) for word in [*typed, incomplete]):
        return []
    prefix = normalise(" ".join([*typed, incomplete]))
    if incomplete and not incomplete[-1].isalnum():
        prefix += " "
    done = len(typed)
    found: dict[str, None] = {}
    for entity_id, key in base.names_starting(prefix, limit * 4):
        entity = base.get(entity_id)
        if kinds and entity.kind not in kinds:
            continue
        labels = [x for x in (entity.name, *entity.aliases) if normalise(x).startswith(prefix)]
        # A shell inserts a completion as typed: prefer a label with no quote or other sign it
        # would read (Mithat Frasheri rather than Mit'hat Frashëri), else the plain key.
        label = next((x for x in labels if not _SHELL_SIGNS.intersection(x)), key)
        if len(label.split()) > done:
            found[" ".join(label.split()[done:])] = None
    return list(found)[:limit]


_SHELL_SIGNS = frozenset("'\"`$\\;&|<>()*?[]{}!#~")


def listing(base: FactBase, kind: Kind | None = None) -> EntityList:
    """Every entity, or every one of a kind, in the order of the file."""
    return EntityList(kind, tuple(e for e in base.entities() if kind is None or e.kind is kind))


def sources(base: FactBase) -> SourceList:
    """The source documents with how many facts and citations refer to each."""
    return SourceList(tuple(SourceCount(s, *base.counts[s.id]) for s in base.sources.values()))


def first(result: Result, limit: int) -> tuple[Result, int]:
    """A list result cut to its first `limit` rows (events, roles, entries, conflicts, facts),
    and how many rows it had when it was cut (0 when it was not)."""
    if isinstance(result, EventList):
        rows, cut = _cut(result.rows, limit)
        return result._replace(rows=rows), cut
    if isinstance(result, Timeline):
        rows, cut = _cut(result.events.rows, limit)
        return result._replace(events=result.events._replace(rows=rows)), cut
    if isinstance(result, OnDate):
        rows, cut_events = _cut(result.events.rows, limit)
        roles, cut_roles = _cut(result.roles, limit)
        every = len(result.events.rows) + len(result.roles)
        events = result.events._replace(rows=rows)
        return result._replace(events=events, roles=roles), every if cut_events or cut_roles else 0
    if isinstance(result, EntityList):
        entities, cut = _cut(result.entities, limit)
        return result._replace(entities=entities), cut
    if isinstance(result, ConflictList):
        conflicts, cut = _cut(result.conflicts, limit)
        return result._replace(conflicts=conflicts), cut
    if isinstance(result, Answer):
        facts, cut = _cut(result.facts, limit)
        return result._replace(facts=facts), cut
    if isinstance(result, SourceList):
        sources, cut = _cut(result.sources, limit)
        return result._replace(sources=sources), cut
    return result, 0


def _cut(rows: tuple[T, ...], limit: int) -> tuple[tuple[T, ...], int]:
    return (rows[:limit], len(rows)) if len(rows) > limit else (rows, 0)


CONTEXT = 32  # characters of text before and after a span, as its quote selector's prefix and suffix


def read(base: FactBase, source: str, number: int) -> SourceParagraph:
    """A paragraph of a source as the file has it, with every span its facts quote."""
    from albres.paragraphs import split  # only to read a source

    found = _source(base, source)
    text = base.source_text(found.id)
    paragraphs = split(text)
    if not 1 <= number <= len(paragraphs):
        raise QueryError(f"source {found.id} has paragraphs 1 to {len(paragraphs)}, not {number}")
    paragraph = paragraphs[number - 1]
    quoting: dict[tuple[int, int], list[Fact]] = {}
    for fact in base.citing(found.id, number):
        for citation in fact.citations:
            cites_it = citation.source == found.id and citation.paragraph == number
            place = paragraph.find(citation.quote) if cites_it else None
            if place is not None:
                quoting.setdefault(place, [])
                if fact not in quoting[place]:
                    quoting[place].append(fact)
    spans = tuple(
        Span(
            i,
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT) : start],
            text[end : end + CONTEXT],
            tuple(facts),
        )
        for i, ((start, end), facts) in enumerate(sorted(quoting.items()), 1)
    )
    related = _related(base, [f for span in spans for f in span.facts])
    return SourceParagraph(
        found, number, paragraph.start, text[paragraph.start : paragraph.end], spans, related
    )


def _source(base: FactBase, name: str) -> Source:
    """The source a user names: by id ("004"), by file name, or by the start of either."""
    checked(name, "a source")
    sources = base.sources.values()
    exact = [s for s in sources if name in (s.id, s.file)]
    found = exact or [s for s in sources if s.id.startswith(name) or s.file.startswith(name)]
    if len(found) != 1:
        known = ", ".join(f"{s.id} ({s.title})" for s in sources)
        raise QueryError(f"no single source {quoted(name)}; the sources: {known}")
    return found[0]


def coverage(base: FactBase, minimum: float | None = None) -> Coverage:
    """For each paragraph of each source, how many of its sentences (paragraphs.sentences) some
    fact quotes: a sentence counts when a quote covers any of its words. A bibliographic line
    (paragraphs.bibliographic) is no fact and is not counted."""
    from albres.paragraphs import bibliographic, sentences, split, within  # only for coverage

    found = []
    for source in base.sources.values():
        paragraphs = split(base.source_text(source.id))
        quoted_at: dict[int, list[tuple[int, int]]] = {}
        for fact in base.citing(source.id):
            for citation in fact.citations:
                if citation.source == source.id and 1 <= citation.paragraph <= len(paragraphs):
                    at = paragraphs[citation.paragraph - 1].locate(citation.quote)
                    if at:
                        quoted_at.setdefault(citation.paragraph, []).append(at)
        for paragraph in paragraphs:
            quotes = quoted_at.get(paragraph.number, [])
            references = bibliographic(paragraph.text)
            every = [span for span in sentences(paragraph.text) if not within(span, references)]
            unquoted = [
                paragraph.text[a:b]
                for a, b in every
                if not any(start < b and a < end for start, end in quotes)
            ]
            count = len(every)
            found.append(
                ParagraphCoverage(source.id, paragraph.number, count, count - len(unquoted), tuple(unquoted))
            )
    return Coverage(tuple(found), minimum)
