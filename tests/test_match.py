from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from albres.factbase import FactBase
from albres.factbase import index as index_module
from albres.factbase.index import SCHEMA, VARIANTS, Index, SqlNames, build, deletions
from albres.factbase.read import Entry
from albres.match import (
    EXACT,
    FORM,
    FORMS,
    GIVEN_NAME,
    MARGIN,
    MATCH_MIN,
    NAME,
    SURNAME,
    TYPO_PENALTY,
    WORD_ORDER,
    NameIndex,
    _lacking,
    allowed_edits,
    content_words,
    decide,
    name_keys,
    normalise,
    rank,
    slips_between,
    stem,
)
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
    [
        ("Korça", "Korçë"),
        ("Korca", "Korçë"),
        ("Shkodra", "Shkodër"),
        ("Pezë", "Peza"),
        ("Mukje", "Mukja"),
        ("Dibra", "Dibër"),
        ("Vlora", "Vlorë"),
        ("Lura", "Lurë"),
    ],
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


def make_index(names: list[tuple[str, str, list[str]]]) -> NameIndex:
    """A name index of the given (id, name, aliases), built as albres builds every index (in memory here)."""
    kinds = {"person": "person", "place": "place", "event": "event", "org": "organisation"}
    entities = [
        {"id": i, "kind": kinds[i.partition(":")[0]], "name": n, "aliases": a, "description": n, "facts": []}
        for i, n, a in names
    ]

    class Document:
        file = "nowhere/factbase.json"
        sha256 = "test"
        members: dict[str, Any] = {"sources": []}  # noqa: RUF012 - read only

        def entries(self) -> Iterator[Entry]:
            return (Entry(record) for record in entities)

    connection = sqlite3.connect(":memory:")
    build(connection, Document(), Document.file)
    return NameIndex(SqlNames(Index(connection)))


@pytest.fixture(scope="module")
def index() -> NameIndex:
    """A name index of a few entities."""
    return make_index(NAMES)


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


@pytest.mark.parametrize(
    ("key", "stemmed"),
    [
        ("peza", "pez"),
        ("lure", "lur"),
        ("kupi", "kup"),
        ("kruja", "kruj"),
        ("ura", "ura"),  # three letters keep their last vowel
        ("vau", "vau"),
        ("muco", "muco"),  # -o is no ending
        ("berat", "berat"),
        ("diber", "dibr"),  # five letters in -er drop the e
        ("shkoder", "shkodr"),
        ("omer", "omer"),  # four letters in -er keep it
        ("ymer", "ymer"),
        ("1939", "1939"),
        ("korca shkoder", "korc shkodr"),
        ("abaz kupi", "abaz kup"),
        ("", ""),
    ],
)
def test_stem(key: str, stemmed: str) -> None:
    assert stem(key) == stemmed


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("communist party of albania", {"communist", "party", "albani"}),
        ("battle of vlora and of diber", {"battl", "vlor", "dibr"}),
        ("from at in on by to for", set()),
        ("peza", {"pez"}),
    ],
)
def test_content_words(key: str, words: set[str]) -> None:
    assert content_words(key) == words


def test_allowed_edits_at_each_step() -> None:
    assert [allowed_edits(n) for n in (0, 1, 2, 3)] == [0, 0, 0, 0]
    assert [allowed_edits(n) for n in (4, 5, 6, 7)] == [1, 1, 1, 1]
    assert [allowed_edits(n) for n in (8, 9, 12, 13)] == [2, 2, 2, 2]
    assert [allowed_edits(n) for n in (14, 15, 40, 200)] == [3, 3, 3, 3]


def keys_of(kind: Kind, name: str, aliases: Sequence[str] = ()) -> dict[tuple[int, str, str], float]:
    """(layer, key, how) -> score of every key name_keys gives."""
    return {(layer, key, how): score for layer, key, score, how in name_keys(kind, name, aliases)}


