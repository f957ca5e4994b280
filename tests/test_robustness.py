"""Bad input never hurts: one line on stderr, a documented exit code, no traceback."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from albres.cli import cli

from .conftest import ROOT, Run, as_json, make_factbase

NAME_COMMANDS = [
    ["who"],
    ["when"],
    ["where"],
    ["search"],
    ["show"],
    ["events", "--place"],
    ["events", "--person"],
]


def invoke(fixture_dir: Path, args: list[str]) -> Any:
    env = {"ALBRES_DATA": str(fixture_dir), "COLUMNS": "80", "NO_COLOR": "1"}
    return CliRunner().invoke(cli, args, env=env)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60), command=st.sampled_from(NAME_COMMANDS), as_json=st.booleans())
def test_any_unicode_gets_a_clean_answer(
    fixture_dir: Path, text: str, command: list[str], as_json: bool
) -> None:
    # The text can never be read as an option (`-h`): after `--`, or glued to its option.
    given = (
        [*command[:-1], f"{command[-1]}={text}"] if command[-1].startswith("--") else [*command, "--", text]
    )
    result = invoke(fixture_dir, [given[0], *(["--json"] if as_json else []), *given[1:]])
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.stderr.splitlines()) <= 4  # a message, or Click's usage lines
    if as_json and result.stdout.strip():
        doc = json.loads(result.stdout)
        assert doc["schema_version"] == 2
    if as_json and result.exit_code in (0, 1):
        assert result.stdout.strip(), "a JSON answer is always a document"


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "x" * 20_000,
        "Abaz\x00Kupi",
        "\x1b[31mKupi\x1b[0m",
        "\u200fKupi\u200f",
        "Kupi 🇦🇱",
        unicodedata.normalize("NFD", "Skënder Muço"),
        "Mit’hat",
        "$(rm -rf /); `ls` | && ;",
        "../../etc/passwd",
        "[red]x[/red]",
        "--",
    ],
)
@pytest.mark.parametrize("command", ["who", "when", "where", "search", "show"])
def test_awkward_names(run: Run, command: str, name: str) -> None:
    result = run(command, "--json", "--", name)
    assert result.exit_code in (0, 1, 2)  # `run` lets any exception through: it would fail here
    if result.stdout:
        json.loads(result.stdout)
    if result.stderr:
        [line] = result.stderr.splitlines()
        assert len(line) < 400
        assert "\x1b" not in line


def test_decomposed_unicode_finds_the_same_entity(run: Run) -> None:
    composed = as_json(run("who", "Mit’hat Frashëri", "--json"))
    decomposed = as_json(run("who", unicodedata.normalize("NFD", "Mit'hat Frashëri"), "--json"))
    assert composed["entity"]["id"] == decomposed["entity"]["id"] == "person:mithat-frasheri"


def test_markup_and_escapes_in_the_query_are_printed_literally(run: Run) -> None:
    result = run("who", "[bold red]Kupi[/bold red]\x1b[31m")
    assert result.exit_code == 1
    assert "[bold red]Kupi[/bold red]" in result.stderr
    assert "\x1b" not in result.stderr
    assert "\\x1b[31m" in result.stderr


def test_markup_and_escapes_in_the_data_are_printed_literally(
    tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(fixture_doc)
    kupi = doc["entities"][0]
    kupi["aliases"].append("[red]Abaz[/red]")
    kupi["description"] = "Said [bold]this[/bold] \x1b[31mloudly\x1b[0m."
    folder = make_factbase(tmp_path / "fb", doc)
    env = {"ALBRES_DATA": str(folder), "COLUMNS": "80"}
    out = CliRunner().invoke(cli, ["who", "Abaz Kupi"], env=env).stdout
    assert "[red]Abaz[/red]" in out
    assert "[bold]this[/bold]" in out
    assert "\x1b" not in out
    assert as_json(CliRunner().invoke(cli, ["who", "Abaz Kupi", "--json"], env=env))["entity"][
        "description"
    ].startswith("Said [bold]this[/bold] \x1b[31m")


def test_json_mode_usage_errors_are_documents_too(run: Run) -> None:
    result = run("events", "--from", "1943-13-45", "--json")
    assert result.exit_code == 2
    doc = as_json(result)
    assert doc["status"] == "usage_error"
    assert "not a date" in doc["message"]


def fact_base_cases(fixture_doc: dict[str, Any]) -> dict[str, Any]:
    dangling = copy.deepcopy(fixture_doc)
    dangling["entities"][0]["facts"][0]["object"] = "org:nowhere"
    duplicate = copy.deepcopy(fixture_doc)
    duplicate["entities"].append(duplicate["entities"][1])
    wrong_type = copy.deepcopy(fixture_doc)
    wrong_type["entities"][2]["aliases"] = "Alush"
    return {"dangling": dangling, "duplicate": duplicate, "wrong_type": wrong_type}


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing", "no such fact base folder"),
        ("empty_folder", "factbase.json: missing"),
        ("empty_file", "factbase.json: empty file"),
        ("truncated", "factbase.json: line "),
        ("not_utf8", "factbase.json: not UTF-8"),
        ("wrong_shape", "factbase.json: $: expected an object"),
        ("wrong_type", "$.entities[2].aliases: expected an array"),
        ("dangling", "$.entities[0].facts[0].object: no entity 'org:nowhere'"),
        ("duplicate", "duplicate id 'person:gani-kryeziu'"),
        ("no_source_text", "source text '004' is missing"),
    ],
)
def test_a_broken_fact_base_gets_one_line_and_exit_3(
    run: Run, tmp_path: Path, fixture_doc: dict[str, Any], case: str, expected: str
) -> None:
    folder = tmp_path / "fb"
    documents = fact_base_cases(fixture_doc)
    if case in documents:
        make_factbase(folder, documents[case])
    elif case != "missing":
        make_factbase(folder)
        target = folder / "factbase.json"
        contents = {
            "empty_folder": None,
            "empty_file": b"",
            "truncated": target.read_bytes()[:100],
            "not_utf8": b'{"a": "\\xff"}'.replace(b"\\xff", b"\xff"),
            "wrong_shape": b"[1, 2, 3]",
            "no_source_text": target.read_bytes(),
        }[case]
        if contents is None:
            target.unlink()
        else:
            target.write_bytes(contents)
        if case == "no_source_text":
            (folder / "sources" / "004_a97d367ea77cc515.txt").unlink()
    for args in (["who", "Kupi"], ["events", "--json"]):
        result = run(*args, data=folder)
        assert result.exit_code == 3, result.output
        [line] = result.stderr.splitlines()
        assert line.startswith("albres: broken fact base: ")
        assert expected in line


def albres(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    return subprocess.run(
        [sys.executable, "-m", "albres", *args],
        capture_output=True,
        env={**environment, **env},
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize(
    "env",
    [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "30"}, {"LC_ALL": "C", "LANG": "C"}, {}],
)
def test_terminals_and_pipes(env: dict[str, str]) -> None:
    done = albres("who", "Abaz Kupi", **env)
    assert done.returncode == 0
    assert b"\x1b" not in done.stdout
    assert done.stderr == b""
    text = done.stdout.decode("utf-8")
    assert "Abaz Kupi" in text
    width = int(env.get("COLUMNS", "80"))
    assert max(len(line) for line in text.splitlines()) <= width


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    import pty

    def on_a_terminal(**env: str) -> bytes:
        leader, follower = pty.openpty()
        environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
        # --no-pager: a page taller than the terminal would wait in less for a key.
        subprocess.run(
            [sys.executable, "-m", "albres", "who", "Abaz Kupi", "--no-pager"],
            stdout=follower,
            stderr=follower,
            env={**environment, "TERM": "xterm-256color", "COLUMNS": "80", **env},
            cwd=ROOT,
            check=False,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        return b"".join(chunks)

    # NO_COLOR takes colour away, not emphasis (https://no-color.org): look for colour codes.
    colour = re.compile(rb"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]")
    assert colour.search(on_a_terminal())
    plain = on_a_terminal(NO_COLOR="1")
    assert b"Abaz Kupi" in plain
    assert not colour.search(plain)


@pytest.mark.parametrize("command", ["albres events | head -1", "albres events --json | head -c 20"])
def test_a_closed_pipe_ends_quietly(command: str) -> None:
    shell = command.replace("albres", f"{sys.executable} -m albres")
    done = subprocess.run(["bash", "-c", shell], capture_output=True, cwd=ROOT, check=False)
    assert done.stderr == b""
    assert done.stdout
