from __future__ import annotations

import json
from pathlib import Path

from .conftest import Run, as_json


def test_a_clean_fact_base_exits_0(run: Run, fixture_dir: Path) -> None:
    result = run("validate", str(fixture_dir))
    assert result.exit_code == 0
    assert "0 errors, 2 warnings in" in result.stdout


def test_validate_uses_data_when_no_path_is_given(run: Run, tmp_path: Path) -> None:
    result = run("validate", data=tmp_path)
    assert result.exit_code == 3
    assert "factbase.json: missing" in result.stdout


def test_errors_exit_3_with_one_line_each(run: Run, tmp_path: Path, fixture_dir: Path) -> None:
    doc = json.loads((fixture_dir / "factbase.json").read_text(encoding="utf-8"))
    doc["entities"][0]["facts"][0]["citations"][0]["quote"] = "not in the text"
    doc["entities"][2]["facts"][0]["citations"][0]["quote"] = "nor this"
    (tmp_path / "sources").symlink_to(fixture_dir / "sources")
    (tmp_path / "factbase.json").write_text(json.dumps(doc), encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 3
    lines = [line for line in result.stdout.splitlines() if "'peza'" not in line]
    assert lines[0].startswith("error: $.entities[0].facts[0].citations[0].quote: not verbatim")
    assert lines[1].startswith("error: $.entities[2].facts[0].citations[0].quote")
    assert "2 errors" in lines[-1]
    report = as_json(run("validate", str(tmp_path), "--json"))
    assert report["errors"] == 2
    assert {p["level"] for p in report["problems"]} == {"error", "warning"}
    assert all(p["file"].endswith("factbase.json") for p in report["problems"])
