"""Find, read and check the JSON fact base, and serve its entities as model objects."""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterator
from typing import Any

from albres.cache import SqlNames, open_index
from albres.errors import FactBaseError
from albres.match import NameIndex
from albres.model import Citation, DateSpan, Dispute, Entity, Fact, Kind, Quantity, Source

FACTBASE_FILE = "factbase.json"
FORMAT_VERSION = 1
ENV_VAR = "ALBRES_DATA"

ID_PREFIXES = {"person": Kind.PERSON, "org": Kind.ORGANISATION, "place": Kind.PLACE, "event": Kind.EVENT}
PROPERTIES = frozenset(
    {
        "date",
        "location",
        "participant",
        "member_of",
        "leader_of",
        "position",
        "founded",
        "dissolved",
        "part_of",
        "figure",
        "name",
        "statement",
    }
)
_TEXT_FIELDS = ("value", "role", "measure", "dispute")
_DATE_FIELDS = ("date", "start", "end")


# Paths are plain strings and os.path: pathlib alone would add 5 ms to every start-up.


def bundled_path() -> str:
    """The fact base that ships with albres (inside the wheel, or beside a source checkout)."""
    here = os.path.dirname(os.path.abspath(__file__))
    inside = os.path.join(here, "data")
    return inside if os.path.isdir(inside) else os.path.join(os.path.dirname(here), "data")


def resolve_path(path: str | os.PathLike[str] | None = None) -> str:
    """The fact base folder to use: the given path, else $ALBRES_DATA, else the bundled one."""
    chosen = os.fspath(path) if path is not None and os.fspath(path) else os.environ.get(ENV_VAR)
    return chosen or bundled_path()


