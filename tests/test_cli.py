from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest

from albres import __version__
from albres.cli import cli

from .conftest import ROOT, Run

COMMANDS = sorted(cli.commands)


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"albres {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run: Run, command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"albres {command}" in result.stdout
    assert "Exit codes" in result.stdout


def test_unknown_command_suggests_the_right_one(run: Run) -> None:
    result = run("whoo", "Kupi")
    assert result.exit_code == 2
    assert "who" in result.stderr


def test_unknown_option(run: Run) -> None:
    result = run("who", "Kupi", "--colour")
    assert result.exit_code == 2
    assert "--colour" in result.stderr


def test_missing_name_is_a_usage_error(run: Run) -> None:
    assert run("who").exit_code == 2
    blank = run("who", "   ")
    assert blank.exit_code == 2
    assert "give a name" in blank.stderr


def test_data_option_beats_the_environment(run: Run, fixture_dir: Path, tmp_path: Path) -> None:
    result = run("--data", str(tmp_path / "nowhere"), "who", "Kupi")
    assert result.exit_code == 3
    assert "nowhere" in result.stderr
    assert result.stderr.count("\n") == 1
    assert run("--data", str(fixture_dir), "who", "Kupi", data=tmp_path).exit_code == 0


def test_broken_fact_base_exit_code(run: Run, tmp_path: Path) -> None:
    (tmp_path / "factbase.json").write_text('{"albres_factbase": 1', encoding="utf-8")
    result = run("who", "Kupi", data=tmp_path)
    assert result.exit_code == 3
    assert "factbase.json: line 1 column" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_python_dash_m_works_like_albres(fixture_dir: Path) -> None:
    env = {**os.environ, "ALBRES_DATA": str(fixture_dir), "COLUMNS": "80"}
    done = subprocess.run(
        [sys.executable, "-m", "albres", "who", "Kupi", "--json"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert b'"person:abaz-kupi"' in done.stdout


def test_a_commands_parameters_are_made_when_first_asked_for_as_clicks_would_be() -> None:
    from albres.cli import _Command
    from albres.cli.options import Later, argument, option

    Decorator = Callable[..., Callable[[Callable[..., None]], Callable[..., None]]]

    def made_by(option_: Decorator, argument_: Decorator) -> _Command:
        def command(words: tuple[str, ...], limit: int, fmt: str) -> None: ...

        command = argument_("words", nargs=-1)(command)
        command = option_("--limit", type=click.IntRange(min=1), metavar="N", help="At most N.")(command)
        command = option_("--json", "fmt", flag_value="json")(command)
        made = click.command(cls=_Command)(command)
        assert isinstance(made, _Command)
        return made

    later, now = made_by(option, argument), made_by(click.option, click.argument)
    assert all(isinstance(param, Later) for param in later._params)
    assert [p.to_info_dict() for p in later.params] == [p.to_info_dict() for p in now.params]
    assert not any(isinstance(param, Later) for param in later._params)  # made once
    assert later.params[0] is later.params[0]
