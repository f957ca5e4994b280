from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from .conftest import DATA, Run, as_json, make_factbase


def test_where_a_place_is_and_what_happened_there(run: Run) -> None:
    result = run("where", "Mukja")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Mukje")
    assert "Krujë" in out
    assert "Mukje Conference" in out


def test_where_prefers_the_village_over_the_man(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("where", "Peza", "--json"))
    assert doc["entity"]["id"] == "place:peza"
    assert "event:peza-conference" in {f["subject"]["id"] for f in doc["facts"]}


def test_where_an_event_was(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("where", "Conference of Peze", "--json"))
    assert [f["object"]["id"] for f in doc["facts"]] == ["place:peza"]


def test_where_a_person_has_been(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("where", "Major Kupi", "--json"))
    assert "place:peza" in {f["object"]["id"] for f in doc["facts"] if f["object"]}


def test_where_with_no_place_in_the_sources(run: Run) -> None:
    result = run("where", "Vladimir Dedijer")
    assert result.exit_code == 0
    assert "no place" in result.stdout


def test_a_where_question_about_an_event_held_in_one_place_answers_the_place(run: Run) -> None:
    result = run("where", "where was the Conference of Peze?", "--json")
    doc: dict[str, Any] = as_json(result)
    assert doc["entity"]["id"] == "place:peza"
    # The answer says what ties the event to the place, and which event the words were read as.
    assert [(f["subject"]["id"], f["object"]["id"]) for f in doc["facts"]] == [
        ("event:peza-conference", "place:peza")
    ]
    assert doc["candidates"][0]["id"] == "event:peza-conference"


def test_an_event_named_beside_its_place_answers_the_place(run: Run) -> None:
    # As `who` means the man rather than the division named after him, `where` means the place.
    for words in ("Conference of Peze", "the meeting at Peza", "Konferenca e Pezës"):
        doc: dict[str, Any] = as_json(run("where", words, "--json"))
        assert doc["entity"]["id"] == "place:peza", words
        assert [(f["subject"]["id"], f["object"]["id"]) for f in doc["facts"]] == [
            ("event:peza-conference", "place:peza")
        ]
        assert doc["candidates"][0]["id"] == "event:peza-conference"


def test_an_event_named_without_its_place_stays_the_event(run: Run) -> None:
    # Korça is where the groups met, but the words do not name it.
    doc: dict[str, Any] = as_json(run("where", "Communist groups of autumn 1941", "--json"))
    assert doc["entity"]["id"] == "event:communist-groups-1941"
    assert [f["object"]["id"] for f in doc["facts"]] == ["place:korca"]


def _peza_held_in_two_places(tmp_path: Path, fixture_doc: dict[str, Any]) -> Path:
    """The fixture fact base with the Conference of Pezë held at Krujë as well."""
    doc = copy.deepcopy(fixture_doc)
    [peza] = [e for e in doc["entities"] if e["id"] == "event:peza-conference"]
    [located] = [f for f in peza["facts"] if f["property"] == "location"]
    peza["facts"].append({**located, "object": "place:kruje"})
    return make_factbase(tmp_path / "fb", doc)


def test_a_where_question_about_an_event_in_two_places_answers_the_event(
    run: Run, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    data = _peza_held_in_two_places(tmp_path, fixture_doc)
    answer: dict[str, Any] = as_json(run("where", "where was the Conference of Peze?", "--json", data=data))
    assert answer["entity"]["id"] == "event:peza-conference"
    assert {f["object"]["id"] for f in answer["facts"]} == {"place:peza", "place:kruje"}


def test_an_event_named_beside_two_of_its_places_stays_the_event(
    run: Run, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    data = _peza_held_in_two_places(tmp_path, fixture_doc)
    both: dict[str, Any] = as_json(run("where", "Conference of Peze near Kruje", "--json", data=data))
    assert both["entity"]["id"] == "event:peza-conference"
    one: dict[str, Any] = as_json(run("where", "Conference of Peze", "--json", data=data))
    assert one["entity"]["id"] == "place:peza"


def test_where_of_an_event_in_several_places_is_the_one_whose_fact_says_the_words(run: Run) -> None:
    for said, place in (
        ("where were the mines the partisans wrecked early 43", "place:selenica"),  # a year written short
        ("oil wells partisans destroyed", "place:patos"),  # no question: the words describe it
        ("mines blown up by partisans 1943", "place:selenica"),
    ):
        assert as_json(run("where", said, "--json", data=DATA))["entity"]["id"] == place, said


def test_where_of_an_event_whose_places_say_the_words_alike_is_the_event(run: Run) -> None:
    event = "event:partisan-combat-actions-1943"
    for said in (
        "Partisan combat actions of the first quarter of 1943",  # its own name
        "the partisans destroyed things in early 1943",  # both places' facts say "destroyed"
    ):
        assert as_json(run("where", said, "--json", data=DATA))["entity"]["id"] == event, said
