"""A fact base: found (locate), read and checked (read, check), and served through its index."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from albres import dates
from albres.errors import FactBaseError
from albres.factbase.cache import Opened, open_index
from albres.factbase.index import Index, SqlNames, read_meta
from albres.factbase.locate import (
    ENV_VAR,
    FACTBASE_FILE,
    bundled_path,
    check_folder,
    check_sources,
    resolve_path,
    source_path,
)
from albres.factbase.records import entity_from_record
from albres.fulltext import ENTITY_COLUMNS, FACT_COLUMNS, fact_place
from albres.match import NameIndex, slips_between, terms
from albres.model import Dispute, Entity, Fact, Kind, Source
from albres.properties import PLACING

if TYPE_CHECKING:
    from albres.factbase.read import FactBaseReader

__all__ = ["ENV_VAR", "FACTBASE_FILE", "FactBase", "bundled_path", "load", "resolve_path"]


FETCH_BATCH = 500  # keys a query asks for at most (SQLite allows 32,766 parameters)


class FactBase:
    """A loaded fact base: sources, disputes and entities, read through its index.

    One FactBase may serve several threads: its index is one read-only SQLite connection whose
    queries take turns under a lock. Close it with close(), or use it as a context manager.
    """

    def __init__(self, folder: str, opened: Opened) -> None:
        self.folder = folder
        self.store = Index(opened.connection, opened.path)
        self.notes = opened.notes  # what finding the index had to say, for the user
        self.built = opened.built  # whether this call built the index
        try:
            meta = read_meta(opened.connection)
            self.sources = {
                s["id"]: Source(s["id"], s["file"], s["title"], s["provenance"]) for s in meta["sources"]
            }
            self.disputes = {d["id"]: Dispute(d["id"], d["summary"]) for d in meta["disputes"]}
            # The span of time the sources cover ({edtf, wording, earliest, latest}), if given.
            self.period: dict[str, str] | None = meta.get("period")
            self.counts: dict[str, list[int]] = meta["counts"]
            # Which data answered: the content hash of factbase.json and its sources, and its size.
            self.identity = {"sha256": meta["sha256"], "entities": meta["entities"], "facts": meta["facts"]}
        except (sqlite3.Error, ValueError, KeyError, TypeError) as error:
            raise self.store.damaged(error) from None
        self.index = NameIndex(SqlNames(self.store))
        # The date rule is written once, in Python, and SQL calls it.
        opened.connection.create_function("overlaps", 4, dates.overlaps, deterministic=True)
        self._entities: dict[str, Entity] = {}
        self._file: IO[bytes] | None = None

    def _read(self, offset: int, length: int) -> bytes:
        """The bytes of a record that stands on a line of its own in factbase.json."""
        if self._file is None:
            self._file = open(os.path.join(self.folder, FACTBASE_FILE), "rb")  # noqa: SIM115 - closed by close()
        return os.pread(self._file.fileno(), length, offset)  # no shared position: safe across threads

    def close(self) -> None:
        """Close the index connection and the fact base file."""
        self.store.close()
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> FactBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __contains__(self, entity_id: object) -> bool:
        return bool(self.store.rows("SELECT 1 FROM entities WHERE id = ?", (entity_id,)))

    def __len__(self) -> int:
        count: int = self.store.rows("SELECT COUNT(*) FROM entities")[0][0]
        return count

    def ids(self) -> Iterator[str]:
        """Every entity id, in the order of the file."""
        return (row[0] for row in self.store.rows("SELECT id FROM entities ORDER BY position"))

    def get(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError if there is none)."""
        entity = self._entities.get(entity_id)
        if entity is None:
            self.fetch([entity_id], "id")
            entity = self._entities.get(entity_id)
            if entity is None:
                raise KeyError(entity_id)
        return entity

    def fetch(self, keys: Sequence[str | int], column: str = "rowid") -> dict[str | int, Entity]:
        """The entities of these ids (column "id") or index rows ("rowid") that exist, read in
        one query: a search that judges many facts reads their subjects at once."""
        found: dict[str | int, Entity] = {}
        wanted = sorted(set(keys))
        for start in range(0, len(wanted), FETCH_BATCH):
            part = wanted[start : start + FETCH_BATCH]
            marks = ",".join("?" * len(part))
            query = f"SELECT {column}, id, record, offset, length FROM entities WHERE {column} IN ({marks})"
            for key, entity_id, record, offset, length in self.store.rows(query, part):
                entity = self._entities.get(entity_id)
                if entity is None:
                    entity = self._entities[entity_id] = self._record(entity_id, record, offset, length)
                found[key] = entity
        return found

    def _record(self, entity_id: str, record: str | None, offset: int, length: int) -> Entity:
        try:
            raw = record if record is not None else self._read(offset, length)
            entity = entity_from_record(json.loads(raw))
            if entity.id != entity_id:
                raise ValueError(f"{entity.id!r} stands where {entity_id!r} was")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise self.store.damaged(f"the record of {entity_id!r}: {error}") from None
        return entity

    def entities(self) -> Iterator[Entity]:
        """Every entity, in the order of the file."""
        return (self.get(entity_id) for entity_id in self.ids())

    def _facts(self, rows: list[Any]) -> list[Fact]:
        try:
            return [self.get(subject).facts[k] for subject, k in rows]
        except IndexError as error:
            raise self.store.damaged(error) from None

    def referencing(self, entity_id: str, limit: int = -1) -> list[Fact]:
        """The facts on other entities whose object is this entity (the first `limit` of them)."""
        return self._facts(
            self.store.rows(
                "SELECT subject, fact FROM refs WHERE object = ? ORDER BY rowid LIMIT ?", (entity_id, limit)
            )
        )

    def places_within(self, place_id: str) -> set[str]:
        """The place and every place that lies in it (by part_of or location), however deep."""
        query = f"""
            WITH RECURSIVE inside(id) AS (
                SELECT ? UNION
                SELECT r.subject FROM refs r JOIN inside ON r.object = inside.id
                WHERE r.property IN ({",".join("?" * len(PLACING))}) AND r.subject_kind = ?
            ) SELECT id FROM inside"""
        parameters = (place_id, *PLACING, Kind.PLACE.value)
        return {row[0] for row in self.store.rows(query, parameters)}

    def _open_ends(self) -> dict[str, str | None]:
        """Where a span with an open start or end is taken to begin or stop: the period the
        sources cover, when the fact base declares one (else it runs on for ever)."""
        period = self.period or {}
        return {"since": period.get("earliest"), "until": period.get("latest")}

    def event_ids(self, low: str | None = None, high: str | None = None, within: bool = False) -> list[str]:
        """Events in date order whose dates overlap [low, high] (None: unbounded); undated ones
        last, and left out when a bound is given. `within`: an open start or end stops at the
        period the sources cover."""
        query = "SELECT id FROM events"
        ends = self._open_ends() if within else {"since": None, "until": None}
        if low or high:
            dated = "coalesce(earliest, latest) IS NOT NULL"
            spans = "coalesce(earliest, :since), coalesce(latest, :until)"
            query += f" WHERE {dated} AND overlaps({spans}, :low, :high)"
        query += " ORDER BY earliest IS NULL, earliest, latest IS NULL, latest, position"
        return [row[0] for row in self.store.rows(query, {"low": low, "high": high, **ends})]

    def claims(self) -> list[tuple[str, Fact]]:
        """(dispute id, fact) for every fact in a disagreement, by dispute then file order."""
        rows = self.store.rows("SELECT dispute, subject, fact FROM claims ORDER BY dispute, rowid")
        return list(zip((row[0] for row in rows), self._facts([row[1:] for row in rows]), strict=True))

    def citing(self, source_id: str, paragraph: int | None = None) -> list[Fact]:
        """The facts that cite a paragraph of a source (or any paragraph of it), in file order."""
        query = "SELECT subject, fact FROM cites WHERE source = ?"
        parameters: list[Any] = [source_id]
        if paragraph is not None:
            query += " AND paragraph = ?"
            parameters.append(paragraph)
        return self._facts(self.store.rows(query + " ORDER BY rowid", parameters))

    def roles_between(self, low: str, high: str) -> list[Fact]:
        """Positions, leaderships and memberships that may have been held some day in [low, high];
        one whose start or end the sources do not give, only within their period."""
        query = (
            "SELECT subject, fact FROM roles WHERE overlaps(coalesce(earliest, :since),"
            " coalesce(latest, :until), :low, :high) ORDER BY earliest, rowid"
        )
        return self._facts(self.store.rows(query, {"low": low, "high": high, **self._open_ends()}))

    def names_starting(self, prefix: str, limit: int) -> list[tuple[str, str]]:
        """(id, key) of entities with a name or alias whose normal form starts with prefix."""
        query = (
            "SELECT entity, key FROM names WHERE layer = 0 AND how IN ('name', 'alias')"
            " AND key >= ? AND key < ? ORDER BY key LIMIT ?"
        )
        return self.store.rows(query, (prefix, prefix + "\uffff", limit))

    def ids_starting(self, prefix: str, limit: int) -> list[str]:
        """Entity ids that start with prefix."""
        query = "SELECT id FROM entities WHERE id >= ? AND id < ? ORDER BY id LIMIT ?"
        return [row[0] for row in self.store.rows(query, (prefix, prefix + "\uffff", limit))]

    def initialled(self, letters: str) -> list[tuple[str, Kind, str, int]]:
        """(id, kind, name, how many facts name it) of the two entities that a name with these
        initials (match.initials) most likely means: organisations first, then the most named."""
        query = (
            "SELECT entity, kind, name, named FROM initials WHERE letters = ?"
            " ORDER BY kind = 'organisation' DESC, named DESC LIMIT 2"
        )
        return [(entity, Kind(kind), name, n) for entity, kind, name, n in self.store.rows(query, (letters,))]

    def known_terms(self, terms: Iterable[str]) -> set[str]:
        """Which of these terms (match.terms) the full text of some entity or fact holds."""
        return set(self.term_counts(terms))

    def terms_near(self, term: str) -> set[str]:
        """The terms of the full text one slip (a wrong, missing, extra or swapped letter) from
        `term` that begin with its first two letters, as most slips are made further on."""
        query = "SELECT term FROM terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?"
        rows = self.store.rows(query, (term[:2], _past(term[:2]), len(term) - 1, len(term) + 1))
        return {near for (near,) in rows if slips_between(term, near, 1) is not None}

    def term_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """For each of these terms the full text holds, in how many facts' rows it stands
        (0 for a term of entities' rows only)."""
        wanted = sorted(set(terms))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        return dict(self.store.rows(f"SELECT term, facts FROM terms WHERE term IN ({marks})", wanted))

    def terms_starting(self, prefix: str, limit: int) -> set[str]:
        """Up to `limit` terms of the full text that begin with `prefix` (its other forms:
        defen- for defence, defensive, defending)."""
        query = "SELECT term FROM terms WHERE term >= ? AND term < ? LIMIT ?"
        return {row[0] for row in self.store.rows(query, (prefix, _past(prefix), limit))}

    def text_search(
        self, groups: Sequence[Iterable[str]], limit: int, column: str = ""
    ) -> list[tuple[str, str, float]]:
        """(id, kind, bm25) of the entities whose full text (or one column of it) holds a term
        of every group, best first; the terms are quoted, so no character of a query is read
        as FTS5 syntax."""
        return self._ranked_entities("e.id, e.kind", _expression(groups, " AND ", column), limit)

    def entity_search(
        self,
        groups: Sequence[Iterable[str]],
        limit: int,
        needed: Sequence[Iterable[str]] = (),
        required: Sequence[Iterable[str]] = (),
    ) -> list[tuple[str, float]]:
        """(id, bm25) of the entities whose text holds a term of some group (and of some group
        of `needed`, and of every group of `required`, when given), best first."""
        return self._ranked_entities("e.id", _either(groups, needed, required), limit)

    def _ranked_entities(self, columns: str, expression: str, limit: int) -> list[Any]:
        """`columns` of the entities matching an FTS5 expression, and their bm25, best first.
        The best are ranked and cut to `limit` before they meet the entities' table, so the
        join costs `limit` rows however many match (a common word: thousands at 100,000)."""
        weights = ", ".join(str(w) for w in ENTITY_COLUMNS.values())
        query = (
            f"SELECT {columns}, best.rank FROM (SELECT rowid, bm25(texts, {weights}) AS rank"
            " FROM texts WHERE texts MATCH ? ORDER BY rank LIMIT ?) AS best"
            " JOIN entities e ON e.rowid = best.rowid ORDER BY best.rank"
        )
        return self.store.rows(query, (expression, limit))

    def fact_search(
        self,
        groups: Sequence[Iterable[str]],
        limit: int,
        needed: Sequence[Iterable[str]] = (),
        required: Sequence[Iterable[str]] = (),
    ) -> list[tuple[Fact, float]]:
        """(fact, bm25) of the facts whose full text holds a term of some group (and of some
        group of `needed`, and of every group of `required`, when given), best first."""
        weights = ", ".join(str(w) for w in FACT_COLUMNS.values())
        query = (
            f"SELECT rowid, bm25(fact_texts, {weights}) AS rank FROM fact_texts"
            " WHERE fact_texts MATCH ? ORDER BY rank LIMIT ?"
        )
        found = self.store.rows(query, (_either(groups, needed, required), limit))
        places = [(fact_place(row), rank) for row, rank in found]
        subjects = self.fetch([entity_row for (entity_row, _), _ in places])
        try:
            return [(subjects[entity_row].facts[k], rank) for (entity_row, k), rank in places]
        except (KeyError, IndexError) as error:
            raise self.store.damaged(f"a full-text row without its fact: {error}") from None

    def quoting(self, quote: str, limit: int) -> list[Fact]:
        """The facts (at most `limit`, in file order) whose quote holds, in a row, the first
        QUOTE_START words of a quote: those that may quote the same sentence."""
        start = terms(quote)[:QUOTE_START]
        if not start:
            return []
        phrase = " + ".join(f'"{term}"' for term in start)  # quoted, as _expression does
        query = "SELECT rowid FROM fact_texts WHERE fact_texts MATCH ? ORDER BY rowid LIMIT ?"
        places = [fact_place(row) for (row,) in self.store.rows(query, (f"quote : ({phrase})", limit))]
        subjects = self.fetch([entity_row for entity_row, _ in places])
        return [subjects[entity_row].facts[k] for entity_row, k in places]

    def event_types(self) -> list[str]:
        """The types of event the fact base knows, sorted."""
        query = "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type"
        return [row[0] for row in self.store.rows(query)]

    def source_text(self, source_id: str) -> str:
        """The full text of a source document."""
        path = source_path(self.folder, self.sources[source_id].file)
        try:
            with open(path, encoding="utf-8") as text:
                return text.read()
        except (OSError, UnicodeDecodeError) as error:
            raise FactBaseError(f"{path}: cannot read the source text: {error}") from None


