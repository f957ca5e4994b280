"""What a query names at once (albres.named): the same answer as the resolver's, without it."""

from __future__ import annotations

import random

import pytest

from albres.errors import AlbresError, QueryError
from albres.factbase import FactBase
from albres.model import Candidate, Entity, Kind
from albres.named import BY_ID, named_at_once
from albres.query import WHEN_KINDS, WHERE_KINDS, WHO_KINDS
from albres.resolver import resolve

PREFERS = [WHO_KINDS, WHEN_KINDS, WHERE_KINDS, (Kind.ORGANISATION,), ()]


def _said(base: FactBase) -> list[str]:
    """Every name and alias as written and in lower case, its first and last words, and two
    slips in each (a letter dropped, a letter doubled), at places a seeded random picks."""
    pick = random.Random(12)
    said = []
    for entity in base.entities():
        said.append(entity.id)
        for name in (entity.name, *entity.aliases):
            words = name.split()
            said += [name, name.casefold(), words[0], words[-1]]
            if len(name) > 4:
                at = pick.randrange(1, len(name) - 1)
                said += [name[:at] + name[at + 1 :], name[:at] + name[at] + name[at:]]
    return list(dict.fromkeys(said))


def _shown(found: tuple[Entity, tuple[Candidate, ...]]) -> tuple[str, list[tuple[str, float, bool, str]]]:
    entity, candidates = found
    return entity.id, [(c.entity.id, c.score, c.match, c.how) for c in candidates]


def test_what_is_named_at_once_is_what_the_resolver_answers(bundled: FactBase) -> None:
    at_once = 0
    for said in _said(bundled):
        for prefer in PREFERS:
            found = named_at_once(bundled, said, prefer)
            if found is None:
                continue
            at_once += 1
            try:
                resolved = resolve(bundled, said, prefer)
            except AlbresError as error:
                pytest.fail(f"{said!r} {prefer}: named at once, but the resolver says {error}")
            assert _shown(found) == _shown(resolved), (said, prefer)
    assert at_once > 4000  # most names, aliases and slips are named at once


def test_an_id_is_named_at_once(bundled: FactBase) -> None:
    found = named_at_once(bundled, " person:abaz-kupi ", WHEN_KINDS)  # whatever the kinds asked for
    assert found is not None
    assert _shown(found) == ("person:abaz-kupi", [("person:abaz-kupi", 100.0, True, BY_ID)])


@pytest.mark.parametrize(
    ("said", "prefer"),
    [
        ("Abaz Kupi, 1943", WHO_KINDS),  # more than a name: a setting, a year
        ("Abaz Kupi (the major)", WHO_KINDS),  # an aside
        ("the 2nd Corps", WHO_KINDS),  # a figure
        ("Abaz Kupi?", WHO_KINDS),  # a question
        ("Conferense of Peza", WHEN_KINDS),  # a slip in a name of three words: respelled
        ("Mukje Conference", WHERE_KINDS),  # a place asked for, an event named
        ("Mukje Conference", (Kind.PLACE, Kind.EVENT)),  # a place asked for first
        ("founder of the Unity Front", WHO_KINDS),  # no name: words to read
        ("person:nobody-here", WHO_KINDS),  # no such id
    ],
)
def test_anything_but_a_plain_name_is_left_to_the_resolver(
    bundled: FactBase, said: str, prefer: tuple[Kind, ...]
) -> None:
    assert named_at_once(bundled, said, prefer) is None


@pytest.mark.parametrize(
    ("said", "prefer", "meant"),
    [
        ("Abaz Kupi", WHO_KINDS, "person:abaz-kupi"),
        ("abaz kuppi", WHO_KINDS, "person:abaz-kupi"),  # a slip in a name of two words
        ("Vlorë", WHERE_KINDS, "place:vlora"),
        ("Mukje Conference", WHEN_KINDS, "event:mukje-conference"),
    ],
)
def test_a_plain_name_is_named_at_once(
    bundled: FactBase, said: str, prefer: tuple[Kind, ...], meant: str
) -> None:
    found = named_at_once(bundled, said, prefer)
    assert found is not None
    assert found[0].id == meant


def test_empty_words_are_refused_as_the_resolver_refuses_them(bundled: FactBase) -> None:
    with pytest.raises(QueryError) as at_once:
        named_at_once(bundled, "   ", WHO_KINDS)
    with pytest.raises(QueryError) as resolved:
        resolve(bundled, "   ", WHO_KINDS)
    assert str(at_once.value) == str(resolved.value)
