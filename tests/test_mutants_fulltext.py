"""What the full text holds (fulltext.py), pinned where mutation testing found it loose: the
index reads records, the resolver reads model entries, and both must give the same words."""

from __future__ import annotations

from typing import Any

import pytest

from albres.factbase.records import entity_from_record
from albres.fulltext import entity_text, fact_place, fact_row, fact_text, id_words, subject_dates
from albres.match import terms
from albres.model import Citation, DateSpan, Fact

AUGUST = {"edtf": "1943-08", "wording": "August 1943"}
SPRING = {"edtf": "1944-03", "wording": "March 1944"}
QUOTE = {"source": "000", "paragraph": 1, "quote": "Kupi founded Legaliteti"}

RECORD: dict[str, Any] = {
    "id": "person:abaz-kupi",
    "kind": "person",
    "name": "Abaz Kupi",
    "aliases": ["Baba Kupi"],
    "description": "Monarchist leader",
    "facts": [
        {"property": "member_of", "object": "org:legaliteti", "role": "founder", "start": AUGUST,
         "citations": [QUOTE]},
        {"property": "position", "value": "major", "end": SPRING, "citations": [QUOTE]},
    ],
}  # fmt: skip


def words(column: str) -> set[str]:
    return set(column.split())


def test_a_record_and_its_entry_have_the_same_full_text() -> None:
    assert entity_text(RECORD) == entity_text(entity_from_record(RECORD))


def test_an_entrys_full_text_holds_its_names_description_and_what_its_facts_say() -> None:
    names, description, said = entity_text(entity_from_record(RECORD))
    assert words(names) == set(terms("Abaz Kupi Baba Kupi"))
    assert words(description) == set(terms("Monarchist leader"))
    assert words(said) == set(terms("legaliteti founder August 1943 major March 1944"))


def test_a_record_without_aliases_or_facts_has_a_full_text() -> None:
    bare = {"id": "place:peza", "kind": "place", "name": "Peza", "description": "A village"}
    names, description, said = entity_text(bare)
    assert (words(names), words(description), said) == (set(terms("Peza")), set(terms("A village")), "")
    assert subject_dates(bare) == ""


def test_the_dates_of_a_subject_are_the_wordings_of_its_date_facts_only() -> None:
    record = {
        "facts": [
            {"property": "date", "date": AUGUST, "citations": [QUOTE]},
            {"property": "date", "citations": [QUOTE]},  # no date: nothing to say
            {"property": "location", "date": SPRING, "object": "place:peza", "citations": [QUOTE]},
            {"property": "date", "date": SPRING, "citations": [QUOTE]},
        ]
    }
    assert subject_dates(record) == "August 1943 March 1944"


@pytest.mark.parametrize("fact", RECORD["facts"])
def test_a_fact_record_and_its_model_fact_have_the_same_full_text(fact: dict[str, Any]) -> None:
    [model] = [f for f in entity_from_record(RECORD).facts if f.property == fact["property"]]
    assert fact_text(["Abaz Kupi"], fact, "1943") == fact_text(["Abaz Kupi"], model, "1943")


def test_a_facts_full_text_holds_its_names_labels_what_it_says_and_its_quotes() -> None:
    fact = Fact(
        "person:abaz-kupi",
        "member_of",
        (Citation("000", 1, "Kupi founded Legaliteti"), Citation("004", 2, "the monarchists")),
        object="org:legaliteti",
        role="founder",
        date=DateSpan("1943-08", "August 1943", None, None),
    )
    names, said, quotes = fact_text(["Abaz Kupi"], fact, "1942")
    assert words(names) == set(terms("Abaz Kupi legaliteti"))
    assert words(said) == set(terms("member of member: founder legaliteti August 1943 1942"))
    assert words(quotes) == set(terms("Kupi founded Legaliteti the monarchists"))


def test_a_fact_with_no_object_no_date_nor_subject_dates_says_its_label_and_value() -> None:
    fact = Fact("person:abaz-kupi", "name", (Citation("000", 1, "Baba"),), value="Baba Kupi")
    names, said, _ = fact_text(["Abaz Kupi"], fact)
    assert words(names) == set(terms("Abaz Kupi"))
    assert words(said) == set(terms("name Baba Kupi"))  # the label of "name" is "name"


def test_a_fact_of_a_property_albres_does_not_know_is_read_by_its_words() -> None:
    fact = {"property": "nickname", "value": "the Lion", "citations": [QUOTE]}
    _, said, quotes = fact_text(["Abaz Kupi"], fact)
    assert words(said) == set(terms("the Lion"))
    assert words(quotes) == set(terms("Kupi founded Legaliteti"))


def test_the_words_of_an_id_are_its_slug() -> None:
    assert id_words("person:abaz-kupi") == "abaz kupi"


@pytest.mark.parametrize(("entity_row", "k"), [(1, 0), (1, 5), (7, 3), (234, 1000)])
def test_a_fact_row_gives_back_its_entity_row_and_place(entity_row: int, k: int) -> None:
    assert fact_place(fact_row(entity_row, k)) == (entity_row, k)
