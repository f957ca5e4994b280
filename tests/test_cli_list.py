"""albres list: every entry, or every entry of a kind, for browsing and for scripts."""

from __future__ import annotations

import json

import pytest

from albres.factbase import FactBase

from .conftest import Run, as_json


def test_list_gives_every_entry_in_file_order(run: Run, base: FactBase) -> None:
    doc = as_json(run("list", "--json"))
    assert doc["command"] == "list"
    assert [e["id"] for e in doc["entities"]] == list(base.ids())


@pytest.mark.parametrize("kind", ["person", "organisation", "place", "event"])
def test_list_a_kind(run: Run, base: FactBase, kind: str) -> None:
    lines = run("list", "--kind", kind, "--jsonl").stdout.splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == [e.id for e in base.entities() if e.kind.value == kind]
    assert all(json.loads(line)["kind"] == kind for line in lines)


def test_list_as_a_table_names_each_entry(run: Run, base: FactBase) -> None:
    result = run("list", "--kind", "person")
    assert result.exit_code == 0
    people = [e for e in base.entities() if e.kind.value == "person"]
    assert all(e.id in result.stdout for e in people)
    assert result.stdout.rstrip().endswith(f"{len(people)} entries")


def test_an_unknown_kind_is_a_usage_error(run: Run) -> None:
    assert run("list", "--kind", "planet").exit_code == 2
