from __future__ import annotations

import json
from typing import Any

from .conftest import Run, as_json


def test_search_table(run: Run) -> None:
    result = run("search", "kryeziu")
    assert result.exit_code == 0
    assert "Gani Kryeziu" in result.stdout
    assert "person:gani-kryeziu" in result.stdout


def test_search_json_ranks_candidates(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("search", "peza", "--json"))
    candidates = doc["candidates"]
    assert {"person", "place", "event"} <= {c["kind"] for c in candidates}
    assert [c["score"] for c in candidates] == sorted((c["score"] for c in candidates), reverse=True)
    assert sum(c["match"] for c in candidates) <= 1
    assert set(candidates[0]) == {"id", "name", "kind", "description", "score", "match"}


def test_search_limit_and_jsonl(run: Run) -> None:
    lines = run("search", "peza", "--limit", "2", "--jsonl").stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema_version"] == 1 for line in lines)


def test_search_with_no_candidates(run: Run) -> None:
    result = run("search", "zzzzqqqq")
    assert result.exit_code == 0
    assert "No candidates." in result.stdout
