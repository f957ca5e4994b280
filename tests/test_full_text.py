"""Answers in the user's own words: the full text behind the resolver, on the bundled fact base."""

from __future__ import annotations

import json
import re

import pytest

from albres import query
from albres.errors import Ambiguous, NotFound
from albres.factbase import FactBase
from albres.match import terms
from albres.model import READ_AS, Kind
from albres.resolver import TEXT_SCORE, asked_kinds, query_words, read_text, synonyms, synonyms_of

from .conftest import DATA, Run, as_json


@pytest.mark.parametrize(
    ("ask", "words", "expected"),
    [
        (query.when, "the gathering at Peza", "event:peza-conference"),
        (query.when, "the Italian surrender", "event:italy-capitulation"),
        (query.where, "the fighting in Mallakastra", None),
        (query.who, "founder of the Unity Front", "person:abaz-kupi"),
        (query.who, "the Balli Kombëtar leader", None),
        (query.where, "the meeting near Krujë", "place:mukje"),  # read as the conference, held there
    ],
)
def test_words_that_name_no_entry_are_read_through_the_text(
    bundled: FactBase, ask: object, words: str, expected: str | None
) -> None:
    answer = ask(bundled, words)  # type: ignore[operator]
    chosen = [c for c in answer.candidates if c.match]
    assert chosen[0].how == READ_AS
    if expected:
        assert answer.entity.id == expected


@pytest.mark.parametrize(
    "words",
    ["Fan Noli", "Bajram Curri", "the Treaty of London", "the wife of Abaz Kupi", "the massacre in Borove"],
)
def test_what_the_sources_never_name_is_not_found(bundled: FactBase, words: str) -> None:
    with pytest.raises(NotFound):
        query.who(bundled, words)


def test_a_who_that_names_a_person_and_his_unit_means_the_person(bundled: FactBase) -> None:
    assert query.who(bundled, "founder of Legaliteti").entity.kind.value == "person"


def test_a_role_phrase_reaches_the_person_whose_fact_says_so(bundled: FactBase) -> None:
    # 004 ¶12: "the 1st Assault Brigade of UNÇ (commander - ... Mehmet Shehu, political commissar
    # - a Yugoslav Dušan Mugoša)": the quote names both; only Shehu's fact holds "commander".
    assert query.who(bundled, "commander of the 1st Assault Brigade").entity.id == "person:mehmet-shehu"


def test_close_readings_are_listed_not_guessed(bundled: FactBase) -> None:
    with pytest.raises(Ambiguous) as error:
        query.who(bundled, "the front")  # the Unity Front, the National Liberation Front, the National Front
    assert len(error.value.candidates) >= 2


@pytest.mark.parametrize(
    "words", ['AND OR NEAR * "', 'Peza" OR "x', "^gathering NEAR(Peza)", "{names}: Peza*"]
)
def test_search_syntax_in_the_words_is_plain_text(run: Run, words: str) -> None:
    result = run("who", "--json", "--", words, data=DATA)
    assert result.exit_code in (0, 1)
    assert as_json(result)["status"] in ("found", "not_found", "ambiguous")


@pytest.mark.parametrize(
    ("command", "words", "read_as"),
    [
        ("when", "the gathering at Peza", "Conference of Pezë (event:peza-conference)"),
        # Who held a role next, from the dates of the roles: read from the words too.
        ("who", "fascist PM replacing Vërlaci", "Mustafa Merlika (person:mustafa-merlika)"),
    ],
)
def test_the_cli_says_how_it_read_the_words(run: Run, command: str, words: str, read_as: str) -> None:
    result = run(command, words, data=DATA)
    assert result.exit_code == 0
    assert result.stderr.strip() == f"albres: reading '{words}' as {read_as}"


def test_every_synonym_stands_in_the_sources_or_the_fact_base() -> None:
    texts = " ".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "sources").glob("*.txt")))
    texts += (DATA / "factbase.json").read_text(encoding="utf-8")
    known = set(terms(texts))
    table = json.loads((DATA / "synonyms.json").read_text(encoding="utf-8"))
    for word, others in table.items():
        if word.startswith("_"):
            continue
        for other in others:
            assert set(terms(other)) <= known, (word, other)
    assert synonyms()


def test_every_word_of_the_synonyms_can_be_typed() -> None:
    # A word whose terms are none (a stop word, "lad"; letters a query never keeps, "c-in-c")
    # is never read: write it as a phrase ("c in c", which "C-in-C" is read as) or not at all.
    table = json.loads((DATA / "synonyms.json").read_text(encoding="utf-8"))
    for word in table:
        if not word.startswith("_") and " " not in word:
            assert terms(word), word


def test_words_that_fold_alike_share_their_synonyms() -> None:
    # "killed" and "killings" fold to one term; "italian" and "italiane" too.
    table = json.loads((DATA / "synonyms.json").read_text(encoding="utf-8"))
    for word, others in table.items():
        if not word.startswith("_") and " " not in word:  # a phrase is read as a whole
            for key in terms(word):
                assert set(terms(" ".join(others))) <= set(synonyms_of(key)), (word, key)


