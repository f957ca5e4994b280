"""The questions albres answers by reading names and words: who, when, where, show, search,
graph and completion. What the fact base lists by date, kind or source (events, on, timeline,
conflicts, list, sources, read, coverage) is albres.listings, re-exported here."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from albres.errors import Ambiguous, NotFound, checked, quoted, valid_unicode
from albres.factbase import FactBase
from albres.listings import conflicts as conflicts
from albres.listings import coverage as coverage
from albres.listings import events as events
from albres.listings import first as first
from albres.listings import listing as listing
from albres.listings import on as on
from albres.listings import read as read
from albres.listings import related_to
from albres.listings import sources as sources
from albres.listings import timeline as timeline
from albres.match import SET_UP, STOP_WORDS, decide, normalise, rank, terms, undeclined
from albres.model import (
    READ_AS,
    Answer,
    Candidate,
    DateSpan,
    Entity,
    Fact,
    FactHit,
    Graph,
    Kind,
    SearchResult,
)
from albres.named import candidates_of, named_at_once
from albres.properties import DATE, FOUNDED, LOCATION, NAME, PART_OF, PLACE_LINKS, PLACING, PROPERTIES

Ranked = list[tuple[str, float, str]]  # (id, score, how), as match.rank gives them
WHO_KINDS = (Kind.PERSON, Kind.ORGANISATION)
WHEN_KINDS = (Kind.EVENT,)
# Words that ask when an organisation was set up, as their terms: its verbs, and its nouns.
FOUNDING = SET_UP | frozenset(terms("founding creation formation"))
WHERE_KINDS = (Kind.PLACE,)


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
    return Answer(command, query, entity, found, facts, related_to(base, facts, entity), silence)


def _meant(
    base: FactBase, name: str, prefer: Sequence[Kind] = (), described: bool = False
) -> tuple[Entity, tuple[Candidate, ...]]:
    """The entity a name means to a command that asks for `prefer`: one the index names at
    once (named_at_once), else what the resolver reads in the words; `described`: read as the
    kinds a description's head noun names ("the man who ..."), when it names one of them."""
    at_once = named_at_once(base, name, prefer)
    if at_once is not None:
        return at_once
    from albres.resolver import described_kinds, resolve  # the reading: not for a plain name

    return resolve(base, name, prefer, read_as=(described_kinds(name, prefer) or prefer) if described else ())


def who(base: FactBase, name: str) -> Answer:
    """A person or organisation: roles, memberships and events over time, each cited."""
    entity, found = _meant(base, name, WHO_KINDS, described=True)
    facts = _chronological([*entity.facts, *base.referencing(entity.id)], base)
    return _answer("who", name, base, entity, found, facts)


def when(base: FactBase, name: str) -> Answer:
    """An event's date as each source gives it, then what they count of it (its forces, its
    losses, which the sources do not date on their own); any other entity's dated facts, in
    order."""
    named = _founding_named(base, name)
    try:
        entity, found = (named, _read_from_words(named)) if named else _meant(base, name, WHEN_KINDS)
    except Ambiguous as unclear:
        # "when did the workers in Tirana go on strike": the strike or the demonstration, the
        # same day; "the second commando landing": the later.
        alike = _nth_alike(unclear.candidates, name) or _dated_alike(unclear.candidates)
        if alike is None:
            raise
        entity, found = alike, _read_from_words(alike, unclear.candidates)
    except NotFound:
        founding = _founding_asked(base, name)
        if founding is None:
            raise
        entity, found = founding, _read_from_words(founding)
    if entity.kind is Kind.EVENT:
        facts = [f for f in entity.facts if f.property == DATE]
        facts += [f for f in entity.facts if f.quantity is not None and f not in facts]
    else:
        facts = [f for f in [*entity.facts, *base.referencing(entity.id)] if placed_in_time(f, base)]
    silence = "" if facts else f"the sources give no date for {entity.name}"
    return _answer("when", name, base, entity, found, _chronological(facts, base), silence)


# The words around an organisation's name that only ask when it was set up (_founding_named).
# And Albanian's: "kur u krijua ..." (when was ... created).
_ASKING_WHEN_WORDS = "when was were is did the up date year of in which kur u ishte eshte data viti"
_ASKING_WHEN = frozenset(_ASKING_WHEN_WORDS.split())


