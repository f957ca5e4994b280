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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from typing import TYPE_CHECKING, Any, Protocol

from albres.dates import bounds, hull
from albres.errors import FactBaseError, IndexDamaged
from albres.factbase.check import dangling, duplicate
from albres.factbase.keys import combined, file_digest, stat_key
from albres.factbase.locate import source_path
from albres.fulltext import MAX_FACTS, entity_text, fact_row, fact_text, subject_dates, subject_names
from albres.match import EXACT, FORMS, NAME, Row, content_words, initials, name_keys, slips_between
from albres.model import Kind
from albres.properties import DATE, ROLES

EVENT, PERSON = Kind.EVENT.value, Kind.PERSON.value

if TYPE_CHECKING:
    from albres.factbase.read import Entry

FORMAT = 9  # bump whenever the tables change
TABLES = (
    "meta", "entities", "names", "buckets", "words", "vocabulary", "variants",
    "refs", "events", "claims", "cites", "roles", "texts", "fact_texts", "terms",
)  # fmt: skip
SCAN_LIMIT = 5_000  # up to this many name keys (the bundled base has about 1,100), a typo is sought among all

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, position INTEGER NOT NULL,
                       record TEXT, offset INTEGER, length INTEGER);
CREATE TABLE names (key TEXT NOT NULL, layer INTEGER NOT NULL, entity TEXT NOT NULL, kind TEXT NOT NULL,
                    score REAL NOT NULL, how TEXT NOT NULL);
