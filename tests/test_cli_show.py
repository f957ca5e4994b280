from __future__ import annotations

from typing import Any

from .conftest import Run, as_json


def test_show_prints_every_fact(run: Run, fixture_doc: dict[str, Any]) -> None:
    doc: dict[str, Any] = as_json(run("show", "event:mukje-conference", "--json"))
    raw = next(e for e in fixture_doc["entities"] if e["id"] == "event:mukje-conference")
    own = [f for f in doc["facts"] if f["subject"]["id"] == "event:mukje-conference"]
    assert len(own) == len(raw["facts"])
    assert doc["entity"]["aliases"] == raw["aliases"]


def test_show_table_with_quotes(run: Run) -> None:
    out = run("show", "place:mukje", "--quotes").stdout
    assert "in Mukaj (near Krujë in North Albania)" in out
    assert "sources differ" in out


def test_show_unknown_id(run: Run) -> None:
    result = run("show", "place:atlantis")
    assert result.exit_code == 1
    assert "place:atlantis" in result.stderr
