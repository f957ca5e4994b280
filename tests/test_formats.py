"""Taking the answers elsewhere: CSV and TSV, --limit, --color and the pager."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from albres.output import writer

from .conftest import DATA, Run, as_json, make_factbase


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_tsv(text: str) -> list[dict[str, str]]:
    """TSV as albres writes it: \\t, \\n, \\r and \\\\ in a cell stand for a tab, a newline, a
    carriage return and a backslash."""
    escapes = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}

    def cell(text: str) -> str:
        return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], text)

    lines = text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, map(cell, line.split("\t")), strict=True)) for line in lines[1:]]


@pytest.mark.parametrize("command", [["who", "Abaz Kupi"], ["when", "Mukje Conference"], ["where", "Peza"]])
def test_csv_has_a_row_per_fact_with_its_citation(run: Run, command: list[str]) -> None:
    doc = as_json(run(*command, "--json", data=DATA))
    result = run(*command, "--format", "csv", data=DATA)
    assert result.exit_code == 0
    assert b"\r\n" in result.stdout_bytes  # RFC 4180 line ends
    rows = read_csv(result.stdout)
    assert len(rows) == len(doc["facts"])
    for row, fact in zip(rows, doc["facts"], strict=True):
        first = fact["citations"][0]
        assert (row["source"], row["paragraph"], row["quote"]) == (
            first["source"],
            str(first["paragraph"]),
            first["quote"],
        )
        assert row["subject_id"] == fact["subject"]["id"]
        assert row["property"] == fact["property"]
        assert row["fact"]  # the phrase the table prints


def test_tsv_reads_back_as_csv_does(run: Run) -> None:
    by_csv = read_csv(run("events", "--year", "1943", "--format", "csv", data=DATA).stdout)
    by_tsv = read_tsv(run("events", "--year", "1943", "--format", "tsv", data=DATA).stdout)
    assert by_csv == by_tsv
    assert {"id", "name", "date_edtf", "date", "places", "source", "paragraph", "quote"} <= set(by_csv[0])


def test_a_fact_cited_twice_gives_its_other_citation(run: Run) -> None:
    rows = read_csv(run("who", "Abaz Kupi", "--format", "csv", data=DATA).stdout)
    more = [r["more_citations"] for r in rows if r["more_citations"]]
    assert more
    assert all(m.startswith(("000 ¶", "004 ¶")) for m in more)


def hostile(tmp_path: Path, fixture_doc: dict[str, Any], value: str) -> Path:
    doc = copy.deepcopy(fixture_doc)
    [kupi] = [e for e in doc["entities"] if e["id"] == "person:abaz-kupi"]
    kupi["description"] = value
    return make_factbase(tmp_path / "fb", doc)


def test_tsv_escapes_tabs_newlines_and_backslashes(
    run: Run, tmp_path: Path, fixture_doc: dict[str, Any]
) -> None:
    folder = hostile(tmp_path, fixture_doc, "a\tb\nc\\d\re")
    out = run("list", "--format", "tsv", data=folder).stdout
    [line] = [line for line in out.splitlines() if line.startswith("person:abaz-kupi")]
    assert line.endswith("a\\tb\\nc\\\\d\\re")
    assert [r["description"] for r in read_tsv(out) if r["id"] == "person:abaz-kupi"] == ["a\tb\nc\\d\re"]
    assert len(out.splitlines()[0].split("\t")) == len(line.split("\t"))


def test_csv_keeps_a_newline_inside_a_cell(run: Run, tmp_path: Path, fixture_doc: dict[str, Any]) -> None:
    folder = hostile(tmp_path, fixture_doc, 'two\nlines, "quoted"')
    rows = read_csv(run("list", "--format", "csv", data=folder).stdout)
    assert [r["description"] for r in rows if r["id"] == "person:abaz-kupi"] == ['two\nlines, "quoted"']


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-x", "'-x"),
        ("-12", "-12"),
        ("plain", "plain"),
        ("\x1b[31mred", "\\x1b[31mred"),  # made visible, as in every format
    ],
)
def test_a_cell_is_never_a_formula_nor_an_escape(
    run: Run, tmp_path: Path, fixture_doc: dict[str, Any], value: str, written: str
) -> None:
    folder = hostile(tmp_path, fixture_doc, value)
    for fmt, read in (("csv", read_csv), ("tsv", read_tsv)):
        rows = read(run("list", "--format", fmt, data=folder).stdout)
        assert [r["description"] for r in rows if r["id"] == "person:abaz-kupi"] == [written]


def test_candidates_of_an_ambiguous_name_are_rows(run: Run) -> None:
    result = run("who", "Kryeziu", "--format", "csv", data=DATA)
    assert result.exit_code == 1
    rows = read_csv(result.stdout)
    assert {r["id"] for r in rows} == {"person:alush-kryeziu", "person:gani-kryeziu"}


def test_search_rows_are_facts_then_entries(run: Run) -> None:
    rows = read_csv(run("search", "population of Albania", "--format", "csv", data=DATA).stdout)
    items = [r["item"] for r in rows]
    assert items == sorted(items, key=lambda item: item != "fact")
    assert "fact" in items
    assert "candidate" in items


def test_on_rows_are_events_then_roles(run: Run) -> None:
    rows = read_csv(run("on", "1943-02-01", "--format", "csv", data=DATA).stdout)
    items = [r["item"] for r in rows]
    assert items == sorted(items, key=lambda item: item != "event")
    assert {r["held"] for r in rows if r["item"] == "role"} <= {"yes", "possibly"}


def test_a_shorthand_and_a_format_that_disagree_are_a_usage_error(run: Run) -> None:
    result = run("who", "Kupi", "--json", "--format", "csv")
    assert result.exit_code == 2
    assert "--json and --format csv disagree" in result.stderr
    assert run("who", "Kupi", "--json", "--format", "json").exit_code == 0


@pytest.mark.parametrize("command", [["events"], ["list"], ["timeline"]])
def test_limit_cuts_every_list(run: Run, command: list[str]) -> None:
    assert len(read_csv(run(*command, "--limit", "1", "--format", "csv", data=DATA).stdout)) == 1
    assert len(read_csv(run(*command, "--limit", "3", "--format", "csv", data=DATA).stdout)) == 3


def test_limit_cuts_conflicts_and_on_by_their_items(run: Run) -> None:
    claims = read_csv(run("conflicts", "--limit", "1", "--format", "csv", data=DATA).stdout)
    assert len({r["dispute"] for r in claims}) == 1
    assert len(claims) >= 2  # one dispute, each side's claim
    on = read_csv(run("on", "1943", "--limit", "1", "--format", "csv", data=DATA).stdout)
    assert [r["item"] for r in on] == ["event", "role"]


def test_limit_says_what_it_left_out_under_a_table(run: Run) -> None:
    result = run("events", "--year", "1943", "--limit", "2", data=DATA)
    assert result.exit_code == 0
    assert result.stderr.startswith("albres: showing the first 2 of ")
    assert run("events", "--year", "1943", "--limit", "2", "--json", data=DATA).stderr == ""
    assert len(as_json(run("events", "--year", "1943", "--limit", "2", "--json", data=DATA))["events"]) == 2


def test_limit_must_be_positive(run: Run) -> None:
    assert run("events", "--limit", "0").exit_code == 2


def albres(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "ALBRES_DATA": str(DATA), "COLUMNS": "80", **env}
    environment.pop("NO_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "albres", *args], capture_output=True, env=environment, check=False
    )


def test_color_never_writes_no_escape_even_when_forced() -> None:
    assert b"\x1b[" not in albres("events", "--year", "1943", "--color", "never", FORCE_COLOR="1").stdout
    assert b"\x1b[" in albres("events", "--year", "1943", "--color", "always").stdout
    assert b"\x1b[" not in albres("events", "--year", "1943").stdout  # auto, into a pipe


def on_a_terminal(*args: str, **env: str) -> bytes:
    """What albres writes to a terminal (a pseudo-terminal) with this environment."""
    leader, follower = os.openpty()
    environment = {**os.environ, "ALBRES_DATA": str(DATA), "COLUMNS": "80", "TERM": "xterm", **env}
    with subprocess.Popen(
        [sys.executable, "-m", "albres", *args], stdout=follower, stderr=subprocess.DEVNULL, env=environment
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait()
    os.close(leader)
    return b"".join(chunks)


def test_a_table_on_a_terminal_goes_through_the_pager() -> None:
    paged = on_a_terminal("events", "--year", "1943", PAGER="sed s/^/PAGED:/")
    assert paged.startswith(b"PAGED:")
    direct = on_a_terminal("events", "--year", "1943", "--no-pager", PAGER="sed s/^/PAGED:/")
    assert b"PAGED:" not in direct
    assert b"Leskovik" in direct
    own = on_a_terminal("events", "--year", "1943", PAGER="cat", ALBRES_PAGER="sed s/^/MINE:/")
    assert own.startswith(b"MINE:")


def test_json_on_a_terminal_is_never_paged() -> None:
    out = on_a_terminal("events", "--year", "1943", "--json", PAGER="sed s/^/PAGED:/")
    assert b"PAGED:" not in out
    json.loads(out.replace(b"\r\n", b"\n"))


@pytest.mark.parametrize(
    ("env", "page", "chosen"),
    [
        ({"PAGER": "more -d"}, True, "more -d"),
        ({"PAGER": "cat"}, True, None),
        ({"PAGER": ""}, True, None),
        ({"PAGER": "no-such-pager-anywhere"}, True, None),
        ({"PAGER": "more", "TERM": "dumb"}, True, None),
        ({"PAGER": "more"}, False, None),
        ({"PAGER": "more", "ALBRES_PAGER": "less -S"}, True, "less -S"),
    ],
)
def test_the_pager_is_chosen_as_git_chooses(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], page: bool, chosen: str | None
) -> None:
    monkeypatch.delenv("ALBRES_PAGER", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    writer.display(page=page)
    try:
        assert writer.pager() == chosen
    finally:
        writer.display(page=True)


def test_no_pager_into_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGER", "more")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert writer.pager() is None


@pytest.mark.parametrize("command", [["list"], ["search", "population of Albania"], ["who", "Kryeziu"]])
def test_no_id_is_broken_in_a_table_at_80_columns(run: Run, command: list[str]) -> None:
    # The id stands on its own line under the name: a reader copies it whole. (A fact names
    # its entities by name alone: the ids are those of the entries listed.)
    doc = json.loads(run(*command, "--json", data=DATA).stdout)
    listed = doc.get("candidates", doc) if command[0] == "search" else doc
    ids = re.findall(r"\b(?:person|org|place|event):[a-z0-9-]+", json.dumps(listed))
    assert ids
    table = run(*command, data=DATA).stdout
    for entity_id in set(ids):
        assert entity_id in table, entity_id
