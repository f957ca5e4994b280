"""The sources behind the quotes (read, coverage, the paragraph splitter) and the fact base
taken elsewhere (export to SQLite and CSV, opened with sqlite3, csv and Datasette)."""

from __future__ import annotations

import asyncio
import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from albres import query
from albres.factbase import FactBase
from albres.paragraphs import sentences, split

from .conftest import DATA, Run, as_json

SOURCES = sorted((DATA / "sources").glob("*.txt"))


def folded(text: str) -> str:
    return " ".join(text.split())


# --- paragraphs and sentences -------------------------------------------------------------


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name[:3])
def test_each_paragraph_knows_where_it_stands_in_the_file(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for paragraph in split(text):
        assert folded(text[paragraph.start : paragraph.end]) == paragraph.text
        for i, char in enumerate(paragraph.text):
            if char != " ":
                assert text[paragraph.places[i]] == char


def test_headings_and_blank_lines_are_not_paragraphs() -> None:
    text = "= Title =\n\nFirst  line\nsame paragraph.\n\n\n\nSecond.\n== Part ==\n"
    found = split(text)
    assert [p.text for p in found] == ["First line same paragraph.", "Second."]
    assert [p.number for p in found] == [1, 2]
    assert found[0].find("line same") == (text.index("line"), text.index("paragraph") - 1)


def test_a_quote_is_found_whatever_its_whitespace() -> None:
    [paragraph] = split("It was   signed\n  in Mukaj.")
    start, end = paragraph.find("signed in Mukaj") or (0, 0)
    assert folded("It was   signed\n  in Mukaj."[start:end]) == "signed in Mukaj"
    assert paragraph.find("in Tirana") is None
    assert paragraph.find("   ") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Gen. Hoxha led. Then Col. Peza came.", ["Gen. Hoxha led.", "Then Col. Peza came."]),
        (
            "Col.-Gen. Hoxha became prime minister. He led.",
            ["Col.-Gen. Hoxha became prime minister.", "He led."],
        ),
        ("Pollo S., & Puto A. wrote it. Later.", ["Pollo S., & Puto A. wrote it.", "Later."]),
        ("Was it? Yes! 1943 came.", ["Was it?", "Yes!", "1943 came."]),
        ("No. 4 of the paper. Next.", ["No. 4 of the paper.", "Next."]),
        ('He said "go." Then left.', ['He said "go."', "Then left."]),
        ("lower. case goes on", ["lower. case goes on"]),
    ],
)
def test_sentences_end_where_a_reader_says(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == expected


# --- read ---------------------------------------------------------------------------------


def test_read_marks_every_quoted_span_with_its_place_in_the_file(run: Run, bundled: FactBase) -> None:
    doc = as_json(run("read", "004", "12", "--json", data=DATA))
    text = (DATA / "sources" / doc["source"]["file"]).read_text(encoding="utf-8")
    assert folded(text[doc["start"] : doc["end"]]) == folded(doc["text"])
    assert doc["spans"]
    for span in doc["spans"]:
        quote, position = span["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        for fact in span["facts"]:
            cited = [folded(c["quote"]) for c in fact["citations"] if c["source"] == "004"]
            assert folded(quote["exact"]) in cited
    # Every fact that cites the paragraph is under some span.
    shown = {json.dumps(f, sort_keys=True) for span in doc["spans"] for f in span["facts"]}
    assert len(shown) == len({id(f) for f in bundled.citing("004", 12)})


def test_read_table_marks_spans_plainly_when_not_on_a_terminal(run: Run) -> None:
    out = run("read", "000", "2", data=DATA).stdout
    assert out.startswith("000 ¶2")
    assert "[1>" in out
    assert "<1]" in out
    assert "\x1b" not in out


def test_read_takes_a_source_by_file_name_too(run: Run) -> None:
    by_id = as_json(run("read", "000", "1", "--json", data=DATA))
    by_file = as_json(run("read", by_id["source"]["file"], "1", "--json", data=DATA))
    assert by_file["spans"] == by_id["spans"]


@pytest.mark.parametrize(
    ("args", "message"), [(["004", "99"], "has paragraphs 1 to 17"), (["9", "1"], "no single source")]
)
def test_read_outside_the_sources_is_a_usage_error(run: Run, args: list[str], message: str) -> None:
    result = run("read", *args, data=DATA)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_paragraph_no_fact_quotes_says_so(run: Run, fixture_dir: Path, base: FactBase) -> None:
    cited = {(c.source, c.paragraph) for e in base.entities() for f in e.facts for c in f.citations}
    uncited = [n for n in range(1, 18) if ("004", n) not in cited]
    result = run("read", "004", str(uncited[0]))
    assert result.exit_code == 0
    assert "No fact quotes this paragraph." in result.stdout


def test_the_help_says_how_to_follow_a_citation(run: Run) -> None:
    assert "[004 ¶12] in any table is `albres read 004 12`" in " ".join(run("read", "--help").stdout.split())


# --- coverage -----------------------------------------------------------------------------


def test_coverage_counts_the_sentences_a_quote_touches(base: FactBase) -> None:
    report = query.coverage(base)
    quotes: dict[tuple[str, int], list[str]] = {}
    for entity in base.entities():
        for fact in entity.facts:
            for c in fact.citations:
                quotes.setdefault((c.source, c.paragraph), []).append(folded(c.quote))
    for p in report.paragraphs:
        assert p.quoted + len(p.unquoted) == p.sentences
        for sentence in p.unquoted:  # no quote shares a word with it
            assert not any(q in sentence or sentence in q for q in quotes.get((p.source, p.number), []))
    assert 0 < report.percent < 100  # the fixture quotes some of the sources


def test_coverage_min_exits_3_below_it(run: Run) -> None:
    percent = as_json(run("coverage", "--json"))["percent"]
    below = run("coverage", "--min", str(min(100, percent + 1)))
    assert below.exit_code == 3
    assert below.stderr.startswith("albres: the sources are ")
    assert run("coverage", "--min", str(max(0, percent - 1))).exit_code == 0
    assert run("coverage", "--min", "101").exit_code == 2


def test_coverage_rows_read_back(run: Run) -> None:
    rows = list(csv.DictReader(run("coverage", "--format", "csv").stdout.splitlines()))
    assert rows
    assert all(int(r["quoted"]) <= int(r["sentences"]) for r in rows)


# --- export -------------------------------------------------------------------------------


def test_export_to_sqlite_keeps_every_row_and_key(run: Run, bundled: FactBase, tmp_path: Path) -> None:
    path = tmp_path / "albres.db"
    done = run("export", str(path), "--json", data=DATA)
    assert done.exit_code == 0
    counts = as_json(done)["counts"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == len(bundled) == counts["entities"]
        assert db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == bundled.identity["facts"]
        citations = sum(len(f.citations) for e in bundled.entities() for f in e.facts)
        assert db.execute("SELECT COUNT(*) FROM citations").fetchone()[0] == citations
        texts = {
            s.id: (DATA / "sources" / s.file).read_text(encoding="utf-8") for s in bundled.sources.values()
        }
        for source, start, end, quote in db.execute('SELECT source_id, start, "end", quote FROM citations'):
            assert folded(texts[source][start:end]) == folded(quote)
        found = db.execute(
            "SELECT rowid FROM citations_fts WHERE citations_fts MATCH 'capitulation'"
        ).fetchall()
        assert found


def test_export_never_overwrites_unless_asked(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "albres.db"
    path.write_text("mine")
    refused = run("export", str(path), data=DATA)
    assert refused.exit_code == 2
    assert path.read_text() == "mine"
    assert run("export", str(path), "--force", data=DATA).exit_code == 0
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["albres.db"]  # no temporary file left


def test_export_to_csv_reads_back_as_the_database_does(run: Run, tmp_path: Path) -> None:
    run("export", str(tmp_path / "db.sqlite"), data=DATA)
    assert run("export", str(tmp_path / "csv"), "--format", "csv", data=DATA).exit_code == 0
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        for table in ("sources", "paragraphs", "entities", "aliases", "disputes", "facts", "citations"):
            with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as stream:
                rows = list(csv.reader(stream))
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            assert rows[0] == columns
            assert len(rows) - 1 == db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_datasette_opens_the_export(run: Run, tmp_path: Path) -> None:
    datasette = pytest.importorskip("datasette.app")
    path = tmp_path / "albres.db"
    run("export", str(path), data=DATA)

    async def ask() -> tuple[Any, Any]:
        ds = datasette.Datasette(files=[str(path)])
        facts = await ds.client.get("/albres/facts.json?_shape=array&_size=5&subject_id=person:abaz-kupi")
        found = await ds.client.get("/albres/facts.json?_search=capitulation&_shape=array")
        return facts.json(), found.json()

    facts, found = asyncio.run(ask())
    assert facts
    assert {f["subject_id"] for f in facts} == {"person:abaz-kupi"}
    assert any("capitulation" in f["phrase"] for f in found)


def test_an_export_that_cannot_be_written_leaves_nothing_behind(
    bundled: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from albres import export
    from albres.errors import OutputFailed

    def full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "rows", full)  # the disk fills while the rows are written
    for shape in ("sqlite", "csv"):
        with pytest.raises(OutputFailed, match="No space left on device"):
            export.export(bundled, str(tmp_path / f"out-{shape}"), shape)
    assert list(tmp_path.iterdir()) == []


def test_a_blank_destination_is_a_usage_error(run: Run) -> None:
    result = run("export", " ", data=DATA)
    assert result.exit_code == 2
    assert result.stderr.strip() == "albres: give a destination"
