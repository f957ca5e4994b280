from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from albres.factbase.read import paragraphs
from albres.validate import validate

from .conftest import DATA, make_factbase


def test_the_bundled_fact_base_has_no_errors() -> None:
    report = validate(DATA)
    assert [p for p in report.problems if p.level == "error"] == []
    assert report.entities > 100


def test_the_fixture_has_only_its_two_known_warnings(fixture_dir: Path) -> None:
    """An alias of two entities, and a fact that quotes a bibliographic line (the fixture keeps
    Vladimir Dedijer, whom only 000's source list names, as an entity with no date or place)."""
    report = validate(fixture_dir)
    assert [(p.level, p.message) for p in report.problems] == [
        (
            "warning",
            "'Vladimir Dedijer. \"Jugoslovensko-albanski odnosi 1939-1948\"' is a reference to a work, "
            "not a fact: cite the text",
        ),
        ("warning", "'peza' names several entities: person:myslim-peza, place:peza"),
    ]
    assert report.facts > 20


def problems_after(tmp_path: Path, fixture_doc: dict[str, Any], change: Any) -> list[tuple[str, str, str]]:
    """The problems a change to the fixture brings, beyond the fixture's own warnings."""
    doc = copy.deepcopy(fixture_doc)
    change(doc)
    report = validate(make_factbase(tmp_path / "fb", doc))
    known = ("'peza'", "Vladimir Dedijer")
    return [(p.level, p.where, p.message) for p in report.problems if not any(k in p.message for k in known)]


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
        ({"edtf": "1943-13", "wording": "x"}, "month or season out of range"),
        ({"edtf": "1943-08-03/1943-08-01", "wording": "x"}, "ends before"),
        # Bounds are derived from the EDTF: a stored one is refused, right or wrong (004 ¶2's
        # "28 November 1939" as a stored day would be trusted over the EDTF otherwise).
        ({"edtf": "1943-08", "wording": "x", "latest": "1943-08-30"}, "unknown field 'latest'"),
        ({"edtf": "1943-08", "wording": "x", "earliest": "1943-08-01"}, "unknown field 'earliest'"),
    ],
)
def test_bad_dates(tmp_path: Path, fixture_doc: dict[str, Any], span: dict[str, Any], message: str) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][0]["facts"][1]["start"] = span

    [(level, _, found)] = problems_after(tmp_path, fixture_doc, change)
    assert level == "error"
    assert "$.entities[0].facts[1].start" in found  # a shape error: reported alone, where and all
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


