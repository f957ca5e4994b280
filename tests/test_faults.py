"""Faults as jq, ripgrep and git meet them: closed pipes, full disks, hostile text, huge and
deep input. Real processes where the operating system is part of the fault."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import albres
from albres.cli import EXIT_IOERR, run
from albres.errors import AlbresError
from albres.factbase.read import lines_layout

from .conftest import make_factbase

ALBRES = [sys.executable, "-m", "albres"]
DOT = shutil.which("dot")
# What a terminal would act on: C0 controls but tab and newline, DEL, C1 controls (in UTF-8),
# bidi overrides and isolates, line and paragraph separators.
RAW_CONTROL = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf"
)
HOSTILE = (
    "Evil \x1b[31mRED\x1b[0m \x1b]0;title\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x9b2J \u202eevil\x00"
)


def albres_process(
    *args: str, data: Path | None = None, **options: Any
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    if data:
        env["ALBRES_DATA"] = str(data)
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **options}
    return subprocess.run([*ALBRES, *args], env=env, check=False, **streams)


def read_one_line_then_close(*args: str) -> tuple[int, bytes, bytes]:
    """`albres ARGS | head -1`: the exit code, the line read, and stderr."""
    process = subprocess.Popen(
        [*ALBRES, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "80"}
    )
    assert process.stdout is not None
    assert process.stderr is not None
    line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    return process.wait(), line, stderr


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--jsonl"],
        ["events"],
        ["timeline"],
        ["graph"],
        ["graph", "--format", "graphml"],
        ["conflicts"],
        ["--help"],
    ],
)
def test_a_reader_that_goes_away_is_not_an_error(args: list[str]) -> None:
    code, line, stderr = read_one_line_then_close(*args)
    assert line
    assert code == 0
    assert stderr == b""


def test_a_reader_that_reads_nothing_is_not_an_error() -> None:
    done = subprocess.run(
        f"{sys.executable} -m albres who 'Abaz Kupi' | true; echo $? ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        check=True,
    )
    assert done.stdout.split()[-1] == b"0"
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "args", [["who", "Abaz Kupi"], ["who", "Abaz Kupi", "--json"], ["events", "--jsonl"]]
)
def test_a_full_disk_is_one_line_and_exit_74(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = albres_process(*args, stdout=full)
    assert done.returncode == EXIT_IOERR
    assert done.stderr.decode().splitlines() == ["albres: cannot write the output: No space left on device"]


def test_a_closed_stdout_is_one_line_and_exit_74() -> None:
    done = subprocess.run(
        f"{sys.executable} -m albres who 'Abaz Kupi' >&-", shell=True, capture_output=True, check=False
    )
    assert done.returncode == EXIT_IOERR
    assert done.stderr.decode().splitlines() == ["albres: cannot write the output: stdout is closed"]


def hostile_factbase(folder: Path, fixture_doc: dict[str, Any], name: str) -> Path:
    """The fixture with Abaz Kupi renamed `name`, his description and an alias too."""
    doc = copy.deepcopy(fixture_doc)
    [kupi] = [e for e in doc["entities"] if e["id"] == "person:abaz-kupi"]
    kupi["name"] = name
    kupi["description"] = f"described as {name}"
    kupi["aliases"] = [*kupi["aliases"], name + " alias"]
    return make_factbase(folder, doc)


OUTPUTS = [
    ["who", "Kupi"],
    ["who", "Kupi", "--json"],
    ["who", "Kupi", "--quotes"],
    ["where", "Kupi"],
    ["show", "person:abaz-kupi", "--json"],
    ["search", "Kupi"],
    ["search", "Kupi", "--jsonl"],
    ["events", "--person", "Kupi"],
    ["events", "--person", "Kupi", "--json"],
    ["timeline"],
    ["timeline", "--json"],
    ["on", "1943-08-02"],
    ["graph", "Kupi"],
    ["graph", "Kupi", "--format", "graphml"],
    ["graph", "Kupi", "--json"],
    ["conflicts", "--jsonl"],
    ["who", "Kupi", "--format", "csv"],
    ["events", "--person", "Kupi", "--format", "tsv"],
    ["search", "Kupi", "--format", "csv"],
    ["list", "--format", "tsv"],
]


def check_output(args: list[str], code: int, stdout: bytes, stderr: bytes) -> None:
    """What every output must be, whatever the data held."""
    assert code in (0, 1, 2, 3), (args, code, stderr)
    assert b"Traceback" not in stderr
    # CSV ends its rows with CRLF (RFC 4180); no other carriage return may stand anywhere.
    text = stdout.replace(b"\r\n", b"\n") if "csv" in args else stdout
    assert not RAW_CONTROL.search(text), (args, RAW_CONTROL.search(text))
    stdout.decode("utf-8")  # valid UTF-8
    if "--json" in args and stdout:
        json.loads(stdout)
    if "--jsonl" in args:
        for line in stdout.splitlines():
            json.loads(line)
    if "csv" in args and code == 0:
        table = list(csv.reader(io.StringIO(stdout.decode("utf-8"), newline="")))
        assert {len(row) for row in table} == {len(table[0])}
    if "tsv" in args and code == 0:
        assert len({line.count(b"\t") for line in stdout.splitlines()}) == 1
    if "graphml" in args and code == 0:
        ElementTree.fromstring(stdout)
    if args[0] == "graph" and len(args) == 2 and code == 0 and DOT:  # DOT, the default
        assert subprocess.run([DOT, "-Tsvg"], input=stdout, capture_output=True, check=False).returncode == 0


@pytest.mark.parametrize("args", OUTPUTS, ids=" ".join)
def test_escapes_in_the_data_never_reach_stdout(
    args: list[str], tmp_path: Path, fixture_doc: dict[str, Any], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = hostile_factbase(tmp_path / "fb", fixture_doc, HOSTILE)
    os.environ["ALBRES_DATA"] = str(folder)
    try:
        code = run(args)
    finally:
        del os.environ["ALBRES_DATA"]
    out, err = capsysbinary.readouterr()
    check_output(args, code, out, err)
    assert code == 0


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_dot_with_hostile_names_is_read_by_graphviz(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    folder = hostile_factbase(tmp_path / "fb", fixture_doc, HOSTILE)
    dot = albres_process("graph", "Kupi", data=folder).stdout
    assert subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, check=False).returncode == 0


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=24).filter(str.strip))
def test_any_name_is_printed_safely_in_every_format(
    name: str, tmp_path_factory: pytest.TempPathFactory, fixture_doc: dict[str, Any]
) -> None:
    folder = hostile_factbase(tmp_path_factory.mktemp("fb"), fixture_doc, name)
    for args in OUTPUTS:
        done = albres_process(*args, data=folder)
        check_output(args, done.returncode, done.stdout, done.stderr)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(min_size=1, max_size=20), command=st.sampled_from(["who", "search", "show", "where"]))
def test_any_bytes_in_an_argument_get_a_clean_answer(
    raw: bytes, command: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    argument = os.fsdecode(raw)  # as Python hands over argv: undecodable bytes as surrogates
    for args in ([command, "--", argument], [command, "--json", "--", argument]):
        code = run(args)
        out, err = capsysbinary.readouterr()
        check_output(args, code, out, err)
        assert len(err.splitlines()) <= 4


def test_an_argument_that_is_not_utf8_is_a_usage_error() -> None:
    done = subprocess.run([*ALBRES, "who", b"Kupi\xff", "--json"], capture_output=True, check=False)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("albres: an argument is not valid UTF-8")


def test_the_library_raises_its_own_error_for_text_that_is_not_unicode(bundled: albres.FactBase) -> None:
    for ask in (albres.show, albres.who, albres.search):
        with pytest.raises(AlbresError, match="not valid UTF-8"):
            ask(bundled, "Kupi\udcff")


def test_a_lone_surrogate_in_the_data_is_a_broken_fact_base(
    tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    folder = make_factbase(tmp_path / "fb", fixture_doc)
    text = (folder / "factbase.json").read_text(encoding="utf-8").replace("Abaz Kupi", "Abaz \\ud800Kupi", 1)
    (folder / "factbase.json").write_text(text, encoding="utf-8")
    for args in (["who", "Kupi"], ["validate"]):
        done = albres_process(*args, data=folder)
        assert done.returncode == 3
        assert b"lone surrogate" in done.stderr + done.stdout
        assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("layout", ["pretty", "lines"])
@pytest.mark.parametrize("depth", [900, 100_000])
def test_a_value_nested_deep_is_a_broken_fact_base(
    layout: str, depth: int, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(fixture_doc)
    doc["entities"][1]["extra"] = "DEEP"
    text = "".join(lines_layout(doc)) if layout == "lines" else json.dumps(doc, ensure_ascii=False, indent=1)
    text = text.replace('"DEEP"', "[" * depth + "]" * depth, 1)
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_text(text, encoding="utf-8")
    for args in (["who", "Kupi"], ["validate"]):
        done = albres_process(*args, data=folder)
        assert b"Traceback" not in done.stderr, done.stderr[-500:]
        if depth > 1000:
            assert done.returncode == 3
            assert b"nested too deep" in done.stderr + done.stdout
            if layout == "lines":
                assert b"$.entities[1]" in done.stderr + done.stdout


def test_a_file_nested_a_million_deep_is_a_broken_fact_base(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    (folder / "factbase.json").write_text("[" * 1_000_000 + "]" * 1_000_000, encoding="utf-8")
    done = albres_process("who", "Kupi", data=folder)
    assert done.returncode == 3
    assert done.stderr.decode().count("\n") == 1
    assert "nested too deep" in done.stderr.decode()


def test_validate_reports_a_source_text_that_is_not_utf8(tmp_path: Path) -> None:
    folder = make_factbase(tmp_path / "fb")
    text = next((folder / "sources").iterdir())
    text.write_bytes(text.read_text(encoding="utf-8").encode("latin-1", "replace") + b"\xe9")
    done = albres_process("validate", data=folder)
    assert done.returncode == 3
    assert b"as UTF-8 text" in done.stdout
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("file", ["../../etc/passwd", "/etc/passwd", "..", "sub/../000.txt"])
def test_a_source_outside_the_folder_is_refused(
    file: str, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(fixture_doc)
    doc["sources"][0]["file"] = file
    folder = make_factbase(tmp_path / "fb", doc)
    done = albres_process("who", "Kupi", data=folder)
    assert done.returncode == 3
    assert b"not a file name inside sources/" in done.stderr


def test_a_source_linked_out_of_the_folder_is_refused(tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    folder = make_factbase(tmp_path / "fb", fixture_doc)
    text = folder / "sources" / fixture_doc["sources"][0]["file"]
    outside = tmp_path / "outside.txt"
    outside.write_bytes(text.read_bytes())
    text.unlink()
    text.symlink_to(outside)
    done = albres_process("who", "Kupi", data=folder)
    assert done.returncode == 3
    assert b"lies outside" in done.stderr
