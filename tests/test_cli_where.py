from __future__ import annotations

from typing import Any

from .conftest import Run, as_json


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