def test_name_keys_of_a_person_with_an_alias() -> None:
    # A label of no letters at all gives no keys, and the labels after it are still read.
    found = keys_of(Kind.PERSON, "Mustafa Merlika Kruja", ["?", "Merlika-Kruja"])
    assert set(found) == {
        (EXACT, "mustafa merlika kruja", "name"),
        (EXACT, "kruja merlika mustafa", "word order"),
        (FORMS, "mustaf merlik kruj", "form"),
        (EXACT, "kruja", "surname"),
        (FORMS, "kruj", "surname"),
        (EXACT, "mustafa", "given name"),
        (EXACT, "merlika kruja", "alias"),
        (EXACT, "kruja merlika", "word order"),
        (FORMS, "merlik kruj", "form"),
        (EXACT, "merlika", "given name"),
    }
    assert found[(EXACT, "merlika kruja", "alias")] == found[(EXACT, "mustafa merlika kruja", "name")] == NAME


def test_name_keys_score_the_name_best_and_the_given_name_least() -> None:
    found = keys_of(Kind.PERSON, "Mustafa Merlika Kruja")
    ladder = [
        found[(EXACT, "mustafa merlika kruja", "name")],
        found[(EXACT, "kruja merlika mustafa", "word order")],
        found[(FORMS, "mustaf merlik kruj", "form")],
        found[(EXACT, "kruja", "surname")],
        found[(FORMS, "kruj", "surname")],
        found[(EXACT, "mustafa", "given name")],
    ]
    assert ladder == sorted(set(ladder), reverse=True)
    assert ladder[0] == NAME
    assert ladder[-1] >= MATCH_MIN


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (Kind.PLACE, "Gorrica e Epërme"),
        (Kind.ORGANISATION, "Communist Party of Albania"),
        (Kind.EVENT, "Battle of Vlora"),
        (Kind.PERSON, "Tito"),
    ],
)
def test_only_persons_of_two_words_or_more_have_a_surname_and_given_name(kind: Kind, name: str) -> None:
    assert {how for _, _, how in keys_of(kind, name)} == {"name", "word order", "form"}


@pytest.mark.parametrize(
    ("name", "surnames", "given_names"),
    [
        ("Abaz Kupi", {"kupi"}, {"abaz"}),
        ("Pollo S.", set(), {"pollo"}),  # initials are no names
        ("Pollo Sh.", set(), {"pollo"}),
        ("Sh. Pollo", {"pollo"}, set()),
        ("Ahmet Zog", {"zog"}, {"ahmet"}),  # three letters are a name
        ("Fan Noli", {"noli"}, {"fan"}),
        ("Mustafa Merlika Kruja", {"kruja"}, {"mustafa"}),
    ],
)
def test_surnames_and_given_names(name: str, surnames: set[str], given_names: set[str]) -> None:
    found = keys_of(Kind.PERSON, name)
    assert {key for layer, key, how in found if how == "surname" and layer == EXACT} == surnames
    assert {key for layer, key, how in found if how == "surname" and layer == FORMS} == {
        stem(s) for s in surnames
    }
    assert {key for layer, key, how in found if how == "given name"} == given_names


def test_lookup_says_how_a_name_was_found(index: NameIndex) -> None:
    assert index.lookup("Abaz Kupi") == {"person:abaz-kupi": (NAME, "name")}
    assert index.find("Abaz Kupi") == {"person:abaz-kupi": (NAME, "name")}
    assert index.lookup("Korçë") == {"place:korca": (FORM, "form")}
    # "Major Kupi" is an alias of Abaz Kupi, and Major a title.
    assert index.lookup("Kupi")["person:abaz-kupi"] == (NAME, "alias")
    assert index.lookup("Pollo") == {"person:s-pollo": (GIVEN_NAME, "given name")}
    assert index.lookup("Kryeziu")["person:gani-kryeziu"] == (SURNAME, "surname")


def test_lookup_takes_the_words_in_any_order(index: NameIndex) -> None:
    assert "person:abaz-kupi" in index.lookup("Kupi Abaz")
    assert "person:myslim-peza" in index.lookup("PEZA myslim")


def test_names_of_other_kinds_are_not_found_by_one_of_their_words(index: NameIndex) -> None:
    for word in ("Albania", "Communist", "Party", "Tirana", "Demonstration"):
        assert index.lookup(word) == {}


