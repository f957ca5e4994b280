from __future__ import annotations

from typing import Any

import pytest

from albres import query
from albres.factbase import FactBase

from .conftest import DATA, Run, as_json


def test_on_a_day_lists_the_events_that_overlap_it(base: FactBase) -> None:
    answer = query.on(base, "1943-08-02")
    assert [r.event.id for r in answer.events.rows] == ["event:mukje-conference"]
    assert query.on(base, "1943-08-04").events.rows == ()


def test_on_a_year_takes_every_event_overlapping_it(base: FactBase) -> None:
    ids = {r.event.id for r in query.on(base, "1943").events.rows}
    assert ids == {"event:mukje-conference", "event:labinot-conference-1943"}


def test_roles_held_then_with_their_certainty(base: FactBase) -> None:
    roles = {r.fact.subject: r.certain for r in query.on(base, "1943-12").roles}
    assert roles == {"person:abaz-kupi": False, "person:mithat-frasheri": False}
    assert query.on(base, "1941-01-01").roles == ()


def test_the_prime_ministers_of_early_1943() -> None:
    """Who was prime minister on 1943-02-01? The sources allow Libohova or Bushati."""
    bundled = query.on(__import__("albres").load(DATA), "1943-02-01")
    prime = {r.fact.subject for r in bundled.roles if r.fact.value == "prime minister"}
    assert prime == {"person:eqrem-libohova", "person:maliq-bushati"}
    assert not any(r.certain for r in bundled.roles if r.fact.value == "prime minister")


def test_on_table_and_json(run: Run) -> None:
    result = run("on", "1943-08")
    assert result.exit_code == 0
    assert result.stdout.startswith("On August 1943")
    assert "Mukje Conference" in result.stdout
    doc: dict[str, Any] = as_json(run("on", "1943-12", "--json"))
    assert doc["date"] == {"query": "1943-12", "earliest": "1943-12-01", "latest": "1943-12-31"}
    assert {r["subject"]["id"] for r in doc["roles"]} == {"person:abaz-kupi", "person:mithat-frasheri"}
    assert all(r["certain"] is False for r in doc["roles"])


@pytest.mark.parametrize("bad", ["yesterday", "1943-13", "1943-02-30", ""])
def test_on_a_bad_date(run: Run, bad: str) -> None:
    result = run("on", bad)
    assert result.exit_code == 2
    assert "not a date" in result.stderr
