from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from albres.validate import validate

from .conftest import DATA, make_factbase


def test_the_bundled_fact_base_has_no_errors() -> None:
    report = validate(DATA)
    assert [p for p in report.problems if p.level == "error"] == []
    assert report.entities > 100


def test_the_fixture_has_only_the_peza_warning(fixture_dir: Path) -> None:
    report = validate(fixture_dir)
    assert [(p.level, p.message) for p in report.problems] == [
        ("warning", "'peza' names several entities: person:myslim-peza, place:peza")
    ]
    assert report.facts > 20


def problems_after(tmp_path: Path, fixture_doc: dict[str, Any], change: Any) -> list[tuple[str, str, str]]:
    """The problems a change to the fixture brings, beyond the fixture's own warning."""
    doc = copy.deepcopy(fixture_doc)
    change(doc)
    report = validate(make_factbase(tmp_path / "fb", doc))
    return [(p.level, p.where, p.message) for p in report.problems if "'peza'" not in p.message]


def first_citation(doc: dict[str, Any]) -> dict[str, Any]:
    citation: dict[str, Any] = doc["entities"][0]["facts"][0]["citations"][0]
    return citation


def test_a_quote_not_in_its_paragraph(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        first_citation(doc)["quote"] = "Abaz Kupi was born in Krujë"

    [(level, where, message)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "error"
    assert where == "$.entities[0].facts[0].citations[0].quote"
    assert "not verbatim in 004 ¶4" in message


def test_a_quote_from_another_paragraph(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        first_citation(doc)["paragraph"] = 5

    assert [p[0] for p in problems_after(tmp_path, fixture_doc, change)] == ["error"]


def test_a_paragraph_beyond_the_text(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        first_citation(doc)["paragraph"] = 99

    [(_, where, message)] = problems_after(tmp_path, fixture_doc, change)
    assert where.endswith(".paragraph")
    assert "17 paragraphs" in message


@pytest.mark.parametrize(
    ("span", "message"),
    [
        (
            {"edtf": "1943-13", "wording": "x", "earliest": None, "latest": None},
            "month or season out of range",
        ),
        ({"edtf": "1943-08", "wording": "x", "earliest": "1943-08-01", "latest": "1943-08-30"}, "should be"),
        ({"edtf": "1943-08-03/1943-08-01", "wording": "x", "earliest": None, "latest": None}, "ends before"),
    ],
)
def test_bad_dates(tmp_path: Path, fixture_doc: dict[str, Any], span: dict[str, Any], message: str) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][0]["facts"][1]["start"] = span

    [(level, where, found)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "error"
    assert where.startswith("$.entities[0].facts[1].start")
    assert message in found


def test_an_entity_nothing_supports(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"].append(
            {"id": "person:nobody", "kind": "person", "name": "Nobody", "description": "x"}
        )

    [(level, _, message)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "error"
    assert "person:nobody has no citation" in message


def test_colliding_aliases_are_a_warning(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][1]["aliases"].append("Kupi")

    [(level, _, message)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "warning"
    assert "person:abaz-kupi" in message
    assert "person:gani-kryeziu" in message


def test_a_one_sided_dispute_is_a_warning(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["disputes"].append({"id": "lonely", "summary": "only one side"})

    [(level, where, _)] = problems_after(tmp_path, fixture_doc, change)
    assert (level, where) == ("warning", "$.disputes[3]")


def test_a_shape_error_is_reported_alone(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][0]["facts"][0]["object"] = "org:nowhere"
        first_citation(doc)["quote"] = "invented"

    [(level, _, message)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "error"
    assert "org:nowhere" in message


def test_validate_never_writes(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    before = (folder / "factbase.json").read_bytes()
    validate(folder)
    assert (folder / "factbase.json").read_bytes() == before
