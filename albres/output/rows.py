"""Results as rows for CSV and TSV: a header and one row per fact, event, entry or finding.

Every row that states a fact carries its citation (source, paragraph, quote); a fact cited
more than once gives its other citations in `more_citations`. The phrase of a fact is the one
the tables print (output/phrases.py), so a spreadsheet reads as the terminal does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from albres.model import (
    Answer,
    Candidate,
    ConflictList,
    Coverage,
    Entity,
    EntityList,
    EventList,
    Exported,
    Fact,
    OnDate,
    Result,
    SearchResult,
    SourceList,
    SourceParagraph,
    Timeline,
    ValidationReport,
)
from albres.output.phrases import fact_phrase, quantity_words
from albres.output.times import fact_time, time_edtf, time_text

Rows = tuple[list[str], list[list[str]]]

CITATION = ["source", "paragraph", "quote", "more_citations"]
FACT = ["subject_id", "subject", "property", "fact", "object_id", "object", "value", "quantity"]
TIME = ["date_edtf", "date"]
CANDIDATE = ["id", "name", "kind", "score", "match", "description"]


def _citation(fact: Fact) -> list[str]:
    first, *more = fact.citations
    others = "\n".join(f"{c.source} ¶{c.paragraph}: {c.quote}" for c in more)
    return [first.source, str(first.paragraph), first.quote, others]


def _fact(fact: Fact, perspective: str, related: dict[str, Entity]) -> list[str]:
    time = fact_time(fact, related, perspective)
    subject = related[fact.subject]
    target = related[fact.object] if fact.object else None
    return [
        subject.id,
        subject.name,
        fact.property,
        fact_phrase(fact, perspective, related),
        target.id if target else "",
        target.name if target else "",
        fact.value or "",
        quantity_words(fact),
        time_edtf(time),
        time_text(time),
        *_citation(fact),
    ]


def _facts(facts: Iterable[Fact], perspective: str, related: dict[str, Entity]) -> list[list[str]]:
    return [_fact(fact, perspective, related) for fact in facts]


def _candidate(candidate: Candidate) -> list[str]:
    entity = candidate.entity
    return [
        entity.id,
        entity.name,
        entity.kind.value,
        f"{candidate.score:.1f}",
        "yes" if candidate.match else "",
        entity.description,
    ]


def candidate_rows(found: Sequence[Candidate]) -> Rows:
    """The candidates of a query that named several entries."""
    return CANDIDATE, [_candidate(c) for c in found]


def _events(result: EventList) -> Rows:
    header = ["id", "name", "type", "earliest", "latest", *TIME, "places", *CITATION]
    rows = []
    for row in result.rows:
        dated = row.dates[0] if row.dates else None
        places = [result.related[f.object].name if f.object else f.value or "" for f in row.places]
        rows.append(
            [
                row.event.id,
                row.event.name,
                row.event.type or "",
                row.earliest or "",
                row.latest or "",
                " ".join(f.date.edtf for f in row.dates if f.date),
                " / ".join(dict.fromkeys(f.date.wording for f in row.dates if f.date)),
                "; ".join(dict.fromkeys(places)),
                *(_citation(dated) if dated else ["", "", "", ""]),
            ]
        )
    return header, rows


def rows(result: Result) -> Rows:
    """The header and rows of a result (TypeError for one that has none: a graph)."""
    fact_header = [*FACT, *TIME, *CITATION]
    if isinstance(result, Answer):
        return fact_header, _facts(result.facts, result.entity.id, result.related)
    if isinstance(result, EventList):
        return _events(result)
    if isinstance(result, Timeline):
        return _events(result.events)
    if isinstance(result, OnDate):
        header = ["item", "id", "name", "what", *TIME, "held", *CITATION]
        _, events = _events(result.events)
        found = [["event", e[0], e[1], e[2], e[5], e[6], "", *e[8:]] for e in events]
        for role in result.roles:
            said = _fact(role.fact, "", result.related)
            held = "yes" if role.certain else "possibly"
            found.append(["role", said[0], said[1], said[3], said[8], said[9], held, *said[10:]])
        return header, found
    if isinstance(result, SearchResult):
        header = ["item", "score", "id", "name", "kind", "description", *fact_header]
        blank = [""] * len(fact_header)
        found = [
            ["fact", f"{hit.score:.1f}", "", "", "", "", *_fact(hit.fact, "", result.related)]
            for hit in result.facts
        ]
        for candidate in result.candidates:
            entity = candidate.entity
            found.append(
                [
                    "candidate",
                    f"{candidate.score:.1f}",
                    entity.id,
                    entity.name,
                    entity.kind.value,
                    entity.description,
                    *blank,
                ]
            )
        return header, found
    if isinstance(result, ConflictList):
        header = ["dispute", "summary", *fact_header]
        return header, [
            [c.dispute.id, c.dispute.summary, *_fact(f, f.subject, result.related)]
            for c in result.conflicts
            for f in c.claims
        ]
    if isinstance(result, EntityList):
        header = ["id", "kind", "name", "aliases", "type", "description"]
        return header, [
            [e.id, e.kind.value, e.name, "; ".join(e.aliases), e.type or "", e.description]
            for e in result.entities
        ]
    if isinstance(result, SourceList):
        header = ["id", "title", "file", "provenance", "facts", "citations"]
        return header, [
            [s.source.id, s.source.title, s.source.file, s.source.provenance, str(s.facts), str(s.citations)]
            for s in result.sources
        ]
    if isinstance(result, SourceParagraph):
        header = ["span", "start", "end", "exact", *fact_header]
        return header, [
            [str(span.number), str(span.start), str(span.end), span.exact, *_fact(f, "", result.related)]
            for span in result.spans
            for f in span.facts
        ]
    if isinstance(result, Coverage):
        header = ["source", "paragraph", "sentences", "quoted", "unquoted"]
        return header, [
            [p.source, str(p.number), str(p.sentences), str(p.quoted), "\n".join(p.unquoted)]
            for p in result.paragraphs
        ]
    if isinstance(result, Exported):
        return ["table", "rows", "path"], [[table, str(n), result.path] for table, n in result.counts.items()]
    if isinstance(result, ValidationReport):
        return ["level", "file", "where", "message"], [list(p) for p in result.problems]
    raise TypeError(f"no rows for {type(result).__name__}")
