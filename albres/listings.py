"""What the fact base holds, listed by date, kind or source: events, the timeline, what was
under way on a date, the disputes, the entries, the sources and their paragraphs. Nothing here
reads words (albres.resolver is imported only to read the name a filter gives)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from albres import dates
from albres.errors import NotFound, QueryError, checked, quoted, valid_unicode
from albres.factbase import FactBase
from albres.model import (
    Answer,
    Conflict,
    ConflictList,
    Coverage,
    Entity,
    EntityList,
    EventList,
    EventRow,
    Fact,
    Kind,
    OnDate,
    ParagraphCoverage,
    Result,
    Role,
    Source,
    SourceCount,
    SourceList,
    SourceParagraph,
    Span,
    Timeline,
)
from albres.properties import DATE, LOCATION, PARTICIPANT

T = TypeVar("T")


def related_to(base: FactBase, facts: Iterable[Fact], *extra: Entity) -> dict[str, Entity]:
    related = {e.id: e for e in extra}
    named = [e for fact in facts for e in (fact.subject, fact.object) if e is not None and e not in related]
    base.fetch(named, "id")  # read in one query; get() then finds each
    related.update((entity_id, base.get(entity_id)) for entity_id in named)
    return related


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
    if place is not None or person is not None or org is not None:
        from albres.resolver import resolve  # only for a filter's name: the reading costs an import
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
    return EventList(tuple(rows), filters, related_to(base, mentioned))


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
    return ConflictList(found, related_to(base, [f for c in found for f in c.claims]))


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
    related = {**under_way.related, **related_to(base, [r.fact for r in roles])}
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
    related = related_to(base, [f for span in spans for f in span.facts])
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
