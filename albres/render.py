"""Output: versioned JSON documents and Rich tables (Rich is imported only to draw a table)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from albres import dates
from albres.model import (
    Answer,
    Candidate,
    Citation,
    ConflictList,
    DateSpan,
    Entity,
    EventList,
    Fact,
    Graph,
    Kind,
    OnDate,
    SearchResult,
    SourceList,
    Timeline,
    ValidationReport,
)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType
    from rich.text import Text

SCHEMA_VERSION = 1
Result = (
    Answer
    | EventList
    | SearchResult
    | SourceList
    | ValidationReport
    | ConflictList
    | OnDate
    | Graph
    | Timeline
)

# How a fact reads from its subject's side, and from its object's side.
_FORWARD = {
    "date": "date",
    "location": "located at",
    "participant": "participant",
    "member_of": "member of",
    "leader_of": "leader of",
    "position": "position",
    "founded": "founded at",
    "dissolved": "dissolved",
    "part_of": "part of",
    "figure": "figure",
    "name": "name",
    "statement": "",
}
_BACKWARD = {
    "location": "here:",
    "participant": "took part in",
    "member_of": "member:",
    "leader_of": "led by",
    "position": "office held by",
    "founded": "founded at this:",
    "dissolved": "dissolved at this:",
    "part_of": "includes",
    "date": "",
    "figure": "",
    "name": "",
    "statement": "about this:",
}


# ---------------------------------------------------------------- JSON


def _entity_ref(entity: Entity) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": entity.id, "name": entity.name, "kind": entity.kind.value}
    if entity.kind is Kind.EVENT:
        # So that a fact on an event (someone taking part) can be placed in time.
        ref["dates"] = [_span_json(span) for span in entity.dates]
    return ref


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind.value,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "description": entity.description,
    }


def _span_json(span: DateSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"edtf": span.edtf, "wording": span.wording, "earliest": span.earliest, "latest": span.latest}


def _citation_json(citation: Citation) -> dict[str, Any]:
    return {"source": citation.source, "paragraph": citation.paragraph, "quote": citation.quote}


def _fact_json(fact: Fact, related: dict[str, Entity], disputes: dict[str, str]) -> dict[str, Any]:
    quantity = fact.quantity
    return {
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
        "date": _span_json(fact.date),
        "start": _span_json(fact.start),
        "end": _span_json(fact.end),
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
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if isinstance(result, Answer):
        return {
            **head,
            "command": result.command,
            "query": result.query,
            "status": "found",
            "entity": _entity_json(result.entity),
            "candidates": [candidate_json(c) for c in result.candidates],
            "facts": [_fact_json(f, result.related, context.disputes) for f in result.facts],
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
        return {
            **head,
            "command": "search",
            "query": result.query,
            "candidates": [candidate_json(c) for c in result.candidates],
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
                    "relation": RELATIONS.get(f.property, f.property),
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


def event_json(row: Any, related: dict[str, Entity], context: RenderContext) -> dict[str, Any]:
    """One event of a chronology as JSON."""
    event: Entity = row.event
    everything = {**related, event.id: event}
    return {
        **_entity_json(event),
        "earliest": row.earliest,
        "latest": row.latest,
        "dates": [_fact_json(f, everything, context.disputes) for f in row.dates],
        "places": [_fact_json(f, everything, context.disputes) for f in row.places],
    }


# The kind of relation each property draws in a graph.
RELATIONS = {
    "member_of": "membership",
    "leader_of": "leadership",
    "participant": "participation",
    "location": "location",
    "part_of": "location",
    "founded": "founding",
    "position": "position",
}
_SHAPES = {"person": "ellipse", "organisation": "box", "place": "house", "event": "diamond"}


def _dot_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def graph_dot(graph: Graph) -> str:
    """The graph in Graphviz's DOT language (render with `dot -Tsvg`)."""
    lines = ["digraph albres {", "  rankdir=LR;", '  node [fontname="Helvetica"];']
    for entity in graph.nodes:
        lines.append(
            f"  {_dot_text(entity.id)} [label={_dot_text(entity.name)}, shape={_SHAPES[entity.kind.value]}];"
        )
    for fact in graph.edges:
        label = fact.role or RELATIONS.get(fact.property, fact.property)
        lines.append(
            f"  {_dot_text(fact.subject)} -> {_dot_text(fact.object or '')} [label={_dot_text(label)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_graphml(graph: Graph) -> str:
    """The graph in GraphML (for Gephi, yEd, networkx)."""
    from xml.sax.saxutils import quoteattr

    keys = [("name", "node"), ("kind", "node"), ("type", "node"), ("relation", "edge"), ("role", "edge")]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *(
            f'  <key id="{name}" for="{scope}" attr.name="{name}" attr.type="string"/>'
            for name, scope in keys
        ),
        '  <graph id="albres" edgedefault="directed">',
    ]
    for entity in graph.nodes:
        lines.append(f"    <node id={quoteattr(entity.id)}>")
        for key, value in (("name", entity.name), ("kind", entity.kind.value), ("type", entity.type)):
            if value:
                lines.append(f'      <data key="{key}">{_xml_text(value)}</data>')
        lines.append("    </node>")
    for n, fact in enumerate(graph.edges):
        lines.append(
            f'    <edge id="e{n}" source={quoteattr(fact.subject)} target={quoteattr(fact.object or "")}>'
        )
        lines.append(
            f'      <data key="relation">{_xml_text(RELATIONS.get(fact.property, fact.property))}</data>'
        )
        if fact.role:
            lines.append(f'      <data key="role">{_xml_text(fact.role)}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def _xml_text(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def write_text(text: str) -> None:
    """Text on stdout, UTF-8."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def problem_document(
    command: str, query: str, status: str, found: Sequence[Candidate], message: str
) -> dict[str, Any]:
    """The JSON document when there is no answer: nothing matched, several did, or an error."""
    return {
        "schema_version": SCHEMA_VERSION,
        "command": command,
        "query": query,
        "status": status,
        "message": message,
        "entity": None,
        "candidates": [candidate_json(c) for c in found],
        "facts": [],
        "sources": [],
    }


def write_json(doc: dict[str, Any]) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    import json

    sys.stdout.buffer.write(json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    sys.stdout.flush()


def write_jsonl(items: Sequence[dict[str, Any]]) -> None:
    """One JSON object a line on stdout."""
    import json

    out = sys.stdout.buffer
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n")
    sys.stdout.flush()


def jsonl_items(result: Result, context: RenderContext) -> list[dict[str, Any]]:
    """The items of a list result, one a line, each carrying the schema version."""
    doc = document(result, context)
    key = {
        "events": "events",
        "search": "candidates",
        "sources": "sources",
        "validate": "problems",
        "conflicts": "conflicts",
    }[doc["command"]]
    return [{"schema_version": SCHEMA_VERSION, **item} for item in doc[key]]


# ---------------------------------------------------------------- tables


class RenderContext:
    """What renderers need from the fact base beyond a result: source titles and disputes."""

    def __init__(
        self, sources: dict[str, tuple[str, str]], disputes: dict[str, str], quotes: bool = False
    ) -> None:
        self.sources = sources
        self.disputes = disputes
        self.quotes = quotes


def cite(citations: Sequence[Citation], sep: str = " ") -> str:
    """Compact citations: [004 ¶12] [000 ¶1]."""
    return sep.join(dict.fromkeys(f"[{c.source} ¶{c.paragraph}]" for c in citations))


def span_text(span: DateSpan | None) -> str:
    """A date in words, no more precise than its EDTF."""
    return dates.describe(span.edtf) if span else ""


def fact_when(fact: Fact, related: dict[str, Entity] | None = None, perspective: str = "") -> str:
    """The date column of a fact: its date, or its start and end; for another event's fact
    with no date of its own (someone taking part, a place), the event's date."""
    if fact.when is None and related and fact.subject != perspective and fact.subject in related:
        return "\n".join(dict.fromkeys(span_text(span) for span in related[fact.subject].dates))
    if fact.date:
        return span_text(fact.date)
    if fact.start and fact.end:
        return f"{span_text(fact.start)} – {span_text(fact.end)}"
    if fact.start:
        return f"from {span_text(fact.start)}"
    if fact.end:
        return f"until {span_text(fact.end)}"
    return ""


def fact_phrase(fact: Fact, perspective: str, related: dict[str, Entity]) -> str:
    """What a fact says, read from the side of the entity being shown."""
    if perspective not in (fact.subject, fact.object):  # a third party's fact: say it whole
        return f"{related[fact.subject].name}: {fact_phrase(fact, fact.subject, related)}"
    if fact.subject != perspective:
        subject = related[fact.subject].name
        verb = _BACKWARD.get(fact.property, fact.property)
        if fact.property == "location" and related[fact.subject].kind is Kind.EVENT:
            verb = "event here:"
        detail = f" ({fact.role})" if fact.role and fact.role != fact.property else ""
        if fact.property == "position" and fact.value:
            detail = f" ({fact.value})"
        return f"{verb} {subject}{detail}".strip()
    target = related[fact.object].name if fact.object else ""
    if fact.property == "figure":
        label = f"{fact.measure}: " if fact.measure else ""
        return f"{label}{fact.value or _quantity_words(fact)}"
    if fact.property == "date":
        return f"dated “{fact.date.wording}”" if fact.date else f"dated {fact.value or ''}".strip()
    words = [_FORWARD.get(fact.property, fact.property)]
    if fact.property == "position":
        words = [fact.value or "position"]
        if target:
            words.append(f"of {target}")
    elif fact.property == "leader_of":
        words = [f"{fact.role or 'leader'} of", target or fact.value or ""]
    elif fact.property == "participant":
        words = [f"{fact.role or 'participant'}:", target or fact.value or ""]
    elif fact.property in ("name", "statement"):
        words.append(fact.value or target)
    elif fact.property == "founded" and not target:
        words = ["founded", fact.value or ""]
    else:
        words.append(target or fact.value or "")
        if fact.value and target and fact.value != target:
            words.append(f"– {fact.value}")
    if fact.role and fact.property not in ("position", "leader_of", "participant"):
        words.append(f"({fact.role})")
    return " ".join(w for w in words if w)


def _quantity_words(fact: Fact) -> str:
    quantity = fact.quantity
    if quantity is None:
        return ""
    amount = int(quantity.amount) if float(quantity.amount).is_integer() else quantity.amount
    prefix = "" if quantity.approximation == "exact" else f"{quantity.approximation} "
    return f"{prefix}{amount:,} {quantity.unit}"


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, markup=False, emoji=False, highlight=False)


