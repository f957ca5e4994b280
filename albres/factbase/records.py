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
    """A checked fact record as a model Fact."""
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


def entity_from_record(raw: dict[str, Any]) -> Entity:
    """A checked entity record as a model Entity."""
    entity_id = raw["id"]
    return Entity(
        id=entity_id,
        kind=Kind(raw["kind"]),
        name=raw["name"],
        description=raw["description"],
        aliases=tuple(raw.get("aliases", ())),
        type=raw.get("type"),
        facts=tuple(fact_from_record(entity_id, f) for f in raw.get("facts", ())),
    )
