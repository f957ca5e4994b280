"""The graph of relations in Graphviz's DOT and in GraphML; each edge's kind comes from the
property table (albres.properties)."""

from __future__ import annotations

from albres.model import Fact, Graph
from albres.output.phrases import relation_label
from albres.output.text import literal
from albres.properties import PROPERTIES

_SHAPES = {"person": "ellipse", "organisation": "box", "place": "house", "event": "diamond"}


def relation(fact: Fact) -> str:
    """The kind of relation a fact draws: membership, leadership, participation, ..."""
    return PROPERTIES[fact.property].relation or fact.property


def _dot_text(text: str) -> str:
    """A DOT string: control and format characters shown as escapes, quotes and backslashes
    escaped, lines joined (DOT takes any other character inside quotes)."""
    shown = literal(text.replace("\n", " "))
    return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'


def graph_dot(graph: Graph) -> str:
    """The graph in Graphviz's DOT language (render with `dot -Tsvg`)."""
    lines = ["digraph albres {", "  rankdir=LR;", '  node [fontname="Helvetica"];']
    for entity in graph.nodes:
        lines.append(
            f"  {_dot_text(entity.id)} [label={_dot_text(entity.name)}, shape={_SHAPES[entity.kind.value]}];"
        )
    for fact in graph.edges:
        label = relation_label(fact)
        lines.append(
            f"  {_dot_text(fact.subject)} -> {_dot_text(fact.object or '')} [label={_dot_text(label)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def graph_graphml(graph: Graph) -> str:
    """The graph in GraphML (for Gephi, yEd, networkx)."""
    keys = [("name", "node"), ("kind", "node"), ("type", "node")]
    keys += [("relation", "edge"), ("label", "edge"), ("role", "edge")]
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
        lines.append(f"    <node id={_xml_attribute(entity.id)}>")
        for key, value in (("name", entity.name), ("kind", entity.kind.value), ("type", entity.type)):
            if value:
                lines.append(f'      <data key="{key}">{_xml_text(value)}</data>')
        lines.append("    </node>")
    for n, fact in enumerate(graph.edges):
        source, target = _xml_attribute(fact.subject), _xml_attribute(fact.object or "")
        lines.append(f'    <edge id="e{n}" source={source} target={target}>')
        lines.append(f'      <data key="relation">{_xml_text(relation(fact))}</data>')
        lines.append(f'      <data key="label">{_xml_text(relation_label(fact))}</data>')
        if fact.role:
            lines.append(f'      <data key="role">{_xml_text(fact.role)}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines) + "\n"


def _xml_text(text: str) -> str:
    """XML character data: what XML 1.0 forbids (C0 and C1 controls, lone surrogates,
    U+FFFE) shown as escapes by `literal`, then &, < and > escaped."""
    from xml.sax.saxutils import escape

    return escape(literal(text))


def _xml_attribute(text: str) -> str:
    from xml.sax.saxutils import quoteattr

    return quoteattr(literal(text.replace("\n", " ")))