NARROW = 60  # below this many columns, rows are stacked instead of drawn as a table


class _Grid:
    """A table that, on a terminal too narrow for columns, prints each row as a stack of lines."""

    def __init__(self, columns: Sequence[tuple[str, dict[str, Any]]], expand: bool) -> None:
        self.columns = columns
        self.expand = expand
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        self.rows.append(cells)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        if options.max_width < NARROW:
            for cells in self.rows:
                yield Text("\n").join(cell for cell in cells if cell.plain)
                yield Text("")
            return
        # expand: the table takes the terminal's width and shares it by the columns' ratios.
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=self.expand)
        for header, settings in self.columns:
            table.add_column(header, overflow="fold", **settings)
        for cells in self.rows:
            table.add_row(*cells)
        yield table


def _widest(cells: Sequence[str], cap: int) -> int:
    """The width of the widest line among cells, at most cap: so short dates never wrap."""
    return min(max((len(line) for cell in cells for line in cell.splitlines()), default=4), cap)


def _table(*columns: tuple[str, dict[str, Any]], expand: bool = True) -> _Grid:
    return _Grid(columns, expand)


def _text(*parts: tuple[str, str]) -> Text:
    from rich.text import Text

    text = Text()
    for content, style in parts:
        text.append(literal(content), style=style)
    return text