def _founding_named(base: FactBase, name: str) -> Entity | None:
    """The event at which an organisation was founded, when the words ask when it was set up
    and else only name it, as its name or an alias ("when was the unc created", "Balli Kombëtar
    founded?"): it, not another event the words also fit (the forming of the 1st Corps of
    UNÇ); None otherwise."""
    said = [undeclined(word) for word in name.split()]  # "kur u krijua UNÇ-ja": UNÇ
    rest = [word for word in said if not set(terms(word)) & FOUNDING]
    if len(rest) == len(said) and not base.index.lookup(name):  # not a name (its reading loads no more)
        from albres.resolver import synonyms_of

        # A word users swap for setting up ("krijua": created).
        rest = [word for word in said if not {s for t in terms(word) for s in synonyms_of(t)} & FOUNDING]
    if len(rest) == len(said):
        return None
    while rest and rest[0].casefold() in _ASKING_WHEN:  # "when was the ...", "date of the ..."
        rest = rest[1:]
    while rest and rest[-1].casefold().strip("?,.!") in _ASKING_WHEN:  # "... in which year"
        rest = rest[:-1]
    if not rest:
        return None
    chosen = _organisation_named(base, " ".join(rest))
    if chosen is None and len(rest) > 1:  # "ushtria nacionalclirimtare UNÇ": its name and initials
        chosen = _organisation_named(base, " ".join(rest[:-1]))
        chosen = chosen if chosen == _organisation_named(base, rest[-1]) else None
    return None if chosen is None else _founding_of(base, base.get(chosen))


def _organisation_named(base: FactBase, name: str) -> str | None:
    """The id of the organisation a name or alias is, if it is one."""
    index = base.index
    ranked = rank(index.lookup(name), index.kinds, (Kind.ORGANISATION,))
    chosen = decide(ranked, index.kinds, (Kind.ORGANISATION,))
    return chosen if chosen is not None and index.kinds[chosen] is Kind.ORGANISATION else None


def _founding_asked(base: FactBase, name: str) -> Entity | None:
    """The event at which an organisation was founded, when the words ask when it was set up
    and clearly mean it ("when was the royalist Legality movement set up?": no event's own
    text says "royalist" or "movement"); None otherwise."""
    from albres.resolver import said_words

    if said_words(name).isdisjoint(FOUNDING):
        return None
    try:
        organisation, _ = _meant(base, name, (Kind.ORGANISATION,))
    except (NotFound, Ambiguous):
        return None
    return _founding_of(base, organisation)


def _founding_of(base: FactBase, organisation: Entity) -> Entity | None:
    """The one event at which the sources say an organisation was founded, if they say one."""
    events = [f.object for f in organisation.facts if f.property == FOUNDED and f.object]
    return base.get(events[0]) if len(events) == 1 else None


def _read_from_words(entity: Entity, rivals: Sequence[Candidate] = ()) -> tuple[Candidate, ...]:
    """An entity read from the words of a query, first of its rivals, as the one meant."""
    from albres.resolver import TEXT_SCORE

    return (Candidate(entity, TEXT_SCORE, True, READ_AS), *(c for c in rivals if c.entity.id != entity.id))


def _dated_alike(candidates: Sequence[Candidate]) -> Entity | None:
    """The first of the events a query may mean about equally well (those within TEXT_MARGIN
    of the first), when all of them are events the sources date alike: the answer to `when`
    is the same whichever is meant. None otherwise."""
    from albres.resolver import TEXT_MARGIN

    close = [c.entity for c in candidates if c.score * TEXT_MARGIN >= candidates[0].score]
    dated = {tuple(sorted(f.date.edtf for f in e.facts if f.property == DATE and f.date)) for e in close}
    if len(close) < 2 or any(e.kind is not Kind.EVENT for e in close) or len(dated) != 1 or () in dated:
        return None
    return close[0]