REVERSIBLE = [
    "Gjon Gjoni",
    "Mark Marku",
    "Pal Pali",
    "Nik Nika",
    "Zef Zefi",
    "Kol Kola",
    "Prek Preka",
    "Gjin Gjini",
    "Hasan Hasani",
    "Vasil Vasili",
    "Lek Leka",
    "Ded Deda",
    "Tom Toma",
    "Gjergj Gjergji",
    "Ndok Ndoka",
    "Dod Doda",
]


@pytest.fixture(scope="module")
def people() -> NameIndex:
    """Persons whose names are nearly the same either way round, and three more names."""
    return make_index(
        [
            *((f"person:{normalise(n).replace(' ', '-')}", n, []) for n in REVERSIBLE),
            ("person:skender-muco", "Skënder Muço", []),
            ("place:korca", "Korça", ["Korca"]),
            ("person:mustafa-kruja", "Mustafa Merlika Kruja", []),
        ]
    )


def test_words_in_another_order(people: NameIndex) -> None:
    assert people.lookup("Muço Skënder") == {"person:skender-muco": (WORD_ORDER, "word order")}
    assert people.lookup("Skënder Muço") == {"person:skender-muco": (NAME, "name")}


def test_a_surname_in_another_form_scores_between_surname_and_given_name(people: NameIndex) -> None:
    assert people.lookup("Kruja") == {"person:mustafa-kruja": (SURNAME, "surname")}
    assert people.lookup("Mustafa") == {"person:mustafa-kruja": (GIVEN_NAME, "given name")}
    score, how = people.lookup("Krujë")["person:mustafa-kruja"]
    assert how == "surname"
    assert GIVEN_NAME < score < SURNAME


def test_a_name_beats_an_alias_of_the_same_key(people: NameIndex) -> None:
    assert people.lookup("Korca") == {"place:korca": (NAME, "name")}


@pytest.mark.parametrize("name", REVERSIBLE)
def test_typos_of_words_in_another_order_count_no_slip(people: NameIndex, name: str) -> None:
    # "Gjoni Gjon" is two slips from "gjon gjoni", and no slip once its words are in order.
    query = " ".join(reversed(name.split()))
    assert people.typos(query)[f"person:{normalise(name).replace(' ', '-')}"] == (NAME, "spelling (name)")


def test_typos_cost_a_penalty_per_slip(index: NameIndex) -> None:
    assert index.typos("Abza Kupi")["person:abaz-kupi"] == (NAME - TYPO_PENALTY, "spelling (name)")
    assert index.typos("Kupi Abza")["person:abaz-kupi"] == (NAME - TYPO_PENALTY, "spelling (name)")
    assert index.typos("Abza Kuppi")["person:abaz-kupi"] == (NAME - 2 * TYPO_PENALTY, "spelling (name)")
    assert index.typos("Kuppi")["person:abaz-kupi"] == (NAME - TYPO_PENALTY, "spelling (alias)")


def test_typos_find_every_name_within_reach() -> None:
    villages = ["Kalor", "Kaler", "Kalir", "Kalur", "Kelar", "Kolar", "Kular", "Kalmr", "Klar"]
    index = make_index([(f"place:{v.lower()}", v, []) for v in villages])
    found = index.typos("Kalar")
    assert found == {f"place:{v.lower()}": (NAME - TYPO_PENALTY, "spelling (name)") for v in villages}


def test_in_a_word_of_four_letters_only_a_letter_left_out_is_a_slip() -> None:
    # "Fier" (a town) is no slip of "Fire", nor "Fure", "Kpui" of "Kupi", nor "Peja" (a town in
    # Kosovo) of Peza; "Hoxa" is of Hoxha, and "Abaz Kpui" of Abaz Kupi.
    index = make_index(
        [
            ("org:zjarri", "Zjarri", ["Fire"]),
            ("person:abaz-kupi", "Abaz Kupi", ["Kupi"]),
            ("place:peza", "Peza", []),
            ("person:enver-hoxha", "Enver Hoxha", ["Hoxha"]),
        ]
    )
    assert index.typos("Fier") == index.typos("Fure") == index.typos("Kpui") == index.typos("Peja") == {}
    assert index.typos("Hoxa") == {"person:enver-hoxha": (NAME - TYPO_PENALTY, "spelling (alias)")}
    assert index.typos("Abaz Kpui") == {"person:abaz-kupi": (NAME - TYPO_PENALTY, "spelling (name)")}
    assert index.typos("Pezza") == {"place:peza": (NAME - TYPO_PENALTY, "spelling (name)")}  # five