def test_terms_fold_as_names_do() -> None:
    assert terms("Konferenca e Pezës") == terms("konferenca pezes")
    assert terms("Who created the Unity Front?") == ["creat", "unity", "front"]
    # -ed and -ing fold in words of six letters or more, so that verbs meet their nouns.
    assert terms("headed heading fighting landed") == ["head", "head", "fight", "land"]
    assert terms("led red sing") == ["led", "red", "sing"]
    assert "the" not in terms("the gathering")
    assert re.fullmatch(r"[a-z0-9 ]*", " ".join(terms("Mit'hat Frashëri, 1943!")))
    # A possessive's 's is no part of the word, however it is written or followed.
    assert terms("Zog's") == terms("Zog’s,") == terms("ZOG'S?") == terms("Zog") == ["zog"]
    assert terms("zogs") == ["zogs"]  # a short word's s stays: no apostrophe, no possessive
    assert terms("Mit'hat") == ["mithat"]


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("who led Legality", (Kind.PERSON, Kind.ORGANISATION)),
        ("Who created the Unity Front", (Kind.PERSON, Kind.ORGANISATION)),
        ("when did Italy surrender", (Kind.EVENT,)),
        ("where was the party founded", (Kind.PLACE, Kind.EVENT)),
        ("population of Albania", ()),
        ("", ()),
    ],
)
def test_a_question_word_asks_for_its_kinds(words: str, kinds: tuple[Kind, ...]) -> None:
    assert asked_kinds(words) == kinds


def test_a_long_word_the_text_lacks_may_be_one_slip_from_a_name(bundled: FactBase) -> None:
    # "Mallakestra" is not in the text, "Mallakastra" is (004 ¶9): one slip, and five letters or more.
    assert query_words(bundled, "fighting in Mallakestra") is not None
    assert query_words(bundled, "fighting in Zzzzzzzzzz") is None
    assert query_words(bundled, "the Pezz gathering") is None  # four letters: no slip allowed


def test_full_text_candidates_are_ranked_best_first(bundled: FactBase) -> None:
    ranked, _, _ = read_text(bundled, "partisan army", (Kind.ORGANISATION,))
    scores = [score for _, score, _ in ranked]
    assert len(scores) >= 2
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == TEXT_SCORE
    assert all(0 < score <= TEXT_SCORE for score in scores)


def test_of_the_names_that_hold_the_words_the_one_they_make_up_most_is_meant(bundled: FactBase) -> None:
    # "Liberation of Albania" (an alias) is all the words; the 2nd Congress of the Anti-Fascist
    # Council of National Liberation of Albania holds them too, among seven more.
    ranked, chosen, _ = read_text(bundled, "when was albania liberated", (Kind.EVENT,))
    assert chosen == "event:liberation-of-albania"
    assert [entity_id for entity_id, _, _ in ranked[:2]] == [
        "event:liberation-of-albania",
        "event:berat-congress",
    ]
    assert ranked[0][1] == TEXT_SCORE > ranked[1][1]
    # The Albanian army: "National Liberation Army" (an alias) is two words in three of it.
    assert (
        read_text(bundled, "the liberation army", (Kind.ORGANISATION,))[1] == "org:national-liberation-army"
    )


def test_a_full_text_query_asks_a_part_only_when_it_adds_a_word_the_required_lack() -> None:
    from albres.factbase import _either

    # One word: its three parts are the same, and it is asked once.
    assert _either([{"kryezi"}], [{"kryezi"}], [{"kryezi"}]) == '(("kryezi"))'
    # Every group required: the parts of any of them add no text and no word to rank by.
    assert _either([{"a"}, {"b"}], [{"b"}], [{"a"}, {"b"}]) == '(("a") AND ("b"))'
    # A group not required is asked, so that bm25 ranks the texts that hold it first.
    asked = _either([{"a"}, {"b"}, {"c", "d"}], [{"c", "d"}], [{"a"}])
    assert asked == '(("a")) AND (("c" OR "d")) AND (("a") OR ("b") OR ("c" OR "d"))'
    # A part the same as one asked before is asked once.
    assert _either([{"a"}, {"b"}], [{"a"}, {"b"}], [{"a"}]) == '(("a")) AND (("a") OR ("b"))'
    assert _either([{"a"}, {"b"}], [], []) == '(("a") OR ("b"))'


def test_the_entities_a_full_text_search_keeps_are_its_best(bundled: FactBase) -> None:
    # More entries hold "albanian" than the limit keeps: those kept are the best ranked, in
    # order, not the first found.
    every = bundled.entity_search([{"albanian"}], 1000)
    assert len(every) > 10
    assert bundled.entity_search([{"albanian"}], 5) == every[:5]
    assert [rank for _, rank in every] == sorted(rank for _, rank in every)
    texts = bundled.text_search([{"albanian"}], 1000)
    assert [(entity, rank) for entity, _, rank in bundled.text_search([{"albanian"}], 5)] == [
        (entity, rank) for entity, _, rank in texts[:5]
    ]