def _nth_alike(candidates: Sequence[Candidate], query: str) -> Entity | None:
    """The one an ordinal of the query picks by date ("where did the commandos land the first
    time": of the landings at Saranda and at Himara, the earlier) among the events it may mean
    about equally well (within TEXT_MARGIN of the first) that are of the first one's type, when
    the sources date each apart and no name numbers them. None otherwise."""
    from albres.resolver import TEXT_MARGIN, ordinals

    asked = ordinals(query)
    close = [c.entity for c in candidates if c.score * TEXT_MARGIN >= candidates[0].score]
    alike = [e for e in close if e.kind is Kind.EVENT and e.type and e.type == close[0].type]
    starts = {e.dates[0].earliest: e for e in alike if e.dates and e.dates[0].earliest}
    if len(asked) != 1 or len(starts) < 2 or len(starts) != len(alike):
        return None
    if any(ordinals(" ".join((e.name, *e.aliases))) for e in alike):
        return None  # "the 1st Corps", "the 2nd Corps": their names say which
    by_date = [starts[day] for day in sorted(starts)]
    nth = min(asked)
    return by_date[nth - 1] if nth <= len(by_date) else None


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
    ("the port town east of ..."). An event held in one place, but for one named by its own
    name, answers with that place, as does one named beside one of its places."""
    from albres.resolver import asked_kinds, described_kinds

    read_as = (Kind.EVENT, Kind.PLACE)
    described = described_kinds(name, read_as)
    asks_a_place = asked_kinds(name)[:1] == (Kind.PLACE,) or described == (Kind.PLACE,)
    try:
        entity, found = _resolve_place(base, name, described or read_as)
    except Ambiguous as unclear:
        nth = _nth_alike(unclear.candidates, name)  # "where did the commandos land the first time?"
        held = _held_in_one_place(base, unclear.candidates, name) if asks_a_place and not nth else None
        if held is not None:
            held_in, facts = held  # "where was the Labinot conference held?": two, both at Labinot
            return _answer("where", name, base, held_in, _read_from_words(held_in), facts)
        if nth is None:
            raise
        entity, found = nth, _read_from_words(nth, unclear.candidates)
    facts = _places_of(base, entity)
    place = _place_of_event(base, name, entity, facts, asks_a_place) if entity.kind is Kind.EVENT else None
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
    from albres.resolver import resolve

    try:
        return resolve(base, name, WHERE_KINDS, read_as=read_as)
    except NotFound as missing:
        if tuple(read_as) != (Kind.PLACE,):
            raise
        try:
            return resolve(base, name, WHERE_KINDS, read_as=(Kind.EVENT,))
        except NotFound:
            raise missing from None


def _place_of_event(
    base: FactBase, query: str, event: Entity, facts: Sequence[Fact], asked: bool
) -> Entity | None:
    """The place `where` answers with for an event held in the places of `facts`: the one a
    where-question asks for (`asked`: _place_asked); else the one the words name beside it, in
    any of its forms ("Kongresi i Përmetit", "Sarandë landing": as `who` means the man, not the
    division named after him, `where` means the place, not the event named after it); else
    its one place, unless the words are the event's own name."""
    if asked:
        return _place_asked(base, query, event, facts)
    from albres.resolver import names_said

    places = _places_held(base, facts)
    named = [place for place in places if names_said(place, query)]
    if len(named) == 1:
        return named[0]
    if _named_exactly(base, query, event):
        return None
    # Its one place, or the one whose fact says the words ("oil wells partisans destroyed").
    return places[0] if len(places) == 1 else _place_told(base, query, facts, places)


def _places_held(base: FactBase, facts: Sequence[Fact]) -> list[Entity]:
    """The places `facts` tie an event to, each once, in their order."""
    return [base.get(p) for p in dict.fromkeys(f.object for f in facts if f.object)]


def _named_exactly(base: FactBase, query: str, entity: Entity) -> bool:
    """Whether a query is one of an entity's names: then it asks of the entity itself."""
    return entity.id in base.index.lookup(query)


def _place_asked(base: FactBase, query: str, event: Entity, facts: Sequence[Fact]) -> Entity | None:
    """The place a where-question asks for, of those an event was held in (`facts`): its one
    place; else, of those the question does not name ("where did they cross the Shkumbin":
    not the river), the one whose fact says more of the question's words than any other
    ("where did the partisans blow up the oil pits": Patos, not Selenica), or else the one
    inside all the others ("throughout Albania, especially in Tirana": Tirana), or
    else the one the event's description names; None when none is ahead ("where did the
    Germans advance": from Elbasan to the Greek border)."""
    from albres.resolver import asked_noun, names_said

    places = _places_held(base, facts)
    if len(places) == 1:
        return places[0]
    bound = _bound_for(base, query, facts)
    if bound is not None:
        return bound
    said, wanted = set(terms(query)), asked_noun(query)
    # Named, or called by its type where the question does not ask for one ("across the river").
    places = [
        p
        for p in places
        if not names_said(p, query) and not (p.type and set(terms(p.type)) <= said - {wanted})
    ]
    told = _place_told(base, query, facts, places)
    if told is not None:
        return told
    # Else the one place inside all the others ("throughout Albania, especially in Tirana").
    around = {f.object for place in places for f in place.facts if f.property == PART_OF}
    inner = [p for p in places if p.id not in around]
    if len(inner) == 1 and len(places) > 1:
        return inner[0]
    # Else the one place the event's own description names ("Crossing of the Shkumbin at
    # Elbasan": not central Albania, where the sources also set it).
    described = set(terms(event.description or ""))
    named = [p for p in places if any(set(terms(n)) <= described for n in (p.name, *p.aliases))]
    return named[0] if len(named) == 1 else None


