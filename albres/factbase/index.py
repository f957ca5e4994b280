"""The SQLite index derived from a fact base: what a call reads instead of factbase.json.

factbase.json stays the source of truth and is never written. The index holds each entity's
record (as compact JSON), the name keys for matching, the reverse of every relation, the
events' date bounds and the roles' spans, so that a call reads only what it needs; and in
`meta`, what it was built from (cache.py decides when it may be served).
"""

from __future__ import annotations

import json
import os
import sqlite3
from _thread import allocate_lock
from collections.abc import Iterator, Sequence
from contextlib import suppress
from itertools import groupby
from operator import itemgetter
from typing import Any, Protocol

from albres.errors import IndexDamaged
from albres.factbase.keys import combined, file_digest, stat_key
from albres.factbase.locate import source_path
from albres.factbase.records import entity_from_record
from albres.match import EXACT, FORMS, NAME, Row, content_words, name_keys
from albres.model import Kind
from albres.properties import ROLES

FORMAT = 3  # bump whenever the tables change
TABLES = ("meta", "entities", "names", "buckets", "words", "word_counts", "refs", "events", "claims", "roles")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, record TEXT NOT NULL,
                       position INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, layer INTEGER NOT NULL, entity TEXT NOT NULL, kind TEXT NOT NULL,
                    score REAL NOT NULL, how TEXT NOT NULL);
