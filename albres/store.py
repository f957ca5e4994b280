"""Find, read and check the JSON fact base, and serve its entities as model objects."""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Iterator, Sequence
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
    """Checks the shape of a parsed fact base, naming the JSON path of the first problem."""

    def __init__(self, file: str) -> None:
        self.file = file

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

    def fact(self, value: Any, where: str, sources: dict[str, Any]) -> None:
        fact = self.obj(value, where)
        if fact.get("property") not in PROPERTIES:
            raise self.fail(f"{where}.property", f"unknown property {fact.get('property')!r}")
        self.text(fact.get("object"), f"{where}.object", optional=True)
        for name in _TEXT_FIELDS:
            self.text(fact.get(name), f"{where}.{name}", optional=True)
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
            if citation.get("source") not in sources:
                raise self.fail(f"{cw}.source", f"no source {citation.get('source')!r}")
            paragraph = citation.get("paragraph")
            if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1:
                raise self.fail(f"{cw}.paragraph", "expected a paragraph number from 1")
            self.text(citation.get("quote"), f"{cw}.quote")

    def document(self, doc: Any) -> None:
        top = self.obj(doc, "$")
        if top.get("albres_factbase") != FORMAT_VERSION:
            raise self.fail("$.albres_factbase", f"expected format version {FORMAT_VERSION}")
        sources: dict[str, Any] = {}
        for i, item in enumerate(self.array(top.get("sources"), "$.sources")):
            source = self.obj(item, f"$.sources[{i}]")
            for name in ("id", "file", "title", "provenance"):
                self.text(source.get(name), f"$.sources[{i}].{name}")
            sources[source["id"]] = source
        disputes = set()
        for i, item in enumerate(self.array(top.get("disputes", []), "$.disputes")):
            dispute = self.obj(item, f"$.disputes[{i}]")
            disputes.add(self.text(dispute.get("id"), f"$.disputes[{i}].id"))
            self.text(dispute.get("summary"), f"$.disputes[{i}].summary")
        seen: dict[str, int] = {}
        for i, item in enumerate(self.array(top.get("entities"), "$.entities")):
            where = f"$.entities[{i}]"
            entity = self.obj(item, where)
            entity_id = self.text(entity.get("id"), f"{where}.id")
            assert entity_id is not None
            prefix = entity_id.partition(":")[0]
            if prefix not in ID_PREFIXES or entity.get("kind") != ID_PREFIXES[prefix].value:
                raise self.fail(f"{where}.kind", f"{entity_id!r} needs a kind that fits its prefix")
            if entity_id in seen:
                raise self.fail(
                    f"{where}.id", f"duplicate id {entity_id!r} (first at $.entities[{seen[entity_id]}])"
                )
            seen[entity_id] = i
            self.text(entity.get("name"), f"{where}.name")
            self.text(entity.get("description"), f"{where}.description")
            self.text(entity.get("type"), f"{where}.type", optional=True)
            for k, alias in enumerate(self.array(entity.get("aliases", []), f"{where}.aliases")):
                self.text(alias, f"{where}.aliases[{k}]")
            for k, fact in enumerate(self.array(entity.get("facts", []), f"{where}.facts")):
                self.fact(fact, f"{where}.facts[{k}]", sources)
        for i, entity in enumerate(top["entities"]):
            for k, fact in enumerate(entity.get("facts", [])):
                target = fact.get("object")
                if target is not None and target not in seen:
                    raise self.fail(f"$.entities[{i}].facts[{k}].object", f"no entity {target!r}")
                if fact.get("dispute") is not None and fact["dispute"] not in disputes:
                    raise self.fail(f"$.entities[{i}].facts[{k}].dispute", f"no dispute {fact['dispute']!r}")


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

    def referencing(self, entity_id: str, properties: Sequence[str] = ()) -> list[Fact]:
        """The facts on other entities whose object is this entity (of these properties, if given)."""
        rows = self.connection.execute(
            "SELECT subject, fact, property FROM refs WHERE object = ? ORDER BY rowid", (entity_id,)
        )
        return [
            self.get(subject).facts[k] for subject, k, prop in rows if not properties or prop in properties
        ]

    def places_within(self, place_id: str) -> set[str]:
        """The place and every place that lies in it (by part_of or location), however deep."""
        query = """
            WITH RECURSIVE inside(id) AS (
                SELECT ? UNION
                SELECT r.subject FROM refs r JOIN inside ON r.object = inside.id
                WHERE r.property IN ('part_of', 'location') AND r.subject_kind = 'place'
            ) SELECT id FROM inside"""
        return {row[0] for row in self.connection.execute(query, (place_id,))}

    def event_ids(self, low: str | None = None, high: str | None = None, dated: bool = False) -> list[str]:
        """Events in date order whose dates overlap [low, high] (None: unbounded); undated last,
        and left out when a bound is given or `dated` is asked for."""
        query = "SELECT id FROM events"
        if low or high or dated:
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


def read_document(folder: str) -> dict[str, Any]:
    """The parsed and shape-checked factbase.json of a fact base folder."""
    _check_folder(folder)
    file = os.path.join(folder, FACTBASE_FILE)
    try:
        with open(file, "rb") as stream:
            raw = stream.read()
    except FileNotFoundError:
        raise FactBaseError(f"{file}: missing (a fact base folder holds {FACTBASE_FILE})") from None
    except OSError as error:
        raise FactBaseError(f"{file}: cannot read: {error.strerror}") from None
    if not raw.strip():
        raise FactBaseError(f"{file}: empty file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FactBaseError(f"{file}: not UTF-8 (byte {error.start})") from None
    import json  # only when the index is (re)built: a call served from the index parses no JSON

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FactBaseError(f"{file}: line {error.lineno} column {error.colno}: {error.msg}") from None
    _Checker(file).document(document)
    _check_sources(folder, document["sources"])
    return dict(document)


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
    base = FactBase(folder, open_index(file, lambda: read_document(folder)))
    _check_sources(folder, [{"id": s.id, "file": s.file} for s in base.sources.values()])
    return base