def test_words_score_by_the_share_of_the_name_given(index: NameIndex) -> None:
    # Two of the seven content words of the event's name; two of the three of each party's.
    assert index.words("Tirana demonstration") == {"event:tirana-demonstration": (80.7, "words")}
    assert index.words("Communist Party") == {"org:cpa": (88.3, "words"), "org:cpy": (88.3, "words")}
    # All three words, in another order: the most the words layer gives, below every exact layer.
    assert index.find("Party Communist Albania")["org:cpa"] == (95.0, "words")
    assert index.words("Communist") == {}


def test_similar_scores_the_whole_name_unless_partial(index: NameIndex) -> None:
    assert index.similar("demonstration", 3) == {}
    found = index.similar("demonstration", 3, partial=True)
    assert set(found) == {"event:tirana-demonstration"}
    assert found["event:tirana-demonstration"][1] == "resemblance"
    assert index.similar("Gani Kryezi Bey", 3)["person:gani-kryeziu"][1] == "resemblance"
    assert index.similar("", 3) == {}
    assert index.similar("Bey", 3) == {}


KINDS = {
    "person:myslim-peza": Kind.PERSON,
    "place:peza": Kind.PLACE,
    "org:peza": Kind.ORGANISATION,
    "person:alush-kryeziu": Kind.PERSON,
    "person:gani-kryeziu": Kind.PERSON,
}


def test_rank_by_score_then_preferred_kind_then_id() -> None:
    found = {
        "place:peza": (90.0, "name"),
        "person:myslim-peza": (90.0, "surname"),
        "org:peza": (90.0, "name"),
    }
    assert [c[0] for c in rank(found, KINDS)] == ["org:peza", "person:myslim-peza", "place:peza"]
    assert [c[0] for c in rank(found, KINDS, (Kind.PLACE,))] == [
        "place:peza",
        "org:peza",
        "person:myslim-peza",
    ]
    assert [c[0] for c in rank(found, KINDS, (Kind.PERSON, Kind.PLACE))] == [
        "person:myslim-peza",
        "place:peza",
        "org:peza",
    ]
    found["org:peza"] = (90.1, "name")
    assert rank(found, KINDS, (Kind.PLACE,))[0] == ("org:peza", 90.1, "name")


def test_rank_breaks_ties_by_id_whatever_the_order_found() -> None:
    found = {"person:gani-kryeziu": (90.0, "surname"), "person:alush-kryeziu": (90.0, "surname")}
    assert rank(found, KINDS) == [
        ("person:alush-kryeziu", 90.0, "surname"),
        ("person:gani-kryeziu", 90.0, "surname"),
    ]


