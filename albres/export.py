"""The whole fact base in another shape: an SQLite database that Datasette opens as it is, or a
folder of CSV files, one a table.

Tables (and their columns) are named for a reader: sources, paragraphs (each source's
paragraphs as citations number them, with their place in the file), entities, aliases,
disputes, facts (each with the phrase the tables print and its dates' EDTF, wording and
bounds) and citations (each quote with its place in the source file). Foreign keys tie them;
facts_fts and citations_fts index the facts' words and the quotes for Datasette's search (it
finds them by their `content="..."`, in double quotes).
The file is written under another name and renamed into place when it is whole. CSV cells
are made safe as the command line's CSV is (output.writer.cell).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from typing import Any

from albres.errors import OutputFailed, QueryError, checked
from albres.factbase import FactBase
from albres.model import DateSpan, Exported, Fact
from albres.output.phrases import fact_phrase
from albres.output.writer import cell
from albres.paragraphs import split

SCHEMA = """
CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT NOT NULL, file TEXT NOT NULL, provenance TEXT);
CREATE TABLE paragraphs (
    source_id TEXT NOT NULL REFERENCES sources(id), number INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (source_id, number));
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, type TEXT,
    description TEXT NOT NULL);
CREATE TABLE aliases (entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL);
CREATE TABLE disputes (id TEXT PRIMARY KEY, summary TEXT NOT NULL);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES entities(id), property TEXT NOT NULL,
    phrase TEXT NOT NULL, object_id TEXT REFERENCES entities(id), value TEXT, role TEXT, measure TEXT,
    quantity_amount REAL, quantity_unit TEXT, quantity_approximation TEXT,
    date_edtf TEXT, date_wording TEXT, date_earliest TEXT, date_latest TEXT,
    start_edtf TEXT, start_wording TEXT, start_earliest TEXT, start_latest TEXT,
    end_edtf TEXT, end_wording TEXT, end_earliest TEXT, end_latest TEXT,
    dispute_id TEXT REFERENCES disputes(id));
CREATE TABLE citations (
    id INTEGER PRIMARY KEY, fact_id INTEGER NOT NULL REFERENCES facts(id),
    source_id TEXT NOT NULL REFERENCES sources(id), paragraph INTEGER NOT NULL, quote TEXT NOT NULL,
    start INTEGER, "end" INTEGER,
    FOREIGN KEY (source_id, paragraph) REFERENCES paragraphs(source_id, number));
CREATE INDEX facts_by_subject ON facts (subject_id);
CREATE INDEX facts_by_object ON facts (object_id);
CREATE INDEX citations_by_fact ON citations (fact_id);
CREATE INDEX aliases_by_entity ON aliases (entity_id);
CREATE VIRTUAL TABLE facts_fts USING fts5(phrase, value, content="facts", content_rowid="id");
CREATE VIRTUAL TABLE citations_fts USING fts5(quote, content="citations", content_rowid="id");
"""
TABLES = ("sources", "paragraphs", "entities", "aliases", "disputes", "facts", "citations")


def _span(span: DateSpan | None) -> list[Any]:
    return [span.edtf, span.wording, span.earliest, span.latest] if span else [None] * 4


def rows(base: FactBase) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for every row of the export, in one pass over the entities: sources and
    disputes first, then each entity with its aliases, facts and citations (a fact may name an
    entity that comes later; the keys are whole once every row is in)."""
    splits = {}
    for source in base.sources.values():
        yield "sources", (source.id, source.title, source.file, source.provenance)
        splits[source.id] = split(base.source_text(source.id))
        for p in splits[source.id]:
            yield "paragraphs", (source.id, p.number, p.text, p.start, p.end)
    for dispute in base.disputes.values():
        yield "disputes", (dispute.id, dispute.summary)
    fact_id = citation_id = 0
    for entity in base.entities():
        yield "entities", (entity.id, entity.kind.value, entity.name, entity.type, entity.description)
        for alias in entity.aliases:
            yield "aliases", (entity.id, alias)
        for fact in entity.facts:
            fact_id += 1
            yield "facts", _fact_row(base, fact_id, fact)
            for citation in fact.citations:
                citation_id += 1
                paragraphs = splits.get(citation.source, [])
                place = (
                    paragraphs[citation.paragraph - 1].find(citation.quote)
                    if 1 <= citation.paragraph <= len(paragraphs)
                    else None
                )
                yield (
                    "citations",
                    (
                        citation_id,
                        fact_id,
                        citation.source,
                        citation.paragraph,
                        citation.quote,
                        *(place or (None, None)),
                    ),
                )