# The words that say whither or whence, left at a question's end when the place is what it asks
# ("where did the Germans retreat to?").
_WHITHER = ("to", "from")


def _bound_for(base: FactBase, query: str, facts: Sequence[Fact]) -> Entity | None:
    """The place a question asks an event went to or came from, by a "to" or "from" that no place
    follows ("where did the wehrmacht pull back to at the very end?"): the one place whose fact
    says it so ("to the Yugoslav territory", not "from Albania"); None if the question says
    neither, or one place is not alone in being so said. What follows may close the word (a
    mark), end the query, or be a small word that opens no place ("to in November", not "to the
    north")."""
    from albres.resolver import _DETERMINERS, _POSSESSIVES

    no_place = STOP_WORDS - _DETERMINERS - _POSSESSIVES
    words = [word.casefold() for word in query.split()]
    bare = [word.strip(",.?!") for word in words]
    found = {
        said
        for at, said in enumerate(bare)
        if said in _WHITHER and (said != words[at] or at + 1 == len(words) or words[at + 1] in no_place)
    }
    if len(found) != 1:
        return None
    said = f"{found.pop()} "
    bound = [f.object for f in facts if f.object and (f.value or "").casefold().startswith(said)]
    return base.get(bound[0]) if len(set(bound)) == 1 else None


def _place_told(base: FactBase, query: str, facts: Sequence[Fact], places: Sequence[Entity]) -> Entity | None:
    """Of `places`, the one whose fact in `facts` says more of the query's words (as_asked reads
    them) than any other's: "where did the partisans blow up the oil pits" is Patos, whose fact
    says "oil pits destroyed", not Selenica ("mines destroyed"); None when none is ahead."""
    from albres.resolver import as_asked, query_words

    read = query_words(base, as_asked(base, query))
    groups = read.groups if read else []

    def holds(place: Entity) -> int:
        words = {t for f in facts if f.object == place.id for t in terms(f.value or "")}
        return sum(1 for group in groups if group & words)

    ranked = sorted(places, key=holds, reverse=True)
    if ranked and holds(ranked[0]) and (len(ranked) == 1 or holds(ranked[0]) > holds(ranked[1])):
        return ranked[0]
    return None


def _held_in_one_place(
    base: FactBase, candidates: Sequence[Candidate], query: str = ""
) -> tuple[Entity, list[Fact]] | None:
    """The one place of the events a query may mean about equally well (those within
    TEXT_MARGIN of the first), with the facts that put each there, when all of them are events
    held in that place alone; else None. Not those the query names, when two others it does
    not name are alike and as close: "where was the Mukje agreement denounced?" asks where
    something was done to it (at two meetings, both in Labinot). Not those with no place."""
    from albres.resolver import TEXT_MARGIN, named_by

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
        from albres.resolver import SUGGESTIONS

        index = base.index
        near = rank(index.lookup(name.partition(":")[2].replace("-", " ")), index.kinds)[:SUGGESTIONS]
        raise NotFound(name, candidates_of(base, near, None))
    entity, found = _meant(base, name)
    facts = _chronological([*entity.facts, *base.referencing(entity.id)], base)
    return _answer("show", name, base, entity, found, facts)