CREATE TABLE buckets (length INTEGER PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE words (word TEXT NOT NULL, key TEXT NOT NULL);
CREATE TABLE vocabulary (word TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE variants (variant TEXT NOT NULL, word TEXT NOT NULL);
CREATE TABLE refs (object TEXT NOT NULL, subject TEXT NOT NULL, fact INTEGER NOT NULL, property TEXT NOT NULL,
                   subject_kind TEXT NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT, earliest TEXT, latest TEXT, position INTEGER NOT NULL);
CREATE TABLE claims (dispute TEXT NOT NULL, subject TEXT NOT NULL, fact INTEGER NOT NULL);
CREATE TABLE cites (source TEXT NOT NULL, paragraph INTEGER NOT NULL, subject TEXT NOT NULL,
                    fact INTEGER NOT NULL);
CREATE TABLE roles (subject TEXT NOT NULL, fact INTEGER NOT NULL, earliest TEXT, latest TEXT);
CREATE TABLE initials (letters TEXT NOT NULL, entity TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
                       named INTEGER NOT NULL DEFAULT 0);
CREATE VIRTUAL TABLE texts USING fts5(names, description, facts, content='', tokenize='ascii');
CREATE VIRTUAL TABLE fact_texts USING fts5(names, said, quote, content='', tokenize='ascii');
CREATE TABLE terms (term TEXT PRIMARY KEY, facts INTEGER NOT NULL) WITHOUT ROWID;
"""
# Every term of the full text and in how many facts' rows it stands (0: entities' rows only),
# counted once here: fts5vocab counts a term by reading its whole list of rows, on every call.
TERMS = """
CREATE VIRTUAL TABLE temp.text_terms USING fts5vocab(main, texts, row);
CREATE VIRTUAL TABLE temp.fact_terms USING fts5vocab(main, fact_texts, row);
INSERT INTO terms SELECT term, SUM(n) FROM (SELECT term, doc AS n FROM temp.fact_terms
    UNION ALL SELECT term, 0 FROM temp.text_terms) GROUP BY term;
DROP TABLE temp.text_terms;
DROP TABLE temp.fact_terms;
"""
# deletions() of every word, in SQL: the word (i = 0), then the word without its i-th letter;
# a letter that repeats the one before it deletes to the same form, so it is skipped.
VARIANTS = """
INSERT INTO variants
WITH RECURSIVE place (i) AS (
    SELECT 0 UNION ALL SELECT i + 1 FROM place WHERE i < (SELECT MAX(length(word)) FROM vocabulary))
SELECT CASE i WHEN 0 THEN word ELSE substr(word, 1, i - 1) || substr(word, i + 1) END, word
FROM vocabulary, place WHERE i <= length(word) AND (i < 2 OR substr(word, i, 1) != substr(word, i - 1, 1))
"""
INDEXES = """
CREATE INDEX names_by_key ON names (layer, key);
CREATE INDEX words_by_word ON words (word, key);
CREATE INDEX variants_by_variant ON variants (variant);
CREATE INDEX refs_by_object ON refs (object);
CREATE INDEX events_by_date ON events (earliest);
CREATE INDEX roles_by_date ON roles (earliest);
CREATE INDEX cites_by_paragraph ON cites (source, paragraph);
CREATE INDEX initials_by_letters ON initials (letters, kind = 'organisation' DESC, named DESC);
"""


class Document(Protocol):
    """A fact base being read: its entities one at a time, then the rest and the SHA-256 of
    the bytes read (read.FactBaseReader)."""

    file: str
    members: dict[str, Any]
    sha256: str

    def entries(self) -> Iterator[Entry]: ...


_INSERTS = {
    "entities": "INSERT INTO entities (rowid, id, kind, position, record, offset, length)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)",
    "texts": "INSERT INTO texts (rowid, names, description, facts) VALUES (?, ?, ?, ?)",
    "fact_texts": "INSERT INTO fact_texts (rowid, names, said, quote) VALUES (?, ?, ?, ?)",
    "names": "INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
    "words": "INSERT INTO words VALUES (?, ?)",
    "refs": "INSERT INTO refs VALUES (?, ?, ?, ?, ?)",
    "events": "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
    "claims": "INSERT INTO claims VALUES (?, ?, ?)",
    "cites": "INSERT INTO cites VALUES (?, ?, ?, ?)",
    "roles": "INSERT INTO roles VALUES (?, ?, ?, ?)",
    "initials": "INSERT INTO initials (letters, entity, kind, name) VALUES (?, ?, ?, ?)",
}
_BATCH = 500  # entities between writes: memory stays flat whatever the fact base's size (7 MB less than 2000)


def build(connection: sqlite3.Connection, doc: Document, file: str, builder: str = "") -> None:
    """Fill an empty database with the index of the fact base `doc` reads from `file`, one
    entity at a time and in flat memory; `meta` records the builder and a key of the files it
    derives from. Ids and references are checked here, in SQL (see check.py)."""
    before = stat_key([file])  # taken first: a change while reading makes the index stale
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.executescript(SCHEMA)
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _INSERTS}
    counts: dict[str, list[int]] = {}
    entities = facts_seen = 0
    for position, (record, offset, length) in enumerate(doc.entries()):
        row = entities = position + 1
        entity_id, kind, name = record["id"], record["kind"], record["name"]
        stored = (None, offset, length) if offset >= 0 else (dumps(record), None, None)
        rows["entities"].append((row, entity_id, kind, position, *stored))
        rows["texts"].append((row, *entity_text(record)))
        for layer, key, score, how in name_keys(Kind(kind), name, record.get("aliases", ())):
            rows["names"].append((key, layer, entity_id, kind, score, how))
            if layer == EXACT and score == NAME:
                rows["words"] += ((word, key) for word in content_words(key))
        if kind != PERSON:  # people are not called by their initials
            lettered = {i: n for n in reversed((name, *record.get("aliases", ()))) for i in initials(n)}
            rows["initials"] += ((letters, entity_id, kind, n) for letters, n in lettered.items() if letters)
        facts = record.get("facts", ())
        facts_seen += len(facts)
        if len(facts) > MAX_FACTS:
            raise FactBaseError(f"{doc.file}: {entity_id} has more than {MAX_FACTS} facts")
        when, names = subject_dates(record), subject_names(name, record.get("aliases", ()))
        for k, fact in enumerate(facts):
            rows["fact_texts"].append((fact_row(row, k), *fact_text(names, fact, when)))
            target, prop = fact.get("object"), fact["property"]
            if target and target != entity_id:
                rows["refs"].append((target, entity_id, k, prop, kind))
            if fact.get("dispute"):
                rows["claims"].append((fact["dispute"], entity_id, k))
            if prop in ROLES and (fact.get("date") or fact.get("start")):
                rows["roles"].append((entity_id, k, *_held(fact)))
            citations = fact["citations"]
            cited = {(c["source"], c["paragraph"]) for c in citations}
            for source in {c["source"] for c in citations}:
                counts.setdefault(source, [0, 0])[0] += 1
            for citation in citations:
                counts[citation["source"]][1] += 1
            rows["cites"] += ((source, paragraph, entity_id, k) for source, paragraph in cited)
        if kind == EVENT:
            rows["events"].append((entity_id, record.get("type"), *_event_bounds(facts), position))
        if position % _BATCH == _BATCH - 1:
            _write(connection, rows, doc.file)
    _write(connection, rows, doc.file)
    _check_references(connection, doc.file)
    _index_keys(connection)
    connection.executescript(TERMS)
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
        "period": _period(doc.members.get("period")),
        "counts": {s["id"]: counts.get(s["id"], [0, 0]) for s in sources},
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", ((k, dumps(v)) for k, v in meta.items()))
    connection.executescript(INDEXES)
    # How many facts name each entry with initials: of two alike, the initials mean the more named.
    named = "SELECT COUNT(*) FROM refs WHERE object = initials.entity"
    connection.execute(f"UPDATE initials SET named = ({named})")
    connection.commit()


def _held(fact: dict[str, Any]) -> tuple[str | None, str | None]:
    """The first and last day a role's fact record allows it was held (model.Fact.held, without
    building the Fact)."""
    start, end, date = fact.get("start"), fact.get("end"), fact.get("date")
    begun, ended = start or date, end or (date if start is None else None)
    return begun and bounds(begun["edtf"])[0], ended and bounds(ended["edtf"])[1]


def _event_bounds(facts: Iterable[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The first and last day an event's date facts allow (model.Entity.bounds, without building
    the Entity)."""
    return hull(bounds(f["date"]["edtf"]) for f in facts if f["property"] == DATE and f.get("date"))


def _period(period: dict[str, Any] | None) -> dict[str, Any] | None:
    """The span of time the sources cover, with its first and last day (derived, not stored)."""
    if not period:
        return None
    earliest, latest = bounds(period["edtf"])
    return {"edtf": period["edtf"], "wording": period["wording"], "earliest": earliest, "latest": latest}


def _write(connection: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]], file: str) -> None:
    for table, batch in rows.items():
        try:
            connection.executemany(_INSERTS[table], batch)
        except sqlite3.IntegrityError:  # only entities have a key that may clash: a duplicate id
            raise _duplicate(connection, batch, file) from None
        batch.clear()


