"""Checked records of the fact base file as model objects."""

from __future__ import annotations

from typing import Any

from albres.dates import bounds
from albres.model import Citation, DateSpan, Entity, Fact, Kind, Quantity


def _span(raw: dict[str, Any] | None) -> DateSpan | None:
    if raw is None:
        return None
    return DateSpan(raw["edtf"], raw["wording"], *bounds(raw["edtf"]))  # derived, never stored


def fact_from_record(subject: str, raw: dict[str, Any]) -> Fact:
    """A checked fact record as a model Fact. Its fields are given in order, as albres.record
    makes a record fastest (a search on a large base reads hundreds)."""
    quantity = raw.get("quantity")
    return Fact(
        subject,
        raw["property"],
        tuple(Citation(c["source"], c["paragraph"], c["quote"]) for c in raw["citations"]),
        raw.get("object"),
        raw.get("value"),
        raw.get("role"),
        raw.get("measure"),
        Quantity(quantity["amount"], quantity["unit"], quantity["approximation"]) if quantity else None,
        _span(raw.get("date")),
        _span(raw.get("start")),
        _span(raw.get("end")),
        raw.get("dispute"),
    )


def entity_from_record(raw: dict[str, Any]) -> Entity:
    """A checked entity record as a model Entity (its fields in order, as for a fact)."""
    entity_id = raw["id"]
    return Entity(
        entity_id,
        Kind(raw["kind"]),
        raw["name"],
        raw["description"],
        tuple(raw.get("aliases", ())),
        raw.get("type"),
        tuple(fact_from_record(entity_id, f) for f in raw.get("facts", ())),
    )