def search(base: FactBase, query: str, limit: int = 10, kind: Kind | None = None) -> SearchResult:
    """The facts that hold the words of the query, best first, and ranked candidates: exact
    names and near spellings, the entities the words lead to (resolver.read_text; a question's
    first word says which kinds come first), and resemblances. `kind` keeps one kind only.
    NotFound ("no good match") when no name, fact or text holds the words and nothing that
    resembles the query shares a word with it."""
    from albres.resolver import (
        SUGGESTIONS,
        as_asked,
        asked_kinds,
        asks_what_was_done,
        facts_on_named,
        read_text,
    )

    checked(query, "something to search for")
    lasted = _how_long(base, query) if not kind or kind is Kind.EVENT else None
    if lasted is not None:  # "how many days did the Mukje conference last": its dates
        return lasted
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
    meant: Ranked = []  # the entries the words name, whose facts are read if no fact holds them
    if named:  # a name: what its words hold after it
        ordered = rank(named, index.kinds)
        chosen = decide(ordered, index.kinds)
        ordered += read
    elif read:  # no name: what holds the words
        ordered, chosen = read, read_chosen
        meant = [] if readings else _said_whole(base, query, ordered)
    else:  # only what resembles the query (sought only now: it is the costliest look-up)
        found = index.similar(query, limit, partial=True)
        if kind:
            found = {e: scored for e, scored in found.items() if index.kinds[e] is kind}
        ordered = rank(found, index.kinds)
        chosen = decide(ordered, index.kinds)
        if not readings:
            # Mere resemblance is a good match only when every word of the query begins a word
            # of the name ("Mukje conf"), or the query says the name whole and others of its
            # words are held by the entry's facts (facts_on_named: "how many italians held the
            # garrison at Leskovik");
            # otherwise it is no answer ("Fan Noli", "Treaty of London", "who led EDES in Greece").
            asked = terms(query)
            kept = [c for c in ordered if not asked or _begins_its_words(asked, base.get(c[0]))]
            meant = [] if kept else _said_whole(base, query, ordered)
            readings = facts_on_named(base, query, [c[0] for c in meant])
            if not kept and not readings:
                near = candidates_of(base, ordered[:SUGGESTIONS], None)
                raise NotFound(typed, near, f"no good match for {quoted(typed)}")
            ordered = kept or meant
    if not readings:  # no fact holds enough of the words: those on what they name (each of the kind)
        readings = facts_on_named(base, query, [c[0] for c in meant])
    first: dict[str, tuple[str, float, str]] = {}
    place = _place_of_first(base, query, ordered) if wanted[:1] == (Kind.PLACE,) else None
    for candidate in ([(place.id, ordered[0][1], PLACE_OF_EVENT)] if place else []) + ordered:
        first.setdefault(candidate[0], candidate)
    hits = _varied(tuple(FactHit(r.fact, round(100 * r.coverage, 1)) for r in readings))[:limit]
    hits = _with_its_sentence(base, hits, limit, kind)
    found_facts = [hit.fact for hit in hits]
    return SearchResult(
        typed, candidates_of(base, list(first.values())[:limit], chosen), hits, related_to(base, found_facts)
    )


# What asks how long something lasted ("how long", "how many days"), and the words around it
# that only ask so: "did the conference last", "go on", "long"; the words of a length a fact
# tells itself. Patterns compiled only when a search first uses them (re's cache).
_HOW_LONG = (
    r"(?i)\bhow\s+(?:long|many\s+(?:days|weeks|months|years))\b"
    r"|\b(?:sa|cfare|çfarë)\s+(?:dit[eë]?|jav[eë]|muaj|vjet)\b"
)
_LASTING = r"(?i)\b(?:long|last|lasted|run|ran|go\s+on|went\s+on|take|took|zgjati|vazhdoi|did|it|they)\b\s*"
_AGE = r"(?i)\b(?:old|age|aged|had|kishte|vjec|vjeç)\b"  # "sa vjet i kishte": how old he was
_SPAN_TOLD = r"(?i)\b(?:days?|weeks?|months?|years?)\b"


def _how_long(base: FactBase, query: str) -> SearchResult | None:
    """For a search that asks how long an event lasted, the event its other words ask when of
    (when), with its dates as the facts found, which tell how long; None when it asks
    otherwise, or they name no event clearly, by a word of its names at least."""
    if not re.search(_HOW_LONG, query) or re.search(_AGE, query):
        return None
    rest = re.sub(_LASTING, " ", re.sub(_HOW_LONG, " ", query)).strip(" -–—,:;?!.")
    try:
        answer = when(base, rest) if rest else None
    except (NotFound, Ambiguous):
        return None
    if answer is None or answer.entity.kind is not Kind.EVENT:
        return None
    from albres.resolver import synonyms_of

    names = {t for name in (answer.entity.name, *answer.entity.aliases) for t in terms(name)}
    said = {form for term in terms(rest) for form in (term, *synonyms_of(term))}  # "konferenca"
    if names.isdisjoint(said):  # "how long was Abaz Kupi leader": no event's length
        return None
    if any(re.search(_SPAN_TOLD, fact.value or "") for fact in answer.entity.facts):
        return None  # "three-days' fights" at Leskovik: the length, which a search finds
    dated = [FactHit(fact, 100.0) for fact in answer.entity.facts if fact.property == DATE]
    if not dated:
        return None
    found = [fact.fact for fact in dated]
    return SearchResult(query, answer.candidates, tuple(dated), related_to(base, found))


