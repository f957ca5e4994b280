from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import DATA, Run, as_json


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


def test_search_with_no_candidates_is_nothing_found(run: Run) -> None:
    result = run("search", "zzzzqqqq")
    assert result.exit_code == 1
    assert result.stderr.strip() == "albres: no good match for 'zzzzqqqq'"


@pytest.mark.parametrize("words", ["Fan Noli", "Treaty of London", "Kominform"])
def test_mere_resemblance_is_no_good_match(run: Run, words: str) -> None:
    # None of these is in the sources; what merely resembles them is listed on stderr only.
    result = run("search", words, "--json", data=DATA)
    assert result.exit_code == 1
    assert as_json(result)["status"] == "not_found"
    assert result.stderr.startswith(f"albres: no good match for {words!r}")


@pytest.mark.parametrize(("words", "first"), [("Mukje conf", "Mukje Conference"), ("kryez", "Alush Kryeziu")])
def test_the_beginning_of_a_name_is_a_good_match(run: Run, words: str, first: str) -> None:
    result = run("search", words, "--json", data=DATA)
    assert result.exit_code == 0
    assert first in [c["name"] for c in as_json(result)["candidates"][:2]]
