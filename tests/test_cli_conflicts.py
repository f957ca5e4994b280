from __future__ import annotations

from typing import Any

from albres import query
from albres.factbase import FactBase

from .conftest import Run, as_json


def test_every_dispute_is_listed_with_each_side(base: FactBase) -> None:
    found = query.conflicts(base)
    assert {c.dispute.id for c in found.conflicts} == set(base.disputes)
    for conflict in found.conflicts:
        assert {c.source for f in conflict.claims for c in f.citations} == {"000", "004"}


def test_conflicts_table_shows_claims_beside_quotes(run: Run) -> None:
    result = run("conflicts", COLUMNS="240")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "The sources give different dates for the Mukje conference." in out
    assert "“The Mukje Conference was held on 1–3 August 1943 in Mukaj”" in out
    assert "“On 1 - 2 August 1943 in Mukja”" in out
    narrow = run("conflicts").stdout
    assert max(len(line) for line in narrow.splitlines()) <= 80


def test_conflicts_json(run: Run) -> None:
    doc: dict[str, Any] = as_json(run("conflicts", "--json"))
    by_id = {c["id"]: c for c in doc["conflicts"]}
    dates = by_id["mukje-date"]["claims"]
    assert [d["time"]["edtf"] for d in dates] == ["1943-08-01/1943-08-03", "1943-08-01/1943-08-02"]
    assert all(d["dispute"]["id"] == "mukje-date" for d in dates)
    assert {s["id"] for s in doc["sources"]} == {"000", "004"}