def _fact_row(base: FactBase, fact_id: int, fact: Fact) -> tuple[Any, ...]:
    related = {e: base.get(e) for e in (fact.subject, fact.object) if e}
    quantity = fact.quantity
    return (
        fact_id,
        fact.subject,
        fact.property,
        fact_phrase(fact, fact.subject, related),
        fact.object,
        fact.value,
        fact.role,
        fact.measure,
        *([quantity.amount, quantity.unit, quantity.approximation] if quantity else [None] * 3),
        *_span(fact.date),
        *_span(fact.start),
        *_span(fact.end),
        fact.dispute,
    )


def export(base: FactBase, destination: str, fmt: str = "sqlite", force: bool = False) -> Exported:
    """Write the fact base to `destination`: an SQLite file, or (fmt "csv") a folder of CSV
    files. A destination that exists is refused unless `force` (QueryError); a file that cannot
    be written (a full disk, a folder one may not write in) is OutputFailed, and leaves nothing
    behind."""
    destination = os.path.abspath(checked(destination, "a destination"))
    if os.path.lexists(destination) and not force:
        raise QueryError(f"{destination} exists; choose another name, or --force to replace it")
    folder = os.path.dirname(destination)
    if not os.path.isdir(folder):
        raise QueryError(f"{folder} is not a folder")
    if fmt != "csv" and os.path.isdir(destination):
        raise QueryError(f"{destination} is a folder; name a file for the database")
    counts = dict.fromkeys(TABLES, 0)
    try:
        if fmt == "csv":
            _write_csv(base, destination, counts)
        else:
            _write_sqlite(base, destination, counts)
    except (OSError, sqlite3.Error) as error:  # a full disk, a folder one may not write in
        raise OutputFailed(f"{destination}: {error}") from None
    return Exported(destination, fmt, counts)


def _write_sqlite(base: FactBase, destination: str, counts: dict[str, int]) -> None:
    handle, temporary = tempfile.mkstemp(
        prefix=".albres-export-", suffix=".db", dir=os.path.dirname(destination)
    )
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript(SCHEMA)
            for table, row in rows(base):
                counts[table] += 1
                marks = ",".join("?" * len(row))
                connection.execute(f"INSERT INTO {table} VALUES ({marks})", row)
            connection.execute(
                "INSERT INTO facts_fts (rowid, phrase, value) SELECT id, phrase, value FROM facts"
            )
            connection.execute("INSERT INTO citations_fts (rowid, quote) SELECT id, quote FROM citations")
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, destination)
    except BaseException:
        os.unlink(temporary)
        raise


def _write_csv(base: FactBase, destination: str, counts: dict[str, int]) -> None:
    import csv
    import shutil

    temporary = tempfile.mkdtemp(prefix=".albres-export-", dir=os.path.dirname(destination))
    try:
        connection = sqlite3.connect(":memory:")
        connection.executescript(SCHEMA)
        files = {}
        writers = {}
        for table in TABLES:
            files[table] = open(os.path.join(temporary, f"{table}.csv"), "w", encoding="utf-8", newline="")  # noqa: SIM115
            writers[table] = csv.writer(files[table], lineterminator="\r\n")
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            writers[table].writerow(columns)
        try:
            for table, row in rows(base):
                counts[table] += 1
                writers[table].writerow(["" if value is None else cell(str(value), "csv") for value in row])
        finally:
            for stream in files.values():
                stream.close()
            connection.close()
        if os.path.lexists(destination):
            shutil.rmtree(destination) if os.path.isdir(destination) else os.unlink(destination)
        os.replace(temporary, destination)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
