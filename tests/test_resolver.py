"""The resolver: which entity a name means, how it was matched, and when it refuses to choose."""

from __future__ import annotations

import pytest

from albres import resolver
from albres.errors import Ambiguous, NotFound, QueryError
from albres.factbase import FactBase
from albres.model import Candidate, Kind

PERSON = (Kind.PERSON,)
PLACE = (Kind.PLACE,)


def listed(found: tuple[Candidate, ...]) -> list[tuple[str, float, bool, str]]:
    return [(c.entity.id, c.score, c.match, c.how) for c in found]


@pytest.mark.parametrize(
    ("name", "entity_id", "score", "how"),
    [
        ("Abaz Kupi", "person:abaz-kupi", 100.0, "name"),
        ("abaz  KUPI", "person:abaz-kupi", 100.0, "name"),
        ("Legality", "org:legaliteti", 100.0, "alias"),
        ("Major Abaz Kupi", "person:abaz-kupi", 100.0, "name"),
        ("Conference Mukje", "event:mukje-conference", 99.0, "word order"),
        ("Legalitet", "org:legaliteti", 96.0, "form"),
        ("Korçë", "place:korca", 100.0, "alias"),
        ("Korc", "place:korca", 96.0, "form"),
        ("Frashëri", "person:mithat-frasheri", 90.0, "surname"),
        ("Myslim", "person:myslim-peza", 88.0, "given name"),
        ("Kupii", "person:abaz-kupi", 90.0, "spelling (alias)"),
        ("Mukje Conferense", "event:mukje-conference", 90.0, "spelling (name)"),
    ],
)
def test_each_way_of_naming_an_entity(
    base: FactBase, name: str, entity_id: str, score: float, how: str
) -> None:
    entity, found = resolver.resolve(base, name)
    assert entity.id == entity_id
    assert listed(found) == [(entity_id, score, True, how)]


def test_the_preferred_kind_decides_a_tie(base: FactBase) -> None:
    person, as_person = resolver.resolve(base, "Peza", PERSON)
    place, as_place = resolver.resolve(base, "Peza", PLACE)
    assert (person.id, place.id) == ("person:myslim-peza", "place:peza")
    # The rivals stay listed, the preferred kind first.
    assert listed(as_person) == [
        ("person:myslim-peza", 100.0, True, "alias"),
        ("place:peza", 100.0, False, "name"),
    ]
    assert listed(as_place) == [
        ("place:peza", 100.0, True, "name"),
        ("person:myslim-peza", 100.0, False, "alias"),
    ]


def test_a_tie_with_no_preferred_kind_among_it_is_ambiguous(base: FactBase) -> None:
    for prefer in ((), (Kind.EVENT,)):
        with pytest.raises(Ambiguous) as error:
            resolver.resolve(base, "Peza", prefer)
        assert listed(error.value.candidates) == [
            ("person:myslim-peza", 100.0, False, "alias"),
            ("place:peza", 100.0, False, "name"),
        ]
        assert error.value.total == 2
        assert str(error.value) == "'Peza' matches 2 entries about equally well"


def test_one_candidate_not_clearly_meant_is_said_so() -> None:
    assert str(Ambiguous("x", (), 1)) == "'x' may mean the entry listed, but not clearly"
    assert str(Ambiguous("x", (), 3)) == "'x' matches 3 entries about equally well (the first 0 listed)"


def test_a_lead_of_the_margin_is_enough(base: FactBase) -> None:
    # "Pezë" is the village's alias (100) and a form of the man's name (96): four points apart.
    entity, found = resolver.resolve(base, "Pezë")
    assert entity.id == "place:peza"
    assert listed(found) == [
        ("place:peza", 100.0, True, "alias"),
        ("person:myslim-peza", 96.0, False, "form"),
    ]
    # Among the preferred kinds alone, the man is the only one, so he is meant.
    assert resolver.resolve(base, "Pezë", PERSON)[0].id == "person:myslim-peza"


def test_two_people_sharing_a_surname_are_ambiguous(base: FactBase) -> None:
    with pytest.raises(Ambiguous) as error:
        resolver.resolve(base, "Kryezi", PERSON)
    assert listed(error.value.candidates) == [
        ("person:alush-kryeziu", 80.0, False, "spelling (surname)"),
        ("person:gani-kryeziu", 80.0, False, "spelling (surname)"),
    ]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_blank_name_is_a_usage_error(base: FactBase, name: str) -> None:
    with pytest.raises(QueryError) as error:
        resolver.resolve(base, name)
    assert str(error.value) == "give a name to look up"


def test_nothing_close_suggests_nothing(base: FactBase) -> None:
    with pytest.raises(NotFound) as error:
        resolver.resolve(base, "Tirana")
    assert error.value.query == "Tirana"
    assert error.value.suggestions == ()


@pytest.mark.parametrize(
    ("prefer", "order"),
    [
        (PLACE, ["place:peza", "person:myslim-peza"]),
        (PERSON, ["person:myslim-peza", "place:peza"]),
    ],
)
def test_not_found_suggests_resemblances_by_preferred_kind(
    base: FactBase, prefer: tuple[Kind, ...], order: list[str]
) -> None:
    # Too far for a typing slip; both Pezas resemble it equally.
    with pytest.raises(NotFound) as error:
        resolver.resolve(base, "Pezzaa", prefer)
    assert listed(error.value.suggestions) == [(entity_id, 80.0, False, "resemblance") for entity_id in order]


def test_not_found_keeps_the_better_of_a_slip_and_a_resemblance(base: FactBase) -> None:
    # "Kryeziuuu" is two slips from the surname (70, below the line) and resembles it at 87.5.
    with pytest.raises(NotFound) as error:
        resolver.resolve(base, "Kryeziuuu", PERSON)
    assert listed(error.value.suggestions) == [
        ("person:alush-kryeziu", 87.5, False, "resemblance"),
        ("person:gani-kryeziu", 87.5, False, "resemblance"),
    ]


def test_candidates_list_every_reading_and_mark_the_one_meant(base: FactBase) -> None:
    assert listed(resolver.candidates(base, "Peza", PLACE)) == [
        ("place:peza", 100.0, True, "name"),
        ("person:myslim-peza", 100.0, False, "alias"),
    ]
    assert listed(resolver.candidates(base, "Peza", PERSON)) == [
        ("person:myslim-peza", 100.0, True, "alias"),
        ("place:peza", 100.0, False, "name"),
    ]
    assert listed(resolver.candidates(base, "Peza")) == [
        ("person:myslim-peza", 100.0, False, "alias"),
        ("place:peza", 100.0, False, "name"),
    ]
    assert listed(resolver.candidates(base, "Legality")) == [("org:legaliteti", 100.0, True, "alias")]
    assert resolver.candidates(base, "Tirana") == ()
