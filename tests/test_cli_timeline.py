from __future__ import annotations

from typing import Any

import pytest

from albres import query
from albres.factbase import FactBase

from .conftest import Run, as_json


def test_timeline_holds_the_dated_events_and_their_span(base: FactBase) -> None:
    chart = query.timeline(base)
    assert [r.event.id for r in chart.events.rows] == [
        r.event.id for r in query.events(base).rows if r.earliest
    ]
    assert (chart.earliest, chart.latest) == ("1940-06-01", "1943-08-03")
    year = query.timeline(base, start="1943", end="1943")
    assert (year.earliest, year.latest) == ("1943-01-01", "1943-12-31")


def bar_of(out: str, name: str) -> tuple[int, int]:
    """Where the bar on an event's row starts and ends, as columns."""
    line = next(line for line in out.splitlines() if line.startswith(name))
    marks = [i for i, c in enumerate(line) if c in "█◂▸─"]
    return marks[0], marks[-1]


def test_bars_stand_where_their_dates_are(run: Run) -> None:
    out = run("timeline", "--from", "1943", "--to", "1943").stdout
    labinot = bar_of(out, "First nationwide")
    mukje = bar_of(out, "Mukje Conference")
    assert labinot[0] < mukje[0]
    # 17-22 February and 1-3 August on a year 80-34-1 = 45 columns wide: about a column each.
    assert labinot[1] - labinot[0] <= 1
    assert "1943" in out.splitlines()[0]


def test_a_season_is_drawn_over_its_whole_extent(run: Run) -> None:
    out = run("timeline", "--from", "1940", "--to", "1940").stdout
    start, stop = bar_of(out, "Partisan uprising")
    ticks = next(line for line in out.splitlines() if "│" in line)
    origin = ticks.index("│")  # the axis starts at 1 January 1940
    width = 80 - origin
    # Summer (June to August) is 92 of the year's 366 days, from day 152.
    assert abs((stop - start + 1) - width * 92 / 366) <= 2
    assert abs((start - origin) - width * 152 / 366) <= 2


@pytest.mark.parametrize("columns", ["80", "120", "50", "30"])
def test_the_chart_fits_the_terminal(run: Run, columns: str) -> None:
    result = run("timeline", COLUMNS=columns)
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)
    assert "Mukje Conference" in " ".join(result.stdout.split())


def test_timeline_json_gives_the_same_events(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("timeline", "--person", "Kupi", "--json"))
    assert [e["id"] for e in doc["events"]] == ["event:peza-conference"]
    assert doc["range"] == {"earliest": "1942-09-16", "latest": "1942-09-16"}
    assert doc["filters"] == {"person": "Kupi"}


def test_nothing_to_draw_is_nothing_to_answer(run: Run) -> None:
    result = run("timeline", "--from", "1950", "--to", "1951")
    assert result.exit_code == 1
    assert "No dated events match." in result.stdout
    assert result.stderr.strip() == "albres: no dated events match"


def test_timeline_takes_year_and_type_as_events_does(run: Run, base: FactBase) -> None:
    year = query.timeline(base, year=1943)
    assert (year.earliest, year.latest) == ("1943-01-01", "1943-12-31")
    assert [r.event.id for r in year.events.rows] == [
        r.event.id for r in query.events(base, year=1943).rows if r.earliest or r.latest
    ]
    narrowed = query.timeline(base, year=1943, start="1943-06")
    assert (narrowed.earliest, narrowed.latest) == ("1943-06-01", "1943-12-31")
    doc: dict[str, Any] = as_json(run("timeline", "--type", "conference", "--json"))
    assert doc["events"]
    assert {e["type"] for e in doc["events"]} == {"conference"}
    assert doc["filters"]["type"] == "conference"
    assert as_json(run("timeline", "--year", "1943", "--json"))["range"] == {
        "earliest": "1943-01-01",
        "latest": "1943-12-31",
    }


def test_months_are_named_where_the_axis_has_room(run: Run) -> None:
    wide = run("timeline", "--year", "1943").stdout.splitlines()
    names = next(line for line in wide if "Jan" in line)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert names.split() == months
    # January stands over the year's first tick.
    ticks = wide[wide.index(names) + 1]
    assert names.index("Jan") == ticks.index("│")
    narrow = run("timeline", "--year", "1943", COLUMNS="50").stdout.splitlines()
    assert not any("Jan" in line for line in narrow)
    assert narrow[1].split() == ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    assert "Jan" not in run("timeline").stdout  # four years: no room to name months