@pytest.mark.parametrize(
    ("ranked", "prefer", "chosen"),
    [
        ([], (), None),
        ([("place:peza", MATCH_MIN, "words")], (), "place:peza"),
        ([("place:peza", MATCH_MIN - 0.1, "spelling (name)")], (), None),
        ([("place:peza", NAME, "name"), ("org:peza", NAME - MARGIN, "form")], (), "place:peza"),
        ([("place:peza", NAME, "name"), ("org:peza", NAME - MARGIN + 0.1, "form")], (), None),
        # Only candidates over the line compete.
        ([("place:peza", MATCH_MIN + 1, "words"), ("org:peza", MATCH_MIN - 0.1, "words")], (), "place:peza"),
        ([("place:peza", MATCH_MIN + 1, "words"), ("org:peza", MATCH_MIN, "words")], (), None),
        # The preferred kinds are judged among themselves when one is over the line.
        (
            [("place:peza", NAME, "name"), ("person:myslim-peza", SURNAME, "surname")],
            (Kind.PERSON,),
            "person:myslim-peza",
        ),
        (
            [("place:peza", NAME, "name"), ("person:myslim-peza", MATCH_MIN - 1, "spelling (surname)")],
            (Kind.PERSON,),
            "place:peza",
        ),
        ([("place:peza", NAME, "name"), ("org:peza", NAME, "name")], (Kind.PERSON,), None),
        # Among those alike, the only one of the kind asked for first: `who Skanderbeg` is the
        # man, not the division named after him; `where Peza` the village.
        (
            [("org:peza", NAME, "name"), ("person:myslim-peza", NAME, "name")],
            (Kind.PERSON, Kind.ORGANISATION),
            "person:myslim-peza",
        ),
        (
            [("org:peza", NAME, "name"), ("person:myslim-peza", NAME - MARGIN + 0.1, "form")],
            (Kind.PERSON, Kind.ORGANISATION),
            "person:myslim-peza",
        ),
        (
            [("org:peza", NAME, "name"), ("place:peza", NAME, "name")],
            (Kind.PLACE, Kind.ORGANISATION),
            "place:peza",
        ),
        # Not two of that kind, nor one of the kind asked for second.
        (
            [
                ("org:peza", NAME, "name"),
                ("person:alush-kryeziu", NAME, "name"),
                ("person:gani-kryeziu", NAME, "name"),
            ],
            (Kind.PERSON, Kind.ORGANISATION),
            None,
        ),
        (
            [("place:peza", NAME, "name"), ("org:peza", NAME, "name")],
            (Kind.PERSON, Kind.ORGANISATION),
            "org:peza",
        ),
        ([("place:peza", NAME, "name"), ("org:peza", NAME, "name")], (), None),
        # Alike is within MARGIN of the best, not of the next.
        (
            [
                ("org:peza", NAME, "name"),
                ("place:peza", NAME - 3, "n"),
                ("person:myslim-peza", NAME - 6.5, "n"),
            ],
            (Kind.PERSON, Kind.ORGANISATION, Kind.PLACE),
            None,
        ),
        (
            [
                ("org:peza", NAME, "name"),
                ("place:peza", NAME - 2, "n"),
                ("person:myslim-peza", NAME - MARGIN, "n"),
            ],
            (Kind.PERSON, Kind.ORGANISATION, Kind.PLACE),
            None,
        ),
    ],
)
def test_decide(ranked: list[tuple[str, float, str]], prefer: tuple[Kind, ...], chosen: str | None) -> None:
    assert decide(ranked, KINDS, prefer) == chosen


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
@example("Mit'hat Frasheri")
@example("Col.-Gen. `Hoxha`")
@example("\x1b[31mRED_99")
def test_ascii_folds_as_any_text_does(text: str) -> None:
    # A combining accent, which folding drops, sends the same text down the path for any text.
    assert normalise(text) == normalise(text + "\u0301")


# Letters that make slips likely to meet: few of them, a space, a diacritic.
_LETTERS = st.text(alphabet="abcehkë ", max_size=12)


