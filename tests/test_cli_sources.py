from __future__ import annotations

from typing import Any

from .conftest import Run, as_json


def test_sources_table(run: Run) -> None:
    result = run("sources")
    assert result.exit_code == 0
    assert "Mukje Conference" in result.stdout
    assert "000_a26193dca1519e4d.txt" in result.stdout


def test_sources_json_counts(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("sources", "--json"))
    counts = {s["id"]: s["facts"] for s in doc["sources"]}
    assert set(counts) == {"000", "004"}
    assert all(n > 0 for n in counts.values())