def _fact_cell(
    fact: Fact, perspective: str, result_related: dict[str, Entity], context: RenderContext
) -> Text:
    parts = [(fact_phrase(fact, perspective, result_related), "")]
    if fact.dispute:
        parts.append(("  [sources disagree]", "bold yellow"))
    if context.quotes:
        for citation in fact.citations:
            parts.append((f"\n“{citation.quote}”", "italic dim"))
    return _text(*parts)


def _entity_header(entity: Entity) -> Iterator[RenderableType]:
    kind = entity.kind.value + (f", {entity.type}" if entity.type else "")
    yield _text((entity.name, "bold"), (f"  ({kind})  {entity.id}", "dim"))
    if entity.aliases:
        yield _text(("also: ", "dim"), (", ".join(entity.aliases), ""))
    yield _text((entity.description, ""))


def answer_renderables(result: Answer, context: RenderContext) -> Iterator[RenderableType]:
    """The header and fact table of a who / when / where / show answer."""
    yield from _entity_header(result.entity)
    if result.silence:
        yield _text(("\n" + result.silence[0].upper() + result.silence[1:] + ".", "italic"))
        return
    whens = [fact_when(fact, result.related, result.entity.id) for fact in result.facts]
    table = _table(
        ("When", {"width": _widest(whens, 20)}),
        ("Fact", {"ratio": 3}),
        ("Source", {"no_wrap": True}),
    )
    for fact, when in zip(result.facts, whens, strict=True):
        table.add_row(
            _text((when, "")),
            _fact_cell(fact, result.entity.id, result.related, context),
            _text((cite(fact.citations, "\n"), "cyan")),
        )
    yield _text(("", ""))
    yield table
    disputed = sorted({f.dispute for f in result.facts if f.dispute})
    for dispute in disputed:
        yield _text(("sources disagree: ", "bold yellow"), (context.disputes.get(dispute, dispute), ""))


