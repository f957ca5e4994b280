"""The vocabulary is declared once: the schema derives from it and no other module spells a property."""

from __future__ import annotations

import ast

import pytest

from albres.factbase.schema import schema, schema_text
from albres.model import Entity, Fact, Kind
from albres.output.phrases import fact_phrase
from albres.properties import PROPERTIES, Property

from .conftest import DATA, ROOT

PACKAGE = ROOT / "albres"


def test_the_shipped_schema_is_generated_from_the_table() -> None:
    shipped = (DATA / "factbase.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: python -m albres.factbase.schema > data/factbase.schema.json"


def test_the_schema_names_every_property_and_only_those() -> None:
    declared = schema()["$defs"]["fact"]["properties"]["property"]
    assert declared["enum"] == list(PROPERTIES)
    for prop in PROPERTIES.values():
        assert f"{prop.name}: {prop.description}" in declared["description"]


def spelled_properties(source: str) -> list[tuple[int, str]]:
    """(line, name) of each property name written as a string where a rule would use it: in a
    comparison (`fact.property == "date"`, `in ("location", "part_of")`) or as a key of a dict
    keyed by property names."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and node.value in PROPERTIES):
            continue
        parent = parents.get(node)
        if isinstance(parent, (ast.Tuple, ast.List, ast.Set)):
            parent = parents.get(parent)
        keyed = (
            isinstance(parent, ast.Dict)
            and sum(isinstance(k, ast.Constant) and k.value in PROPERTIES for k in parent.keys) >= 3
        )
        if isinstance(parent, ast.Compare) or keyed:
            found.append((node.lineno, str(node.value)))
    return found


def test_no_module_but_properties_spells_a_property() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {name!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "properties.py"
        for line, name in spelled_properties(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(
    "source",
    [
        'if fact.property == "location": pass',
        'ok = fact["property"] in ("position", "leader_of")',
        '_FORWARD = {"date": "date", "member_of": "member of", "part_of": "part of"}',
    ],
)
def test_the_scan_finds_a_spelled_property(source: str) -> None:
    assert spelled_properties(source)


def test_the_scan_leaves_json_field_names_alone() -> None:
    assert not spelled_properties('doc = {"name": entity.name, "date": span}')


@pytest.mark.parametrize("prop", PROPERTIES.values(), ids=lambda p: p.name)
def test_every_property_reads_from_both_sides(prop: Property) -> None:
    subject = Entity("event:a", Kind.EVENT, "Alpha", "a subject")
    target = Entity("place:b", Kind.PLACE, "Beta", "an object")
    related = {e.id: e for e in (subject, target)}
    fact = Fact("event:a", prop.name, (), object="place:b", value="Gamma", role="Delta")
    forward = fact_phrase(fact, "event:a", related)
    assert forward
    if prop.shape in ("object", "office", "role_of", "role_colon"):
        assert "Beta" in forward
    backward = fact_phrase(fact, "place:b", related)
    assert "Alpha" in backward
    assert backward.startswith(prop.backward_from_event or prop.backward)
