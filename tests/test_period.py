"""The period the sources cover, declared in the fact base with its citations: nothing is said
outside it, and a span whose end (or start) the sources do not give stops at its edges."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from albres import factbase, query
from albres.errors import FactBaseError, NotFound

from .conftest import DATA, Run, as_json, make_factbase

# 004 ¶2 and ¶15, the first and the last dated words of the sources' story.
PERIOD: dict[str, Any] = {
    "edtf": "1939/1944",
    "wording": "1939–1944",
    "citations": [
        {"source": "004", "paragraph": 2, "quote": "On 28 November 1939, in the capital of occupied Albania"},
        {
            "source": "004",
            "paragraph": 15,
            "quote": "By 29 November UNÇ had liberated the whole Albanian territory.",
        },
    ],
}


def with_period(tmp_path: Path, fixture_doc: dict[str, Any], period: Any = PERIOD) -> Path:
    doc = copy.deepcopy(fixture_doc)
    doc["period"] = period
    return make_factbase(tmp_path / "fb", doc)


def test_the_bundled_fact_base_declares_its_period_with_citations(bundled: factbase.FactBase) -> None:
    assert bundled.period == {
        "edtf": "1939/1944",
        "wording": "1939–1944",
        "earliest": "1939-01-01",
        "latest": "1944-12-31",
    }


@pytest.mark.parametrize(
    "args",
    [
        ["on", "2024"],
        ["on", "1946-01-01"],
        ["on", "1938-12"],
        ["events", "--year", "1938"],
        ["events", "--from", "1950"],
        ["events", "--to", "1938"],
        ["timeline", "--from", "1945"],
    ],
)
def test_a_date_outside_the_period_is_nothing_to_answer(run: Run, args: list[str]) -> None:
    result = run(*args, data=DATA)
    assert result.exit_code == 1
    assert result.stderr.startswith("albres: the sources cover 1939–1944; they say nothing of ")
    assert result.stdout == ""
    doc = as_json(run(*args, "--json", data=DATA))
    assert doc["status"] == "not_found"


@pytest.mark.parametrize(
    "args", [["on", "1939"], ["on", "1944-12-31"], ["events", "--from", "1944-12", "--to", "1950"]]
)
def test_a_date_that_touches_the_period_is_answered(run: Run, args: list[str]) -> None:
    assert run(*args, data=DATA).exit_code == 0


def test_an_open_end_stops_at_the_end_of_the_period(tmp_path: Path) -> None:
    doc = json.loads((DATA / "factbase.json").read_text(encoding="utf-8"))
    without = factbase.load(
        make_factbase(tmp_path / "plain", {k: v for k, v in doc.items() if k != "period"})
    )
    within = factbase.load(
        make_factbase(tmp_path / "narrow", {**doc, "period": {**PERIOD, "edtf": "1939/1943"}})
    )
    open_ended = {
        e.id
        for e in without.entities()
        if e.dates and e.bounds[0] and e.bounds[0] < "1943-12" and not e.bounds[1]
    }
    assert open_ended, "the bundled fact base has events, begun by 1943, whose end the sources do not give"
    # Without a period an open end runs on; with one it stops at the period's end (1943 here).
    assert open_ended <= {r.event.id for r in query.on(without, "1943-12").events.rows}
    assert open_ended <= {r.event.id for r in query.on(within, "1943-12").events.rows}
    assert open_ended <= {r.event.id for r in query.on(without, "1950").events.rows}
    with pytest.raises(NotFound):
        query.on(within, "1944-01")


def test_an_open_role_is_held_only_within_the_period(tmp_path: Path) -> None:
    doc = json.loads((DATA / "factbase.json").read_text(encoding="utf-8"))
    without = factbase.load(
        make_factbase(tmp_path / "plain", {k: v for k, v in doc.items() if k != "period"})
    )
    within = factbase.load(DATA)
    open_roles = [f for f in without.roles_between("1900-01-01", "2100-12-31") if f.held[1] is None]
    assert open_roles, "the fixture needs a role whose end the sources do not give"
    assert set(open_roles) <= set(within.roles_between("1944-12-01", "1944-12-31"))
    assert set(open_roles) <= set(without.roles_between("2020-01-01", "2020-12-31"))
    assert not set(open_roles) & set(within.roles_between("2020-01-01", "2020-12-31"))


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ({**PERIOD, "edtf": "1939/"}, "a period needs both ends"),
        ({**PERIOD, "edtf": "sometime"}, "sometime"),
        ({**PERIOD, "citations": []}, "the period needs a citation"),
        ({k: v for k, v in PERIOD.items() if k != "wording"}, "wording"),
        ("1939/1944", "expected an object"),
    ],
)
def test_a_period_that_is_not_whole_is_a_broken_fact_base(
    tmp_path: Path, fixture_doc: dict[str, Any], period: Any, message: str
) -> None:
    with pytest.raises(FactBaseError, match=message):
        factbase.load(with_period(tmp_path, fixture_doc, period))


def test_validate_checks_the_period_quotes(run: Run, tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    wrong = copy.deepcopy(PERIOD)
    wrong["citations"][1]["quote"] = "By 30 November the war was over."
    result = run("validate", str(with_period(tmp_path, fixture_doc, wrong)), "--json")
    assert result.exit_code == 3
    problems = as_json(result)["problems"]
    assert [p["where"] for p in problems if p["level"] == "error"] == ["$.period.citations[1].quote"]


def test_an_open_end_is_said_in_the_tables(run: Run) -> None:
    # 004 ¶12: "After Italy's capitulation ... Italian soldiers ... had joined units of the National
    # Liberation Army": no end given there.
    out = run("events", "--year", "1943", data=DATA).stdout
    row = next(i for i, line in enumerate(out.splitlines()) if "Italian soldiers" in line)
    date = " ".join(line[:20].strip() for line in out.splitlines()[row : row + 3])
    assert date == "from 8 September 1943, end not given"