def events_renderables(result: EventList, context: RenderContext) -> Iterator[RenderableType]:
    """A chronological table of events, with the citation of each date."""
    if not result.rows:
        yield _text(("No events match.", "italic"))
        return
    whens = ["\n".join(span_text(f.date) for f in row.dates) or "date not given" for row in result.rows]
    table = _table(
        ("Date", {"width": _widest(whens, 20)}),
        ("Event", {"ratio": 5}),
        ("Type", {"min_width": max(len(r.event.type or "") for r in result.rows)}),
        ("Place", {"ratio": 3}),
        ("Source", {"no_wrap": True}),
    )
    for row, when in zip(result.rows, whens, strict=True):
        cited = "\n".join(cite(f.citations, "\n") for f in row.dates)
        places = ", ".join(
            dict.fromkeys(result.related[f.object].name if f.object else (f.value or "") for f in row.places)
        )
        table.add_row(
            _text((when, "" if row.dates else "dim")),
            _text((row.event.name, "")),
            _text((row.event.type or "", "")),
            _text((places, "")),
            _text((cited, "cyan")),
        )
    yield table
    yield _text((_count(len(result.rows), "event"), "dim"))


def candidates_table(found: Sequence[Candidate]) -> _Grid:
    """Candidates with score, kind, name and id, and description; ✓ marks the match."""
    longest_id = max((len(c.entity.id) for c in found), default=10)
    table = _table(
        ("Score", {"justify": "right"}),
        ("Kind", {}),
        ("Name / ID", {"ratio": 1, "min_width": min(longest_id, 32)}),
        ("Description", {"ratio": 1}),
    )
    for candidate in found:
        entity = candidate.entity
        mark = "✓ " if candidate.match else ""
        table.add_row(
            _text((f"{mark}{candidate.score:.0f}", "bold" if candidate.match else "")),
            _text((entity.kind.value, "")),
            _text((entity.name, ""), ("\n" + entity.id, "dim")),
            _text((entity.description, "")),
        )
    return table


def sources_renderables(result: SourceList) -> Iterator[RenderableType]:
    """The source documents and how much of the fact base cites each."""
    table = _table(
        ("ID", {}),
        ("Title", {}),
        ("Facts", {"justify": "right"}),
        ("Citations", {"justify": "right"}),
        expand=False,
    )
    for item in result.sources:
        table.add_row(
            _text((item.source.id, "")),
            _text((item.source.title, "")),
            _text((str(item.facts), "")),
            _text((str(item.citations), "")),
        )
    yield table
    for item in result.sources:
        yield _text((f"{item.source.id}: ", "bold"), (f"{item.source.file} — {item.source.provenance}", ""))


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def validation_renderables(result: ValidationReport) -> Iterator[RenderableType]:
    """Each problem on a line (level, JSON path, message), then a summary."""
    for problem in result.problems:
        style = "bold red" if problem.level == "error" else "yellow"
        yield _text(
            (f"{problem.level}: ", style),
            (f"{problem.where}: " if problem.where else "", "cyan"),
            (problem.message, ""),
        )
    summary = (
        f"{_count(result.errors, 'error')}, {_count(result.warnings, 'warning')} in "
        f"{_count(result.entities, 'entity', 'entities')} and {_count(result.facts, 'fact')}"
    )
    yield _text((f"{os.path.join(result.folder, 'factbase.json')}: {summary}", "bold"))


