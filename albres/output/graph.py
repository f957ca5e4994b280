"""The graph of relations in Graphviz's DOT and in GraphML; each edge's kind comes from the
property table (albres.properties)."""

from __future__ import annotations

from albres.model import Fact, Graph
from albres.properties import PROPERTIES

_SHAPES = {"person": "ellipse", "organisation": "box", "place": "house", "event": "diamond"}


def relation(fact: Fact) -> str:
    """The kind of relation a fact draws: membership, leadership, participation, ..."""
    return PROPERTIES[fact.property].relation or fact.property


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
        label = fact.role or relation(fact)
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
        lines.append(f'      <data key="relation">{_xml_text(relation(fact))}</data>')
        if fact.role:
            lines.append(f'      <data key="role">{_xml_text(fact.role)}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def _xml_text(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
