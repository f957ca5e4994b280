"""JSON documents: every result as a versioned document, the problem document, JSON Lines items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from albres.model import (
    Answer,
    Candidate,
    Citation,
    ConflictList,
    Coverage,
    Entity,
    EntityList,
    EventList,
    EventRow,
    Exported,
    Fact,
    Graph,
    OnDate,
    Result,
    SearchResult,
    SourceParagraph,
    Timeline,
    ValidationReport,
)
from albres.output.graph import relation
from albres.output.phrases import RenderContext, fact_phrase, relation_label
from albres.output.times import event_time, fact_time, time_json

SCHEMA_VERSION = 2


def _entity_ref(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "kind": entity.kind.value}


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "description": entity.description,
    }


def _citation_json(citation: Citation) -> dict[str, Any]:
    return {"source": citation.source, "paragraph": citation.paragraph, "quote": citation.quote}


def _fact_json(
    fact: Fact, related: dict[str, Entity], disputes: dict[str, str], perspective: str = ""
) -> dict[str, Any]:
    """A fact as JSON. `entity` is the entry it is shown under (the one asked about, else its
    subject), `text` what it says read from that entry's side, as a table says it, and `time`
    its one time object (output/times.py); subject and object keep the fact's direction."""
    quantity = fact.quantity
    perspective = perspective or fact.subject
    return {
        "entity": _entity_ref(related[perspective]),
        "text": fact_phrase(fact, perspective, related),
        "subject": _entity_ref(related[fact.subject]),
        "property": fact.property,
        "object": _entity_ref(related[fact.object]) if fact.object else None,
        "value": fact.value,
        "role": fact.role,
        "measure": fact.measure,
        "quantity": (
            {"amount": quantity.amount, "unit": quantity.unit, "approximation": quantity.approximation}
            if quantity
            else None
        ),
        "time": time_json(fact_time(fact, related, perspective)),
        "dispute": {"id": fact.dispute, "summary": disputes.get(fact.dispute, "")} if fact.dispute else None,
        "citations": [_citation_json(c) for c in fact.citations],
    }


def candidate_json(candidate: Candidate) -> dict[str, Any]:
    """A candidate as JSON: who it is, how well it scored, and whether it is the match."""
    return {
        **_entity_ref(candidate.entity),
        "description": candidate.entity.description,
        "score": round(candidate.score, 1),
        "match": candidate.match,
    }


def _cited_sources(facts: Sequence[Fact], titles: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    cited = sorted({c.source for f in facts for c in f.citations})
    return [{"id": s, "title": titles[s][0], "file": titles[s][1]} for s in cited if s in titles]


def document(result: Result, context: RenderContext) -> dict[str, Any]:
    """The JSON document of a result, with its schema version and the sources it cites."""
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "factbase": context.factbase}
    if isinstance(result, Answer):
        return {
            **head,
            "command": result.command,
            "query": result.query,
            "status": "found",
            "entity": _entity_json(result.entity),
            "candidates": [candidate_json(c) for c in result.candidates],
            "facts": [
                _fact_json(f, result.related, context.disputes, result.entity.id) for f in result.facts
            ],
            "silence": result.silence or None,
            "sources": _cited_sources(result.facts, context.sources),
        }
    if isinstance(result, EventList):
        return {
            **head,
            "command": "events",
            "filters": result.filters,
            "events": [event_json(row, result.related, context) for row in result.rows],
            "sources": _cited_sources(
                [f for r in result.rows for f in (*r.dates, *r.places)], context.sources
            ),
        }
    if isinstance(result, SearchResult):
        facts = [hit.fact for hit in result.facts]
        return {
            **head,
            "command": "search",
            "query": result.query,
            "facts": [
                {"score": hit.score, **_fact_json(hit.fact, result.related, context.disputes)}
                for hit in result.facts
            ],
            "candidates": [candidate_json(c) for c in result.candidates],
            "sources": _cited_sources(facts, context.sources),
        }
    if isinstance(result, Graph):
        return {
            **head,
            "command": "graph",
            "center": result.center.id if result.center else None,
            "depth": result.depth if result.center else None,
            "nodes": [
                {"id": e.id, "name": e.name, "kind": e.kind.value, "type": e.type} for e in result.nodes
            ],
            "edges": [
                {
                    "source": f.subject,
                    "target": f.object,
                    "relation": relation(f),
                    "label": relation_label(f),
                    "property": f.property,
                    "role": f.role,
                    "citations": [_citation_json(c) for c in f.citations],
                }
                for f in result.edges
            ],
        }
    if isinstance(result, Timeline):
        rows = result.events.rows
        return {
            **head,
            "command": "timeline",
            "filters": result.events.filters,
            "range": {"earliest": result.earliest, "latest": result.latest},
            "events": [event_json(row, result.events.related, context) for row in rows],
            "sources": _cited_sources([f for r in rows for f in (*r.dates, *r.places)], context.sources),
        }
    if isinstance(result, ConflictList):
        return {
            **head,
            "command": "conflicts",
            "conflicts": [
                {
                    "id": c.dispute.id,
                    "summary": c.dispute.summary,
                    "claims": [_fact_json(f, result.related, context.disputes) for f in c.claims],
                }
                for c in result.conflicts
            ],
            "sources": _cited_sources([f for c in result.conflicts for f in c.claims], context.sources),
        }
    if isinstance(result, OnDate):
        every = [f for r in result.events.rows for f in (*r.dates, *r.places)] + [
            r.fact for r in result.roles
        ]
        return {
            **head,
            "command": "on",
            "date": {"query": result.query, "earliest": result.earliest, "latest": result.latest},
            "events": [event_json(row, result.related, context) for row in result.events.rows],
            "roles": [
                {**_fact_json(r.fact, result.related, context.disputes), "certain": r.certain}
                for r in result.roles
            ],
            "sources": _cited_sources(every, context.sources),
        }
    if isinstance(result, EntityList):
        return {
            **head,
            "command": "list",
            "kind": result.kind.value if result.kind else None,
            "entities": [_entity_json(e) for e in result.entities],
        }
    if isinstance(result, ValidationReport):
        return {
            **head,
            "command": "validate",
            "folder": result.folder,
            "entities": result.entities,
            "facts": result.facts,
            "errors": result.errors,
            "warnings": result.warnings,
            "problems": [p._asdict() for p in result.problems],
        }
    if isinstance(result, SourceParagraph):
        return {**head, "command": "read", **paragraph_json(result, context)}
    if isinstance(result, Exported):
        return {
            **head,
            "command": "export",
            "path": result.path,
            "format": result.format,
            "counts": result.counts,
        }
    if isinstance(result, Coverage):
        return {
            **head,
            "command": "coverage",
            "percent": round(result.percent, 1),
            "minimum": result.minimum,
            "paragraphs": [
                {
                    "source": p.source,
                    "paragraph": p.number,
                    "sentences": p.sentences,
                    "quoted": p.quoted,
                    "unquoted": list(p.unquoted),
                }
                for p in result.paragraphs
            ],
        }
    return {
        **head,
        "command": "sources",
        "sources": [
            {
                "id": s.source.id,
                "file": s.source.file,
                "title": s.source.title,
                "provenance": s.source.provenance,
                "facts": s.facts,
                "citations": s.citations,
            }
            for s in result.sources
        ],
    }


