from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from albres.factbase.index import Index, SqlNames, build
from albres.match import MATCH_MIN, NameIndex, allowed_edits, decide, normalise, rank, stem
from albres.model import Kind


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Skënder Muço", "skender muco"),
        ("SKENDER  MUCO", "skender muco"),
        ("Mit’hat Frashëri", "mithat frasheri"),
        ("Mit'hat Frashëri", "mithat frasheri"),
        ("Mitʼhat Frashëri", "mithat frasheri"),
        ("Col.-Gen. Hoxha", "hoxha"),
        ("Shefqet bej Vërlaci", "shefqet verlaci"),
        ("Dr. Omer Nishani", "omer nishani"),
        ("Dušan Mugoša", "dusan mugosa"),
        ("  Gorrica e Eperme ", "gorrica e eperme"),
        ("Skënder\u0308 Muc\u0327o", "skender muco"),
        ("Major", "major"),
    ],
)
def test_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_decomposed_and_composed_forms_agree() -> None:
    import unicodedata

    name = "Korçë Shkodër Përmet"
    assert normalise(unicodedata.normalize("NFD", name)) == normalise(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Korça", "Korçë"), ("Korca", "Korçë"), ("Shkodra", "Shkodër"), ("Pezë", "Peza"), ("Mukje", "Mukja")],
)
def test_albanian_definite_and_indefinite_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(normalise(a)) == stem(normalise(b))


def test_different_places_keep_different_stems() -> None:
    assert stem(normalise("Peza")) != stem(normalise("Lezha"))


def test_allowed_edits_grow_with_length() -> None:
    assert [allowed_edits(n) for n in (3, 4, 7, 8, 13, 14)] == [0, 1, 1, 2, 2, 3]


NAMES = [
    ("person:abaz-kupi", "Abaz Kupi", ["Major Kupi"]),
    ("person:myslim-peza", "Myslim Peza", ["Col. Peza"]),
    ("place:peza", "Peza", ["Pezë"]),
    ("person:gani-kryeziu", "Gani Kryeziu", []),
    ("person:alush-kryeziu", "Alush Kryeziu", []),
    ("place:korca", "Korça", []),
    ("person:s-pollo", "Pollo S.", []),
    ("event:tirana-demonstration", "Tirana anti-fascist demonstration (28 November 1939)", []),
    ("org:cpa", "Communist Party of Albania", []),
    ("org:cpy", "Communist Party of Yugoslavia", []),
]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    """A name index of a few entities, built as albres builds every index (in memory here)."""
    kinds = {"person": "person", "place": "place", "event": "event", "org": "organisation"}
    entities = [
        {"id": i, "kind": kinds[i.partition(":")[0]], "name": n, "aliases": a, "description": n, "facts": []}
        for i, n, a in NAMES
    ]

    class Document:
        def __init__(self) -> None:
            self.members: dict[str, Any] = {"sources": []}
            self.sha256 = "test"

        def entities(self) -> Iterator[dict[str, Any]]:
            return iter(entities)

    connection = sqlite3.connect(":memory:")
    build(connection, Document(), "nowhere/factbase.json")
    return NameIndex(SqlNames(Index(connection)))


def best(index: NameIndex, query: str, prefer: tuple[Kind, ...] = ()) -> str | None:
    found = index.find(query)
    return decide(rank(found, index.kinds, prefer), index.kinds, prefer)


@pytest.mark.parametrize(
    "query",
    [
        "Abaz Kupi",
        "abaz kupi",
        "ABAZ KUPI",
        "Kupi Abaz",
        "Major Abaz Kupi",
        "Kupi",
        "Abaz",
        "Abaz Kuppi",
        "Abza Kupi",
        "Abaz Kup",
    ],
)
def test_spellings_of_one_person(index: NameIndex, query: str) -> None:
    assert best(index, query) == "person:abaz-kupi"


def test_kind_preference_decides_between_a_man_and_a_village(index: NameIndex) -> None:
    assert best(index, "Peza", (Kind.PERSON, Kind.ORGANISATION)) == "person:myslim-peza"
    assert best(index, "Peza", (Kind.PLACE,)) == "place:peza"


def test_place_forms(index: NameIndex) -> None:
    for query in ("Korça", "Korca", "Korçë", "korce", "KORÇA"):
        assert best(index, query, (Kind.PLACE,)) == "place:korca"


def test_a_shared_surname_is_not_guessed(index: NameIndex) -> None:
    ranked = rank(index.lookup("Kryeziu"), index.kinds)
    assert {c[0] for c in ranked} == {"person:gani-kryeziu", "person:alush-kryeziu"}
    assert decide(ranked, index.kinds) is None


def test_an_unknown_name_resolves_to_nothing(index: NameIndex) -> None:
    for query in ("Winston Churchill", "Tito", "Kupa Kupa Kupa", "S"):
        assert best(index, query) is None


def test_typo_scores_below_exact_but_above_the_match_line(index: NameIndex) -> None:
    exact = index.lookup("Abaz Kupi")["person:abaz-kupi"][0]
    typo = index.typos("Abaz Kuppi")["person:abaz-kupi"][0]
    assert MATCH_MIN <= typo < exact


def test_short_queries_need_exact_names(index: NameIndex) -> None:
    assert index.typos("Pez") == {}


def test_all_the_words_of_a_query_find_a_longer_name(index: NameIndex) -> None:
    assert best(index, "anti-fascist demonstration in Tirana") == "event:tirana-demonstration"
    assert best(index, "Tirana demonstration") == "event:tirana-demonstration"
    assert best(index, "Tirana strike") is None


def test_words_shared_by_two_names_are_not_guessed(index: NameIndex) -> None:
    found = index.words("Communist Party")
    assert set(found) == {"org:cpa", "org:cpy"}
    assert best(index, "Communist Party") is None


def test_suggestions_resemble_the_query(index: NameIndex) -> None:
    assert "person:gani-kryeziu" in index.similar("Gani Kryezi Bey", 3)
    assert index.similar("Winston Churchill", 3) == {}
