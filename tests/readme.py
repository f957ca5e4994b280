"""The example outputs in the README, generated from the program by cog (`cog -I . -r README.md`;
tests/test_docs.py fails when they drift).

Each example runs as a reader would see it: the bundled fact base, 80 columns, no colour,
stdout and stderr as a terminal shows them, with the repository's path left out (validate
names the file it checked) and no trailing spaces.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import cog  # type: ignore[import-not-found]
from click.testing import CliRunner

from albres.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def output(line: str) -> str:
    """What `albres LINE` prints on an 80-column terminal, trailing spaces taken off."""
    env = {"COLUMNS": "80", "NO_COLOR": "1", "ALBRES_DATA": "", "TERM": "dumb"}
    result = CliRunner().invoke(cli, shlex.split(line), env=env, prog_name="albres", terminal_width=80)
    if result.exit_code not in (0, 1):  # an example shows an answer, never a usage error or a crash
        raise RuntimeError(f"albres {line}: exit {result.exit_code}: {result.output}")
    text = result.output.replace(f"{ROOT}/", "")
    return "\n".join(row.rstrip() for row in text.splitlines())


def show(line: str) -> None:
    """Write the example: the command as typed, then what it prints, in one fenced block."""
    cog.outl("```")
    cog.outl(f"$ albres {line}")
    cog.outl(output(line))
    cog.outl("```")