def paragraph_json(result: SourceParagraph, context: RenderContext) -> dict[str, Any]:
    """A source paragraph and its quoted spans, each as a W3C Web Annotation target: a
    TextQuoteSelector (the exact text, with some text before and after it) and a
    TextPositionSelector (code points from the start of the source file)."""
    source = result.source
    return {
        "source": {"id": source.id, "title": source.title, "file": source.file},
        "paragraph": result.number,
        "start": result.start,
        "end": result.start + len(result.text),
        "text": result.text,
        "spans": [
            {
                "number": span.number,
                "target": {
                    "source": source.file,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": span.exact,
                            "prefix": span.prefix,
                            "suffix": span.suffix,
                        },
                        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
                    ],
                },
                "facts": [_fact_json(f, result.related, context.disputes) for f in span.facts],
            }
            for span in result.spans
        ],
    }


def event_json(row: EventRow, related: dict[str, Entity], context: RenderContext) -> dict[str, Any]:
    """One event of a chronology as JSON."""
    event = row.event
    everything = {**related, event.id: event}
    return {
        **_entity_json(event),
        "earliest": row.earliest,
        "latest": row.latest,
        "time": time_json(event_time(row.dates)),
        "dates": [_fact_json(f, everything, context.disputes) for f in row.dates],
        "places": [_fact_json(f, everything, context.disputes) for f in row.places],
    }


def problem_document(
    command: str,
    query: str,
    status: str,
    found: Sequence[Candidate],
    message: str,
    factbase: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON document when there is no answer: nothing matched, several did, or an error."""
    return {
        "schema_version": SCHEMA_VERSION,
        "factbase": factbase,
        "command": command,
        "query": query,
        "status": status,
        "message": message,
        "entity": None,
        "candidates": [candidate_json(c) for c in found],
        "facts": [],
        "sources": [],
    }


def jsonl_items(result: Result, context: RenderContext) -> list[dict[str, Any]]:
    """The items of a result, one a line, each carrying the schema version and the fact base:
    the facts of who, when, where and show; the events of events and timeline; and so on. A
    search gives its facts, then its candidates, and `on` its events, then its roles, each
    marked by `item`."""
    doc = document(result, context)
    head = {"schema_version": SCHEMA_VERSION, "factbase": context.factbase}
    mixed = {
        "search": ("facts", "fact", "candidates", "candidate"),
        "on": ("events", "event", "roles", "role"),
    }
    if doc["command"] in mixed:
        first, one, then, other = mixed[doc["command"]]
        return [
            *({**head, "item": one, **item} for item in doc[first]),
            *({**head, "item": other, **item} for item in doc[then]),
        ]
    key = {
        "events": "events",
        "timeline": "events",
        "sources": "sources",
        "validate": "problems",
        "conflicts": "conflicts",
        "list": "entities",
    }.get(doc["command"], "facts")  # who, when, where, show
    return [{**head, **item} for item in doc[key]]
