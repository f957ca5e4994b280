"""The resolver: which entity a user's words mean, as ranked candidates and an honest decision."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from albres.errors import Ambiguous, NotFound, checked
from albres.factbase import FactBase
from albres.match import MATCH_MIN, decide, rank
from albres.model import Candidate, Entity, Kind

SUGGESTIONS = 3
LISTED = 20  # candidates shown at most, when a name fits many entries


def candidates_of(
    base: FactBase, ranked: Iterable[tuple[str, float, str]], chosen: str | None
) -> tuple[Candidate, ...]:
    """Ranked (id, score, how) as candidates; `chosen` is the one marked as the match."""
    return tuple(
        Candidate(base.get(entity_id), score, entity_id == chosen, how) for entity_id, score, how in ranked
    )


def candidates(base: FactBase, query: str, prefer: Sequence[Kind] = ()) -> tuple[Candidate, ...]:
    """The entities a name may mean, best first (at most LISTED); `match` marks the one clearly meant."""
    checked(query, "a name to look up")
    index = base.index
    ranked = rank(index.find(query), index.kinds, prefer)
    return candidates_of(base, ranked[:LISTED], decide(ranked, index.kinds, prefer))


def resolve(base: FactBase, query: str, prefer: Sequence[Kind] = ()) -> tuple[Entity, tuple[Candidate, ...]]:
    """The entity a name clearly means, with its rivals; NotFound or Ambiguous otherwise."""
    checked(query, "a name to look up")
    index = base.index
    ranked = rank(index.find(query), index.kinds, prefer)
    chosen = decide(ranked, index.kinds, prefer)
    if chosen is not None:
        return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    good = [c for c in ranked if c[1] >= MATCH_MIN]
    if good:
        raise Ambiguous(query, candidates_of(base, good[:LISTED], None), len(good))
    # Nothing close enough: suggest what resembles it, near spellings below the line included.
    near = {entity_id: (score, how) for entity_id, score, how in ranked}
    for entity_id, scored in index.similar(query, SUGGESTIONS).items():
        if entity_id not in near or near[entity_id][0] < scored[0]:
            near[entity_id] = scored
    raise NotFound(query, candidates_of(base, rank(near, index.kinds, prefer)[:SUGGESTIONS], None))
