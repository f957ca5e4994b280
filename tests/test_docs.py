"""The README documents every command, and what it says about exit codes matches the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from albres import cli as cli_module
from albres.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COG_CHECK_FAILED = 5  # cog's exit status when --check finds output to regenerate


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"albres {command}\b", README), command


def test_exit_codes_in_the_readme_match_the_code() -> None:
    for code in (
        cli_module.EXIT_OK,
        cli_module.EXIT_NOT_FOUND,
        cli_module.EXIT_USAGE,
        cli_module.EXIT_FACTBASE,
    ):
        assert re.search(rf"^\|\s*{code}\s*\|", README, re.MULTILINE), code


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci
    assert "<!-- test-command -->" in README


def test_the_examples_and_the_command_reference_are_generated_from_the_program(tmp_path: Path) -> None:
    from cogapp import Cog

    copy = tmp_path / "README.md"
    copy.write_text(README, encoding="utf-8")
    assert Cog().main(["cog", "--check", str(copy)]) == 0, "run: cog -I . -r README.md"


def test_the_drift_check_can_fail(tmp_path: Path) -> None:
    from cogapp import Cog

    copy = tmp_path / "README.md"
    copy.write_text(README.replace("Show this message and exit.", "Show it.", 1), encoding="utf-8")
    assert Cog().main(["cog", "--check", str(copy)]) == COG_CHECK_FAILED


def test_an_example_output_that_drifts_is_caught(tmp_path: Path) -> None:
    from cogapp import Cog

    copy = tmp_path / "README.md"
    copy.write_text(README.replace("$ albres who Kryeziu\n", "$ albres who Kryeziu\nstale line\n", 1))
    assert Cog().main(["cog", "--check", str(copy)]) == COG_CHECK_FAILED


def test_the_readme_has_no_trailing_spaces() -> None:
    assert [n for n, line in enumerate(README.splitlines(), 1) if line != line.rstrip()] == []
