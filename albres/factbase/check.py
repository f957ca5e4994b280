"""The shape of a fact base, checked as it is read, each problem named by its JSON path.

What is checked comes from the vocabulary (albres.properties): the properties, the id
prefixes and kinds, the text and date fields, the format version.
"""

from __future__ import annotations

from typing import Any

from albres import dates
from albres.errors import FactBaseError
from albres.properties import DATE_FIELDS, FORMAT_VERSION, ID_PREFIXES, PROPERTIES, SPAN_MEMBERS, TEXT_FIELDS

REQUIRED_MEMBERS = ("albres_factbase", "sources", "entities")


def json_type(value: Any) -> str:
    """What a JSON value is, in words."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


class Checker:
    """Checks one fact base file: its members, then each entity as it comes, then (`finish`)
    what needs the whole file."""

    def __init__(self, file: str, *, track_ids: bool = True) -> None:
        self.file = file
        # Without track_ids, ids and references are the index's to check (index.py), in SQL.
        self.track_ids = track_ids
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
            raise self.fail(where, f"expected an object, found {json_type(value)}")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"expected an array, found {json_type(value)}")
        return value

    def text(self, value: Any, where: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"expected a non-empty string, found {json_type(value)}")
        return value

    def date(self, value: Any, where: str) -> None:
        span = self.obj(value, where)
        edtf = self.text(span.get("edtf"), f"{where}.edtf") or ""
        self.text(span.get("wording"), f"{where}.wording")
        unknown = sorted(span.keys() - set(SPAN_MEMBERS))
        if unknown:
            rule = "a date holds its EDTF and wording only; its bounds are derived from the EDTF"
            raise self.fail(f"{where}.{unknown[0]}", f"unknown field {unknown[0]!r}: {rule}")
        try:
            dates.bounds(edtf)
        except dates.DateError as error:
            raise self.fail(f"{where}.edtf", str(error)) from None

    def fact(self, value: Any, where: str) -> None:
        fact = self.obj(value, where)
        if fact.get("property") not in PROPERTIES:
            raise self.fail(f"{where}.property", f"unknown property {fact.get('property')!r}")
        target = fact.get("object")
        if target is not None:
            self.text(target, f"{where}.object")
            if self.track_ids and target not in self.seen:
                self.forward.append((f"{where}.object", target))  # checked once every id is known
        for name in TEXT_FIELDS:
            text = fact.get(name)
            if text is not None and (type(text) is not str or not text.strip()):
                self.text(text, f"{where}.{name}")
        if fact.get("dispute") is not None:
            self.cited_disputes.setdefault(fact["dispute"], f"{where}.dispute")
        for name in DATE_FIELDS:
            if fact.get(name) is not None:
                self.date(fact[name], f"{where}.{name}")
        if fact.get("quantity") is not None:
            quantity = self.obj(fact["quantity"], f"{where}.quantity")
            amount = quantity.get("amount")
            if not isinstance(amount, (int, float)) or isinstance(amount, bool):
                raise self.fail(f"{where}.quantity.amount", "expected a number")
            self.text(quantity.get("unit"), f"{where}.quantity.unit")
            self.text(quantity.get("approximation"), f"{where}.quantity.approximation")
        citations = fact.get("citations")
        if type(citations) is not list or not citations:
            citations = self.array(citations, f"{where}.citations")
            raise self.fail(f"{where}.citations", "every fact needs at least one citation")
        for k, citation in enumerate(citations):
            source, paragraph, quote = (
                (citation.get("source"), citation.get("paragraph"), citation.get("quote"))
                if type(citation) is dict
                else (None, None, None)
            )
            if (
                type(paragraph) is not int
                or paragraph < 1
                or type(quote) is not str
                or not quote.strip()
                or source not in self.sources
            ):
                self._citation(citation, f"{where}.citations[{k}]")

    def _citation(self, item: Any, where: str) -> None:
        """The slow check of a citation the fast one doubted: names what is wrong."""
        citation = self.obj(item, where)
        self.cited_sources.setdefault(citation.get("source"), f"{where}.source")
        paragraph = citation.get("paragraph")
        if not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 1:
            raise self.fail(f"{where}.paragraph", "expected a paragraph number from 1")
        self.text(citation.get("quote"), f"{where}.quote")

    def member(self, key: str, value: Any) -> None:
        """A top-level member other than the entities."""
        if key == "albres_factbase" and value != FORMAT_VERSION:
            raise self.fail("$.albres_factbase", f"expected format version {FORMAT_VERSION}")
        if key == "sources":
            for i, item in enumerate(self.array(value, "$.sources")):
                source = self.obj(item, f"$.sources[{i}]")
                for name in ("id", "file", "title", "provenance"):
                    self.text(source.get(name), f"$.sources[{i}].{name}")
                file = source["file"]
                if file in (".", "..") or "/" in file or "\\" in file or "\0" in file:
                    raise self.fail(f"$.sources[{i}].file", f"{file!r} is not a file name inside sources/")
                self.sources.add(source["id"])
        if key == "period":
            period = self.obj(value, "$.period")
            edtf = self.text(period.get("edtf"), "$.period.edtf") or ""
            self.text(period.get("wording"), "$.period.wording")
            try:
                earliest, latest = dates.bounds(edtf)
            except dates.DateError as error:
                raise self.fail("$.period.edtf", str(error)) from None
            if earliest is None or latest is None:
                raise self.fail("$.period.edtf", "a period needs both ends")
            citations = self.array(period.get("citations"), "$.period.citations")
            if not citations:
                raise self.fail("$.period.citations", "the period needs a citation")
            for k, citation in enumerate(citations):
                self._citation(citation, f"$.period.citations[{k}]")
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
        if prefix not in ID_PREFIXES or entity.get("kind") != ID_PREFIXES[prefix]:
            raise self.fail(f"{where}.kind", f"{entity_id!r} needs a kind that fits its prefix")
        if self.track_ids:
            if entity_id in self.seen:
                raise duplicate(self.file, i, entity_id, self.seen[entity_id])
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
        for key in REQUIRED_MEMBERS:
            if key not in members:
                raise self.fail("$", f"missing {key!r}")
        for where, target in self.forward:
            if target not in self.seen:
                raise dangling(self.file, where, target)
        for source, where in self.cited_sources.items():
            if source not in self.sources:
                raise self.fail(where, f"no source {source!r}")
        for dispute, where in self.cited_disputes.items():
            if dispute not in self.disputes:
                raise self.fail(where, f"no dispute {dispute!r}")


def duplicate(file: str, position: int, entity_id: str, first: int) -> FactBaseError:
    """The error for an id given twice."""
    where = f"$.entities[{position}].id"
    return FactBaseError(f"{file}: {where}: duplicate id {entity_id!r} (first at $.entities[{first}])")


def dangling(file: str, where: str, target: str) -> FactBaseError:
    """The error for a reference to no entity."""
    return FactBaseError(f"{file}: {where}: no entity {target!r}")