class _Checker:
    """Checks the shape of a fact base as it is read, naming the JSON path of a problem."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.sources: set[str] = set()
        self.disputes: set[str] = set()
        self.seen: dict[str, int] = {}  # id -> position
        self.forward: list[tuple[str, str]] = []  # (where, id) named before it was defined
        self.cited_sources: dict[Any, str] = {}
        self.cited_disputes: dict[str, str] = {}

    def fail(self, where: str, problem: str) -> FactBaseError:
        return FactBaseError(f"{self.file}: {where}: {problem}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected an object, found {_json_type(value)}")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"expected an array, found {_json_type(value)}")
        return value

    def text(self, value: Any, where: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected a non-empty string, found {_json_type(value)}")
        return value

    def date(self, value: Any, where: str) -> None:
        span = self.obj(value, where)
        self.text(span.get("edtf"), f"{where}.edtf")
        self.text(span.get("wording"), f"{where}.wording")
        for bound in ("earliest", "latest"):
            self.text(span.get(bound), f"{where}.{bound}", optional=True)

    def fact(self, value: Any, where: str) -> None:
        fact = self.obj(value, where)
        if fact.get("property") not in PROPERTIES:
            raise self.fail(f"{where}.property", f"unknown property {fact.get('property')!r}")
        target = self.text(fact.get("object"), f"{where}.object", optional=True)
        if target is not None and target not in self.seen:
            self.forward.append((f"{where}.object", target))  # checked once every id is known
        for name in _TEXT_FIELDS:
            self.text(fact.get(name), f"{where}.{name}", optional=True)
        if fact.get("dispute") is not None:
            self.cited_disputes.setdefault(fact["dispute"], f"{where}.dispute")
        for name in _DATE_FIELDS:
            if fact.get(name) is not None:
                self.date(fact[name], f"{where}.{name}")
        if fact.get("quantity") is not None:
            quantity = self.obj(fact["quantity"], f"{where}.quantity")
            amount = quantity.get("amount")
            if not isinstance(amount, (int, float)) or isinstance(amount, bool):
                raise self.fail(f"{where}.quantity.amount", "expected a number")
            self.text(quantity.get("unit"), f"{where}.quantity.unit")
            self.text(quantity.get("approximation"), f"{where}.quantity.approximation")
        citations = self.array(fact.get("citations"), f"{where}.citations")
        if not citations:
            raise self.fail(f"{where}.citations", "every fact needs at least one citation")
        for k, item in enumerate(citations):
            cw = f"{where}.citations[{k}]"
            citation = self.obj(item, cw)
            self.cited_sources.setdefault(citation.get("source"), f"{cw}.source")
            paragraph = citation.get("paragraph")
            if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1:
                raise self.fail(f"{cw}.paragraph", "expected a paragraph number from 1")
            self.text(citation.get("quote"), f"{cw}.quote")

    def member(self, key: str, value: Any) -> None:
        """A top-level member other than the entities."""
        if key == "albres_factbase" and value != FORMAT_VERSION:
            raise self.fail("$.albres_factbase", f"expected format version {FORMAT_VERSION}")
        if key == "sources":
            for i, item in enumerate(self.array(value, "$.sources")):
                source = self.obj(item, f"$.sources[{i}]")
                for name in ("id", "file", "title", "provenance"):
                    self.text(source.get(name), f"$.sources[{i}].{name}")
                self.sources.add(source["id"])
        if key == "disputes":
            for i, item in enumerate(self.array(value, "$.disputes")):
                dispute = self.obj(item, f"$.disputes[{i}]")
                self.disputes.add(self.text(dispute.get("id"), f"$.disputes[{i}].id") or "")
                self.text(dispute.get("summary"), f"$.disputes[{i}].summary")

    def entity(self, item: Any, i: int) -> dict[str, Any]:
        where = f"$.entities[{i}]"
        entity = self.obj(item, where)
        entity_id = self.text(entity.get("id"), f"{where}.id") or ""
        prefix = entity_id.partition(":")[0]
        if prefix not in ID_PREFIXES or entity.get("kind") != ID_PREFIXES[prefix].value:
            raise self.fail(f"{where}.kind", f"{entity_id!r} needs a kind that fits its prefix")
        if entity_id in self.seen:
            first = f"$.entities[{self.seen[entity_id]}]"
            raise self.fail(f"{where}.id", f"duplicate id {entity_id!r} (first at {first})")
        self.seen[entity_id] = i
        self.text(entity.get("name"), f"{where}.name")
        self.text(entity.get("description"), f"{where}.description")
        self.text(entity.get("type"), f"{where}.type", optional=True)
        for k, alias in enumerate(self.array(entity.get("aliases", []), f"{where}.aliases")):
            self.text(alias, f"{where}.aliases[{k}]")
        for k, fact in enumerate(self.array(entity.get("facts", []), f"{where}.facts")):
            self.fact(fact, f"{where}.facts[{k}]")
        return entity

    def finish(self, members: set[str]) -> None:
        """The checks that need the whole file: required members, and every reference."""
        for key in ("albres_factbase", "sources", "entities"):
            if key not in members:
                raise self.fail("$", f"missing {key!r}")
        for where, target in self.forward:
            if target not in self.seen:
                raise self.fail(where, f"no entity {target!r}")
        for source, where in self.cited_sources.items():
            if source not in self.sources:
                raise self.fail(where, f"no source {source!r}")
        for dispute, where in self.cited_disputes.items():
            if dispute not in self.disputes:
                raise self.fail(where, f"no dispute {dispute!r}")


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _span(raw: dict[str, Any] | None) -> DateSpan | None:
    if raw is None:
        return None
    return DateSpan(raw["edtf"], raw["wording"], raw.get("earliest"), raw.get("latest"))


def _fact(subject: str, raw: dict[str, Any]) -> Fact:
    quantity = raw.get("quantity")
    return Fact(
        subject=subject,
        property=raw["property"],
        citations=tuple(Citation(c["source"], c["paragraph"], c["quote"]) for c in raw["citations"]),
        object=raw.get("object"),
        value=raw.get("value"),
        role=raw.get("role"),
        measure=raw.get("measure"),
        quantity=Quantity(quantity["amount"], quantity["unit"], quantity["approximation"])
        if quantity
        else None,
        date=_span(raw.get("date")),
        start=_span(raw.get("start")),
        end=_span(raw.get("end")),
        dispute=raw.get("dispute"),
    )


class FactBase:
    """A loaded fact base: sources, disputes and entities, read through its index (cache.py)."""

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
            entity = self._entities[entity_id] = _entity(marshal.loads(row[0]))
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
        query = """
            WITH RECURSIVE inside(id) AS (
                SELECT ? UNION
                SELECT r.subject FROM refs r JOIN inside ON r.object = inside.id
                WHERE r.property IN ('part_of', 'location') AND r.subject_kind = 'place'
            ) SELECT id FROM inside"""
        return {row[0] for row in self.connection.execute(query, (place_id,))}

    def event_ids(self, low: str | None = None, high: str | None = None) -> list[str]:
        """Events in date order whose dates overlap [low, high] (None: unbounded); undated ones
        last, and left out when a bound is given."""
        query = "SELECT id FROM events"
        if low or high:
            query += (
                " WHERE (earliest IS NOT NULL OR latest IS NOT NULL)"
                " AND (:high IS NULL OR earliest IS NULL OR earliest <= :high)"
                " AND (:low IS NULL OR latest IS NULL OR latest >= :low)"
            )
        query += " ORDER BY earliest IS NULL, earliest, latest IS NULL, latest, position"
        return [row[0] for row in self.connection.execute(query, {"low": low, "high": high})]

    def claims(self) -> list[tuple[str, Fact]]:
        """(dispute id, fact) for every fact in a disagreement, by dispute then file order."""
        rows = self.connection.execute("SELECT dispute, subject, fact FROM claims ORDER BY dispute, rowid")
        return [(dispute, self.get(subject).facts[k]) for dispute, subject, k in rows]

    def roles_between(self, low: str, high: str) -> list[Fact]:
        """Positions, leaderships and memberships that may have been held some day in [low, high]."""
        query = (
            "SELECT subject, fact FROM roles WHERE (earliest IS NULL OR earliest <= ?)"
            " AND (latest IS NULL OR latest >= ?) ORDER BY earliest, rowid"
        )
        return [self.get(subject).facts[k] for subject, k in self.connection.execute(query, (high, low))]

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
        path = os.path.join(self.folder, "sources", self.sources[source_id].file)
        try:
            with open(path, encoding="utf-8") as text:
                return text.read()
        except (OSError, UnicodeDecodeError) as error:
            raise FactBaseError(f"{path}: cannot read the source text: {error}") from None


def _entity(raw: dict[str, Any]) -> Entity:
    entity_id = raw["id"]
    return Entity(
        id=entity_id,
        kind=Kind(raw["kind"]),
        name=raw["name"],
        description=raw["description"],
        aliases=tuple(raw.get("aliases", ())),
        type=raw.get("type"),
        facts=tuple(_fact(entity_id, f) for f in raw.get("facts", ())),
    )


def paragraphs(text: str) -> list[str]:
    """A source text's paragraphs as citations number them: blank-line separated blocks, from 1,
    with headings (lines such as `= Title =`) not counted."""
    found = []
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if not _is_heading(line.strip())]
        paragraph = " ".join(" ".join(lines).split())
        if paragraph:
            found.append(paragraph)
    return found


def _is_heading(line: str) -> bool:
    return len(line) > 1 and line.startswith("=") and line.endswith("=")


def _check_folder(folder: str) -> None:
    if not os.path.exists(folder):
        raise FactBaseError(f"{folder}: no such fact base folder")
    if not os.path.isdir(folder):
        raise FactBaseError(f"{folder}: a fact base is a folder holding {FACTBASE_FILE}")
    if not os.path.isfile(os.path.join(folder, FACTBASE_FILE)):
        raise FactBaseError(
            f"{os.path.join(folder, FACTBASE_FILE)}: missing (a fact base folder holds {FACTBASE_FILE})"
        )


class FactBaseReader:
    """Reads factbase.json a piece at a time: each entity checked and handed over on its own,
    so that even a very large fact base is never held in memory whole."""

    CHUNK = 1 << 20

    def __init__(self, folder: str) -> None:
        _check_folder(folder)
        self.folder = folder
        self.file = os.path.join(folder, FACTBASE_FILE)
        self.members: dict[str, Any] = {}  # every top-level member but the entities, once read

    def entities(self) -> Iterator[dict[str, Any]]:
        """The checked entities, in order; afterwards `members` holds the rest of the file."""
        checker = _Checker(self.file)
        try:
            stream = open(self.file, "rb")  # noqa: SIM115 - closed below, after the generator ends
        except OSError as error:
            raise FactBaseError(f"{self.file}: cannot read: {error.strerror}") from None
        with stream:
            json = _JsonText(self.file, stream, self.CHUNK)
            if json.peek() == "":
                raise FactBaseError(f"{self.file}: empty file")
            if json.peek() != "{":
                raise checker.fail("$", f"expected an object, found {_json_type(json.value())}")
            json.take("{")
            seen: set[str] = set()
            while json.peek() != "}":
                if seen:
                    json.take(",")
                key = json.value()
                json.take(":")
                seen.add(key)
                if key != "entities":
                    self.members[key] = json.value()
                    checker.member(key, self.members[key])
                    continue
                if json.peek() != "[":
                    raise checker.fail("$.entities", f"expected an array, found {_json_type(json.value())}")
                json.take("[")
                position = 0
                while json.peek() != "]":
                    if position:
                        json.take(",")
                    yield checker.entity(json.value(), position)
                    position += 1
                json.take("]")
            json.take("}")
            json.end()
        checker.finish(seen)
        _check_sources(self.folder, self.members["sources"])


class _JsonText:
    """JSON values read one after another from a UTF-8 file, a chunk of text at a time."""

    def __init__(self, file: str, stream: Any, chunk: int) -> None:
        import codecs
        import json
        import re

        self.file, self.stream, self.chunk = file, stream, chunk
        self.decode = codecs.getincrementaldecoder("utf-8")().decode
        self.raw_decode = json.JSONDecoder().raw_decode
        self.json_error = json.JSONDecodeError
        self.space = re.compile(r"[ \t\n\r]*")
        self.text, self.pos, self.eof = "", 0, False
        self.read_bytes = 0
        self.line, self.column = 1, 1  # where self.text starts

    def _more(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(self.chunk)
        try:
            more = self.decode(data, final=not data)
        except UnicodeDecodeError as error:
            raise FactBaseError(f"{self.file}: not UTF-8 (byte {self.read_bytes + error.start})") from None
        self.read_bytes += len(data)
        self.eof = not data
        done = self.text[: self.pos]
        newlines = done.count("\n")
        self.line += newlines
        self.column = len(done) - done.rfind("\n") if newlines else self.column + len(done)
        self.text, self.pos = self.text[self.pos :] + more, 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            self.pos = self.space.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or not self._more():
                return self.text[self.pos : self.pos + 1]

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise self._error(f"Expecting '{char}'", self.pos)
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = self.raw_decode(self.text, self.pos)
            except self.json_error as error:
                if self._more():
                    continue  # the value may run on into the next chunk
                raise self._error(error.msg, error.pos) from None
            if end == len(self.text) and self._more():
                continue  # a number may go on past the chunk
            self.pos = end
            return value

    def end(self) -> None:
        if self.peek() != "":
            raise self._error("Extra data", self.pos)

    def _error(self, message: str, pos: int) -> FactBaseError:
        before = self.text[:pos]
        newlines = before.count("\n")
        line = self.line + newlines
        column = pos - before.rfind("\n") if newlines else self.column + pos
        return FactBaseError(f"{self.file}: line {line} column {column}: {message}")


def read_document(folder: str) -> dict[str, Any]:
    """The whole checked factbase.json of a fact base folder (for validate)."""
    reader = FactBaseReader(folder)
    entities = list(reader.entities())
    return {**reader.members, "entities": entities}


def _check_sources(folder: str, sources: list[dict[str, Any]]) -> None:
    for source in sources:
        text_file = os.path.join(folder, "sources", source["file"])
        if not os.path.isfile(text_file):
            raise FactBaseError(f"{text_file}: source text {source['id']!r} is missing")


def load(path: str | os.PathLike[str] | None = None) -> FactBase:
    """Load the fact base at path (or $ALBRES_DATA, or the bundled one) through its index."""
    folder = resolve_path(path)
    _check_folder(folder)
    file = os.path.join(folder, FACTBASE_FILE)
    base = FactBase(folder, open_index(file, lambda: FactBaseReader(folder)))
    _check_sources(folder, [{"id": s.id, "file": s.file} for s in base.sources.values()])
    return base