def _duplicate(connection: sqlite3.Connection, batch: list[tuple[Any, ...]], file: str) -> FactBaseError:
    """The error for the first entity of a batch whose id was given before."""
    seen: dict[str, int] = {}
    for _, entity_id, _, position, *_ in batch:
        found = connection.execute("SELECT position FROM entities WHERE id = ?", (entity_id,)).fetchone()
        first = seen.get(entity_id, found[0] if found and found[0] != position else None)
        if first is not None:
            return duplicate(file, position, entity_id, first)
        seen[entity_id] = position
    return FactBaseError(f"{file}: duplicate ids")


def _check_references(connection: sqlite3.Connection, file: str) -> None:
    """FactBaseError for the first fact whose object is no entity."""
    query = (
        "SELECT s.position, r.fact, r.object FROM refs r JOIN entities s ON s.id = r.subject"
        " LEFT JOIN entities o ON o.id = r.object WHERE o.id IS NULL ORDER BY s.position, r.fact LIMIT 1"
    )
    found = connection.execute(query).fetchone()
    if found:
        position, k, target = found
        raise dangling(file, f"$.entities[{position}].facts[{k}].object", target)


def _index_keys(connection: sqlite3.Connection) -> None:
    """How many name keys of each length (to choose how to seek a typo), each word of the full
    names with its count, and every form of each word with one letter deleted (so that a
    word one slip away is found by an exact look-up, however many words there are)."""
    connection.execute(
        "INSERT INTO buckets SELECT length(key), COUNT(DISTINCT key) FROM names WHERE layer = ? GROUP BY 1",
        (EXACT,),
    )
    connection.execute("INSERT INTO vocabulary SELECT word, COUNT(*) FROM words GROUP BY word")
    connection.execute(VARIANTS)


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

    def candidates(self, key: str, edits: int | None) -> list[str]:
        """Name keys a typo of `key` (up to `edits` slips; None: any resemblance) may stand for:
        on a small fact base every key of a fitting length; on a large one, the keys of a
        fitting length that hold a word of the query or a word one slip from it (a single word
        that is a key, an alias such as "Kupi", is one of them), each also with its words sorted."""
        low, high = (len(key) - edits, len(key) + edits) if edits is not None else (0, 1 << 30)
        window = self.index.rows("SELECT SUM(count) FROM buckets WHERE length BETWEEN ? AND ?", (low, high))
        total = self.index.rows("SELECT SUM(count) FROM buckets")[0][0] or 0
        if total <= SCAN_LIMIT or not window[0][0]:
            query = (
                "SELECT DISTINCT key FROM names WHERE layer = ? AND length(key) BETWEEN ? AND ?"
                " ORDER BY length(key), key"
            )
            return [row[0] for row in self.index.rows(query, (EXACT, low, high))]
        # A slip that leaves two letters ("pez": pe) finds a syllable that many names hold.
        parts = content_words(key)
        near = {word for part in parts for word in self.near_words(part) if len(word) >= min(len(part), 3)}
        if not near:
            return []
        marks = ",".join("?" * len(near))
        fulls = self.index.rows(
            f"SELECT DISTINCT key FROM words WHERE word IN ({marks}) AND length(key) BETWEEN ? AND ? LIMIT ?",
            (*near, low, high, CANDIDATES),
        )
        forms = {form for (full,) in fulls for form in (full, " ".join(sorted(full.split())))}
        return sorted(forms)

    def near_words(self, word: str, slips: int = 1) -> set[str]:
        """The words of names one slip (a wrong, missing, extra or swapped letter) from `word`;
        with `slips` 2, those two slips from it as well ("leskoveek": leskovik)."""
        variants = deletions(word)
        if slips > 1:
            variants = {twice for once in variants for twice in deletions(once)}
        marks = ",".join("?" * len(variants))
        rows = self.index.rows(f"SELECT word FROM variants WHERE variant IN ({marks})", sorted(variants))
        return {near for (near,) in rows if slips_between(word, near, slips) is not None}

    def word_counts(self, words: Iterable[str]) -> dict[str, int]:
        """For each of these words that some full name holds, how many full names hold it."""
        wanted = sorted(set(words))
        marks = ",".join("?" * len(wanted))
        return dict(self.index.rows(f"SELECT word, count FROM vocabulary WHERE word IN ({marks})", wanted))

    def keys_with_words(self, words: Sequence[str]) -> list[str]:
        """The full names that hold every one of `words`, sought from the rarest word."""
        marks = ",".join("?" * len(words))
        found = self.index.rows(f"SELECT word, count FROM vocabulary WHERE word IN ({marks})", tuple(words))
        if not found or len(found) < len(set(words)):
            return []  # a word no name holds, or no word at all
        rarest = min(found, key=lambda row: row[1])[0]
        others = [w for w in words if w != rarest]
        query = "SELECT DISTINCT w.key FROM words w WHERE w.word = ?"
        for _ in others:
            query += " AND EXISTS (SELECT 1 FROM words o WHERE o.word = ? AND o.key = w.key)"
        return [row[0] for row in self.index.rows(query, (rarest, *others))]


CANDIDATES = 2000  # full names scored at most for one typo on a large fact base


def deletions(word: str) -> set[str]:
    """The word and every form of it with one letter deleted: two words one slip apart (a wrong,
    missing, extra or swapped letter) share at least one of these."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


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