CREATE TABLE buckets (length INTEGER PRIMARY KEY, keys TEXT NOT NULL);
CREATE TABLE words (word TEXT NOT NULL, key TEXT NOT NULL);
CREATE TABLE word_counts (key TEXT PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE refs (object TEXT NOT NULL, subject TEXT NOT NULL, fact INTEGER NOT NULL, property TEXT NOT NULL,
                   subject_kind TEXT NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT, earliest TEXT, latest TEXT, position INTEGER NOT NULL);
CREATE TABLE claims (dispute TEXT NOT NULL, subject TEXT NOT NULL, fact INTEGER NOT NULL);
CREATE TABLE roles (subject TEXT NOT NULL, fact INTEGER NOT NULL, earliest TEXT, latest TEXT);
"""
INDEXES = """
CREATE INDEX names_by_key ON names (layer, key);
CREATE INDEX words_by_word ON words (word);
CREATE INDEX refs_by_object ON refs (object);
CREATE INDEX events_by_date ON events (earliest);
CREATE INDEX roles_by_date ON roles (earliest);
"""


class Document(Protocol):
    """A fact base being read: its entities one at a time, then the rest and the SHA-256 of
    the bytes read (read.FactBaseReader)."""

    members: dict[str, Any]
    sha256: str

    def entities(self) -> Iterator[dict[str, Any]]: ...


_INSERTS = {
    "entities": "INSERT INTO entities VALUES (?, ?, ?, ?)",
    "names": "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
    "refs": "INSERT INTO refs VALUES (?, ?, ?, ?, ?)",
    "events": "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
    "claims": "INSERT INTO claims VALUES (?, ?, ?)",
    "roles": "INSERT INTO roles VALUES (?, ?, ?, ?)",
}
_BATCH = 2000  # entities between writes: memory stays flat whatever the fact base's size


def build(connection: sqlite3.Connection, doc: Document, file: str, builder: str = "") -> None:
    """Fill an empty database with the index of the fact base `doc` reads from `file`, one
    entity at a time; `meta` records the builder and a key of the files it derives from."""
    before = stat_key([file])  # taken first: a change while reading makes the index stale
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(SCHEMA)
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _INSERTS}
    counts: dict[str, list[int]] = {}
    entities = facts_seen = 0
    for position, record in enumerate(doc.entities()):
        entities = position + 1
        entity = entity_from_record(record)
        entity_id, kind = entity.id, entity.kind
        rows["entities"].append((entity_id, kind.value, dumps(record), position))
        for layer, key, score, how in name_keys(kind, entity.name, entity.aliases):
            rows["names"].append((key, layer, entity_id, kind.value, score, how))
        facts_seen += len(entity.facts)
        for k, fact in enumerate(entity.facts):
            if fact.object and fact.object != entity_id:
                rows["refs"].append((fact.object, entity_id, k, fact.property, kind.value))
            if fact.dispute:
                rows["claims"].append((fact.dispute, entity_id, k))
            if fact.property in ROLES and fact.when:
                begun, ended = fact.held
                rows["roles"].append((entity_id, k, begun and begun.earliest, ended and ended.latest))
            for source in {c.source for c in fact.citations}:
                counts.setdefault(source, [0, 0])[0] += 1
            for citation in fact.citations:
                counts[citation.source][1] += 1
        if kind is Kind.EVENT:
            rows["events"].append((entity_id, entity.type, *entity.bounds, position))
        if position % _BATCH == _BATCH - 1:
            _write(connection, rows)
    _write(connection, rows)
    _index_keys(connection)
    sources = doc.members["sources"]
    texts = [source_path(os.path.dirname(file), s["file"]) for s in sources]
    meta = {
        "builder": builder,
        "stat_key": "|".join([before, stat_key(texts)]) if texts else before,
        "sha256": combined([doc.sha256, *(file_digest(text) for text in texts)]),
        "entities": entities,
        "facts": facts_seen,
        "sources": sources,
        "disputes": doc.members.get("disputes", []),
        "counts": {s["id"]: counts.get(s["id"], [0, 0]) for s in sources},
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", ((k, dumps(v)) for k, v in meta.items()))
    connection.executescript(INDEXES)
    connection.commit()


def _write(connection: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    for table, batch in rows.items():
        connection.executemany(_INSERTS[table], batch)
        batch.clear()


def _index_keys(connection: sqlite3.Connection) -> None:
    """Exact keys grouped by length (for typo search) and full names by word (for word search)."""
    keys = connection.execute(
        "SELECT DISTINCT length(key), key FROM names WHERE layer = ? ORDER BY 1, 2", (EXACT,)
    )
    buckets = ((n, dumps([key for _, key in group])) for n, group in groupby(keys, key=itemgetter(0)))
    connection.executemany("INSERT INTO buckets VALUES (?, ?)", list(buckets))
    full = [
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT key FROM names WHERE layer = ? AND score = ?", (EXACT, NAME)
        )
    ]
    words = {key: content_words(key) for key in full}
    connection.executemany("INSERT INTO words VALUES (?, ?)", ((w, k) for k, ws in words.items() for w in ws))
    connection.executemany("INSERT INTO word_counts VALUES (?, ?)", ((k, len(ws)) for k, ws in words.items()))


class Index:
    """Read access to an index: each query's rows fetched whole under one lock, so that one
    connection serves any number of threads; an SQLite error means the index is damaged, and
    the file is removed so that the next call builds it anew."""

    def __init__(self, connection: sqlite3.Connection, path: str | None = None) -> None:
        self.connection = connection
        self.path = path
        self._lock = allocate_lock()

    def rows(self, query: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self.connection.execute(query, parameters).fetchall()
            except sqlite3.Error as error:
                raise self.damaged(error) from None

    def damaged(self, problem: object) -> IndexDamaged:
        """The error to raise for a damaged index, once its file is out of the way."""
        if self.path:
            with suppress(OSError):
                os.unlink(self.path)
        return IndexDamaged(self.path, problem)

    def close(self) -> None:
        with self._lock:
            self.connection.close()


class SqlNames:
    """The name keys of an index, as match.NameIndex asks for them."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def _rows(self, layer: int, keys: Sequence[str]) -> list[Row]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        query = f"SELECT key, entity, kind, score, how FROM names WHERE layer = ? AND key IN ({marks})"
        return self.index.rows(query, (layer, *keys))

    def exact(self, keys: Sequence[str]) -> list[Row]:
        return [
            row for start in range(0, len(keys), 500) for row in self._rows(EXACT, keys[start : start + 500])
        ]

    def forms(self, key: str) -> list[Row]:
        return self._rows(FORMS, [key])

    def keys_by_length(self, low: int, high: int) -> list[str]:
        rows = self.index.rows("SELECT keys FROM buckets WHERE length BETWEEN ? AND ?", (low, high))
        return [key for (text,) in rows for key in json.loads(text)]

    def keys_with_words(self, words: Sequence[str]) -> list[tuple[str, int]]:
        marks = ",".join("?" * len(words))
        query = (
            "SELECT w.key, c.count FROM words w JOIN word_counts c ON c.key = w.key "
            f"WHERE w.word IN ({marks}) GROUP BY w.key HAVING COUNT(DISTINCT w.word) = ?"
        )
        return self.index.rows(query, (*words, len(words)))

    def all_keys(self) -> list[str]:
        return self.keys_by_length(0, 1 << 30)


def dumps(value: Any) -> str:
    """Compact JSON, as records and meta values are stored."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_meta(connection: sqlite3.Connection) -> dict[str, Any]:
    """What an index says of itself: its builder, key, content hash, counts, sources, disputes."""
    return {key: json.loads(value) for key, value in connection.execute("SELECT key, value FROM meta")}


def is_complete(connection: sqlite3.Connection) -> bool:
    """Whether every table of the index is there."""
    found = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return found >= set(TABLES)
