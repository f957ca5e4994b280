"""The JSON Schema of factbase.json, generated from the vocabulary (albres.properties).

data/factbase.schema.json is this module's output; a test fails when it drifts. Write it anew:

    python -m albres.factbase.schema > data/factbase.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from albres.properties import (
    APPROXIMATIONS,
    DATE_FIELDS,
    FORMAT_VERSION,
    ID_PREFIXES,
    PROPERTIES,
    SPAN_MEMBERS,
)

_SLUG = "[a-z0-9]+(-[a-z0-9]+)*"


def _text(description: str = "") -> dict[str, Any]:
    text: dict[str, Any] = {"type": "string", "minLength": 1}
    return {**text, "description": description} if description else text


def _object(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": required, "properties": properties}


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a fact base file."""
    date = _object(
        list(SPAN_MEMBERS),
        {
            "edtf": _text(
                "Library of Congress EDTF (ISO 8601-2): 1943, 1943-08, 1943-08-01, 1940-22 (summer),"
                " 1943-08-01/1943-08-03, 1941-11-08/ (unknown end)"
            ),
            "wording": _text("The source's own words for the date"),
        },
    )
    citation = _object(
        ["source", "paragraph", "quote"],
        {
            "source": {"type": "string"},
            "paragraph": {"type": "integer", "minimum": 1},
            "quote": _text("Verbatim from that paragraph"),
        },
    )
    meanings = "; ".join(f"{p.name}: {p.description}" for p in PROPERTIES.values())
    fact = _object(
        ["property", "citations"],
        {
            "property": {"enum": list(PROPERTIES), "description": meanings},
            "object": {"type": "string", "description": "Id of another entity"},
            "value": _text("A literal, in the source's wording"),
            "role": _text("Qualifier: the role in a membership, leadership or participation"),
            "measure": _text("For figures: what is counted"),
            "quantity": _object(
                ["amount", "unit", "approximation"],
                {
                    "amount": {"type": "number"},
                    "unit": _text(),
                    "approximation": {"enum": list(APPROXIMATIONS)},
                },
            ),
            **{name: {"$ref": "#/$defs/date"} for name in DATE_FIELDS},
            "dispute": {"type": "string", "description": "Id of a dispute this claim belongs to"},
            "citations": {"type": "array", "minItems": 1, "items": citation},
        },
    )
    entity = _object(
        ["id", "kind", "name", "description"],
        {
            "id": {
                "type": "string",
                "pattern": f"^({'|'.join(ID_PREFIXES)}):{_SLUG}$",
                "description": "Stable, shell-safe; the prefix fits the kind",
            },
            "kind": {"enum": list(ID_PREFIXES.values())},
            "name": _text("Canonical name, with the diacritics the sources use"),
            "aliases": {
                "type": "array",
                "items": _text(),
                "description": "Every other spelling the sources use, and usual Albanian forms",
            },
            "description": _text("One line"),
            "type": _text(
                "Sub-type: for events conference, battle, massacre, ...; for organisations party, front,"
                " army, ...; for places town, village, region, ..."
            ),
            "facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}},
        },
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://albres.invalid/factbase.schema.json",
        "title": "albres fact base",
        "description": "The curated fact base of albres: sources, disputes between them, and entities with"
        " cited facts.",
        **_object(
            ["albres_factbase", "sources", "entities"],
            {
                "albres_factbase": {"const": FORMAT_VERSION, "description": "Format version"},
                "sources": {
                    "type": "array",
                    "items": _object(
                        ["id", "file", "title", "provenance"],
                        {
                            "id": {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"},
                            "file": _text("File name under sources/"),
                            "title": _text(),
                            "provenance": _text(),
                        },
                    ),
                },
                "period": _object(
                    ["edtf", "wording", "citations"],
                    {
                        "edtf": _text("The span of time the sources cover, as an EDTF interval (1939/1944)"),
                        "wording": _text("The span in words"),
                        "citations": {"type": "array", "minItems": 1, "items": citation},
                    },
                ),
                "disputes": {
                    "type": "array",
                    "items": _object(
                        ["id", "summary"],
                        {"id": {"type": "string", "pattern": f"^{_SLUG}$"}, "summary": _text()},
                    ),
                },
                "entities": {"type": "array", "items": {"$ref": "#/$defs/entity"}},
            },
        ),
        "$defs": {"date": date, "entity": entity, "fact": fact},
    }


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(schema(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(schema_text())
