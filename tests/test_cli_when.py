from __future__ import annotations

from typing import Any

from albres import query
from albres.factbase import FactBase

from .conftest import Run, as_json


def test_when_shows_both_claims_of_a_disputed_date(run: Run) -> None:
    result = run("when", "Mukje Conference")
    assert result.exit_code == 0
    out = result.stdout
    assert "1–3 August 1943" in out
    assert "1–2 August 1943" in out
    assert "[000 ¶1]" in out
    assert "[004 ¶10]" in out
    assert "sources differ" in out


def test_when_json_carries_edtf_and_bounds(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("when", "mukja meeting", "--json"))
    dates = [f["time"] for f in doc["facts"] if f["property"] == "date"]
    assert {d["edtf"] for d in dates} == {"1943-08-01/1943-08-03", "1943-08-01/1943-08-02"}
    assert {d["earliest"] for d in dates} == {"1943-08-01"}
    assert {d["latest"] for d in dates} == {"1943-08-03", "1943-08-02"}
    assert [d["of"] for d in dates] == ["fact", "fact"]  # the event's own dates
    # Each date beside its own source: 000 ¶1 says 1-3 August, 004 ¶10 says 1-2 August.
    cited = {(d["edtf"], c["source"], c["paragraph"]) for d in dates for c in d["claims"][0]["citations"]}
    assert cited == {("1943-08-01/1943-08-03", "000", 1), ("1943-08-01/1943-08-02", "004", 10)}
    assert all(f["dispute"]["id"] == "mukje-date" for f in doc["facts"] if f["property"] == "date")


def test_when_keeps_the_precision_of_the_source(run: Run) -> None:
    out = run("when", "Partisan uprising of summer 1940").stdout
    assert "summer 1940" in out
    assert "June" not in out


def test_the_sources_are_silent(run: Run) -> None:
    result = run("when", "Vladimir Dedijer")
    assert result.exit_code == 0
    assert "The sources give no date for Vladimir Dedijer." in result.stdout
    doc: dict[str, Any] = as_json(run("when", "Vladimir Dedijer", "--json"))
    assert doc["facts"] == []
    assert doc["silence"] == "the sources give no date for Vladimir Dedijer"


def test_when_keeps_a_fact_the_sources_date_only_by_its_end(bundled: FactBase) -> None:
    # 004 ¶5: Hoxha was an "active member of the Korca group" when "those groups created the
    # Albanian Communist Party" (8 November 1941): his membership is dated only by its end.
    answer = query.when(bundled, "Enver Hoxha")
    ends = [f for f in answer.facts if f.end and not f.start and not f.date]
    assert ends
    assert all(f.end.edtf == "1941-11-08" for f in ends if f.end)


def test_an_events_date_comes_with_what_the_sources_count_of_it(bundled: FactBase) -> None:
    counted = 0
    for event in (e for e in bundled.entities() if e.kind.value == "event"):
        facts = query.when(bundled, event.id).facts
        dated = [f for f in facts if f.property == "date"]
        figures = [f for f in event.facts if f.quantity is not None and f.property != "date"]
        assert sorted(facts, key=repr) == sorted([*dated, *figures], key=repr), event.id
        counted += bool(figures)
    assert counted >= 3  # events the sources count: Drashovica's dead, Leskovik's attackers, ...


def test_when_an_event_shows_what_the_sources_count_of_it(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("when", "Mukje Conference", "--json"))
    figures = [f["quantity"] for f in doc["facts"] if f["quantity"]]
    assert figures == [{"amount": 12, "unit": "signatures from each side", "approximation": "exact"}]
    assert "twelve signatures from each side" in run("when", "Mukje Conference").stdout
