"""What a query names at once: an id, or a name the index decides, before any reading of words
(albres.resolver, whose import a look-up of a plain name need not pay)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from albres.errors import checked
from albres.factbase import FactBase
from albres.match import decide, rank
from albres.model import Candidate, Entity, Kind

LISTED = 20  # candidates shown at most, when a name fits many entries
BY_ID = "id"  # how a candidate given by its id was found
SLIPPED_WORDS = 2  # the most words of a name named_at_once looks up with typing slips
_INSIDE = str.maketrans("", "", "-'\u2019.")  # what may stand inside a plain word: Anti-Fascist, Mit'hat


def candidates_of(
    base: FactBase, ranked: Iterable[tuple[str, float, str]], chosen: str | None
) -> tuple[Candidate, ...]:
    """Ranked (id, score, how) as candidates; `chosen` is the one marked as the match."""
    return tuple(
        Candidate(base.get(entity_id), score, entity_id == chosen, how) for entity_id, score, how in ranked
    )


def by_id(base: FactBase, query: str) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query gives the id of (person:abaz-kupi), else None."""
    if ":" not in query or query.strip() not in base:
        return None
    entity = base.get(query.strip())
    return entity, (Candidate(entity, 100.0, True, BY_ID),)


def named_at_once(
    base: FactBase, query: str, prefer: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity a query gives the id of, or names in plain words (letters, with hyphens,
    apostrophes or full stops inside them) by a name or an alias the index decides among the
    kinds preferred (of up to SLIPPED_WORDS words, by a near spelling too), with its rivals:
    what resolver.resolve answers for it. None for any other query, which may say more than a
    name (a year, an aside, a setting after a place: "Lezhë, 1940"), and which it reads."""
    checked(query, "a name to look up")
    found = by_id(base, query)
    if found is not None or not all(word.translate(_INSIDE).isalpha() for word in query.split()):
        return found
    index = base.index
    # A slip in a name of more words may be a name said among others, which the resolver
    # respells first (resolver.respelled): only a name of two words is looked up with its slips.
    found_named = index.find(query) if len(query.split()) <= SLIPPED_WORDS else index.lookup(query)
    ranked = rank(found_named, index.kinds, prefer)
    chosen = decide(ranked, index.kinds, prefer)
    # A place is asked for first, and something else is named: the resolver reads whether the
    # words name a place before it ("Gjirokastër in ..."), so it decides.
    if chosen is None or (prefer[:1] == (Kind.PLACE,) and index.kinds[chosen] is not Kind.PLACE):
        return None
    return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