@st.composite
def _pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two strings: mostly one and the same with a few letters changed, added, dropped or
    swapped; sometimes two strings drawn apart."""
    original = draw(_LETTERS)
    if draw(st.integers(0, 4)) == 0:
        return original, draw(_LETTERS)
    text = list(original)
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["wrong", "extra", "missing", "swapped"]))
        if how == "extra":
            text.insert(where, draw(st.sampled_from("abk ")))
        elif where < len(text) and how == "wrong":
            text[where] = draw(st.sampled_from("abk "))
        elif where < len(text) and how == "missing":
            del text[where]
        elif where + 1 < len(text):
            text[where], text[where + 1] = text[where + 1], text[where]
    return original, "".join(text)


@given(_pairs(), st.integers(1, 3))
@settings(max_examples=800)
@example(("ca", "abc"), 2)  # a swap next to an extra letter: OSA counts 3, Damerau 2
@example(("abaz kupi", "abaz kuppi"), 1)
@example(("kombetar", "komebtra"), 3)
@example(("cacaa", "ca"), 3)  # a swap sought before the second letter would count 1
def test_slips_are_counted_as_rapidfuzz_counts_them(pair: tuple[str, str], most: int) -> None:
    from rapidfuzz.distance import OSA

    a, b = pair
    distance = OSA.distance(a, b)
    assert slips_between(a, b, most) == (distance if distance <= most else None)
    assert slips_between(b, a, most) == slips_between(a, b, most)


@given(st.lists(st.text(alphabet="aabëssxyz", min_size=1, max_size=8), max_size=8))
@example(["aab", "abba", "mississippi", "ëëa", "x"])
def test_the_variants_the_index_keeps_are_the_deletions_of_each_word(words: list[str]) -> None:
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    connection.executemany("INSERT INTO vocabulary VALUES (?, 1)", ((word,) for word in set(words)))
    connection.execute(VARIANTS)
    found = connection.execute("SELECT variant, word FROM variants").fetchall()
    assert sorted(found) == sorted((variant, word) for word in set(words) for variant in deletions(word))


@given(_pairs(), st.integers(1, 3))
@settings(max_examples=800)
@example(("abaz kupi", "abaz kuppi"), 1)
@example(("peza", "pezaxy"), 1)
def test_the_quick_test_never_rules_out_a_slip(pair: tuple[str, str], most: int) -> None:
    from rapidfuzz.distance import OSA

    a, b = pair
    if _lacking(a, most).match(b):
        assert OSA.distance(a, b) > most
    # Exactly `most` letters the form lacks: not ruled out by the quick test.
    assert not _lacking("peza", 2).match("pezxy")
    assert _lacking("peza", 1).match("pezxy")


@pytest.mark.parametrize(
    "query", ["Abaz Kuppi", "Kuppi", "Kupi Abza", "Mithat Frasheri", "Gjinishy", "Mustafa Gjinshi", "Dishnca"]
)
def test_a_large_base_finds_the_slips_a_small_one_finds(
    bundled: FactBase, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned = bundled.index.typos(query)
    assert scanned
    monkeypatch.setattr(index_module, "SCAN_LIMIT", 0)  # as if the base held more names than it does
    assert bundled.index.typos(query) == scanned


def test_the_initials_of_a_name() -> None:
    from albres.match import initials

    assert initials("Anti-Fascist Council of National Liberation") == {"afcnl"}
    assert initials("Bashkimi i Kombit") == {"bk"}  # the words that join a name are no initials
    assert initials("Balli Kombëtar") == {"bk"}
    assert initials("General Staff of UNÇ") == {"gsu"}  # a title is a word of the name
    assert initials("1st Assault Brigade") == {"ab"}  # a number is none
    assert initials("Tirana") == set()  # one letter is no initials
    assert initials("a b c d e f") == {"bcdf"}
    assert initials("b c d f g h") == {"bcdfgh"}
    assert initials("b c d f g h j") == set()  # seven is too many
    # An Albanian letter written with two is one, as Albanian writes initials: PKSH.
    assert initials("Partia Komuniste Shqiptare") == {"pks", "pksh"}
    assert initials("Shtabi Gjeneral") == {"sg", "shgj"}


def test_a_large_base_seeks_no_name_by_a_word_of_two_letters_a_slip_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = make_index([("org:pe-group", "Pe Group", []), ("org:pez-group", "Pez Group", [])]).names
    assert isinstance(names, SqlNames)
    monkeypatch.setattr(index_module, "SCAN_LIMIT", 0)
    # "pez" is a slip from "pe", a syllable that many names hold; a word of its own length is sought.
    assert names.candidates("peza hill", 2) == ["group pez", "pez group"]
    # A word of two letters is sought by a query word of two letters, and finds the longer too.
    assert names.candidates("pe hills", 2) == ["group pe", "group pez", "pe group", "pez group"]


def test_a_double_surname_finds_the_name_that_holds_one_of_it() -> None:
    index = make_index([("person:mustafa-merlika", "Mustafa Merlika", []), ("place:kruje", "Krujë", [])])
    found = index.find("Mustafa Merlika-Kruja")
    assert set(found) == {"person:mustafa-merlika"}
    assert found["person:mustafa-merlika"] == (FORM, "double name")  # not the name as written
    assert index.double_names("Mustafa merlika-kruja") == {}  # a hyphenated word, not two names
    assert index.double_names("Mustafa Merlika") == {}


def test_a_double_surname_within_a_name_keeps_the_words_after_it() -> None:
    index = make_index([("person:mustafa-merlika", "Mustafa Merlika Pasha", [])])
    assert set(index.double_names("Mustafa Merlika-Kruja Pasha")) == {"person:mustafa-merlika"}
