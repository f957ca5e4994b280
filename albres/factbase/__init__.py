"""A fact base: found (locate), read and checked (read, check), and served through its index."""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from albres import dates
from albres.errors import FactBaseError
from albres.factbase.index import SqlNames, open_index
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
from albres.match import NameIndex
from albres.model import Dispute, Entity, Fact, Kind, Source
from albres.properties import PLACING

if TYPE_CHECKING:
    from albres.factbase.read import FactBaseReader

__all__ = ["ENV_VAR", "FACTBASE_FILE", "FactBase", "bundled_path", "load", "resolve_path"]


class FactBase:
    """A loaded fact base: sources, disputes and entities, read through its index (index.py)."""

    def __init__(self, folder: str, connection: sqlite3.Connection) -> None:
        self.folder = folder
        self.connection = connection
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        self.sources = {
            s["id"]: Source(s["id"], s["file"], s["title"], s["provenance"])
            for s in marshal.loads(meta["sources"])
        }
        self.disputes = {d["id"]: Dispute(d["id"], d["summary"]) for d in marshal.loads(meta["disputes"])}
        self.counts: dict[str, list[int]] = marshal.loads(meta["counts"])
        self.index = NameIndex(SqlNames(connection))
        # The date rule is written once, in Python, and SQL calls it.
        connection.create_function("overlaps", 4, dates.overlaps, deterministic=True)
        self._entities: dict[str, Entity] = {}

    def __contains__(self, entity_id: object) -> bool:
        found = self.connection.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return found is not None

    def __len__(self) -> int:
        count: int = self.connection.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        return count

    def ids(self) -> Iterator[str]:
        """Every entity id, in the order of the file."""
        return (row[0] for row in self.connection.execute("SELECT id FROM entities ORDER BY position"))

    def get(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError if there is none)."""
        entity = self._entities.get(entity_id)
        if entity is None:
            row = self.connection.execute("SELECT record FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                raise KeyError(entity_id)
            entity = self._entities[entity_id] = entity_from_record(marshal.loads(row[0]))
        return entity

    def entities(self) -> Iterator[Entity]:
        """Every entity, in the order of the file."""
        return (self.get(entity_id) for entity_id in self.ids())

    def referencing(self, entity_id: str) -> list[Fact]:
        """The facts on other entities whose object is this entity."""
        rows = self.connection.execute(
            "SELECT subject, fact FROM refs WHERE object = ? ORDER BY rowid", (entity_id,)
        )
        return [self.get(subject).facts[k] for subject, k in rows]

    def places_within(self, place_id: str) -> set[str]:
        """The place and every place that lies in it (by part_of or location), however deep."""
        query = f"""
            WITH RECURSIVE inside(id) AS (
                SELECT ? UNION
                SELECT r.subject FROM refs r JOIN inside ON r.object = inside.id
                WHERE r.property IN ({",".join("?" * len(PLACING))}) AND r.subject_kind = ?
            ) SELECT id FROM inside"""
        parameters = (place_id, *PLACING, Kind.PLACE.value)
        return {row[0] for row in self.connection.execute(query, parameters)}

    def event_ids(self, low: str | None = None, high: str | None = None) -> list[str]:
        """Events in date order whose dates overlap [low, high] (None: unbounded); undated ones
        last, and left out when a bound is given."""
        query = "SELECT id FROM events"
        if low or high:
            dated = "coalesce(earliest, latest) IS NOT NULL"
            query += f" WHERE {dated} AND overlaps(earliest, latest, :low, :high)"
        query += " ORDER BY earliest IS NULL, earliest, latest IS NULL, latest, position"
        return [row[0] for row in self.connection.execute(query, {"low": low, "high": high})]

    def claims(self) -> list[tuple[str, Fact]]:
        """(dispute id, fact) for every fact in a disagreement, by dispute then file order."""
        rows = self.connection.execute("SELECT dispute, subject, fact FROM claims ORDER BY dispute, rowid")
        return [(dispute, self.get(subject).facts[k]) for dispute, subject, k in rows]

    def roles_between(self, low: str, high: str) -> list[Fact]:
        """Positions, leaderships and memberships that may have been held some day in [low, high]."""
        query = (
            "SELECT subject, fact FROM roles WHERE overlaps(earliest, latest, ?, ?) ORDER BY earliest, rowid"
        )
        return [self.get(subject).facts[k] for subject, k in self.connection.execute(query, (low, high))]

    def names_starting(self, prefix: str, limit: int) -> list[tuple[str, str]]:
        """(id, key) of entities with a name or alias whose normal form starts with prefix."""
        query = (
            "SELECT entity, key FROM names WHERE layer = 0 AND how IN ('name', 'alias')"
            " AND key >= ? AND key < ? ORDER BY key LIMIT ?"
        )
        return list(self.connection.execute(query, (prefix, prefix + "\uffff", limit)))

    def ids_starting(self, prefix: str, limit: int) -> list[str]:
        """Entity ids that start with prefix."""
        rows = self.connection.execute(
            "SELECT id FROM entities WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "\uffff", limit),
        )
        return [row[0] for row in rows]

    def event_types(self) -> list[str]:
        """The types of event the fact base knows, sorted."""
        rows = self.connection.execute(
            "SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY type"
        )
        return [row[0] for row in rows]

    def source_text(self, source_id: str) -> str:
        """The full text of a source document."""
        path = source_path(self.folder, self.sources[source_id].file)
        try:
            with open(path, encoding="utf-8") as text:
                return text.read()
        except (OSError, UnicodeDecodeError) as error:
            raise FactBaseError(f"{path}: cannot read the source text: {error}") from None


def load(path: str | os.PathLike[str] | None = None) -> FactBase:
    """Load the fact base at path (or $ALBRES_DATA, or the bundled one) through its index."""
    folder = resolve_path(path)
    file = check_folder(folder)

    def reader() -> FactBaseReader:
        from albres.factbase.read import FactBaseReader  # only to build the index

        return FactBaseReader(folder)

    base = FactBase(folder, open_index(file, reader))
    check_sources(folder, ((s.id, s.file) for s in base.sources.values()))
    return base
