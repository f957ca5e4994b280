"""The SQLite index derived from a fact base, kept in the user's cache directory.

factbase.json stays the source of truth and is never written. The index holds each entity's
record (in marshal, quicker to read than JSON), the name keys for matching, the reverse of
every relation and the events' date bounds, so that a call reads only what it needs. It is
rebuilt when factbase.json changes (its size or modification time differ from those the index
was built from); when the cache directory cannot be written, or the file there is corrupt,
albres builds the index in memory instead.

Location: $ALBRES_CACHE_DIR, else $XDG_CACHE_HOME/albres, else ~/.cache/albres.
ALBRES_CACHE_DIR set to an empty string turns the cache off (an index in memory every call).
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, Protocol

from albres._version import __version__
from albres.factbase.records import entity_from_record
from albres.match import EXACT, FORMS, NAME, Row, content_words, name_keys
from albres.model import Kind
from albres.properties import ROLES

FORMAT = 2
CACHE_ENV = "ALBRES_CACHE_DIR"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, record BLOB NOT NULL,
                       position INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, layer INTEGER NOT NULL, entity TEXT NOT NULL, kind TEXT NOT NULL,
                    score REAL NOT NULL, how TEXT NOT NULL);
CREATE TABLE buckets (length INTEGER PRIMARY KEY, keys BLOB NOT NULL);
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


def cache_dir() -> str | None:
    """Where index files live, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return chosen or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "albres")


def stamp(file: str) -> str:
    """What an index is built from: its format, albres and Python versions, the file, its size and mtime."""
    info = os.stat(file)
    python = sys.implementation.cache_tag  # marshal's format belongs to one Python version
    return f"{FORMAT}|{__version__}|{python}|{os.path.realpath(file)}|{info.st_size}|{info.st_mtime_ns}"


def _index_path(directory: str, file: str) -> str:
    """One index file per fact base folder: its name and a hash of its real path."""
    real = os.path.realpath(file)
    digest = 0xCBF29CE484222325  # FNV-1a, 64 bits: enough to tell folders apart, and no import
    for byte in real.encode("utf-8", "surrogatepass"):
        digest = ((digest ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    name = os.path.basename(os.path.dirname(real)) or "factbase"
    return os.path.join(directory, f"{name}-{digest:016x}.sqlite")


class Document(Protocol):
    """A fact base being read: its entities one at a time, then the rest (read.FactBaseReader)."""

    members: dict[str, Any]

    def entities(self) -> Iterator[dict[str, Any]]: ...


def open_index(file: str, document: Callable[[], Document]) -> sqlite3.Connection:
    """The index of factbase.json: the cached one if current, else one built from `document()`."""
    current = stamp(file)
    directory = cache_dir()
    path = _index_path(directory, file) if directory else None
    if path and os.path.exists(path):
        try:
            connection = sqlite3.connect(path)
            row = connection.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if row and marshal.loads(row[0]) == current:
                connection.execute("PRAGMA query_only = ON")
                return connection
            connection.close()
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            pass  # corrupt: build it anew below
    if path:
        try:
            return _build_file(path, current, document())
        except (OSError, sqlite3.Error):
            pass  # unwritable: fall back to memory
    connection = sqlite3.connect(":memory:")
    build(connection, current, document())
    return connection


def _build_file(path: str, current: str, doc: Document) -> sqlite3.Connection:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    partial = f"{path}.{os.getpid()}.tmp"
    try:
        connection = sqlite3.connect(partial)
        try:
            build(connection, current, doc)
        finally:
            connection.close()
        os.replace(partial, path)  # atomic: a reader sees the old index or the new one
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA query_only = ON")
    return connection


_INSERTS = {
    "entities": "INSERT INTO entities VALUES (?, ?, ?, ?)",
    "names": "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
    "refs": "INSERT INTO refs VALUES (?, ?, ?, ?, ?)",
    "events": "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
    "claims": "INSERT INTO claims VALUES (?, ?, ?)",
    "roles": "INSERT INTO roles VALUES (?, ?, ?, ?)",
}
_BATCH = 2000  # entities between writes: memory stays flat whatever the fact base's size


def build(connection: sqlite3.Connection, current: str, doc: Document) -> None:
    """Fill an empty database with the index of a fact base, reading one entity at a time."""
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(SCHEMA)
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _INSERTS}
    counts: dict[str, list[int]] = {}
    for position, record in enumerate(doc.entities()):
        entity = entity_from_record(record)
        entity_id, kind = entity.id, entity.kind
        rows["entities"].append((entity_id, kind.value, marshal.dumps(record), position))
        for layer, key, score, how in name_keys(kind, entity.name, entity.aliases):
            rows["names"].append((key, layer, entity_id, kind.value, score, how))
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
    meta = {
        "stamp": marshal.dumps(current),
        "sources": marshal.dumps(sources),
        "disputes": marshal.dumps(doc.members.get("disputes", [])),
        "counts": marshal.dumps({s["id"]: counts.get(s["id"], [0, 0]) for s in sources}),
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
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
    buckets = ((n, marshal.dumps([key for _, key in group])) for n, group in groupby(keys, key=itemgetter(0)))
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


class SqlNames:
    """The name keys of an index, as match.NameIndex asks for them."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def _rows(self, layer: int, keys: Sequence[str]) -> list[Row]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        query = f"SELECT key, entity, kind, score, how FROM names WHERE layer = ? AND key IN ({marks})"
        return list(self.connection.execute(query, (layer, *keys)))

    def exact(self, keys: Sequence[str]) -> list[Row]:
        return [
            row for start in range(0, len(keys), 500) for row in self._rows(EXACT, keys[start : start + 500])
        ]

    def forms(self, key: str) -> list[Row]:
        return self._rows(FORMS, [key])

    def keys_by_length(self, low: int, high: int) -> list[str]:
        rows = self.connection.execute("SELECT keys FROM buckets WHERE length BETWEEN ? AND ?", (low, high))
        return [key for (blob,) in rows for key in marshal.loads(blob)]

    def keys_with_words(self, words: Sequence[str]) -> list[tuple[str, int]]:
        marks = ",".join("?" * len(words))
        query = (
            "SELECT w.key, c.count FROM words w JOIN word_counts c ON c.key = w.key "
            f"WHERE w.word IN ({marks}) GROUP BY w.key HAVING COUNT(DISTINCT w.word) = ?"
        )
        return list(self.connection.execute(query, (*words, len(words))))

    def all_keys(self) -> list[str]:
        return self.keys_by_length(0, 1 << 30)
