from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import Run, as_json


def test_events_by_year_table(run: Run) -> None:
    result = run("events", "--year", "1943")
    assert result.exit_code == 0
    out = result.stdout
    assert "Mukje Conference" in out
    assert "17–22 February 1943" in out
    assert out.index("February 1943") < out.index("August 1943")
    assert "Conference of Pezë" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_an_imprecise_date_shows_in_every_year_it_overlaps(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("events", "--year", "1940", "--json"))
    assert [e["id"] for e in doc["events"]] == ["event:summer-uprising-1940"]
    assert doc["events"][0]["earliest"] == "1940-06-01"
    assert doc["filters"] == {"year": "1940"}


def test_events_jsonl(run: Run) -> None:
    result = run("events", "--jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5
    assert all(line["schema_version"] == 2 for line in lines)
    assert [line["earliest"] for line in lines] == sorted(line["earliest"] for line in lines)


def test_events_filters(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("events", "--person", "Kupi", "--type", "conference", "--json"))
    assert [e["id"] for e in doc["events"]] == ["event:peza-conference"]
    doc = as_json(run("events", "--from", "1943-08", "--to", "1943-08-01", "--json"))
    assert [e["id"] for e in doc["events"]] == ["event:mukje-conference"]


def test_no_events_match_is_nothing_to_answer(run: Run) -> None:
    result = run("events", "--year", "1950")
    assert result.exit_code == 1
    assert "No events match." in result.stdout
    assert result.stderr.strip() == "albres: no events match"
    as_json_result = run("events", "--year", "1950", "--json")
    assert as_json_result.exit_code == 1
    assert as_json(as_json_result)["events"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "forty"], "forty"),
        (["--year", "-3"], "-3"),
        (["--from", "1943-13-45"], "not a date"),
        (["--from", "1944", "--to", "1943"], "--from is after --to"),
        (["--type", "picnic"], "unknown event type"),
    ],
)
def test_bad_values_are_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("events", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.splitlines()[-1].startswith(("Error:", "albres:"))  # the message comes last


def test_unknown_filter_name(run: Run) -> None:
    result = run("events", "--person", "Winston Churchill")
    assert result.exit_code == 1
    assert "Winston Churchill" in result.stderr