QUOTE_START = 4  # the words a quote begins with that find the others quoting its sentence


def _past(prefix: str) -> str:
    """The first string past every one that begins with `prefix`, for a range on an index."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _expression(groups: Sequence[Iterable[str]], joint: str, column: str = "") -> str:
    """An FTS5 query for a term of each group, the groups joined by `joint` (AND, OR), in one
    column or several separated by spaces; every term is quoted, so no character of a query
    is read as FTS5 syntax."""
    expression = joint.join("(" + " OR ".join(f'"{t}"' for t in sorted(group)) + ")" for group in groups)
    return f"{{{column}}} : ({expression})" if column else expression


def _either(
    groups: Sequence[Iterable[str]], needed: Sequence[Iterable[str]], required: Sequence[Iterable[str]] = ()
) -> str:
    """An FTS5 query for a term of any group, and of any group of `needed` when given, and of
    every group of `required`. A part is asked unless it was asked already or every group of it
    is required, which implies it. bm25 scores a text by every phrase asked, and the words of
    the groups that are not required keep the texts that hold more of them at the head of the
    pool on a large base (without them, a search for "the second congress of the anti-fascist
    council" at 100,000 entities filled its pool with invented texts that held only the
    required words). A part implied adds no text and no word to rank by: asked again, it
    doubled the time FTS5 took to match and rank the 717 rows of "the gathering at Peza" at
    100,000 entities, and changed no answer of the question sets."""
    asked = {frozenset(group) for group in required}
    parts = [_expression(required, " AND ")] if required else []
    for ors in (needed, groups):  # each asked unless its groups are required, or it was asked
        part = _expression(ors, " OR ")
        if ors and not asked.issuperset(map(frozenset, ors)) and part not in parts:
            parts.append(part)
    return " AND ".join(f"({part})" for part in parts)


def load(path: str | os.PathLike[str] | None = None) -> FactBase:
    """Load the fact base at path (or $ALBRES_DATA, or the bundled one) through its index."""
    folder = resolve_path(path)
    file = check_folder(folder)

    def reader() -> FactBaseReader:
        from albres.factbase.read import FactBaseReader  # only to build the index

        return FactBaseReader(folder, index_checks=True)

    base = FactBase(folder, open_index(file, reader))
    check_sources(folder, ((s.id, s.file) for s in base.sources.values()))
    return base