NAMED = 3  # the most entries a search names whole whose facts it reads (facts_on_named)
PLACE_OF_EVENT = "where the event it names was held"  # how search found an event's place


def _place_of_first(base: FactBase, query: str, ordered: Ranked) -> Entity | None:
    """For a search that asks where, when the first candidate is an event: the place it was
    held in that the question asks for (_place_asked). "where did the second Conference of
    the National Liberation Movement take place" is Labinot before the conference."""
    event = base.get(ordered[0][0]) if ordered else None
    if event is None or event.kind is not Kind.EVENT:
        return None
    return _place_asked(base, query, event, _places_of(base, event))


def _said_whole(base: FactBase, query: str, ordered: Ranked) -> Ranked:
    """The first NAMED candidates whose names the query says whole (names_said)."""
    from albres.resolver import names_said

    return [c for c in ordered if names_said(base.get(c[0]), query)][:NAMED]


def _varied(hits: tuple[FactHit, ...]) -> tuple[FactHit, ...]:
    """The facts found, of those that score alike first the ones that quote a sentence none
    before them quotes: "what did the Germans do after Italy capitulated" shows what four
    sentences say, not six facts of the one that says Albania was occupied."""
    seen: list[str] = []
    varied: list[FactHit] = []
    for _, alike in itertools.groupby(hits, key=lambda hit: hit.score):
        new: list[FactHit] = []
        again: list[FactHit] = []
        for hit in alike:
            quotes = [c.quote for c in hit.fact.citations]
            told = any(q in s or s in q for q in quotes for s in seen)
            (again if told else new).append(hit)
            seen += quotes
        varied += new + again
    return tuple(varied)


SENTENCE_MATES = 20  # the most facts read for those that quote a fact's sentence


def _with_its_sentence(
    base: FactBase, hits: tuple[FactHit, ...], limit: int, kind: Kind | None = None
) -> tuple[FactHit, ...]:
    """The facts found, then (up to `limit` in all; of `kind` only, when given) the other facts
    that quote the sentence of one of them more fully, with its score: "why did Britain not
    recognise the government" finds the fact that it did not, and with it the one whose quote
    goes on to say why."""
    said = {(h.fact.subject, h.fact.property, h.fact.object, h.fact.value) for h in hits}
    more: list[FactHit] = []
    for hit in hits:
        for citation in hit.fact.citations:
            if len(hits) + len(more) >= limit:
                return (*hits, *more)[:limit]
            for fact in base.quoting(citation.quote, SENTENCE_MATES):
                key = (fact.subject, fact.property, fact.object, fact.value)
                quoted = (c.quote for c in fact.citations if c.source == citation.source)
                fuller = any(citation.quote in quote for quote in quoted)
                if fuller and key not in said and (kind is None or _touches(base, fact, kind)):
                    said.add(key)
                    more.append(FactHit(fact, hit.score))
    return (*hits, *more)[:limit]


def _touches(base: FactBase, fact: Fact, kind: Kind) -> bool:
    """Whether a fact's subject or object is of this kind."""
    return any(e is not None and base.get(e).kind is kind for e in (fact.subject, fact.object))


def _begins_its_words(asked: list[str], entity: Entity) -> bool:
    """Whether every word of the query begins a word of the entity's names (or is begun by one)."""
    named = terms(" ".join((entity.name, *entity.aliases)))
    return all(any(word.startswith(term) or term.startswith(word) for word in named) for term in asked)


def graph(base: FactBase, name: str | None = None, depth: int = 1) -> Graph:
    """The relations between entities: all of them, or those within `depth` steps of one."""
    if name is None:
        nodes = list(base.entities())
    else:
        center, _ = _meant(base, name)
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
