"""Output: JSON documents, tables, the timeline chart and the graph, written by one writer.

`emit` is the one choice of renderer for every command; only this package imports rich,
and only when a table is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

from albres.model import Candidate, Graph, Result
from albres.output import writer
from albres.output.documents import document, jsonl_items, problem_document
from albres.output.phrases import RenderContext

__all__ = ["FORMATS", "RenderContext", "emit", "print_candidates", "print_message", "problem_document"]

FORMATS = ("table", "json", "jsonl", "csv", "tsv")  # and a graph's own: dot, graphml
print_message = writer.print_message


def emit(result: Result, fmt: str, context: RenderContext) -> None:
    """Write a result in the chosen format: table, json, jsonl, csv, tsv, or (graphs) dot and graphml."""
    if fmt == "json":
        writer.write_json(document(result, context))
    elif fmt == "jsonl":
        writer.write_jsonl(jsonl_items(result, context))
    elif fmt in ("csv", "tsv"):
        from albres.output.rows import rows

        writer.write_rows(*rows(result), fmt)
    elif isinstance(result, Graph):
        from albres.output.graph import graph_dot, graph_graphml

        writer.write_text(graph_graphml(result) if fmt == "graphml" else graph_dot(result))
    else:
        from albres.output.tables import print_table

        print_table(result, context)


def print_candidates(found: Sequence[Candidate], fmt: str = "table") -> None:
    """The candidates of an ambiguous query on stdout: as a table, or as CSV or TSV rows."""
    if fmt in ("csv", "tsv"):
        from albres.output.rows import candidate_rows

        writer.write_rows(*candidate_rows(found), fmt)
        return
    from albres.output.tables import print_candidates as table

    table(found)