def _day_number(iso: str) -> int:
    """Days since 0001-01-01 of an ISO day, without importing datetime."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    leap = month > 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + before + leap + day


class _Chart:
    """Events as bars on a time axis that fits the terminal: one row an event, a bar over the
    whole extent its dates allow (a season, a month), years and months marked on the axis."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[RenderableType]:
        from rich.table import Table
        from rich.text import Text

        rows = self.timeline.events.rows
        width = options.max_width
        label_width = max(12, min(34, width // 3, max((len(r.event.name) for r in rows), default=12)))
        bar_width = width - label_width - 1
        if width < NARROW - 10:  # too narrow to draw: a list
            for row in rows:
                yield Text(f"{'; '.join(span_text(f.date) for f in row.dates)}  {row.event.name}")
            return
        first, last = _day_number(self.timeline.earliest), _day_number(self.timeline.latest)
        span = max(last - first + 1, 1)

        def column(iso: str) -> int:
            return min(bar_width - 1, max(0, (_day_number(iso) - first) * bar_width // span))

        grid = Table.grid(padding=(0, 1, 0, 0))
        grid.add_column(width=label_width, overflow="fold")
        grid.add_column(width=bar_width, no_wrap=True)
        years, ticks = self._axis(column, bar_width)
        grid.add_row(Text(""), Text(years, style="bold"))
        grid.add_row(Text(""), Text(ticks, style="dim"))
        low, high = self.timeline.earliest, self.timeline.latest
        for row in rows:
            bar = [" "] * bar_width
            before = row.earliest is None or row.earliest < low
            after = row.latest is None or row.latest > high
            start = 0 if before or row.earliest is None else column(row.earliest)
            stop = bar_width - 1 if after or row.latest is None else column(row.latest)
            for x in range(start, stop + 1):
                # A known extent is solid; past a known start with no end given, a thin line.
                bar[x] = "█" if row.latest or (x == start and not before) else "─"
            if before:
                bar[0] = "◂"
            if after:
                bar[-1] = "▸"
            when = "; ".join(dict.fromkeys(span_text(f.date) for f in row.dates))
            label = Text(row.event.name)
            label.append(f"\n{when}", style="dim")
            grid.add_row(label, Text("".join(bar), style="cyan"))
        yield grid

    def _axis(self, column: Callable[[str], int], width: int) -> tuple[str, str]:
        """A line of years and a line of ticks: │ at each year, · at each month where it fits."""
        low, high = int(self.timeline.earliest[:4]), int(self.timeline.latest[:4])
        years, ticks = [" "] * width, [" "] * width
        months_fit = width // max(1, (high - low + 1) * 12) >= 2
        for year in range(low, high + 1):
            for month in range(1, 13):
                iso = f"{year:04d}-{month:02d}-01"
                if not self.timeline.earliest <= iso <= self.timeline.latest:
                    continue
                x = column(iso)
                if month == 1 or x == 0:
                    ticks[x] = "│"
                    label = str(year)
                    if x + len(label) <= width and all(c == " " for c in years[x : x + len(label) + 1]):
                        years[x : x + len(label)] = label
                elif months_fit and ticks[x] == " ":
                    ticks[x] = "·"
        return "".join(years), "".join(ticks)


def timeline_renderables(result: Timeline) -> Iterator[RenderableType]:
    """The chart, or a line saying there is nothing to draw."""
    if not result.events.rows:
        yield _text(("No dated events match.", "italic"))
        return
    yield _Chart(result)
    yield _text(
        (
            f"{_count(len(result.events.rows), 'event')}; a bar covers every day the sources' dates allow,",
            "dim",
        )
    )
    yield _text(("◂ and ▸ run on past the chart; ─▸ is an end the sources do not give.", "dim"))


def conflicts_renderables(result: ConflictList, context: RenderContext) -> Iterator[RenderableType]:
    """Each disagreement: its summary, then each source's claim beside its quote."""
    if not result.conflicts:
        yield _text(("The sources agree on everything in this fact base.", "italic"))
    for n, conflict in enumerate(result.conflicts):
        if n:
            yield _text(("", ""))
        yield _text((conflict.dispute.summary, "bold"), (f"  {conflict.dispute.id}", "dim"))
        table = _table(("Source", {"no_wrap": True}), ("Claim", {"ratio": 1}), ("Quote", {"ratio": 1}))
        for fact in conflict.claims:
            subject = result.related[fact.subject].name
            claim = f"{subject}: {fact_phrase(fact, fact.subject, result.related)}"
            when = fact_when(fact)
            table.add_row(
                _text((cite(fact.citations, "\n"), "cyan")),
                _text((f"{claim} ({when})" if when else claim, "")),
                _text(
                    *[
                        (f"“{c.quote}”\n" if k < len(fact.citations) - 1 else f"“{c.quote}”", "italic")
                        for k, c in enumerate(fact.citations)
                    ]
                ),
            )
        yield table


def on_date_renderables(result: OnDate, context: RenderContext) -> Iterator[RenderableType]:
    """The events under way on a date, then the roles held then (or possibly held)."""
    yield _text((f"On {dates.describe(result.query)}", "bold"))
    yield _text(("", ""))
    yield _text(("Under way", "bold"))
    yield from events_renderables(result.events, context)
    yield _text(("", ""))
    yield _text(("Roles held", "bold"))
    if not result.roles:
        yield _text(("The sources name no role held then.", "italic"))
        return
    table = _table(
        ("Who", {"ratio": 1}), ("Role", {"ratio": 2}), ("Held", {"ratio": 1}), ("Source", {"no_wrap": True})
    )
    for role in result.roles:
        fact = role.fact
        held = fact_when(fact) + ("" if role.certain else "\n(possibly)")
        table.add_row(
            _text((result.related[fact.subject].name, "")),
            _text((fact_phrase(fact, fact.subject, result.related), "")),
            _text((held, "" if role.certain else "dim")),
            _text((cite(fact.citations, "\n"), "cyan")),
        )
    yield table
    yield _text(("(possibly): the sources' dates leave open whether it was held on that date.", "dim"))


def print_table(result: Result, context: RenderContext) -> None:
    """Draw a result for a person reading a terminal."""
    console = _console()
    if isinstance(result, Answer):
        renderables: Iterator[RenderableType] = answer_renderables(result, context)
    elif isinstance(result, EventList):
        renderables = events_renderables(result, context)
    elif isinstance(result, ValidationReport):
        renderables = validation_renderables(result)
    elif isinstance(result, ConflictList):
        renderables = conflicts_renderables(result, context)
    elif isinstance(result, Timeline):
        renderables = timeline_renderables(result)
    elif isinstance(result, OnDate):
        renderables = on_date_renderables(result, context)
    elif isinstance(result, SearchResult):
        renderables = iter(
            [candidates_table(result.candidates)]
            if result.candidates
            else [_text(("No candidates.", "italic"))]
        )
    elif isinstance(result, SourceList):
        renderables = sources_renderables(result)
    else:  # a graph has no table: its text is DOT
        renderables = iter([_text((graph_dot(result), ""))])
    # A validation report and a graph keep their lines whole.
    soft_wrap = isinstance(result, (ValidationReport, Graph))
    for renderable in renderables:
        console.print(renderable, soft_wrap=soft_wrap)


def print_candidates(found: Sequence[Candidate]) -> None:
    """The candidates of an ambiguous query, as a table on stdout."""
    _console().print(candidates_table(found))


def literal(text: str) -> str:
    """Text with control and format characters (escape sequences, bidi marks) made visible."""
    return "".join(c if c.isprintable() or c == "\n" else repr(c)[1:-1] for c in text)


def print_message(message: str) -> None:
    """One line on stderr, with control characters made visible (no Rich: errors must be cheap)."""
    line = literal(message.replace("\n", " "))
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
