"""The resolver: which entity a user's words mean, as ranked candidates and an honest decision."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Sequence

from albres.errors import Ambiguous, NotFound, checked
from albres.factbase import FactBase, bundled_path
from albres.match import MATCH_MIN, decide, rank, terms
from albres.model import Candidate, Entity, Kind

SUGGESTIONS = 3
LISTED = 20  # candidates shown at most, when a name fits many entries
READ_AS = "words in its text"  # how a candidate found by the full text was found
TEXT_MARGIN = 1.5  # how many times the best bm25 must beat the next of the preferred kinds
TEXT_SCORE = 74.0  # the score shown for the best full-text candidate: below any name match


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


def resolve(
    base: FactBase, query: str, prefer: Sequence[Kind] = (), read_as: Sequence[Kind] = ()
) -> tuple[Entity, tuple[Candidate, ...]]:
    """The entity a name clearly means, with its rivals; NotFound or Ambiguous otherwise.

    Order: the id, an exact name or alias, a near spelling (match.py), then the words of the
    query read through every entity's text (read_words), where `read_as` (default: `prefer`)
    are the kinds the command asks about, best first."""
    checked(query, "a name to look up")
    index = base.index
    ranked = rank(index.find(query), index.kinds, prefer)
    chosen = decide(ranked, index.kinds, prefer)
    if chosen is not None:
        return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)
    good = [c for c in ranked if c[1] >= MATCH_MIN]
    if good:
        raise Ambiguous(query, candidates_of(base, good[:LISTED], None), len(good))
    read = read_words(base, query, read_as or prefer)
    if read:
        return read
    # Nothing close enough: suggest what resembles it, near spellings below the line included.
    near = {entity_id: (score, how) for entity_id, score, how in ranked}
    for entity_id, scored in index.similar(query, SUGGESTIONS).items():
        if entity_id not in near or near[entity_id][0] < scored[0]:
            near[entity_id] = scored
    raise NotFound(query, candidates_of(base, rank(near, index.kinds, prefer)[:SUGGESTIONS], None))


@functools.cache
def synonyms() -> dict[str, tuple[str, ...]]:
    """data/synonyms.json: for a word a user may type, the words the sources use, as terms."""
    with open(os.path.join(bundled_path(), "synonyms.json"), encoding="utf-8") as stream:
        table: dict[str, list[str]] = json.load(stream)
    found: dict[str, tuple[str, ...]] = {}
    for word, others in table.items():
        if word.startswith("_"):
            continue
        for key in terms(word):
            found[key] = tuple(t for other in others for t in terms(other))
    return found


def word_groups(base: FactBase, query: str) -> list[set[str]] | None:
    """For each word of the query that carries meaning, the terms of the fact base's text that
    may stand for it: itself, its synonyms, and (for a long word it does not hold) a word one
    slip from it. None when some word has none: the fact base does not know what is asked."""
    groups = []
    for term in dict.fromkeys(terms(query)):
        group = {term, *synonyms().get(term, ())}
        known = base.known_terms(group)
        if not known and len(term) >= 5:
            near = base.index.names.near_words(term)
            known = base.known_terms(t for word in near for t in terms(word))
        if not known:
            return None
        groups.append(known)
    return groups


def read_words(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[Entity, tuple[Candidate, ...]] | None:
    """The entity whose text holds every word of the query (or a synonym), when one of the
    preferred kinds is clearly ahead by bm25; Ambiguous when several are close; None when
    none holds them all."""
    ranked, chosen = text_candidates(base, query, prefer)
    if not ranked:
        return None
    if chosen is None:
        raise Ambiguous(query, candidates_of(base, ranked[:LISTED], None), len(ranked))
    return base.get(chosen), candidates_of(base, ranked[:LISTED], chosen)


def text_candidates(
    base: FactBase, query: str, prefer: Sequence[Kind]
) -> tuple[list[tuple[str, float, str]], str | None]:
    """(id, score, how) of the entities whose text holds every word of the query, best first,
    and the one clearly ahead (by TEXT_MARGIN in bm25), if any.

    Only the command's kinds, when it has some; among them, entities the words name before
    those whose text merely holds them."""
    groups = word_groups(base, query)
    if not groups:
        return [], None
    order = {kind: i for i, kind in enumerate(prefer)}
    tiers = [
        base.text_search(groups, LISTED * 2, "names"),
        base.text_search(groups, LISTED * 2, "names description facts"),
    ]
    if order:
        tiers = [[f for f in tier if Kind(f[1]) in order] for tier in tiers]
    found = next((tier for tier in tiers if tier), None)
    if not found:
        return [], None
    best_kind = min(order.get(Kind(kind), len(order)) for _, kind, _ in found)
    # The strength of a match is -bm25: the higher, the better.
    pool = [(e, -score) for e, kind, score in found if order.get(Kind(kind), len(order)) == best_kind]
    pool.sort(key=lambda c: -c[1])
    ranked = [
        (entity_id, round(TEXT_SCORE * strength / pool[0][1], 1), READ_AS) for entity_id, strength in pool
    ]
    clear = len(pool) == 1 or pool[0][1] >= TEXT_MARGIN * pool[1][1]
    return ranked, pool[0][0] if clear else None


# The kinds a question asks about, by its first word ("who created the Unity Front").
QUESTION_KINDS = {
    "who": (Kind.PERSON, Kind.ORGANISATION),
    "whom": (Kind.PERSON, Kind.ORGANISATION),
    "when": (Kind.EVENT,),
    "where": (Kind.PLACE, Kind.EVENT),
}


def asked_kinds(query: str) -> tuple[Kind, ...]:
    """The kinds the first word of a question asks about (none for other words)."""
    words = query.casefold().split()
    return QUESTION_KINDS.get(words[0], ()) if words else ()