def test_a_dispute_without_a_claim_from_each_side_is_an_error(
    tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["disputes"].append({"id": "lonely", "summary": "only one side"})
        doc["entities"][0]["facts"][0]["dispute"] = "lonely"  # a claim from one source only

    [(level, where, message)] = problems_after(tmp_path, fixture_doc, change)
    assert (level, where) == ("error", "$.disputes[3]")
    assert "'lonely' is not claimed by two sources" in message


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


def test_the_report_counts_and_locates(fixture_dir: Path, fixture_doc: dict[str, Any]) -> None:
    report = validate(fixture_dir)
    assert (report.folder, report.entities, report.facts) == (str(fixture_dir), 20, 32)
    assert report.entities == len(fixture_doc["entities"])
    assert report.facts == sum(len(e.get("facts", ())) for e in fixture_doc["entities"])
    reference, problem = report.problems
    assert reference.where == "$.entities[5].facts[0].citations[0].quote"  # Vladimir Dedijer
    assert problem.file == os.path.join(fixture_dir, "factbase.json")
    assert problem.where == "$.entities[3].aliases[0]"  # "Col. Peza", the first of the two


def test_a_shape_error_counts_nothing(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(fixture_doc)
    doc["entities"][0]["facts"][0]["object"] = "org:nowhere"
    folder = make_factbase(tmp_path / "fb", doc)
    report = validate(folder)
    assert (report.entities, report.facts, report.errors, report.warnings) == (0, 0, 1, 0)
    [problem] = report.problems
    assert (problem.level, problem.file, problem.where) == ("error", str(folder / "factbase.json"), "")
    assert "no entity 'org:nowhere'" in problem.message


def test_a_fact_base_without_disputes(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        del doc["disputes"]
        for entity in doc["entities"]:
            for fact in entity.get("facts", ()):
                fact.pop("dispute", None)

    assert problems_after(tmp_path, fixture_doc, change) == []


def test_an_unsupported_entity_is_located(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"].append(
            {"id": "place:nowhere", "kind": "place", "name": "Nowhere", "description": "x"}
        )

    assert problems_after(tmp_path, fixture_doc, change) == [
        ("error", "$.entities[20]", "place:nowhere has no citation: no fact on it, none naming it")
    ]


def test_every_bad_citation_of_a_fact_is_reported(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        citations = doc["entities"][0]["facts"][0]["citations"]
        citations[0]["paragraph"] = 18
        citations.append({"source": "000", "paragraph": 7, "quote": "x"})
        citations.append({"source": "004", "paragraph": 4, "quote": "Major  Abaz\nKupi"})
        citations.append({"source": "004", "paragraph": 4, "quote": "Major Abaz Kupi was born"})

    assert problems_after(tmp_path, fixture_doc, change) == [
        ("error", "$.entities[0].facts[0].citations[0].paragraph", "source 004 has 17 paragraphs"),
        ("error", "$.entities[0].facts[0].citations[1].paragraph", "source 000 has 6 paragraphs"),
        (
            "error",
            "$.entities[0].facts[0].citations[3].quote",
            "not verbatim in 004 ¶4: 'Major Abaz Kupi was born'",
        ),
    ]


@pytest.mark.parametrize(("length", "warned"), [(299, False), (300, False), (301, True)])
def test_a_long_quote_is_a_warning(
    tmp_path: Path, fixture_doc: dict[str, Any], length: int, warned: bool
) -> None:
    text = (DATA / "sources" / fixture_doc["sources"][1]["file"]).read_text(encoding="utf-8")
    paragraph = paragraphs(text)[1]
    start = next(i for i in range(len(paragraph)) if paragraph[i] != " " and paragraph[i + length - 1] != " ")
    quote = paragraph[start : start + length]

    def change(doc: dict[str, Any]) -> None:
        first_citation(doc).update(paragraph=2, quote=quote)

    expected = (
        "warning",
        "$.entities[0].facts[0].citations[0].quote",
        f"{length} characters; keep quotes to a sentence",
    )
    assert problems_after(tmp_path, fixture_doc, change) == ([expected] if warned else [])


def test_what_the_property_table_asks_of_a_fact(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    def change(doc: dict[str, Any]) -> None:
        citations = copy.deepcopy(first_citation(doc))
        doc["entities"][0]["facts"].append(
            {"property": "participant", "object": "org:legaliteti", "citations": [citations]}
        )
        doc["entities"][15]["facts"][5].pop("quantity")

    assert problems_after(tmp_path, fixture_doc, change) == [
        ("warning", "$.entities[0].facts[2].property", "participant facts belong on events"),
        ("warning", "$.entities[15].facts[5].quantity", "a figure without a quantity"),
    ]


@pytest.mark.parametrize(
    ("alias", "where", "key"),
    [
        ("Abaz Kupi", "$.entities[0].name", "abaz kupi"),
        ("Major Kupi", "$.entities[0].aliases[1]", "kupi"),
        ("Gani Kryeziu", "$.entities[2].aliases[0]", "gani kryeziu"),
    ],
)
def test_a_shared_name_is_reported_where_the_first_entity_gives_it(
    tmp_path: Path, fixture_doc: dict[str, Any], alias: str, where: str, key: str
) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["entities"][2]["aliases"].append(alias)

    owner = "person:abaz-kupi" if "Kupi" in alias else "person:gani-kryeziu"
    others = ", ".join(sorted([owner, "person:alush-kryeziu"]))
    assert problems_after(tmp_path, fixture_doc, change) == [
        ("warning", where, f"{key!r} names several entities: {others}")
    ]


def test_an_unreadable_source_text_is_an_error_at_its_source(
    tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    folder = make_factbase(tmp_path / "fb", fixture_doc)
    (folder / "sources" / fixture_doc["sources"][1]["file"]).write_bytes(b"caf\xe9")
    report = validate(folder)
    [problem] = [p for p in report.problems if p.where == "$.sources[1].file"]
    assert problem.level == "error"
    assert "as UTF-8 text" in problem.message


def test_what_spans_entities_is_reported_once_with_its_first_place(
    tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(fixture_doc)
    lonely = {"id": "person:lonely, one", "kind": "person", "name": "Lonely", "description": "uncited"}
    twin = {**copy.deepcopy(doc["entities"][0]), "id": "person:zz-twin", "aliases": []}
    doc["entities"] += [lonely, twin]
    report = validate(make_factbase(tmp_path / "fb", doc))
    uncited = [p for p in report.problems if "has no citation" in p.message]
    assert [(p.where, p.level) for p in uncited] == [(f"$.entities[{len(doc['entities']) - 2}]", "error")]
    shared = [p for p in report.problems if "names several entities" in p.message]
    first_id = doc["entities"][0]["id"]
    mine = [p for p in shared if "person:zz-twin" in p.message]
    assert mine
    assert mine[0].where == "$.entities[0].name"
    assert mine[0].message.endswith(f"{first_id}, person:zz-twin")
