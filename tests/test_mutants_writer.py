"""CSV and TSV cells (output/writer.py: cell), pinned where mutation testing found them loose."""

from __future__ import annotations

import pytest

from albres.output.writer import cell


@pytest.mark.parametrize("number", ["-1.5", "-0.25", "-12"])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_negative_number_is_written_as_it_is(number: str, fmt: str) -> None:
    assert cell(number, fmt) == number


@pytest.mark.parametrize(
    "payload", ["-1+1", "-2+3+cmd|' /C calc'!A0", "-A1", "- note", "=1+1", "+1", "@SUM(A1)"]
)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_a_formula_never_starts_a_cell(payload: str, fmt: str) -> None:
    # OWASP's CSV injection: a cell a spreadsheet would compute starts with an apostrophe.
    assert cell(payload, fmt) == "'" + payload


@pytest.mark.parametrize("number", ["-12", "-1,200.5", "-0.5"])
def test_a_negative_number_is_no_formula(number: str) -> None:
    assert cell(number, "csv") == number
